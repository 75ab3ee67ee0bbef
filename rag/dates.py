"""Dates bound to their year: "放牧试验于2025年3月启动" when the source started it in May 2025 and names March only
as a length ("三个月"). ``rag.verify`` checks that each number is stated somewhere in the source; this module checks
that a month the sentence dates in a year is dated in that year by the source too.

The sentence's months count only where they are written with their year ("March 2025", "10 March 2026", "March
10–12, 2026", 2025年3月, 2025-03-09); the source's count wherever a source sentence names both the month and the year
("between 1 September and 31 December 2026" dates September in 2026 too), so a faithful sentence is never flagged for
a date the source spreads over a range. English and Chinese alike, and across languages (the source's other-language
version is a source too).
"""
from __future__ import annotations

import re
import unicodedata

from rag.text import split_sentences

MONTH_NUMBERS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
     "december"], 1)}
_MONTH = (r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_YEAR = r"((?:19|20)\d\d)"
_ZH_NUMERAL = r"[\d零〇一二两三四五六七八九十]"
# "March 2025", "10 March 2026", "March 10, 2026", "March 10–12, 2026", "Mar. 2025"
EN_MONTH_YEAR = re.compile(rf"\b{_MONTH}\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?(?:\s*[–—-]\s*\d{{1,2}})?,?\s+)?{_YEAR}\b",
                           re.IGNORECASE)
ZH_YEAR_MONTH = re.compile(rf"((?:19|20)\d\d|[零〇一二三四五六七八九]{{4}})\s*年\s*({_ZH_NUMERAL}{{1,3}}?)\s*月")
ISO_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-/.](\d{1,2})[-/.]\d{1,2}(?!\d)")
# for the source's looser reading: any year and any month named in one sentence
ANY_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
EN_MONTH = re.compile(rf"\b{_MONTH}\b\.?", re.IGNORECASE)
ZH_MONTH = re.compile(rf"({_ZH_NUMERAL}{{1,3}}?)\s*月(?!份?\s*(?:以来|以内)|内)")
MONTHS_IN_YEAR = 12


def _month(word: str) -> int:
    word = word.lower()
    return next(n for name, n in MONTH_NUMBERS.items() if name.startswith(word[:3]))


def _number(numeral: str) -> int:
    from rag.verify import _value

    if len(numeral) == 4 and not numeral.isdigit():  # 二〇二五 reads digit by digit
        return int("".join(str(_value(ch)) for ch in numeral))
    return _value(numeral)


def month_years(text: str) -> set[tuple[int, int]]:
    """(year, month) pairs the text writes together."""
    norm = unicodedata.normalize("NFKC", text)
    found = {(int(m.group(2)), _month(m.group(1))) for m in EN_MONTH_YEAR.finditer(norm)
             if m.group(1).lower() != "may" or m.group(1)[0] == "M"}
    found |= {(_number(m.group(1)), _number(m.group(2))) for m in ZH_YEAR_MONTH.finditer(norm)}
    found |= {(int(m.group(1)), int(m.group(2))) for m in ISO_DATE.finditer(norm)}
    return {(y, m) for y, m in found if 1 <= m <= MONTHS_IN_YEAR}


def _loose_month_years(text: str) -> set[tuple[int, int]]:
    """(year, month) pairs of every year and every month one sentence of the text names; a month named in a
    sentence without a year ("from 10 to 12 March") goes with every year the text names (a title's, a heading's)."""
    norm = unicodedata.normalize("NFKC", text)
    found = month_years(norm)
    every_year = _years(norm)
    for start, end in split_sentences(norm):
        sentence = norm[start:end]
        months = {_month(m.group(1)) for m in EN_MONTH.finditer(sentence)}
        months |= {_number(m.group(1)) for m in ZH_MONTH.finditer(sentence)}
        found |= {(y, m) for y in (_years(sentence) or every_year) for m in months}
    return found


def _years(text: str) -> set[int]:
    return {int(y) for y in ANY_YEAR.findall(text)} | {_number(m.group(1)) for m in ZH_YEAR_MONTH.finditer(text)}


def misdated_month(sentence: str, sources: list[str]) -> str | None:
    """"fact: date YYYY-MM" when the sentence dates a month in a year no source sentence dates it in, though the
    sources do name that year (a year they never name is a missing number, ``rag.verify``), else None."""
    claimed = month_years(sentence)
    if not claimed:
        return None
    stated = set().union(*(_loose_month_years(s) for s in sources))
    years = set().union(*(_years(unicodedata.normalize("NFKC", s)) for s in sources))
    for year, month in sorted(claimed - stated):
        if year in years:
            return f"fact: date {year}-{month:02d}"
    return None
