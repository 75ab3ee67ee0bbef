"""Organisation and programme names a question is about: "When was the *Chinese Academy of Sciences* founded?",
"*DRFP* 的博士生…", "*中国科学院*是哪一年成立的？". Evidence that never names the asked body answers about another one
(the alliance's founding date is not the academy's), so such a name must be matched whole — not word by word —
by the evidence, directly, by its acronym, or by the name the acronym stands for."""

from __future__ import annotations

import functools
import logging
import re

# words that make a capitalised English phrase an organisation, programme or event rather than a person or place
ORG_WORDS = re.compile(
    r"\b(?:Academy|Academies|Government|University|Committee|Council|Institute|Organi[sz]ations?|Ministry|Alliance|"
    r"Network|Agency|Centre|Center|Association|Society|Division|Office|Secretariat|Programme|Program|Forum|Bureau|"
    r"Department|School|Foundation|Commission|Federation|Union|Consortium|Initiative|Fund|Laboratory|Observatory)\b"
)
# a capitalised phrase ("Chinese Academy of Sciences", "Water and Climate Network") or an acronym ("ANSO", "CAS")
CAP_PHRASE = re.compile(
    r"(?<![\w’'])(?:[A-Z][\w’'-]*)(?:\s+(?:(?:of|the|and|for|on|in|&)\s+)*[A-Z][\w’'-]*)*"
)
ACRONYM = re.compile(r"(?<![A-Za-z])[A-Z]{2,}[a-z]?[A-Z]*(?![A-Za-z])")
# all-capital words that are not bodies: currencies, times of day, degrees, units
NOT_BODIES = frozenset(
    "CNY USD RMB EUR GBP JPY AM PM UTC GMT CST BST PHD MSC BSC URL PDF HTML ID OK TV CV ISBN DOI".split()
)
# jieba's tag for an organisation name (中国科学院, 北京市人民政府); a tagged word this short is a fragment
ZH_ORG_TAG = "nt"
MIN_ZH_ORG_CHARS = 4
NAME_JOINERS = frozenset("of the and for on in &".split())


def asked_bodies(question: str) -> list[str]:
    """Organisation or programme names in the question (English phrases, acronyms, Chinese organisation names)."""
    found: list[str] = []
    for match in CAP_PHRASE.finditer(question):
        phrase = _trim(match.group(0))
        if ORG_WORDS.search(phrase) and len(phrase.split()) >= 2:
            found.append(phrase)
    found += [a for a in ACRONYM.findall(question) if a.upper() not in NOT_BODIES and not _inside(a, found)]
    found += [w for w, tag in _zh_tagged(question) if tag == ZH_ORG_TAG and len(w) >= MIN_ZH_ORG_CHARS]
    return found


def missing_body(question: str, evidence: str) -> str | None:
    """The first organisation or programme name the question asks about that ``evidence`` never names, or None."""
    for body in asked_bodies(question):
        if not names(evidence, body):
            return body
    return None


def names(text: str, body: str) -> bool:
    """``text`` names ``body``: the name itself (any case), its acronym, or a phrase the acronym stands for."""
    if body.lower() in text.lower():
        return True
    words = [w.lower() for w in body.split() if w.lower() not in NAME_JOINERS]
    if len(words) >= 2 and words_in(text, words):  # "ANSO Secretariat" names "the Secretariat of ANSO"
        return True
    if ACRONYM.fullmatch(body):
        # the words of some capitalised phrase begin with its letters ("ANSO Young Scientists Forum" names YSF)
        return any(body.upper() in _initials(m.group(0)) for m in CAP_PHRASE.finditer(text))
    initials = _initials(body)
    return len(initials) >= 2 and re.search(rf"(?<![A-Za-z]){re.escape(initials)}(?![A-Za-z])", text) is not None


def words_in(text: str, words: list[str]) -> bool:
    """Every one of ``words`` stands in ``text`` as a whole word (any case, any order)."""
    present = {w.lower() for w in re.findall(r"[A-Za-z][\w’'-]*", text)}
    return all(w in present for w in words)


def _trim(phrase: str) -> str:
    """A capitalised phrase without a leading article or question word ("The", "What", "Which")."""
    words = phrase.split()
    while words and words[0].lower() in {"the", "what", "which", "who", "when", "where", "how", "why", "is", "was",
                                         "did", "does", "do", "are", "were", "a", "an", "and", "in", "on", "at"}:
        words = words[1:]
    while words and words[-1].lower() in NAME_JOINERS:
        words = words[:-1]
    return " ".join(words)


def _initials(phrase: str) -> str:
    return "".join(w[0] for w in phrase.split() if w[:1].isupper() and w.lower() not in NAME_JOINERS).upper()


def _inside(acronym: str, phrases: list[str]) -> bool:
    return any(acronym in phrase.split() for phrase in phrases)


@functools.lru_cache(maxsize=2048)
def _zh_tagged(text: str) -> tuple[tuple[str, str], ...]:
    if not re.search(r"[\u4e00-\u9fff]", text):
        return ()
    from rag.text import _jieba

    _jieba()
    import jieba.posseg as posseg

    logging.getLogger("jieba").setLevel(logging.WARNING)
    return tuple((w, f) for w, f in posseg.cut(text))
