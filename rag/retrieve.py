"""Retrieve: dense (per language, so neither crowds the other out) + BM25, fused by reciprocal rank,
re-ranked by the best sentence, expanded through the parallel links."""
from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from rag.settings import Settings
from rag.store.docstore import StoredChunk
from rag.store.index import Index
from rag.types import RETRIEVERS, RetrieverName


@dataclass
class Hit:
    stored: StoredChunk
    score: float
    best_sentence: float  # best cosine between the query and one of the chunk's sentences
    companion: bool = False  # added through a parallel link, not ranked itself

    @property
    def chunk(self):
        return self.stored.chunk


@dataclass
class Retrieval:
    query: str
    vector: np.ndarray
    hits: list[Hit]
    timings_ms: dict[str, float] = field(default_factory=dict)

    def ranked(self) -> list[Hit]:
        return [h for h in self.hits if not h.companion]


class Retriever:
    def __init__(self, index: Index, settings: Settings) -> None:
        self.index = index
        self.settings = settings

    def retrieve(self, query: str, *, k: int | None = None, method: RetrieverName | None = None,
                 extra_terms: str = "") -> Retrieval:
        method = method or self.settings.retriever
        if method not in RETRIEVERS:
            raise ValueError(f"unknown retriever {method!r}; choose one of {', '.join(RETRIEVERS)}")
        k = k or self.settings.k
        pool = max(self.settings.candidates, k)
        timings: dict[str, float] = {}
        lexical_query = f"{query} {extra_terms}".strip()
        started = time.perf_counter()
        vector = self.index.embedder.query_vector(lexical_query if extra_terms else query)
        timings["embed"] = _ms(started)
        lists: list[tuple[float, list[str]]] = []
        if method in ("hybrid", "dense"):
            started = time.perf_counter()
            for lang in ("zh", "en"):
                lists.append((self.settings.dense_weight, [i for i, _ in self.index.vectors.search(vector, pool, lang)]))
            timings["dense"] = _ms(started)
        if method in ("hybrid", "bm25"):
            started = time.perf_counter()
            lists.append((self.settings.bm25_weight, [i for i, _ in self.index.bm25.search(lexical_query, pool)]))
            timings["bm25"] = _ms(started)
        started = time.perf_counter()
        hits = self._fuse(lists, vector, k, use_sentences=method != "bm25")
        timings["fuse"] = _ms(started)
        return Retrieval(query, vector, hits, timings)

    def _fuse(self, lists, vector: np.ndarray, k: int, use_sentences: bool) -> list[Hit]:
        rrf: dict[str, float] = {}
        for weight, ids in lists:
            for rank, cid in enumerate(ids):
                rrf[cid] = rrf.get(cid, 0.0) + weight / (self.settings.rrf_k + rank + 1)
        stored = self.index.docstore.get(list(rrf))  # ids Chroma holds but the docstore does not are orphans
        best = {cid: float((s.svecs @ vector).max()) if len(s.svecs) else 0.0 for cid, s in stored.items()}
        if use_sentences:  # one more ranked list: chunks by their best sentence
            for rank, cid in enumerate(sorted(best, key=lambda cid: best[cid], reverse=True)):
                rrf[cid] += self.settings.dense_weight / (self.settings.rrf_k + rank + 1)
        ranked = sorted(stored, key=lambda cid: rrf[cid], reverse=True)[:k]
        hits = [Hit(stored[cid], rrf[cid], best[cid]) for cid in ranked]
        return hits + self._companions(hits, vector)

    def _companions(self, hits: list[Hit], vector: np.ndarray) -> list[Hit]:
        seen = {h.chunk.id for h in hits}
        wanted = [pid for h in hits for pid in h.chunk.parallel if pid not in seen]
        stored = self.index.docstore.get(list(dict.fromkeys(wanted)))
        return [Hit(s, 0.0, float((s.svecs @ vector).max()) if len(s.svecs) else 0.0, companion=True)
                for s in stored.values()]


class LangChainRetriever(BaseRetriever):
    """The same retrieval as a LangChain ``BaseRetriever`` (Documents with provenance metadata)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    retriever: Retriever
    method: RetrieverName = "hybrid"
    k: int = 4

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        result = self.retriever.retrieve(query, k=self.k, method=self.method)
        return [Document(page_content=h.chunk.text, id=h.chunk.id,
                         metadata={"lang": h.chunk.lang, "title": h.chunk.title, "score": h.score,
                                   "sources": [o.model_dump() for o in h.chunk.occurrences]})
                for h in result.ranked()]


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 3)
