"""A sentence that leaves the asked thing to its neighbour answers something else.

A question asks about a thing ("How much *airfare support* …", 多少*资助*, "What is the *deadline* …"). When a sentence
of a paragraph names that thing and another sentence of the same paragraph does not, the one that does not states
another fact of the topic (the registration fee beside the airfare support): its figure or name is not the answer,
even though its paragraph holds every word of the question. The sentences that name the thing come first already
(``Extractive._head_first``); this rule keeps the others out when those were turned down (a figure of another party,
of another year), so that the answerer abstains instead of falling back on the paragraph's other fact.
"""
from __future__ import annotations

from rag.abstain import asked_heads, states_relation
from rag.text import CJK_RE


def _heads(question: str) -> list[tuple[str, bool]]:
    return [(h, bool(CJK_RE.search(h))) for h in asked_heads(question)]


def leaves_head_to_neighbour(question: str, sentence: str, neighbours: list[str]) -> bool:
    """True when the question names a thing it asks about, ``sentence`` does not name it, and one of ``neighbours``
    (the other sentences of its paragraph) does."""
    heads = _heads(question)
    if not heads or states_relation(heads, sentence):
        return False
    return any(states_relation(heads, other) for other in neighbours if other != sentence)
