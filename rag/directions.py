"""Directions: which party does what to whom. "The Herbarium will digitise specimens for the Institute" when the
source has the Institute digitise them for the Herbarium — the same words, the two parties swapped.

Each clause of the sentence is matched to the source clause (same language) sharing most of its terms; when they
share nearly all of them, every pair of parties (English: capitalised words after the clause's first, and
acronyms; Chinese: nouns jieba tags) named once in both is compared around a link word (a verb or preposition
also named once in both):
"P … link … Q" in the sentence and "Q … link … P" in the source is a swap. Clauses with a passive or coordinating
word between the parties ("by", 被, 由, "and", 和) are left alone: they reorder parties faithfully.
"""
from __future__ import annotations

import re

from rag.text import CJK_RE, EN_STOPWORDS, coverage_terms, split_sentences

SAME_CLAUSE = 0.7  # share of the sentence clause's terms its source clause must state: the same statement
# words that reorder the parties of a faithful paraphrase (passive, coordination, reciprocity)
REORDERING = frozenset({"by", "and", "with", "between", "both", "each", "other", "mutual", "mutually", "together",
                        "被", "由", "和", "与", "及", "同", "跟", "双方", "相互", "互相", "共同", "、"})
# prepositions that give a direction ("for the Herbarium", "merge X into Y")
# coordinating words among them: they join two parties ("A and B", A和B) only when no act stands before them between
# the parties; after an act they join two clauses ("由秘书长提名、执行委员会批准", "A nominates and B approves")
COORDINATING = frozenset({"and", "和", "与", "及", "同", "跟", "、"})
EN_LINKS = frozenset({"for", "to", "from", "on", "behalf", "into", "onto"})
ZH_PARTY_FLAGS = ("n", "nt", "ns", "nz", "nr", "nrt", "nrfg", "j")
ZH_LINK_FLAGS = ("v", "vn", "p")
CLAUSE = re.compile(r"(?<!\d),|,(?!\d)|[，;；:：]|\s(?:while|whereas|but)\s|而且|同时")
EN_WORD = re.compile(r"[A-Za-z][\w’'-]*")


def _tokens(clause: str) -> list[tuple[str, str]]:
    """(word, kind) for each word: "party", "link" or "" (other)."""
    if CJK_RE.search(clause):
        from rag.text import pos_tagger

        out = []
        for w in pos_tagger().lcut(clause):
            if w.flag in ZH_PARTY_FLAGS and len(w.word) > 1:
                out.append((w.word, "party"))
            elif w.flag in ZH_LINK_FLAGS or w.word in REORDERING:
                out.append((w.word, "link"))
            else:
                out.append((w.word, ""))
        return out
    words = EN_WORD.findall(clause)
    out = []
    for i, word in enumerate(words):
        lower = word.lower()
        acronym = len(word) > 1 and word.isupper()  # "IBCAS" opening a clause is a party; "Under" is not
        if (acronym or (i and word[0].isupper())) and lower not in EN_STOPWORDS:
            out.append((word, "party"))  # as written: "Herbarium" the party, "herbarium specimens" the thing
        elif lower in EN_LINKS or lower in REORDERING or lower not in EN_STOPWORDS:
            out.append((lower, "link"))
        else:
            out.append((lower, ""))
    return out


def _once(tokens: list[tuple[str, str]], kind: str) -> dict[str, int]:
    """The words of a kind that occur once, with their positions."""
    counts: dict[str, int] = {}
    for word, _ in tokens:
        counts[word] = counts.get(word, 0) + 1
    return {w: i for i, (w, k) in enumerate(tokens) if k == kind and counts[w] == 1}


def _reordering(between: list[tuple[str, str]]) -> bool:
    """Whether the words between two parties reorder them faithfully: a passive or reciprocal word, or a
    coordinating word with no act before it (A和B, not A提名、B批准)."""
    acted = False
    for word, kind in between:
        if word in COORDINATING and not acted or word in REORDERING - COORDINATING:
            return True
        acted = acted or (kind == "link" and word not in REORDERING)
    return False


def _swap(answer: list[tuple[str, str]], source: list[tuple[str, str]]) -> tuple[str, str] | None:
    """Two parties on the two sides of one link in the answer, and on the other sides of it in the source."""
    parties_a, parties_s = _once(answer, "party"), _once(source, "party")
    links_a, links_s = _once(answer, "link"), _once(source, "link")
    shared = [p for p in parties_a if p in parties_s]
    links = [w for w in links_a if w in links_s]
    for i, p in enumerate(shared):
        for q in shared[i + 1:]:
            first, second = (p, q) if parties_a[p] < parties_a[q] else (q, p)
            if _reordering(answer[parties_a[first] + 1:parties_a[second]]):
                continue
            for link in links:
                if (parties_a[first] < links_a[link] < parties_a[second]
                        and parties_s[second] < links_s[link] < parties_s[first]
                        and not _reordering(source[parties_s[second] + 1:parties_s[first]])):
                    return first, second
    return None


def swapped_parties(sentence: str, sources: list[str]) -> str | None:
    """"direction: P/Q" when a clause of the sentence restates a source clause with two parties swapped, else None.
    ``sources`` are texts in the sentence's language."""
    source_clauses = [c for text in sources for s, e in split_sentences(text) for c in _with_antecedents(text[s:e])]
    for clause in (c for c in CLAUSE.split(sentence) if c):
        terms = coverage_terms(clause)
        if len(terms) < 2:
            continue
        shares = [len(terms & coverage_terms(c)) / len(terms) for c in source_clauses]
        best = max(shares, default=0.0)
        if best < SAME_CLAUSE:
            continue
        for source, share in zip(source_clauses, shares, strict=True):
            if share == best and (pair := _swap(_tokens(clause), _tokens(source))):
                return f"direction: {pair[0]}/{pair[1]}"
    return None


# a relative clause about a person (", who joined the Board …") and the titled person before it, its antecedent
EN_RELATIVE_WHO = re.compile(r"^\s*who\s+", re.IGNORECASE)
EN_TITLED_PERSON = re.compile(r"\b(?:Dr|Prof|Professor|Mr|Mrs|Ms|Madam)\.?\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}")


def _with_antecedents(sentence: str) -> list[str]:
    """The sentence's clauses, a clause opening with "who" led by the last titled person of the clause before it:
    "The Chair welcomed Ms. Tran Thi Lan of the Academy, who joined the Board in place of Dr. Nguyen Van Hoa" has
    the clause "Ms. Tran Thi Lan joined the Board in place of Dr. Nguyen Van Hoa"."""
    out: list[str] = []
    for clause in (c for c in CLAUSE.split(sentence) if c):
        relative = EN_RELATIVE_WHO.match(clause)
        persons = EN_TITLED_PERSON.findall(out[-1]) if relative and out else []
        out.append(f"{persons[-1]} {clause[relative.end():]}" if relative and persons else clause)
    return out
