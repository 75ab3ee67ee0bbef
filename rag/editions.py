"""Another edition of the asked thing: asked about the *fourth* annual meeting (第四次年会), a sentence stating only
the *third* one speaks of another meeting, whatever else it shares with the question (the same board, the same
kind of meeting). Ranks are read with the support check's ``ordinals`` (1st, third, 第三, 首届), which both
languages share.

"First" is left out of the sentence's ranks: it is as often a manner ("met for the first time", "the first two")
as an edition, and a sentence saying it beside another edition's facts is still read on its words."""
from __future__ import annotations

from rag.verify import ordinals

AMBIGUOUS_RANKS = frozenset({"1", "last"})  # ranks a sentence states in other senses too ("for the first time")


def of_another_edition(question: str, sentence: str) -> bool:
    """The question asks about an edition the sentence does not state, and the sentence states another."""
    asked = ordinals(question)
    if not asked:
        return False
    stated = ordinals(sentence) - AMBIGUOUS_RANKS
    return bool(stated) and not (stated & asked) and not (ordinals(sentence) & asked)
