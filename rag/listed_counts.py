"""A count a sentence makes of persons its source lists by name: "Two observers attended" for "Mr. Sergei Volkov …
and Professor Guo Xiaoling … attended as observers", 两名观察员 for "…王磊研究员和李娜博士作为观察员列席".

``rag.verify.missing_fact`` asks that every number of a sentence appear in its sources; a faithful summary may
count what the source names one by one instead. Such a number is excused when one source sentence names exactly
that many persons (with a title: ``rag.binding.person_names``) and states the noun the number counts
("observers", 观察员). Any other number is still a missing fact.
"""
from __future__ import annotations

import re

from rag.text import CJK_RE, coverage_terms, split_sentences

MAX_LISTED = 12  # a longer list is not counted by hand in a summary
NOUN_WORDS = 1  # words after the number read as the noun it counts, which the source sentence must state
# an English number word or digits, then the noun phrase it counts
EN_COUNT = re.compile(r"\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", re.IGNORECASE)
EN_COUNT_WORDS = {w: i for i, w in enumerate(
    ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"], 2)}
# a Chinese count of persons: the numeral, a measure word for persons, the noun (两名观察员, 3位专家)
ZH_COUNT = re.compile(r"([\d两二三四五六七八九十]{1,3})\s*(?:名|位|个)([\u4e00-\u9fff]{2,4})")
ZH_NUMERALS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def listed_counts(sentence: str, sources: list[str]) -> frozenset[str]:
    """The numbers of the sentence (as digits) that count persons one source sentence lists by name."""
    counts = _zh_counts(sentence) if CJK_RE.search(sentence) else _en_counts(sentence)
    sentences = [s[a:b] for s in sources for a, b in split_sentences(s)]
    return frozenset(str(n) for n, noun in counts if any(_lists(s, n, noun) for s in sentences))


def _en_counts(sentence: str) -> list[tuple[int, frozenset[str]]]:
    from rag.counted import counted_noun

    out = []
    for match in EN_COUNT.finditer(sentence):
        word = match.group(1).lower()
        number = int(word) if word.isdigit() else EN_COUNT_WORDS[word]
        # the word right after the number (a verb may follow the noun: "two observers attended")
        noun = coverage_terms(" ".join(counted_noun(sentence, match.end())[:NOUN_WORDS]))
        if 2 <= number <= MAX_LISTED and noun:
            out.append((number, noun))
    return out


def _zh_counts(sentence: str) -> list[tuple[int, frozenset[str]]]:
    out = []
    for match in ZH_COUNT.finditer(sentence):
        numeral = match.group(1)
        number = int(numeral) if numeral.isdigit() else ZH_NUMERALS.get(numeral, 0)
        if 2 <= number <= MAX_LISTED:
            out.append((number, coverage_terms(match.group(2))))
    return out


def _lists(source_sentence: str, number: int, noun: frozenset[str]) -> bool:
    """The source sentence names exactly ``number`` persons (titled, or foreign names written in characters: 谢尔盖·
    沃尔科夫) and states the counted noun."""
    from rag.binding import person_names
    from rag.transliteration import transliterated_names

    if not noun & coverage_terms(source_sentence):
        return False
    persons = person_names(source_sentence) | set(transliterated_names(source_sentence))
    distinct = {p for p in persons if not any(p != q and p in q for q in persons)}  # "guo xiaoling" in "… guo xiaoling"
    return len(distinct) == number
