"""Values traded between persons across languages: "刘芳教授获得24票，格蕾丝·万吉鲁博士获得15票" when the English
source has "Dr. Grace Wanjiru … received 24 votes and Professor Liu Fang … 15 votes".

``rag.binding`` binds values to parties clause by clause in one language; a Chinese sentence on an English-only
source (or the other way round) is otherwise judged by meaning, which does not see two numbers trade places. Here
each number of a sentence goes to the person named last before it in that sentence (a person with a title, a
foreign name written in characters, 格蕾丝·万吉鲁, or a Chinese name in pinyin, Liu Fang); persons are matched across
scripts by sound (``rag.posts._same_person_across``). When the sentence gives values to two persons or more and the
source sentence naming both gives a number to the other one, never to this one, the value has moved ("respectively"
pairs by order instead and is left alone). Years and dates are left out (they date, not count).
"""
from __future__ import annotations

import re

from rag.text import CJK_RE, split_sentences

VALUE = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*(?![\d年月日号])(?!\s*(?:年|月|日|号))")
MIN_PERSONS = 2  # persons the sentence, and the source sentence, must give values to / name for a value to move
RESPECTIVELY = re.compile(r"\brespectively\b|分别|依次", re.IGNORECASE)
YEAR_LIKE = range(1900, 2101)  # a number in this range is read as a year, not a count


def moved_between_persons(sentence: str, sources: list[str]) -> str | None:
    """"binding: N" when the sentence gives a number to a person its other-language source gives it to another."""
    claimed = person_values(sentence)
    if len({p for p, _ in claimed}) < MIN_PERSONS or RESPECTIVELY.search(sentence):
        return None  # one person's values move nowhere; "respectively" pairs by order (rag.respectively)
    for text in sources:
        for start, end in split_sentences(text):
            if RESPECTIVELY.search(text[start:end]):
                continue
            stated = person_values(text[start:end])
            persons = {p for p, _ in stated}
            if len(persons) < MIN_PERSONS:
                continue
            for person, value in claimed:
                holders = {p for p, v in stated if v == value}
                named = {p for p in persons if _same(person, p)}
                if holders and named and not holders & named:
                    return f"binding: {value}"
    return None


def person_values(sentence: str) -> list[tuple[str, str]]:
    """(person, number) for each number of the sentence after a person it names, the last one named before it."""
    persons = sorted(_persons(sentence))
    out = []
    for match in VALUE.finditer(sentence):
        value = match.group(0).replace(",", "")
        if "." not in value and int(value) in YEAR_LIKE:
            continue
        before = [name for at, name in persons if at < match.start()]
        if before:
            out.append((before[-1], value))
    return out


def _persons(sentence: str) -> set[tuple[int, str]]:
    """(where, name) of each person the sentence names: titled English names, pinyin names, transliterated and
    titled Chinese names."""
    from rag.binding import EN_TITLED_NAME, person_names
    from rag.transliteration import transliterated_names

    found: set[tuple[int, str]] = set()
    if CJK_RE.search(sentence):
        for name in {*transliterated_names(sentence), *person_names(sentence)}:
            found |= {(m.start(), name) for m in re.finditer(re.escape(name), sentence)}
        return found
    for match in EN_TITLED_NAME.finditer(sentence):
        found.add((match.start(1), match.group(1).strip().lower()))
    return found


def _same(one: str, other: str) -> bool:
    """The same person across scripts (刘芳 ~ "liu fang", 格蕾丝·万吉鲁 ~ "grace wanjiru"), or in one script."""
    from rag.posts import _same_person_across, same_person

    if bool(CJK_RE.search(one)) == bool(CJK_RE.search(other)):
        return same_person(one, other)
    return _same_person_across(one, other)
