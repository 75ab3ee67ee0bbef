"""A PDF page's extracted lines → paragraphs.

A PDF's text layer has one line per printed line and no blank line between paragraphs, so a page read as it
comes is one "paragraph" mixing headings, table rows and prose: citations point at a whole page and a heading
runs into the sentence after it. Here a printed line that fills the column continues on the next line (prose
wrapped by the layout); a shorter line — a paragraph's last line, a heading, a table row, a label — ends its
paragraph, and so does a line followed by a list item. Wrapped Latin lines are joined with a space (none after
a hyphen), Chinese ones directly. Paragraphs are separated by blank lines, which
``ingest.clean`` reads as paragraph breaks.
"""
from __future__ import annotations

import re
import unicodedata

FULL_LINE_SHARE = 0.8  # a line at least this share of the page's usual full width fills the column (it wraps)
FULL_WIDTH_PERCENTILE = 0.8  # the page's full width: this percentile of its line widths (a wide table row is rare)
MIN_LINES_TO_JOIN = 3  # a page with fewer lines has no layout to read: each line is its own paragraph
TERMINAL = tuple("。！？；.!?;:：”\"’」』)）")
_LIST_ITEM = re.compile(  # "- item", "• item", "1. item", "(a) item", "一、", "（二）"
    r"^\s*(?:[-–•●▪*·]\s|\(?\d{1,2}(?:[.)]\s|、)|\(?[a-zA-Z][.)]\s|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


def page_paragraphs(page: str) -> str:
    """The page's text with wrapped lines joined and paragraphs separated by a blank line."""
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    if len(lines) < MIN_LINES_TO_JOIN:
        return "\n\n".join(lines)
    full = _full_width(lines)
    paragraphs: list[str] = []
    current = ""
    for line, following in zip(lines, lines[1:] + [""], strict=True):
        current = _joined(current, line)
        if not _continues(line, following, full):
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs)


def display_width(text: str) -> int:
    """Columns a line takes: a Chinese (wide) character counts two."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def _full_width(lines: list[str]) -> float:
    widths = sorted(display_width(line) for line in lines)
    return widths[min(len(widths) - 1, int(FULL_WIDTH_PERCENTILE * len(widths)))]


def _continues(line: str, following: str, full: float) -> bool:
    """Whether the paragraph goes on past ``line``: it fills the column and the next line is no list item, nor
    a heading after a sentence's end (a short line without a sentence end of its own)."""
    if not following or display_width(line) < FULL_LINE_SHARE * full or _LIST_ITEM.match(following):
        return False
    heading_next = display_width(following) < FULL_LINE_SHARE * full and not following.endswith(TERMINAL)
    return not (line.endswith(TERMINAL) and heading_next)


def _joined(current: str, line: str) -> str:
    if not current:
        return line
    if current.endswith("-") and current[-2:-1].isalpha():
        return current + line  # "well-" + "known": the hyphen stays (a word split by the layout keeps one too)
    if _CJK.match(current[-1]) or _CJK.match(line[0]):
        return current + line
    return f"{current} {line}"
