"""Noun phrases in one sentence, for the short answer to an untyped "what / which / 什么 / 哪" question.

English has no tagger offline here: a light rule-based chunker over closed word classes (determiners,
prepositions, pronouns, auxiliaries and common verbs, adverbs) finds the runs of content words that can be a
noun phrase ("the General Pharmaceutical Council", "increased settlement and deforestation", "100% oxygen").
Chinese uses jieba's part-of-speech tags (nouns, names, numerals with measure words, 《titles》, “quotes”).
A phrase is an (start, end) character range of the sentence."""
from __future__ import annotations

import functools
import re

# --- English word classes -----------------------------------------------------
EN_DETERMINERS = frozenset(
    """a an the this that these those its their his her our your my some any each every another such no many few
    several all own""".split())
EN_PREPOSITIONS = frozenset(
    """of in on at by for with from to into onto over under between through during about against among amongst
    as than via within without after before since until upon across along around behind beyond near toward including
    towards despite per like unlike throughout while whereas because although though if unless whether""".split())
EN_CONJUNCTIONS = frozenset("and or but nor yet so".split())
EN_PRONOUNS = frozenset(
    """he she it they we you i him them us me who whom whose which what where when why how there here
    himself herself itself themselves one ones someone something anything everything nothing""".split())
# auxiliaries and frequent verbs whose form the -ed / -ing rule cannot see
EN_VERBS = frozenset(
    """is are was were be been being am has have had do does did can could will would shall should may might must
    became become becomes began begin begins made make makes took take takes gave give gives led lead leads won
    win wins found held built went go goes came come comes said says told saw see sees knew know knows brought
    kept left grew grow grows wrote ran rose fell paid sent spent met put got get gets chose drew thought sold
    struck taught fought bought caught seen done gone given taken written shown grown chosen begun driven risen
    fallen include includes contain contains remain remains seem seems allow allows allowed provide provides
    use uses consider considers mean means refer refers involve involves require requires""".split())
EN_ADVERBS = frozenset(
    """please not also still often then now very just even however thus already always never again soon almost later
    once further instead too well rather quite only both either neither much more most less least yet
    therefore hence especially generally usually typically mostly mainly largely nearly""".split())
EN_DEGREE_ADVERBS = frozenset("very most more less least much quite rather too so highly".split())  # before adjectives
# words ending in -ly that are nouns or adjectives, not adverbs
EN_LY_NOUNS = frozenset(
    "family july italy assembly supply monopoly ally rally reply anomaly butterfly early italy holy daily".split())
MAX_PHRASE_WORDS_EN = 8  # a noun phrase longer than this is a clause, not a short answer
MAX_COORDINATED_WORDS = 3  # "X and Y" is one phrase when each side has at most this many words

_EN_TOKEN = re.compile(r"[A-Za-z0-9][\w’'&.%-]*[\w%]|[A-Za-z0-9]|[^\w\s]")


def english_class(word: str) -> str:
    """DET / PREP / CONJ / PRON / VERB / ADV / PUNCT, or CONTENT (a noun, adjective, name or number)."""
    low = word.lower()
    if not re.match(r"\w", word):
        return "PUNCT"
    for name, words in (("DET", EN_DETERMINERS), ("PREP", EN_PREPOSITIONS), ("CONJ", EN_CONJUNCTIONS),
                        ("PRON", EN_PRONOUNS), ("VERB", EN_VERBS), ("ADV", EN_ADVERBS)):
        if low in words and not (word[:1].isupper() and name in ("VERB", "ADV") and low not in ("is", "was")):
            return name
    if word.islower() and len(word) > 4 and low.endswith("ly") and low not in EN_LY_NOUNS:
        return "ADV"
    if word.islower() and (len(word) > 3 and low.endswith("ed") or len(word) > 5 and low.endswith("ing")):
        return "PARTICIPLE"  # a verb, or a modifier inside a phrase ("increased settlement"): decided in context
    return "CONTENT"


def english_phrases(text: str) -> list[tuple[int, int]]:
    """Noun phrases of an English sentence (determiners left out), left to right."""
    tokens = [(m.group(0), m.start(), m.end()) for m in _EN_TOKEN.finditer(text)]
    links = [(m.start(), m.end()) for m in _LINK.finditer(text)]  # an address is no phrase
    classes = ["PUNCT" if any(a <= t[1] < b for a, b in links) else english_class(t[0]) for t in tokens]
    if tokens and english_class(tokens[0][0].lower()) not in ("CONTENT", "PARTICIPLE"):
        classes[0] = english_class(tokens[0][0].lower())  # "Please …", "Most of …": a sentence's capital
    for i, cls in enumerate(classes):  # a participle is a modifier before a content word or after a determiner
        if cls == "PARTICIPLE":
            before = classes[i - 1] if i else "PUNCT"
            after = classes[i + 1] if i + 1 < len(classes) else "PUNCT"
            classes[i] = "CONTENT" if after == "CONTENT" and before in ("DET", "PREP", "PUNCT", "CONJ") \
                or before == "DET" else "VERB"
    for i, cls in enumerate(classes):  # "normally relate to", "try to address the": a lone word there is a verb
        if cls == "CONTENT" and tokens[i][0].islower():
            before = classes[i - 1] if i else "PUNCT"
            after = classes[i + 1] if i + 1 < len(classes) else "PUNCT"
            after_adverb = before == "ADV" and tokens[i - 1][0].lower() not in EN_DEGREE_ADVERBS
            if after_adverb or after == "DET" and before not in ("DET", "CONTENT"):
                classes[i] = "VERB"
    phrases: list[list[int]] = []
    current: list[int] = []
    for i, cls in enumerate(classes):
        if cls == "CONTENT":
            current.append(i)
            continue
        if current:
            phrases.append(current)
        current = []
    if current:
        phrases.append(current)
    phrases = _join(tokens, classes, phrases)
    return [(tokens[p[0]][1], tokens[p[-1]][2]) for p in phrases if len(p) <= MAX_PHRASE_WORDS_EN]


def _join(tokens, classes, phrases: list[list[int]]) -> list[list[int]]:
    """"evolution of the German language", "botany and chemistry", "Mork & Mindy": two phrases joined by
    "of" (an optional determiner between) or by a coordinating "and"/"or"/"&" when both sides are short."""
    out: list[list[int]] = []
    for phrase in phrases:
        if out:
            prev = out[-1]
            gap = list(range(prev[-1] + 1, phrase[0]))
            words = [tokens[i][0].lower() for i in gap]
            joined_by_of = words[:1] == ["of"] and all(classes[i] == "DET" for i in gap[1:])
            coordinated = words in (["and"], ["or"], ["&"]) and len(prev) <= MAX_COORDINATED_WORDS \
                and len(phrase) <= MAX_COORDINATED_WORDS
            # "the framework of the Belt and Road Initiative": capitalised words either side of "and" are one name
            coordinated = coordinated or words == ["and"] and tokens[prev[-1]][0][:1].isupper() \
                and all(tokens[i][0][:1].isupper() for i in phrase)
            if joined_by_of or coordinated:
                out[-1] = prev + gap + phrase
                continue
        out.append(phrase)
    return out


# --- Chinese: jieba tags ---------------------------------------------------------
# jieba tags that can stand inside a noun phrase: nouns, names, places, organisations, other proper nouns,
# verbal and adjectival nouns, abbreviations, numerals, measure words, Latin words, time words, distinguishers
ZH_PHRASE_TAGS = ("n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "ng", "vn", "an", "j", "m", "q", "mq", "eng", "t",
                  "b", "s")
ZH_MODIFIER_TAGS = ("a", "ad", "l", "i")  # adjectives and set phrases: inside a phrase only before a noun
ZH_QUANTITY_TAGS = ("m", "q", "mq", "r", "b")  # numerals, measure words, pronouns, distinguishers (所有)
MAX_PHRASE_CHARS_ZH = 16  # a longer run is a clause
_NAME_DOT = re.compile(r"\s?[·•・‧]\s?")
MAX_NAME_PART_ZH = 5  # characters of one side of a transliterated name
_NOT_NAME_TAGS = frozenset("vpucdrmqy")  # verbs, prepositions, particles, conjunctions, adverbs, pronouns, numerals…
_LATIN_TERM = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9][A-Za-z0-9.+/_-]*[A-Za-z0-9+](?![A-Za-z0-9])"
                         r"(?:\s[A-Z][A-Za-z0-9.+-]*)*")  # "DVB-S2", "MPEG-4", "Sky+HD", "Dolby Digital"
_LINK = re.compile(r"[\w.+-]+@[\w.-]+|(?:https?://|www\.)\S+|[\w/.-]+\.(?:html?|php|pdf|org|com|cn)\b", re.I)
_ZH_QUOTED = re.compile(r"《[^《》]{1,30}》|“[^“”]{1,20}”|「[^「」]{1,20}」")


@functools.lru_cache(maxsize=4096)
def _zh_tagged(text: str) -> tuple[tuple[str, str, int], ...]:
    from rag.text import pos_tagger

    out, pos = [], 0
    for word, flag in pos_tagger().cut(text):
        out.append((word, flag, pos))
        pos += len(word)
    return tuple(out)


def _joins_phrase(word: str, flag: str, following: str, head: str, in_run: bool) -> bool:
    """A word that belongs to a Chinese noun phrase: a noun-like tag, the asked head noun, a prefix (非) or an
    adjective before a noun, or 的 between two nouns."""
    if flag.startswith(ZH_PHRASE_TAGS) or head and word.endswith(head):
        return True
    if (flag == "h" or flag in ZH_MODIFIER_TAGS) and following.startswith("n"):
        return True
    return word == "的" and in_run and (following.startswith("n") or following in ("vn", "an"))


def chinese_phrases(text: str, head: str = "") -> list[tuple[int, int]]:
    """Noun phrases of a Chinese sentence: runs of noun-like words (a noun may be joined to the next by 的),
    and quoted titles, left to right. ``head``: the noun the question asks about ("哪个猜想"), a phrase word
    whatever jieba tags it (猜想 is tagged a verb)."""
    tagged = _zh_tagged(text)
    phrases: list[tuple[int, int]] = []
    run: list[int] = []

    def close():
        while run and tagged[run[-1]][1] in ZH_MODIFIER_TAGS + ("uj",):
            run.pop()
        while run and tagged[run[0]][1] in ZH_QUANTITY_TAGS and not tagged[run[0]][0][:1].isdigit():
            run.pop(0)  # "一种", "三部著作", "所有": a count, not the thing ("20世纪70年代" keeps its digits)
        if run:
            start, end = tagged[run[0]][2], tagged[run[-1]][2] + len(tagged[run[-1]][0])
            if end - start <= MAX_PHRASE_CHARS_ZH:
                phrases.append((start, end))
        run.clear()

    for i, (word, flag, _pos) in enumerate(tagged):
        nxt = tagged[i + 1][1] if i + 1 < len(tagged) else ""
        if not word.strip():
            close()
        elif _joins_phrase(word, flag, nxt, head, bool(run)):
            run.append(i)
        else:
            close()
    close()
    whole = [(m.start(), m.end()) for m in _ZH_QUOTED.finditer(text)]  # titles, quotes, Latin terms: one phrase
    whole += [d for d in dotted_names(text) if not any(q[0] <= d[0] < q[1] for q in whole)]
    links = [(m.start(), m.end()) for m in _LINK.finditer(text)]  # not a piece of an e-mail address or a URL
    whole += [(m.start(), m.end()) for m in _LATIN_TERM.finditer(text)
              if not any(q[0] <= m.start() < q[1] for q in whole + links)]
    kept = [p for p in phrases if not any(q[0] <= p[0] and p[1] <= q[1] for q in whole)
            and not any(a < p[1] and p[0] < b for a, b in links)]
    merged: list[tuple[int, int]] = []
    for phrase in sorted(kept + whole):  # “一带一路”倡议: a quoted name and the noun right after it
        if merged and merged[-1][1] == phrase[0] and text[merged[-1][1] - 1] in "”」》":
            merged[-1] = (merged[-1][0], phrase[1])
        else:
            merged.append(phrase)
    return merged


def dotted_names(text: str) -> list[tuple[int, int]]:
    """Transliterated names written with a middle dot ("玛丽·麦特琳", "洛塔尔·德梅齐埃"): jieba cuts them at the
    dot. Each side takes jieba's words next to the dot that are not function words or verbs, up to
    ``MAX_NAME_PART_ZH`` characters."""
    words = [w for w in _zh_tagged(text) if w[0].strip()]
    out: list[tuple[int, int]] = []
    for dot in _NAME_DOT.finditer(text):
        left = [w for w in words if w[2] + len(w[0]) <= dot.start()]
        right = [w for w in words if w[2] >= dot.end()]
        start, end = _name_part(reversed(left), dot.start(), -1, text), _name_part(right, dot.end(), 1, text)
        if start is None or end is None:
            continue
        if out and out[-1][1] >= start:  # "狄奥多·冯·方塔纳": one name with two dots
            start = out.pop()[0]
        out.append((start, end))
    return out


def _name_part(words, edge: int, step: int, text: str) -> int | None:
    """Where one side of a dotted name ends (its far edge), or None when no name word touches the dot: words
    up to two characters, then one more character when punctuation, a space, a verb or a particle closes the
    name ("帕乔|里|，", "麦特|琳|担任")."""
    words = list(words)
    reach, length = None, 0
    for i, (word, flag, pos) in enumerate(words):
        touching = (pos + len(word) if step < 0 else pos) == (edge if reach is None else reach)
        if not touching or not re.fullmatch(r"[\u4e00-\u9fff]+", word) or flag[:1] in _NOT_NAME_TAGS:
            break
        far = pos if step < 0 else pos + len(word)
        if length >= 2:
            after = words[i + 1] if i + 1 < len(words) else None
            closed = after is None or (after[2] + len(after[0]) if step < 0 else after[2]) != far \
                or after[1][:1] in _NOT_NAME_TAGS or not re.match(r"[\u4e00-\u9fff]", after[0])
            if len(word) == 1 and closed:
                reach = far
            break
        length += len(word)
        reach = far
    return reach if length else None


def noun_phrases(text: str, lang: str, head: str = "") -> list[tuple[int, int]]:
    return chinese_phrases(text, head) if lang == "zh" else english_phrases(text)


