"""The LLM answerer: any OpenAI-compatible chat server through langchain-openai, streaming, bounded, verified.

Bounded: an output-token limit every server honours (``max_completion_tokens`` plus the legacy
``max_tokens`` llama.cpp reads), stop sequences, and two deadlines measured from the request — first
token and total — enforced in the reading loop whether tokens keep arriving or none do (the HTTP
stream runs in a worker thread; the answerer stops reading at the deadline).

Verified: the draft loses its prompt echo, then every sentence is checked against the source(s) it
cites (``rag.verify``); unsupported, uncited or fact-changing sentences are removed and listed in
``Answer.verification``. If nothing substantial survives, or on any failure (error, hang, malformed
reply, no citation), the extractive answer is shown with a notice in the user's language.
"""
from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Generator, Iterator
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout

import openai
from tenacity import RetryCallState, Retrying, stop_after_attempt, wait_exponential

from rag import verify
from rag.citations import clean_markers, make_citation
from rag.lexicon import LazyLexicon
from rag.markers import parse_markers
from rag.prompts import message, prompt
from rag.questions import QuestionInfo
from rag.retrieve import Hit, Retrieval
from rag.settings import Settings
from rag.store.embed import Embedder
from rag.text import count_tokens
from rag.types import Answer, Delta, RemovedSentence, Turn, Verification

log = logging.getLogger(__name__)
MAX_SENTENCES = 4
# a base model continues the prompt pattern: stop where it would start the next question or source list
STOP_SEQUENCES = ["\nQuestion:", "\n问题：", "<end_of_turn>"]
# transient failures worth another attempt (connection, timeout, 429, 5xx) — never a 4xx the request caused
RETRYABLE = (openai.APIConnectionError, openai.RateLimitError, openai.InternalServerError)
RETRY_BACKOFF_SECONDS = 0.5  # first wait between attempts; doubles each time
RETRY_BACKOFF_MAX_SECONDS = 4.0  # longest wait between attempts


class LLMUnavailable(Exception):
    pass


class LLMTimeout(LLMUnavailable):
    """A deadline passed; ``text`` is what had arrived by then."""

    def __init__(self, what: str, text: str = "") -> None:
        super().__init__(f"{what} deadline passed")
        self.text = text


class LLMAnswerer:
    def __init__(self, settings: Settings, embedder: Embedder, lexicon: LazyLexicon | None = None) -> None:
        """``lexicon``: the assistant's bilingual lexicon, which lets verification bind facts across languages."""
        self.settings = settings
        self.embedder = embedder
        self.lexicon = lexicon
        # retries are the pump's own (``_attempts``), so an abandoned call never retries past its deadline
        self.chat = self._client(settings.llm_max_tokens, 0, settings.llm_timeout, STOP_SEQUENCES)
        self.condense_chat = self._client(settings.llm_condense_max_tokens, 0, settings.llm_condense_seconds, ["\n"])

    def _client(self, max_tokens: int, retries: int, timeout: float, stop: list[str]):
        from langchain_openai import ChatOpenAI

        s = self.settings
        key = s.llm_api_key.get_secret_value() if s.llm_api_key else "not-needed"
        # langchain-openai 1.x sends max_tokens as max_completion_tokens; llama.cpp reads only max_tokens
        extra = {"max_tokens": max_tokens} if s.llm_send_max_tokens else None
        return ChatOpenAI(model=s.llm_model, base_url=s.llm_base_url, api_key=key, timeout=timeout,
                          max_retries=retries, temperature=s.llm_temperature, max_tokens=max_tokens,
                          extra_body=extra, stop=stop)

    # --- follow-ups ------------------------------------------------------------
    def condense(self, question: str, history: list[Turn], lang: str) -> str | None:
        """The follow-up rewritten as a standalone question, or None (on failure or past its deadline)."""
        turns = "\n".join(f"{turn.role}: {turn.content}" for turn in history[-4:])
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="llm-condense")
        future = pool.submit(self.condense_chat.invoke, prompt(lang, "condense", history=turns, question=question))
        try:
            reply = future.result(timeout=self.settings.llm_condense_seconds)
        except FutureTimeout:
            log.warning("condense step passed its %.1f s deadline", self.settings.llm_condense_seconds)
            return None
        except Exception as exc:  # the edge: any client failure means "keep the question as asked"
            log.warning("condense step failed: %s", exc)
            return None
        finally:
            pool.shutdown(wait=False, cancel_futures=True)
        content = str(reply.content).strip()
        text = verify.strip_echo(content.splitlines()[0] if content else "")[0].strip()
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
        """Yields the model's text as it arrives; returns the verified Answer (which may retract some of it)."""
        sources = self.sources(retrieval)
        started = time.perf_counter()
        timings: dict[str, float] = {}
        text, truncated = "", False
        try:
            for delta in self._bounded(self.messages(info, sources), started, timings):
                text += delta
                yield Delta(delta)
        except LLMTimeout as exc:
            if not exc.text.strip() or "first" in str(exc):
                log.warning("LLM call failed: %s", exc)
                return self._fallback(info, fallback, "timeout", bool(text), timings)
            text, truncated = exc.text, True  # past the total deadline: verify the complete sentences received
        except Exception as exc:  # the edge: every client failure becomes the extractive answer + notice
            log.warning("LLM call failed: %s", exc, exc_info=log.isEnabledFor(logging.DEBUG))
            return self._fallback(info, fallback, _reason(exc), bool(text), timings)
        timings["llm_total"] = _ms(started)
        result = self._finish(info, text, sources, retrieval, fallback, truncated)
        result.timings_ms.update(timings)
        return result

    def _bounded(self, messages, started: float, timings: dict[str, float]) -> Iterator[str]:
        """Deltas of one streamed reply; LLMTimeout at the first-token or total deadline, tokens or not."""
        inbox: queue.Queue = queue.Queue()
        stop = threading.Event()
        threading.Thread(target=self._pump, args=(messages, inbox, stop), daemon=True, name="llm-stream").start()
        first_deadline = started + min(self.settings.llm_first_token_seconds, self.settings.llm_total_seconds)
        total_deadline = started + self.settings.llm_total_seconds
        text = ""
        try:
            while True:
                deadline = total_deadline if text else first_deadline
                try:
                    kind, value = inbox.get(timeout=max(0.0, deadline - time.perf_counter()))
                except queue.Empty:
                    raise LLMTimeout("total" if text else "first-token", text) from None
                if kind == "end":
                    return
                if kind == "error":
                    raise value
                if value and not text:
                    timings["llm_first_token"] = _ms(started)
                text += value
                if value:
                    yield value
                if time.perf_counter() > total_deadline:
                    raise LLMTimeout("total", text)
        finally:
            stop.set()  # the worker stops reading (and closes the stream) at its next chunk

    def _pump(self, messages, inbox: queue.Queue, stop: threading.Event) -> None:
        sent = threading.Event()  # a retry after the first token would repeat text the reader has shown
        try:
            for attempt in self._attempts(stop, sent):
                with attempt:
                    for piece in self.chat.stream(messages):
                        if stop.is_set():
                            return
                        sent.set()
                        inbox.put(("delta", piece.content if isinstance(piece.content, str) else ""))
            if not stop.is_set():
                inbox.put(("end", None))
        except Exception as exc:  # handed to the reading loop, which translates it
            inbox.put(("error", exc))

    def _attempts(self, stop: threading.Event, sent: threading.Event) -> Retrying:
        """Retries of a transient failure before the first token; none once the reader has given up (``stop``)."""
        def retryable(state: RetryCallState) -> bool:
            exc = state.outcome.exception() if state.outcome else None
            return isinstance(exc, RETRYABLE) and not sent.is_set() and not stop.is_set()

        return Retrying(stop=stop_after_attempt(self.settings.llm_retries + 1), retry=retryable, reraise=True,
                        wait=wait_exponential(multiplier=RETRY_BACKOFF_SECONDS, max=RETRY_BACKOFF_MAX_SECONDS),
                        sleep=lambda seconds: _nap(stop, seconds))

    # --- verification ----------------------------------------------------------
    def _finish(self, info: QuestionInfo, text: str, sources: list[Hit], retrieval: Retrieval, fallback: Answer,
                truncated: bool = False) -> Answer:
        refusal = message(info.lang, "refusal")
        if not text.strip():
            return self._fallback(info, fallback, "empty reply", False, {})
        if refusal[:12] in text or (fallback.abstained and not parse_markers(text)):
            return fallback.model_copy(update={"mode": "llm", "verification": Verification(
                drafted=1, fell_back=True, reason="model refused")})
        unechoed, echoes = verify.strip_echo(text)
        cleaned, dropped = clean_markers(unechoed, set(range(1, len(sources) + 1)))
        sentences = verify.cited_sentences(cleaned)
        if truncated and sentences and not parse_markers(sentences[-1]):
            sentences = sentences[:-1]  # cut off at the deadline mid-sentence
        kept, removed = self._verify(sentences, sources, retrieval)
        removed = [RemovedSentence(sentence="(prompt echo)", reason="echo")] * min(echoes, 1) + removed
        report = Verification(drafted=len(sentences) + min(echoes, 1), kept=len(kept), removed=removed,
                              retracted=bool(removed))
        if not parse_markers(cleaned) and not kept:
            notice = message(info.lang, "no_citations")
            return fallback.model_copy(update={"notices": fallback.notices + [notice], "verification":
                                               report.model_copy(update={"fell_back": True, "reason": "no citation"})})
        if not any(verify.substantial(s) for s in kept):
            notice = message(info.lang, "llm_unverified")
            return fallback.model_copy(update={"notices": fallback.notices + [notice], "verification":
                                               report.model_copy(update={"fell_back": True, "reason": "nothing verified"})})
        answer = (" " if info.lang == "en" else "").join(kept)
        cited = parse_markers(answer)
        notices = []
        if dropped:
            notices.append(message(info.lang, "dropped_citations", numbers=", ".join(map(str, dropped))))
        if removed:
            notices.append(message(info.lang, "llm_retracted", count=len(removed)))
        return Answer(question=info.text, language=info.lang, mode="llm", answer=answer, abstained=False,
                      citations=[self._cite(n, sources[n - 1], answer) for n in sorted(cited)], notices=notices,
                      dropped_citations=dropped, verification=report)

    def _verify(self, sentences: list[str], sources: list[Hit], retrieval: Retrieval):
        kept: list[str] = []
        removed: list[RemovedSentence] = []
        by_id = {h.chunk.id: h for h in retrieval.hits + sources}
        for sentence in sentences:
            if verify.is_prompt_echo(sentence):
                reason: str | None = "echo"
            else:
                numbers = [n for n in parse_markers(sentence) if 1 <= n <= len(sources)]
                evidence = [_evidence(sources[n - 1], by_id) for n in numbers]
                vector = self.embedder.query_vector(verify.bare(sentence)) if evidence and verify.bare(sentence) else None
                lexicon = self.lexicon.get() if self.lexicon else None
                reason = verify.check(sentence, evidence, vector, lexicon)
            if reason:
                removed.append(RemovedSentence(sentence=sentence, reason=reason))
            else:
                kept.append(sentence)
        return kept, removed

    def _cite(self, n: int, hit: Hit, answer: str):
        """The quote is the source sentence closest to the answer sentences citing it."""
        citing = " ".join(s for s in verify.cited_sentences(answer) if n in parse_markers(s)) or answer
        best = None
        if len(hit.stored.svecs):
            best = int((hit.stored.svecs @ self.embedder.query_vector(verify.bare(citing))).argmax())
        return make_citation(n, hit.stored, best)

    @staticmethod
    def _fallback(info: QuestionInfo, fallback: Answer, reason: str, retracted: bool,
                  timings: dict[str, float]) -> Answer:
        notice = message(info.lang, "llm_fallback", reason=reason)
        return fallback.model_copy(update={
            "notices": fallback.notices + [notice], "timings_ms": {**fallback.timings_ms, **timings},
            "verification": Verification(fell_back=True, reason=reason, retracted=retracted)})


def _evidence(hit: Hit, by_id: dict[str, Hit]) -> verify.Evidence:
    """A cited source with its other-language versions (when retrieval brought them along)."""
    parallel = [by_id[i] for i in hit.chunk.parallel if i in by_id]
    return verify.Evidence(text=hit.chunk.text, svecs=hit.stored.svecs, parallel=[p.chunk.text for p in parallel],
                           parallel_svecs=[p.stored.svecs for p in parallel])


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 3)


def _nap(stop: threading.Event, seconds: float) -> None:
    """The wait between attempts, cut short when the reader gives up."""
    stop.wait(seconds)


def _reason(exc: Exception) -> str:
    name = type(exc).__name__
    if "Timeout" in name or "timed out" in str(exc).lower():
        return "timeout"
    status = getattr(exc, "status_code", None)
    return f"HTTP {status}" if status else name
