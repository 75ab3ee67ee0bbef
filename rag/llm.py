"""The LLM answerer: any OpenAI-compatible chat server through langchain-openai, streaming.

The sources go in as numbered blocks within a token budget; afterwards markers are parsed, ids
that were not given are dropped, each cited sentence is checked against its source, and any failure
(error, hang, malformed reply, no citation) falls back to the extractive answer with a notice.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Generator

from rag.store.embed import Embedder
from rag.citations import answer_sentences, clean_markers, is_supported, make_citation
from rag.markers import parse_markers, strip_markers
from rag.prompts import message, prompt
from rag.questions import QuestionInfo
from rag.retrieve import Hit, Retrieval
from rag.settings import Settings
from rag.text import count_tokens
from rag.types import Answer, Delta, Turn

log = logging.getLogger(__name__)
MAX_SENTENCES = 4


class LLMUnavailable(Exception):
    pass


class LLMAnswerer:
    def __init__(self, settings: Settings, embedder: Embedder) -> None:
        from langchain_openai import ChatOpenAI

        self.settings = settings
        self.embedder = embedder
        key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else "not-needed"
        self.chat = ChatOpenAI(model=settings.llm_model, base_url=settings.llm_base_url, api_key=key,
                               timeout=settings.llm_timeout, max_retries=settings.llm_retries,
                               temperature=settings.llm_temperature)

    # --- follow-ups ------------------------------------------------------------
    def condense(self, question: str, history: list[Turn], lang: str) -> str | None:
        turns = "\n".join(f"{turn.role}: {turn.content}" for turn in history[-4:])
        try:
            reply = self.chat.invoke(prompt(lang, "condense", history=turns, question=question))
        except Exception as exc:  # the edge: any client failure means "keep the question as asked"
            log.warning("condense step failed: %s", exc)
            return None
        text = str(reply.content).strip().splitlines()[0] if str(reply.content).strip() else ""
        return text[:500] or None

    # --- answering -------------------------------------------------------------
    def sources(self, retrieval: Retrieval) -> list[Hit]:
        budget = self.settings.llm_context_tokens
        chosen: list[Hit] = []
        for hit in retrieval.ranked() + [h for h in retrieval.hits if h.companion]:
            cost = count_tokens(hit.chunk.text) + 20
            if cost > budget:
                continue
            chosen.append(hit)
            budget -= cost
        return chosen

    def messages(self, info: QuestionInfo, sources: list[Hit]) -> list[tuple[str, str]]:
        blocks = "\n\n".join(
            prompt(info.lang, "source_block", n=n, title=hit.chunk.title,
                   lang_name=message(info.lang, f"lang_{hit.chunk.lang}"), text=hit.chunk.text)
            for n, hit in enumerate(sources, 1))
        system = prompt(info.lang, "system", max_sentences=MAX_SENTENCES, refusal=message(info.lang, "refusal"))
        return [("system", system), ("human", prompt(info.lang, "user", sources=blocks, question=info.text))]

    def stream(self, info: QuestionInfo, retrieval: Retrieval, fallback: Answer) -> Generator[Delta, None, Answer]:
        sources = self.sources(retrieval)
        started = time.perf_counter()
        text = ""
        try:
            for piece in self.chat.stream(self.messages(info, sources)):
                delta = piece.content if isinstance(piece.content, str) else ""
                if time.perf_counter() - started > 2 * self.settings.llm_timeout:
                    raise LLMUnavailable("timed out")
                text += delta
                if delta:
                    yield Delta(delta)
        except Exception as exc:  # the edge: every client failure becomes the extractive answer + notice
            log.warning("LLM call failed: %s", exc, exc_info=log.isEnabledFor(logging.DEBUG))
            return self._fallback(info, fallback, _reason(exc))
        return self._finish(info, text, sources, fallback)

    def _finish(self, info: QuestionInfo, text: str, sources: list[Hit], fallback: Answer) -> Answer:
        refusal = message(info.lang, "refusal")
        if not text.strip():
            return self._fallback(info, fallback, "empty reply")
        if refusal[:12] in text or (fallback.abstained and not parse_markers(text)):
            return fallback.model_copy(update={"mode": "llm"})
        cleaned, dropped = clean_markers(text, set(range(1, len(sources) + 1)))
        cited = parse_markers(cleaned)
        if not cited:
            result = fallback.model_copy(update={"mode": "llm", "notices": fallback.notices + [message(info.lang, "no_citations")]})
            return result
        unsupported = self._unsupported(cleaned, sources)
        citations = [self._cite(n, sources[n - 1], cleaned) for n in sorted(cited)]
        notices = []
        if dropped:
            notices.append(message(info.lang, "dropped_citations", numbers=", ".join(map(str, dropped))))
        if unsupported:
            notices.append(message(info.lang, "unsupported"))
        return Answer(question=info.text, language=info.lang, mode="llm", answer=cleaned.strip(), abstained=False,
                      citations=citations, notices=notices, unsupported=unsupported, dropped_citations=dropped)

    def _unsupported(self, text: str, sources: list[Hit]) -> list[str]:
        flagged = []
        for sentence in answer_sentences(text):
            numbers = [n for n in parse_markers(sentence) if 1 <= n <= len(sources)]
            if not numbers:
                continue
            cited = [sources[n - 1].stored for n in numbers]
            vector = self.embedder.query_vector(strip_markers(sentence))
            if not is_supported(sentence, cited, vector, [s.svecs for s in cited]):
                flagged.append(sentence)
        return flagged

    def _cite(self, n: int, hit: Hit, answer: str):
        """The quote is the source sentence closest to the answer sentences citing it."""
        citing = " ".join(s for s in answer_sentences(answer) if n in parse_markers(s)) or answer
        best = None
        if len(hit.stored.svecs):
            best = int((hit.stored.svecs @ self.embedder.query_vector(citing)).argmax())
        return make_citation(n, hit.stored, best)

    @staticmethod
    def _fallback(info: QuestionInfo, fallback: Answer, reason: str) -> Answer:
        notice = message(info.lang, "llm_fallback", reason=reason)
        return fallback.model_copy(update={"notices": fallback.notices + [notice]})


def _reason(exc: Exception) -> str:
    name = type(exc).__name__
    if "Timeout" in name or "timed out" in str(exc).lower():
        return "timeout"
    status = getattr(exc, "status_code", None)
    return f"HTTP {status}" if status else name
