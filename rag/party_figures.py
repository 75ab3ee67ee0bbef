"""A figure of a sentence that gives figures to several parties, asked for a party the sentence does not name.

"生活补贴：访问学者每月12000元，高级访问学者每月20000元" gives one allowance to
each party it names. Asked "在读博士生每月多少生活补贴？", neither figure is the
answer: the sentence names no 博士生, and which figure would be theirs (if any)
cannot be told. Likewise "Dr. Morozova was elected President with 30 votes; the
other candidate received 12 votes" does not say how many votes she had as
*Vice*-President. A sentence with one figure is left alone (its paragraph may
name the party in the sentence before); so is a party the document's title or
opening already names (the paragraph need not repeat the programme it is about).

The party is what the question names that a figure may belong to: a Chinese noun
(jieba's tag n…, two characters or more), an English capitalised word or part of
a hyphenated one ("Vice" of "Vice-President", "IHB").
"""
from __future__ import annotations

import re

from rag.abstain import ASPECT_PARTICLE, FRAME_EN, FRAME_ZH, _tag_question, asked_heads
from rag.text import ZH_STOPWORDS, coverage_terms, normalize

# a figure: digits, not a year (the sentence's dates are not the figures it gives its parties)
FIGURE = re.compile(r"(?<![\d.,])\d[\d,.]*(?![\d])")
YEAR = re.compile(r"(?:19|20)\d{2}")
MIN_FIGURES = 2  # a sentence giving this many distinct figures may give them to different parties
MIN_PARTY_CHARS = 2  # a Chinese noun this long names a party (not 年, 人)
# a capitalised English word after the question's first word, split at hyphens ("Vice-President" → Vice, President)
CAPITALISED = re.compile(r"(?<!^)(?<![.?!]\s)\b[A-Z][A-Za-z]*")
# titles of address name a person's courtesy, not a party ("Dr." in the question, "Professor" in the sentence)
# and a company's legal form ("Energiprojekt AB", "… Ltd") names no party of its own
NOT_PARTIES = frozenset(coverage_terms("Dr Mr Mrs Ms Prof Professor Sir Madam AB Ltd Inc GmbH LLC plc Corp"))
# a temperature scale (摄氏多少度) is the unit asked, not a party
NOT_PARTIES_ZH = frozenset("摄氏 华氏".split())
# a foreign name written in characters, its parts joined by "·" (卢克·坎克利)
NAME_SEPARATOR = re.compile(r"(?<=[\u4e00-\u9fff])[·•・](?=[\u4e00-\u9fff])")
MAX_NAME_PART = 4  # characters of one part of a foreign name in characters (坎克利, 诺曼)
CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")


def _figures(sentence: str) -> set[str]:
    return {f.rstrip(".,").replace(",", "") for f in FIGURE.findall(sentence) if not YEAR.fullmatch(f.rstrip(".,"))}


def _zh_parties(question: str) -> list[str]:
    """The nouns a figure may belong to; jieba's "noun" before 了 / 过 / 着 is a verb (贡献了多少次)."""
    tagged = _tag_question(normalize(question))
    return [w for i, (w, tag) in enumerate(tagged)
            if tag.startswith("n") and len(w) >= MIN_PARTY_CHARS and w not in ZH_STOPWORDS and w not in FRAME_ZH
            and w not in NOT_PARTIES_ZH and not (i + 1 < len(tagged) and ASPECT_PARTICLE.match(tagged[i + 1][1]))]


def _en_parties(question: str) -> list[str]:
    words = [w for w in CAPITALISED.findall(question.strip())]
    return [t for w in words for t in coverage_terms(w) if t not in FRAME_EN and t not in NOT_PARTIES]


def figure_of_unnamed_party(question: str, lang: str, sentence: str, topic: str) -> bool:
    """True when ``sentence`` gives two or more figures and the question names a party that neither the sentence
    nor ``topic`` (the document's title and opening, the chunk's heading) names."""
    if len(_figures(sentence)) < MIN_FIGURES:
        return False
    heads = asked_heads(question)
    if lang == "zh":
        said = normalize(sentence) + " " + normalize(topic)
        return any(p not in said and p not in heads and not _named_by_another_part(p, question, said)
                   for p in _zh_parties(question))
    said = f"{normalize(sentence)} {normalize(topic)}".lower()
    said_terms = coverage_terms(said)
    return any(p not in heads and p not in said_terms and not _names(said, p) for p in _en_parties(question))


def _named_by_another_part(party: str, question: str, said: str) -> bool:
    """The party is one part of a foreign name the sentence names by the other part: 卢克·坎克利 asked, the
    sentence says 坎克利 (a surname names the person). The other part is read as the longest run of two to
    ``MAX_NAME_PART`` characters beside the "·" that the sentence holds."""
    for sep in NAME_SEPARATOR.finditer(question):
        before, after = question[:sep.start()], question[sep.end():]
        if before.endswith(party):
            others = [after[:n] for n in range(MIN_PARTY_CHARS, MAX_NAME_PART + 1)]
        elif after.startswith(party):
            others = [before[-n:] for n in range(MIN_PARTY_CHARS, MAX_NAME_PART + 1)]
        else:
            continue
        if any(CJK_ONLY.fullmatch(o) and o in said for o in others):
            return True
    return False


def _names(text: str, stem: str) -> bool:
    """The lower-cased text has a word beginning with the stem ("uaq" in "anso-uaq", "presid" in "president")."""
    return re.search(rf"(?<![a-z0-9]){re.escape(stem)}", text) is not None


# what joins the items of an enumeration: "巴基斯坦、尼泊尔和缅甸", "Pakistan, Nepal and Laos"
LIST_JOINERS = re.compile(r"^\s*(?:[、,，]|和|及|与|and\b|or\b)")
LIST_JOINER_BEFORE = re.compile(r"(?:[、,，]|和|及|与|\band|\bor)\s*$")
OWN_FIGURE_CHARS = 6  # a figure this close to an item is the item's own ("尼泊尔6名", "6 from Nepal", "Nepal (6)")
ZH_NAME_TAGS = frozenset({"ns", "nr", "nt", "nz"})


def _question_names(question: str, lang: str) -> list[str]:
    if lang == "zh":
        return [w for w, tag in _tag_question(normalize(question)) if tag in ZH_NAME_TAGS and len(w) >= MIN_PARTY_CHARS]
    return [w for w in CAPITALISED.findall(question.strip()) if w.lower() not in NOT_PARTIES]


def counts_a_whole_list(question: str, lang: str, sentence: str) -> bool:
    """True when a count question names one item of an enumeration the sentence counts as a whole:
    "有多少名学员来自尼泊尔？" and "来自巴基斯坦、尼泊尔、孟加拉国…6个国家的28名学员" — 28 trainees came
    from six countries, how many of them from Nepal the sentence does not say. An item with a figure of its
    own beside it is a list of counts, not this."""
    figures = [m.start() for m in FIGURE.finditer(sentence)]
    for name in _question_names(question, lang):
        at = sentence.find(name)
        if at < 0:
            continue
        end = at + len(name)
        # joined on both sides: an enumeration's item, not a pair ("ANSO and IAP") or a qualifier ("PhD students")
        enumerated = LIST_JOINERS.match(sentence[end:]) and LIST_JOINER_BEFORE.search(sentence[:at])
        own = any(at - OWN_FIGURE_CHARS <= f <= end + OWN_FIGURE_CHARS for f in figures)
        if enumerated and figures and not own:
            return True
    return False


PLACE_TAGS = frozenset({"ns", "nrt"})  # jieba's tags for a place, and for a foreign name written by sound (塔吉克斯坦)
MIN_PLACE_CHARS = 3  # a shorter word jieba tags as a place is often not one (入盟 "joining the alliance")
PLACE_ENDINGS = "国州省市县区岛湖河山洲亚"  # … unless it ends like a place's name (中国, 广州)


def _place_like(word: str) -> bool:
    return len(word) >= MIN_PLACE_CHARS or (len(word) >= MIN_PARTY_CHARS and word[-1] in PLACE_ENDINGS)


def leaves_asked_place_out(question: str, sentence: str, lead: str) -> bool:
    """A Chinese count question names a place (向*肯尼亚*的育种单位, 在*塔吉克斯坦*布设) that neither the sentence nor
    its document's title and opening name: the sentence's figure is for somewhere else or for all places together
    ("向东非地区11家育种单位分发…", "在哈萨克斯坦、乌兹别克斯坦…布设了112口")."""
    places = [w for w, tag in _tag_question(normalize(question)) if tag in PLACE_TAGS and _place_like(w)]
    said = normalize(f"{sentence} {lead}")
    return any(place not in said for place in places)
