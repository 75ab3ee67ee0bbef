"""Two clauses that traded a party or a value: "第二轮采用通讯评审，第一轮在北京答辩" beside a source saying
"第一轮采用通讯评审，第二轮在北京答辩".

A general check, not tied to one kind of fact: each clause of the sentence is matched to the source clause sharing
most of its terms (uniquely, at least ``MIN_SHARED``). When clause i matches source clause A and clause j matches
source clause B, and clause i carries a term only B has while clause j carries a term only A has — each at about
the place (``MAX_PLACE_SHIFT``) the other term holds in the source clause, both numbers or both words — the two
clauses have traded that term: a party, a number, a stage or a post moved to the other clause's fact. Terms are the
checker's (``rag.verify.terms_of``); a Chinese term must lie inside one word (a character pair across two words is
an accident of the pair split, not a party). Same-language text only: clauses split differently across a translation.
"""
from __future__ import annotations

import functools
import re

from rag.text import CJK_RE, _jieba, coverage_terms, split_sentences

MIN_SHARED = 2  # terms a sentence clause must share with a source clause for the two to be matched
MIN_CLAUSE_TERMS = 2  # a clause of fewer terms ("and", "respectively") matches nothing
# largest difference between a traded term's relative place in its clause and the other term's in the source
# clause (0 = start, 1 = end): a swap puts one party where the other stood; a reworded clause moves words anywhere.
# 0.25 to 0.5 gave the same catches and no false flag on every support split (dev … heldout8).
MAX_PLACE_SHIFT = 0.35
CAPITALISED = re.compile(r"(?<![\w’'])[A-Z][\w’'-]*")  # a word of a name ("Farouk", "Network")


def swapped_between_clauses(sentence: str, sources: list[str]) -> str | None:
    """"binding: X ↔ Y" when two clauses of the sentence have traded terms X and Y against the source, else None."""
    own = _clauses(sentence)
    if len(own) < 2:
        return None
    source = [clause for text in sources for clause in _source_clauses(text)]
    matched = _distinct_matches(own, source)
    if len({m for m in matched if m is not None}) < 2:
        return None
    for i, a in enumerate(matched):
        for j, b in enumerate(matched):
            if i == j or a is None or b is None or a == b:
                continue
            moved_in = (own[i][1] - source[a][1] - own[j][1]) & source[b][1]
            moved_out = (own[j][1] - source[b][1] - own[i][1]) & source[a][1]
            if not (moved_in and moved_out):
                continue
            moved_in, moved_out = _telling(moved_in, own[i][0]), _telling(moved_out, own[j][0])
            if moved_in and moved_out and _in_place(moved_in, own[i][0], moved_out, source[a][0]) \
                    and _in_place(moved_out, own[j][0], moved_in, source[b][0]):
                return f"binding: {'/'.join(sorted(moved_in))} ↔ {'/'.join(sorted(moved_out))}"
    return None


@functools.lru_cache(maxsize=256)
def _source_clauses(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """A cited text's clauses, sentence by sentence (memoised: every answer sentence citing it reads them)."""
    return tuple(clause for start, end in split_sentences(text) for clause in _clauses(text[start:end]))


def _clauses(text: str) -> list[tuple[str, frozenset[str]]]:
    from rag.verify import CLAUSE, terms_of

    return [(clause, terms) for clause in CLAUSE.split(text)
            if clause and len(terms := terms_of(clause)) >= MIN_CLAUSE_TERMS]


def _distinct_matches(own: list[tuple[str, frozenset[str]]], source: list[tuple[str, frozenset[str]]]) \
        -> list[int | None]:
    """Each sentence clause's best source clause (``_best_of``); when two clauses pick the same one, the one
    sharing less with it takes its best among the others: the party a swap moved into a clause draws it towards
    the other clause's source ("由联盟秘书长调查处理" shares 秘书长 with the appeal clause it was taken from)."""
    scores = [_match_scores(clause, terms, source) for clause, terms in own]
    matched = [_best_of(shared) for shared in scores]
    for i, a in enumerate(matched):
        rivals = [j for j, b in enumerate(matched) if j != i and a is not None and b == a]
        if rivals and all(scores[i][0] < scores[j][0] for j in rivals):
            taken = {b for b in matched if b is not None}
            matched[i] = _best_of([s for s in scores[i] if s[3] not in taken])
    return matched


def _match_scores(clause: str, terms: frozenset[str], source: list[tuple[str, frozenset[str]]]) \
        -> list[tuple[int, int, int, int]]:
    """(what it says, without numbers, all, source index) shared with each source clause, best first: what it says
    leaves out numbers and capitalised names (those are what a swap moves)."""
    said = terms - _named(clause)
    return sorted(((len(said & other - _digits(other)), len((terms & other) - _digits(other)),
                    len(terms & other), k) for k, (_, other) in enumerate(source)), reverse=True)


def _best_of(shared: list[tuple[int, int, int, int]]) -> int | None:
    """The best-scored source clause when it shares enough and is the only one so scored."""
    if not shared or shared[0][2] < MIN_SHARED or (len(shared) > 1 and shared[1][:3] == shared[0][:3]):
        return None
    return shared[0][3]



def _digits(terms: frozenset[str]) -> frozenset[str]:
    """The numbers among the terms."""
    return frozenset(t for t in terms if t.isdigit())


def _named(clause: str) -> frozenset[str]:
    """The terms of the clause's capitalised words (names of persons and bodies); a clause's first word is
    capitalised by rule ("Breaches are investigated by …"), a name only when a capitalised word follows it."""
    words = list(CAPITALISED.finditer(clause))
    if words and not clause[:words[0].start()].strip() and not (
            len(words) > 1 and not clause[words[0].end():words[1].start()].strip()):
        words = words[1:]
    return coverage_terms(" ".join(w.group(0) for w in words))


def _telling(terms: frozenset[str], clause: str) -> frozenset[str]:
    """The terms that can name a party: a Latin term or number, or a Chinese pair inside one word (第二 of 第二轮;
    not 人须 of 申请人|须)."""
    words = [w for w in _jieba().lcut(clause) if CJK_RE.search(w)]
    return frozenset(t for t in terms if not CJK_RE.search(t) or any(t in w for w in words))


def _place(term: str, clause: str) -> float | None:
    """Where the term first stands in the clause, 0 (start) to 1 (end); None when not written there as such."""
    at = clause.lower().find(term)
    return None if at < 0 else at / max(len(clause), 1)


def _in_place(terms: frozenset[str], clause: str, others: frozenset[str], other_clause: str) -> bool:
    """Whether one of the terms stands in its clause about where one of the others stands in theirs."""
    for term in terms:
        for other in others:
            here, there = _place(term, clause), _place(other, other_clause)
            if here is not None and there is not None and term.isdigit() == other.isdigit() \
                    and abs(here - there) <= MAX_PLACE_SHIFT:
                return True
    return False
