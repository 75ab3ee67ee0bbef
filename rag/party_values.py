"""A count given to another party of a list: "Seven of the students came from Malaysia" when the source lists
"哈萨克斯坦7名、马来西亚6名" (Kazakhstan 7, Malaysia 6).

``rag.binding`` binds a value to the source clause sharing most of the answer clause's words; in a list those are
the topic's words ("students who completed the course"), shared by the clause that opens the list, while the party
— the one word that tells the list's items apart — weighs no more than any other. Here the party is the key: an
English answer sentence stating one count and naming one party (a capitalised word, not the sentence's first) is
checked against the source's list items naming that party. When every such item states other counts and not this
one, while another item states this count without naming the party, the count belongs to someone else.
Sources are English texts (or an English gloss of Chinese ones, ``rag.gloss``).
"""
from __future__ import annotations

import re

from rag.binding import RESPECTIVELY, facts_of
from rag.text import coverage_terms, split_sentences

# a list item's boundary: "12 came from Pakistan, 9 from Thailand … and 6 from Nepal", 巴基斯坦12名、泰国9名
# (not the comma inside "1,000")
ITEM_SPLIT = re.compile(r"(?<!\d),|,(?!\d)|[;:，；：、()（）]|\s(?:and|or|while|whereas)\s")

# capitalised words that name no party of a list: the alliance, months, weekdays, titles, number words
NOT_PARTIES = frozenset("""anso alliance january february march april may june july august september october
november december monday tuesday wednesday thursday friday saturday sunday dr mr mrs ms prof professor the a an
in on at of for and one two three four five six seven eight nine ten eleven twelve""".split())
CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z][\w'’-]*")


def _parties(clause_text: str, sentence_start: bool) -> frozenset[str]:
    words = [m.group(0) for m in CAPITALISED.finditer(clause_text)
             if not (sentence_start and m.start() == len(clause_text) - len(clause_text.lstrip()))]
    return frozenset(t for w in words if w.lower() not in NOT_PARTIES for t in coverage_terms(w))


def count_of_another_party(sentence: str, sources: list[str]) -> str | None:
    """"binding: <count>" when an English sentence's clause gives a count to a party its sources give other
    counts, the count being another party's, else None. A sentence with several counts and parties is read item
    by item ("31 came from Argentina and 27 from China"), unless it pairs them by order ("respectively")."""
    items = [(coverage_terms(piece), _counts(piece)) for text in sources
             for a, b in split_sentences(text) for piece in ITEM_SPLIT.split(text[a:b]) if piece and piece.strip()]
    counts, parties = _counts(sentence), _parties(sentence, True)
    if len(counts) == 1 and len(parties) == 1:  # the two may stand in different clauses: every item naming the
        # party must state counts (none of them this one)
        return _of_another(next(iter(counts)), next(iter(parties)), items, strict=True)
    if RESPECTIVELY.search(sentence):
        return None  # pairs by order: ``rag.respectively``'s business
    pieces = [p for p in ITEM_SPLIT.split(sentence) if p and p.strip()]
    for index, piece in enumerate(pieces):
        counts, parties = _counts(piece), _parties(piece, index == 0)
        if len(counts) == 1 and len(parties) == 1 and (moved := _of_another(next(iter(counts)), next(iter(parties)),
                                                                           items)):
            return moved
    return None


def _counts(text: str) -> frozenset[str]:
    """The counts the text states, its ranks left out ("reimbursed in second class" counts nothing)."""
    from rag.verify import ordinals

    return frozenset(facts_of(text)["number"] - ordinals(text))


def _of_another(count: str, party: str, items: list[tuple[frozenset[str], frozenset[str]]],
                strict: bool = False) -> str | None:
    """"binding: <count>" when the source items naming the party all state other counts, and an item not naming
    it states this one. Unless ``strict``, items naming the party without any count ("the China–Argentina
    Workshop") say nothing of its count and are passed over."""
    naming = [numbers for terms, numbers in items if party in terms and (numbers or strict)]
    others = [numbers for terms, numbers in items if party not in terms and count in numbers]
    if naming and others and all(numbers and count not in numbers for numbers in naming):
        return f"binding: {count}"
    return None
