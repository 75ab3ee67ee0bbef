"""When a short answer may be shown first: the asked measure, and names the question already holds.

A wrong short answer is shown first and highlighted, so a span that does not fit what the question asks
is better left out (the cited sentence stays the answer). These checks are small and typed; the finders
themselves live in ``rag.short_answer``."""

from __future__ import annotations

import re

# an untyped question asking a measured quantity: "How far is X from Y?", "How fast were the winds?",
# "What was the population of X?", 多远 / 多快 / 多高 / 多大 — the answer is a number (with its unit) or nothing
_MEASURE_Q_EN = re.compile(
    r"\bhow\s+(?:far|fast|tall|high|big|large|deep|wide|heavy|hot|cold|warm|old|quickly|long)\b|"
    r"\bwhat\s+(?:is|was|are|were)\s+the\s+(?:[\w-]+\s+){0,2}"
    r"(?:population|distance|speed|height|length|depth|width|area|temperature|altitude|elevation|weight)\b",
    re.I)
_MEASURE_Q_ZH = re.compile(r"多远|多快|多高|多大(?!程度)|多重|多宽|多深|多长|多厚|多热|多冷|多少|"
                           r"几[十百千万]?(?:码|米|公里|英里)")
# "how far / how fast …" asks a distance or a speed: a bare count ("one", "2") does not answer it
_HOW_ADJECTIVE_EN = re.compile(r"\bhow\s+(?:far|fast|tall|high|big|large|deep|wide|heavy|hot|cold|warm|quickly)\b",
                               re.I)
_UNIT_EN = re.compile(r"[A-Za-z%°£$€¥]")  # a unit or a currency beside the digits ("110 mph", "340 miles", "5 °C")
_NUMBER_WORD_EN = re.compile(r"^(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?)$",
                             re.I)
# Chinese measure words that count things (两支, 三个, 2级): a count, not a distance, a speed, an age or an area
ZH_COUNT_ONLY = frozenset("个位家名人次项届所国场篇件种门条批座只部本间支架艘台辆份张轮类块段"
                          "首幅栋层级枚颗棵株匹户处章节集期卷册套对双笔")
_CAPITALISED = re.compile(r"[A-Z][\w’'-]*")
MIN_SURNAME_CHARS = 3  # a family name shorter than this ("Li", "Wu") is too common to say whom the question names
MAX_PERSON_WORDS = 3  # "Peyton Manning", "Mary Ann Smith": longer capitalised runs are titles or organisations


def asks_measure(question: str, lang: str) -> bool:
    """The question asks a measured quantity (a distance, a speed, an age, a population)."""
    pattern = _MEASURE_Q_ZH if lang == "zh" else _MEASURE_Q_EN
    return pattern.search(question) is not None


def fits_measure(question: str, shown: str, lang: str) -> bool:
    """A number found for a measure question answers it: a Chinese one not counted in things (两支, 三个 for 多远),
    an English one with its unit for "how far / how fast" (not "one", "2")."""
    shown = shown.strip()
    if lang == "zh" or re.search(r"[\u4e00-\u9fff]", shown):
        return shown[-1:] not in ZH_COUNT_ONLY
    if _HOW_ADJECTIVE_EN.search(question) is None:
        return True
    words = [w for w in re.findall(r"[^\W\d_]+|[%°£$€¥]", shown) if not _NUMBER_WORD_EN.match(w)]
    return any(_UNIT_EN.search(w) for w in words)


def names_question_person(name: str, question: str) -> bool:
    """``name`` ("Peyton Manning", "Johann Esch and Heinrich Voes") is a person the question already names by
    family name ("Prior to Manning, who …", "after the martyrdom of Esch and Voes"): not who is asked."""
    words = _CAPITALISED.findall(name)
    if not words or len(words) > MAX_PERSON_WORDS * 2:
        return False
    people = [p for p in re.split(r"\s+(?:and|&)\s+|,\s*", name) if p.strip()]
    for person in people:
        parts = _CAPITALISED.findall(person)
        if not 2 <= len(parts) <= MAX_PERSON_WORDS or len(parts) != len(person.split()):
            return False  # "the Steelers", "Super Bowl XLIX" mixed with lower-case words: not a person's name
        surname = parts[-1]
        # the family name stands alone in the question (not "Kearney Boulevard", a thing named after the person)
        alone = rf"(?<![\w-]){re.escape(surname)}(?![\w-])(?!\s+(?:&\s+)?[A-Z])"  # nor "McKinsey & Company"
        if len(surname) < MIN_SURNAME_CHARS or not re.search(alone, question):
            return False
    return bool(people)
