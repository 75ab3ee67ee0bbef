"""What the page and the HTTP API share: the services built once from settings, question checks, answering."""
from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

from pydantic import BaseModel, Field

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


@dataclass
class Services:
    """Everything the app shares between users, built once from settings."""

    settings: Settings
    index: Index
    assistant: Assistant
    feedback: FeedbackStore
    limiter: RateLimiter
    write_lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def build(cls, settings: Settings, index: Index | None = None) -> "Services":
        index = index or Index(settings)
        return cls(settings, index, Assistant(settings, index), FeedbackStore(settings.data_dir),
                   RateLimiter(settings.rate_limit_per_minute))


class AskRequest(BaseModel):
    question: str = Field(..., description="The question, in Chinese or English.")
    history: list[Turn] | None = Field(None, description="Earlier turns as [{role, content}].")
    mode: Mode | None = Field(None, description="extractive | llm (default: llm when configured).")
    stream: bool = Field(False, description="Answer as server-sent events: 'delta' events, then one 'answer' event.")


def check_question(services: Services, question: str, client: str) -> str:
    """The stripped question, or a ValueError whose message is for the user (in their language)."""
    question = (question or "").replace("\x00", "").strip()
    lang = analyse(question).lang if question else "en"
    if not question:
        raise ValueError(message(lang, "empty_question"))
    limit = services.settings.max_question_chars
    if len(question) > limit:
        raise ValueError(message(lang, "too_long", length=len(question), limit=limit))
    if not services.limiter.allow(client):
        raise PermissionError(t(lang, "rate_limited"))
    return question


def answer_question(services: Services, question: str, *, history: list[Turn] | None = None,
                    mode: Mode | None = None) -> Answer:
    final = None
    for event in stream_answer(services, question, history=history, mode=mode):
        final = event
    assert isinstance(final, Answer)
    return final


def stream_answer(services: Services, question: str, *, history: list[Turn] | None = None,
                  mode: Mode | None = None) -> Iterator[Delta | Answer]:
    """The chain's stream (``Delta`` pieces in LLM mode, then the ``Answer``); abstentions are logged, an
    unreachable vector store becomes an abstaining answer that says so."""
    try:
        for event in services.assistant.stream(question, history=history, mode=mode):
            if isinstance(event, Answer) and event.abstained:
                services.feedback.log_unanswered(question, event.language, event.mode)
            yield event
    except VectorStoreUnavailable as exc:
        lang = analyse(question).lang
        yield Answer(question=question, language=lang, mode="extractive", abstained=True,
                     answer=message(lang, "store_unavailable", reason="vector store"), notices=[str(exc)])
