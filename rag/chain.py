"""The answering chain: question (+ history) → retrieve → answer (extractive or LLM) → cited Answer.

One object, built from settings and an open index, exposed as a LangChain Runnable too.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Iterator

from langchain_core.runnables import RunnableLambda

from rag.store.index import Index
from rag.extractive import Extractive, idf_table
from rag.questions import analyse, previous_answer, previous_turn_terms
from rag.smalltalk import smalltalk_answer, smalltalk_kind
from rag.retrieve import Retriever
from rag.settings import Settings
from rag.types import Answer

log = logging.getLogger(__name__)
MODES = ("extractive", "llm")
LLM_EVIDENCE_FRACTION = 0.8  # below this share of the abstain threshold nothing is relevant: no LLM call


class Assistant:
    def __init__(self, settings: Settings, index: Index) -> None:
        self.settings = settings
        self.index = index
        self.retriever = Retriever(index, settings)
        self._llm = None

    def extractive(self) -> Extractive:
        bm25 = self.index.bm25
        return Extractive(self.settings.abstain_threshold, self.settings.max_answer_chars,
                          idf_table(bm25.doc_freq, max(1, len(bm25.ids))), bm25.doc_freq)

    @property
    def llm(self):
        if self._llm is None:
            from rag.llm import LLMAnswerer

            self._llm = LLMAnswerer(self.settings, self.index.embedder)
        return self._llm

    def answer(self, question: str, history: list[dict] | None = None, mode: str | None = None,
               k: int | None = None, retriever: str | None = None) -> Answer:
        final = None
        for event in self.stream(question, history, mode, k, retriever):
            if isinstance(event, Answer):
                final = event
        assert final is not None
        return final

    def stream(self, question: str, history: list[dict] | None = None, mode: str | None = None,
               k: int | None = None, retriever: str | None = None) -> Iterator[str | Answer]:
        """Yields text deltas (LLM mode) and finally the Answer."""
        started = time.perf_counter()
        mode = self.settings.resolved_mode(mode)
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}; choose extractive or llm")
        chat = smalltalk_kind(question)
        if chat is not None:  # a greeting, thanks or "what can you do?": a friendly reply, not an abstention
            result = smalltalk_answer(question, chat)
            result.timings_ms["total"] = round((time.perf_counter() - started) * 1000, 3)
            yield result
            return
        info = analyse(question, has_history=bool(history))
        extra = previous_turn_terms(history) if info.follow_up else ""
        query = question
        if mode == "llm" and info.follow_up:
            query = self.llm.condense(question, history, info.lang) or question
            extra = "" if query != question else extra
        retrieval = self.retriever.retrieve(query, k, retriever, extra_terms=extra)
        asked = info if query == question else analyse(query).with_lang(info.lang)
        answer_started = time.perf_counter()
        avoid = previous_answer(history) if info.follow_up else ""
        extractive, best = self.extractive().evaluate(asked, retrieval, extra, avoid)
        if mode == "llm" and best >= self.settings.abstain_threshold * LLM_EVIDENCE_FRACTION:
            result = yield from self.llm.stream(asked, retrieval, extractive)
        else:
            result = extractive
        result.question = question
        result.timings_ms.update(retrieval.timings_ms)
        result.timings_ms["answer"] = round((time.perf_counter() - answer_started) * 1000, 3)
        result.timings_ms["total"] = round((time.perf_counter() - started) * 1000, 3)
        yield result

    def as_runnable(self):
        """``{"question", "history"?, "mode"?}`` → Answer, as a LangChain Runnable."""
        return RunnableLambda(lambda inp: self.answer(inp["question"], inp.get("history"), inp.get("mode")))

