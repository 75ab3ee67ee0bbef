"""The name a sentence gives something: a question asking what a thing is called ("What is the name of the
spiritual teacher in Hinduism?", "What are they called?", 西半部分的名称是什么) is answered by the words after
"known as" / "called" / 称为 in the sentence ("the spiritual teacher is known as a guru" → guru), not by the
noun phrase nearest the question's terms.

Pure text functions; ``rag.short_answer`` calls ``named_as`` before its untyped finders."""

from __future__ import annotations

import re

# a question asking a name: "What is the name of …", "What is X called / known as?", 叫什么, 名称是什么, 被称为什么
NAME_Q = re.compile(r"\bname[ds]?\s+(?:of|for|given)\b|\bcalled\b|\bknown\s+as\b|\btermed\b|\breferred\s+to\s+as\b|"
                    r"叫什么|名称|名字|称为什么|称作什么|叫做什么|被称为|称之为", re.I)
# where a sentence gives a name, and an article it may put before the name
_NAMING_EN = re.compile(r"\b(?:called|named|known\s+as|termed|dubbed|referred\s+to\s+as|nicknamed)\s+"
                        r"(?:\w+ly\s+)?(?:(?:an?|the)\s+)?[\"“‘']?", re.I)  # "called *variously* combustion chamber"
_NAMING_ZH = re.compile(r"(?:被)?(?:统称为|简称为|又称为|俗称为|命名为|誉为|称为|称作|叫做|叫作|名为|又称|俗称|简称)"
                        r"\s*[“\"「《]?")
# where a given name ends: a clause mark, a bracket, a quote closing, or (English) a relative or a conjunction
_NAME_END_EN = re.compile(r"\s*(?:[,;:.!?()\[\]\"“”]|\s(?:and|or|which|that|who|because|but|after|before|in|for|"
                          r"by|with|from|at|on|to|since|when|while)\b)|$", re.I)
_NAME_END_ZH = re.compile(r"\s*(?:[，。；：、！？（）()“”\"《》]|的|是|和|与|或|并|而|$)")
MAX_NAME_WORDS_EN = 6  # a given name longer than this is a description, not a name
MAX_NAME_CHARS_ZH = 12  # … longer than this many characters (Chinese)
MIN_NAME_CHARS = 2  # a one-letter "name" is a cut word


def named_as(question: str, text: str, lang: str, nearness) -> tuple[int, int] | None:
    """Where ``text`` gives the name the question asks for: ``(start, end)`` of the words after its naming cue,
    the one ``nearness(start, end)`` ranks first (lowest) when there are several; None when the question asks
    no name or the sentence gives none that the question does not already state."""
    if not NAME_Q.search(question):
        return None
    found = [span for span in _given_names(text, lang) if _new(text[span[0]:span[1]], question)]
    return min(found, key=lambda span: nearness(*span)) if found else None


def _given_names(text: str, lang: str) -> list[tuple[int, int]]:
    cue, ending = (_NAMING_ZH, _NAME_END_ZH) if lang == "zh" else (_NAMING_EN, _NAME_END_EN)
    out = []
    for match in cue.finditer(text):
        start = match.end()
        stop = ending.search(text, start + 1) if start < len(text) else None
        end = stop.start() if stop else len(text)
        name = text[start:end].strip()
        if len(name) < MIN_NAME_CHARS or name[:1] in "，,。.;；":
            continue
        if lang == "zh" and len(name) > MAX_NAME_CHARS_ZH or lang != "zh" and len(name.split()) > MAX_NAME_WORDS_EN:
            continue
        out.append((start, start + len(text[start:end].rstrip())))
    return out


def _new(name: str, question: str) -> bool:
    """The name is not one the question already states."""
    squeezed = re.sub(r"\W", "", name).lower()
    return bool(squeezed) and squeezed not in re.sub(r"\W", "", question).lower()
