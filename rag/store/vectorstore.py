"""Store (vectors): Chroma through langchain-chroma — embedded PersistentClient or a `chroma run` server."""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from typing import Any, Protocol, cast

import numpy as np

from rag.settings import Settings
from rag.store.embed import ConfigError, Embedder
from rag.types import LANGS, Lang

log = logging.getLogger(__name__)


CHROMA_BATCH = 1000  # ids per Chroma call (its server refuses very large batches)


class VectorStoreUnavailable(Exception):
    """The vector store cannot be reached; the message says what to check."""


class VectorStore(Protocol):
    """What the index needs from a vector store (tests/test_store_contract.py checks every backend)."""

    def upsert(self, ids: list[str], vectors: np.ndarray, texts: list[str],
               metadatas: list[dict[str, Any]]) -> None: ...
    def delete(self, ids: list[str]) -> None: ...
    def search(self, vector: np.ndarray, n: int, lang: Lang | None = None) -> list[tuple[str, float]]:
        """(id, distance) pairs, closest first."""
        ...
    def ids(self) -> list[str]: ...
    def count(self) -> int: ...
    def clear(self) -> None: ...


class ReadWriteLock:
    """Many users at once, or one exclusive holder that waiting users let in first (dropping a
    collection must not pull it from under a query running on another thread)."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._users = 0
        self._exclusive = False
        self._waiting = 0  # exclusive holders waiting: new users wait behind them

    @contextmanager
    def shared(self) -> Iterator[None]:
        with self._cond:
            self._cond.wait_for(lambda: not self._exclusive and not self._waiting)
            self._users += 1
        try:
            yield
        finally:
            with self._cond:
                self._users -= 1
                self._cond.notify_all()

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        with self._cond:
            self._waiting += 1
            self._cond.wait_for(lambda: not self._exclusive and not self._users)
            self._waiting -= 1
            self._exclusive = True
        try:
            yield
        finally:
            with self._cond:
                self._exclusive = False
                self._cond.notify_all()


class ChromaStore:
    """One Chroma collection per language ("anso_zh", "anso_en"): each language's nearest neighbours
    come from an unfiltered HNSW search, so neither language crowds the other out and no metadata
    filter slows the query down as the store grows."""

    LANGS = LANGS

    def __init__(self, settings: Settings, embedder: Embedder) -> None:
        import chromadb
        from chromadb.config import Settings as ChromaSettings
        from langchain_chroma import Chroma
        from langchain_core.embeddings import Embeddings

        Embeddings.register(type(embedder))  # our embedders implement the interface without importing it

        self._lock = ReadWriteLock()
        chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=True)
        try:
            if settings.chroma_host:
                self.client = chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port,
                                                  settings=chroma_settings)
                self.where = f"Chroma server {settings.chroma_host}:{settings.chroma_port}"
            else:
                path = settings.data_dir / "chroma"
                path.mkdir(parents=True, exist_ok=True)
                self.client = chromadb.PersistentClient(path=str(path), settings=chroma_settings)
                self.where = str(path)
            self.stores = {lang: Chroma(client=self.client, collection_name=f"{settings.collection}_{lang}",
                                        embedding_function=cast(Embeddings, embedder),
                                        collection_configuration={"hnsw": {"space": "cosine"}})
                           for lang in self.LANGS}
            self.collections = {lang: self.client.get_or_create_collection(f"{settings.collection}_{lang}")
                                for lang in self.LANGS}
        except ValueError as exc:
            if settings.chroma_host:  # chromadb reports an unreachable server as a ValueError
                raise VectorStoreUnavailable(f"cannot reach Chroma at {self._describe(settings)}: {exc}") from exc
            raise ConfigError(f"Chroma settings are invalid: {exc}") from exc
        except Exception as exc:  # chromadb raises bare Exceptions for connection failures
            raise VectorStoreUnavailable(f"cannot open Chroma at {self._describe(settings)}: {exc}") from exc

    @staticmethod
    def _describe(settings: Settings) -> str:
        if settings.chroma_host:
            return f"{settings.chroma_host}:{settings.chroma_port} (is `chroma run` up?)"
        return str(settings.data_dir / "chroma")

    def _call(self, what: str, fn: Callable[[], Any]) -> Any:
        """``fn()`` while no ``clear`` runs, transport errors translated into one clear message."""
        try:
            with self._lock.shared():
                return fn()
        except Exception as exc:  # chromadb raises many exception types; all mean "did not answer"
            log.info("Chroma %s failed: %s", what, exc, exc_info=log.isEnabledFor(logging.DEBUG))
            raise self._unavailable(exc) from exc

    def _unavailable(self, exc: Exception) -> VectorStoreUnavailable:
        return VectorStoreUnavailable(f"the vector store ({self.where}) did not answer: {type(exc).__name__}")

    def upsert(self, ids: list[str], vectors: np.ndarray, texts: list[str], metadatas: list[dict[str, Any]]) -> None:
        vectors = np.asarray(vectors)
        for lang in self.LANGS:
            rows = [i for i, meta in enumerate(metadatas) if meta["lang"] == lang]
            for start in range(0, len(rows), CHROMA_BATCH):
                part = rows[start:start + CHROMA_BATCH]
                self._call("upsert", partial(self._upsert, lang, [ids[i] for i in part], vectors[part],
                                             [texts[i] for i in part], [metadatas[i] for i in part]))

    def _upsert(self, lang: Lang, ids: list[str], vectors: np.ndarray, texts: list[str],
                metadatas: list[dict[str, Any]]) -> None:
        self.collections[lang].upsert(ids=ids, embeddings=vectors, documents=texts,
                                      metadatas=cast(Any, metadatas))  # chromadb's Mapping type is invariant

    def delete(self, ids: list[str]) -> None:
        for start in range(0, len(ids), CHROMA_BATCH):
            for lang in self.LANGS:
                self._call("delete", partial(self._delete, lang, ids[start:start + CHROMA_BATCH]))

    def _delete(self, lang: Lang, ids: list[str]) -> None:
        self.collections[lang].delete(ids=ids)

    def search(self, vector: np.ndarray, n: int, lang: Lang | None = None) -> list[tuple[str, float]]:
        """Nearest chunks as (id, cosine distance), closest first."""
        found = []
        for code in (lang,) if lang else self.LANGS:
            query = self.stores[code].similarity_search_by_vector_with_relevance_scores
            found += self._call("query", partial(query, vector.tolist(), k=n))
        return sorted(((doc.id, float(distance)) for doc, distance in found), key=lambda pair: pair[1])[:n]

    def ids(self) -> list[str]:
        out: list[str] = []
        for lang in self.LANGS:
            out += self._call("get", partial(self._ids, lang))
        return out

    def _ids(self, lang: Lang) -> list[str]:
        return list(self.collections[lang].get(include=[])["ids"])

    def count(self) -> int:
        return sum(int(self._call("count", partial(self._count, lang))) for lang in self.LANGS)

    def _count(self, lang: Lang) -> int:
        return int(self.collections[lang].count())

    def clear(self) -> None:
        """Drop and recreate the collections (a new embedder may have another dimension); queries on
        other threads wait for it instead of meeting a dropped collection."""
        with self._lock.exclusive():
            try:
                for store in self.stores.values():
                    store.reset_collection()
                self.collections = {lang: self.client.get_or_create_collection(store._collection.name)
                                    for lang, store in self.stores.items()}
            except Exception as exc:  # chromadb raises many exception types; all mean "did not answer"
                raise self._unavailable(exc) from exc


def make_vector_store(settings: Settings, embedder: Embedder) -> VectorStore:
    return ChromaStore(settings, embedder)
