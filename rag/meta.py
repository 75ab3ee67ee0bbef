"""Dates in text and what a meta paragraph (a dateline, a source line) is indexed as.

Shared by cleaning (a line that is only a date becomes the document's ``published``) and the stores
(meta lines are indexed with a bilingual label so "when was it published?" finds them)."""
from __future__ import annotations

import datetime as dt
import re

MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})

_ZH_DATE = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?$")
_ISO_DATE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")
_EN_DATE_MDY = re.compile(r"^(?:[A-Za-z]+,\s*)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:\s+\d{1,2}:\d{2}.*)?$")
_EN_DATE_DMY = re.compile(r"^(?:[A-Za-z]+,\s*)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})(?:\s+\d{1,2}:\d{2}.*)?$")


# A dateline may carry a label: "Published: 12 September 2022", "发布时间：2021年6月3日 09:30".
_DATE_LABEL = re.compile(
    r"^(?:published(?:\s+on)?|posted(?:\s+on)?|date|updated|release date|发布时间|发布日期|发表时间|日期|时间)\s*[:：]?\s*",
    re.IGNORECASE)


def parse_date(line: str) -> str | None:
    """ISO date of a line that is only a date (with an optional time and label), else None."""
    line = _DATE_LABEL.sub("", line.strip(), count=1)
    if len(line) > 40:
        return None
    for pattern, order in ((_ZH_DATE, "ymd"), (_ISO_DATE, "ymd"), (_EN_DATE_MDY, "mdy"), (_EN_DATE_DMY, "dmy")):
        match = pattern.match(line)
        if match:
            return _to_iso(match.groups(), order)
    return None


def _to_iso(groups: tuple, order: str) -> str | None:
    if order == "ymd":
        year, month, day = int(groups[0]), int(groups[1]), int(groups[2])
    else:
        month_name, day, year = (groups[0], groups[1], groups[2]) if order == "mdy" else (groups[1], groups[0], groups[2])
        found = MONTHS.get(month_name.lower())
        if found is None:
            return None
        month = found
        day, year = int(day), int(year)
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


# Bilingual labels a meta line is indexed with, in the words questions use for it
DATELINE_LABEL = "Published, posted or released on (date and time of the article) 发布时间 发布日期"
SOURCE_LABEL = "News source: published by, publisher of the article 稿件来源 发布单位"


def index_text(text: str, kind: str) -> str:
    """What is embedded and indexed for a paragraph: meta lines carry a bilingual label saying what
    they are, so "when was the page published?" finds a bare dateline in either language."""
    if kind != "meta":
        return text
    if parse_date(text):
        return f"{DATELINE_LABEL} {text}"
    return f"{SOURCE_LABEL} {text}"
