"""Another party of the same kind, in English: the question asks about the *MekongNet* team, *Category A* fellows or
an institution *in Uganda*; the sentence names the *Padma Flow* team, *Category B* fellows or institutions *in Peru*,
and never the asked one. Its figure or name is the other party's, not an answer (``rag.abstain.names_another_party``
is the Chinese counterpart).

Three ways English ties a qualifier to a head noun:
- a name before the noun: "the MekongNet team" (a capitalised word, not an acronym of the alliance's sort);
- a letter or number after a capitalised noun: "Category A", "Phase 2", "Group B";
- a place after "in" / "from": "institution in Uganda", "participants from Peru".
"""
from __future__ import annotations

import re

from rag.text import coverage_terms

# "<Name> <noun>": one or two capitalised words right before a lower-case noun
_NAME_BEFORE = re.compile(r"\b((?:[A-Z][\w’'-]*\s+)?[A-Z][\w’'-]*)\s+([a-z][a-z-]{2,})\b")
# "<Noun> <letter or number>": a capitalised noun labelled by one capital letter or a small number
_LABEL_AFTER = re.compile(r"\b([A-Z][a-z]{2,})\s+([A-Z]|\d{1,2})\b(?![\w’'-])")
# "<noun> in/from <Place>": a lower-case noun and the capitalised place after the preposition
_PLACE_AFTER = re.compile(r"\b([a-z][a-z-]{2,})\s+(?:in|from)\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})")
# capitalised words that qualify nothing: a sentence's opening article, question words, the alliance's own name
_NOT_QUALIFIERS = frozenset("the a an this that these those what which who whom whose when where how why is are was "
                            "were did does do will can could should would its their his her our anso".split())


def names_another_party_en(question: str, sentence: str) -> bool:
    """The sentence ties a head noun of the question to another qualifier of its kind and never states the
    question's own one (see the module's doc)."""
    for pattern, head_group, qualifier_group in ((_NAME_BEFORE, 2, 1), (_LABEL_AFTER, 1, 2), (_PLACE_AFTER, 1, 2)):
        for match in pattern.finditer(question):
            qualifier = _qualifier(match.group(qualifier_group))
            if qualifier is None or _states(sentence, qualifier):
                continue
            head = coverage_terms(match.group(head_group))
            if head and any(_other_qualifier(m.group(qualifier_group), qualifier)
                            and coverage_terms(m.group(head_group)) == head for m in pattern.finditer(sentence)):
                return True
    return False


def _qualifier(words: str) -> str | None:
    """The qualifying words without a leading article or question word; None when nothing qualifies."""
    kept = [w for w in words.split() if w.lower() not in _NOT_QUALIFIERS]
    return " ".join(kept) if kept else None


def _other_qualifier(words: str, asked: str) -> bool:
    """Another qualifier, not the asked one nor a part of it ("The Board admitted" is the Governing Board's)."""
    other = _qualifier(words)
    if other is None:
        return False
    other_words, asked_words = set(other.lower().split()), set(asked.lower().split())
    return not (other_words <= asked_words or asked_words <= other_words)


def _states(sentence: str, qualifier: str) -> bool:
    return re.search(rf"(?<![\w’'-]){re.escape(qualifier)}(?![\w’'-])", sentence, re.I) is not None
