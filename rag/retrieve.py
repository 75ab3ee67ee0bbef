"""Retrieve: dense (per language, so neither crowds the other out) + BM25, fused by reciprocal rank,
re-ranked by the best sentence, expanded through the parallel links.

Dense search: an embedded index of at most ``exact_search_max_chunks`` chunks is searched exactly in memory
(chunk vectors from the docstore, no Chroma opened); a larger one, or a Chroma server, through the vector
store, the two languages' searches running at the same time. The LangChain retriever adapter is in ``rag.lc``."""
from __future__ import annotations

import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import numpy as np

from rag.centring import LanguageCentres, centred_best
from rag.lexicon import LazyLexicon
from rag.settings import Settings
from rag.store.docstore import StoredChunk
from rag.store.index import Index
from rag.text import CJK_RE, lexical_tokens, question_lang
from rag.types import LANGS, RETRIEVERS, RetrieverName

CUE_HITS = 1  # chunks holding a typed question's cue added when none of the top k holds it
TRANSLATIONS_PER_TERM = 3  # the most direct translations of each question term that the translated search uses


@dataclass
class Hit:
    stored: StoredChunk
    score: float
    best_sentence: float  # best cosine between the query and one of the chunk's sentences
    companion: bool = False  # added through a parallel link (or as a neighbour), not ranked itself
    neighbour: bool = False  # the chunk before or after a ranked one in the same paragraph

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
    def __init__(self, index: Index, settings: Settings, lexicon: LazyLexicon | None = None) -> None:
        self.index = index
        self.settings = settings
        self.lexicon = lexicon  # zh ↔ en terms: one more BM25 list, searched with the question's translations
        self.exact = ExactVectors(index)
        # the sentence list ranks both languages' chunks together: their cosines are centred per language first
        self.centres = LanguageCentres(index, settings.scoring.parallel_min_per_language) \
            if settings.centre_languages else None
        self._pool: ThreadPoolExecutor | None = None
        self._pool_lock = threading.Lock()

    def retrieve(self, query: str, *, k: int | None = None, method: RetrieverName | None = None,
                 extra_terms: str = "", with_meta: bool = False, cue: re.Pattern | None = None) -> Retrieval:
        """The ``k`` best chunks and their parallel versions; ``with_meta``: also the datelines and source lines of
        the documents they come from (a question about when or by whom a page was published); ``cue``: the kind of
        text a typed question needs ("(ANSO)" for "What does ANSO stand for?", an e-mail address) — when no top-k
        chunk holds it, the best-fused candidate that does joins them. The best chunks of the other language's
        dense search (``other_language_hits``) and the paragraph neighbours of the best hits come along too."""
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
        others: list[list[str]] = []  # the other languages' dense lists (a fact may be stated only there)
        translated_ids: list[str] = []  # BM25 hits of the question's translation (``translated_hits``)
        if method in ("hybrid", "dense"):
            started = time.perf_counter()
            asked_in = question_lang(query)
            for lang, ids in zip(LANGS, self._dense(vector, pool), strict=True):
                lists.append((self.settings.dense_weight, ids))
                others += [ids] if lang != asked_in else []
            timings["dense"] = _ms(started)
        if method in ("hybrid", "bm25"):
            started = time.perf_counter()
            lists.append((self.settings.bm25_weight, [i for i, _ in self.index.bm25.search(lexical_query, pool)]))
            wanted = self.settings.translated_bm25_weight > 0 or self.settings.translated_hits > 0
            translated = self._translated_query(lexical_query) if wanted else ""
            if translated:
                found = [i for i, _ in self.index.bm25.search(translated, pool)]
                if self.settings.translated_bm25_weight > 0:
                    weight = self.settings.bm25_weight * self.settings.translated_bm25_weight
                    lists.append((weight, found))
                if self.settings.translated_hits > 0:
                    translated_ids = found
            timings["bm25"] = _ms(started)
        started = time.perf_counter()
        hits = self._fuse(lists, vector, k, use_sentences=method != "bm25", cue=cue, others=others,
                          asked_in=question_lang(query), translated=translated_ids)
        if with_meta:
            hits += self._meta_of(hits, vector)
        timings["fuse"] = _ms(started)
        return Retrieval(query, vector, hits, timings)

    def _translated_query(self, query: str) -> str:
        """The question's terms in the other language (a few translations each, plus its numbers, and the Latin
        words of a Chinese question), for a BM25 search of text that states the fact only in that language."""
        lexicon = self.lexicon.get() if self.lexicon is not None else None
        if lexicon is None:
            return ""
        words: list[str] = []
        zh_question = bool(CJK_RE.search(query))
        for token in dict.fromkeys(lexical_tokens(query, words_only=True)):
            translations = lexicon.alternatives(token)[:TRANSLATIONS_PER_TERM]
            if not translations and len(token) > 2 and CJK_RE.match(token):  # a word the lexicon lacks: its parts
                parts = [token[i:i + 2] for i in range(len(token) - 1)]
                translations = tuple(t for part in parts for t in lexicon.alternatives(part)[:TRANSLATIONS_PER_TERM])
            words += translations or ([token] if token.isdigit() or (zh_question and token.isascii()) else [])
        return " ".join(words) if any(not w.isascii() or zh_question for w in words) else ""

    def _dense(self, vector: np.ndarray, n: int) -> list[list[str]]:
        """The nearest ``n`` chunk ids of each language."""
        if self.settings.chroma_host is None and self.exact.usable(self.settings.exact_search_max_chunks):
            return [self.exact.search(vector, n, lang) for lang in LANGS]
        futures = [self._executor().submit(self.index.vectors.search, vector, n, lang) for lang in LANGS]
        return [[cid for cid, _ in future.result()] for future in futures]

    def _executor(self) -> ThreadPoolExecutor:
        with self._pool_lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(max_workers=len(LANGS), thread_name_prefix="dense")
            return self._pool

    def _fuse(self, lists, vector: np.ndarray, k: int, use_sentences: bool, cue: re.Pattern | None = None,
              others: list[list[str]] | None = None, asked_in: str = "en",
              translated: list[str] | None = None) -> list[Hit]:
        """The ``k`` best chunks by reciprocal-rank fusion, then: a chunk holding ``cue`` when none does, the best of
        each other language's dense list (``others``) that fusion left out — the question's own language wins
        fusion through BM25 and the sentence list, so a fact stated only in the other language would never be
        seen — and the parallel versions and paragraph neighbours as companions. The sentence list ranks by
        language-centred cosines (``rag.centring``; ``asked_in``: the question's language) when the index allows."""
        rrf: dict[str, float] = {}
        for weight, ids in lists:
            for rank, cid in enumerate(ids):
                rrf[cid] = rrf.get(cid, 0.0) + weight / (self.settings.rrf_k + rank + 1)
        stored = self.index.docstore.get(list(rrf))  # ids Chroma holds but the docstore does not are orphans
        best = {cid: float((s.svecs @ vector).max()) if len(s.svecs) else 0.0 for cid, s in stored.items()}
        if use_sentences:  # one more ranked list: chunks by their best sentence
            ranking = self._sentence_ranking(stored, vector, asked_in) or best
            for rank, cid in enumerate(sorted(ranking, key=lambda cid: ranking[cid], reverse=True)):
                rrf[cid] += self.settings.dense_weight / (self.settings.rrf_k + rank + 1)
        order = sorted(stored, key=lambda cid: rrf[cid], reverse=True)
        ranked = order[:k]
        if cue is not None and not any(cue.search(stored[cid].chunk.text) for cid in ranked):
            ranked += [cid for cid in order[k:] if cue.search(stored[cid].chunk.text)][:CUE_HITS]
        for ids in others or []:
            ranked += [cid for cid in ids if cid in stored and cid not in ranked][:self.settings.other_language_hits]
        if translated:
            ranked += self._other_language(translated, stored, ranked, asked_in)
            best.update({cid: float((stored[cid].svecs @ vector).max()) if len(stored[cid].svecs) else 0.0
                         for cid in ranked if cid not in best})
        hits = [Hit(stored[cid], rrf.get(cid, 0.0), best[cid]) for cid in ranked]
        hits += self._companions(hits, vector)
        return hits + self._neighbours(hits, vector)

    def _other_language(self, ids: list[str], stored: dict[str, StoredChunk], ranked: list[str],
                        asked_in: str) -> list[str]:
        """The best ``translated_hits`` chunks in another language than the question's among ``ids`` (the BM25
        search of the question's translation) that are not ranked yet; ``stored`` gains the ones it lacked."""
        fresh = [cid for cid in ids if cid not in ranked]
        stored.update(self.index.docstore.get([cid for cid in fresh if cid not in stored]))
        other = [cid for cid in fresh if cid in stored and stored[cid].chunk.lang != asked_in]
        return other[:self.settings.translated_hits]

    def _sentence_ranking(self, stored: dict[str, StoredChunk], vector: np.ndarray,
                          asked_in: str) -> dict[str, float] | None:
        """Each candidate's best language-centred sentence cosine, or None (not centring: use the raw ones)."""
        if self.centres is None:
            return None
        return centred_best(self.centres, vector, asked_in, {cid: (s.chunk.lang, s.svecs) for cid, s in stored.items()})

    def _companions(self, hits: list[Hit], vector: np.ndarray) -> list[Hit]:
        seen = {h.chunk.id for h in hits}
        wanted = [pid for h in hits for pid in h.chunk.parallel if pid not in seen]
        stored = self.index.docstore.get(list(dict.fromkeys(wanted)))
        return [Hit(s, 0.0, float((s.svecs @ vector).max()) if len(s.svecs) else 0.0, companion=True)
                for s in stored.values()]

    def _neighbours(self, hits: list[Hit], vector: np.ndarray) -> list[Hit]:
        """The chunks next to the best ranked ones in their paragraphs, as companions: the paragraph is found far more
        often than the chunk that holds its answering sentence."""
        count = self.settings.paragraph_neighbours
        if not count:
            return []
        seen = {h.chunk.id for h in hits}
        wanted = [cid for cid in self.index.docstore.neighbour_ids([h.chunk.id for h in hits if not h.companion][:count])
                  if cid not in seen]
        stored = self.index.docstore.get(wanted)
        return [Hit(s, 0.0, float((s.svecs @ vector).max()) if len(s.svecs) else 0.0, companion=True, neighbour=True)
                for s in stored.values()]

    def _meta_of(self, hits: list[Hit], vector: np.ndarray) -> list[Hit]:
        """The meta chunks of the ranked hits' documents that are not among the hits, as companions."""
        seen = {h.chunk.id for h in hits}
        docs = list(dict.fromkeys(h.chunk.doc_id for h in hits if not h.companion))
        wanted = [cid for cid in self.index.docstore.meta_ids(docs) if cid not in seen]
        stored = self.index.docstore.get(wanted)
        return [Hit(s, 0.0, float((s.svecs @ vector).max()) if len(s.svecs) else 0.0, companion=True)
                for s in stored.values()]


class ExactVectors:
    """The chunk vectors of a small index in memory, per language, searched exactly by cosine.

    Read from the docstore (the source of truth) and re-read when its generation changes; the arrays
    are replaced whole, never changed in place, so readers in other threads see one version or the other."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self._lock = threading.Lock()
        self._key: tuple[int, int] | None = None
        self._chunks = 0
        self._by_lang: dict[str, tuple[list[str], np.ndarray]] = {}

    def usable(self, max_chunks: int) -> bool:
        """Loads the vectors when the index holds at most ``max_chunks`` chunks; False when it is larger."""
        docstore = self.index.docstore
        key = (id(docstore), docstore.generation)
        if key != self._key:
            with self._lock:
                if key != self._key:
                    self._load(key, max_chunks)
        return self._chunks <= max_chunks

    def _load(self, key: tuple[int, int], max_chunks: int) -> None:
        docstore = self.index.docstore
        self._chunks = docstore.stats()["chunks"]
        by_lang: dict[str, tuple[list[str], np.ndarray]] = {}
        if self._chunks <= max_chunks:
            ids, langs, _, matrix = docstore.chunk_vectors()
            for lang in LANGS:
                rows = [i for i, code in enumerate(langs) if code == lang]
                by_lang[lang] = ([ids[i] for i in rows], matrix[rows] if rows else np.zeros((0, 1), np.float32))
        self._by_lang, self._key = by_lang, key

    def search(self, vector: np.ndarray, n: int, lang: str) -> list[str]:
        """Ids of the ``n`` chunks of ``lang`` closest to ``vector``, closest first."""
        ids, matrix = self._by_lang.get(lang, ([], None))
        if not ids:
            return []
        scores = matrix @ vector
        n = min(n, len(ids))
        top = np.argpartition(-scores, n - 1)[:n]
        return [ids[i] for i in top[np.argsort(-scores[top], kind="stable")]]


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 3)
