"""The event a "when" question asks about, and the sentences that date THAT event.

"When will the summer school be held?" asks when it happens: a title's year, a dateline ("circulated on …") or a
deadline near the question's nouns dates another event of the document. ``rag.abstain.relation_terms`` finds the
question's own verbs but leaves out "held" / "hold" / "take place" (framing words elsewhere); for a date question
they name the asked event — its happening — and a sentence stating it (or a "Date: …" / "时间：…" field line of the
document) is what dates it. English and Chinese alike.
"""
from __future__ import annotations

import re

from rag.abstain import relation_terms, states_relation

# the question asks when something happens ("be held", "did … hold", "take place", 举行, 召开)
HAPPENING_Q = re.compile(r"\b(?:held|hold|holds|take\s+place|takes\s+place|took\s+place)\b|举行|举办|召开", re.I)
# a sentence stating that something happens (the asked event's date sits beside it)
HAPPENING_STATED = re.compile(r"\b(?:held|hold|holds|holding|convened?|take\s+place|takes\s+place|took\s+place|"
                              r"taking\s+place|runs?\s+from)\b|举行|举办|召开|开幕", re.I)
# a field line giving the document's own event date ("Date: Thursday, 22 October 2026", "时间：2026年…")
DATE_FIELD = re.compile(r"^\s*(?:dates?|time|when|日期|时间)\s*[:：]\s*\S", re.I)


def asks_happening(question: str) -> bool:
    """The question asks when its event takes place ("When will the school be held?")."""
    return bool(HAPPENING_Q.search(question))


def event_terms(question: str, lang: str) -> list[tuple[str, bool]]:
    """The verbs naming the asked event (see ``rag.abstain.relation_terms``)."""
    return relation_terms(question, lang)


def dates_asked_event(question: str, lang: str, sentence: str) -> bool | None:
    """Whether the sentence states the event a date question asks about: its verb (成立 for 哪年成立, "close" for
    "When does registration close?"), or for a question about when something happens, a verb of happening or a
    "Date:" field line. None when the question names no event the sentence could be checked against."""
    terms = event_terms(question, lang)
    happening = asks_happening(question)
    if not terms and not happening:
        return None
    if terms and states_relation(terms, sentence):
        return True
    return happening and bool(HAPPENING_STATED.search(sentence) or DATE_FIELD.match(sentence))
