"""A figure stated for one year does not answer a question about another year.

"How many patent applications did the lab file in 2025?" asked of "In 2026 the laboratory published 27 papers,
compared with 14 in 2025, and filed five patent applications": 2025 is in the sentence, but bound to "14"; the
"five" patents are 2026's. A figure belongs to the year of its own clause ("14 in 2025", "2025年为14篇", a table-like
"2025: 3; 2026: 5"), else to the year the sentence opens with ("In 2026 …", "2026年，…"). English and Chinese alike.
"""
from __future__ import annotations

import re

YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
# clause boundaries (a colon is not one: "2025: 3" binds the year to its figure)
CLAUSE_END = re.compile(r"[,;，；、()（）]|\s(?:and|but|while|whereas|compared with|against)\s|而|但")
# the year a sentence is about: "In 2026 …", "During 2025, …", "2026年，…", "2026年度…"
OPENING_YEAR = re.compile(r"^\W*(?:(?:in|during|for|by|throughout)\s+)?((?:19|20)\d\d)(?!\d)(?:\s*年度?)?", re.I)


def _clause(text: str, at: int) -> str:
    """The clause of ``text`` holding position ``at``."""
    start = max((m.end() for m in CLAUSE_END.finditer(text, 0, at)), default=0)
    end = next((m.start() for m in CLAUSE_END.finditer(text, at)), len(text))
    return text[start:end]


def figure_of_another_year(question: str, sentence: str, start: int) -> bool:
    """The question asks about one year and the figure at ``start`` of the sentence is stated for another one: its
    clause names only other years, or names none and the sentence opens with another year."""
    asked = set(YEAR.findall(question))
    if len(asked) != 1:
        return False
    clause_years = set(YEAR.findall(_clause(sentence, start)))
    if clause_years:
        return not clause_years & asked
    opening = OPENING_YEAR.match(sentence)
    return opening is not None and opening.group(1) not in asked
