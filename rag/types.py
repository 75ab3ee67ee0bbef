"""Shared types: the only definitions of Chunk, Citation and Answer."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

from pydantic import BaseModel, Field

Lang = Literal["zh", "en"]
Mode = Literal["extractive", "llm"]  # how an answer is produced
ModeSetting = Literal["auto", "extractive", "llm"]  # 'auto': llm when one is configured, else extractive
RetrieverName = Literal["hybrid", "dense", "bm25"]
Role = Literal["user", "assistant"]
LANGS: tuple[Lang, ...] = get_args(Lang)
MODES: tuple[Mode, ...] = get_args(Mode)
RETRIEVERS: tuple[RetrieverName, ...] = get_args(RetrieverName)


class Turn(BaseModel):
    """One earlier message of the conversation."""

    role: Role
    content: str = Field(max_length=20000)


def as_turns(history: list[Turn] | list[dict] | None) -> list[Turn]:
    """Turns from typed turns or ``{role, content}`` dicts (raises pydantic's ValidationError on bad input)."""
    return [turn if isinstance(turn, Turn) else Turn.model_validate(turn) for turn in history or []]


@dataclass(frozen=True)
class Delta:
    """A piece of streamed answer text (LLM mode); the stream ends with the final ``Answer``."""

    text: str


class Occurrence(BaseModel):
    """Where a chunk's text stands in one source file: ``source_text[start:end] == chunk.text``."""

    file: str
    paragraph: int = Field(description="1-based paragraph number in the cleaned file")
    sentences: tuple[int, int] = Field(description="1-based sentence range within the paragraph, inclusive")
    start: int
    end: int
    title: str = ""


class Chunk(BaseModel):
    id: str
    text: str
    lang: Lang
    kind: Literal["body", "heading", "meta"] = "body"
    doc_id: str
    title: str = ""
    published: str | None = None
    source_org: str | None = None
    occurrences: list[Occurrence] = Field(default_factory=list)
    parallel: list[str] = Field(default_factory=list, description="ids of chunks saying the same in the other language")

    @property
    def first(self) -> Occurrence:
        return self.occurrences[0]


class ParallelText(BaseModel):
    lang: Lang
    text: str
    chunk_id: str | None = None


class Source(BaseModel):
    file: str
    paragraph: int


class Citation(BaseModel):
    n: int
    chunk_id: str
    title: str
    sources: list[Source]
    lang: Lang
    text: str = Field(description="the whole source chunk")
    quote: str = Field(description="the supporting sentence")
    start: int = Field(description="offset of the quote inside text")
    end: int
    parallel: ParallelText | None = None
    supported: bool = True


class Answer(BaseModel):
    question: str
    language: Lang
    mode: Mode
    answer: str
    abstained: bool
    citations: list[Citation] = Field(default_factory=list)
    nearest: list[Citation] = Field(default_factory=list, description="closest passages shown when abstaining")
    notices: list[str] = Field(default_factory=list)
    unsupported: list[str] = Field(default_factory=list,
                                   description="answer sentences not supported by their cited source")
    dropped_citations: list[int] = Field(default_factory=list)
    timings_ms: dict[str, float] = Field(default_factory=dict)
    retrieved: list[str] = Field(default_factory=list,
                                 description="ids of the ranked chunks the answer was built from, best first")
