"""Chinese persons' names written in pinyin ("Dai Binbin", "Xi Jinping"), found in a Chinese source (戴彬彬).

An English answer to a Chinese-only source names its persons in pinyin; ``rag.verify`` looks names up only in
sources of their own script, so "Wang Haifeng presided" passed against a source that names 张立新. Here a Latin
name shaped like a Chinese person's name — two or three capitalised words, each made of pinyin syllables, one of
them a single syllable (the surname), two to four syllables in all — is looked for in the Chinese text: its
syllables must be the readings of consecutive characters there, surname first or given name first. Readings come
from ``pypinyin`` (every reading of a character, so 单 is both dan and shan). Places written in pinyin are left out
(single words: "Kunming"), and so are phrases inside an organisation's name ("Yunnan University").
"""
from __future__ import annotations

import functools
import re
import unicodedata

from rag.text import CJK_RE

MIN_SYLLABLES, MAX_SYLLABLES = 2, 4  # a Chinese person's name: one-syllable surname, one- or two-syllable given name
# capitalised pairs that read as pinyin but are conventional (non-pinyin) spellings of places: 香港 is xiang gang
CONVENTIONAL_SPELLINGS = frozenset({"hong kong"})
# capitalised words, single-space separated (a given name may carry a hyphen: "Jin-ping"); the name is the run's
# pinyin part ("Deputy Director Wang Haifeng")
NAME_RUN = re.compile(r"(?<![A-Za-z0-9’'-])[A-Z][a-zü]*(?:-[a-zü]+)?(?:\s[A-Z][a-zü]*(?:-[a-zü]+)?)+(?![A-Za-z0-9’'-])")
MAX_NAME_WORDS = 3  # "Ouyang Xiu", "Wang Hai Feng": a longer pinyin run is no single name
CJK_CODEPOINTS = range(0x4E00, 0x9FA6)  # the unified ideographs whose readings make up the syllable inventory


@functools.lru_cache(maxsize=1)
def syllables() -> frozenset[str]:
    """Every toneless pinyin syllable (ü written u), from the readings of the unified ideographs."""
    from pypinyin import Style, pinyin

    chars = "".join(chr(c) for c in CJK_CODEPOINTS)
    found = {_plain(r) for readings in pinyin(chars, style=Style.NORMAL, heteronym=True) for r in readings}
    return frozenset(s for s in found if re.search("[aeiou]", s))


def _plain(text: str) -> str:
    """Lower-case, without tone marks, ü and v as u."""
    bare = unicodedata.normalize("NFKD", text.lower().replace("ü", "u").replace("v", "u"))
    return "".join(ch for ch in bare if not unicodedata.combining(ch))


def split_syllables(word: str) -> list[str] | None:
    """The word cut into pinyin syllables (longest first, with backtracking), or None when it cannot be."""
    word = _plain(word).replace("-", "").replace("'", "")
    if not word:
        return []
    for size in range(min(6, len(word)), 0, -1):
        head = word[:size]
        if head in syllables():
            rest = split_syllables(word[size:])
            if rest is not None:
                return [head, *rest]
    return None


def pinyin_names(sentence: str) -> dict[str, list[list[str]]]:
    """Latin names shaped like a Chinese person's name, each with its words' syllables; the run of capitalised
    words going on to an organisation word makes the pinyin part a body's name ("Yunnan Earthquake Agency")."""
    from rag.names import ORG_WORDS

    found = {}
    for match in NAME_RUN.finditer(sentence):
        run = match.group(0)
        if _plain(run) in CONVENTIONAL_SPELLINGS:
            continue
        for part in _pinyin_parts(run.split()):
            name = " ".join(word for word, _ in part)
            body = ORG_WORDS.search(run[run.index(name) + len(name):])
            if len(part) <= MAX_NAME_WORDS and _name_shaped([w for _, w in part]) and not body:
                found[name] = [w for _, w in part]
    return found


def _pinyin_parts(words: list[str]) -> list[list[tuple[str, list[str]]]]:
    """The runs of consecutive words that are pinyin, each word with its syllables."""
    parts: list[list[tuple[str, list[str]]]] = [[]]
    for word in words:
        cut = split_syllables(word)
        if cut:
            parts[-1].append((word, cut))
        elif parts[-1]:
            parts.append([])
    return [p for p in parts if p]


def _name_shaped(words: list[list[str]]) -> bool:
    count = sum(len(w) for w in words)
    return MIN_SYLLABLES <= count <= MAX_SYLLABLES and any(len(w) == 1 for w in words)


@functools.lru_cache(maxsize=8192)
def char_readings(char: str) -> frozenset[str]:
    """Every toneless reading of one character (none for a character that is not Chinese)."""
    if not CJK_RE.match(char):
        return frozenset()
    from pypinyin import Style, pinyin

    return frozenset(_plain(r) for found in pinyin(char, style=Style.NORMAL, heteronym=True) for r in found)


def written_in(words: list[list[str]], chinese: str) -> bool:
    """Whether the name's syllables are the readings of consecutive characters, surname first or last."""
    chars = tuple(char_readings(ch) for ch in chinese)
    orders = {tuple(s for w in words for s in w), tuple(s for w in reversed(words) for s in w)}
    return any(_reads_at(chars, start, order) for order in orders for start in range(len(chars)))


def _reads_at(chars: tuple[frozenset[str], ...], start: int, order: tuple[str, ...]) -> bool:
    return start + len(order) <= len(chars) and all(s in chars[start + i] for i, s in enumerate(order))


def unwritten_name(sentence: str, chinese_sources: list[str]) -> str | None:
    """The first pinyin name of the sentence that no Chinese source writes in characters, else None."""
    for name, words in sorted(pinyin_names(sentence).items()):
        if not any(written_in(words, source) for source in chinese_sources):
            return name
    return None


ROMANISED_WORDS = 3  # a Chinese name is looked for in pinyin over this many Latin words at most ("Bei Jing", "Beijing")


def romanised_in(name: str, latin: str) -> bool:
    """Whether a Latin text writes the Chinese name in pinyin: 北京 in "held in Beijing", 怀柔 in "Huairou Science
    City" — the name is stated by a source in the other language, though no Chinese source writes it."""
    chars = tuple(char_readings(ch) for ch in name)
    if not chars or not all(chars):
        return False
    words = re.findall(r"[a-z]+", _plain(latin))
    for start in range(len(words)):
        for size in range(1, ROMANISED_WORDS + 1):
            cut = split_syllables("".join(words[start:start + size])) if start + size <= len(words) else None
            if cut and len(cut) == len(chars) and all(s in r for s, r in zip(cut, chars, strict=True)):
                return True
    return False
