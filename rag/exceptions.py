"""An exception turned into its opposite: "即使经秘书长书面批准，也不得在出发前14天以内购买机票" when the source says
tickets are bought at least 14 days ahead, "经秘书长书面批准的除外" — the approval is the exception that allows it;
"even with the Secretary-General's written approval, tickets may not be bought later" for "…, unless the
Secretary-General approves a later purchase in writing".

A sentence that says "even if X" (即使, 即便, 哪怕, "even with") denies what the source grants under X when a source
clause makes X an exception (除外, 例外, "unless", "except"): the two clauses share most of X's terms. Same-language
text only (the source or its version in the sentence's language).
"""
from __future__ import annotations

import re

from rag.text import CJK_RE, split_sentences

EVEN_IF = re.compile(r"即使|即便|哪怕|纵使|\beven\s+(?:if|with|when|after)\b", re.IGNORECASE)
CONDITION_END = re.compile(r"[,，;；:：。.!?！？]")
EXCEPTION = re.compile(r"除外|例外|\bunless\b|\bexcept\b", re.IGNORECASE)
SHARED_CONDITION = 0.5  # share of the "even if" clause's terms the source's exception clause must state
MIN_CONDITION_TERMS = 2  # terms an "even if" clause needs to be compared
LATIN_STEM = 4  # first letters an English term is compared by ("writ" of written and writing)


def exception_denied(sentence: str, sources: list[str]) -> str | None:
    """"negation: exception" when the sentence's "even if X" clause is an exception its source grants, else None."""
    from rag.verify import terms_of

    # the condition: from "even if" to the next punctuation ("with" and "when" would end a clause of CLAUSE's)
    conditions = [_stems(terms_of(CONDITION_END.split(sentence[m.end():])[0])) for m in EVEN_IF.finditer(sentence)]
    conditions = [t for t in conditions if len(t) >= MIN_CONDITION_TERMS]
    if not conditions:
        return None
    exceptions = [_stems(terms_of(part)) for text in sources for a, b in split_sentences(text)
                  for part in _exception_parts(text[a:b])]
    for condition in conditions:
        if any(len(condition & e) / len(condition) >= SHARED_CONDITION for e in exceptions):
            return "negation: exception"
    return None


def _stems(terms: frozenset[str]) -> frozenset[str]:
    """English terms cut to their first letters ("written" and "writing", "Secretary-General's" and "…-General"
    alike); Chinese terms as they are."""
    return frozenset(t if CJK_RE.search(t) else t[:LATIN_STEM] for t in terms)


def _exception_parts(sentence: str) -> list[str]:
    """The clauses of the sentence that state an exception, each with what follows "unless"/"except" in it or what
    comes before 除外 (the condition itself)."""
    from rag.verify import CLAUSE

    out = []
    for clause in CLAUSE.split(sentence):
        match = EXCEPTION.search(clause or "")
        if match:
            out.append(clause[:match.start()] if match.group(0) in ("除外", "例外") else clause[match.end():])
    return out
