"""The one citation-marker grammar: ``[1]``, ``[1, 2]``, ``[1][2]``, ``【1】``, ``【1，2】``.

Answer texts, the LLM's replies, the page and the harness all read markers through this module."""
from __future__ import annotations

import re

_NUMBERS = r"\s*\d+(?:\s*[,，、]\s*\d+)*\s*"
MARKER = re.compile(rf"\[({_NUMBERS})\]|【({_NUMBERS})】")
_SEPARATOR = re.compile(r"[,，、]")
MAX_MARKER_DIGITS = 6  # a longer number is not a citation id


def marker_numbers(match: re.Match) -> list[int]:
    """The citation numbers inside one ``MARKER`` match."""
    parts = (p.strip() for p in _SEPARATOR.split(match.group(1) or match.group(2)))
    return [int(p) for p in parts if p.isdigit() and len(p) <= MAX_MARKER_DIGITS]


def parse_markers(text: str) -> list[int]:
    """Every citation number in ``text``, in order of appearance (duplicates kept once). Never raises."""
    found: list[int] = []
    for match in MARKER.finditer(text or ""):
        found.extend(n for n in marker_numbers(match) if n not in found)
    return found


def strip_markers(text: str) -> str:
    """``text`` without its citation markers (and the spaces before them)."""
    return re.sub(rf"\s*(?:{MARKER.pattern})", "", text or "")


def format_marker(numbers: list[int]) -> str:
    return "".join(f"[{n}]" for n in numbers)
