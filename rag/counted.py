"""What a number counts: "How many *applications* did the school receive?" is not answered by "open to 40
*participants*", nor "How many *species*" by "85 garden *staff*".

An English number is followed by the noun it counts ("three ANSO awards", "12 telescopes at nine sites"); the
noun phrase ends at the first word that is not part of it (a preposition, a verb, punctuation). When the question
asks "how many <thing>" and the number counts another thing, the number is not the answer. People are counted
under many names (participants, trainees, students, scientists …), so two nouns that both name people agree.
A number followed by no noun ("14 in 2025", "17 are doctoral students") is not judged."""

from __future__ import annotations

import re
from collections.abc import Callable

from rag.abstain import asked_heads
from rag.span_floor import ZH_COUNT_ONLY
from rag.text import CJK_RE, coverage_terms

# the words that may follow a number inside the phrase it counts (capitalised names, adjectives, nouns), up to this many
MAX_COUNTED_WORDS = 4
# a word that ends the counted noun phrase: prepositions, conjunctions, verbs and adverbs that follow a count
_PHRASE_END = frozenset(
    "of in at on for from to by with without per and or but than as into over under between among about within "
    "across during since until after before is are was were be been being has have had will would can could may "
    "must should shall do does did who which that whose where when while this these those its their his her "
    "each more less most least other others times time "
    "a an the along around near through throughout via against beyond toward towards upon onto inside outside "
    "below above behind beside besides like".split())
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
# "<number> of (the) <number>": a part of a counted whole ("one of three awards", "19 of the 48 scientists")
_PARTITIVE = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|"
                        r"ten|eleven|twelve|\w+teen|\w+ty)\s+(?=[A-Za-z])", re.I)
# a word this short after a number is a unit's abbreviation ("sq mi", "km", "kg"), not a thing counted
MAX_UNIT_CHARS = 3
# units of measure: a number of them measures, and "How many square miles" may be given in kilometres
_UNITS = frozenset("metres meters kilometres kilometers miles feet inches litres liters tonnes tons kilograms grams "
                   "hectares acres hours minutes seconds days weeks months years degrees percent per-cent".split())
# nouns that count people: "How many participants" is answered by "28 trainees"
PERSON_NOUNS = frozenset(coverage_terms(
    "people persons person participants participant trainees trainee students student scientists scientist "
    "researchers researcher members member staff fellows fellow scholars scholar delegates delegate attendees "
    "attendee experts expert women men officials official representatives representative "
    "candidates candidate winners winner recipients recipient laureates laureate graduates graduate teachers "
    "lecturers speakers visitors users employees workers engineers technicians doctors nurses postdocs "
    "individuals youths children adults volunteers professors academicians"))
# verbs in the past that end a question's counted noun ("How many people *took* part")
_PAST_VERBS = frozenset("took got came went won made gave saw ran held left sent paid took kept met built brought "
                        "bought taught wrote grew lost spent sold joined".split())
# a count question in English: "how many <thing>"
_HOW_MANY = re.compile(r"\bhow\s+many\b", re.I)
# 多少名科学家, 几个项目: a count of things by a measure word that counts (not 多少钱, 多少年, 占多少)
_HOW_MANY_ZH = re.compile(rf"(?<!占)(?:多少|几)[{''.join(sorted(ZH_COUNT_ONLY))}]")
# the number inside a found count ("up to 25", "12 telescopes", "three", "1.5 million"): the noun follows its end
_NUMBER_END = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|"
                         r"dozens?|hundreds?|thousands?|millions?|billions?)\b", re.I)


def counted_noun(text: str, end: int) -> list[str]:
    """The words of the noun phrase a number ending at ``end`` counts ("three [ANSO awards] alongside …"), lower-cased;
    empty when a preposition, a verb or punctuation follows the number."""
    words: list[str] = []
    at = end
    partitive = _PARTITIVE.match(text, end)
    if partitive is not None:  # "one of three ANSO awards": the number counts the awards
        at = partitive.end()
    while len(words) < MAX_COUNTED_WORDS:
        gap = re.match(r"[ \t]*", text[at:])
        at += gap.end() if gap else 0
        match = _WORD.match(text, at)
        if match is None or match.group(0).lower() in _PHRASE_END:
            break
        words.append(match.group(0).lower())
        at = match.end()
    return words


def _asked_noun(question: str, end: int) -> list[str]:
    """The words an English question counts, after "how many": up to a preposition, an auxiliary or a verb in the past
    ("How many *member institutions* did …", "How many *people* took part …", "How many *people* attended …")."""
    words: list[str] = []
    for match in _WORD.finditer(question, end):
        word = match.group(0).lower()
        if word in _PHRASE_END or word in _PAST_VERBS or (word.endswith("ed") and words) or len(words) == 3:
            break
        words.append(word)
    return words


def counts_another_thing(question: str, text: str, start: int, end: int,
                         translate: Callable[[str], tuple[str, ...]] | None = None) -> bool:
    """A "how many <thing>" / 多少<thing> question and a number found at ``text[start:end]`` (English) that counts
    something else: the last word of the number's noun phrase is none of the question's asked nouns, and the two
    do not both name people. A Chinese question's nouns are matched through ``translate`` (without it, not judged)."""
    if (how_many := _HOW_MANY.search(question)) is not None:
        asked = coverage_terms(" ".join(_asked_noun(question, how_many.end())))
    elif translate is not None and _HOW_MANY_ZH.search(question):
        asked = frozenset(term for head in asked_heads(question) if CJK_RE.search(head)
                          for gloss in translate(head) for term in gloss.split())
    else:
        return False
    digits = list(_NUMBER_END.finditer(text, start, end))
    words = counted_noun(text, digits[-1].end()) if digits else []
    if not asked or not words:
        return False
    if len(words[-1]) <= MAX_UNIT_CHARS or words[-1] in _UNITS:
        return False  # "2,100,000 sq mi", "902 metres": a measure, which the question may name another way
    noun = coverage_terms(words[-1])
    if not noun or noun & asked or any(w in asked for w in coverage_terms(" ".join(words))):
        return False
    return not (noun & PERSON_NOUNS and asked & PERSON_NOUNS)
