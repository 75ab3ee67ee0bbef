"""Negation by meaning: a sentence that says the opposite of its source with another word, not with a "not".

"The motion was carried" for "the motion was defeated", 仍可受理 for 不予受理, "must also be registered" for 免于登记,
提高 for "lowered": no number, name or "not" is missing, so the fact checks pass. Here a small bilingual lexicon of
the general words answers use gives each such word a *concept* and a *pole* (outcome: passed / rejected;
permission: may / may not; requirement: must / need not; direction: increase / decrease; cost: pay / free). A
negation just before a word turns its pole ("was not approved", 未获通过, 不予受理), and "must not" / 不得 is no
permission, not "no requirement".

The check fires only when it is sure: the sentence's clause states one pole of a concept and only one; the source
clause that fills the same slot — the clause, among those of the restated source sentence that state the concept,
sharing most of the sentence clause's words (same language) or most of its words through the lexicon (across
languages) — states only the other pole; and that clause shares at least ``SLOT_OVERLAP`` of its words.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

SLOT_OVERLAP = 0.25  # mean share of each clause's content words the other states: the same slot (same language)
SLOT_OF_BEST = 0.6  # the opposed clause must be this close relative to the source clause closest of all
RIVAL_MARGIN = 0.8  # a clause stating the sentence's own pole this close (relative) leaves the slot unsure
SLOT_OVERLAP_ACROSS = 0.1  # the same across languages, through the lexicon (which finds far fewer of them)
EN_NEGATORS = r"(?:not|no|never|n't|cannot|no longer)"
EN_NEGATION_GAP = 3  # words between an English negator and the word it turns ("was not formally approved")
ZH_NEGATORS = "不未没无非"
# what may stand between a Chinese negator and the word it turns (未获通过, 未被批准, 不再允许): function characters
# only — "逾期未交者不得" negates 交, not 不得
ZH_NEGATION_GAP = "[获予被曾再能可准得]{0,2}"
# a clause boundary (the sentence's parts each state their own facts)
CLAUSE = re.compile(r"[,，;；:：()（）]|\s(?:and|but|while|whereas)\s|但|而|并且|同时")

# concept → pole → (English words, Chinese words); a word listed under a pole already says it (no negation needed)
LEXICON: dict[str, dict[bool, tuple[str, str]]] = {
    "outcome": {
        True: (r"passed|approved|adopted|carried|accepted|endorsed|elected|re-elected|won",
               r"(?:获得?|予以|审议|表决|投票|一致|已|被)通过|通过了|获批|批准|采纳|当选|连任|胜出"),
        False: (r"rejected|defeated|voted down|turned down|dismissed|lost|overruled|vetoed",
                r"否决|驳回|落选|未获通过|未通过|被拒"),
    },
    "permission": {
        True: (r"may|can|could|allowed|permitted|eligible|entitled",
               r"可以|仍可|亦可|也可|均可|方可|即可|允许|准许|受理|有资格|可(?=申请|参加|提交|获得|使用|报名|再|继续|享受|延长)"),
        False: (r"forbidden|prohibited|banned|barred|ineligible|may not|cannot|must not|shall not|not allowed",
                r"不得|禁止|严禁|不可|不能|不予受理|不受理|不准"),
    },
    "requirement": {
        True: (r"must|required|requires|require|mandatory|compulsory|obliged|obligatory|needed|necessary|"
               r"need to|needs to|has to|have to",
               r"必须|须|需要|需|务必|应当|应该"),
        False: (r"exempt|exempted|optional|voluntary|need not|needn't|not required|not needed|not necessary|"
                r"does not need|do not need|no need",
                r"免于|免除|豁免|无需|无须|不必|不需|不须|不用|自愿|可选"),
    },
    "direction": {
        True: (r"increased?|increases|increasing|rose|rise|rises|risen|raised?|raises|grew|grow|grows|grown|"
               r"expanded?|expands",
               r"增加|增长|提高|上升|升高|扩大|增至|提升|上涨"),
        # "fall" as a verb only (not the season), "cut" not in "cut-off"
        False: (r"decreased?|decreases|decreasing|fell|fall(?=\s+(?:by|to|from)\b)|falls|fallen|dropped|drops|"
                r"lowered|lowers|reduced?|reduces|shrank|shrunk|cut(?!-)",
                r"减少|下降|降低|缩小|减至|降至|下滑|削减|缩减"),
    },
    "cost": {
        True: (r"pay|pays|paid|charged|charges|fee|fees",
               r"缴纳|缴费|支付|付费|收费|自理|自付|交纳"),
        False: (r"free|free of charge|waived|no fee|without charge",
                r"免费|免收|免交|免缴"),
    },
}
# a negated word of requirement ("must not", 不得须) forbids: it is the permission concept's other pole
NEGATED_REQUIREMENT_FORBIDS = frozenset({"must", "shall", "必须", "须", "应当", "应该"})


@dataclass(frozen=True)
class Mention:
    concept: str
    pole: bool


def _patterns() -> list[tuple[str, bool, re.Pattern[str], str]]:
    out = []
    for concept, poles in LEXICON.items():
        for pole, (en, zh) in poles.items():
            out.append((concept, pole, re.compile(rf"\b(?:{en})\b", re.IGNORECASE), "en"))
            out.append((concept, pole, re.compile(zh), "zh"))
    return out


_PATTERNS = _patterns()
_EN_NEGATED_BEFORE = re.compile(rf"\b{EN_NEGATORS}\b(?:\s+[\w'-]+){{0,{EN_NEGATION_GAP}}}\s*$", re.IGNORECASE)
_ZH_NEGATED_BEFORE = re.compile(rf"[{ZH_NEGATORS}]{ZH_NEGATION_GAP}$")


def mentions(clause: str) -> frozenset[Mention]:
    """The (concept, pole) pairs the clause states, a negated word's pole turned; overlapping matches keep the
    longest ("may not" over "may", 不予受理 over 受理)."""
    found: list[tuple[int, int, str, bool, str]] = []
    for concept, pole, pattern, lang in _PATTERNS:
        found += [(m.start(), m.end(), concept, pole, lang) for m in pattern.finditer(clause)]
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out: set[Mention] = set()
    end = -1
    for start, stop, concept, pole, lang in found:
        if start < end:
            continue  # inside a longer match
        end = stop
        word = clause[start:stop].lower()
        before = clause[max(0, start - 40):start]
        turned = bool((_EN_NEGATED_BEFORE if lang == "en" else _ZH_NEGATED_BEFORE).search(before))
        if lang == "en" and re.match(r"\s*(?:not|n't)\b", clause[stop:], re.IGNORECASE):
            turned = True  # "must not", "need not" (the listed phrases took the ones that say it already)
        if turned and concept == "requirement" and pole and word in NEGATED_REQUIREMENT_FORBIDS:
            out.add(Mention("permission", False))
        else:
            out.add(Mention(concept, pole != turned))
    return frozenset(out)


def clauses(text: str) -> list[str]:
    return [c for c in CLAUSE.split(text) if c and c.strip()]


def contradicted(sentence: str, sources: list[str],
                 overlap: Callable[[str, str], float], floor: float = SLOT_OVERLAP) -> str | None:
    """"polarity: <concept>" when a clause of the sentence states one pole of a concept and the source clause
    filling its slot states only the other pole, else None. The slot is the source clause closest to the sentence
    clause (``overlap``: how much of each the other states) among those stating the concept; it must be at least
    ``floor`` close, at least ``SLOT_OF_BEST`` as close as the closest source clause of all (which may state the
    concept in no word: then the sentence is about something else), and clearly closer (``RIVAL_MARGIN``) than any
    source clause stating the sentence's own pole."""
    from rag.text import split_sentences

    source_parts = [(part, mentions(part)) for text in sources for a, b in split_sentences(text)
                    for part in clauses(text[a:b])]
    for clause in clauses(sentence):
        own = mentions(clause)
        if not own:
            continue
        shares = [(overlap(part, clause), stated) for part, stated in source_parts]
        best_of_all = max((share for share, _ in shares), default=0.0)
        for concept in sorted({m.concept for m in own}):
            poles = {m.pole for m in own if m.concept == concept}
            if len(poles) != 1:
                continue  # both poles in one clause: no claim to check
            pole = poles.pop()
            opposed = [share for share, stated in shares
                       if {m.pole for m in stated if m.concept == concept} == {not pole}]
            agreeing = [share for share, stated in shares if Mention(concept, pole) in stated]
            slot = max(opposed, default=0.0)
            if slot >= floor and slot >= SLOT_OF_BEST * best_of_all and \
                    all(share < RIVAL_MARGIN * slot for share in agreeing):
                return f"polarity: {concept}"
    return None
