"""Typed spans a short answer must keep whole: both ends of a range of numbers ("100–150 species", the final score
"20–18", "27-30%", "30 to 50 thousand"), and the time left on a clock ("3:08 left", 还剩 4 分 51 秒).

One end alone reads as a different fact: "150" species is not "100–150", and a final score of "20" is no score.
Pure text functions; the finders that call them live in ``rag.short_answer``."""

from __future__ import annotations

import re

# what joins the two ends of a range: a dash, a tilde, "to", 至 / 到 (a hyphen only between digits)
_RANGE_JOIN = r"\s*(?:–|—|~|～|－|-|to|至|到)\s*"
# an end of a range: digits, or a count written out ("five to ten years")
_RANGE_NUMBER = (r"\d(?:[\d,]*\d)?(?:\.\d+)?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                 r"fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b")
# the far end after the span: "–150", " to 50 thousand", "-30%"
_RANGE_AFTER = re.compile(rf"^{_RANGE_JOIN}(?-i:({_RANGE_NUMBER}))(?:\s*(?:%|percent|thousand|million|billion|万|亿))?"
                          r"(?![\d:：.,]\d)", re.I)
# the near end before the span: "100–", "27-", "30 to "
_RANGE_BEFORE = re.compile(rf"(?<![\d.,:：/-])(?-i:({_RANGE_NUMBER})){_RANGE_JOIN}$", re.I)
# "rose from 415,000 to 587,000", 从 5 增加到 8: a change between two values, not a range; each end is its own fact
_CHANGE_BEFORE = re.compile(r"(?:\bfrom|从|由)\s*$", re.I)
_WORD_END = re.compile(rf"(?:{_RANGE_NUMBER})$")  # a span ending on a count written out ("five")
_WORD_START = re.compile(rf"(?:{_RANGE_NUMBER})")
RANGE_LOOK_CHARS = 24  # how far before a span the near end of its range may start

# a time left or taken on a clock: "3:08" (not "3:08 p.m."), 3 分 08 秒, 17 秒
_CLOCK_TIME = re.compile(r"(?<![\d:：])\d{1,2}[:：]\d{2}(?![\d:：])(?!\s*[ap]\.?m\b)|"
                         r"(?<!\d)\d{1,2}\s*分(?:钟)?\s*\d{1,2}\s*秒|(?<![\d分])\d{1,3}\s*秒(?:钟)?", re.I)
# a question asking how much time was left, remained or was taken ("How much time was left …", 还剩多少时间)
TIME_LEFT_Q = re.compile(r"\bhow much time\b|多少时间|多长时间", re.I)


def whole_range(text: str, start: int, end: int, question: str) -> tuple[int, int]:
    """``(start, end)`` grown to the whole range the number at ``text[start:end]`` is one end of. A number the
    question itself states is never the other end ("When Denver led 24-10, …" asks about neither 24 nor 10), and
    "from A to B" is a change, not a range."""
    span = text[start:end]
    asked = set(re.findall(r"\d+", question))
    if span[-1:].isdigit() or _WORD_END.search(span):
        after = _RANGE_AFTER.match(text[end:])
        if after and not set(re.findall(r"\d+", after.group(1))) & asked and not _change(text, start) \
                and not _unlike(after.group(1), span):
            return start, end + after.end()
    if span[:1].isdigit() or _WORD_START.match(span):
        before = _RANGE_BEFORE.search(text[max(0, start - RANGE_LOOK_CHARS):start])
        if before and not set(re.findall(r"\d+", before.group(1))) & asked and not _unlike(before.group(1), span):
            near = start - len(before.group(0))
            if not _change(text, near):
                return near, end
    return start, end


_YEAR_LIKE = re.compile(r"(?:1\d|20)\d{2}")


def _unlike(end: str, span: str) -> bool:
    """One end is a year and the other is not ("declined from 1970 to 55.1%"): two facts, not a range."""
    first = re.search(r"[\d,.]+", span)
    return bool(_YEAR_LIKE.fullmatch(end)) != bool(first and _YEAR_LIKE.fullmatch(first.group(0)))


def _change(text: str, start: int) -> bool:
    return bool(_CHANGE_BEFORE.search(text[max(0, start - 8):start]))


def clock_times(text: str, question: str) -> list[re.Match]:
    """The clock times of ``text`` ("3:08", 4 分 51 秒) that the question does not itself state."""
    return [m for m in _CLOCK_TIME.finditer(text) if re.sub(r"\s", "", m.group(0)) not in re.sub(r"\s", "", question)]
