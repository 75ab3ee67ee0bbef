"""Store (vectors): Chroma through langchain-chroma — embedded PersistentClient or a `chroma run` server."""
from __future__ import annotations

import logging
from typing import Protocol

import numpy as np

from ingest.embed import ConfigError, Embedder
from rag.settings import Settings

log = logging.getLogger(__name__)


class VectorStoreUnavailable(Exception):
    """The vector store cannot be reached; the message says what to check."""


class VectorStore(Protocol):
    def upsert(self, ids: list[str], vectors: np.ndarray, texts: list[str], metadatas: list[dict]) -> None: ...
    def delete(self, ids: list[str]) -> None: ...
    def search(self, vector: np.ndarray, n: int, lang: str | None = None) -> list[tuple[str, float]]: ...
    def ids(self) -> list[str]: ...
    def count(self) -> int: ...


class ChromaStore:
    def __init__(self, settings: Settings, embedder: Embedder) -> None:
        import chromadb
        from chromadb.config import Settings as ChromaSettings
        from langchain_chroma import Chroma

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
            self.vectorstore = Chroma(client=self.client, collection_name=settings.collection,
                                      embedding_function=embedder,
                                      collection_configuration={"hnsw": {"space": "cosine"}})
            self.collection = self.client.get_or_create_collection(settings.collection)
        except ValueError as exc:
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
            log.warning("Chroma %s failed: %s", what, exc, exc_info=True)
            raise VectorStoreUnavailable(f"the vector store ({self.where}) did not answer: {type(exc).__name__}") from exc

    def upsert(self, ids, vectors, texts, metadatas) -> None:
        for start in range(0, len(ids), 1000):
            end = start + 1000
            self._call("upsert", self.collection.upsert, ids=ids[start:end], embeddings=vectors[start:end],
                       documents=texts[start:end], metadatas=metadatas[start:end])

    def delete(self, ids: list[str]) -> None:
        for start in range(0, len(ids), 1000):
            self._call("delete", self.collection.delete, ids=ids[start:start + 1000])

    def search(self, vector: np.ndarray, n: int, lang: str | None = None) -> list[tuple[str, float]]:
        found = self._call("query", self.vectorstore.similarity_search_by_vector_with_relevance_scores,
                           vector.tolist(), k=n, filter={"lang": lang} if lang else None)
        return [(doc.id, float(score)) for doc, score in found]

    def ids(self) -> list[str]:
        return list(self._call("get", self.collection.get, include=[])["ids"])

    def count(self) -> int:
        return int(self._call("count", self.collection.count))

    def reset(self) -> None:
        self._call("reset", self.vectorstore.reset_collection)
        self.collection = self.client.get_or_create_collection(self.vectorstore._collection.name)


def make_vector_store(settings: Settings, embedder: Embedder) -> VectorStore:
    return ChromaStore(settings, embedder)
