"""Cite: build citations from retrieved sentences; parse and check the markers an LLM writes."""
from __future__ import annotations

import re

import numpy as np

from rag.markers import MARKER, format_marker, marker_numbers, parse_markers, strip_markers
from rag.store.docstore import StoredChunk
from rag.text import lexical_tokens, split_sentences
from rag.types import Citation, ParallelText, Source



def make_citation(n: int, stored: StoredChunk, sentence: int | None, parallel: StoredChunk | None = None,
                  first_sentence: int | None = None) -> Citation:
    """Citation of sentence ``sentence`` (from ``first_sentence`` when the quote needs the one before)."""
    chunk = stored.chunk
    if sentence is None or not stored.sentences:
        start, end = 0, len(chunk.text)
    else:
        start = stored.sentences[first_sentence if first_sentence is not None else sentence][0]
        end = stored.sentences[sentence][1]
    return Citation(
        n=n, chunk_id=chunk.id, title=chunk.title, lang=chunk.lang, text=chunk.text,
        sources=[Source(file=o.file, paragraph=o.paragraph) for o in chunk.occurrences],
        quote=chunk.text[start:end], start=start, end=end,
        parallel=ParallelText(lang=parallel.chunk.lang, text=parallel.chunk.text, chunk_id=parallel.chunk.id)
        if parallel else None,
    )


def clean_markers(text: str, allowed: set[int]) -> tuple[str, list[int]]:
    """Keep markers whose ids were given (1..n), rewrite them as [n]; drop the others. ``[0]`` is never valid."""
    dropped: list[int] = []

    def repl(match: re.Match) -> str:
        numbers = marker_numbers(match)
        kept = [n for n in numbers if n in allowed]
        dropped.extend(n for n in numbers if n not in allowed and n not in dropped)
        return format_marker(kept)

    return MARKER.sub(repl, text or ""), dropped


def answer_sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def is_supported(sentence: str, sources: list[StoredChunk], vector: np.ndarray | None,
                 source_vectors: list[np.ndarray]) -> bool:
    """A sentence is supported when its terms overlap a cited source or it is close to one of its sentences."""
    bare = strip_markers(sentence)
    terms = set(lexical_tokens(bare))
    if not terms:
        return True
    for stored in sources:
        overlap = len(terms & set(lexical_tokens(stored.chunk.text))) / len(terms)
        if overlap >= 0.5:
            return True
    if vector is not None:
        for svecs in source_vectors:
            if len(svecs) and float((svecs @ vector).max()) >= 0.86:
                return True
    return False
