"""Acts: who did what. "Xi Jinping sent a letter and attended the ceremony" when the source has Liu He attend it.

An English sentence that opens with a person and goes on with what they did ("<person> <verb> … and <verb> …")
gives each act to that person. Each act is looked up in the source: the source sentence that uses the same verb
and shares most of the act's terms. When the words before that verb there (its subject) name a person, and not
this one, the act belongs to someone else. Passive clauses ("was read by …") are left alone on either side:
their subject is not who acted (roles, ``rag.binding``, cover "organized by"). Same-language text only.
"""
from __future__ import annotations

import re

from rag.text import CJK_RE, EN_STOPWORDS, coverage_terms, split_sentences

MIN_SHARED = 2  # terms an act must share with a source sentence for the two to speak of the same act
# a sentence's opening person: capitalised words (titles among them) up to the first lower-case word, the verb
OPENING = re.compile(r"^\s*((?:[A-Z][\w.’'-]*\s+){1,5}?)([a-z]+)\b")
PASSIVE = frozenset({"was", "were", "is", "are", "been", "be", "being"})
# "… and attended …": a further act of the same subject (the word after "and" is a verb, not "the" or "his")
NEXT_ACT = re.compile(r",?\s+(?:and|then)\s+(?=([a-z]+)\b)")
CLAUSE_START = re.compile(r"[,;:]|\b(?:and|while|whereas|but)\b")
AGENT = re.compile(r"^\s+by\s+(.*)")  # the doer of a passive verb, right after it


def people(text: str) -> set[str]:
    """Persons an English text names: with a title ("President Xi Jinping"), or in pinyin ("Liu He")."""
    from rag.binding import person_names
    from rag.pinyin_names import pinyin_names

    return person_names(text) | {name.lower() for name in pinyin_names(text)}


def acts(sentence: str) -> tuple[set[str], list[str]]:
    """The sentence's opening persons and the acts it gives them ("sent a letter", "attended the ceremony")."""
    opening = OPENING.match(sentence)
    if not opening or opening.group(2) in PASSIVE or opening.group(2) in EN_STOPWORDS:
        return set(), []
    subjects = people(opening.group(1))
    rest = sentence[opening.start(2):]
    starts = [0] + [m.end() for m in NEXT_ACT.finditer(rest) if m.group(1) not in EN_STOPWORDS]
    return subjects, [rest[a:b] for a, b in zip(starts, [*starts[1:], len(rest)], strict=True)]


def act_of_another(sentence: str, sources: list[str]) -> str | None:
    """"binding: act" when an act the sentence gives its opening person is, in the source, another person's."""
    if CJK_RE.search(sentence):
        return None
    subjects, found = acts(sentence)
    if not subjects:
        return None
    source_sentences = [s[a:b] for s in sources for a, b in split_sentences(s)]
    for act in found:
        doer = _doers(act, source_sentences)
        if doer and not any(_same(one, other) for one in subjects for other in doer):
            return "binding: act"
    return None


def _doers(act: str, sentences: list[str]) -> set[str]:
    """The persons named as the subject of the act's verb in the source sentence that best shares its terms."""
    verb = act.split()[0]
    terms = coverage_terms(act)
    best, doers = MIN_SHARED - 1, set()
    for sentence in sentences:
        at = re.search(rf"\b{re.escape(verb)}\b", sentence)
        shared = len(terms & coverage_terms(sentence[at.start():])) if at else 0
        if at and shared > best:
            before = CLAUSE_START.split(sentence[:at.start()])[-1]
            passive = before.split()[-1:] and before.split()[-1].lower() in PASSIVE
            best, doers = shared, _agents(sentence[at.end():]) if passive else people(before)
    return doers


def _agents(after: str) -> set[str]:
    """The persons a passive verb names as its doers ("was chaired by Professor Ahmed Khalil of …"), else none."""
    agent = AGENT.match(after)
    return people(CLAUSE_START.split(agent.group(1))[0]) if agent else set()


def _same(one: str, other: str) -> bool:
    words, others = set(one.split()), set(other.split())
    return words <= others or others <= words


# --- Chinese: the persons before an act's verb in its clause ("开幕式由X博士主持", "Y教授作了主旨报告") ---------
ZH_CLAUSE = re.compile(r"[，,；;。！？!?：:]")
ZH_VERB_FLAGS = ("v", "vn")
MIN_ZH_VERB = 2  # a one-character verb (作, 是, 有) says too little to bind an act
_ZH_PERSON_END = r"(?=博士(?!学位|生|后)|教授|院士|先生|女士|研究员)"
# a person named before a title: a transliterated name ("法鲁赫·纳扎罗夫博士"), or two or three characters after a
# boundary or the end of an institution's or a post's name ("地球物理研究所高远教授", "南京大学孙丽华教授",
# "、李明博士")
ZH_TITLED_PERSON = re.compile(r"[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff·]{1,10}?" + _ZH_PERSON_END + "|"
                              r"(?:^|(?<=[的由和与及、，,。；;：:“\"（(是为向对被请所院学局会心室处部校长任员官席了在给将把从同经让]))"
                              r"[\u4e00-\u9fff]{2,3}?" + _ZH_PERSON_END)


def zh_doers(clause: str) -> list[tuple[str, frozenset[str]]]:
    """Each verb of a Chinese clause with the persons named (before a title) ahead of it in the clause: persons
    joined by 和/与 all act."""
    from rag.text import pos_tagger

    spans = [(m.start(), m.end(), m.group(0)) for m in ZH_TITLED_PERSON.finditer(clause)]
    out, offset = [], 0
    for token in pos_tagger().lcut(clause):
        start, offset = offset, offset + len(token.word)
        persons = frozenset(name for _, end, name in spans if end <= start)
        inside = any(a <= start < b for a, b, _ in spans)
        if token.flag in ZH_VERB_FLAGS and len(token.word) >= MIN_ZH_VERB and persons and not inside:
            out.append((token.word, persons))
    return out


def zh_act_of_another(sentence: str, sources: list[str]) -> str | None:
    """"binding: act" when a Chinese sentence gives an act (a verb named once in the sources) to persons none of
    whom the source names before that verb, though it names one of them elsewhere ("开幕式由高远教授主持" when the
    source has 纳扎罗夫博士主持 and 高远教授作报告), else None. Same-language text only."""
    if not CJK_RE.search(sentence) or not sources:
        return None
    joined = "\n".join(sources)
    source_acts = [(act, clause) for text in sources for clause in ZH_CLAUSE.split(text) for act in zh_doers(clause)]
    for clause in ZH_CLAUSE.split(sentence):
        for verb, persons in zh_doers(clause):
            stated = [(doers, where) for (v, doers), where in source_acts if v == verb]
            if len(stated) != 1 or joined.count(verb) != 1:
                continue  # an act named more than once, or without its doer: no binding to check
            doers, where = stated[0]
            if any(p in where for p in persons):
                continue  # the source's clause names the person too, in a way not read as its doer
            if not _any_same(persons, doers) and any(p in joined for p in persons):
                return "binding: act"
    return None


def _any_same(persons: frozenset[str], doers: frozenset[str]) -> bool:
    return any(p in d or d in p for p in persons for d in doers)
