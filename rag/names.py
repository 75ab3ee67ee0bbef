"""Organisation and programme names a question is about: "When was the *Chinese Academy of Sciences* founded?",
"*DRFP* 的博士生…", "*中国科学院*是哪一年成立的？". Evidence that never names the asked body answers about another one
(the alliance's founding date is not the academy's), so such a name must be matched whole — not word by word —
by the evidence, directly, by its acronym, or by the name the acronym stands for."""

from __future__ import annotations

import functools
import re
from collections import Counter

from rag.text import latin_terms, normalize

# words that make a capitalised English phrase an organisation, programme or event rather than a person or place
ORG_WORDS = re.compile(
    r"\b(?:Academy|Academies|Government|University|Committee|Council|Institute|Organi[sz]ations?|Ministry|Alliance|"
    r"Network|Agency|Centre|Center|Association|Society|Division|Office|Secretariat|Programme|Program|Forum|Bureau|"
    r"Department|School|Foundation|Commission|Federation|Union|Consortium|Initiative|Fund|Laboratory|Observatory|"
    # named schemes, prizes, events and places a document is about: a sibling's facts do not answer for them
    r"Awards?|Prize|Medal|Fellowships?|Scholarships?|Scheme|Course|Workshop|Symposium|Conference|Congress|Summit|"
    r"Expedition|Project|Glacier|Station|Portal|Platform)\b"
)
# a capitalised phrase ("Chinese Academy of Sciences", "Water and Climate Network") or an acronym ("ANSO", "CAS")
CAP_PHRASE = re.compile(
    r"(?<![\w’'])(?:[A-Z][\w’'-]*)(?:\s+(?:(?:of|the|and|for|on|in|&)\s+)*[A-Z][\w’'-]*)*"
)
# (not the tail of a hyphenated term: "cryo-EM" is a technique, "ANSO-UAQ" a network)
ACRONYM = re.compile(r"(?<![A-Za-z])(?<![a-z]-)[A-Z]{2,}[a-z]?[A-Z]*(?![A-Za-z])")
# all-capital words that are not bodies: currencies, times of day, degrees, units
NOT_BODIES = frozenset(
    "CNY USD RMB EUR GBP JPY AM PM UTC GMT CST BST PHD MSC BSC URL PDF HTML ID OK TV CV ISBN DOI".split()
)
# jieba's tag for an organisation name (中国科学院, 北京市人民政府); a tagged word this short is a fragment
ZH_ORG_TAG = "nt"
MIN_ZH_ORG_CHARS = 4
POST_OF = re.compile(r"\s+of\s+(?:the\s+)?")  # "Secretary-General *of the* ACET": a post, then its body
MIN_REORDERED_ACRONYM = 4  # a shorter acronym matches the initials of too many names in some order
REORDERED_EXTRA_WORDS = 2  # words of a name its reordered acronym may leave out ("ANSO", a repeated "Summer")
NAME_JOINERS = frozenset("of the and for on in &".split())
# the last morpheme of a Chinese name of a prize, course, scheme, fund, network or centre (杰出科学奖, 高级研修班)
ZH_NAMED_HEAD = re.compile(r"(?:奖|奖学金|研修班|培训班|训练营|计划|项目|专项|基金|网络|中心|论坛|研讨会|大会|冰川|"
                           r"实验室|平台)$")
# jieba tags that can qualify such a head inside its name: nouns, adjectives, distinguishing words, abbreviations
ZH_NAME_PART_TAGS = ("n", "vn", "a", "b", "j", "eng", "t")
# a time word (2024年, 今年) dates the name rather than being part of it
NOT_NAME_PART = re.compile(r"\d|[今明去前后当往每]年|年[度底初末中]|[月日号]")
ZH_GENERIC_PREFIXES = frozenset({"联盟", "一带一路", "国际", "ANSO"})  # every programme of the alliance bears them
NAMED_ACROSS_SHARE = 0.75  # share of a name's translatable parts another-language text must state to name it
UNNAMED_ACROSS_SHARE = 0.5  # below this share it names something else (科学传播奖 vs a glacier report)
# a name's leading qualifier decides only when this many parts follow it (研究中心 after 地下水): a shorter name
# (研究生奖学金) may be worded otherwise ("Graduate Scholarship" for 研究生 "graduate student")
MIN_PARTS_AFTER_QUALIFIER = 2
MAX_ZH_NAME_GAP = 8  # characters the documents may insert between a name's parts (冷冻电镜*技术国际*培训班)


def asked_bodies(question: str) -> list[str]:
    """Organisation or programme names in the question (English phrases, acronyms, Chinese organisation names)."""
    found: list[str] = []
    for match in CAP_PHRASE.finditer(question):
        phrase = _without_post(_trim(match.group(0)))
        if ORG_WORDS.search(phrase) and len(phrase.split()) >= 2:
            found.append(phrase)
    found += [a for a in ACRONYM.findall(question) if a.upper() not in NOT_BODIES and not _inside(a, found)]
    found += [w for w, tag in _zh_tagged(question) if tag == ZH_ORG_TAG and len(w) >= MIN_ZH_ORG_CHARS]
    found += [n for n in zh_named_things(question) if n not in found]
    return found


def zh_named_things(question: str) -> list[str]:
    """Chinese names of prizes, courses, schemes, funds or centres in the question: a head (奖, 研修班, 基金 …)
    with at least one qualifying word before it ("杰出科学奖", "冷冻电镜高级研修班"), the alliance's own prefix left
    out. Each part must be named by the evidence; a sibling ("科学传播奖") shares the head, not the qualifiers."""
    words = list(_zh_tagged(question))
    found = []
    for i, (word, _tag) in enumerate(words):
        head = ZH_NAMED_HEAD.search(word)
        if head is None:
            continue
        j = i
        while j > 0 and words[j - 1][1].startswith(ZH_NAME_PART_TAGS) and not NOT_NAME_PART.search(words[j - 1][0]) \
                and not ZH_NAMED_HEAD.search(words[j - 1][0]):  # 专项 ends a name: in 专项青年项目 a part follows
            j -= 1
        while j < i and words[j][0] in ZH_GENERIC_PREFIXES:
            j += 1
        name = "".join(w for w, _ in words[j:i + 1])
        if j < i or head.start() > 0:
            found.append(name)
    return found


def _zh_parts(name: str) -> list[str]:
    """A Chinese name cut into its words, the head morpheme on its own (科学奖 → 科学, 奖)."""
    parts = []
    for word, _tag in _zh_tagged(name):
        head = ZH_NAMED_HEAD.search(word)
        if head and head.start() > 0:
            parts += [word[:head.start()], head.group(0)]
        else:
            parts.append(word)
    return [p for p in parts if p.strip()]


def names_zh(text: str, name: str) -> bool:
    """``text`` names the Chinese ``name``: whole, or its parts in order with a few characters between them, or all
    its parts within one short stretch of one clause in another order (人工智能访问学者计划 named by
    访问学者计划（人工智能与交叉科学方向）: a qualifier may follow in brackets)."""
    if name in text:
        return True
    parts = _zh_parts(name)
    pattern = f".{{0,{MAX_ZH_NAME_GAP}}}?".join(re.escape(p) for p in parts)
    return len(parts) >= 2 and (re.search(pattern, text) is not None or _parts_reordered(text, parts))


def _parts_reordered(text: str, parts: list[str]) -> bool:
    """Every part of a name stands within one stretch of ``text`` no longer than the name and one gap, inside a
    clause (no 。；， between them)."""
    span = sum(map(len, parts)) + MAX_ZH_NAME_GAP
    for clause in re.split(r"[。！？；，,;]", text):
        for start in (m.start() for m in re.finditer(re.escape(parts[0]), clause)):
            window = clause[max(0, start - span):start + span]
            places = [window.find(p) for p in parts]
            if min(places) >= 0 and max(at + len(p) for at, p in zip(places, parts, strict=True)) - min(places) <= span:
                return True
    return False


def missing_body(question: str, evidence: str) -> str | None:
    """The first organisation or programme name the question asks about that ``evidence`` never names, or None."""
    for body in asked_bodies(question):
        if not names(evidence, body):
            return body
    return None


def names(text: str, body: str) -> bool:
    """``text`` names ``body``: the name itself (any case), its acronym, or a phrase the acronym stands for."""
    if body.lower() in text.lower():
        return True
    if re.search(r"[\u4e00-\u9fff]", body):
        return names_zh(text, body)
    words = [w.lower() for w in body.split() if w.lower() not in NAME_JOINERS]
    if len(words) >= 2 and words_in(text, words):  # "ANSO Secretariat" names "the Secretariat of ANSO"
        return True
    if ACRONYM.fullmatch(body):
        # the words of some capitalised phrase begin with its letters ("ANSO Young Scientists Forum" names YSF), or
        # a run of them spells it with letters from inside a word ("Antimicrobial Resistance" names AMR)
        return any(body.upper() in _initials(m.group(0)) or _spelled_inside(body, m.group(0))
                   or _initials_reordered(body, _initials(m.group(0))) for m in CAP_PHRASE.finditer(text))
    initials = _initials(body)
    return len(initials) >= 2 and re.search(rf"(?<![A-Za-z]){re.escape(initials)}(?![A-Za-z])", text) is not None


def _spelled_inside(acronym: str, phrase: str) -> bool:
    """Two or more consecutive capitalised words of ``phrase`` whose initials open and close ``acronym`` and which
    hold all its letters in order, each word's initial among them ("Antimicrobial Resistance" for AMR)."""
    words = [w for w in phrase.split() if w.lower() not in NAME_JOINERS]
    letters = acronym.upper()
    for start in range(len(words)):
        for end in range(start + 2, min(len(words), start + len(letters)) + 1):
            run = words[start:end]
            initials = "".join(w[0].upper() for w in run)
            if initials[0] == letters[0] and initials[-1] == letters[-1] and _in_order(initials, letters) \
                    and _in_order(letters, "".join(run).upper()):
                return True
    return False


def _initials_reordered(acronym: str, initials: str) -> bool:
    """An acronym of a name whose words it takes in another order ("Summer School on Coastal Observation and
    Resilience" is CORSS): every letter is the initial of its own word of the name, which has at most
    ``REORDERED_EXTRA_WORDS`` words more (ANSO, a second "Summer"), and the acronym is long enough to tell."""
    letters = acronym.upper()
    if len(letters) < MIN_REORDERED_ACRONYM or not 0 <= len(initials) - len(letters) <= REORDERED_EXTRA_WORDS:
        return False
    return not Counter(letters) - Counter(initials)


def _in_order(short: str, long: str) -> bool:
    """The characters of ``short`` appear in ``long`` in order (not necessarily together)."""
    rest = iter(long)
    return all(char in rest for char in short)


def words_in(text: str, words: list[str]) -> bool:
    """Every one of ``words`` stands in ``text`` as a whole word (any case, any order)."""
    present = {w.lower() for w in re.findall(r"[A-Za-z][\w’'-]*", text)}
    return all(w in present for w in words)


def _trim(phrase: str) -> str:
    """A capitalised phrase without a leading article or question word ("The", "What", "Which")."""
    words = phrase.split()
    while words and words[0].lower() in {"the", "what", "which", "who", "when", "where", "how", "why", "is", "was",
                                         "did", "does", "do", "are", "were", "a", "an", "and", "in", "on", "at"}:
        words = words[1:]
    while words and words[-1].lower() in NAME_JOINERS:
        words = words[:-1]
    return " ".join(words)


def _without_post(phrase: str) -> str:
    """A capitalised phrase without the post that opens it: "Treasurer of the ANSO Botanic Gardens Network" asks
    about the network ("Treasurer" names no body; "Chinese Academy of Sciences" keeps its "of")."""
    parts = POST_OF.split(phrase)
    while len(parts) > 1 and not ORG_WORDS.search(parts[0]) and ORG_WORDS.search(" ".join(parts[1:])):
        parts = parts[1:]
    return " of ".join(parts)


def _initials(phrase: str) -> str:
    return "".join(w[0] for w in phrase.split() if w[:1].isupper() and w.lower() not in NAME_JOINERS).upper()


def _inside(acronym: str, phrases: list[str]) -> bool:
    return any(acronym in phrase.split() for phrase in phrases)


@functools.lru_cache(maxsize=2048)
def _zh_tagged(text: str) -> tuple[tuple[str, str], ...]:
    if not re.search(r"[\u4e00-\u9fff]", text):
        return ()
    from rag.text import pos_tagger

    return tuple((w, f) for w, f in pos_tagger().cut(text))


def name_parts(body: str) -> list[str]:
    """The words of a name that carry meaning: Chinese parts (head morpheme apart), or Latin words other than joiners
    and acronyms (an acronym reads the same in both languages and is matched as itself)."""
    if re.search(r"[\u4e00-\u9fff]", body):
        return _zh_parts(body)
    words = re.findall(r"[A-Za-z][\w’'-]*", body)
    return [w for w in words if w.lower() not in NAME_JOINERS and not ACRONYM.fullmatch(w)]


def named_across(text: str, body: str, translate, min_parts: int = 2) -> bool | None:
    """Whether ``text`` in the other language names ``body`` through its parts' translations (``translate(word)`` →
    translations): True when most parts that have translations are stated by one of them, False when at most half
    are; None in between, or when fewer than ``min_parts`` parts have translations ("Inylchek Glacier" has one) or
    an English part is a name the dictionary lacks ("Dalian Institute of …") — nothing can tell."""
    lowered = text.lower()
    parts = name_parts(body)
    known = [alts for part in parts if (alts := _translations(part, translate))]
    if len(known) < min_parts:
        return None
    if _leading_qualifier_unstated(lowered, parts, translate):
        return False
    stated = sum(any(_states(lowered, alt.lower()) for alt in alts) for alts in known) / len(known)
    if stated >= NAMED_ACROSS_SHARE:  # unless a proper name among the parts ("Dalian") is unknown in the other script
        return None if any(part.isascii() and not _translations(part, translate) for part in parts) else True
    return False if stated < UNNAMED_ACROSS_SHARE else None


def _leading_qualifier_unstated(lowered: str, parts: list[str], translate) -> bool:
    """A Chinese name's first translatable part, when a part follows it, is its most specific qualifier: text
    stating none of its translations names another body, however many generic parts it shares (干旱区*地下水*研究中心
    is not "the Centre … for Pollinator Research", which states 研究 and 中心 but not "groundwater")."""
    if not parts or parts[0].isascii():
        return False
    at = next((i for i, part in enumerate(parts) if _translations(part, translate)), None)
    if at is None or len(parts) - at < MIN_PARTS_AFTER_QUALIFIER + 1:
        return False
    words = {word for alt in _translations(parts[at], translate) for word in alt.lower().split()}
    return not any(_states(lowered, word) for word in words)


def _translations(part: str, translate) -> tuple[str, ...]:
    """A name part's translations: a Chinese part as it is; an English word under its stem, as the lexicon keys its
    English side ("Communication" → "commun" → 传播), then as written (a caller's own plain word list)."""
    if not part.isascii():
        return tuple(translate(part))
    stems = latin_terms(normalize(part))
    return tuple(alt for stem in dict.fromkeys([*stems, part.lower()]) for alt in translate(stem))


def _states(lowered: str, term: str) -> bool:
    if re.search(r"[\u4e00-\u9fff]", term):
        return term in lowered
    return re.search(rf"(?<![a-z]){re.escape(term)}", lowered) is not None

