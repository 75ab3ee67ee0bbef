"""A why-question is answered by the sentence that gives a reason.

"Why was the aerosol lidar down so much in 2026?" — the uptime line "aerosol lidar: 81.5% in 2026" names every word
of the question and scores first; the sentence beside it says "*because* its laser failed". Among the sentences that
score close to the best, one stating a reason or a purpose (because, due to, in order to, the aim is; 因为, 由于,
是为了, 旨在) is tried first.
"""
from __future__ import annotations

import re

REASON = re.compile(r"\b(?:because|due to|owing to|as a result of|caused by|in order to|so as to|so that|the aim is|"
                    r"aims? to|aimed at|with the aim of|the purpose|the reason)\b|"
                    r"因为|由于|是为了|为了|旨在|目的是|原因是|以便|以期|所以", re.I)
REASON_MARGIN = 0.25  # a reason-giving sentence this far below the best is still tried first


def gives_reason(sentence: str) -> bool:
    return REASON.search(sentence) is not None


def reason_first(scores: list[float], texts: list[str]) -> list[int]:
    """The candidates' order (indices) with reason-giving ones that score within ``REASON_MARGIN`` of the best first,
    the others keeping their places after them."""
    top = max(scores, default=0.0)
    first = [i for i, (score, text) in enumerate(zip(scores, texts, strict=True))
             if score >= top - REASON_MARGIN and gives_reason(text)]
    return first + [i for i in range(len(scores)) if i not in first]
