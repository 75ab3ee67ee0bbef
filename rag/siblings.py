"""Sibling programmes told apart by a bracketed qualifier: 联盟访问学者计划（生命科学方向） asked, the document is
about 联盟访问学者计划（人工智能与交叉科学方向）; "the Fellowship Programme (Life Sciences)" asked, the call is for
"the Fellowship Programme (Materials Science)".

Every other word of the question is in such a document, so it seems to answer; but it names the asked programme
with another qualifier and never states the asked one. Its deadline, its stipend or its website belong to the
sibling programme, not to the one asked about."""

from __future__ import annotations

import re

from rag.text import CJK_RE, normalize

# a name with a bracketed qualifier in a question: 计划（生命科学方向）, "Programme (Life Sciences)"
_QUALIFIED = re.compile(r"([^\s（）()]{2,}(?:\s+[^\s（）()]+){0,3})\s*[（(]([^（）()]{2,40})[）)]")
# the shortest end of the asked name that must precede the document's own qualifier (计划, "Programme")
MIN_HEAD_CHARS = {"zh": 2, "en": 4}
_ACRONYM = re.compile(r"^[A-Z0-9&\-–. ]+$")  # （LDC）, (ARISP): an abbreviation, not a qualifier


def names_sibling(question: str, lang: str, document: str) -> bool:
    """The question names a programme with a bracketed qualifier that ``document`` never states, while the document
    gives the same name another bracketed qualifier."""
    text = normalize(document)
    for match in _QUALIFIED.finditer(normalize(question)):
        name, qualifier = match.group(1), match.group(2).strip()
        if _ACRONYM.match(qualifier) or bool(CJK_RE.search(qualifier)) != (lang == "zh"):
            continue  # an abbreviation or a gloss in the other language: not a qualifier of the name
        if _stated(qualifier, text):
            continue
        if any(other != qualifier for other in _document_qualifiers(name, lang, text)):
            return True
    return False


def _stated(qualifier: str, text: str) -> bool:
    """The qualifier appears in the text (Latin case-insensitively)."""
    return qualifier.lower() in text.lower()


def _document_qualifiers(name: str, lang: str, text: str) -> list[str]:
    """The bracketed qualifiers the text gives the longest end of ``name`` it names with one."""
    minimum = MIN_HEAD_CHARS["zh" if lang == "zh" else "en"]
    for start in range(len(name) - minimum + 1):
        head = name[start:].lstrip()
        if len(head) < minimum or (lang != "zh" and start and name[start - 1] != " "):
            continue  # an English head starts at a word
        found = re.findall(rf"{re.escape(head)}\s*[（(]([^（）()]{{2,40}})[）)]", text, re.I)
        if found:
            return [f.strip() for f in found]
    return []
