"""Store (vectors): Chroma through langchain-chroma — embedded PersistentClient or a `chroma run` server."""
from __future__ import annotations

import logging
from typing import Protocol

import numpy as np

from rag.store.embed import ConfigError, Embedder
from rag.settings import Settings

log = logging.getLogger(__name__)


class VectorStoreUnavailable(Exception):
    """The vector store cannot be reached; the message says what to check."""


class VectorStore(Protocol):
    def upsert(self, ids: list[str], vectors: np.ndarray, texts: list[str], metadatas: list[dict]) -> None: ...
    def delete(self, ids: list[str]) -> None: ...
    def search(self, vector: np.ndarray, n: int, lang: str | None = None) -> list[tuple[str, float]]:
        """(id, distance) pairs, closest first."""
        ...
    def ids(self) -> list[str]: ...
    def count(self) -> int: ...
    def clear(self) -> None: ...


class ChromaStore:
    """One Chroma collection per language ("anso_zh", "anso_en"): each language's nearest neighbours
    come from an unfiltered HNSW search, so neither language crowds the other out and no metadata
    filter slows the query down as the store grows."""

    LANGS = ("zh", "en")

    def __init__(self, settings: Settings, embedder: Embedder) -> None:
        import chromadb
        from chromadb.config import Settings as ChromaSettings
        from langchain_chroma import Chroma
        from langchain_core.embeddings import Embeddings

        Embeddings.register(type(embedder))  # our embedders implement the interface without importing it

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
                                        embedding_function=embedder,
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

    def _call(self, what: str, fn, *args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # translate transport errors into one clear message
            log.info("Chroma %s failed: %s", what, exc, exc_info=log.isEnabledFor(logging.DEBUG))
            raise VectorStoreUnavailable(f"the vector store ({self.where}) did not answer: {type(exc).__name__}") from exc

    def upsert(self, ids, vectors, texts, metadatas) -> None:
        for lang in self.LANGS:
            rows = [i for i, meta in enumerate(metadatas) if meta["lang"] == lang]
            for start in range(0, len(rows), 1000):
                part = rows[start:start + 1000]
                self._call("upsert", self.collections[lang].upsert, ids=[ids[i] for i in part],
                           embeddings=np.asarray(vectors)[part], documents=[texts[i] for i in part],
                           metadatas=[metadatas[i] for i in part])

    def delete(self, ids: list[str]) -> None:
        for start in range(0, len(ids), 1000):
            for collection in self.collections.values():
                self._call("delete", collection.delete, ids=ids[start:start + 1000])

    def search(self, vector: np.ndarray, n: int, lang: str | None = None) -> list[tuple[str, float]]:
        """Nearest chunks as (id, cosine distance), closest first."""
        found = []
        for code in (lang,) if lang else self.LANGS:
            found += self._call("query", self.stores[code].similarity_search_by_vector_with_relevance_scores,
                                vector.tolist(), k=n)
        return sorted(((doc.id, float(distance)) for doc, distance in found), key=lambda pair: pair[1])[:n]

    def ids(self) -> list[str]:
        return [i for c in self.collections.values() for i in self._call("get", c.get, include=[])["ids"]]

    def count(self) -> int:
        return sum(int(self._call("count", c.count)) for c in self.collections.values())

    def clear(self) -> None:
        """Drop and recreate the collections (a new embedder may have another dimension)."""
        for store in self.stores.values():
            self._call("reset", store.reset_collection)
        self.collections = {lang: self.client.get_or_create_collection(store._collection.name)
                            for lang, store in self.stores.items()}


def make_vector_store(settings: Settings, embedder: Embedder) -> VectorStore:
    return ChromaStore(settings, embedder)
