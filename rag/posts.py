"""Posts: the office a sentence gives a person ("Professor Zhou, Vice-Chair of the Board", "馆长迪尔诺扎·卡里莫娃").

A sentence can name the person and the office its source names and still give the office to the wrong person
("AFSN's coordinator, Professor Samuel Mwangi" when he chairs AFSN and the coordinator is someone else), or drop the
rank that changes it ("Chair" for the Vice-Chair, 院长 for 馆长). A post binds to a person only when they stand
side by side: "Post [Title] Name", "Name, [the|X's] Post", "副所长张立新". The sentence's (person, post) pairs must
be the source's: a person the source gives another post, a post the source gives another person, or a post the
source names only away from the person (in sentences that do not name them) is a binding error. Same-language text
only (the source or its version in the sentence's language), like ``rag.binding``.
"""
from __future__ import annotations

import re

from rag.text import CJK_RE, coverage_terms, split_sentences

# ranks that make another office of the same post ("Vice-Chair" is not "Chair"), each with its canonical form
RANKS = {"vice": "deputy", "deputy": "deputy", "assistant": "assistant", "associate": "associate",
         "acting": "acting", "honorary": "honorary", "former": "former", "副": "deputy", "代理": "acting",
         "名誉": "honorary", "前": "former"}
EN_POST_WORDS = (r"director-general|director|chair(?:man|woman|person)?|president|secretary-general|secretary|"
                 r"treasurer|coordinator|dean|head|chancellor|minister|premier|ambassador|governor|mayor|rector|"
                 r"provost|manager|chief scientist|convenor|convener|rapporteur|conservator|registrar|curator|"
                 r"commissioner|superintendent|inspector|officer")
EN_POST = re.compile(rf"\b(?:(vice|deputy|assistant|associate|acting|honorary|former)[- ])?({EN_POST_WORDS})\b",
                     re.IGNORECASE)
ZH_POST = re.compile(r"(副|代理|名誉|前)?(所长|院长|馆长|校长|主任|主席|理事长|会长|秘书长|部长|局长|司库|"
                     r"书记|总理|大使|市长|省长|主编|协调人|负责人|首席科学家|总干事|站长|台长|处长|署长|厅长|"
                     r"司长|团长|队长|组长|董事长)")
EN_SAME_POST = {"chairman": "chair", "chairwoman": "chair", "chairperson": "chair", "convener": "convenor"}
_EN_TITLE = r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Madam|Academician)\.?\s+)"
_EN_NAME = r"[A-Z][a-z’'-]+(?:\s[A-Z][a-z’'-]+){0,2}"
# a person right after the post ("Director Professor Lin Qiang", "coordinator, Professor Samuel Mwangi")
EN_AFTER_POST = re.compile(rf"^\s*,?\s*(?:the\s+)?({_EN_TITLE}*)({_EN_NAME})\b")
# a person right before the post ("Dr. Dilnoza Karimova, Director …", "Hu Jianping, ANSO's Secretary-General")
# … also past the person's institution ("Professor Sun Lihua of Nanjing University, Vice-Chair, …")
_EN_OF_INSTITUTION = (r"(?:\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][\w’'-]*"
                      r"(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w’'-]*){0,5})?")
EN_BEFORE_POST = re.compile(
    rf"({_EN_TITLE}*)({_EN_NAME}){_EN_OF_INSTITUTION}\s*,\s*(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?$")
# a Chinese person right after the post: a transliterated name ("迪尔诺扎·卡里莫娃博士") or a name of two or three
# characters before a person's title or the act of the ceremony ("林强教授", "戴彬彬主持"); else what jieba tags
ZH_NAME_END = r"(?=教授|博士|院士|先生|女士|研究员|主持|出席|致辞|致|代表|签|宣读|作|等|、|，|,|与|和|。|；|$)"
ZH_TRANSLITERATED = re.compile(r"^([\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff·]{1,10}?)" + ZH_NAME_END)
# a post, then the person's institution, then the person ("委员会主席、南京大学孙丽华教授",
# "副主席、中国海洋大学教授陈晓东")
ZH_AFTER_INSTITUTION = re.compile(r"^、[\u4e00-\u9fff]{2,16}?(?:大学|研究所|研究院|学院|科学院|研究中心|实验室)"
                                  r"(?:的|教授|研究员)?(?=[\u4e00-\u9fff])")
ZH_TITLED_PERSON = re.compile(r"^([\u4e00-\u9fff]{2,3}?)(?=教授|博士|院士|先生|女士|研究员|主持|出席|致辞|签)")


def _post_key(rank: str | None, post: str) -> str:
    base = EN_SAME_POST.get(post.lower(), post.lower())
    return f"{RANKS[rank.lower()]} {base}" if rank else base


def posts(text: str) -> set[tuple[str, str]]:
    """(person, post) pairs the text states, persons in lower case without their titles."""
    pairs = set()
    for start, end in split_sentences(text):
        sentence = text[start:end]
        pairs |= _zh_posts(sentence) if CJK_RE.search(sentence) else _en_posts(sentence)
    return pairs


def _en_posts(sentence: str) -> set[tuple[str, str]]:
    from rag.names import ORG_WORDS

    pairs = set()
    for match in EN_POST.finditer(sentence):
        key = _post_key(match.group(1), match.group(2))
        for person in (EN_AFTER_POST.match(sentence[match.end():]), EN_BEFORE_POST.search(sentence[:match.start()])):
            if person is None or ORG_WORDS.search(person.group(2)) or EN_POST.search(person.group(2)):
                continue
            if person.group(1) or " " in person.group(2):  # a bare single word is no person ("Kenya, Director")
                pairs.add((re.sub(r"['’]s$", "", person.group(2).lower()), key))  # "Xi Jinping's letter"
    return pairs


# a post linked to its person by a verb: "副首席科学家为斯里兰卡…的尼马尔·佩雷拉博士" (the person after 为/是/由,
# maybe past an institution ending in 的), "尼马尔·佩雷拉博士担任本航次的首席科学家" (the person before 担任/任/为)
ZH_LINK_AFTER = re.compile(r"^(?:为|是|由)")
ZH_OF_INSTITUTION = re.compile(r"^[^，。；,;]{2,30}?的(?=[\u4e00-\u9fff])")
_ZH_TITLES = r"(?:教授|博士|院士|先生|女士|研究员)"
ZH_PERSON_BEFORE = re.compile(rf"([\u4e00-\u9fff]{{1,6}}·[\u4e00-\u9fff·]{{1,10}}?{_ZH_TITLES}?|"
                              rf"[\u4e00-\u9fff]{{2,3}}?{_ZH_TITLES})(?:担任|出任|当选为|当选|任|为)[^，。；,;]{{0,10}}?$")


def _zh_linked_person(sentence: str, match: re.Match) -> str | None:
    """The person a verb links to the post: after it (为/是/由 …) or before it (… 担任)."""
    rest = sentence[match.end():]
    if ZH_LINK_AFTER.match(rest):
        rest = ZH_LINK_AFTER.sub("", rest, count=1)
        person = _zh_person_at(rest) or _zh_person_at(ZH_OF_INSTITUTION.sub("", rest, count=1))
        if person:
            return person
    if "分别" in sentence[:match.start()]:
        return None  # "甲和乙分别担任队长和副队长": persons and posts pair by order (rag.respectively), not by the verb
    before = ZH_PERSON_BEFORE.search(sentence[:match.start()])
    return re.sub(rf"{_ZH_TITLES}$", "", before.group(1)) if before else None


def _zh_posts(sentence: str) -> set[tuple[str, str]]:
    pairs = set()
    for match in ZH_POST.finditer(sentence):
        rest = sentence[match.end():]
        person = (_zh_person_at(rest) or _zh_person_at(ZH_AFTER_INSTITUTION.sub("", rest, count=1))
                  or _zh_linked_person(sentence, match))
        if person:
            pairs.add((person, _post_key(match.group(1), match.group(2))))
    return pairs


def _zh_person_at(rest: str) -> str | None:
    """The person the text starts with, if any."""
    from rag.binding import ZH_PERSON_TAGS, join_transliterated
    from rag.text import pos_tagger

    found = ZH_TRANSLITERATED.match(rest)
    if found:
        return found.group(1)
    found = ZH_TITLED_PERSON.match(rest)
    if found and not _common_word(found.group(1)):
        return found.group(1)
    words = join_transliterated([(w.word, w.flag) for w in pos_tagger().lcut(rest)])
    if not words or words[0][1] not in ZH_PERSON_TAGS or len(words[0][0]) < 2:
        return None
    return words[0][0] if re.match(ZH_NAME_END, rest[len(words[0][0]):]) else None  # 主席贺信并…: no name


def _common_word(text: str) -> bool:
    """A word jieba knows as one word other than a name (身份 in "副主席身份主持"): no person."""
    from rag.binding import ZH_PERSON_TAGS
    from rag.text import pos_tagger

    words = pos_tagger().lcut(text)
    return len(words) == 1 and words[0].flag not in ZH_PERSON_TAGS


def same_person(one: str, other: str) -> bool:
    """"mwangi" and "samuel mwangi", 林强 and 林强: one name is part of the other."""
    if CJK_RE.search(one) or CJK_RE.search(other):
        return one in other or other in one
    words, others = set(one.split()), set(other.split())
    return words <= others or others <= words


# --- posts the support check also reads (not the answerer): qualified offices, leaders, "with X as Y" -----------
_EN_RANK = r"(?:(vice|deputy|assistant|associate|acting|honorary|former)[- ])?"
# a word that qualifies an office without making it another ("Deputy Executive Secretary" is a deputy secretary)
EN_POST_QUALIFIER = r"(?:executive|permanent|managing|principal|general|senior|founding)\s+"
EN_QUALIFIED_POST = re.compile(rf"\b{_EN_RANK}{EN_POST_QUALIFIER}({EN_POST_WORDS})\b", re.IGNORECASE)
# a person given an office by "with … as" or by "led by" ("led by Professor Xu, with Mr. Tariq Mehmood, Deputy
# Director of Locust Control, as deputy leader")
EN_WITH_AS_POST = re.compile(
    rf"\bwith\s+({_EN_TITLE}*)({_EN_NAME}){_EN_OF_INSTITUTION}(?:\s*,[^,;]{{1,80}},)?\s+as\s+(?:the\s+)?"
    rf"{_EN_RANK}({EN_POST_WORDS}|leader)\b")
EN_LED_BY = re.compile(rf"\bled\s+by\s+(?:(?i:(?:the\s+)?{_EN_RANK}(?:{EN_POST_QUALIFIER})?(?:{EN_POST_WORDS}))\s+)?"
                       rf"(?P<title>{_EN_TITLE}*)(?P<name>{_EN_NAME})")  # "led by Executive Secretary Dr. M. …"


def offices(text: str) -> set[tuple[str, str]]:
    """(person, post) pairs the text states (``posts``) and, in English, also offices with a qualifier ("Deputy
    Executive Secretary" as a deputy secretary), "with X as deputy leader" and "led by X" (X as leader)."""
    from rag.names import ORG_WORDS

    pairs = posts(text)
    for start, end in split_sentences(text):
        sentence = text[start:end]
        if CJK_RE.search(sentence):
            continue
        for match in EN_QUALIFIED_POST.finditer(sentence):
            person = EN_BEFORE_POST.search(sentence[:match.start()]) or EN_AFTER_POST.match(sentence[match.end():])
            if person and (person.group(1) or " " in person.group(2)) and not ORG_WORDS.search(person.group(2)):
                pairs.add((person.group(2).lower(), _post_key(match.group(1), match.group(2))))
        for match in EN_WITH_AS_POST.finditer(sentence):
            if match.group(1) or " " in match.group(2):
                pairs.add((match.group(2).lower(), _post_key(match.group(3), match.group(4))))
        for match in EN_LED_BY.finditer(sentence):
            name = match.group("name")
            if (match.group("title") or " " in name) and not ORG_WORDS.search(name) \
                    and not EN_POST.search(name):
                pairs.add((name.lower(), "leader"))
    return pairs


def wrong_post(sentence: str, sources: list[str]) -> str | None:
    """"binding: post" when the sentence gives a person a post the sources give to another person, or give that
    person another post, or state only away from that person; else None."""
    stated = set().union(*(offices(s) for s in sources)) if sources else set()
    for person, post in sorted(offices(sentence) - stated):
        held = {q for p, q in stated if same_person(p, person)}
        if post in held:
            continue
        if held or any(q == post for _, q in stated) or _stated_apart(person, post, sources):
            return "binding: post"
    return None


def _stated_apart(person: str, post: str, sources: list[str]) -> bool:
    """The post is named in source sentences, but in none that names the person (who is named)."""
    word = coverage_terms(post.split()[-1])
    sentences = [s[a:b] for s in sources for a, b in split_sentences(s)]
    naming = [s for s in sentences if _names(s, person)]
    return bool(naming) and not any(word <= coverage_terms(s) for s in naming) and any(
        word <= coverage_terms(s) for s in sentences)


def _names(sentence: str, person: str) -> bool:
    if CJK_RE.search(person):
        return person in sentence
    return re.search(rf"\b{re.escape(person.split()[-1])}\b", sentence.lower()) is not None


def _rank(post: str) -> str:
    """The rank of a post key ("deputy 部长" → deputy), "" for the full office."""
    first = post.split()[0]
    return first if len(post.split()) > 1 and first in RANKS.values() else ""


def _same_person_across(one: str, other: str) -> bool:
    """A person written in pinyin ("liu jia") and in characters (刘佳), either way round."""
    from rag.pinyin_names import romanised_in, split_syllables, written_in

    latin, chinese = (one, other) if CJK_RE.search(other) else (other, one)
    if not CJK_RE.search(chinese) or CJK_RE.search(latin):
        return False
    if any(sep in chinese for sep in "·•・"):  # a foreign name in characters ("马克·奥巴拉" is Mark Obara)
        return _transliterated_as(chinese, latin)
    words = [split_syllables(w) for w in latin.split()]
    if all(words) and written_in([w for w in words if w], chinese):
        return len("".join(chinese)) == sum(len(w or []) for w in words)
    return romanised_in(chinese, latin)


def _transliterated_as(chinese: str, latin: str) -> bool:
    """Whether every telling part of a name written in characters joined by "·" sounds like a word of the Latin
    name (``rag.transliteration``): 马克·奥巴拉 and "mark obara", not "mark owen"."""
    from rag.transliteration import MIN_SKELETON, NAME_SEPARATORS, _close, chinese_skeletons, latin_skeleton

    words = [latin_skeleton(w) for w in latin.split()]
    parts = [chinese_skeletons(p) for p in re.split(f"[{NAME_SEPARATORS}]", chinese) if p]
    telling = [p for p in parts if len(p[0]) >= MIN_SKELETON]
    return bool(telling) and all(any(_close(v, w) for v in p for w in words if len(w) >= MIN_SKELETON)
                                 for p in telling)


def wrong_rank_across(sentence: str, sources: list[str]) -> str | None:
    """"binding: post" when the sentence gives a person, named in the other language's script (Liu Jia / 刘佳), a
    post of another rank than the source does ("Head" for 副部长, 主任 for "Deputy Director"), else None. The
    offices themselves are not compared across languages, their ranks are."""
    claimed = posts(sentence)
    stated = set().union(*(posts(s) for s in sources)) if claimed and sources else set()
    for person, post in sorted(claimed):
        ranks = {_rank(q) for p, q in stated if _same_person_across(person, p)} or _ranks_near(person, sources)
        if ranks and _rank(post) not in ranks:
            return "binding: post"
    return None


def _ranks_near(person: str, sources: list[str]) -> set[str]:
    """The ranks of every office named in the source sentences that name the person (in pinyin, Liu Jia, or in
    characters, 刘佳) when no office stands beside the name ("副主席、中国海洋大学教授陈晓东")."""
    from rag.pinyin_names import romanised_in, split_syllables, written_in

    words = [split_syllables(w) for w in person.split()]
    ranks: set[str] = set()
    for sentence in (s[a:b] for s in sources for a, b in split_sentences(s)):
        if CJK_RE.search(person):
            named = romanised_in(person, sentence)
        else:
            named = all(words) and written_in([w for w in words if w], sentence)
        if named:
            pattern = ZH_POST if CJK_RE.search(sentence) else EN_POST
            ranks |= {_rank(_post_key(m.group(1), m.group(2))) for m in pattern.finditer(sentence)}
    return ranks


def _ranks_named(base: str, sentence: str) -> set[str]:
    """The ranks the sentence gives the office ``base`` ("chair", 主席): "" for the full office."""
    pattern = ZH_POST if CJK_RE.search(base) else EN_POST
    return {_rank(_post_key(m.group(1), m.group(2))) for m in pattern.finditer(sentence)
            if _post_key(None, m.group(2)) == base}


def dropped_rank(sentence: str, sources: list[str]) -> str | None:
    """"binding: post" when the sentence gives a person an office of a rank the source sentences naming that person
    never give it ("Chair" when they say only "Vice-Chair", 主席 for 副主席 written away from the name: "副主席、
    中国海洋大学教授陈晓东"), else None. Same-language text only."""
    sentences = [s[a:b] for s in sources for a, b in split_sentences(s)]
    for person, post in sorted(posts(sentence)):
        base = post.split()[-1]
        naming = [s for s in sentences if _names(s, person)]
        ranks = set().union(*(_ranks_named(base, s) for s in naming)) if naming else set()
        if ranks and _rank(post) not in ranks:
            return "binding: post"
    return None


def asked_post(question: str) -> str | None:
    """The post key of a ranked office the question asks about ("Who is the Vice President …" → "deputy
    president", 副院长是谁 → "deputy 院长"), else None (an unranked office is not checked here)."""
    for pattern in (EN_POST, ZH_POST):
        for match in pattern.finditer(question):
            if match.group(1):
                return _post_key(match.group(1), match.group(2))
    return None


def holds_another_rank(question: str, sentence: str, answer: str) -> bool:
    """The question asks about a ranked office (a deputy's, a vice-chair's) and the sentence gives the answering
    person only other offices: "Bai Chunli, President of …" does not answer "Who is the Vice President …?", nor
    "怀柔区委书记…戴彬彬" 副书记是谁. In the question's script the office itself must match; across scripts its rank."""
    asked = asked_post(question)
    if asked is None:
        return False
    person = answer.lower().strip()
    held = {post for p, post in posts(sentence) if same_person(p, person) or _same_person_across(p, person)}
    if not held:
        return False  # the sentence binds no post to the person: nothing to tell
    return all(post != asked if bool(CJK_RE.search(post)) == bool(CJK_RE.search(asked)) else _rank(post) != _rank(asked)
               for post in held)
