"""What the page and the HTTP API share: the services built once from settings, question checks, answering.

The live index and its assistant are held behind a lock and can be swapped while requests run: a request
takes the current pair once (``lease``) and finishes on it; a retired index is closed when its last request
is done. Rebuilds, upload ingests and deletes build beside the live index (``ingest.rebuild``) and swap here."""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pydantic import BaseModel, Field, field_validator

from rag.chain import Assistant
from rag.prompts import message
from rag.questions import analyse
from rag.settings import Settings
from rag.store.index import Index
from rag.store.vectorstore import VectorStoreUnavailable
from rag.types import Answer, Delta, Mode, Turn
from ui.feedback import FeedbackStore
from ui.limits import RateLimiter
from ui.strings import t

log = logging.getLogger(__name__)

RETIRE_GRACE_SECONDS = 5.0  # a retired index stays open this long after its last leased request (unleased readers)
POINTER_CHECK_SECONDS = 2.0  # how often the live-index pointer is re-read (another process may have rebuilt)


class _Generation:
    """One live index with its assistant, and how many requests are using it."""

    def __init__(self, name: str | None, index: Index, assistant: Assistant) -> None:
        self.name, self.index, self.assistant = name, index, assistant
        self.users = 0
        self.retired = False
        self.closed = False


class Services:
    """Everything the app shares between users, built once from settings."""

    def __init__(self, settings: Settings, index: Index, assistant: Assistant, feedback: FeedbackStore,
                 limiter: RateLimiter, name: str | None = None) -> None:
        from ingest.rebuild import read_pointer

        self.settings, self.feedback, self.limiter = settings, feedback, limiter
        self.write_lock = threading.Lock()  # one rebuild / ingest / delete at a time
        self._lock = threading.Lock()
        self._current = _Generation(name if name is not None else read_pointer(settings.data_dir), index, assistant)
        self._checked = time.monotonic()

    @classmethod
    def build(cls, settings: Settings, index: Index | None = None) -> Services:
        from ingest.rebuild import open_live_index

        index = index or open_live_index(settings)
        return cls(settings, index, Assistant(settings, index), FeedbackStore(settings.data_dir),
                   RateLimiter(settings.rate_limit_per_minute))

    @property
    def index(self) -> Index:
        return self._live().index

    @property
    def assistant(self) -> Assistant:
        return self._live().assistant

    @contextmanager
    def lease(self) -> Iterator[Assistant]:
        """The current assistant, kept open until the block ends even if a new index goes live meanwhile."""
        generation = self._live()
        with self._lock:
            generation.users += 1
        try:
            yield generation.assistant
        finally:
            with self._lock:
                generation.users -= 1
                idle = generation.retired and generation.users == 0
            if idle:
                self._close_later(generation)

    def swap(self, index: Index, name: str | None) -> None:
        """Make ``index`` live; the old one finishes its requests and is closed after."""
        new = _Generation(name, index, Assistant(self.settings, index, self._current.assistant.lexicon))
        with self._lock:
            old, self._current = self._current, new
            old.retired = True
            idle = old.users == 0
        if idle:
            self._close_later(old)

    def _live(self) -> _Generation:
        """The current generation; follows the pointer when another process (`anso index rebuild`) moved it."""
        now = time.monotonic()
        if now - self._checked >= POINTER_CHECK_SECONDS and not self.write_lock.locked():
            self._checked = now
            self._follow_pointer()
        return self._current

    def _follow_pointer(self) -> None:
        from ingest.rebuild import index_settings, read_pointer

        name = read_pointer(self.settings.data_dir)
        if name == self._current.name:
            return
        with self.write_lock:
            if name != self._current.name:
                log.info("the live index moved to %s (rebuilt by another process); switching", name)
                self.swap(Index(index_settings(self.settings, name), embedder=self._current.index.embedder), name)

    def _close_later(self, generation: _Generation) -> None:
        def close() -> None:
            with self._lock:
                if generation.users or generation.closed:
                    return
                generation.closed = True
            generation.index.close()
            close_client = getattr(getattr(generation.index.vectors, "client", None), "close", None)
            if close_client is not None:  # chromadb ≥ 1.1: releases the retired index's Chroma system
                close_client()

        timer = threading.Timer(RETIRE_GRACE_SECONDS, close)
        timer.daemon = True
        timer.start()

    def rebuild(self, change, on_progress=None):
        """Build beside the live index (``ingest.rebuild.Change``), make it live, swap; returns the build."""
        from ingest.rebuild import build_beside, make_live

        with self.write_lock:
            built = build_beside(self.settings, change, embedder=self._current.index.embedder, on_progress=on_progress)
            make_live(self.settings, built.name)
            self.swap(built.index, built.name)
            self._checked = time.monotonic()
        return built


class AskRequest(BaseModel):
    question: str = Field(..., description="The question, in Chinese or English.")
    history: list[Turn] | None = Field(
        None, description="Earlier turns as [{role, content}], or as [[question, answer], …] pairs.")
    mode: Mode | None = Field(None, description="extractive | llm (default: llm when configured).")
    stream: bool = Field(False, description="Answer as server-sent events: 'delta' events, then one 'answer' event.")

    @field_validator("history", mode="before")
    @classmethod
    def _pairs_to_turns(cls, value):
        """``[[q, a], …]`` pairs (the older chat format) become user/assistant turns."""
        if not isinstance(value, list):
            return value
        turns: list = []
        for item in value:
            if isinstance(item, (list, tuple)):
                if len(item) != 2 or not all(isinstance(x, str) or x is None for x in item):
                    raise ValueError("each history pair must be [question, answer] (two strings)")
                question, answer = item
                turns.append({"role": "user", "content": question or ""})
                if answer:
                    turns.append({"role": "assistant", "content": answer})
            else:
                turns.append(item)
        return turns


def check_question(services: Services, question: str, client: str, *, mode: str | None = None) -> str:
    """The stripped question, or a ValueError whose message is for the user (in their language)."""
    question = (question or "").replace("\x00", "").strip()
    lang = analyse(question).lang if question else "en"
    if not question:
        raise ValueError(message(lang, "empty_question"))
    limit = services.settings.max_question_chars
    if len(question) > limit:
        raise ValueError(message(lang, "too_long", length=len(question), limit=limit))
    check_mode(services, mode, lang)
    if not services.limiter.allow(client):
        raise PermissionError(t(lang, "rate_limited"))
    return question


def check_mode(services: Services, mode: str | None, lang: str) -> None:
    """A ValueError (for the user, in their language) when the LLM is asked for but none is configured."""
    if mode == "llm" and not services.settings.llm_configured:
        raise ValueError(t(lang, "llm_not_configured"))


def answer_question(services: Services, question: str, *, history: list[Turn] | None = None,
                    mode: Mode | None = None) -> Answer:
    final = None
    for event in stream_answer(services, question, history=history, mode=mode):
        final = event
    assert isinstance(final, Answer)
    return final


def stream_answer(services: Services, question: str, *, history: list[Turn] | None = None,
                  mode: Mode | None = None) -> Iterator[Delta | Answer]:
    """The chain's stream (``Delta`` pieces in LLM mode, then the ``Answer``) from the live assistant, leased
    for the whole stream; abstentions are logged, an unreachable vector store becomes an abstaining answer
    that says so."""
    check_mode(services, mode, analyse(question).lang)
    try:
        with services.lease() as assistant:
            for event in assistant.stream(question, history=history, mode=mode):
                if isinstance(event, Answer) and event.abstained:
                    services.feedback.log_unanswered(question, event.language, event.mode)
                yield event
    except VectorStoreUnavailable as exc:
        lang = analyse(question).lang
        yield Answer(question=question, language=lang, mode="extractive", abstained=True,
                     answer=message(lang, "store_unavailable", reason="vector store"), notices=[str(exc)])


def uploads_dir(settings: Settings) -> Path:
    return settings.data_dir / "uploads"
