"""Lengths of time a sentence computes from a date range its source states: "a two-week course" for one held
"2026年10月12日（星期一）至23日（星期五）", "a four-day workshop" for "from Monday 23 to Thursday 26 March".

``rag.verify.missing_fact`` asks that every number of a sentence appear in its sources; a faithful summary may
give the length of a range instead of its ends. Such a number is excused only when the sentence states it as a
length of time (``rag.verify.durations``: a number with its unit) and a source range, counted inclusively, is
that many days, or that many weeks to the nearest week. Any other number is still a missing fact.
"""
from __future__ import annotations

import datetime
import re
import unicodedata

DAYS_PER_WEEK = 7
MIN_DAYS_FOR_WEEKS = 5  # a range of five days or more (Monday to Friday) may be called a week
DEFAULT_YEAR = 2001  # a year without 29 February, for ranges whose year is not stated
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
_ZH_WEEKDAY = r"(?:\s*[（(](?:星期|周)[一二三四五六日天][)）])?"
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# 10月12日（星期一）至23日, 3月30日至4月2日
ZH_RANGE = re.compile(rf"(\d{{1,2}})月(\d{{1,2}})日{_ZH_WEEKDAY}\s*(?:至|到|—|–|-|~)\s*(?:(\d{{1,2}})月)?(\d{{1,2}})日")
# "from Monday 23 to Thursday 26 March", "12 to 23 October"
EN_DAYS_MONTH = re.compile(rf"\b{_WEEKDAY}(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:to|until|till|–|-)\s+{_WEEKDAY}"
                           rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}", re.IGNORECASE)
# "October 12 to Friday, October 23", "Oct. 12 to 23"
EN_MONTH_DAYS = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?:to|until|till|–|-)\s+{_WEEKDAY}"
                           rf"(?:{_MONTH}\s+)?(\d{{1,2}})\b", re.IGNORECASE)
YEAR = re.compile(r"(?<!\d)(19|20)\d\d(?!\d)")


def range_days(text: str) -> set[int]:
    """The lengths in days, ends included, of the date ranges the text states."""
    norm = unicodedata.normalize("NFKC", text)
    year_match = YEAR.search(norm)
    year = int(year_match.group(0)) if year_match else DEFAULT_YEAR
    found = set()
    for m in ZH_RANGE.finditer(norm):
        found |= _length(year, int(m.group(1)), int(m.group(2)), int(m.group(3) or m.group(1)), int(m.group(4)))
    for m in EN_DAYS_MONTH.finditer(norm):
        month = _month(m.group(3))
        found |= _length(year, month, int(m.group(1)), month, int(m.group(2)))
    for m in EN_MONTH_DAYS.finditer(norm):
        first = _month(m.group(1))
        found |= _length(year, first, int(m.group(2)), _month(m.group(3)) if m.group(3) else first, int(m.group(4)))
    return found


def span_lengths(sentence: str, sources: list[str]) -> frozenset[str]:
    """The numbers of the sentence's lengths of time (in days or weeks) that a source range computes."""
    from rag.verify import durations

    stated = durations(sentence)
    if not stated:
        return frozenset()
    lengths: set[tuple[str, str]] = set()
    for days in set().union(*(range_days(s) for s in sources)):
        lengths.add((str(days), "day"))
        if days >= MIN_DAYS_FOR_WEEKS:
            lengths.add((str(max(1, round(days / DAYS_PER_WEEK))), "week"))
    return frozenset(value for value, unit in stated & lengths)


def _month(name: str) -> int:
    return next(i for i, full in enumerate(_MONTH_NAMES, 1) if full.startswith(name.lower().rstrip(".")[:3]))


def _length(year: int, first_month: int, first_day: int, last_month: int, last_day: int) -> set[int]:
    try:
        start = datetime.date(year, first_month, first_day)
        end = datetime.date(year, last_month, last_day)
    except ValueError:
        return set()  # no such day: not a date range
    days = (end - start).days + 1
    return {days} if days > 0 else set()
