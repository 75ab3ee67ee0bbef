""""All" said of what the source says of a counted part: "考察组采集的样品均检出对马拉硫磷的抗性" when the source
has "样品中，有两份检出对马拉硫磷的抗性，均来自哈兰沙漠"; "All samples showed resistance" for "two of the samples
showed resistance, and all came from the Kharan desert".

``rag.verify.unstated_quantifiers`` asks only that a sentence's "all" (均, every) be somewhere in its sources; the
source above states 均 — of another predicate. Here the words after the sentence's "all" (what it says all of them
do) are matched to the source clause stating them best; when that clause counts a part instead (a number, "some",
部分) and says no "all" itself, the sentence has widened a part to the whole. A faithful "all" over a clause that
counts nothing ("All participants received certificates" beside "All 30 participants, …, received certificates")
is left alone. Same-language text only.
"""
from __future__ import annotations

import re

from rag.text import CJK_RE, _jieba, split_sentences

MIN_SCOPE_TERMS = 2  # terms the words after "all" must share with a source clause to be matched to it
# the English words for "all" that scope what follows them (each/every scope a noun, then the predicate)
EN_ALL = re.compile(r"\b(?:all|every|each)\b", re.IGNORECASE)
ZH_ALL_WORDS = ("均", "都")
ZH_ALL_PHRASES = ("所有", "全部")  # jieba may cut them apart ("学完全部" as 学/完全/部)
# a part of a set: a count (有两份, "two of"; not a total, 共有587名), or a word for some of it
EN_PART = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+of\b|\b(?:some|several|a few|most|"
                     r"only)\b", re.IGNORECASE)
ZH_PART = re.compile(r"(?:(?<!共)有|其中)[\d零一二两三四五六七八九十百]+[个份名位项家所种批只头]|"
                     r"部分|一些|少数|个别|仅|只有")


def widened_to_all(sentence: str, sources: list[str]) -> str | None:
    """"quantifier: all" when the sentence says "all" of what the source clause stating it says of a counted part."""
    from rag.verify import CLAUSE, terms_of

    clauses = [c for text in sources for a, b in split_sentences(text) for c in CLAUSE.split(text[a:b]) if c]
    for clause in CLAUSE.split(sentence):
        at = _after_all(clause)
        if at is None:
            continue
        scope = terms_of(clause[at:])
        shares = [len(scope & terms_of(c)) for c in clauses]
        best = max(shares, default=0)
        if best < MIN_SCOPE_TERMS:
            continue
        winners = [c for c, s in zip(clauses, shares, strict=True) if s == best]
        if all(_counts_a_part(c) and _after_all(c) is None for c in winners):
            return "quantifier: all"
    return None


def _after_all(clause: str) -> int | None:
    """Where the words after the clause's "all" start, else None."""
    if CJK_RE.search(clause):
        found = [clause.find(w) + len(w) for w in ZH_ALL_PHRASES if w in clause]
        at = 0
        for word in _jieba().lcut(clause):  # 均 and 都 only as words of their own (平均 is "average", 首都 "capital")
            at += len(word)
            if word in ZH_ALL_WORDS:
                found.append(at)
        return min(found, default=None)
    match = EN_ALL.search(clause)
    return match.end() if match else None


def _counts_a_part(clause: str) -> bool:
    return bool((ZH_PART if CJK_RE.search(clause) else EN_PART).search(clause))
