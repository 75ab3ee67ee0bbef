"""Typed values: a number is checked in its own role, not merely found somewhere in the cited source.

``rag.verify.missing_fact`` asks that every number of a sentence appear somewhere in its sources. That lets a changed
value through whenever the new number happens to stand elsewhere in the source in another role: "return on 28 May"
when the source returns on 18 May and calls at a port "from 26 to 28 April"; "three years" against 五年内 beside a
date 2026年3月1日; "3.2 square kilometres" for 3.2 hectares. Here each value keeps its type:

- a **day of a month** (11 April, April 11th, 4月11日, 2026-04-11) must be a day of that month the sources state —
  a range in the source ("from 8 to 19 September", 4月26日至28日) states every day in it;
- a **measured quantity** (a number with a unit of area, length, mass, share, time, money scale …: "3.2 hectares",
  "three years", 五年, 4,500 吨) must be stated by the sources as a quantity (not only as part of a date), and with
  the same unit when the sources write that number with a unit at all.

English and Chinese alike, and across languages (a source's other-language version is a source too).
"""
from __future__ import annotations

import re
import unicodedata

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
     "december"], 1)}
_MONTH = (r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|May|may(?=\s*\d)|june?|july?|aug(?:ust)?|"
          r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_TO = r"\s*(?:[–—~～-]|to|until|till|through|and)\s*"
# "8 to 19 September", "11 April", "26-28 April"
EN_DAY_MONTH = re.compile(rf"(?<![\d.,]){_DAY}(?:{_TO}{_DAY})?\s+(?:of\s+)?{_MONTH}(?![a-z])", re.IGNORECASE)
# "March 31", "April 11th", "September 8-19"
EN_MONTH_DAY = re.compile(rf"(?<![a-z]){_MONTH}\s+{_DAY}(?:{_TO}{_DAY})?(?![\d:])", re.IGNORECASE)
_ZH_NUM = r"(\d{1,2}|[一二三四五六七八九十]{1,3})"
# 4月11日, 4月26日至28日, 9月8日—19日, 4月26日至5月2日 (the second month is read by a second match)
ZH_MONTH_DAY = re.compile(rf"{_ZH_NUM}\s*月\s*{_ZH_NUM}\s*[日号](?:\s*(?:至|到|—|–|-|~|～)\s*{_ZH_NUM}\s*[日号])?")
# a weekday written inside a date or a range ("Sunday 19 to Saturday 25 April", 4月19日（周日）至25日): left out when
# days are read, so that the range stays one range (the weekdays themselves are checked apart, ``rag.binding``)
WEEKDAY_IN_DATE = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b\.?,?|"
    r"[(（]\s*(?:周|星期|礼拜)[一二三四五六日天]\s*[)）]", re.IGNORECASE)
ISO_DAY = re.compile(r"(?<!\d)(?:19|20)\d\d[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
ZH_DIGIT_VALUES = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
LONGEST_MONTH = 31


def _zh_small(numeral: str) -> int:
    """A number below 100 in digits or Chinese numerals (十一 → 11, 二十八 → 28)."""
    if numeral.isdigit():
        return int(numeral)
    if "十" not in numeral:
        return ZH_DIGIT_VALUES.get(numeral, 0)
    tens, _, units = numeral.partition("十")
    return (ZH_DIGIT_VALUES.get(tens, 1) if tens else 1) * 10 + (ZH_DIGIT_VALUES.get(units, 0) if units else 0)


def _month_number(word: str) -> int:
    return next(n for name, n in MONTHS.items() if name.startswith(word.lower()[:3]))


def _spans(text: str) -> list[tuple[int, int, int | None]]:
    """(month, first day, last day or None) of every day-of-month date the text writes."""
    norm = WEEKDAY_IN_DATE.sub(" ", unicodedata.normalize("NFKC", text))
    found: list[tuple[int, int, int | None]] = []
    for m in EN_DAY_MONTH.finditer(norm):
        found.append((_month_number(m.group(3)), int(m.group(1)), int(m.group(2)) if m.group(2) else None))
    for m in EN_MONTH_DAY.finditer(norm):
        found.append((_month_number(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None))
    for m in ZH_MONTH_DAY.finditer(norm):
        found.append((_zh_small(m.group(1)), _zh_small(m.group(2)), _zh_small(m.group(3)) if m.group(3) else None))
    found += [(int(m.group(1)), int(m.group(2)), None) for m in ISO_DAY.finditer(norm)]
    return [(mo, a, b) for mo, a, b in found if 1 <= mo <= len(MONTHS) and 1 <= a <= LONGEST_MONTH]


def stated_days(text: str) -> set[tuple[int, int]]:
    """(month, day) of every day the text dates, a range's days all included ("8 to 19 September")."""
    days: set[tuple[int, int]] = set()
    for month, first, last in _spans(text):
        end = last if last and first <= last <= LONGEST_MONTH else first
        days |= {(month, d) for d in range(first, end + 1)}
        if last and last < first:  # "26 March to 2 April" read as "26 ... 2 April": the end day only is sure
            days.add((month, last))
    return days


def claimed_days(text: str) -> set[tuple[int, int]]:
    """(month, day) of the days the text names: a range's ends only."""
    return {(mo, d) for mo, a, b in _spans(text) for d in (a, b) if d}


def misdated_day(sentence: str, sources: list[str]) -> str | None:
    """"fact: date MM-DD" when the sentence dates a day its sources never date (the day's number may stand in the
    source in another role: "28" of "from 26 to 28 April" is no 28 May), else None. Only when the sources date days
    at all (a source without any day of a month leaves the day to the number check)."""
    stated = set().union(*(stated_days(s) for s in sources)) if sources else set()
    if not stated:
        return None
    for month, day in sorted(claimed_days(sentence) - stated):
        return f"fact: date {month:02d}-{day:02d}"
    return None


# --- measured quantities ----------------------------------------------------------------------------------------
# a unit word (English, then Chinese) → its canonical name; longer spellings first so "square kilometres" is not "km"
UNITS: dict[str, str] = {
    "square kilometres": "km2", "square kilometers": "km2", "sq km": "km2", "km²": "km2", "km2": "km2",
    "平方公里": "km2", "平方千米": "km2",
    "square metres": "m2", "square meters": "m2", "m²": "m2", "平方米": "m2",
    "hectares": "ha", "hectare": "ha", "ha": "ha", "公顷": "ha", "mu": "mu", "亩": "mu",
    "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km", "km": "km", "公里": "km",
    "千米": "km", "nautical miles": "nmi", "海里": "nmi", "miles": "mile", "mile": "mile", "英里": "mile",
    "metres": "m", "meters": "m", "metre": "m", "meter": "m", "米": "m",
    "feet": "ft", "foot": "ft", "英尺": "ft", "inches": "in", "inch": "in", "英寸": "in", "yards": "yd", "yard": "yd",
    "centimetres": "cm", "centimeters": "cm", "cm": "cm", "厘米": "cm", "millimetres": "mm", "millimeters": "mm",
    "mm": "mm", "毫米": "mm",
    "tonnes": "t", "tonne": "t", "tons": "t", "ton": "t", "吨": "t",
    "kilograms": "kg", "kilogram": "kg", "kg": "kg", "公斤": "kg", "千克": "kg", "grams": "g", "gram": "g", "克": "g",
    "litres": "l", "liters": "l", "litre": "l", "liter": "l", "升": "l",
    "per cent": "%", "percent": "%", "%": "%", "percentage points": "pp", "个百分点": "pp",
    "degrees": "deg", "°c": "deg", "℃": "deg", "摄氏度": "deg",
    "hours": "hour", "hour": "hour", "小时": "hour", "minutes": "minute", "minute": "minute", "分钟": "minute",
    "working days": "workday", "business days": "workday", "个工作日": "workday", "工作日": "workday",
    "days": "day", "day": "day", "天": "day",  # 日 alone is a day of a month (8日至10日)
    "weeks": "week", "week": "week", "周": "week", "星期": "week", "个星期": "week",
    "months": "month", "month": "month", "个月": "month",
    "years": "year", "year": "year", "年": "year",
}
_UNIT_ALTERNATIVES = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
_EN_NUMBER = (r"\d[\d,]*(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
              r"thirty|forty|fifty|sixty|hundred")
_ZH_NUMBER = r"[\d.]+|[零〇一二两三四五六七八九十百千万]+"
# "3.2 hectares", "three-year", "38-day", "81 per cent" — and 五年, 3.2公顷, 15个工作日, 两周
QUANTITY = re.compile(rf"(?<![A-Za-z0-9.])({_EN_NUMBER}|{_ZH_NUMBER})(?:\s*-\s*|\s*)({_UNIT_ALTERNATIVES})(?![a-z²])",
                      re.IGNORECASE)
# Chinese units of one character that a Chinese numeral also forms words with (统一升级 is no litre, 攻克 no gram):
# read with digits only; these are safe with either
ZH_SHORT_UNITS_WITH_NUMERALS = frozenset("年天周吨亩")
ONE_IN_A_WORD = "同统唯第每单万之"  # 同一年 "the same year", 统一 "unified": 一 is no count there
CALENDAR_YEAR = 1000  # a "年" or "year" number at or above this is a calendar year (2025年), not a quantity
NOT_A_QUANTITY_AFTER = re.compile(r"^\s*[月号年]")  # 3月, 5号, 10周年: a date or an anniversary, no length


def measures(text: str) -> set[tuple[str, str]]:
    """(value, unit) of every measured quantity the text states, values normalised as ``rag.verify.numbers``."""
    from rag.verify import _zh_number, numbers, phrases_as_digits

    norm = phrases_as_digits(unicodedata.normalize("NFKC", text))  # "two hundred litres" is 200 litres, not 100
    found: set[tuple[str, str]] = set()
    for m in QUANTITY.finditer(norm):
        unit = UNITS.get(m.group(2).lower())
        if unit is None or NOT_A_QUANTITY_AFTER.match(norm[m.end():]):
            continue
        numeral = m.group(1)
        if not numeral[0].isdigit() and re.fullmatch(_ZH_NUMBER, numeral) and (
                (len(m.group(2)) == 1 and m.group(2) not in ZH_SHORT_UNITS_WITH_NUMERALS)
                or (numeral[0] == "一" and m.start() and norm[m.start() - 1] in ONE_IN_A_WORD)):
            continue
        values = {str(_zh_number(numeral))} if re.fullmatch(_ZH_NUMBER, numeral) and not numeral[0].isdigit() \
            else numbers(numeral)
        if len(values) != 1:
            continue
        value = values.pop()
        if unit == "year" and _is_calendar(value):
            continue
        found.add((value, unit))
    return found


def _is_calendar(value: str) -> bool:
    """A calendar year (2025年, "the 2026 year"), not a length of time."""
    try:
        return float(value) >= CALENDAR_YEAR
    except ValueError:
        return True


def _without_days(text: str) -> str:
    """The text with its dated days, months and calendar years blanked: what is left are quantities and counts."""
    norm = unicodedata.normalize("NFKC", text)
    for pattern in (EN_DAY_MONTH, EN_MONTH_DAY, ZH_MONTH_DAY, ISO_DAY):
        norm = pattern.sub(" ", norm)
    norm = re.sub(r"(?<!\d)(?:19|20)\d\d\s*年(?:\s*\d{1,2}\s*月)?|\d{1,2}\s*月(?:份)?", " ", norm)
    return re.sub(rf"(?<![a-z]){_MONTH}\s+(?:19|20)\d\d", " ", norm, flags=re.IGNORECASE)


def mismeasured(sentence: str, sources: list[str], derived: frozenset[str] = frozenset()) -> str | None:
    """"fact: VALUE UNIT" when the sentence states a measured quantity its sources do not: the number stands in
    the sources only inside a date ("three years" against 2026年3月1日), or only with another unit ("3.2 square
    kilometres" for 3.2 hectares), else None."""
    from rag.verify import numbers

    claimed = measures(sentence)
    if not claimed or not sources:
        return None
    stated = set().union(*(measures(s) for s in sources))
    counts = set().union(*(numbers(_without_days(s)) for s in sources))
    for value, unit in sorted(claimed - stated):
        if value in derived:  # a length a true sentence computes ("a 12-day course" from 8 to 19 September)
            continue
        units_of_value = {u for v, u in stated if v == value}
        if units_of_value and not _convertible(unit, units_of_value):
            return f"fact: {value} {unit}"
        if value not in counts:
            return f"fact: {value} {unit}"
    return None


# units one sentence may write for another without changing the value ("38 days" is a 38-day cruise)
SAME_QUANTITY = ({"day", "workday"},)


def _convertible(unit: str, others: set[str]) -> bool:
    return any(unit in group and others & group for group in SAME_QUANTITY)
