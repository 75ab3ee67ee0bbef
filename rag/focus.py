"""The question's predicate: what it asks *about its topic* ("What does the scholarship *not cover*?").

A sentence that names only the question's topic (the scholarship, the platform, the summer school) states another
fact of it; the sentence that answers states the question's other terms too. The topic is what the sentence's
document is about: its title and opening sentence (``lead``) and the chunk's heading. The question's terms that the
topic does not state are its predicate, and a sentence's *focus* is the share of their weight it states itself.
"""
from __future__ import annotations

from collections.abc import Mapping, Set

from rag.text import coverage_terms

# candidates scoring within this margin of the best tried one compete on focus: the best-scoring sentence of the
# right paragraph is often its neighbour (same topic, another fact)
FOCUS_MARGIN = 0.15
# a sentence this far below the chosen one that states more of the predicate is shown beside it, with no short answer
# (a longer answer costs less than a wrong one)
SECOND_FOCUS_MARGIN = 0.3
# focus shares are compared in steps of this size: a sentence is preferred only when it states clearly more of the
# predicate (a small difference is noise of the bigram split)
FOCUS_STEP = 0.25


def predicate_weights(weights: Mapping[str, float], topic: str) -> dict[str, float]:
    """The question's term weights without the terms its topic text states."""
    stated = coverage_terms(topic)
    return {t: w for t, w in weights.items() if t not in stated}


def focus_share(predicate: Mapping[str, float], tokens: Set[str]) -> float:
    """The share of the predicate's weight the sentence's own tokens state (0 when the question has no predicate)."""
    total = sum(predicate.values())
    if not total:
        return 0.0
    return sum(w for t, w in predicate.items() if t in tokens) / total


def focus_step(share: float) -> int:
    """The focus share as a coarse step (higher states more of the predicate)."""
    return int(share / FOCUS_STEP + 1e-9)
