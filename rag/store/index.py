"""The index: docstore + Chroma + BM25 + embedder, opened together and kept consistent."""
from __future__ import annotations

import logging
import shutil
import threading

from rag.store.bm25 import BM25Index
from rag.store.docstore import DocStore, chunk_vector
from rag.store.embed import ConfigError, Embedder, make_embedder
from rag.store.vectorstore import VectorStore, make_vector_store
from rag.settings import Settings

log = logging.getLogger(__name__)


class IndexMismatch(ConfigError):
    """The index was built by another embedder."""


class Index:
    def __init__(self, settings: Settings, embedder: Embedder | None = None) -> None:
        self.settings = settings
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        self.docstore = DocStore(settings.data_dir / "docstore.sqlite")
        self.check_embedder()
        self.embedder = embedder or make_embedder(settings)
        self._vectors: VectorStore | None = None
        self._vectors_lock = threading.Lock()
        if settings.chroma_host:
            self.vectors  # a configured Chroma server is reached at open, so a wrong address fails early
        self._bm25: BM25Index | None = None

    @property
    def vectors(self) -> VectorStore:
        """The vector store, opened on first use: importing chromadb costs ~0.8 s that answering from an
        embedded index small enough for exact search (``rag.retrieve``) never pays."""
        if self._vectors is None:
            with self._vectors_lock:
                if self._vectors is None:
                    self._vectors = make_vector_store(self.settings, self.embedder)
        return self._vectors

    @property
    def bm25_path(self):
        return self.settings.data_dir / "bm25"

    def check_embedder(self) -> None:
        stored = self.docstore.get_meta("embedder")
        if stored and stored != self.settings.embedder_id:
            raise IndexMismatch(f"the index was built with {stored} but {self.settings.embedder_id} is configured; "
                                "run `anso index rebuild` (or set ANSO_EMBEDDER back)")

    def record_embedder(self) -> None:
        self.docstore.set_meta("embedder", self.settings.embedder_id)

    @property
    def bm25(self) -> BM25Index:
        generation = self.docstore.generation
        if self._bm25 is None or self._bm25.generation != generation:
            loaded = BM25Index.load(self.bm25_path) if self._bm25 is None else None
            if loaded is not None and loaded.generation == generation:
                self._bm25 = loaded
            else:
                self._bm25 = self.rebuild_bm25()
        return self._bm25

    def rebuild_bm25(self) -> BM25Index:
        ids, texts = self.docstore.live_texts()
        index = BM25Index.build(ids, texts, self.docstore.generation)
        try:
            index.save(self.bm25_path)
        except OSError as exc:
            log.warning("could not save the BM25 index (%s); it is kept in memory", exc)
        self._bm25 = index
        return index

    def reconcile(self) -> int:
        """Make Chroma hold exactly the docstore's live chunks (after an interrupted ingest)."""
        live = set(self.docstore.live_ids())
        stored = set(self.vectors.ids())
        orphans = sorted(stored - live)
        if orphans:
            self.vectors.delete(orphans)
        missing = sorted(live - stored)
        if missing:
            self.upsert_vectors(missing)
        return len(orphans) + len(missing)

    def upsert_vectors(self, ids: list[str]) -> None:
        import numpy as np

        chunks = self.docstore.get(ids)
        present = [i for i in ids if i in chunks]
        if not present:
            return
        vectors = np.vstack([chunk_vector(chunks[i].svecs) for i in present])
        self.vectors.upsert(present, vectors, [chunks[i].chunk.text for i in present],
                            [chroma_metadata(chunks[i].chunk) for i in present])

    def stats(self) -> dict:
        stats = self.docstore.stats()
        stats["embedder"] = self.docstore.get_meta("embedder") or self.settings.embedder_id
        stats["vector_store"] = self.vectors.count()
        stats["bm25"] = len(self.bm25.ids)
        stats["data_dir"] = str(self.settings.data_dir)
        return stats

    def reset(self) -> None:
        """Delete everything indexed (the data dir's uploads and feedback stay)."""
        self.docstore.close()
        remove_index_files(self.settings)
        self.docstore = DocStore(self.settings.data_dir / "docstore.sqlite")
        self.vectors.clear()
        self._bm25 = None

    @classmethod
    def fresh(cls, settings: Settings) -> "Index":
        """An empty index for the configured embedder, whatever built the old one (`anso index rebuild`)."""
        remove_index_files(settings)
        index = cls(settings)
        index.vectors.clear()
        return index

    def close(self) -> None:
        self.docstore.close()


def remove_index_files(settings: Settings) -> None:
    for name in ("docstore.sqlite", "docstore.sqlite-wal", "docstore.sqlite-shm"):
        (settings.data_dir / name).unlink(missing_ok=True)
    shutil.rmtree(settings.data_dir / "bm25", ignore_errors=True)


def chroma_metadata(chunk) -> dict:
    first = chunk.occurrences[0] if chunk.occurrences else None
    return {"lang": chunk.lang, "doc_id": chunk.doc_id, "title": chunk.title, "kind": chunk.kind,
            "file": first.file if first else "", "paragraph": first.paragraph if first else 0,
            "published": chunk.published or ""}
