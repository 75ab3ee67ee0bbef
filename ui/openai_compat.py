"""OpenAI-compatible chat: ``POST /v1/chat/completions`` and ``GET /v1/models`` in OpenAI's wire format.

The last user message is the question, earlier user/assistant turns the history (system and tool
messages are ignored: the assistant answers only from its documents). The answer text keeps its ``[n]``
markers; the references and the whole answer object travel in extra fields (``references``, ``anso``) of
the completion, or of the final chunk when streaming. Streamed text is the final answer's text — in LLM
mode the answer is verified (unsupported sentences removed) before anything is sent, so a client never
shows text the answer later withdrew.
"""
from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from rag.settings import Settings
from rag.types import Answer, Delta, Mode, Turn
from ui.strings import api_message

TURN_CHARS = 20000  # longest earlier turn kept as history (Turn's limit); the question has its own limit
ROLES_KEPT = ("user", "assistant")


class TextPart(BaseModel):
    model_config = ConfigDict(extra="allow")
    type: str
    text: str | None = None


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="allow")
    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str | list[TextPart] | None = None

    def text(self) -> str:
        if isinstance(self.content, list):
            return "\n".join(part.text or "" for part in self.content if part.type in ("text", "input_text"))
        return self.content or ""


class StreamOptions(BaseModel):
    model_config = ConfigDict(extra="allow")
    include_usage: bool = False


class ChatRequest(BaseModel):
    """The fields we use; the rest of OpenAI's request (temperature, max_tokens, …) is accepted and ignored."""

    model_config = ConfigDict(extra="allow")
    model: str = Field(..., description="A model id from GET /v1/models.")
    messages: list[ChatMessage] = Field(..., min_length=1,
                                        description="The conversation; the last one is the user's question.")
    stream: bool = False
    stream_options: StreamOptions | None = None
    n: int = 1


class RequestProblem(ValueError):
    """A request OpenAI would refuse with 400 (or 404 for an unknown model); ``message`` is for the user."""

    def __init__(self, message: str, param: str | None = None, code: str | None = None, status: int = 400) -> None:
        super().__init__(message)
        self.param, self.code, self.status = param, code, status


def model_ids(settings: Settings) -> dict[str, Mode | None]:
    """Model id → answering mode (None: the configured one)."""
    ids: dict[str, Mode | None] = {settings.api_model: None, f"{settings.api_model}-extractive": "extractive"}
    if settings.llm_configured:
        ids[f"{settings.api_model}-llm"] = "llm"
    return ids


def models_list(settings: Settings, created: int) -> dict:
    return {"object": "list", "data": [{"id": name, "object": "model", "created": created, "owned_by": "anso"}
                                       for name in model_ids(settings)]}


def conversation(request: ChatRequest, settings: Settings, lang: str) -> tuple[str, list[Turn], Mode | None]:
    """(question, history, mode) of a request, or RequestProblem."""
    modes = model_ids(settings)
    if request.model not in modes:
        raise RequestProblem(api_message(lang, "unknown_model", model=request.model[:100]), "model",
                             "model_not_found", 404)
    if request.n != 1:
        raise RequestProblem(api_message(lang, "one_choice"), "n")
    last = request.messages[-1]
    if last.role != "user" or not last.text().strip():
        raise RequestProblem(api_message(lang, "no_question"), "messages")
    history = [Turn(role=m.role, content=m.text()[:TURN_CHARS]) for m in request.messages[:-1]
               if m.role in ROLES_KEPT and m.text().strip()]
    return last.text(), history, modes[request.model]


def references(answer: Answer) -> list[dict]:
    """The cited sources, one per ``[n]`` marker of the answer text."""
    out = []
    for c in answer.citations:
        first = c.sources[0] if c.sources else None
        out.append({"n": c.n, "chunk_id": c.chunk_id, "title": c.title, "file": first.file if first else None,
                    "paragraph": first.paragraph if first else None,
                    "sources": [s.model_dump() for s in c.sources], "quote": c.quote, "language": c.lang,
                    "parallel": c.parallel.model_dump() if c.parallel else None})
    return out


def usage(question: str, answer_text: str) -> dict:
    """Token counts (cl100k) in OpenAI's usage shape."""
    from rag.text import count_tokens

    prompt, completion = count_tokens(question), count_tokens(answer_text)
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


class Completion:
    """One response's id, time and model, and the objects built from them."""

    def __init__(self, model: str) -> None:
        self.id = f"chatcmpl-{uuid.uuid4().hex}"
        self.created = int(time.time())
        self.model = model

    def whole(self, question: str, answer: Answer) -> dict:
        return {"id": self.id, "object": "chat.completion", "created": self.created, "model": self.model,
                "system_fingerprint": None,
                "choices": [{"index": 0, "message": {"role": "assistant", "content": answer.answer, "refusal": None},
                             "logprobs": None, "finish_reason": "stop"}],
                "usage": usage(question, answer.answer),
                "references": references(answer), "anso": answer.model_dump(mode="json")}

    def chunk(self, delta: dict, finish: str | None = None, **extra: Any) -> dict:
        return {"id": self.id, "object": "chat.completion.chunk", "created": self.created, "model": self.model,
                "system_fingerprint": None,
                "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}], **extra}

    def stream(self, question: str, events: Iterator[Delta | Answer], piece_chars: int,
               include_usage: bool) -> Iterator[str]:
        """Server-sent events: the role, the final answer's text in pieces, a last chunk with the
        references, optionally a usage chunk, then ``[DONE]``."""
        yield sse(self.chunk({"role": "assistant", "content": ""}))
        answer = next(event for event in events if isinstance(event, Answer))
        for piece in pieces(answer.answer, piece_chars):
            yield sse(self.chunk({"content": piece}))
        yield sse(self.chunk({}, "stop", references=references(answer), anso=answer.model_dump(mode="json")))
        if include_usage:
            last = self.chunk({}, None, usage=usage(question, answer.answer))
            last["choices"] = []
            yield sse(last)
        yield "data: [DONE]\n\n"


def pieces(text: str, size: int) -> Iterator[str]:
    """``text`` cut into pieces of at most ``size`` characters, preferably after a space or a CJK stop."""
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = max(text.rfind(" ", start, end), *(text.rfind(p, start, end) for p in "。，；！？"))
            end = cut + 1 if cut > start else end
        yield text[start:end]
        start = end


def sse(payload: dict, event: str | None = None) -> str:
    head = f"event: {event}\n" if event else ""
    return f"{head}data: {json.dumps(payload, ensure_ascii=False)}\n\n"


def error_body(message: str, kind: str, param: str | None = None, code: str | None = None) -> dict:
    """OpenAI's error object."""
    return {"error": {"message": message, "type": kind, "param": param, "code": code}}
