"""Values a source replaces: "in 2027 instead of 2026", "moved the meeting from October to December", 由10月改为12月.

The old value is in the source, so the fact check passes a sentence stating it as the fact ("the next school will be
held in 2026", 年会仍于10月举行). Here the values a source states only as replaced — after "instead of", "rather
than", 而非, 不再, or as the "from" of a move, postponement or change (not of a rise or fall: "up from 15" is still
a true past figure) — are found; a sentence stating one of them, without the value that replaced it and without
speaking of the change itself ("originally", 原定, "postponed"), states what the source has withdrawn.
"""
from __future__ import annotations

import re
from collections.abc import Callable

_VALUE = r"([^,.;，。；]{1,25}?)"
REPLACED = [
    re.compile(rf"\b(?:instead of|rather than|in place of)\s+(?:in\s+|on\s+|at\s+|the\s+)?{_VALUE}"
               r"(?=[,.;)]|\s+(?:because|as|due|and|but)\b|$)", re.IGNORECASE),
    re.compile(rf"\b(?:move[sd]?|moving|postpone[sd]?|postponing|reschedule[sd]?|rescheduling|shift(?:s|ed)?|"
               rf"brought forward|bring forward|change[sd]?|changing|delay(?:s|ed)?)\b[^.;]{{0,80}}?\bfrom\s+"
               rf"{_VALUE}\s+(?:to|until|till)\b", re.IGNORECASE),
    re.compile(rf"(?:由|从){_VALUE}(?:改为|改到|改至|调整为|调整至|调整到|推迟至|推迟到|延期至|延至|提前至|提前到|变更为)"),
    re.compile(rf"而非{_VALUE}(?=[,.;，。；)）]|$)"),
]
# a sentence speaking of the change itself may name the old value ("originally planned for October")
SPEAKS_OF_CHANGE = re.compile(
    r"\b(?:instead|rather|originally|previously|initially|formerly|postpone|move[sd]?|moving|reschedul|shift|"
    r"change[sd]?|delay|no longer|replac)\w*|"
    r"原定|原计划|原先|原来|改为|改到|改至|调整|推迟|延期|提前|而非|不再|取代|代替",
    re.IGNORECASE)


def replaced_values(text: str, values: Callable[[str], set[str]]) -> set[str]:
    """The values (``values``: numbers, normalised) the text states only as replaced: each is in a replaced span
    and nowhere else in the text."""
    spans = [m.span(1) for pattern in REPLACED for m in pattern.finditer(text)]
    if not spans:
        return set()
    old = set().union(*(values(text[a:b]) for a, b in spans))
    rest = text
    for a, b in sorted(spans, reverse=True):
        rest = rest[:a] + " " + rest[b:]
    return old - values(rest)


def stated_replaced(sentence: str, sources: list[str], values: Callable[[str], set[str]]) -> str | None:
    """"fact: replaced <value>" when the sentence states as the fact a value every source states only as replaced,
    else None."""
    if SPEAKS_OF_CHANGE.search(sentence):
        return None
    stated = values(sentence)
    replaced = [replaced_values(s, values) for s in sources]
    current = set().union(*(values(s) for s in sources)) if sources else set()
    for value in sorted(stated):
        if value in current and all(value in r or value not in values(s)
                                    for r, s in zip(replaced, sources, strict=True)):
            return f"fact: replaced {value}"
    return None
