"""A document that names almost none of the things the question names is not about what is asked.

"2025年的海岸带观测夏季学校在哪里举办？" answered from the air-quality network's report ("网络秘书处设在北京…"): the
report shares a year and a verb with the question, enough for the paragraph-wide term check, but it never names a
coast, a summer school or anything else the question is about, in either language. Its place is another thing's.
The question's nouns (Chinese: jieba's n… words; English: its content terms) are looked for in the candidate's
document (its opening, its retrieved passages and their versions in the other language), directly or through a
translation.
"""
from __future__ import annotations

import re

from rag.abstain import FRAME_ZH, _tag_question
from rag.lexicon import Lexicon, states
from rag.other_language import MIN_NOUN_CHARS
from rag.text import CJK_RE, ZH_STOPWORDS, coverage_terms, normalize

MAX_UNNAMED_SHARE = 0.8  # a document leaving at least this share of the question's nouns unnamed is about another thing
MIN_NOUNS = 2  # … counted over at least this many nouns: one noun ("怎样的焊接*工艺*") is too little to tell
_ASKED_BEFORE = re.compile(r"(?:哪.?|什么|何|怎样的?|哪些)$")  # the noun after these is the category asked for


def _nouns(question: str) -> list[str]:
    """The question's nouns, not the category it asks for ("哪家*公司*", "叫什么*名字*": what the answer is, not
    what the question names)."""
    text = normalize(question)
    nouns, pos = [], 0
    for word, tag in _tag_question(text):
        at = text.find(word, pos)
        pos = at + len(word) if at >= 0 else pos
        if tag.startswith("n") and len(word) >= MIN_NOUN_CHARS and word not in ZH_STOPWORDS and word not in FRAME_ZH \
                and not _ASKED_BEFORE.search(text[:max(at, 0)]):
            nouns.append(word)
    return list(dict.fromkeys(nouns))


MIN_PART_CHARS = 2  # a Chinese name of three or more characters is named by any two of them in a row


def _named(noun: str, norm: str, tokens: frozenset[str], lexicon: Lexicon | None) -> bool:
    """The noun is in the document as written, by a part of it when it is a longer Chinese name (匹兹堡队 by the
    text's 匹兹堡钢人队: a question and a text word one team, place or body differently), or through a translation."""
    if noun in norm:
        return True
    if len(noun) > MIN_PART_CHARS and CJK_RE.match(noun) and any(
            noun[i:i + MIN_PART_CHARS] in norm for i in range(len(noun) - MIN_PART_CHARS + 1)):
        return True
    alternatives = lexicon.alternatives(noun) if lexicon is not None else ()
    return any(states(alt, tokens) for alt in alternatives)


def names_little_of_question(question: str, lang: str, document: str, lexicon: Lexicon | None) -> bool:
    """True when a Chinese question's nouns are mostly (``MAX_UNNAMED_SHARE``) named nowhere in ``document``, in
    either language. English questions are left alone: without a tagger their terms include verbs and adjectives,
    which a document words otherwise."""
    nouns = _nouns(question) if lang == "zh" and CJK_RE.search(question) else []
    if len(nouns) < MIN_NOUNS:
        return False
    norm, tokens = normalize(document), coverage_terms(document)
    unnamed = sum(not _named(n, norm, tokens, lexicon) for n in nouns)
    return unnamed >= MAX_UNNAMED_SHARE * len(nouns)


# jieba's tags of proper names: places (越南, 昆明) and people (周敏)
PROPER_NAME_TAGS = frozenset({"ns", "nr"})
# "在哪座*城市*", "什么*地方*": the word names what is asked, not a name the question gives (jieba tags 城市 ns)
ASKED_CATEGORY_BEFORE = re.compile(r"(?:哪.?|什么|何)$")
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")  # the document has English text a Chinese name may be written in


def leaves_a_name_unnamed(question: str, lang: str, document: str, lexicon: Lexicon | None) -> bool:
    """True when a Chinese question names a place or a person (jieba's ns / nr) that ``document`` names nowhere, in
    either language: "与越南共建的实验室" asked, the report is about the laboratory built with Thailand."""
    if lang != "zh":
        return False
    text = normalize(question)
    names = [(w, tag) for w, tag in _tag_question(text) if tag in PROPER_NAME_TAGS and len(w) >= MIN_NOUN_CHARS
             and not ASKED_CATEGORY_BEFORE.search(text[:text.find(w)])]
    if not names:
        return False
    norm, tokens = normalize(document), coverage_terms(document)
    latin = LATIN_WORD.search(document) is not None
    return any(not _named(n, norm, tokens, lexicon) and not (latin and _read_in_latin(n, tag, document, lexicon))
               for n, tag in names)


def _read_in_latin(name: str, tag: str, document: str, lexicon: Lexicon | None) -> bool:
    """The name is written in the document's English: by its sound (科伦坡 ~ Colombo), its pinyin (周敏 ~ Zhou Min),
    or it cannot be read in Latin letters at all (no translation, not a name written by sound: 肯尼亚山), and then
    nothing tells that the English text does not name it."""
    from rag.pinyin_names import romanised_in
    from rag.places import _by_sound
    from rag.transliteration import written_in_latin

    by_sound = _by_sound(name)
    if by_sound and written_in_latin(name, document):
        return True
    if tag == "nr" and romanised_in(name, document):
        return True
    translated = bool(lexicon.alternatives(name)) if lexicon is not None else False
    return not translated and not by_sound and tag != "nr"
