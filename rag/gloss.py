"""A word-by-word English gloss of Chinese text through the bilingual lexicon (``rag.lexicon``, CC-CEDICT).

The support check binds facts to parties clause by clause in one language (``rag.binding``). A translation cited
against a source with no version in its language is otherwise judged by sentence embeddings alone, which do not see
a number moved to another party ("Eight of the lecturers came from Yunnan University" when 8 came from the Chinese
Academy of Sciences). The gloss puts the Chinese side into English terms so that the same binding can run: each
Chinese word becomes its first few translations; digits, Latin words, numerals with their measure word and
punctuation stay as they are (clauses and facts are found on them as before).
"""
from __future__ import annotations

import re

from rag.lexicon import Lexicon
from rag.text import CJK_RE, _jieba, normalize

TRANSLATIONS_PER_WORD = 3  # a word's commonest translations: enough to meet the English word, few enough to stay apart
# a Chinese numeral or a measure word after a number: a fact, kept in characters for ``rag.verify.numbers``
MEASURE = "[周年个月日号天届次位名项家所国人岁倍]"
NUMERAL = re.compile(rf"^[\d零〇一二两三四五六七八九十百千万亿第]+{MEASURE}?$|^{MEASURE}$")
MAX_PART = 4  # longest part a word the lexicon lacks is cut into
# Chinese conjunctions written as the English words that split clauses ("和" → "and")
CONJUNCTIONS = {"和": "and", "与": "and", "及": "and", "以及": "and", "而": "while", "但": "but"}


def english_gloss(text: str, lexicon: Lexicon, per_word: int = TRANSLATIONS_PER_WORD) -> str:
    """The text with each Chinese word replaced by its first ``per_word`` translations (space-separated)."""
    out: list[str] = []
    for word in _jieba().lcut(normalize(text)):
        if not CJK_RE.search(word) or NUMERAL.match(word):
            out.append(word)
        elif word in CONJUNCTIONS:
            out.append(f" {CONJUNCTIONS[word]} ")
        else:
            out.append(" " + " ".join(_translate(word, lexicon, per_word)) + " ")
    return re.sub(r"[ \t]+", " ", "".join(out)).strip()


def _translate(word: str, lexicon: Lexicon, per_word: int) -> list[str]:
    """The word's translations; a word the lexicon lacks (云南大学, 中国科学院) is cut into the longest words it
    knows (云南 + 大学), and a character left over is written in pinyin (a name: 昆明 → kunming)."""
    found = lexicon.en_for(word)[:per_word]
    if found:
        return list(found)
    out: list[str] = []
    start, unknown = 0, ""
    while start < len(word):
        end = next((e for e in range(min(len(word), start + MAX_PART), start + 1, -1)
                    if lexicon.en_for(word[start:e])), None)
        if end is None:
            unknown += word[start]  # a run of such characters is one name: 云南 → yunnan
            start += 1
            continue
        if unknown:
            out.append(_pinyin(unknown))
            unknown = ""
        out += lexicon.en_for(word[start:end])[:per_word]
        start = end
    return [*out, _pinyin(unknown)] if unknown else out


def _pinyin(chars: str) -> str:
    """The characters in pinyin, run together and, for a name of two to four characters, also as surname and
    given name (习近平 → "xijinping xi jinping", as English writes "Xi Jinping")."""
    from pypinyin import lazy_pinyin

    syllables = lazy_pinyin(chars)
    whole = "".join(syllables)
    return f"{whole} {syllables[0]} {''.join(syllables[1:])}" if 2 <= len(syllables) <= 4 else whole


def translations(word: str, lexicon: Lexicon, per_word: int = TRANSLATIONS_PER_WORD) -> list[str]:
    """A Chinese word's English translations (stemmed), or its parts' (``english_gloss`` word by word)."""
    return _translate(normalize(word), lexicon, per_word)
