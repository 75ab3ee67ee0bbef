"""Year–count pairs: "9 projects in 2022, 14 in 2023 and 17 in 2024" binds each count to its own year.

A list of yearly figures keeps every number and every year of its source when two of them are swapped ("17 in
2023 and 14 in 2024"), and its pieces are too short for clause matching (``rag.binding``) to tell them apart. Here
each list item — a piece between commas, "and", 和, 、 — that states exactly one year and one count is one pair. A
sentence pair whose year and count the source both pairs, but never with each other, is a swap; a pair the source
states as is confirms the count's place, whatever clause it sits in ("2023年为980名" restated as "2023年…980名").
Same-language text only, like the rest of the binding checks.
"""
from __future__ import annotations

import re

from rag.binding import RESPECTIVELY, facts_of
from rag.text import split_sentences

# a list item's boundary: punctuation (not a thousands comma), or a conjunction joining two items
ITEM_SPLIT = re.compile(r"(?<!\d),|,(?!\d)|[，;；、()（）]|\s(?:and|while|whereas|but|then|up from|down from)\s|"
                        r"以及|和|及|而")


def year_counts(text: str) -> set[tuple[str, str]]:
    """(year, count) pairs of the text's list items that state exactly one of each."""
    pairs = set()
    for start, end in split_sentences(text):
        for item in ITEM_SPLIT.split(text[start:end]):
            if not item or not item.strip():
                continue
            facts = facts_of(item)
            if len(facts["year"]) == 1 and len(facts["number"]) == 1:
                pairs.add((next(iter(facts["year"])), next(iter(facts["number"]))))
    return pairs


def confirmed(sentence: str, sources: list[str]) -> frozenset[str]:
    """Years and counts the sentence pairs as a source does: their binding is settled."""
    stated = set().union(*(year_counts(s) for s in sources)) if sources else set()
    return frozenset(value for pair in year_counts(sentence) & stated for value in pair)


def swapped_year_count(sentence: str, sources: list[str]) -> str | None:
    """"binding: N in YEAR" when the sentence pairs a count with a year the source pairs with other counts (and
    the count with other years), else None."""
    if RESPECTIVELY.search(sentence):  # "9, 14 and 17 in 2022, 2023 and 2024, respectively" pairs by order
        return None
    stated = set().union(*(year_counts(s) for s in sources)) if sources else set()
    years = {year for year, _ in stated}
    counts = {count for _, count in stated}
    for year, count in sorted(year_counts(sentence) - stated):
        if year in years and count in counts:
            return f"binding: {count} in {year}"
    return None
