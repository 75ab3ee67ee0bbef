"""Language centring: cosines of a query with chunks of either language made comparable.

multilingual-e5 places every text of one language near that language's mean vector, so a question scores a
same-language chunk on an unrelated topic higher than the other-language chunk that answers it (a Chinese
question on an English-only call). Removing each language's mean chunk vector from the chunk's sentence vectors,
and the question language's mean from the question, before the cosine takes that offset out (the same centring
as the parallel linking in ``ingest.parallel``; Libovický et al., "On the Language Neutrality of Pre-trained
Multilingual Representations", 2020). The means are recomputed when the docstore's generation changes."""
from __future__ import annotations

import threading

import numpy as np

from rag.store.index import Index
from rag.types import LANGS

_TINY = 1e-12  # guards the normalisation of a vector equal to its language's mean


class LanguageCentres:
    """The mean chunk vector of each language in the docstore, for its current generation; shared by request
    threads (the dict is replaced whole under a lock, never changed in place)."""

    def __init__(self, index: Index, min_chunks: int) -> None:
        self.index = index
        self.min_chunks = min_chunks  # fewer chunks than this in a language: no reliable mean, no centring
        self._lock = threading.Lock()
        self._key: tuple[int, int] | None = None  # (docstore object, generation) the means were computed for
        self._means: dict[str, np.ndarray] = {}

    def means(self) -> dict[str, np.ndarray]:
        """Mean chunk vector per language; empty when any language has too few chunks to centre by."""
        docstore = self.index.docstore
        key = (id(docstore), docstore.generation)
        if key != self._key:
            with self._lock:
                if key != self._key:
                    self._means = self._compute()
                    self._key = key
        return self._means

    def _compute(self) -> dict[str, np.ndarray]:
        _, langs, _, matrix = self.index.docstore.chunk_vectors()
        labels = np.array(langs)
        means: dict[str, np.ndarray] = {}
        for lang in LANGS:
            rows = matrix[labels == lang] if len(labels) else matrix[:0]
            if len(rows) < self.min_chunks:
                return {}
            means[lang] = rows.mean(axis=0)
        return means


def centre(vectors: np.ndarray, mean: np.ndarray) -> np.ndarray:
    """Rows (or one vector) with ``mean`` removed, normalised to unit length."""
    shifted = np.asarray(vectors, dtype=np.float32) - mean
    return shifted / np.maximum(np.linalg.norm(shifted, axis=-1, keepdims=True), _TINY)


def centred_best(centres: LanguageCentres, vector: np.ndarray, asked_in: str,
                 candidates: dict[str, tuple[str, np.ndarray]]) -> dict[str, float] | None:
    """Best centred cosine between the query ``vector`` (asked in ``asked_in``) and the sentences of each candidate
    (id → (language, sentence vectors)); None when the index cannot be centred (a language with too few chunks, or
    vectors of another size), and the raw cosines are to be used."""
    means = centres.means()
    if asked_in not in means or any(lang not in means for lang, _ in candidates.values()):
        return None
    if any(len(svecs) and svecs.shape[-1] != len(vector) for _, svecs in candidates.values()):
        return None
    query = centre(vector, means[asked_in])
    return {cid: float((centre(svecs, means[lang]) @ query).max()) if len(svecs) else 0.0
            for cid, (lang, svecs) in candidates.items()}
