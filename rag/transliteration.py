"""Foreign names written in Chinese characters ("阿马拉·恩沃苏") matched to their Latin spelling ("Amara Nwosu").

A Chinese answer to an English-only source writes the source's foreign persons in characters, joined by "·". No
dictionary holds such names, so ``rag.verify`` could not see that a sentence names someone its source never
mentions. Here both spellings are reduced to a consonant skeleton — the characters through their pinyin readings
(``pypinyin``), the Latin name through its letters — with the sounds a transliteration merges put in one class (l
and r, b and p, d and t, f, v and w, s, z, j, x, q and the like; vowels and h dropped; a final n or ng kept as n).
"Amara" and 阿马拉 (a ma la) are both "ML"; "Nwosu" and 恩沃苏 (en wo su) both "NWS". A part of the name matches a
Latin word when their skeletons are close (``difflib``); a name none of whose parts matches any capitalised word of
the source is a person the source does not name.
"""
from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Callable

MATCH_RATIO = 0.75  # skeleton similarity for a part of the name and a Latin word to be the same name
MIN_SKELETON = 2  # a shorter skeleton ("M") matches too much to tell anything
NAME_SEPARATORS = "·•・"
TRANSLITERATED = re.compile(rf"[\u4e00-\u9fff]{{1,6}}(?:[{NAME_SEPARATORS}][\u4e00-\u9fff]{{1,8}})+")
# Latin letters and letter pairs to their sound class ("" drops them); the longest match is taken first
LATIN_CLASSES = [("ph", "W"), ("th", "D"), ("sh", "S"), ("ch", "S"), ("ck", "G"), ("ng", "N"), ("x", "GS"),
                 ("b", "B"), ("p", "B"), ("d", "D"), ("t", "D"), ("g", "G"), ("k", "G"), ("q", "G"), ("c", "G"),
                 ("f", "W"), ("v", "W"), ("w", "W"), ("m", "M"), ("n", "N"), ("l", "L"), ("r", "L"), ("s", "S"),
                 ("z", "S"), ("j", "S")]
PINYIN_INITIALS = [("zh", "S"), ("ch", "S"), ("sh", "S"), ("b", "B"), ("p", "B"), ("d", "D"), ("t", "D"),
                   ("g", "G"), ("k", "G"), ("f", "W"), ("w", "W"), ("m", "M"), ("n", "N"), ("l", "L"), ("r", "L"),
                   ("z", "S"), ("c", "S"), ("s", "S"), ("j", "S"), ("q", "S"), ("x", "S")]
# capitalised words that are no person's name part: months, weekdays, titles and common sentence openers
NOT_NAMES = frozenset("""january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday the a an it its this these he she they we in on at of
for and dr mr mrs ms prof professor academician president director chair secretary""".split())


def _collapse(skeleton: str) -> str:
    return re.sub(r"(.)\1+", r"\1", skeleton)


@functools.lru_cache(maxsize=4096)
def latin_skeleton(word: str) -> str:
    """The consonant skeleton of a Latin word ("Amara" → "ML", "Volkov" → "WLGW")."""
    word, out, i = word.lower(), [], 0
    while i < len(word):
        found = next(((pair, cls) for pair, cls in LATIN_CLASSES if word.startswith(pair, i)), None)
        if found:
            out.append(found[1])
            i += len(found[0])
        else:
            i += 1  # a vowel, h, y or another letter no transliteration keeps
    return _collapse("".join(out))


@functools.lru_cache(maxsize=4096)
def chinese_skeletons(chars: str) -> tuple[str, str]:
    """The consonant skeleton of characters through their pinyin (阿马拉 → "ML", 梅农 → "MN", 尔 → "L"), with
    and without the n of the syllables' finals (穆罕默德 is "Mohammed": the n of 罕 is no sound of the name)."""
    from pypinyin import lazy_pinyin

    full, initials = [], []
    for syllable in lazy_pinyin(chars):
        initial = "L" if syllable == "er" else next(
            (cls for ini, cls in PINYIN_INITIALS if syllable.startswith(ini)), "")
        final = "N" if syllable != "er" and syllable.endswith(("n", "ng")) else ""
        full.append(initial + final)
        initials.append(final if syllable[0] in "aeiou" else initial)  # 恩 (en) stands for an n of its own
    return _collapse("".join(full)), _collapse("".join(initials))


def _close(one: str, other: str) -> bool:
    return difflib.SequenceMatcher(None, one, other).ratio() >= MATCH_RATIO


def written_in_latin(name: str, latin: str) -> bool:
    """Whether some part of the transliterated name sounds like a capitalised word of the Latin text (parts with
    a skeleton too short to tell count as found)."""
    words = {latin_skeleton(w) for w in re.findall(r"\b[A-Z][a-z’'-]+\b", latin) if w.lower() not in NOT_NAMES}
    parts = [chinese_skeletons(p) for p in re.split(f"[{NAME_SEPARATORS}]", name) if p]
    telling = [p for p in parts if len(p[0]) >= MIN_SKELETON]
    return not telling or any(_close(v, w) for p in telling for v in p for w in words if len(w) >= MIN_SKELETON)


def transliterated_names(sentence: str) -> list[str]:
    """The names written in characters joined by "·" in the text ("阿马拉·恩沃苏"), as jieba cuts them."""
    from rag.binding import join_transliterated
    from rag.posts import ZH_TRANSLITERATED
    from rag.text import _jieba

    words = join_transliterated([(w, "") for w in _jieba().lcut(sentence)])
    names = []
    for word in (w for w, _ in words if any(sep in w for sep in NAME_SEPARATORS) and TRANSLITERATED.fullmatch(w)):
        whole = ZH_TRANSLITERATED.match(sentence[sentence.find(word):])  # to its title: 沃尔科 + 夫先生
        names.append(whole.group(1) if whole else word)
    return names


def unwritten_transliteration(sentence: str, latin_sources: list[str]) -> str | None:
    """The first transliterated name of a Chinese sentence that no Latin source names, else None."""
    latin = "\n".join(latin_sources)
    for name in transliterated_names(sentence):
        if not written_in_latin(name, latin):
            return name
    return None


MIN_PERSONS = 2  # persons a sentence must name for their acts to be swapped
ACT_MARGIN = 2  # glossed terms another person's part of the source sentence must share beyond the named person's


def _located(name: str, sentence: str) -> int | None:
    """Where the sentence names the person written in characters (the first word sounding like a part), else None."""
    parts = [p for p in (chinese_skeletons(p) for p in re.split(f"[{NAME_SEPARATORS}]", name) if p)
             if len(p[0]) >= MIN_SKELETON]
    for match in re.finditer(r"\b[A-Z][a-z’'-]+\b", sentence):
        word = latin_skeleton(match.group(0))
        if match.group(0).lower() not in NOT_NAMES and len(word) >= MIN_SKELETON and any(
                _close(v, word) for p in parts for v in p):
            return match.start()
    return None


def acts_swapped(sentence: str, latin_sources: list[str],
                 glossed_terms: Callable[[str], frozenset[str]]) -> str | None:
    """"binding: act" when a Chinese sentence naming two or more foreign persons gives one of them what its English
    source sentence says of another ("拉维·梅农介绍了项目征集，阿马拉·恩沃苏介绍了数据平台" when Amara Nwosu
    reported on the call and Ravi Menon presented the platform), else None. The source sentence is cut at each
    person's name; each clause of the sentence naming one person is matched, through ``glossed_terms`` (its
    English terms), to those parts."""
    from rag.text import coverage_terms, split_sentences
    from rag.verify import CLAUSE

    names = list(dict.fromkeys(transliterated_names(sentence)))
    if len(names) < MIN_PERSONS:
        return None
    for text in latin_sources:
        for start, end in split_sentences(text):
            source = text[start:end]
            found = {name: _located(name, source) for name in names}
            if None in found.values() or len(set(found.values())) < len(names):
                continue
            at = {name: position for name, position in found.items() if position is not None}
            cuts = sorted(at.values())
            parts = {name: source[a:next((c for c in cuts if c > a), len(source))] for name, a in at.items()}
            terms = {name: coverage_terms(part) for name, part in parts.items()}
            for clause in CLAUSE.split(sentence):
                named = [n for n in names if n in clause]
                if len(named) != 1:
                    continue
                said = glossed_terms(clause.replace(named[0], " "))
                own = len(said & terms[named[0]])
                if any(len(said & t) >= own + ACT_MARGIN for n, t in terms.items() if n != named[0]):
                    return "binding: act"
    return None
