"""The stores shared by ingestion and answering: docstore (SQLite), vectors (Chroma), BM25, the embedder,
and the Index that keeps them consistent (its one write protocol: ``writer.py``)."""
