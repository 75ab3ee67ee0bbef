"""Split: paragraphs → chunks within a token budget, cut at sentence ends, offsets kept exact."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from ingest.clean import CleanDoc
from rag.text import count_tokens, split_sentences
from rag.types import Chunk, Occurrence

_CLAUSE = re.compile(r"[，,、：:（(]")
# A sentence up to this many chunk budgets stays whole, as a chunk of its own: a Chinese official sentence runs to
# 200 characters (习近平主席在贺信中指出……并强调希望……培养创新创业人才……), and cut at a comma its second half holds the
# answers while only the first names what they are about. Longer sentences are cut at clause marks. Two budgets of
# the default 160 tokens stay well inside what the embedder reads (512 of its tokens).
WHOLE_SENTENCE_BUDGETS = 2
# The version of the reading and splitting rules: it is part of each file's stored fingerprint (with the chunk
# budget), so a file read or split under other rules or another budget is read again by the next ingest. Bump it
# when reading (ingest/load.py, ingest/clean.py) or splitting changes.
SPLIT_RULES = "2026-11-table-rows"


@dataclass
class SplitChunk:
    chunk: Chunk
    sentences: list[tuple[int, int]]  # sentence spans relative to chunk.text


def chunk_id(lang: str, text: str) -> str:
    return hashlib.sha1(f"{lang}\x00{text}".encode()).hexdigest()[:20]


def split_document(doc: CleanDoc, file: str, doc_id: str, budget: int) -> list[SplitChunk]:
    out: list[SplitChunk] = []
    for paragraph in doc.paragraphs:
        for (s_from, s_to), pieces in _pack(paragraph.text, budget):
            start = paragraph.start + pieces[0][0]
            end = paragraph.start + pieces[-1][1]
            text = doc.text[start:end]
            occurrence = Occurrence(file=file, paragraph=paragraph.number, sentences=(s_from, s_to),
                                    start=start, end=end, title=paragraph.heading)
            chunk = Chunk(id=chunk_id(paragraph.lang, text), text=text, lang=paragraph.lang, kind=paragraph.kind,
                          doc_id=doc_id, title=paragraph.heading, published=doc.published,
                          source_org=doc.source_org, occurrences=[occurrence])
            base = pieces[0][0]
            out.append(SplitChunk(chunk, [(s - base, e - base) for s, e in pieces]))
    return out


def file_fingerprint(content: bytes, budget: int) -> str:
    """The stored fingerprint of a file: its bytes and what else decides its chunks (the splitting rules and the chunk
    budget), so an unchanged file split under other rules is split again."""
    return hashlib.sha256(content + f"\x00split:{SPLIT_RULES}:{budget}".encode()).hexdigest()


def _pack(text: str, budget: int) -> list[tuple[tuple[int, int], list[tuple[int, int]]]]:
    """Greedy packing of sentence spans into groups under ``budget`` tokens.

    Returns ((first_sentence, last_sentence) 1-based, [spans]) per chunk; a sentence longer than the
    budget is a chunk of its own, and one longer than WHOLE_SENTENCE_BUDGETS budgets is cut at clause marks,
    then at the budget, each piece keeping the sentence's number.
    """
    groups: list[tuple[tuple[int, int], list[tuple[int, int]]]] = []
    current: list[tuple[int, int]] = []
    first = 1

    def flush() -> None:
        if current:
            groups.append(((first, first + len(current) - 1), list(current)))
            current.clear()

    for number, span in enumerate(split_sentences(text), 1):
        tokens = count_tokens(text[span[0]:span[1]])
        if tokens > budget:
            flush()
            whole = tokens <= WHOLE_SENTENCE_BUDGETS * budget
            groups.extend(((number, number), [piece]) for piece in ([span] if whole else _cut_long(text, span, budget)))
            continue
        if current and count_tokens(text[current[0][0]:span[1]]) > budget:
            flush()
        if not current:
            first = number
        current.append(span)
    flush()
    return groups


def _cut_long(text: str, span: tuple[int, int], budget: int) -> list[tuple[int, int]]:
    start, end = span
    pieces: list[tuple[int, int]] = []
    while start < end:
        stop = _fit(text, start, end, budget)
        pieces.append((start, stop))
        start = stop
        while start < end and text[start].isspace():
            start += 1
    return pieces


def _fit(text: str, start: int, end: int, budget: int) -> int:
    """Largest cut point ≤ end whose piece fits the budget, preferring a clause mark."""
    if count_tokens(text[start:end]) <= budget:
        return end
    lo, hi = start + 1, end
    while lo < hi:  # binary search on characters: the longest prefix within budget
        mid = (lo + hi + 1) // 2
        if count_tokens(text[start:mid]) <= budget:
            lo = mid
        else:
            hi = mid - 1
    limit = lo
    clauses = [m.end() for m in _CLAUSE.finditer(text, start, limit)]
    if clauses and clauses[-1] - start > (limit - start) // 3:
        return clauses[-1]
    spaces = [m.start() for m in re.finditer(r"\s", text[start:limit])]
    if spaces and spaces[-1] > (limit - start) // 3:
        return start + spaces[-1]
    return max(limit, start + 1)
