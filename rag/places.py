"""Places a Chinese sentence names that its English-only sources do not ("塞内加尔达喀尔" for a course to be held
in "Nouakchott, Mauritania").

``rag.verify`` checks a name only against sources in its own script, so a Chinese answer to an English document
could move an event to any city. Here each place jieba tags in the sentence (``ns``) must be found in the English
sources: through its dictionary translations (塞内加尔 → Senegal), or — for a place no dictionary holds — through
its sound (``rag.transliteration``: 努瓦克肖特 ~ Nouakchott). A place with neither reading is left alone.
"""
from __future__ import annotations

import re

from rag.lexicon import Lexicon
from rag.text import coverage_terms

PLACE_TAGS = ("ns",)  # jieba's tag for a place name
CITY_MISTAGS = ("nr", "nrt", "nrfg")  # jieba's person tags, which it gives a foreign city it does not know
MIN_PLACE_CHARS = 2  # a single character (京, 沪) is too loose to look up
TRANSLATIONS_PER_PLACE = 10  # dictionary senses of a place name tried
# characters Chinese uses to write foreign names by sound; a place the dictionary lacks is looked up by its sound
# only when it is mostly made of them (努瓦克肖特, 亚的斯亚贝巴) — a Chinese place (乌鲁木齐 "Urumqi") or a word jieba
# mistags (固沙) is not written in English by its Mandarin sound
TRANSLITERATION_CHARS = frozenset("阿亚巴贝比波伯布达德迪多尔厄菲弗戈格哈赫胡基吉加卡凯科克库拉莱兰勒雷里利林卢鲁伦罗洛"
                                  "马迈曼梅米姆纳奈内尼纽努诺帕佩皮普奇萨塞桑瑟沙什斯索塔泰坦特提图托瓦威维沃乌西希谢"
                                  "辛休雅扬耶伊因尤约扎泽兹的喀肖埃温哥俄莫蒙芬丹朗森泊霍杰恩")
TRANSLITERATED_SHARE = 0.6  # share of such characters for a word to be a foreign name written by sound
# a place that opens an organisation's name (肯尼亚农业与畜牧研究组织) may expand the source's acronym (KALRO)
ORGANISATION_AFTER = re.compile(r"^[\u4e00-\u9fff]{0,12}?(组织|研究所|研究院|研究中心|大学|学院|科学院|实验室|协会|"
                                r"基金会|委员会|中心)")
# the letter an organisation word gives its acronym (Organization, Institute, University, Centre …)
ORGANISATION_INITIALS = {"组织": "o", "研究所": "i", "研究院": "i", "研究中心": "c", "大学": "u", "学院": "c",
                         "科学院": "a", "实验室": "l", "协会": "a", "基金会": "f", "委员会": "c", "中心": "c"}
ACRONYM = re.compile(r"\b[A-Z]{3,}\b")


def unnamed_place(sentence: str, latin_sources: list[str], lexicon: Lexicon) -> str | None:
    """The first place of a Chinese sentence that none of its English sources names, else None."""
    from rag.text import pos_tagger
    from rag.transliteration import written_in_latin

    if not latin_sources:
        return None
    latin = "\n".join(latin_sources)
    stated = coverage_terms(latin)
    acronyms = [a.lower() for a in ACRONYM.findall(latin)]
    offset, previous = 0, ""
    tokens = [(t.word, t.flag) for t in pos_tagger().lcut(sentence)]
    for index, (word, flag) in enumerate(tokens):
        offset += len(word)
        # a foreign city jieba does not know is tagged a person (亚美尼亚/ns 埃里温/nr): after a place, by its sound
        city = flag in CITY_MISTAGS and _by_sound(word) and (
            previous in PLACE_TAGS or _after_place_preposition(tokens, index))
        previous = flag
        if (flag not in PLACE_TAGS and not city) or len(word) < MIN_PLACE_CHARS:
            continue
        if _inside_named_run(word, tokens, index, latin):
            continue  # 布利 cut out of 塞布利巴 (Ssebuliba), a name the source writes
        translated = lexicon.en_for(word)[:TRANSLATIONS_PER_PLACE]
        if any(_named_by(t, stated) for t in translated):
            continue
        if translated and _spells_out(translated, sentence[offset:], acronyms):
            continue  # the organisation's long name, spelt out from its acronym
        if translated or (_by_sound(word) and not written_in_latin(word, latin)):
            return word
    return None


# prepositions before a place (在恩德培举行, 赴内罗毕); a person after them goes on with "·", a title or 的
ZH_PLACE_PREPOSITIONS = frozenset({"在", "于", "赴", "到", "至", "抵达", "前往"})
ZH_PERSON_AFTER = ("·", "博士", "教授", "女士", "先生", "研究员", "院士", "的")


def _after_place_preposition(tokens: list[tuple[str, str]], index: int) -> bool:
    """A word jieba tags a person right after a place preposition, not followed by what follows a person: a foreign
    city it does not know (在/恩德培/举行), not 在/阿马拉/·/恩沃苏 or 在/萨拉/博士/的主持下."""
    after = tokens[index + 1][0] if index + 1 < len(tokens) else ""
    return index > 0 and tokens[index - 1][0] in ZH_PLACE_PREPOSITIONS and not after.startswith(ZH_PERSON_AFTER)


# a place an English sentence puts its event in: a capitalised word after "in", "at" or "to" (not a month or weekday)
EN_EVENT_PLACE = re.compile(r"\b(?:in|at|to)\s+(?!(?:January|February|March|April|May|June|July|August|September|"
                            r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                            r"the)\b)[A-Z][a-z]+")


def place_of_another_event(sentence: str, closest: str | None, lexicon: Lexicon) -> str | None:
    """A place of a Chinese sentence that its English sources name, but not in the source sentence it restates,
    which puts the event in another place ("下一次会议将于2026年11月在恩德培举行" when "the joint working group
    will meet next in Kampala" and Entebbe is where the seed bank is), else None."""
    if closest is None or not EN_EVENT_PLACE.search(closest):
        return None
    return unnamed_place(sentence, [closest], lexicon)


def _inside_named_run(word: str, tokens: list[tuple[str, str]], index: int, latin: str) -> bool:
    """Whether jieba cut the word out of a name it does not know, leaving single sound-writing characters beside
    it (塞/布利/巴 of 塞布利巴), and the whole run sounds like a name the Latin text writes (Ssebuliba)."""
    from rag.transliteration import written_in_latin

    start, end = index, index + 1
    while start > 0 and len(tokens[start - 1][0]) == 1 and tokens[start - 1][0] in TRANSLITERATION_CHARS:
        start -= 1
    while end < len(tokens) and len(tokens[end][0]) == 1 and tokens[end][0] in TRANSLITERATION_CHARS:
        end += 1
    run = "".join(w for w, _ in tokens[start:end])
    return len(run) > len(word) and _by_sound(run) and written_in_latin(run, latin)


# the kind of place a name's translation adds to its proper part ("Mekong River" for 湄公河, "Lake Toba"): an English
# text names the place by the proper part alone ("the Mekong Fish Watch project")
PLACE_KIND_TERMS = coverage_terms("river lake mountain mountains sea bay island islands gulf strait plateau basin "
                                  "desert valley province county city prefecture region peninsula delta")


def _named_by(translation: str, stated: frozenset[str]) -> bool:
    """Whether the stated terms name the place the translation does: all its terms, a kind of place ("river") left
    out when its proper part is there."""
    terms = coverage_terms(translation)
    proper = terms - PLACE_KIND_TERMS
    return bool(terms) and all(_stated_as(term, stated) for term in (proper or terms))


DEMONYM_STEM = 5  # letters a place's English term and the source's term must share: "Africa" in "East African"


def _stated_as(term: str, stated: frozenset[str]) -> bool:
    """The term, or its adjective (africa → african, kenya → kenyan), is among the stated terms."""
    return term in stated or (len(term) >= DEMONYM_STEM and any(s.startswith(term) and len(s) - len(term) <= 2
                                                               for s in stated))


def _spells_out(translated: tuple[str, ...], rest: str, acronyms: list[str]) -> bool:
    """Whether the place opens an organisation's name that a source acronym abbreviates: the acronym starts with the
    place's initial and holds the organisation word's (肯尼亚…研究组织 for KALRO; not 亚历山大大学 for ANSO)."""
    organisation = ORGANISATION_AFTER.match(rest)
    if not organisation:
        return False
    letter = ORGANISATION_INITIALS[organisation.group(1)]
    places = {t[:1].lower() for t in translated}
    return any(a[0] in places and letter in a[1:] for a in acronyms)


def _by_sound(word: str) -> bool:
    """Whether the word is a foreign name written by sound, long enough to tell (``rag.transliteration``)."""
    share = sum(ch in TRANSLITERATION_CHARS for ch in word) / len(word)
    return share >= TRANSLITERATED_SHARE and _telling_sound(word)


def _telling_sound(word: str) -> bool:
    """Whether the word's sound is long enough to tell a Latin name (``written_in_latin`` counts shorter as found)."""
    from rag.transliteration import MIN_SKELETON, chinese_skeletons

    return len(chinese_skeletons(word)[0]) >= MIN_SKELETON


# the kind of institution a Chinese name ends in, and the English words that name that kind
INSTITUTION_KINDS = {"大学": ("university",), "研究所": ("institute", "institution"),
                     "研究院": ("institute", "academy"), "科学院": ("academy",), "实验室": ("laboratory", "lab"),
                     "基金会": ("foundation", "fund")}
ZH_INSTITUTION_END = re.compile("|".join(sorted(INSTITUTION_KINDS, key=len, reverse=True)))


def unnamed_institution(sentence: str, latin_sources: list[str]) -> str | None:
    """The first kind of institution a Chinese sentence names (…大学, …研究所) that its English sources never name
    ("越南河内国家大学" when the source's person is of the "Vietnam Academy of Science and Technology"), else None.
    A 科学院 inside a longer name (中国科学院地理科学与资源研究所) is read as that name's last kind only."""
    if not latin_sources:
        return None
    latin = "\n".join(latin_sources).lower()
    for match in ZH_INSTITUTION_END.finditer(sentence):
        if re.match(r"[\u4e00-\u9fff]{0,12}?(?:" + ZH_INSTITUTION_END.pattern + ")", sentence[match.end():]):
            continue  # part of a longer institution's name: only its last kind counts
        if not any(re.search(rf"\b{word}", latin) for word in INSTITUTION_KINDS[match.group(0)]):
            return match.group(0)
    return None


ZH_PLACE_TRANSLATIONS = 6  # dictionary translations of an English name looked for in the Chinese sources
PROPER_TAGS = ("ns", "nr", "nrt", "nrfg", "nt")  # jieba's tags of proper names (it tags 尼泊尔 a person)
# what a place's dictionary form may add to the name a text writes (尼泊尔王国, 北京市, 云南省)
ZH_PLACE_SUFFIX = re.compile(r"(?:王国|共和国|省|市|县|州|国)$")


def unnamed_latin_place(sentence: str, chinese_sources: list[str], lexicon: Lexicon) -> str | None:
    """The first proper name of an English sentence that its Chinese-only sources do not write, else None: a
    capitalised name whose first dictionary translation is a proper name (Nepal → 尼泊尔) while the sources write
    none of its translations ("… the Maldives and Nepal" for 斯里兰卡、马尔代夫和孟加拉国). A name the dictionary does
    not hold, a word of a longer name ("Youth Forum", whose words the dictionary translates as common words) and a
    name in pinyin (Yunnan, which the dictionary may gloss loosely; ``rag.pinyin_names`` reads those) are left
    alone."""
    from rag.pinyin_names import split_syllables
    from rag.text import pos_tagger
    from rag.verify import latin_names

    if not chinese_sources:
        return None
    chinese = "\n".join(chinese_sources)
    for name in sorted(latin_names(sentence)):
        terms = coverage_terms(name)
        if len(terms) != 1 or split_syllables(name.lower()) is not None or _in_capitalised_run(name, sentence):
            continue
        translated = [w for w in lexicon.zh_for(next(iter(terms)))[:ZH_PLACE_TRANSLATIONS] if len(w) >= MIN_PLACE_CHARS]
        if not translated or not all(t.flag in PROPER_TAGS for t in pos_tagger().lcut(translated[0])):
            continue
        if not any(w in chinese or ZH_PLACE_SUFFIX.sub("", w) in chinese for w in translated):
            return name
    return None


def _in_capitalised_run(name: str, sentence: str) -> bool:
    """Whether the name stands beside another capitalised word ("Youth Forum", "Asian Development Bank"): part of
    a longer name, which the dictionary does not translate word by word."""
    return bool(re.search(rf"[A-Z][\w'’-]*\s+{re.escape(name)}\b|\b{re.escape(name)}\s+[A-Z]", sentence))
