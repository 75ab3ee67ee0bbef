"""Does the evidence account for the question? Every content term that matters — rare in or absent from
the corpus, or a qualifier such as a year, an ordinal, "deputy", "current", "next" — must be matched by the
evidence (the sentence, its document's title, its parallel version), else the answerer abstains."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import Protocol

from rag.text import EN_STOPWORDS as EN_STOP
from rag.text import ZH_MEASURE_WORDS, ZH_STOPWORDS, coverage_terms, latin_terms, normalize, pos_tagger, word_follows

MAX_MISSING_SHARE = 0.65  # abstain when more than this share of the question's idf weight is unmatched
# … and this share when the asked year is only the document's ("Who is the director of the 2026 course?" asked of a
# paragraph stating no year): a paragraph of another 2026 document naming a director is no answer
SUBJECT_YEAR_MISSING_SHARE = 0.35
# across languages (where the modifier rule is off) this many missing terms that neither language of the corpus names
# make the question one about something else (硕士研究生 asked, only "PhD students" stated in English). One: a lexicon
# lacks some compounds ("workshop" ≠ 研讨会), but a confident wrong answer costs more than an abstention (allowing one
# such term let 5 wrong answers through on the seen new-document sets, for 3 right ones)
# (counted over things named: a verb or adverb such as 进行, 需要, 分布 is worded freely, ``_verbal_noun`` aside)
MAX_UNNAMED_ACROSS = 1
# a term whose translations' shared character is in the evidence (锈 of 锈病 for "rust") counts this much as missing
MORPHEME_MISSING_WEIGHT = 0.5
VERB_MISSING_WEIGHT = (
    0.5  # a missing verb counts this much of its idf (paraphrases replace verbs: "chaired" for "presided")
)
RARE_DF = 0  # a missing question noun with at most this document frequency is something the corpus never names
# words joining coordinated modifiers ("Energy *and* Environment Network", "能源*与*环境网络")
# a question cut into Latin words (a possessive kept), Chinese runs and punctuation, in order
QUESTION_PIECES = re.compile(r"[A-Za-z0-9][\w-]*(?:[’']s)?|[\u3400-\u9fff]+|[^\sA-Za-z0-9\u3400-\u9fff]")
POSSESSIVE = re.compile(r"[’']s?$")
FIGURE_UNIT = re.compile(r"\d+(?:\.\d+)?-([a-z]{2,})")  # "5-cylinder": a figure joined to its unit
GRADED = re.compile(r"([a-z]{3,}?)(?:est|er)")  # a stemmed comparative or superlative: its base before -er / -est
# jieba's tags of adverbs, numerals, pronouns, positions (最多是多少; 2000年*之前*是什么时候; 处长 may be tagged a verb)
NOT_A_HEAD = re.compile(r"[dmrf]")
ASPECT_PARTICLE = re.compile(r"u[glz]$")  # jieba's tags of 过 / 了 / 着 after a verb
ACRONYM_AFTER = re.compile(r"\s+[A-Z][A-Z0-9]+\b(?![’'])")  # an acronym naming whose thing a qualifier qualifies
COORDINATORS = frozenset("and or & 与 和 及 或".split())

# words that frame a question rather than name what it is about (stemmed English, Chinese words)
FRAME_EN = frozenset(
    "name full stand abbrevi acronym short mean date day week weekday year month time kind type role posit "
    "locat place mention accord say tell call refer happen take held hold give get make describ defin "
    "chines english version page articl report news document text main exact specif number much mani long "
    "one person peopl way thing part post title job duti respons other anoth money amount".split()
)
FRAME_ZH = frozenset(
    "名称 名字 数量 全称 缩写 简称 英文 中文 时间 日期 哪天 星期 地点 地方 职务 身份 内容 什么样 一下 提到 根据 报道 文章 资料 "  # noqa: E501
    "哪些 什么 多少 哪个 哪位 哪里 分别 主要 具体 情况 方面 怎样 如何 有何 哪一年 哪年 哪一天 哪天 什么时候 何时 几月 几号 "  # noqa: E501
    "时候 时间 那天 这篇 这个 那个 星期几 周几 多长 多久 为什么 为何 怎么 是否 有没有 哪儿 谁 请问 请用 中文 英文 几点 几时 点钟 位于 设在 坐落 所在 可以 能够 进行 举行 举办 "  # noqa: E501
    # a count of people or things asked for ("来自几个国家"; 几次 asks for occasions, which the evidence must state),
    # and "according to" (FRAME_EN's "accord")
    "几个 几位 几名 几家 按照 依照".split()
)
# qualifiers that make a title another post: the Deputy Secretary-General is not the Secretary-General, 副局长 not 局长
TITLE_QUALIFIERS = re.compile(r"\b(?:deputy|vice|assistant|former|acting|honorary|executive)\b|副|前任|代理|名誉", re.I)
CJK_CHAR = re.compile(r"[\u3400-\u9fff]")
# title qualifiers across languages (Chinese bound morpheme, English words): 副主席 is a vice-chair, never the chair
QUALIFIER_PAIRS = (("副", "vice|deputy|associate"), ("前任", "former"), ("代理", "acting"), ("名誉", "honorary"))
QUALIFIER_WORDS = re.compile(
    r"\b(?:deputy|vice|assistant|former|acting|honorary|executive|current(?:ly)?|next|upcoming|future|previous|last|"
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b|"
    r"副|前任|代理|名誉|现任|目前|下一[届次个]?|下届|上一[届次]?|上届|首届|第[一二三四五六七八九十\d]+",
    re.I,
)
QUALIFIED_WORDS = 3  # an English title qualifier qualifies the title within this many words ("Deputy Station Director")
# an edition: which meeting, session or round of a series (not a post's rank: "deputy" stays in the evidence itself)
EDITION = re.compile(r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|"
                     r"第[一二三四五六七八九十\d]+|首届)")
# "first" or "last" that qualifies no post, edition or meeting: a person's name ("What is his last name?"), when an
# action was done ("What researcher first used …", "the page last updated"), or that a thing lasts ("How long did
# the plague last?", "… last in the empire?")
NAME_AFTER = re.compile(r"\s+names?\b", re.I)
NOT_A_QUALIFIER = re.compile(r"\s+(?!need\b|seed\b)\w{2,}ed\b|\s*(?:[?？,.;]|$)|"
                             r"\s+(?:in|for|until|through|after|before)\b", re.I)
DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|that)\s+$", re.I)
YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d{2}(?!\d)")
# what someone said: a verb of saying, or a quotation — a quoted name ("“一带一路”", "the “Belt and Road”") is not one
MIN_QUOTATION_CHARS = 20  # shorter quoted text is a name or a title ("“Belt and Road” forum")
SPEECH_CONTENT = re.compile(
    r"\b(?:said|says|say|stated|pointed out|stressed|noted|suggested|emphasi[sz]ed|added|told|"
    rf"according to)\b|[“\"][^”\"]{{{MIN_QUOTATION_CHARS},}}[”\"]|[“\"][^”\"]{{{MIN_QUOTATION_CHARS},}}$|"
    r"指出|表示|强调|说|认为|希望|提出",
    re.I,
)
# "how long did it last": only a stated duration (or a span from one date to another) answers it, not a date
DURATION_ASKED = re.compile(r"\bhow (?:long|soon)\b|多长时间|多久|为期多|多快", re.I)  # "how soon": within how long
# "How many days did the cruise last?", "… last in the empire?": "last" as a verb asks how long, as "how long" does
LASTING_ASKED = re.compile(r"\b(?:did|does|do|will|would|can|could)\b[^?？]*?\s+last"
                           r"\s*(?:[?？]|$|\s+(?:in|for|until|through)\b)", re.I)
DURATION_STATED = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)[\s-]+"
    r"(?:years?|months?|weeks?|days?|hours?|minutes?)\b|\bfrom\b[^.;]{0,40}\d[^.;]{0,40}\b(?:to|until|till)\b|"
    r"(?<!\d)(?:\d{1,3}|[一二两三四五六七八九十百半几数]+)\s*(?:个月|个?星期|周|天|小时|分钟|个?年头)|"
    r"(?<![\d年])[一二两三四五六七八九十半]+年|\d+\s*日?\s*[至到-]\s*\d+\s*日|为期|历时",
    re.I,
)
# a question asking for a deadline is answered only by evidence stating one (not the course's closing day, 结业)
DEADLINE_ASKED = re.compile(r"\bdeadline\b|截止|最晚|最迟", re.I)
DEADLINE_STATED = re.compile(
    r"\b(?:deadlines?|no later than|by|before|until|clos(?:e|es|ed|ing)|due)\b|截止|截至|为止|最晚|最迟|"
    r"(?:[日号时\d）)]|之|以)\s*前", re.I)
VERB_ENDING = re.compile(r"(?:ed|ing)$")
# the thing an English question asks about: "How many *staff*", "What is the *population* of", "What *scholarships*"
ASKED_HEAD = re.compile(
    r"^\s*(?:how (?:many|much)|what(?:'s| is| are| was| were)?(?!\s+(?:do|does|did|is|are|was|were|will|would|can|could|should|has|have|had|kind|type|sort)\b)|who (?:is|was|are|were))\s+(?:(?:the|a|an|its|their|[A-Z][\w-]*[’']s)\s+)?"  # noqa: E501
    r"((?:[\w-]+\s+){0,2}?[\w-]+)(?=\s+(?:of|at|in|for|does|do|did|is|are|was|were|has|have|had|to|by|on|from|with|will|can|work|live)\b|\s*[?？]?\s*$)",
    re.I,
)


# "What <noun>s …" without a copula asks for a list of things of that kind ("What research topics does … cover?")
WHAT_NOUN = re.compile(r"^\s*what\s+(?!(?:is|are|was|were)\b)", re.I)
# … and its noun is the thing asked only when it is a value the answer states ("What *budget* …", "What prize *money*
# …"); "What *team* won …", "What *group* can amend …", "What *nationality* is …" name the kind of answer, which the
# answering sentence gives by name ("The Denver Broncos …") without the word
WHAT_VALUE_NOUN = re.compile(
    r"\b(?:budget|money|allowance|fee|cost|price|salary|stipend|grant|funding|amount|sum|payment|prize|subsidy|wage|"
    r"tuition|deposit|reimbursement|compensation|rate|deadline|percentage)$", re.I)
PLURAL = re.compile(r"[^s\W]s$")
# words of an asked-head phrase that name no thing: after "what is / was" a participle ("What was *produced* at",
# "the name *associated* with") or an adverb ("What was *originally* on") — a who- or how-many question keeps its verb
# ("Who was *elected* …", "How many people *applied*"); anywhere a hedge ("the *usual* source", "the *approximate*
# temperature") or a degree after a unit ("How many square miles *large*")
PARTICIPLE = re.compile(r"[a-z]{3,}(?<!e)ed|[a-z]{3,}ly|"
                        r"done|made|known|given|seen|taken|built|held|kept|paid|sent|won|led")
HEDGE_OR_DEGREE = re.compile(r"usual|approximate|typical|rough|large|big|wide|tall|high|deep|heavy|old|far")
# how a sentence gives a thing another name: a parenthesis, "also called", "known as", "or", 又称, 即
NAMING_STATED = re.compile(r"[(（]|\b(?:also|otherwise|commonly|often)\s+(?:called|known)|\bknown as\b|"
                           r"\b(?:called|termed|dubbed|nicknamed|referred to as)\b|\bor\b|\bi\.e\.|"
                           r"又称|也称|别称|简称|称为|称作|叫做|即", re.I)
# Chinese words asking for another name of a thing (燃烧室的*别名*, 另一个*术语*, 官方*称谓*)
NAMING_WORDS_ZH = frozenset("术语 别名 别称 称谓 称呼 叫法".split())
# a naming word the question asks for: "another *term* for rotors", "the Dutch *word* for", "a *name* used for"
NAMING_FOR = re.compile(r"\b(terms?|words?|names?)\s+(?:used\s+|given\s+)?(?:for|to describe)\b", re.I)
PASSIVE_WHAT = re.compile(r"\s*what(?:'s| is| are| was| were)\b", re.I)
# "What are *two* examples of": a number or an ordinal is not the thing asked about
NUMBER_HEAD = re.compile(r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|last")
# the thing a Chinese question asks about: 多少*人口*, *市长*是谁, *预算*是多少, 办公*地址*是什么
_HEAD_MEASURES = ZH_MEASURE_WORDS.replace("人", "")  # 多少*人口* asks about 人口; 多少人 has no other head
HEAD_ZH = re.compile(
    rf"(?:多少[{_HEAD_MEASURES}]?|几[{_HEAD_MEASURES}])([\u4e00-\u9fff]{{2}})|([\u4e00-\u9fff]{{2}})(?:是谁|是多少|是什么|叫什么)"
)
CATEGORY_ZH = re.compile(
    r"(?:哪些|哪个|哪位|哪家|哪种|哪类|什么|何种|哪一)([\u4e00-\u9fff]{2})"
)  # 哪些*单位*: the answer's category
# paraphrases of this domain's common verbs and roles, used only to check that a question term is accounted for
# (never to match entities): stemmed English words and Chinese words, one group a line
PARAPHRASE_GROUPS = [
    "presid chair moder 主持 主席",
    "host organis organiz co-organ 主办 承办 举办",
    "establish found launch creat set 成立 创建 建立 创立 设立 启动",
    "attend particip join 出席 参加 参与 加入",
    "receiv get award obtain 获得 领取",
    "close deadlin end 截止 结束",
    "publish post releas issu 发布 发表 刊登",
    "speech speak address 致辞 讲话 发言",
    "sign 签署 签订",
    "aim purpos goal object 目的 旨在 目标 宗旨",
    "lab laboratori 实验室",  # a clipped form: "lab sessions" are "laboratory sessions"
]
# an irregular English verb's stems: Snowball leaves "left" apart from "leav" ("When did the ship *leave* Sanya?" is
# answered by "The ship *left* Sanya …"); no lemmatiser is installed
IRREGULAR_VERB_FORMS = [
    "leav left", "meet met", "begin began begun", "take took taken", "give gave given", "win won", "lead led",
    "run ran", "spend spent", "pay paid", "send sent", "write wrote written", "choos chose chosen", "grow grew grown",
    "build built", "bring brought", "buy bought", "teach taught",
]
PARAPHRASES: dict[str, frozenset[str]] = {
    term: frozenset(group.split()) - {term} for group in PARAPHRASE_GROUPS + IRREGULAR_VERB_FORMS
    for term in group.split()
}
# "Which hotel …", "In which hotel …", "What budget …": the noun after which/what (not a verb or a frame word)
WHICH_NOUN = re.compile(r"^\W*(?:(?:in|at|on|from|for|by|to|with)\s+)?(?:which|what)\s+([a-z][a-z-]+)\s+"
                        r"(?:is|was|are|were|will|did|does|do|has|have|had|can|hosts?|hosted|holds?|held)\b", re.I)
# categories an answer names without using the word itself (Asia and Europe answer "which continents")
IMPLICIT_CATEGORIES = coverage_terms(
    "country countries city cities continent continents region regions place places province nation nations person "
    "people individual organization organisation institution university year month day date language field topic "
    "area subject part side group team company body office department agency site location venue town village "
    "entity entities"
)

# names that read the same in both languages inside an English question: acronyms, CamelCase, capitalised runs, numbers
NAME_LIKE = re.compile(r"[A-Za-z][\w-]*[A-Z][\w-]*|(?<!^)(?<![.?!] )\b[A-Z][a-z]+(?: [A-Z][a-z]+)*|\d+")


class Translations(Protocol):
    """A bilingual lexicon as the abstention rules use it (``rag.lexicon.Lexicon``)."""

    def alternatives(self, term: str) -> Sequence[str]:
        """A question term's translations into the other language."""

    def morphemes(self, term: str) -> Sequence[str]:
        """Chinese characters most of an English term's translations share (锈 for "rust"): a looser hint."""

# question words a construction of the evidence states (``_stated_by_construction``): (stemmed words, construction)
CONSTRUCTIONS = (
    (frozenset("aim purpos goal object 目的 宗旨 目标 用意".split()),
     re.compile(r"(?:^|[。；！？\n])\s*为了?(?!期|止)[\u4e00-\u9fff]|旨在|以便|以期|\b(?:in order to|so as to|aims? to|"
                r"aimed at|with the aim of)\b", re.I)),
    # a share: "20%", 百分之七十 state the percentage (比例) asked for without the word
    (frozenset("percentag percent 比例 百分比 比率 占比 百分率".split()),
     re.compile(r"\d\s*[%％]|百分之|\bper\s?cent\b", re.I)),
    (frozenset("deadlin 截止 截至 期限".split()),
     re.compile(r"\b(?:before|no later than|by)\b[^.;。；]{0,30}\d|"
                r"(?:之前|以前|前)(?:提交|报送|寄送|发送|报名|申请|注册)|"
                # a time limit: a date or an hour, then 前 ("6月30日（星期二）24:00（北京时间）前登录…")
                r"\d[^。；，,]{0,30}?[日号时\d）)]\s*(?:之|以)?前", re.I)),
)
CONTACT_TERMS = frozenset("address email e-mail websit web url link phone telephon contact number".split())
# what one does at a web or e-mail address ("Where can I *download* …", 在哪里*报名*): the address itself answers
ONLINE_ACTION_TERMS = frozenset("download follow subscrib stream watch onlin appli regist sign submit upload".split())
ONLINE_ACTION_WORDS_ZH = ("下载", "关注", "订阅", "直播", "观看", "收看", "在线", "网上",
                          "报名", "注册", "提交", "上传")
# the Chinese words for a contact detail (a word holding one: 联系电话, 电子邮箱): the address itself answers for them
CONTACT_WORDS_ZH = ("网址", "网站", "网页", "链接", "邮箱", "邮件", "电邮", "电话", "手机", "传真", "联系方式")


def accounts_for(question: str, lang: str, kind: str | None, evidence: str, idf_df, exempt: str = "",
                 translations: Translations | None = None, only_translated: bool = False, subject: str = "") -> bool:
    """True when ``evidence`` (sentence + title + parallel text) matches every question term that matters.

    ``idf_df(term) -> (idf, df)``; ``exempt`` holds text whose terms need no match (a follow-up's history).
    ``translations``: when the evidence is (partly) in the other language, a lexicon giving a question term's
    translations (Chinese words for an English term, English terms for a Chinese word), any of which matches it.
    ``only_translated``: the evidence has no text in the question's language, so a term without translations
    (no dictionary knows it, it does not read the same in both languages) needs no match: nothing can tell
    whether the evidence says it.
    ``subject``: what the evidence's document says it is about (its title and opening sentence). A paragraph of a
    call or a report seldom repeats its programme's name, so a question term that the subject names counts as
    matched; the qualifiers (a year, "deputy", "next") and the thing asked must still be in the evidence itself — a
    year or an edition may be the document's own when the evidence names no other (``_qualifiers_match``)."""
    ev_norm = normalize(evidence)
    ev_terms = evidence_terms(evidence)
    if not _qualifiers_match(question, ev_norm, ev_terms, translations, subject):
        return False
    if kind == "say" and not SPEECH_CONTENT.search(evidence):
        return False
    if (DURATION_ASKED.search(question) or LASTING_ASKED.search(question)) and not DURATION_STATED.search(evidence):
        return False
    if DEADLINE_ASKED.search(question) and not DEADLINE_STATED.search(evidence):
        return False
    required = _required_terms(question, lang, exempt)
    if translations is not None and only_translated:
        required = _translatable(required, question, translations, asked_heads(question))
    if not required:
        return True
    # across languages a word the corpus "never names" may be one the lexicon lacks: the rule would mislead there
    if translations is None and _unmatched_modifier(question, ev_norm, ev_terms, idf_df, exempt):
        return False
    heads = asked_heads(question)
    if any(_named_only_qualified(head, question, ev_norm) for head in heads):
        return False
    if _never_named_category(question, idf_df, evidence):
        return False
    categories = {normalize(m.group(1)) for m in CATEGORY_ZH.finditer(question)}
    if kind in ("email", "url", "phone"):  # the address itself answers; a Chinese 邮箱 / 网址 through its translation
        required = {t: v for t, v in required.items() if t not in CONTACT_TERMS and not _contact_word(t, translations)
                    and not any(w in t for w in CONTACT_WORDS_ZH)}
    if kind == "url":  # "Where can I download …": the web address is where; the verb need not be stated
        required = {t: v for t, v in required.items() if t not in ONLINE_ACTION_TERMS
                    and not any(w in t for w in ONLINE_ACTION_WORDS_ZH)}
    naming = naming_words(question)
    total, missing, unnamed, named_missing = 0.0, 0.0, 0, False
    subject_norm, subject_terms = normalize(subject), evidence_terms(subject)
    by_subject = 0.0  # idf of terms only the document's subject names: they count only when all else named is stated
    for term, (is_zh, verbish) in required.items():
        idf, df = idf_df(term)
        total += idf
        if _matched(term, is_zh, ev_norm, ev_terms, translations) or _stated_by_construction(term, evidence):
            continue
        if term in naming and NAMING_STATED.search(evidence):
            continue  # "another term for rotors": "rotors (rotating discs)" gives the other name
        if translations is not None and _compound_matched(term, question, ev_norm, ev_terms, translations):
            continue
        if term in categories:
            continue
        if term in heads or is_zh and any(h in term for h in heads):
            return False  # the question asks about something the documents never mention
        if subject and not verbish and _matched(term, is_zh, subject_norm, subject_terms, translations):
            by_subject += idf
            continue  # the document's subject ("the 2027 postdoctoral programme"), which the paragraph need not repeat
        weight = VERB_MISSING_WEIGHT if verbish else 1.0
        if translations is not None and any(m in ev_norm for m in translations.morphemes(term)):
            weight *= MORPHEME_MISSING_WEIGHT
        elif translations is not None and (not verbish or _verbal_noun(term, question)) \
                and _unnamed_in_both(term, df, translations, idf_df) \
                and not _beside_a_match(term, question, ev_norm, ev_terms, translations):
            unnamed += 1
            if unnamed >= MAX_UNNAMED_ACROSS:
                return False  # the question is about things neither language of the corpus names ("rice blast")
        missing += idf * weight
        named_missing = named_missing or not verbish
    if named_missing:  # the subject completes a paragraph's account of the question, never a partial one
        missing += by_subject
    else:
        total -= by_subject
    # a year only the document's subject states: the evidence must state nearly all the rest of the question itself
    dated_by_subject = any(y not in ev_norm for y in YEAR.findall(question))
    return missing <= (SUBJECT_YEAR_MISSING_SHARE if dated_by_subject else MAX_MISSING_SHARE) * total


def _stated_by_construction(term: str, evidence: str) -> bool:
    """A question word the evidence states by its grammar rather than by the word: a purpose clause ("为提升…",
    "in order to") states the aim, a time limit ("must be submitted before …", "…之前提交") the deadline."""
    return any(term in words and pattern.search(evidence) for words, pattern in CONSTRUCTIONS)


def evidence_terms(text: str) -> frozenset[str]:
    """The evidence's coverage terms, a possessive also without its 's ("Master's students" states "master"): the
    question's required terms are taken without it. A figure joined to its unit ("a 5-cylinder engine", "a 40-hour
    week") also states the unit ("cylinders")."""
    terms = coverage_terms(text)
    units = [m.group(1) for t in terms if (m := FIGURE_UNIT.fullmatch(t))]
    return terms | {POSSESSIVE.sub("", t) for t in terms if POSSESSIVE.search(t)} | set(latin_terms(" ".join(units)))


def _verbal_noun(term: str, question: str) -> bool:
    """A Chinese verb that names a thing in the question: tagged a verbal noun (资助), or before 的
    (水资源*考察*的首席科学家: the expedition's chief scientist)."""
    if not CJK_CHAR.search(term):
        return False
    tagged = _tag_question(normalize(question))
    return any(w == term and (f == "vn" or tagged[i + 1:i + 2] == (("的", "uj"),)) for i, (w, f) in enumerate(tagged))


def _unmatched_modifier(question: str, ev_norm: str, ev_terms: AbstractSet[str], idf_df, exempt: str) -> bool:
    """A word the corpus never contains qualifies a noun the evidence does match: "*postdoctoral* researchers",
    "*master's* students", "*能源*与*环境*网络". The question asks about a kind of the thing the documents never name
    (a category or a sibling), so the evidence about the named kinds does not answer it. Lenient where a
    paraphrase is likely: a verb-derived modifier ("unveiling ceremony"), a head noun inside a longer phrase."""
    words = _question_words(question)
    skip = coverage_terms(exempt) | FRAME_EN | FRAME_ZH
    never = [_never_named(w, ev_norm, ev_terms, idf_df, skip) for w in words]
    for i, word in enumerate(words):
        if not never[i] or not _modifier_like(word) or (i > 0 and words[i - 1][0] == "how"):
            continue  # "How *far* ahead", "How *deep*": the degree asked about qualifies no kind of thing
        j = i + 1
        while j + 1 < len(words) and words[j][0] in COORDINATORS and never[j + 1]:
            j += 2
        if j < len(words) and _phrase_head(words, j) and _content_matched(words[j], ev_norm, ev_terms, skip):
            return True
    return False


def _question_words(question: str) -> list[tuple[str, str]]:
    """The question's words in order as (word, part of speech): Latin words (a possessive kept with its word,
    part of speech "en") and jieba's tagged Chinese words."""
    out: list[tuple[str, str]] = []
    for piece in QUESTION_PIECES.findall(normalize(question)):
        if re.match(r"[\u3400-\u9fff]", piece):
            out += list(_tag_question(piece))
        else:
            out.append((piece, "en" if piece[0].isalnum() else "x"))
    return out


def _modifier_like(word: tuple[str, str]) -> bool:
    """A noun or adjective that can name a kind ("postdoctoral", "能源"); not a verb form ("unveiling", "落户")."""
    text, pos = word
    if pos == "en":
        return not VERB_ENDING.search(re.sub(r"[’']s$", "", text))
    return pos[:1] in ("n", "a", "b", "j") or pos == "eng"


def _phrase_head(words: list[tuple[str, str]], j: int) -> bool:
    """``words[j]`` ends its noun phrase: no content word follows it directly (in Chinese, it is a noun)."""
    nxt = words[j + 1] if j + 1 < len(words) else ("", "x")
    if words[j][1] == "en":
        return nxt[1] != "en" or not coverage_terms(re.sub(r"[’']s$", "", nxt[0]))
    return words[j][1].startswith("n") and not nxt[1].startswith("n")


def _never_named(word: tuple[str, str], ev_norm: str, ev_terms, idf_df, skip) -> bool:
    """A content word of the question that neither the evidence nor the corpus contains."""
    text, pos = word
    if pos == "x":
        return False
    if pos != "en":
        if len(text) < 2 or text in ZH_STOPWORDS or text in skip:
            return False
        return idf_df(text)[1] <= RARE_DF and not _matched(text, True, ev_norm, ev_terms)
    terms = [t for t in coverage_terms(re.sub(r"[’']s$", "", text)) if t not in skip and not t.isdigit()]
    return bool(terms) and all(idf_df(t)[1] <= RARE_DF and not _matched(t, False, ev_norm, ev_terms)
                               and not any(_matched(base, False, ev_norm, ev_terms) for base in _graded_bases(t))
                               for t in terms)


def _graded_bases(term: str) -> list[str]:
    """The stems a comparative or superlative may come from ("thickest" → thick, as "thickness" is stemmed; "largest" →
    larg, "earliest" → earli): Snowball leaves -est and -er on. Empty for a shorter word."""
    match = GRADED.fullmatch(term)
    if match is None:
        return []
    base = match.group(1)
    return [base, base + "e", base[:-1] + "i" if base.endswith("i") else base + "i"]


def _content_matched(word: tuple[str, str], ev_norm: str, ev_terms, skip) -> bool:
    """A content word of the question (not a stopword or a frame word) that the evidence matches."""
    text, pos = word
    if pos == "x":
        return False
    if pos != "en":
        content = len(text) > 1 and text not in ZH_STOPWORDS and text not in skip
        return content and _matched(text, True, ev_norm, ev_terms)
    terms = [t for t in coverage_terms(re.sub(r"[’']s$", "", text)) if t not in skip]
    return bool(terms) and all(_matched(t, False, ev_norm, ev_terms) for t in terms)


_WHO = re.compile(r"\bwho\s+", re.I)
_VERB_SLOT = re.compile(r"\b(?:who|what|which|did|does|do|will|can|to)\s+", re.I)  # a verb follows: "Who *chaired*"


def relation_terms(question: str, lang: str) -> list[tuple[str, bool]]:
    """The question's verbs ("Who *chairs* …", "When does registration *close*", "谁*主持*"): the relation asked
    about, as (term, is a Chinese word). Not "-ing" nouns ("meeting", "training")."""
    out: list[tuple[str, bool]] = []
    latin = re.sub(r"[\u3400-\u9fff]+", " ", question)
    last = re.search(r"\b([a-z][\w-]*)\s*[?？]?\s*$", latin)
    for word in re.findall(r"[A-Za-z][\w-]*", latin):
        after_who = word_follows(_WHO, question, word)
        final_verb = (
            last
            and word == last.group(1)
            and not word.endswith("ing")
            and re.match(
                r"\s*(?:when|where|on which|on what|what|which)\b.*"
                r"\b(?:do|does|did|will|can)\b",
                question,
                re.I,
            )
        )
        if after_who or (word.islower() and word.endswith("ed")) or final_verb:
            out += [(t, False) for t in coverage_terms(word) if t not in FRAME_EN and len(t) > 1]
    if re.search(r"[\u3400-\u9fff]", question):
        tagged = _tag_question(normalize(question))
        out += [
            (w, True)
            for w, f in tagged
            if f == "v" and len(w) > 1 and w not in ZH_STOPWORDS and w not in FRAME_ZH
        ]
        out += [(w, True) for w in _after_who_zh(tagged) if (w, True) not in out]
    return out


def _after_who_zh(tagged: tuple[tuple[str, str], ...]) -> list[str]:
    """The word right after 谁 (向谁*汇报*, 由谁*管理*): the asked relation, whatever jieba tags it (nz, vn)."""
    return [tagged[i + 1][0] for i, (w, _) in enumerate(tagged[:-1])
            if w == "谁" and len(tagged[i + 1][0]) > 1 and CJK_CHAR.fullmatch(tagged[i + 1][0][0])
            and tagged[i + 1][0] not in ZH_STOPWORDS and tagged[i + 1][0] not in FRAME_ZH
            and not tagged[i + 1][0].startswith("是")]


# a capitalised word inside a sentence is a name or a title ("Bai Chunli, *President* of …"), not the verb asked
_TITLE_CASED_INSIDE = re.compile(r"(?<=[\w,;:)’”\"] )[A-Z][a-z][\w-]*")


def states_relation(terms: list[tuple[str, bool]], sentence: str) -> bool:
    """The sentence itself states one of the relation terms (or a paraphrase of it); an English verb's stem is not
    matched by a title sharing it ("presided" ≠ "President of …")."""
    ev_norm = normalize(sentence)
    ev_terms = coverage_terms(_TITLE_CASED_INSIDE.sub(" ", sentence))
    return any(_matched(term, is_zh, ev_norm, ev_terms) for term, is_zh in terms)


def _matched(term: str, is_zh: bool, ev_norm: str, ev_terms: AbstractSet[str],
             translations: Translations | None = None) -> bool:
    """The term, a paraphrase of it from ``PARAPHRASES`` or (across languages) a translation, is in the evidence."""
    if _zh_matched(term, ev_norm) if is_zh else (term in ev_terms):
        return True
    alternatives = list(PARAPHRASES.get(term, ()))
    if translations is not None:
        alternatives += translations.alternatives(term)
    return any(
        _zh_matched(alt, ev_norm) if re.search(r"[\u3400-\u9fff]", alt) else all(p in ev_terms for p in alt.split(" "))
        for alt in alternatives
    )


def _beside_a_match(term: str, question: str, ev_norm: str, ev_terms: AbstractSet[str],
                    translations: Translations) -> bool:
    """The word before the term is matched: the term is likely the head of one compound the lexicon splits
    ("training *course*" = 培训班, "wheat rust *workshop*" = 小麦锈病研讨会). A modifier before a matched word is not
    excused: it names another kind ("*volcano* monitoring", *硕士*研究生)."""
    words = [w for w, pos in _question_words(question) if pos != "x"]
    for i in range(1, len(words)):
        if term not in coverage_terms(words[i]) and normalize(words[i]) != term:
            continue
        before = [t for t in coverage_terms(words[i - 1]) if t not in FRAME_EN and t not in FRAME_ZH]
        if any(_matched(t, bool(CJK_CHAR.search(t)), ev_norm, ev_terms, translations)
               or any(m in ev_norm for m in translations.morphemes(t)) for t in before):  # 锈 of 锈病 for "rust"
            return True
    return False


def _unnamed_in_both(term: str, df: int, translations: Translations, idf_df) -> bool:
    """Neither the term nor any of its translations occurs anywhere in the corpus (a phrase: all its terms)."""
    if df > RARE_DF:
        return False
    return all(min(idf_df(part)[1] for part in alt.split(" ")) <= RARE_DF for alt in translations.alternatives(term))


def _contact_word(term: str, translations: Translations | None) -> bool:
    """A word whose translation names a contact detail (邮箱 → "email")."""
    alternatives = translations.alternatives(term) if translations is not None else ()
    return any(part in CONTACT_TERMS for alt in alternatives for part in alt.split(" "))


def _translatable(required: dict[str, tuple[bool, bool]], question: str, translations: Translations,
                  heads: AbstractSet[str]) -> dict[str, tuple[bool, bool]]:
    """The required terms that can be checked in the other language: those with translations or reading the same; a
    Chinese word the lexicon lacks stands for the known words it is made of (硕士研究生 → 硕士, 研究生). The thing
    asked about (``heads``) stays required even when nothing translates it: an answer must be seen to be about it."""
    out: dict[str, tuple[bool, bool]] = {}
    for term, flags in required.items():
        if _reads_same(term, question) or translations.alternatives(term) or term in heads:
            out[term] = flags
        elif flags[0]:
            out.update((part, flags) for part in _known_parts(term, translations))
    return out


def _compound_matched(term: str, question: str, ev_norm: str, ev_terms: AbstractSet[str],
                      translations: Translations) -> bool:
    """A Chinese question word the segmenter cut from its neighbour, with which it is a word the lexicon knows
    (野外 + 实习 = 野外实习, "field practical") and whose translation the evidence states."""
    if not CJK_CHAR.search(term):
        return False
    words = [word for word, _ in _tag_question(normalize(question))]
    for i in (i for i, word in enumerate(words) if word == term):
        for first in (i - 1, i):
            if first < 0 or first + 1 >= len(words) or not CJK_CHAR.search(words[first] + words[first + 1]):
                continue
            compound = words[first] + words[first + 1]
            if translations.alternatives(compound) and _matched(compound, True, ev_norm, ev_terms, translations):
                return True
    return False


def _known_parts(word: str, translations: Translations) -> list[str]:
    """The longest words the lexicon knows inside ``word``, left to right (characters between them skipped)."""
    parts, i = [], 0
    while i < len(word) - 1:
        j = next((j for j in range(len(word), i + 1, -1) if translations.alternatives(word[i:j])), None)
        if j is None:
            i += 1
            continue
        parts.append(word[i:j])
        i = j
    return parts if parts != [word] else []


def _reads_same(term: str, question: str) -> bool:
    """A question term that reads the same in both languages: digits, a Latin word in a Chinese question, an
    acronym or a capitalised name inside an English question ("DRFP", "Kunming")."""
    if re.search(r"[\u3400-\u9fff]", term):
        return False
    if term.isdigit() or re.search(r"[\u3400-\u9fff]", question):
        return True
    return any(coverage_terms(name) >= {term} for name in NAME_LIKE.findall(question))


def _zh_matched(term: str, ev_norm: str) -> bool:
    """The word occurs in the evidence other than as a qualified title (局长 inside 副局长 does not count)."""
    return any(
        ev_norm[max(0, m.start() - 1) : m.start()] not in ("副", "前") for m in re.finditer(re.escape(term), ev_norm)
    )


def _never_named_category(question: str, idf_df, evidence: str = "") -> bool:
    """"Which *hotel* …", "What *budget* …": a category noun the corpus never uses names something the documents
    do not cover (categories an answer names without the word itself — countries, cities, people — excepted, and
    one the evidence states by its form: "What percentage …" of a sentence giving "20%")."""
    match = WHICH_NOUN.match(question)
    if match is None:
        return False
    terms = [t for t in coverage_terms(match.group(1)) if t not in IMPLICIT_CATEGORIES and t not in FRAME_EN
             and not _stated_by_construction(t, evidence)]
    return bool(terms) and all(idf_df(t)[1] == 0 for t in terms)


def asked_heads(question: str) -> set[str]:
    """The thing the question asks about ("How many *staff*", "What is the *aim* of", 多少*人口*), stemmed.
    A participle, an adverb or a hedge is no thing ("What was *produced* at …", "the *usual* source"), nor a
    naming word before "for" ("another *term* for rotors" asks for a name)."""
    match = ASKED_HEAD.match(question)
    if match and WHAT_NOUN.match(question) and (PLURAL.search(match.group(1))  # "What research *topics* …": the
                                                 or not WHAT_VALUE_NOUN.search(match.group(1))):
        match = None  # category of a list or of the answer, not a thing the answering sentence must name
    words = [w for w in re.findall(r"[\w-]+", match.group(1)) if not HEDGE_OR_DEGREE.fullmatch(w)] if match else []
    if match and PASSIVE_WHAT.match(question):  # who-, how-many questions keep their verb: "Who was *elected* …"
        words = [w for w in words if not PARTICIPLE.fullmatch(w)]
    heads = set(coverage_terms(" ".join(words)))
    heads |= _zh_heads(normalize(question))
    return {h for h in heads - FRAME_EN - FRAME_ZH if not NUMBER_HEAD.fullmatch(h)}


def naming_words(question: str) -> frozenset[str]:
    """The naming words a question asks for, stemmed: "another *term* for rotors", "the Dutch *word* for …" — the
    evidence gives the name itself by a naming construction ("rotors (rotating discs)", "also known as"), seldom
    with the word "term" (``NAMING_STATED``)."""
    latin = frozenset(t for m in NAMING_FOR.finditer(question) for t in coverage_terms(m.group(1)))
    return latin | {w for w in NAMING_WORDS_ZH if w in question}


def asked_categories(question: str) -> set[str]:
    """The category a list or choice question asks for ("Which *countries* …", 哪些*研究方向*), stemmed English or the
    last noun of the Chinese phrase, on jieba's word boundaries (方向)."""
    found = set()
    match = WHICH_NOUN.match(question)
    if match:
        found |= {t for t in coverage_terms(match.group(1)) if t not in FRAME_EN}
    text = normalize(question)
    if CJK_CHAR.search(text):
        tagged = _tag_question(text)
        starts, at = {}, 0
        for i, (word, _) in enumerate(tagged):
            starts[at] = i
            at += len(word)
        for m in CATEGORY_ZH.finditer(text):
            if m.start(1) in starts:
                run = [w for w, _ in itertools.takewhile(lambda wf: _noun_like(wf[1]), tagged[starts[m.start(1)]:])]
                found |= {_head_word(run[-1])} if run and len(run[-1]) > 1 else set()
    return found - FRAME_ZH


def _zh_heads(text: str) -> set[str]:
    """The nouns a Chinese question asks about, on jieba's word boundaries: the last noun of the phrase after 多少 / 几
    (多少名*埃及文物保护人员* → 人员), the word before 是谁 / 是多少 (联系人是谁 → 联系人, 联系电话是多少 → 电话,
    its head word). A match that cuts a word (多少*人学*过, 联*系人*) or lands on an adverb (最多是多少) names
    no head."""
    if not CJK_CHAR.search(text):
        return set()
    tagged = _tag_question(text)
    starts, ends, at = {}, {}, 0
    for i, (word, _) in enumerate(tagged):
        starts[at], ends[at + len(word)] = i, i
        at += len(word)
    heads: set[str] = set()
    for m in HEAD_ZH.finditer(text):
        if m.group(1) and m.start(1) in starts:
            i = starts[m.start(1)]
            run = [w for w, _ in itertools.takewhile(lambda wf: _noun_like(wf[1]), tagged[i:])]
            after = tagged[i + len(run)][1] if i + len(run) < len(tagged) else "x"
            if run and not ASPECT_PARTICLE.match(after):  # 多少人学*过*: jieba's "noun" is a verb
                heads.add(_head_word(run[-1]))
        elif m.group(2) and m.end(2) in ends and not NOT_A_HEAD.match(tagged[ends[m.end(2)]][1]):
            # the two characters when they are a word themselves (总*预算*, 联系*电话*), else the whole word (联系人)
            known = pos_tagger().tokenizer.FREQ.get(m.group(2))
            heads.add(m.group(2) if known else _head_word(tagged[ends[m.end(2)]][0]))
    return {h for h in heads if len(h) > 1}


def _noun_like(flag: str) -> bool:
    """A jieba tag of a noun, a verbal noun (资助) or a set phrase (联系电话)."""
    return flag.startswith("n") or flag in ("vn", "l")


def _head_word(word: str) -> str:
    """A long Chinese compound's head: its longest proper ending that is a word itself (联系电话 → 电话); a word of
    three characters or fewer is its own head (候选人, 科学家)."""
    for i in range(1, len(word) - 1) if len(word) > 3 else ():
        if pos_tagger().tokenizer.FREQ.get(word[i:]):
            return word[i:]
    return word


def _named_only_qualified(head: str, question: str, ev_norm: str) -> bool:
    """The asked title is in the evidence only as another post ("局长" asked, only "副局长" named; "Secretary-General"
    asked, only "Deputy Secretary-General" named) and the question does not ask about that post."""
    if TITLE_QUALIFIERS.search(question):
        return False
    stem = head.rstrip("i")  # an English head is stemmed: "secretari" names "secretary"
    pattern = re.escape(head) if re.search(r"[\u3400-\u9fff]", head) else rf"\b{re.escape(stem)}\w*"
    found = [m.start() for m in re.finditer(pattern, ev_norm)]
    return bool(found) and all(re.search(rf"(?:{TITLE_QUALIFIERS.pattern})[\s-]*$", ev_norm[max(0, at - 12):at], re.I)
                               for at in found)


def _qualifiers_match(question: str, ev_norm: str, ev_terms: AbstractSet[str] = frozenset(),
                      translations: Translations | None = None, subject: str = "") -> bool:
    """Every year and qualifier of the question is in the evidence; a year or an edition ("the fifth meeting",
    第五次会议) may be in what the document says it is about instead, when the evidence names no other year or no
    other edition of the same thing."""
    for year in YEAR.findall(question):
        if year not in ev_norm and not _year_of_the_document(year, ev_norm, normalize(subject)):
            return False
    for match in QUALIFIER_WORDS.finditer(question):
        word = normalize(match.group(0))
        if _no_qualifier(question, match):
            continue
        if translations is not None:  # across languages the qualifier alone is checked, when it can be
            qualified = _qualified(question, match.end()) if CJK_CHAR.search(word) else ""
            if not _translated_qualifier(word, ev_norm, ev_terms, translations, qualified):
                return False
            continue
        phrases = [word + _qualified(question, match.end())]
        acronym = ACRONYM_AFTER.match(question, match.end())
        if acronym:  # "the fourth ACET Steering Committee" is "the fourth Steering Committee" of ACET
            phrases.append(word + _qualified(question, acronym.end()))
        if not any(p in ev_norm or re.sub(r"\s+", "-", p) in ev_norm for p in phrases) \
                and not _edition_of_the_document(phrases, ev_norm, normalize(subject)):
            return False
    return True


def _year_of_the_document(year: str, ev_norm: str, subject_norm: str) -> bool:
    """The asked year is the one the document is about ("2026年联盟冷冻电镜培训班通知") and the evidence names no year
    of its own: a paragraph of that notice that states none ("培训班主任由…担任") is about that year."""
    return year in subject_norm and not YEAR.search(ev_norm)


def _edition_of_the_document(phrases: list[str], ev_norm: str, subject_norm: str) -> bool:
    """The asked edition ("fifth meeting") is the one the document is about (its title says "Record of Decisions of
    the Fifth Meeting"), and the evidence speaks of the thing ("The meeting was chaired by …") but names no other
    edition of it ("the sixth meeting will …")."""
    asked = [p for p in phrases if EDITION.match(p) and p in subject_norm]
    if not asked:
        return False
    # the evidence speaks of the thing itself ("The meeting was chaired …", 会议由…主持)
    head = re.sub(r"^[次届期轮]", "", EDITION.sub("", asked[0]).strip())
    other = rf"(?:{EDITION.pattern})\s*[次届期轮]?\s*{re.escape(head)}"
    return bool(head) and head in ev_norm and re.search(other, ev_norm) is None


def _no_qualifier(question: str, match: re.Match) -> bool:
    """The "first" or "last" at ``match`` tells a name, a time of an action or a lasting, not which post or edition:
    "his last name", "first used", "did it last?". After a determiner it stays one ("the first funded project")."""
    if match.group(0).lower() not in ("first", "last"):
        return False
    if NAME_AFTER.match(question, match.end()):
        return True
    return not DETERMINER_BEFORE.search(question[:match.start()]) and bool(NOT_A_QUALIFIER.match(question, match.end()))


def _translated_qualifier(word: str, ev_norm: str, ev_terms: AbstractSet[str], translations: Translations,
                          qualified: str = "") -> bool:
    """The qualifier (or a translation of it) is in the evidence, or nothing translates it (it cannot be checked).
    A Chinese qualifier's ``qualified`` title (秘书 of 副秘书长) must be what the English qualifier qualifies there:
    "Vice-President" and "Secretary-General" in one paragraph do not make a 副秘书长."""
    for zh, en in QUALIFIER_PAIRS:  # a bound morpheme (副) has no dictionary entry of its own
        if word == zh and qualified and translations.alternatives(qualified):
            return zh + qualified in ev_norm or _qualifies(en, translations.alternatives(qualified), ev_norm)
        if word == zh:
            return bool(re.search(rf"\b(?:{en})\b", ev_norm)) or zh in ev_norm
        if re.fullmatch(en, word):
            return zh in ev_norm or bool(re.search(rf"\b(?:{en})\b", ev_norm))
    terms = [word] if re.search(r"[\u3400-\u9fff]", word) else sorted(coverage_terms(word))
    known = [t for t in terms if translations.alternatives(t)]
    is_zh = bool(re.search(r"[\u3400-\u9fff]", word))
    return all(_matched(t, is_zh, ev_norm, ev_terms, translations) for t in known)


def _qualifies(qualifier: str, titles: Sequence[str], ev_norm: str) -> bool:
    """An English ``qualifier`` (a regex: "vice|deputy") stands before one of ``titles`` (stemmed terms or phrases:
    "secretari", "station director") within ``QUALIFIED_WORDS`` words ("Deputy Station Director", "vice-chair")."""
    pattern = rf"\b(?:{qualifier})\b[\s-]+((?:[a-z][\w']*[\s-]+){{0,{QUALIFIED_WORDS - 1}}}[a-z][\w']*)"
    for match in re.finditer(pattern, ev_norm):
        following = coverage_terms(match.group(1).replace("-", " "))
        if any(all(part in following for part in title.split(" ")) for title in titles):
            return True
    return False


def _qualified(question: str, pos: int) -> str:
    """The word a qualifier qualifies ("Deputy *President*", "副*院长*"), when it is a content word."""
    rest = question[pos:]
    latin = re.match(r"\s+([A-Za-z][\w-]*)", rest)
    if latin:
        word = latin.group(1).lower()
        return "" if word in EN_STOP or not word[0].isalpha() else " " + word
    cjk = re.match(r"[\u4e00-\u9fff]{2}", rest)
    return normalize(cjk.group(0)) if cjk and cjk.group(0)[0] not in "的是在了和" else ""


def _required_terms(question: str, lang: str, exempt: str) -> dict[str, tuple[bool, bool]]:
    """term → (is a Chinese word, is a verb-like word a paraphrase may replace)."""
    skip = coverage_terms(exempt) | FRAME_EN
    out: dict[str, tuple[bool, bool]] = {}
    latin = re.sub(r"[\u3400-\u9fff]+", " ", question)
    for word in re.findall(r"[A-Za-z0-9][\w-]*", re.sub(r"[’']s\b", "", latin)):
        if word.isdigit():
            continue
        verbish = (len(word) > 4 and word.islower() and bool(VERB_ENDING.search(word))) or _en_verb_position(
            question, word
        )
        for term in coverage_terms(word):
            if term not in skip and len(term) > 1:
                out[term] = (False, verbish)
    if re.search(r"[\u3400-\u9fff]", question):
        exempt_norm = normalize(exempt)
        for word, flag in _tag_question(normalize(question)):
            if len(word) < 2 or not re.search(r"[\u3400-\u9fff]", word):
                continue
            if word in ZH_STOPWORDS or word in FRAME_ZH or word in exempt_norm:
                continue
            out[word] = (True, flag.startswith("v") or flag in ("d", "a", "ad"))
    return out


def _en_verb_position(question: str, word: str) -> bool:
    """ "Who chaired …", "did X found …": a word right after a wh-word or an auxiliary is a verb a paraphrase may replace."""  # noqa: E501
    return word_follows(_VERB_SLOT, question, word)


@functools.lru_cache(maxsize=1024)
def _tag_question(text: str) -> tuple[tuple[str, str], ...]:
    return tuple((w, f) for w, f in pos_tagger().cut(text))


def zh_term_df(term: str, doc_freq: dict[str, int]) -> int:
    """Document frequency of a Chinese word: that of its rarest character bigram."""
    grams = [term[i : i + 2] for i in range(len(term) - 1)] or [term]
    return min(doc_freq.get(g, 0) for g in grams)


ZH_QUALIFIER_CHARS = 2  # a Chinese qualifier of a party (国内, 高级, 硕士) is this many characters
ZH_QUALIFIER_TAGS = frozenset({"s", "b", "a", "an", "n", "f", "nz"})  # jieba tags of such qualifiers (not 联盟: j)
ZH_SENTENCE_END = re.compile(r"[。；;！？!?\n]")
ZH_PHRASE_FOLLOWERS = frozenset("的每可须应需要能和与及等在为将均各也都还")  # they begin what follows a noun phrase
# measure words, demonstratives and particles: 每名学员 and 每位学员, 这些学员 and 那些学员 are the same party
NOT_QUALIFYING_ZH = frozenset(ZH_MEASURE_WORDS + "这那该此本每各其的之些个")


def names_another_party(question: str, sentence: str, paragraph: str) -> bool:
    """The sentence states its figure for another kind of the party the question asks about: the question asks
    about 国内学员 and the sentence names only 国外学员 (a qualifier differing in one character: 国内/国外,
    硕士/博士, 初级/高级), or the question asks about 高级访问学者 and the sentence names bare 访问学者 while its
    paragraph tells the two apart (names 高级访问学者 elsewhere). Words as jieba cuts them; Chinese only (English
    states such qualifiers as separate words, which ``accounts_for`` already requires)."""
    words = _tag_question(normalize(question))
    said = [w for w, _ in _tag_question(normalize(sentence))]
    rest = normalize(paragraph).replace(normalize(sentence), " ")
    for k in range(len(words) - 1):
        (qualifier, tag), (head, head_tag) = words[k], words[k + 1]
        following = words[k + 2] if k + 2 < len(words) else ("", "x")
        if len(qualifier) != ZH_QUALIFIER_CHARS or tag not in ZH_QUALIFIER_TAGS or not CJK_CHAR.match(qualifier):
            continue
        if len(head) < 2 or not head_tag.startswith("n") or following[1].startswith("n"):
            continue  # 访问学者 of 联盟访问学者*计划* is no party
        before = [said[j - 1] for j in range(1, len(said)) if said[j] == head]
        if not before or qualifier in before:
            continue
        if any(_contrasting(other, qualifier) for other in before):
            return True
        if _told_apart(qualifier, head, rest):
            return True
    return False


def _told_apart(qualifier: str, head: str, document: str) -> bool:
    """A sentence of the document names both the qualified party (ending its noun phrase there: "高级访问学者：",
    "高级访问学者10名") and the bare one: "访问学者每月12000元，高级访问学者每月20000元" — two parties, not a
    name and its short form (专题网络 … 网络)."""
    phrase = qualifier + head
    for sentence in ZH_SENTENCE_END.split(document):
        ends = [m for m in re.finditer(re.escape(phrase), sentence) if _ends_phrase(sentence[m.end():m.end() + 1])]
        bare = [m for m in re.finditer(re.escape(head), sentence)
                if sentence[max(0, m.start() - len(qualifier)):m.start()] != qualifier]
        if ends and bare:
            return True
    return False


def _contrasting(other: str, qualifier: str) -> bool:
    """Two qualifiers of the same length differing in one character (国内/国外, 硕士/博士), not a measure word."""
    if len(other) != len(qualifier) or not all(CJK_CHAR.fullmatch(c) for c in other):
        return False
    differing = [(a, b) for a, b in zip(other, qualifier, strict=True) if a != b]
    return len(differing) == 1 and not set(differing[0]) & NOT_QUALIFYING_ZH


def _ends_phrase(following: str) -> bool:
    """What follows a noun phrase that ends there: not a Chinese character, or a particle / adverb that never
    continues a noun (的, 每, 可, 须 …)."""
    return not CJK_CHAR.fullmatch(following or " ") or following in ZH_PHRASE_FOLLOWERS
