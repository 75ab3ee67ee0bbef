"""The index: docstore + Chroma + BM25 + embedder, opened together and kept consistent.

Reading (any number of request threads): ``docstore.get``, ``vectors.search``, ``bm25`` — none of
them writes to disk. Writing goes through ``Index.writer()`` only (``rag.store.writer``): one writer
per process at a time, vectors first, the docstore commit point, then the BM25 refresh.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from rag.settings import Settings
from rag.store.bm25 import BM25Index, SavedToken
from rag.store.docstore import DocStore, chunk_vector
from rag.store.embed import ConfigError, Embedder, make_embedder
from rag.store.vectorstore import VectorStore, make_vector_store
from rag.store.writer import IndexWriter, chroma_metadata

log = logging.getLogger(__name__)
__all__ = ["Index", "IndexMismatch", "chroma_metadata"]


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
            self.open_vectors()  # a configured Chroma server is reached at open, so a wrong address fails early
        self._bm25: BM25Index | None = None
        self._bm25_saved: SavedToken | None = None  # the saved index last looked at
        self._bm25_lock = threading.Lock()  # one thread loads (or builds) the BM25 index at a time
        self._write_lock = threading.RLock()  # one writer per process; readers never take it

    @property
    def vectors(self) -> VectorStore:
        """The vector store, opened on first use: importing chromadb costs ~0.8 s that answering from an
        embedded index small enough for exact search (``rag.retrieve``) never pays."""
        return self.open_vectors()

    def open_vectors(self) -> VectorStore:
        """Open the vector store now if it is not open yet (a configured server is reached at once)."""
        if self._vectors is None:
            with self._vectors_lock:
                if self._vectors is None:
                    self._vectors = make_vector_store(self.settings, self.embedder)
        return self._vectors

    @property
    def bm25_path(self) -> Path:
        return self.settings.data_dir / "bm25"

    def check_embedder(self) -> None:
        stored = self.docstore.get_meta("embedder")
        if stored and stored != self.settings.embedder_id:
            raise IndexMismatch(f"the index was built with {stored} but {self.settings.embedder_id} is configured; "
                                "run `anso index rebuild` (or set ANSO_EMBEDDER back)")

    def record_embedder(self) -> None:
        self.docstore.set_meta("embedder", self.settings.embedder_id)

    # --- reading -------------------------------------------------------------
    @property
    def bm25(self) -> BM25Index:
        """The newest BM25 index there is: the one in memory, or a newer one a writer saved. Never writes.

        While a writer (in this or another process) has committed but not yet refreshed, readers keep
        the previous generation; ids it names that are gone are dropped by ``docstore.get``."""
        current = self._bm25
        token = BM25Index.saved_token(self.bm25_path)
        if current is not None and (token == self._bm25_saved or current.generation >= self.docstore.generation):
            return current
        with self._bm25_lock:
            current = self._bm25
            if token != self._bm25_saved:
                saved = BM25Index.load(self.bm25_path) if token is not None else None
                self._bm25_saved = token
                if saved is not None and (current is None or saved.generation > current.generation):
                    current = saved
            if current is None:  # nothing saved (a store no writer finished): built in memory only
                generation, ids, texts = self.docstore.live_texts()
                current = BM25Index.build(ids, texts, generation)
            self._bm25 = current
            return current

    def stats(self) -> dict[str, Any]:
        stats = self.docstore.stats()
        stats["embedder"] = self.docstore.get_meta("embedder") or self.settings.embedder_id
        stats["vector_store"] = self.vectors.count()
        stats["bm25"] = len(self.bm25.ids)
        stats["data_dir"] = str(self.settings.data_dir)
        return stats

    # --- writing -------------------------------------------------------------
    @contextmanager
    def writer(self) -> Iterator[IndexWriter]:
        """The only way to change the index: ``with index.writer() as w: w.replace_file(…)``.

        On a normal exit the embedder is recorded and the BM25 index refreshed (built and saved);
        after an exception what was committed stays committed and the next writer refreshes."""
        with self._write_lock:
            writer = IndexWriter(self)
            yield writer
            writer.finish()

    def refresh_bm25(self) -> BM25Index:
        """Rebuild the BM25 index from the docstore's live chunks and save it (a writer's step)."""
        with self._write_lock:
            generation, ids, texts = self.docstore.live_texts()
            index = BM25Index.build(ids, texts, generation)
            try:
                index.save(self.bm25_path)
            except OSError as exc:
                log.warning("could not save the BM25 index (%s); it is kept in memory", exc)
            with self._bm25_lock:
                self._bm25 = index
                self._bm25_saved = BM25Index.saved_token(self.bm25_path)
            return index

    def bm25_is_current(self) -> bool:
        """A saved BM25 index exists and reflects the docstore's generation."""
        saved = BM25Index.saved_token(self.bm25_path) is not None
        return saved and self.bm25.generation == self.docstore.generation

    def reconcile(self) -> int:
        """Make Chroma hold exactly the docstore's live chunks and BM25 match them (after an interrupted
        ingest); returns how many vectors were removed or restored."""
        with self._write_lock:
            live = set(self.docstore.live_ids())
            stored = set(self.vectors.ids())
            orphans = sorted(stored - live)
            if orphans:
                self.vectors.delete(orphans)
            missing = sorted(live - stored)
            if missing:
                self.upsert_vectors(missing)
            if not self.bm25_is_current():
                self.refresh_bm25()
            return len(orphans) + len(missing)

    def upsert_vectors(self, ids: list[str]) -> None:
        """Write the chunk vectors of stored chunks to Chroma (rebuilt from their sentence vectors)."""
        chunks = self.docstore.get(ids)
        present = [i for i in ids if i in chunks]
        if not present:
            return
        vectors = np.vstack([chunk_vector(chunks[i].svecs) for i in present])
        self.vectors.upsert(present, vectors, [chunks[i].chunk.text for i in present],
                            [chroma_metadata(chunks[i].chunk) for i in present])

    def reset(self) -> None:
        """Delete everything indexed (the data dir's uploads, feedback and embedding cache stay).

        Safe while other threads answer: no connection is closed, the files stay; readers see an
        empty index from their next read on."""
        with self._write_lock:
            self.docstore.clear()
            self.vectors.clear()
            self.refresh_bm25()

    @classmethod
    def fresh(cls, settings: Settings) -> Index:
        """An empty index for the configured embedder, whatever built the old one (`anso index rebuild`)."""
        docstore = DocStore(settings.data_dir / "docstore.sqlite")
        docstore.clear()
        docstore.close()
        index = cls(settings)
        index.vectors.clear()  # a new embedder may have another dimension
        index.refresh_bm25()
        return index

    def close(self) -> None:
        self.docstore.close()

