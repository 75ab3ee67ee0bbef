"""Facts paired with parties by order: "A and B carry USD 100,000 and USD 30,000 respectively".

Clause matching (``rag.binding``) cannot bind such facts: one clause holds every party and every number. Here the
two ordered lists are zipped. The parties are named in the sentence itself ("The A Award and the B Award carry …
respectively"), or, when the sentence refers back to them ("The two awards carry …"), they are the capitalised names
ending in that noun ("… Award") in the sentences before it, in the order they are first named. A sentence that
gives one of these parties another of the source's amounts — the one the source pairs with another party — has
swapped them. English only: a Chinese list (分别) names its parties without capitals. Same-language text only.
"""
from __future__ import annotations

import re

from rag.text import coverage_terms, split_sentences

RESPECTIVELY_EN = re.compile(r"\brespectively\b", re.IGNORECASE)
# a party's name: capitalised words, joined only by "of", "for", "on", "in", "&" (an "and" separates two parties)
PARTY = re.compile(r"(?<![\w’'])[A-Z][\w’'-]*(?:\s+(?:(?:of|for|on|in|&)\s+)*[A-Z][\w’'-]*)+")
# "the two awards", "these three programmes": a reference back to parties named before, by their common noun
BACK_REFERENCE = re.compile(r"\b(?:the|these|those|both)\s+(?:two|three|four|five|six|\d)\s+([a-z]+?)(?:e?s)\b",
                            re.IGNORECASE)
# an amount: digits with an optional scale word (years and days of a date are left out by their shape)
AMOUNT = re.compile(r"\d[\d,]*(?:\.\d+)?(?:\s*(?:thousand|million|billion))?", re.IGNORECASE)
MIN_PAIRS = 2  # a list of one is no list


def _amounts(sentence: str) -> list[str]:
    from rag.binding import DATE, YEAR_RANGE
    from rag.verify import numbers

    plain = DATE.sub(" ", sentence)
    found = []
    for match in AMOUNT.finditer(plain):
        values = numbers(match.group(0))
        value = next(iter(values)) if len(values) == 1 else None
        if value and not (value.isdigit() and int(value) in YEAR_RANGE):
            found.append(value)
    return found


def _party_key(name: str) -> frozenset[str]:
    return coverage_terms(re.sub(r"^the\s+", "", name, flags=re.IGNORECASE))


def _parties(text: str) -> list[frozenset[str]]:
    return [_party_key(m.group(0)) for m in PARTY.finditer(text)]


def _referred(reference: str, before: str) -> list[frozenset[str]]:
    """The parties named before whose name ends in the referring noun, singular ("Award" for "the two awards";
    "the ANSO Awards" names them all)."""
    noun = reference.lower()
    found: list[frozenset[str]] = []
    for match in PARTY.finditer(before):
        words = match.group(0).split()
        if words[-1].lower() == noun and (key := _party_key(match.group(0))) not in found:
            found.append(key)
    return found


def pairs(text: str) -> list[tuple[frozenset[str], str]]:
    """(party, amount) pairs the text's "respectively" sentences state."""
    out: list[tuple[frozenset[str], str]] = []
    for start, end in split_sentences(text):
        sentence = text[start:end]
        if not RESPECTIVELY_EN.search(sentence):
            continue
        amounts = _amounts(sentence)
        parties = _parties(sentence)
        if len(parties) != len(amounts) and (ref := BACK_REFERENCE.search(sentence)):
            parties = _referred(ref.group(1), text[:start])
        if len(parties) == len(amounts) >= MIN_PAIRS:
            out += list(zip(parties, amounts, strict=True))
    return out


def _same(a: frozenset[str], b: frozenset[str]) -> bool:
    """One party's name written in full or shortened ("the ANSO Early Career Award", "the Early Career Award")."""
    return bool(a) and bool(b) and (a <= b or b <= a)


def swapped(sentence: str, sources: list[str]) -> str | None:
    """"binding: AMOUNT" when the sentence pairs a party with an amount the sources pair with another party and
    not with this one (by order, "respectively"), else None."""
    stated = [p for s in sources for p in pairs(s)]
    if not stated:
        return None
    claims = pairs(sentence)
    if not claims:  # a sentence naming one listed party and one amount pairs them too
        amounts, parties = _amounts(sentence), [p for p in _parties(sentence) if any(_same(p, q) for q, _ in stated)]
        claims = [(parties[0], amounts[0])] if len(amounts) == 1 and len(parties) == 1 else []
    for party, amount in claims:
        own = [a for q, a in stated if _same(party, q)]
        others = [a for q, a in stated if not _same(party, q)]
        if own and amount not in own and amount in others:
            return f"binding: {amount}"
    return None


# "master's and doctoral students … 300 and 400 respectively", 硕士生和博士生分别获得300元和400元: the two parties
# joined before the first amount, each a word or two (English) or a jieba word (Chinese)
EN_PAIR = re.compile(r"([\w’'-]+)\s+and\s+([\w’'-]+)", re.IGNORECASE)
ZH_PAIR_JOINERS = ("和", "与", "及", "、")
ORDERED_AMOUNT = re.compile(r"\d[\d,]*(?:\.\d+)?(?:\s*(?:thousand|million|billion|千|万|亿))?", re.IGNORECASE)


def _ordered_pair(text: str) -> tuple[frozenset[str], frozenset[str], str, str] | None:
    """(first party's terms, second party's terms, first amount, second amount) of a "respectively" text naming
    two parties and then two amounts, else None."""
    from rag.binding import RESPECTIVELY
    from rag.text import CJK_RE, _jieba

    if not RESPECTIVELY.search(text):
        return None
    amounts = _amounts(text)
    first = ORDERED_AMOUNT.search(text)
    if len(amounts) != MIN_PAIRS or first is None:
        return None
    prefix = text[:first.start()]
    if CJK_RE.search(prefix):
        words = [w for w in _jieba().lcut(prefix) if w.strip()]
        joins = [i for i, w in enumerate(words) if w in ZH_PAIR_JOINERS and 0 < i < len(words) - 1]
        if not joins:
            return None
        left, right = words[joins[0] - 1], words[joins[0] + 1]
    else:
        pairs_found = list(EN_PAIR.finditer(prefix))
        if not pairs_found:
            return None
        left, right = pairs_found[-1].group(1), pairs_found[-1].group(2)
    one, other = coverage_terms(left), coverage_terms(right)  # 硕士生 / 博士生: what tells them apart (硕士 / 博士)
    if not one - other or not other - one:
        return None
    return one - other, other - one, amounts[0], amounts[1]


def swapped_by_order(sentence: str, sources: list[str]) -> str | None:
    """"binding: AMOUNT" when a "respectively" sentence ("master's and doctoral students … 400 and 300
    respectively") gives a party the amount a source gives the other party — in a source "respectively" list of the
    same two amounts, or in a source clause naming that party with one amount only — else None."""
    from rag.binding import clauses

    claim = _ordered_pair(sentence)
    if claim is None:
        return None
    said = {claim[0]: claim[2], claim[1]: claim[3]}
    for text in sources:
        for start, end in split_sentences(text):
            stated = _ordered_pair(text[start:end])
            if stated and {stated[2], stated[3]} == set(said.values()):
                given = {stated[0]: stated[2], stated[1]: stated[3]}
                for party, amount in said.items():
                    if any(party & other and given[other] != amount for other in given):
                        return f"binding: {amount}"
        for clause in clauses(text):
            held = set(said.values()) & set(clause.facts["number"])
            for party, amount in said.items():
                other = next(p for p in said if p is not party)
                names_only_this = party <= clause.terms and not other <= clause.terms
                if len(held) == 1 and names_only_this and amount not in held:
                    return f"binding: {amount}"
    return None
