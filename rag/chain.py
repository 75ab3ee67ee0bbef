"""The answering chain: question (+ history) → retrieve → answer (extractive or LLM) → cited Answer.

One object, built from settings and an open index, exposed as a LangChain Runnable too (``rag.lc``, imported
only when asked for: plain answering imports no LangChain).
"""
from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING

from rag.extractive import Extractive, idf_table
from rag.lexicon import LazyLexicon
from rag.markers import strip_markers
from rag.questions import QuestionInfo, analyse, previous_answer, previous_turn_terms, retrieval_cue
from rag.retrieve import Retrieval, Retriever
from rag.settings import Settings
from rag.short_answer import extract
from rag.smalltalk import smalltalk_answer, smalltalk_kind
from rag.store.index import Index
from rag.text import detect_lang
from rag.types import MODES, Answer, Delta, Mode, RetrieverName, Turn, as_turns

if TYPE_CHECKING:
    from rag.llm import LLMAnswerer

log = logging.getLogger(__name__)
LLM_EVIDENCE_FRACTION = 0.8  # below this share of the abstain threshold nothing is relevant: no LLM call


def previous_short_answer(turns: list[Turn]) -> str:
    """What the previous reply answered: its short-answer line, or else the span of the previous question's type
    inside it (a reply quoted as a whole sentence: "开班仪式由…张立新主持。" answered 谁主持 with 张立新)."""
    shown = previous_answer(turns)
    if shown:
        return shown
    asked = next((t.content for t in reversed(turns) if t.role == "user"), "")
    reply = next((t.content for t in reversed(turns) if t.role == "assistant"), "")
    if not asked or not reply:
        return ""
    reply = strip_markers(reply)
    span = extract(analyse(asked), reply, detect_lang(reply))
    return reply[span.start:span.end] if span else ""


class Assistant:
    def __init__(self, settings: Settings, index: Index, lexicon: LazyLexicon | None = None) -> None:
        """``lexicon``: another assistant's (a new index generation keeps the loaded one); else one of its own."""
        self.settings = settings
        self.index = index
        # zh ↔ en terms, loaded by the first question that needs them
        self.lexicon = lexicon or LazyLexicon(settings.cross_lingual_lexicon)
        self.retriever = Retriever(index, settings, self.lexicon)
        self._llm: LLMAnswerer | None = None

    def extractive(self) -> Extractive:
        bm25 = self.index.bm25
        return Extractive(self.settings.abstain_threshold, self.settings.max_answer_chars,
                          idf_table(bm25.doc_freq, max(1, len(bm25.ids))), bm25.doc_freq, self.index.docstore.doc_lead,
                          lexicon=self.lexicon, subject=self.index.docstore.doc_title)

    @property
    def llm(self) -> LLMAnswerer:
        if self._llm is None:
            from rag.llm import LLMAnswerer

            self._llm = LLMAnswerer(self.settings, self.index.embedder, self.lexicon)
        return self._llm

    def answer(self, question: str, *, history: list[Turn] | list[dict] | None = None, mode: Mode | None = None,
               k: int | None = None, retriever: RetrieverName | None = None) -> Answer:
        final = None
        for event in self.stream(question, history=history, mode=mode, k=k, retriever=retriever):
            if isinstance(event, Answer):
                final = event
        assert final is not None
        return final

    def stream(self, question: str, *, history: list[Turn] | list[dict] | None = None, mode: Mode | None = None,
               k: int | None = None, retriever: RetrieverName | None = None) -> Iterator[Delta | Answer]:
        """Yields ``Delta`` text pieces (LLM mode) and finally the ``Answer``."""
        started = time.perf_counter()
        resolved = self.settings.resolved_mode(mode)
        if resolved not in MODES:
            raise ValueError(f"unknown mode {resolved!r}; choose one of {', '.join(MODES)}")
        chat = smalltalk_kind(question)
        if chat is not None:  # a greeting, thanks or "what can you do?": a friendly reply, not an abstention
            result = smalltalk_answer(question, chat)
            result.timings_ms["total"] = round((time.perf_counter() - started) * 1000, 3)
            yield result
            return
        turns = as_turns(history)
        asked, retrieval, extra = self._retrieve(question, turns, resolved, k, retriever)
        answer_started = time.perf_counter()
        avoid = previous_short_answer(turns) if asked.follow_up else ""
        extractive, best = self.extractive().evaluate(asked, retrieval, extra, avoid)
        if resolved == "llm" and best >= self.settings.abstain_threshold * LLM_EVIDENCE_FRACTION:
            result = yield from self.llm.stream(asked, retrieval, extractive)
        else:
            result = extractive
        result.question = question
        result.retrieved = [hit.chunk.id for hit in retrieval.ranked()]
        result.timings_ms.update(retrieval.timings_ms)
        result.timings_ms["answer"] = round((time.perf_counter() - answer_started) * 1000, 3)
        result.timings_ms["total"] = round((time.perf_counter() - started) * 1000, 3)
        yield result

    def _retrieve(self, question: str, turns: list[Turn], mode: str, k: int | None,
                  retriever: RetrieverName | None) -> tuple[QuestionInfo, Retrieval, str]:
        """What is asked (a follow-up condensed in LLM mode), the retrieval, and the previous turn's terms."""
        info = analyse(question, has_history=bool(turns))
        extra = previous_turn_terms(turns) if info.follow_up else ""
        query = question
        if mode == "llm" and info.follow_up:
            query = self.llm.condense(question, turns, info.lang) or question
            extra = "" if query != question else extra
        asked = info if query == question else analyse(query).with_lang(info.lang)
        retrieval = self.retriever.retrieve(query, k=k, method=retriever, extra_terms=extra, with_meta=asked.about_page,
                                            cue=retrieval_cue(asked))
        return asked, retrieval, extra

    def evidence(self, question: str, *, history: list[Turn] | list[dict] | None = None) -> tuple[Answer, float]:
        """The extractive answer forced past the abstention threshold, and its evidence score (calibration)."""
        asked, retrieval, extra = self._retrieve(question, as_turns(history), "extractive", None, None)
        extractive = self.extractive()
        extractive.threshold = float("-inf")
        return extractive.evaluate(asked, retrieval, extra)

    def as_runnable(self):
        """``{"question", "history"?, "mode"?}`` → Answer, as a LangChain Runnable (imported on first use)."""
        from rag.lc import assistant_runnable

        return assistant_runnable(self)
