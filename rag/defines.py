"""Definition questions ("What is an OMZ?", "What does ex situ conservation mean?", 混合型期刊是什么意思？): the
term they ask about, and whether a sentence *defines* it ("An OMZ is a layer …", "混合型期刊是指 …", "所谓X，…")
rather than merely mentions it ("how the OMZ of the Bay of Bengal is changing")."""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable

MAX_TERM_WORDS_EN = 6  # "What is the ANSO Science Communication Award?" is still a term; a longer tail is a clause
MAX_TERM_CHARS_ZH = 16  # … and in Chinese, this many characters
MAX_ALIAS_CHARS = 12  # an abbreviation the document gives a term in brackets ("oxygen minimum zone (OMZ)")

_ASKED_EN = (
    re.compile(r"^\W*what\s+is\s+meant\s+by\s+(?:an?\s+|the\s+)?(?P<term>[^?？]+?)\W*$", re.I),
    re.compile(r"^\W*what\s+(?:is|are)\s+(?:an?\s+|the\s+)?(?P<term>[^?？]+?)\W*$", re.I),
    re.compile(r"^\W*what\s+(?:does|do)\s+(?:an?\s+|the\s+)?(?P<term>[^?？]+?)\s+mean\W*$", re.I),
    re.compile(r"\bmean\s+by\s+(?:an?\s+|the\s+)?(?P<term>[^?？]+?)\W*$", re.I),
    re.compile(r"^\W*(?:define|explain)\s+(?:an?\s+|the\s+)?(?P<term>[^?？]+?)\W*$", re.I),
    # "What kind of organization is ANSO?": the kind is what a definition states ("It is the first … organization")
    re.compile(r"^\W*what\s+(?:kind|type|sort)s?\s+of\s+[\w\s-]{1,40}?\s+(?:is|are|was|were)\s+(?:an?\s+|the\s+)?"
               r"(?P<term>[^?？]+?)\W*$", re.I),
)
_ASKED_ZH = (
    re.compile(r"^\W*什么(?:是|叫|叫做)(?P<term>[^？?，。]+?)\W*$"),
    re.compile(r"^\W*(?P<term>[^？?，。]+?)(?:是什么意思|是什么|指的是什么|是指什么|指什么|的意思是什么|的含义是什么|"
               r"是什么概念|的定义是什么)\W*$"),
    # 联盟是一个什么样的组织？ / ANSO是哪一类机构？
    re.compile(r"^\W*(?P<term>[^？?，。]+?)是(?:一个|一种|一家|一类|个)?(?:什么样|什么类型|哪一?类|哪一?种)的?"
               r"[\u4e00-\u9fff]{0,6}\W*$"),
)
# what a Chinese question says before the term itself (联盟开放获取出版基金*所说的*混合型期刊)
_ZH_FRAME = re.compile(r"^.*(?:所说的|里说的|中说的|提到的|所称的|所谓的?|里的|中的)")
# a clause, not a term: a verb of English inside the asked words ("What is set up to …")
_CLAUSE_EN = re.compile(r"\b(?:is|are|was|were|do|does|did|has|have|had|will|can|to|that|which)\b", re.I)

_DEFINES_EN = r"(?:is|are)\s+(?=(?:an?|the|one|any|those|what)\b)|(?:means|refers\s+to|is\s+defined\s+as|denotes)\b"
_DEFINES_ZH = r"(?:是指|指的是|即是|就是|是一种|是一类|是一个|是指的|系指|意为|意思是)"


def asked_term(question: str, lang: str) -> str | None:
    """The term a definition question asks about, or None when it asks no definition."""
    if lang == "zh":
        for pattern in _ASKED_ZH:
            match = pattern.search(question.strip())
            if match:
                term = _ZH_FRAME.sub("", match.group("term")).strip(" “”\"'「」")
                return term if 0 < len(term) <= MAX_TERM_CHARS_ZH else None
        return None
    for pattern in _ASKED_EN:
        match = pattern.search(question.strip())
        if match:
            term = match.group("term").strip(" “”\"'")
            words = re.findall(r"[\w’'&-]+", term)
            if not words or len(words) > MAX_TERM_WORDS_EN or _CLAUSE_EN.search(term):
                return None
            return term
    return None


# a question that asks a definition in so many words, whatever its term looks like
_EXPLICIT = re.compile(r"\bmean(?:s|t)?\b|\bdefin|\bexplain\b|\b(?:kind|type|sort)s?\s+of\b|是什么意思|是指什么|指什么|"
                       r"的含义|的定义|什么是|什么样|什么类型|哪一?类|哪一?种", re.I)


def names_a_term(question: str, term: str, lang: str) -> bool:
    """The definition question asks what a *named* thing is — ANSO, the B&R, the Drylands Network, 混合型期刊 — or
    asks a definition in so many words; not "What is the largest city in Poland?" (a fact about the city) nor
    联盟成立的目的是什么 (a fact of the alliance)."""
    if _EXPLICIT.search(question):
        return True
    if lang == "zh":
        return "的" not in term
    return re.sub(r"^(?:the|an?)\s+", "", term, flags=re.I)[:1].isupper()


def aliases(term: str, texts: Iterable[str]) -> list[str]:
    """The term and the abbreviations the texts give it in brackets ("oxygen minimum zone (OMZ)" → OMZ)."""
    found = [term]
    pattern = re.compile(rf"{re.escape(term)}\s*[(（]\s*([^()（）\s]{{2,{MAX_ALIAS_CHARS}}})\s*[)）]", re.I)
    for text in texts:
        for match in pattern.finditer(text):
            if match.group(1) not in found:
                found.append(match.group(1))
    return found


# a bracketed abbreviation right after the term ("oxygen minimum zone (OMZ) is …")
_BRACKETED = rf"(?:[(（][^()（）]{{1,{MAX_ALIAS_CHARS}}}[)）]\s*)?"
# an appositive that defines: "hybrid journals, that is, subscription journals …", "X（即…）", "X，也就是…"
_APPOSED_EN = r"\s*[,(]\s*(?:that is|i\.e\.|namely|meaning|which (?:is|are|means))[,:]?\s+"
_APPOSED_ZH = r"\s*[，,（(]\s*(?:即|也就是|也即|指的是)[，,：:]?\s*"
# a bracket after the term that explains it: "critical minerals (metals such as lithium … whose supply is at risk)",
# "种质资源（包括种子、组织和基因材料）" — what it holds, not an abbreviation or a year
_GLOSSED_EN = r"[^()]{0,40}?\b(?:such as|e\.g\.|including|meaning|i\.e\.|that is)\b[^()]{8,}\)"
_GLOSSED_ZH = r"[^（）()]{0,20}?(?:例如|比如|包括|诸如|即|指)[^（）()]{4,}[）)]"
MAX_DEFINIENS_CHARS = 200  # a definition longer than this is not a short answer (its sentence still answers)


def _patterns(terms: Iterable[str]) -> tuple[re.Pattern, ...]:
    return _compiled_patterns(tuple(terms))


@functools.lru_cache(maxsize=256)
def _compiled_patterns(terms: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    """Compiled once per set of terms: a question's terms are tried on every candidate sentence."""
    names = "|".join(re.escape(t) for t in terms if t)
    if not names:
        return ()
    return (re.compile(rf"^\W*(?:(?:an?|the)\s+)?(?:{names})s?\s*{_BRACKETED},?\s*(?:{_DEFINES_EN})\s*", re.I),
            re.compile(rf"(?:^\W*|所谓)[“\"「]?(?:{names})[”\"」]?\s*{_BRACKETED}[，,]?\s*{_DEFINES_ZH}\s*", re.I),
            re.compile(rf"所谓[“\"「]?(?:{names})[”\"」]?[，,]?\s*", re.I),
            re.compile(rf"\b(?:{names})s?{_APPOSED_EN}", re.I),
            re.compile(rf"(?:{names}){_APPOSED_ZH}", re.I),
            re.compile(rf"\b(?:{names})s?\s*\((?={_GLOSSED_EN})", re.I),
            re.compile(rf"(?:{names})\s*[（(](?={_GLOSSED_ZH})", re.I))


# a sentence that defines what the sentence before it named: "ANSO was established in Beijing. *It is the first …*"
_PRONOUN_DEFINES_EN = re.compile(r"^\W*(?:it|this|they)\s+(?:is|are|was|were)\s+(?=(?:an?|the|one)\b)", re.I)
# … and in one Chinese sentence: "联盟在北京正式成立，*这是*首个……的综合性国际科技组织"
_PRONOUN_DEFINES_ZH = r"[，,；;]\s*(?:这|它|这也|其|该\w{0,4}?)是(?:一个|一种|一家)?"


def defines_in_context(text: str, before: str, terms: Iterable[str] | None) -> tuple[int, int | None] | None:
    """Whether a sentence defines a term by a pronoun — "It is the first … organization" after a sentence naming the
    term, or a Chinese clause "…，这是首个……组织" after the term in the same sentence: (where the definition starts,
    where its clause ends or None when that is too long to be a short answer), or None when it does not.
    ``terms`` None: the caller knows what the pronoun stands for (the version of a sentence naming the term)."""
    terms = None if terms is None else [t for t in terms if t]
    if terms == []:
        return None
    named = re.compile("|".join(re.escape(t) for t in terms) if terms else "", re.I)
    match = _PRONOUN_DEFINES_EN.match(text)
    if match is None or not named.search(before):
        match = next((m for m in re.finditer(_PRONOUN_DEFINES_ZH, text) if named.search(text[:m.start()])), None)
    if match is None:
        return None
    clause = _clause_from(text, match.end())
    return match.end(), (clause[1] if clause else None)


def _clause_from(text: str, start: int) -> tuple[int, int] | None:
    """From ``start`` to the end of its clause, when that is short enough to be a short answer."""
    rest = text[start:]
    stop = re.search(r"[。；;)）]|\.(?=\s|$)", rest)
    end = start + (stop.start() if stop else len(rest))
    while end > start and text[end - 1] in " ,，":
        end -= 1
    return (start, end) if start < end and end - start <= MAX_DEFINIENS_CHARS else None


def defines(text: str, terms: Iterable[str]) -> bool:
    """The sentence defines one of the terms ("An OMZ is a layer …", "Ex situ conservation means …", "hybrid
    journals, that is, subscription journals …", "混合型期刊是指 …", "所谓“混合型期刊”，…"), not merely names it."""
    return any(p.search(text) for p in _patterns(terms))


def definiens(text: str, terms: Iterable[str]) -> tuple[int, int] | None:
    """Where the sentence's definition of one of the terms stands (what follows "is a" / 是指 / "that is"), up to the
    clause's end; None when the sentence defines none of them or its definition is too long to be a short answer."""
    for pattern in _patterns(terms):
        match = pattern.search(text)
        if match is not None:
            return _clause_from(text, match.end())
    return None
