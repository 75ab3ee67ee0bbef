"""The asked relation with its parties the other way round.

"How many IHB researchers can *IFReDI* host each year?" is not answered by "*IHB* will host up to four IFReDI
researchers a year": the sentence names both parties and the verb, but the host is the other one. The question's doer
is the body right before its verb ("can IFReDI host", "IFReDI每年可接待"); the sentence's is the first body of the
clause that states the verb. Bodies are acronyms (two capitals or more: IHB, IFReDI, MKAO), which both languages
write alike; a sentence whose doer is another body the question names answers the reverse question.
"""
from __future__ import annotations

import re

from rag.abstain import _tag_question
from rag.text import coverage_terms

ACRONYM = r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*"
BODY = re.compile(rf"(?<![A-Za-z]){ACRONYM}(?![A-Za-z])")
# "can IFReDI host", "does IFReDI have to provide", "will the IHB pay"
EN_DOER_VERB = re.compile(rf"\b(?:can|could|does|do|did|will|would|must|should|may)\s+(?:the\s+)?({ACRONYM})\s+"
                          rf"(?:have\s+to\s+|need\s+to\s+)?([a-z]{{3,}})\b")
CLAUSE_END = re.compile(r"[;；。.!?！？]\s")


def _doer_and_verb(question: str, lang: str) -> tuple[str, str] | None:
    if lang == "en":
        match = EN_DOER_VERB.search(question)
        return (match.group(1), match.group(2)) if match else None
    words = _tag_question(question)  # not normalised: an acronym keeps its capitals
    for i, (word, _) in enumerate(words):
        if BODY.fullmatch(word):
            verb = next((w for w, tag in words[i + 1:i + 4] if tag == "v" and len(w) >= 2), None)
            return (word, verb) if verb else None
    return None


def _states_verb(verb: str, text: str) -> re.Match | None:
    if re.search(r"[\u4e00-\u9fff]", verb):
        return re.search(re.escape(verb), text)
    stem = next(iter(coverage_terms(verb)), verb)
    return re.search(rf"\b{re.escape(stem)}\w*", text, re.I)


def reversed_roles(question: str, lang: str, sentence: str) -> bool:
    """True when the sentence states the question's verb with another body the question names as its doer."""
    found = _doer_and_verb(question, lang)
    if found is None:
        return False
    doer, verb = found
    others = {b for b in BODY.findall(question) if b != doer}
    said = _states_verb(verb, sentence)
    if not others or said is None:
        return False
    clause_start = max((m.end() for m in CLAUSE_END.finditer(sentence[:said.start()])), default=0)
    first = BODY.search(sentence, clause_start, said.start())
    return first is not None and first.group(0) in others
