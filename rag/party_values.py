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

from rag.binding import facts_of
from rag.text import coverage_terms, split_sentences

# a list item's boundary: "12 came from Pakistan, 9 from Thailand … and 6 from Nepal", 巴基斯坦12名、泰国9名
ITEM_SPLIT = re.compile(r"[,;:，；：、()（）]|\s(?:and|or|while|whereas)\s")

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
    counts, the count being another party's, else None."""
    counts, parties = facts_of(sentence)["number"], _parties(sentence, True)
    if len(counts) != 1 or len(parties) != 1:
        return None  # several counts or parties: their pairing is ``rag.binding``'s business
    (count,), (party,) = tuple(counts), tuple(parties)
    items = [(coverage_terms(piece), facts_of(piece)["number"]) for text in sources
             for a, b in split_sentences(text) for piece in ITEM_SPLIT.split(text[a:b]) if piece and piece.strip()]
    naming = [numbers for terms, numbers in items if party in terms]
    others = [numbers for terms, numbers in items if party not in terms and count in numbers]
    if naming and others and all(numbers and count not in numbers for numbers in naming):
        return f"binding: {count}"
    return None
