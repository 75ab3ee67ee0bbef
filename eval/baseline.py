"""The plain LangChain tutorial pipeline, as the baseline to beat: RecursiveCharacterTextSplitter
1000/200 → Chroma top-4 with the same embedder → the answer is the top chunk."""
from __future__ import annotations

import time
from pathlib import Path
from typing import cast

from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings
from langchain_text_splitters import RecursiveCharacterTextSplitter

from rag.store.embed import Embedder


class TutorialPipeline:
    def __init__(self, embedder: Embedder, texts: dict[str, str], persist_dir: Path) -> None:
        import chromadb
        from chromadb.config import Settings as ChromaSettings
        from langchain_chroma import Chroma

        splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)
        docs = splitter.create_documents(list(texts.values()), metadatas=[{"source": n} for n in texts])
        client = chromadb.PersistentClient(path=str(persist_dir), settings=ChromaSettings(anonymized_telemetry=False))
        name = "tutorial"
        if name in [c.name for c in client.list_collections()]:
            client.delete_collection(name)
        self.store = Chroma(client=client, collection_name=name, embedding_function=cast(Embeddings, embedder))
        for start in range(0, len(docs), 256):
            self.store.add_documents(docs[start:start + 256])
        self.chunks = len(docs)

    def answer(self, question: str, k: int = 4) -> tuple[str, list[Document], dict[str, float]]:
        started = time.perf_counter()
        docs = self.store.similarity_search(question, k=k)
        elapsed = (time.perf_counter() - started) * 1000
        return (docs[0].page_content if docs else ""), docs, {"total": elapsed}


def corpus_texts(paths: list[Path]) -> dict[str, str]:
    """Raw file texts (the tutorial loads files as they are)."""
    from ingest.load import LoadError, load_file

    texts = {}
    for root in paths:
        files = sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else [root]
        for path in files:
            try:
                texts[path.name] = load_file(path, 50 * 1024 * 1024).text
            except LoadError:
                continue
    return texts
