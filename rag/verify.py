"""The support check: is one answer sentence backed by the source(s) it cites?

A sentence passes only when (1) every checkable fact in it — numbers, dates, quantities, lengths of time with
their unit, ranks (first/last), e-mail addresses, names, negation, scopes ("all", checked in the sentence's own
language) — is present in a cited source (or in that source's other-language version), (2) each of its facts
belongs to the same party as in the source (persons and organisations named in full), its yearly counts keep
their years (``rag.fact_pairs``), its comparisons run the source's way and its parties — persons too — keep their
roles (``rag.binding``), its persons keep their posts (``rag.posts``) and their acts (``rag.acts``), two
parties keep their direction (``rag.directions``) —
same-language text only — and a pinyin name is written in characters in a Chinese-only source
(``rag.pinyin_names``), and (3) its content is
covered by a cited source: by shared terms in the same language,
or, across languages, by sentence-embedding similarity. Prompt echo (source-block headers, chat
role markers, the prompt's own instructions) is found here too. Thresholds were tuned on the dev
half of ``eval/datasets/support.jsonl`` (``anso eval --dataset support --split dev``).
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

import numpy as np

from rag import (
    acts,
    binding,
    clause_swap,
    date_spans,
    dates,
    directions,
    exceptions,
    fact_pairs,
    party_values,
    person_values,
    pinyin_names,
    places,
    polarity,
    posts,
    respectively,
    superseded,
    transliteration,
    universal_scope,
    values,
)
from rag.binding import EN_WEEKDAY_ABBREVIATED, WEEKDAYS_EN, ZH_NAME_PREFIXES, join_transliterated, weekdays
from rag.lexicon import Lexicon
from rag.listed_counts import listed_counts
from rag.markers import MARKER
from rag.prompts import PROMPTS
from rag.questions import EMAIL, URL
from rag.text import CJK_RE, EN_STOPWORDS, _jieba, coverage_terms, detect_lang, split_sentences

# --- thresholds (tuned on the dev split of the support benchmark) ------------------------------
LEXICAL_SUPPORT = 0.75  # share of a sentence's terms found in a same-language cited source: supported outright
LEXICAL_FLOOR = 0.5  # below this share (same language) the embedding alone cannot rescue the sentence
CLAUSE_FLOOR = 0.45  # every clause of a same-language sentence needs this share of its terms in the source (added claims)  # noqa: E501
EMBED_SUPPORT = 0.88  # cosine to the closest cited-source sentence that counts as "says the same" (e5-small)
TRANSLATION_CLAUSE_FLOOR = 0.15  # a translation's clause with almost nothing in the source version: an added claim
TRANSLATION_ADDED_TERMS = 6  # a translation's clause with this many terms absent from the source version …
TRANSLATION_ADDED_SHARE = 0.5  # … making more than this share of its terms: an added claim
TRANSLATION_LEXICAL = 0.6  # share of terms found in the source's version in the sentence's language (translations)
EMBED_CROSS = 0.79  # cosine across languages when no version in the sentence's language is at hand
GLOSS_FLOOR = 0.25  # share of an English sentence's terms its Chinese-only source must state through the lexicon
GLOSS_SUPPORT_TRANSLATIONS = 10  # translations per Chinese word in that gloss (binding keeps the first few only)
ECHO_PROMPT_OVERLAP = 0.6  # share of a sentence's terms taken from the prompt itself: prompt echo
MIN_SUBSTANTIAL_TERMS = 2  # a kept answer needs at least one sentence with this many content terms
NEGATED_PART_KEPT = 0.5  # share of a negated source clause's terms an un-negated sentence must repeat to drop the "not"
NEGATED_PART_KEPT_ACROSS = 0.25  # the same across languages, through the lexicon (which finds fewer of them) …
# … and more than any other clause of that source sentence

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"], 1)}  # noqa: E501
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
del MONTHS["may"]
# "Jun", "Mar", "Dec" are also given names ("Ma Jun"): an abbreviation is a month only beside a number, like "May"
MONTH_ABBREVIATIONS = frozenset(m for m in MONTHS if len(m) <= 4 and m not in ("june", "july"))
EN_NUMBER_WORDS = {w: i for i, w in enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]) if w != "one"}  # "one of"  # noqa: E501
EN_NUMBER_WORDS.update({w: i for i, w in enumerate(
    ["_", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"]) if i})  # noqa: E501
EN_TEENS = {w: i for i, w in enumerate(
    ["thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"], 13)}
EN_NUMBER_WORDS.update(EN_TEENS)
EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
EN_NUMBER_WORDS.update({**EN_TENS, "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
                        "dozen": 12})
EN_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
# "twenty-four", "thirty one": one number, not 20 and 4
EN_COMPOUND_NUMBER = re.compile(rf"\b({'|'.join(EN_TENS)})[- ]({'|'.join(EN_UNITS)})\b")
ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
ZH_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}
# a Chinese numeral counts as a number only before a measure word or after 第 ("一带一路" is a name, not 1)
# (or before 等奖, "二等奖" second prize, and a currency, "三十万元")
ZH_NUMERAL = re.compile(r"(?<![\d.])(第)?([零〇一二两三四五六七八九十百千万亿]+)(?=(周年|年|个|月|日|号|天|周|届|次|位|名|项|家|所|国|人|岁|倍|成|%|％|等奖|元|美元))|第([零〇一二两三四五六七八九十百千万亿]+)")  # noqa: E501
ZH_TENTHS = "成"  # 三成 is three tenths: 30 % ("rose by about 30 %" for 增加约三成)
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "千": 1e3, "万": 1e4, "亿": 1e8}
# 千 before a unit is the unit's prefix (12千米 is 12 km, 5千克 5 kg), not "thousand"
SCALED = re.compile(r"(\d+(?:[.,]\d+)*)\s*(thousand|million|billion|千(?![米克瓦焦卡帕])|万|亿)", re.IGNORECASE)
DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
ZH_PERCENT = re.compile(r"百分之(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百]+)")
ORDINAL = re.compile(r"\b(\d+)(?:st|nd|rd|th)\b", re.IGNORECASE)
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’&-]*")
EN_NEGATION = frozenset(["not", "no", "never", "none", "neither", "nor", "without", "cannot", "n't", "nobody", "nothing"])  # noqa: E501
ZH_NEGATION = frozenset(["不", "没", "没有", "未", "未曾", "从未", "尚未", "并非", "非", "无", "不是", "不会", "不能",
                         "并未", "绝非", "毫无", "未经", "无需", "无须", "不必", "不用", "不得", "不再", "暂不", "未能",
                         "不予", "免于",
                         # a negation jieba glues to its verb (未作任何修改, 未被录用)
                         "未作", "未予", "未被", "不作", "不被", "未有",
                         "无法"])  # "unable", as "cannot" is a negation
# what follows "every" in a rate ("every two years", "every summer"), which scopes nothing
RATE_AFTER_EVERY = (r"\d|other\b|(?:two|three|four|five|six|ten|few)\b|(?:year|month|week|day|summer|winter|spring|"
                    r"autumn|quarter|semester|term)s?\b")
# a Chinese "not" before a bound, with or without a modal (不超过, 不得超过 "must not exceed", 不应少于): the
# opposite bound
ZH_NOT_MAY = r"不(?:得|应|可|能|宜|准)?"
ZH_UNNEGATED = r"(?<!不)(?<!不得)(?<!不应)(?<!不可)(?<!不能)(?<!不宜)(?<!不准)"  # a bound no such "not" turns round
# units a rate is given per (每公顷 "per hectare", 每人每天 "per person per day")
ZH_RATE_UNITS = r"公顷|公里|千米|公斤|千克|平方|立方|吨|升|小时|分钟|学时|人每"
# bounds and scopes, English and Chinese alike (checked like numbers: each must be in a cited source)
QUANTIFIERS = {name: re.compile(pattern) for name, pattern in {
    "at_least": r"\bat least\b|\bno[t]? (?:be )?(?:fewer|less) than\b|\bminimum of\b|至少|"
                rf"{ZH_NOT_MAY}(?:少于|低于)|起码",
    "at_most": r"\bup to\b|\bat most\b|\bno more than\b|\bnot (?:be )?(?:more|older|longer) than\b|\bmaximum of\b|"
               rf"\bnot (?:exceeding|to exceed)\b|{ZH_NOT_MAY}(?:高于|多于|超过)|"
               r"最多|至多|最长|上限",
    # a negated bound ("no more than", 不超过) is the opposite bound, not this one; "多于硕士生" compares two parties
    # (rag/binding.py)
    "more_than": r"\b(?<!no )(?<!not )more than\b(?!\s+(?:the|those|that|for|in|at|from|its|their)\b)|\bover \d|"
                 rf"(?<!not )\bexceed|{ZH_UNNEGATED}超过|以上|"
                 rf"{ZH_UNNEGATED}多于(?=\s*[\d零一二两三四五六七八九十百千万])",
    "less_than": r"\b(?<!no )(?<!not )(?:less|fewer) than\b(?!\s+(?:the|those|that|for|in|at|from|its|their)\b)|"
                 r"\bunder \d|不足|以下|不到(?=\s*[\d零一二两三四五六七八九十百千万])|"
                 rf"{ZH_UNNEGATED}低于|{ZH_UNNEGATED}少于(?=\s*[\d零一二两三四五六七八九十百千万])",
    # 均 and 都 are "all" only as words of their own (``ZH_ALL_WORDS``): 平均 is "average", 首都 "capital", 成都 a city
    "all": rf"\ball\b|\bevery\b(?!\s+(?:{RATE_AFTER_EVERY}))|\bany\b|所有|全部|一切|任何|"
           r"\bunanimous(?:ly)?\b|一致通过|全票",  # a vote of all members
    # 每月, 每两年 are rates, not "each"; 每一个, 每一位 are "each"
    # … and so are 每公顷, 每公斤, 每小时, 每人每天: a rate per unit ("USD 20 per hectare"), no "each" of a set
    "each": rf"\beach\b|每(?![月年天日周季零一二两三四五六七八九十\d]|个月|{ZH_RATE_UNITS})|"
            r"每一(?=[个位名项家所份条种批])",
    "both": r"\bboth\b|两者|二者",
    # 只 after a number is a measure word (1.1只雪豹 "1.1 snow leopards"), not "only"
    "only": r"\bonly\b|\bsolely\b|仅|只有|(?<![\d零一二两三四五六七八九十百千万几])只|唯一",
}.items()}
# the one-character Chinese words for "all" ("样品均检出", "他们都是"), counted when jieba cuts them out as words
ZH_ALL_WORDS = frozenset({"均", "都"})
# words that negate by their meaning, not by a "not" ("sent apologies" for "did not attend", "differ" for 不一致):
# a sentence saying "not" may rest on them, and a sentence using them has not dropped its source's negation
EN_IMPLICIT_NEGATION = re.compile(
    r"\b(?:apolog(?:y|ies|ised|ized)|absen(?:t|ce)|unable|fail(?:s|ed|ure)?|lack(?:s|ed|ing)?|refus(?:e|es|ed|al)|"
    r"declin(?:e|es|ed)\s+to|reject(?:s|ed|ion)?|den(?:y|ies|ied)|differ(?:s|ed|ent|ence|ences)?|inconsistent|"
    r"discrepanc(?:y|ies)|missing|except|instead of|rather than|unless|other than|"
    r"los(?:e|es|t|ing)\s+(?:access|the right|eligibility)|barred|banned|prohibited|forbidden|ineligible|"
    r"excluded|exempt(?:ed)?|"
    # a cause that stops an act ("flight cancellations kept the delegation from visiting …")
    r"(?:kept|keeps?|prevent(?:s|ed)?|stop(?:s|ped)?|hinder(?:s|ed)?|bar(?:s|red)?)\s+(?:[\w'’-]+\s+){0,4}?from\s+"
    r"[a-z]+ing)\b", re.IGNORECASE)
ZH_IMPLICIT_NEGATION = re.compile(
    r"缺席|请假|拒绝|缺乏|缺少|除外|否决|驳回|差异|有别|相异|相悖|以外|之外|而非|禁止|严禁|丧失|失去|取消.{0,4}资格|"
    r"免除|免收|免交|豁免|"  # exempt: "无需缴纳" restates 全额免除
    r"阻止|妨碍|使.{1,8}无法|导致.{1,8}(?:无法|未能)|致使.{1,8}(?:无法|未能)")
# the rest of a set ("asked the other three", "the remaining five", 其余3个): what a sentence may describe as
# those "not" rated, "not" chosen … — allowed only when the source sentence the sentence restates names such a rest
_COUNT_WORD = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
COMPLEMENT = re.compile(
    rf"\bthe (?:other|remaining) {_COUNT_WORD}\b|\bthe rest\b|其余|其他[\d零一二两三四五六七八九十]", re.IGNORECASE)
# a part, not the whole ("some", "most", 部分, 多数): said of what the source says of all, it says less ("部分样品" for
# 全部样品); checked only against the source sentence the sentence restates (a part is often a faithful summary)
SOME = re.compile(r"\b(?:some|most|several|many|a few|part of|the majority of|a minority of)\b|部分|一些|有些|若干|"
                  r"多数|大多|少数|个别", re.IGNORECASE)
# a bound written with a negation ("no more than 50", 不超过50人, "no later than 31 August"): a quantifier, not a "not"
NEGATED_BOUND = re.compile(
    r"\b(?:no|not)\s+(?:be\s+)?(?:more|fewer|less|later|earlier|longer|older|younger|greater|higher|lower)\s+than\b|"
    rf"\bnot\s+(?:exceeding|to\s+exceed)\b|{ZH_NOT_MAY}(?:超过|少于|低于|高于|多于|晚于|早于|迟于)|"
    r"不到(?=\s*[\d零一二两三四五六七八九十百千万])")
ZH_NAME_TAGS = ("nr", "ns", "nt", "nrt", "nrfg")
# role markers and chat-template tokens a model may echo
ROLE_MARKER = re.compile(
    r"<<\s*/?\s*SYS\s*>>|\[/?INST\]|<\|?\s*(?:im_start|im_end|start_of_turn|end_of_turn|eot_id|begin_of_text|"
    r"start_header_id|end_header_id|endoftext)\s*\|?>|^\s*(?:system|user|assistant|human|model|ai)\s*[:：]",
    re.IGNORECASE | re.MULTILINE)
# "[1] (title; English) " / "[1]（title；英文）" — the header of a source block (rag/prompts.py "source_block")
SOURCE_HEADER = re.compile(
    r"(?:\[\s*\d+\s*\]|【\s*\d+\s*】)\s*[(（][^()（）\n]{0,300}?[;；]\s*(?:English|Chinese|英文|中文)\s*[)）]")
# a source-block header cut short ("[3]（“一带一路”国际科学组织联盟落户怀…"): marker + opening bracket to the line's end
SOURCE_HEADER_OPEN = re.compile(r"(?:\[\s*\d+\s*\]|【\s*\d+\s*】)[ \t]*[(（][^\n]*")
# the prompt's own labels at the start of a line ("Sources:", "Question:", "Answer (in English …):", "资料：")
PROMPT_LABEL = re.compile(
    r"^\s*(?:Sources|Question|Answer(?:\s*\([^)\n]*\))?|Rules|Standalone question|Last question|Conversation|"
    r"资料|问题|回答(?:（[^）\n]*）)?|规则|独立的问题|最后的问题|对话)\s*[:：]", re.IGNORECASE | re.MULTILINE)


@dataclass
class Evidence:
    """One cited source as the checker sees it: its text, its sentence vectors and its other-language versions."""

    text: str
    svecs: np.ndarray | None = None
    parallel: list[str] = field(default_factory=list)
    parallel_svecs: list[np.ndarray] = field(default_factory=list)

    @property
    def texts(self) -> list[str]:
        return [self.text, *self.parallel]


@functools.lru_cache(maxsize=4096)
def lang_of(text: str) -> str:
    """The text's language (``detect_lang``), its e-mail addresses and web addresses left out: they are in Latin
    letters whatever the language ("可发邮件至women-fellowship@anso.example.org联系" is Chinese)."""
    return detect_lang(URL.sub(" ", EMAIL.sub(" ", text)))


def bare(sentence: str) -> str:
    """The sentence without its citation markers."""
    return MARKER.sub("", sentence).strip()


# --- facts -----------------------------------------------------------------------------------------
def numbers(text: str) -> set[str]:
    """Every number the text states, normalised: digits, ordinals, month names, number words, Chinese numerals."""
    norm = unicodedata.normalize("NFKC", text)
    found: set[str] = set()
    for match in SCALED.finditer(norm):  # "2.5 million" and "250万" are both 2500000
        scaled = float(match.group(1).replace(",", "")) * SCALES[match.group(2).lower()]
        found.add(_number_text(scaled))
    norm = SCALED.sub(" ", norm)
    for match in EN_NUMBER_PHRASE.finditer(norm):  # "two hundred", "thirty thousand": one number, not 2 and 100
        if (phrase_value := _phrase_value(match.group(0))) is not None:
            found.add(_number_text(phrase_value))
    norm = EN_NUMBER_PHRASE.sub(lambda m: " " if _phrase_value(m.group(0)) is not None else m.group(0), norm)
    for match in EN_AND_A_HALF.finditer(norm):
        whole = match.group(1).lower()
        wholes = int(whole) if whole.isdigit() else 1 if whole == "one" else EN_NUMBER_WORDS[whole]
        found.add(_number_text(wholes + 0.5))
    norm = EN_AND_A_HALF.sub(" ", norm)
    for match in ZH_PERCENT.finditer(norm):  # 百分之三十 is 30 %
        value = match.group(1)
        found.add(value if value[0].isdigit() else str(_zh_number(value)))
    norm = ZH_PERCENT.sub(" ", norm)
    norm = _without_clock_times(norm)  # a time of day is checked as one (``clock_times``): "9:00" is 上午9时
    for match in DIGITS.finditer(norm):
        digits = match.group(0).replace(",", "")
        found.add(digits.rstrip("0").rstrip(".") if "." in digits else str(int(digits)))
    lower = norm.lower()
    for match in EN_COMPOUND_NUMBER.finditer(lower):
        found.add(str(EN_TENS[match.group(1)] + EN_UNITS.index(match.group(2)) + 1))
    lower = EN_COMPOUND_NUMBER.sub(" ", lower)
    lower = HALF_PERIOD["first"].sub(" ", HALF_PERIOD["second"].sub(" ", lower))  # a period (``half_periods``)
    for word in re.findall(r"[a-z]+", lower):
        if word in MONTHS and (word not in MONTH_ABBREVIATIONS or _beside_number(word, lower)):
            found.add(str(MONTHS[word]))
        elif word in EN_NUMBER_WORDS:
            found.add(str(EN_NUMBER_WORDS[word]))
    for match in ZH_NUMERAL.finditer(norm):
        zh_value = _zh_number(match.group(2) or match.group(4))
        if zh_value is not None and not _idiomatic_one(norm, match):
            tenths = match.group(2) and norm[match.end():match.end() + 1] == ZH_TENTHS
            found.add(str(zh_value * 10 if tenths else zh_value))
    if "首" in norm and re.search(r"首(个|次|届|位|批)", norm):
        found.add("1")
    if re.search(r"\bMay\s+\d|\d\s+May\b", norm):  # "may" is a month only beside a number
        found.add("5")
    if re.search(r"(?<!first )(?<!second )(?<!latter )(?<!former )\bhalf\b|\bhalve[sd]?\b|一半|半数|减半|半价",
                 lower):  # "half of them" is a share like 50 %; "the second half of 2026" is a period (下半年)
        found.add("0.5")
    return found


# number words that make one number together ("two hundred and fifty", "thirty thousand", "one million")
EN_SMALL_NUMBERS = {w: i for i, w in enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
     "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"])}
EN_SMALL_NUMBERS.update(EN_TENS)
EN_MULTIPLIERS = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_NUMBER_WORD = rf"(?:{'|'.join(sorted([*EN_SMALL_NUMBERS, *EN_MULTIPLIERS], key=len, reverse=True))})"
EN_NUMBER_PHRASE = re.compile(rf"\b{_NUMBER_WORD}(?:(?:[\s-]+|\s+and\s+){_NUMBER_WORD})+\b", re.IGNORECASE)


def _phrase_value(phrase: str) -> int | None:
    """The value of a run of number words holding a multiplier ("two hundred and fifty" is 250), else None (a run
    without one, "five to two" or "two and three", is several numbers)."""
    words = re.findall(r"[a-z]+", phrase.lower())
    if not any(w in EN_MULTIPLIERS for w in words):
        return None
    total, current = 0, 0
    for word in words:
        if word in EN_SMALL_NUMBERS:
            current += EN_SMALL_NUMBERS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in EN_MULTIPLIERS:
            total += max(current, 1) * EN_MULTIPLIERS[word]
            current = 0
    return total + current


def phrases_as_digits(text: str) -> str:
    """The text with its runs of number words holding a multiplier written in digits ("two hundred litres" →
    "200 litres")."""
    def digits(match: re.Match) -> str:
        value = _phrase_value(match.group(0))
        return match.group(0) if value is None else str(value)

    return EN_NUMBER_PHRASE.sub(digits, text)


# cardinal number words, written as digits before terms are compared ("seventeen members" shares "17" with its source)
EN_CARDINAL = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                         r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
                         r"eighty|ninety)\b", re.IGNORECASE)


# a count's measure word (17名, 17人, 17位): paraphrases pick it freely, so it is no term of its own
COUNT_MEASURE = re.compile(r"(\d)\s*[名人位个项家所次届期份篇件种条批]")


# a number written with thousands separators ("30,000", "1,250,000")
THOUSANDS = re.compile(r"(?<![\d.])(?<!\d,)\d{1,3}(?:,\d{3})+(?!\d|,\d)")


@functools.lru_cache(maxsize=4096)
def with_digits(text: str) -> str:
    """The text with its numbers written as digits (十七名 → 17名, "seventeen" → 17), so that a number written
    another way is no unshared term: numbers themselves are compared as facts (``numbers``)."""
    text = ZH_NUMERAL.sub(lambda m: m.group(0) if m.group(1) or m.group(4) else str(_zh_number(m.group(2))), text)
    text = THOUSANDS.sub(lambda m: m.group(0).replace(",", ""), text)  # "30,000" is the term 30000, not 30 and 000
    # 共17人, 17名队员, 17位: the measure word goes with the number
    text = COUNT_MEASURE.sub(r"\1 ", phrases_as_digits(text))
    text = EN_COMPOUND_NUMBER.sub(
        lambda m: str(EN_TENS[m.group(1).lower()] + EN_UNITS.index(m.group(2).lower()) + 1), text)
    return EN_CARDINAL.sub(lambda m: str(EN_NUMBER_WORDS[m.group(0).lower()]), text)


# month and weekday names, full or abbreviated: a date is a fact (``numbers``, ``weekdays``), not content terms
DATE_WORDS = re.compile(r"\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|mon|tues?|wed|thu|thurs?|fri|sat|sun)\.|"
                        r"\b(?:january|february|march|april|june|july|august|september|october|november|december|"
                        r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)


# a hyphen inside a compound ("one-hour refresher", "3-day course"): its parts are the terms, as when written apart
# ("a refresher of one hour")
HYPHEN = re.compile(r"(?<=[A-Za-z0-9])-(?=[A-Za-z0-9])")
# words that pair facts by order (checked by ``rag.respectively``), no content of their own
PAIRING_WORDS = re.compile(r"\brespectively\b", re.IGNORECASE)


def terms_of(text: str) -> frozenset[str]:
    """The text's content terms (``coverage_terms``) with its numbers as digits and without month and weekday
    names ("Thu., 5 Mar." says what "Thursday 5 March" does) and with currency words as their codes ("US dollars" says
    what "USD" does)."""
    plain = DATE_WORDS.sub(" ", currency_codes(with_digits(text)))
    return coverage_terms(HYPHEN.sub(" ", PAIRING_WORDS.sub(" ", plain)))


# a 一 that counts nothing: "next" / "last" (下一届, 上一次), "same" (同一), "one of" (之一), "in case" (万一), "one by
# one" (逐一), "further" (进一步), "only" (唯一), "unified" (统一)
ZH_ONE_IN_WORD = frozenset("下上同之万逐进唯统")
# a rate's "once" (每三年重复一次 "repeated every three years"): 每 earlier in the same clause
ZH_RATE_ONCE = re.compile(r"每[^，。；,;]{1,12}$")


# fifty per cent written as a percentage ("50 %", 百分之五十): the share "half" states
FIFTY_PERCENT = re.compile(r"(?<![\d.])50\s*(?:%|％|per\s?cent\b)|百分之五十", re.IGNORECASE)


def same_shares(sentence: str, stated: set[str], sources: str) -> set[str]:
    """Numbers of the sentence the sources state as another form of the same share: half (0.5) where they write
    50 %, a 50 % where they write "half" ("at least half of the net income" for "no less than 50 % of net income",
    and back)."""
    same = {"0.5"} if FIFTY_PERCENT.search(unicodedata.normalize("NFKC", sources)) else set()
    percent = FIFTY_PERCENT.search(unicodedata.normalize("NFKC", sentence))
    return same | ({"50"} if percent and "0.5" in stated else set())


def _idiomatic_one(norm: str, match: re.Match) -> bool:
    """Whether a Chinese numeral match is a 一 inside a word (下一届 "next session") or a rate's 一次."""
    if match.group(1) or match.group(2) != "一":
        return False
    before = norm[:match.start(2)]
    if before[-1:] in ZH_ONE_IN_WORD:
        return True
    return norm[match.end(2):match.end(2) + 1] == "次" and bool(ZH_RATE_ONCE.search(before))


# "one and a half times", "2 and a half years": one number (1.5, 2.5), neither its whole part nor "half"
EN_AND_A_HALF = re.compile(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+and\s+a\s+half\b",
                           re.IGNORECASE)


def _beside_number(word: str, lower: str) -> bool:
    """Whether the word stands right before or after a number ("Nov. 7", "7 Nov 2018")."""
    return bool(re.search(rf"\b{word}\b\.?\s*\d|\d(?:st|nd|rd|th)?\s*{word}\b", lower))


def _number_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _zh_number(run: str) -> int | None:
    total, section, digit = 0, 0, None
    for ch in run:
        if ch in ZH_DIGITS:
            digit = ZH_DIGITS[ch] if digit is None else digit * 10 + ZH_DIGITS[ch]  # 二〇一八 reads digit by digit
        elif ch in ZH_UNITS:
            unit = ZH_UNITS[ch]
            if unit >= 10_000:
                total = (total + section + (digit or 0)) * unit
                section = 0
            else:
                section += (1 if digit is None else digit) * unit
            digit = None
    return total + section + (digit or 0)


# a month name right before ("October 10th") or after ("10th of October", "3rd May"): a day, not a rank
_MONTH_NAME = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
MONTH_BEFORE = re.compile(rf"\b{_MONTH_NAME}\s*$", re.IGNORECASE)
MONTH_AFTER = re.compile(rf"^\s*(?:of\s+)?{_MONTH_NAME}\b", re.IGNORECASE)


def _day_of_month(text: str, match: re.Match) -> bool:
    return bool(MONTH_BEFORE.search(text[:match.start()]) or MONTH_AFTER.match(text[match.end():]))


EN_ORDINAL_WORDS = {w: i for i, w in enumerate(
    ["_", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"]) if i}  # noqa: E501
# "last" the verb ("the refresher courses last four hours", "will last until May"): after no determiner and before a
# length of time or "for", "until" — no rank ("the last two days" is one)
_TIME_UNIT = r"(?:minute|hour|day|week|month|year|session|semester|term)s?"
LAST_VERB = re.compile(rf"(?<!\bthe )(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )(?<!\bour )(?<!\bat )\blast(?:s|ed)?"
                       rf"(?=\s+(?:for|until|till|through|about|around|some|up to|at least|at most|no more than)\b|"
                       rf"\s+(?:[\w-]+\s+){{0,2}}?{_TIME_UNIT}\b)", re.IGNORECASE)
# the last of a series ("the final session", 最后一届, 末届) — not relative time ("last year", 最后期限 is no rank)
LAST_RANK = re.compile(r"\b(?:last|final)\b(?!\s+(?:year|month|week|night|time|minute)s?\b)|最后一[届次个位天批期]|"
                       r"末[届次]|最后[的]?[届次]", re.IGNORECASE)
# 第三, and a prize's class: 一等奖 is the first prize, 三等奖 the third
ZH_ORDINAL = re.compile(r"第(\d+|[零〇一二两三四五六七八九十百千]+)|"
                        r"(?<![\d零〇一二两三四五六七八九十百千])([一二三四五六七八九十])(?=等奖)")


# the half of a period ("the second half of 2026", 下半年, 上半月): a period, no rank and no share, checked as its own
# fact (``half_periods``)
HALF_PERIOD = {"first": re.compile(r"\b(?:first|former)\s+half\b|上半(?:年|月|场|期)|前半(?:年|月|期)", re.IGNORECASE),
               "second": re.compile(r"\b(?:second|latter)\s+half\b|下半(?:年|月|场|期)|后半(?:年|月|期)",
                                    re.IGNORECASE)}


def half_periods(text: str) -> set[str]:
    """Which halves of a period the text names ("first", "second")."""
    return {half for half, pattern in HALF_PERIOD.items() if pattern.search(text)}


def ordinals(text: str) -> set[str]:
    """The ranks the text states (1st, third, 第三, 首届), kept apart from counts: "the second session" is not
    supported by "two sessions" (前两届 does not back 第二届)."""
    norm = unicodedata.normalize("NFKC", text)
    for pattern in HALF_PERIOD.values():
        norm = pattern.sub(" ", norm)
    found = {str(int(m.group(1))) for m in ORDINAL.finditer(norm) if not _day_of_month(norm, m)}
    found |= {str(EN_ORDINAL_WORDS[w]) for w in re.findall(r"[a-z]+", norm.lower()) if w in EN_ORDINAL_WORDS}
    for match in ZH_ORDINAL.finditer(norm):
        rank = match.group(1) or match.group(2)
        value = int(rank) if rank.isdigit() else _zh_number(rank)
        found.add(str(value))
    if re.search(r"首(个|次|届|位|批)", norm):
        found.add("1")
    if LAST_RANK.search(LAST_VERB.sub(" ", norm)):
        found.add("last")
    return found


# a length of time: a number and its unit, English and Chinese alike ("two weeks", "3-day", 两周, 三个月, 五年)
DURATION_UNITS = {"day": "day", "week": "week", "month": "month", "year": "year",
                  "天": "day", "周": "week", "星期": "week", "个月": "month", "年": "year"}
EN_DURATION = re.compile(r"\b(\d+|[a-z]+)[\s-]+(day|week|month|year)s?\b", re.IGNORECASE)
ZH_DURATION = re.compile(r"([\d零〇一二两三四五六七八九十百]+)\s*(天|周(?!年)|星期|个月|年)")
MAX_DURATION = 100  # a "年" count above this is a calendar year (2025年), not a length of time


def durations(text: str) -> set[tuple[str, str]]:
    """(number, unit) lengths of time the text states: "two months" is not "two weeks" (两周)."""
    norm = unicodedata.normalize("NFKC", text)
    found = set()
    for match in EN_DURATION.finditer(norm):
        stated = numbers(match.group(1))
        if len(stated) == 1:
            found.add((stated.pop(), match.group(2).lower()))
    for match in ZH_DURATION.finditer(norm):
        value = int(match.group(1)) if match.group(1).isdigit() else _zh_number(match.group(1))
        if value is not None and 0 < value <= MAX_DURATION:
            found.add((str(value), DURATION_UNITS[match.group(2)]))
    return found


def _other_unit(sentence: str, sources: list[str]) -> str | None:
    """A length of time whose number the sources state only with another unit ("two months" for 两周)."""
    stated = set().union(*(durations(s) for s in sources))
    for value, unit in sorted(durations(sentence) - stated):
        if any(v == value for v, _ in stated):
            return f"fact: {value} {unit}"
    return None


# currencies, English and Chinese alike, each by its ISO code ("US dollars", "US$", 美元 are all USD; 元 after a
# number and 人民币 are CNY): an amount in another currency is another fact, and "US" in "US dollars" is no name
_NUMBER_BEFORE = r"(?<=[\d零〇一二两三四五六七八九十百千万亿])\s*"
_OTHER_DOLLARS = r"(?<!hong kong )(?<!australian )(?<!canadian )(?<!singapore )(?<!new zealand )(?<!hk )"
CURRENCIES = {code: re.compile(pattern, re.IGNORECASE) for code, pattern in {
    "USD": rf"\bUSD\b|\bUS\s?\$|(?<![A-Za-z])\$|\bU\.?S\.? dollars?\b|\bAmerican dollars?\b|"
           rf"{_OTHER_DOLLARS}\bdollars?\b|美元|美金",
    "CNY": rf"\bCNY\b|\bRMB\b|(?-i:\byuan\b)|\brenminbi\b|人民币|{_NUMBER_BEFORE}元",  # "Yuan" is a surname
    "EUR": r"\bEUR\b|€|(?-i:\beuros?\b)|欧元",  # "Euro-Asian" is no amount
    "GBP": r"\bGBP\b|£|\bpounds? sterling\b|英镑",
    "JPY": r"\bJPY\b|(?-i:\byen\b)|日元",
    "HKD": r"\bHKD\b|\bHK\s?\$|\bHong Kong dollars?\b|港元|港币",
}.items()}


def currencies(text: str) -> set[str]:
    """The currencies the text names, by ISO code."""
    norm = unicodedata.normalize("NFKC", text)
    return {code for code, pattern in CURRENCIES.items() if pattern.search(norm)}


_AMOUNT = r"(\d[\d,]*(?:\.\d+)?(?:\s*(?:thousand|million|billion|千|万|亿))?)"


def priced(text: str) -> set[tuple[str, str]]:
    """(amount, currency) pairs: a currency written right before its number ("USD 50,000", "€6") or right after it
    ("200欧元", "5万美元", "1.2 million US dollars")."""
    norm = unicodedata.normalize("NFKC", text)
    found = set()
    for code, pattern in CURRENCIES.items():
        for match in pattern.finditer(norm):
            before = re.search(_AMOUNT + r"\s*$", norm[:match.start()], re.IGNORECASE)
            after = re.match(r"\s*" + _AMOUNT, norm[match.end():], re.IGNORECASE)
            for amount in (before, after):
                found |= {(value, code) for value in (numbers(amount.group(1)) if amount else ())}
    return found


def _other_currency(sentence: str, sources: list[str]) -> str | None:
    """An amount the sources state only in another currency ("200美元" for EUR 200)."""
    stated = set().union(*(priced(s) for s in sources))
    for amount, code in sorted(priced(sentence) - stated):
        if any(a == amount for a, _ in stated):
            return f"fact: {amount} {code}"
    return None


def currency_codes(text: str) -> str:
    """The text with its currency words in Latin letters written as their ISO codes ("US dollars", "US$" → USD):
    one term for one currency, whichever way it is written. Chinese ones (美元, 人民币) are kept: their characters
    are shared terms of a Chinese paraphrase."""
    norm = unicodedata.normalize("NFKC", text)
    for code, pattern in CURRENCIES.items():
        norm = pattern.sub(functools.partial(_latin_as_code, code), norm)
    return norm


def _latin_as_code(code: str, match: re.Match) -> str:
    return match.group(0) if CJK_RE.search(match.group(0)) else f" {code} "


def without_currencies(text: str) -> str:
    """The text with its currency words blanked (checked apart, by ``currencies``)."""
    norm = unicodedata.normalize("NFKC", text)
    for pattern in CURRENCIES.values():
        norm = pattern.sub(" ", norm)
    return norm


# times of day: "9:30", "9:30 p.m.", "3 pm", "9 o'clock", 上午9时, 下午3点半, 9时30分, 晚上8点
EN_CLOCK = re.compile(r"(?<![\d.,])(\d{1,2})(?:[:：](\d{2}))?\s*(a\.?m\.?|p\.?m\.?|o['’]clock)?(?![\dA-Za-z])",
                      re.IGNORECASE)
# (a bare "3点" is a time only with a part of the day, minutes, 钟 or 整: "提出3点建议" makes three points)
ZH_CLOCK = re.compile(r"(上午|早上|凌晨|中午|下午|傍晚|晚上)?\s*(\d{1,2}|[零〇一二两三四五六七八九十]+)\s*(时|点)"
                      r"(?:\s*(\d{1,2}|[零〇一二两三四五六七八九十]+)\s*分|(半))?(钟|整)?")
ZH_AFTERNOON = ("下午", "傍晚", "晚上")
HALF_DAY = 12  # hours between "3 p.m." and 15:00
MINUTES = 60  # in an hour


def clock_times(text: str) -> set[tuple[int, int]]:
    """(hour, minute) times of day the text states; an afternoon hour counts from noon (下午3点, 3 p.m. = 15:00)."""
    return {min(readings) for readings in clock_readings(text)}


def clock_readings(text: str) -> list[frozenset[tuple[int, int]]]:
    """Each time of day the text states, as the (hour, minute) it may mean: one reading with "a.m.", "p.m.", 上午
    or 下午, or an hour past noon; both halves of the day for "3:00" or 3点钟 alone."""
    norm = unicodedata.normalize("NFKC", text).replace("’", "'")
    found: list[tuple[int, int, bool]] = []  # hour, minute, whether the half of the day is stated
    for m in EN_CLOCK.finditer(norm):
        if m.group(2) is None and m.group(3) is None:
            continue  # a bare number is no time
        hour, suffix = int(m.group(1)), (m.group(3) or "").lower()
        hour += HALF_DAY if suffix.startswith("p") and hour < HALF_DAY else 0
        found.append((hour, int(m.group(2) or 0), suffix.startswith(("a", "p"))))
    for m in filter(_zh_time, ZH_CLOCK.finditer(norm)):
        hour = _value(m.group(2))
        minute = MINUTES // 2 if m.group(5) else _value(m.group(4) or "0")  # 半 is half past
        hour += HALF_DAY if m.group(1) in ZH_AFTERNOON and hour < HALF_DAY else 0
        found.append((hour, minute, bool(m.group(1))))
    return [frozenset({(h, mi)} if stated or h >= HALF_DAY else {(h, mi), (h + HALF_DAY, mi)})
            for h, mi, stated in found if 0 <= h <= 2 * HALF_DAY and 0 <= mi < MINUTES]


def _zh_time(match: re.Match) -> bool:
    """Whether a ZH_CLOCK match is a time of day (9时, 上午9点, 9点半, 9点钟), not a count of points (3点建议)."""
    return bool(match.group(1) or match.group(3) == "时" or match.group(4) or match.group(5) or match.group(6))


def _value(numeral: str) -> int:
    """Digits or a Chinese numeral as a number."""
    return int(numeral) if numeral.isdigit() else (_zh_number(numeral) or 0)


def _without_clock_times(text: str) -> str:
    text = ZH_CLOCK.sub(lambda m: " " if _zh_time(m) else m.group(0), text)
    return EN_CLOCK.sub(lambda m: m.group(0) if m.group(2) is None and m.group(3) is None else " ", text)


def _other_time(sentence: str, sources: list[str]) -> str | None:
    """A time of day no source states (an hour written without "p.m." may be either half of the day)."""
    stated = {reading for s in sources for readings in clock_readings(s) for reading in readings}
    for readings in clock_readings(sentence):
        if not readings & stated:
            hour, minute = min(readings)
            return f"fact: time {hour}:{minute:02d}"
    return None


def emails(text: str) -> set[str]:
    return {e.lower() for e in EMAIL.findall(text)}


def latin_names(sentence: str) -> set[str]:
    """Capitalised Latin words (names, places, acronyms); the sentence's first word only when a name follows it.
    A name part that is also a common word ("He" in "Liu He", "May" in "Theresa May") is kept together with
    the name word before it ("Liu He"), so the pair is checked as one name."""
    words = [(m.start(), m.group(0)) for m in LATIN_WORD.finditer(sentence)]
    names = set()
    previous_name: tuple[int, str] | None = None  # (end offset, word) of the last name word kept
    for i, (start, word) in enumerate(words):
        common = (word.lower() in EN_STOPWORDS or word.lower() in MONTHS or word.lower() in WEEKDAYS_EN
                  or bool(EN_WEEKDAY_ABBREVIATED.match(sentence.lower(), start)))  # weekdays are checked apart
        if word[0].isupper() and common and previous_name and _adjacent(sentence, previous_name[0], start):
            names.add(f"{previous_name[1]} {word}")
            previous_name = None
            continue
        previous_name = None
        if not word[0].isupper() or common:
            continue
        first = not sentence[:start].strip() or bool(re.search(r"[.!?。！？:：]\s*$", sentence[:start]))
        acronym = sum(c.isupper() for c in word) >= 2  # "UNESCO-funded …", "WorldFish …": a name even first
        if first and not acronym and not (i + 1 < len(words) and words[i + 1][1][:1].isupper()):
            continue
        name = re.sub(r"['’]s$", "", word).strip("'’-&")
        names.add(name)
        previous_name = (start + len(word), name)
    return {n for n in names if len(n) > 1}


def _adjacent(sentence: str, end: int, start: int) -> bool:
    """Only one space between the two words (no comma, no full stop)."""
    return sentence[end:start] == " "


@functools.lru_cache(maxsize=4096)
def chinese_names(sentence: str) -> frozenset[str]:
    """Person, place and organisation names jieba tags in Chinese text."""
    if not CJK_RE.search(sentence):
        return frozenset()
    from rag.text import pos_tagger

    words = join_transliterated([(w.word, w.flag) for w in pos_tagger().lcut(sentence)])
    names = (w.lstrip(ZH_NAME_PREFIXES) if len(w) > 2 else w for w, flag in words if flag in ZH_NAME_TAGS)
    return frozenset(n for n in names if len(n) > 1)


# a Chinese person's name of two or three characters right before a title (…的周明宇博士, 研究员李振华教授), after a
# boundary: punctuation, a function word, or the end of a post (所长, 主任, 官员, 主席)
ZH_TITLED_NAME = re.compile(r"(?:^|(?<=[的由和与及、，,。；;：:“\"（(是为向对被请长任员官席]))([\u4e00-\u9fff]{2,3}?)"
                            r"(?=博士(?!学位|生|后|研究生)|教授|院士|先生|女士)")
# an institution's name in Chinese: the two characters before its kind (…与资源研究所, 兰州大学) name it
ZH_INSTITUTION = re.compile(r"([\u4e00-\u9fff]{2})(研究所|研究院|研究中心|大学|学院|科学院|实验室|基金会|委员会)")
# characters no such name holds (function words, counts)
ZH_NOT_A_NAME = set("的该本各其和与及这那此所在为是于等每几多名位些全诸众一二两三四五六七八九十")
# words before an institution's kind that describe it rather than name it (知名大学, 重点实验室)
ZH_GENERIC_MODIFIERS = frozenset("知名 著名 国内 国外 海外 世界 一流 顶尖 重点 相关 有关 合作 其他 成员 参与 高等 综合 "
                                 "主要 共建 联合 伙伴 地方 外国 中外 当地 本地 所在 各国 领先 新建 "
                                 "下属 直属 附属 隶属 下设 旗下".split())


def titled_chinese_names(sentence: str) -> set[str]:
    """Persons named before their title and institutions named before their kind, in Chinese text: names jieba
    does not tag (周明远博士, 地理科学与资源研究所). A word jieba knows as another word (客座教授, 名誉博士) is no
    name."""
    from rag.posts import _common_word

    persons = {m.group(1).lstrip(ZH_NAME_PREFIXES) for m in ZH_TITLED_NAME.finditer(sentence)}  # 由客座 → 客座
    found = {p for p in persons if len(p) > 1 and not set(p) & ZH_NOT_A_NAME and not _common_word(p)}
    return found | {m.group(0) for m in ZH_INSTITUTION.finditer(sentence)
                    if not set(m.group(1)) & ZH_NOT_A_NAME and m.group(1) not in ZH_GENERIC_MODIFIERS}


# "any" under a negation ("without any amendment", 未作任何修改) is no scope over all: it is the negation itself
NEGATED_ANY = re.compile(r"\b(?:not|no|without|never|nor)\s+(?:\w+\s+){0,2}?any\b|"
                         r"(?:未|不|无|没有|没|并未)[^，,。；;]{0,2}任何")
# "each" and "all" both scope over every member: one may restate the other ("each country" for 每一个国家, "all")
UNIVERSAL = frozenset({"all", "each"})


def quantifiers(text: str) -> set[str]:
    """The bounds and scopes the text states, as language-neutral concepts ("at least 25" and 至少25 are both
    at_least): a sentence that bounds or scopes a fact differently from its source says something else."""
    lower = NEGATED_ANY.sub(" ", unicodedata.normalize("NFKC", text).lower().replace("’", "'"))
    found = {concept for concept, pattern in QUANTIFIERS.items() if pattern.search(lower)}
    if any(c in lower for c in ZH_ALL_WORDS) and ZH_ALL_WORDS & set(_jieba().lcut(lower)):
        found.add("all")
    return found


def unstated_quantifiers(text: str, sources: list[str]) -> list[str]:
    """The sentence's bounds and scopes no source states; "each" and "all" stand for one another."""
    stated = set().union(*(quantifiers(s) for s in sources))
    if stated & UNIVERSAL:
        stated |= UNIVERSAL
    return sorted(quantifiers(text) - stated)


def _compound_stated(name: str, words: set[str]) -> bool:
    """A hyphenated compound ("ANSO-funded") whose every part the sources state ("funded by ANSO")."""
    parts = [p for p in name.split("-") if p]
    return len(parts) > 1 and all(p in words for p in parts)


# the small words an organisation's initials skip ("Chinese Academy of Sciences" is CAS, not CAOS)
ACRONYM_SKIPPED = frozenset({"of", "the", "for", "and", "on", "in", "de", "&"})
MIN_ACRONYM = 2  # letters an acronym needs before its spelled-out form is looked for
CAPITALISED_RUN = re.compile(r"[A-Z][A-Za-z'’-]*(?:\s+(?:(?:of|the|for|and|on|in|de|&)\s+)*[A-Z][A-Za-z'’-]*)*")


def spelled_out(acronym: str, text: str) -> bool:
    """Whether the text writes the acronym out as a run of capitalised words whose initials it is ("CAS" for
    "the Chinese Academy of Sciences", "UNCST" for "Uganda National Council for Science and Technology")."""
    if len(acronym) < MIN_ACRONYM or not acronym.isupper() or not acronym.isalpha():
        return False
    for run in CAPITALISED_RUN.findall(text):
        # consecutive capitalised words ("Institute of Zoology of the Chinese Academy of Sciences": I Z C A S)
        if acronym in "".join(w[0] for w in run.split() if w.lower() not in ACRONYM_SKIPPED):
            return True
    return False


BOUNDS = ("at_least", "at_most", "more_than", "less_than")  # the quantifiers that bound a number
# the number a bound applies to: right after it, past a few words ("at most USD 50,000", 最多资助40名) …
BOUNDED_AFTER = re.compile(r"^[^\d.。;；,，]{0,8}?(\d[\d,.]*(?:\s*(?:thousand|million|billion|千|万|亿))?|"
                           r"[零〇一二两三四五六七八九十百千万]+|"
                           # … or a number in words ("at most eight of the 25", "no fewer than twenty-five")
                           r"\b(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:two|three|four|five|six|"
                           r"seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
                           r"nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)")
# … or right before a bound written after it ("10个以上", "50 or more")
BOUND_AFTER_NUMBER = {"more_than": re.compile(r"(\d[\d,.]*|[零〇一二两三四五六七八九十百千万]+)\s*[^\d\s]?\s*以上|"
                                              r"(\d[\d,.]*)\s+or more\b"),
                      "less_than": re.compile(r"(\d[\d,.]*|[零〇一二两三四五六七八九十百千万]+)\s*[^\d\s]?\s*以下|"
                                              r"(\d[\d,.]*)\s+or (?:less|fewer)\b")}


def bounded_numbers(text: str) -> set[tuple[str, str]]:
    """(bound, number) pairs: the number each bound applies to ("at least 10" → (at_least, 10))."""
    lower = unicodedata.normalize("NFKC", text).lower().replace("’", "'")
    found = set()
    for concept in BOUNDS:
        for match in QUANTIFIERS[concept].finditer(lower):
            number = BOUNDED_AFTER.match(lower[match.end():])
            found |= {(concept, n) for n in (numbers(_counted(number.group(1))) if number else ())}
        for match in BOUND_AFTER_NUMBER[concept].finditer(lower) if concept in BOUND_AFTER_NUMBER else ():
            found |= {(concept, n) for n in numbers((match.group(1) or match.group(2)) + "个")}
    return found


def _counted(numeral: str) -> str:
    """A bounded numeral as ``numbers`` reads it: a Chinese numeral with a measure word (八 alone is no number), a
    number in words as it is ("twenty-five")."""
    return numeral if numeral[:1].isascii() and numeral[:1].isalpha() else numeral + "个"


# which way a bound points: a floor ("at least", "more than", 以上) or a ceiling ("at most", "under", 以下); "10 or
# more" and "more than 10" differ by one, which a paraphrase blurs; a floor for a ceiling says the opposite
BOUND_DIRECTION = {"at_least": "floor", "more_than": "floor", "at_most": "ceiling", "less_than": "ceiling"}


def rebound_number(sentence: str, sources: list[str]) -> str | None:
    """A number the sources bound one way and the sentence the other ("at most 10" when the source has "at least
    10", 最多10个 for 至少10个): the first such (bound, number), else None."""
    stated = {(BOUND_DIRECTION[c], n) for s in sources for c, n in bounded_numbers(s)}
    for concept, number in sorted(bounded_numbers(sentence)):
        if (BOUND_DIRECTION[concept], number) not in stated and any(n == number for _, n in stated):
            return f"quantifier: {concept} {number}"
    return None


def negated(text: str) -> bool:
    """Whether the text negates something; a bound written with a negation ("no more than") is a quantifier."""
    text = NEGATED_BOUND.sub(" ", unicodedata.normalize("NFKC", text).replace("’", "'"))
    lower = text.lower()
    if any(w in EN_NEGATION for w in re.findall(r"[a-z]+(?:'t)?", lower)) or "n't" in lower:
        return True
    if CJK_RE.search(text):
        import jieba

        return any(w in ZH_NEGATION for w in jieba.lcut(text))
    return False


def implicitly_negated(text: str) -> bool:
    """Whether the text negates through a word's meaning ("sent apologies", "differ", 缺席, 差异)."""
    return bool(EN_IMPLICIT_NEGATION.search(text) or ZH_IMPLICIT_NEGATION.search(text))


def missing_fact(sentence: str, evidence: list[Evidence], derived: frozenset[str] = frozenset()) -> str | None:
    """The first number, weekday, e-mail, name or negation in the sentence that no cited source states, else None.
    ``derived`` are numbers a true comparison computes from the source (a difference), excused from the check."""
    text = bare(sentence)
    sources = [t for e in evidence for t in e.texts]
    joined = "\n".join(sources)
    stated = set().union(*(numbers(s) for s in sources))
    derived = derived | same_shares(text, stated, joined)  # "half" for 50 %: the same share, no derived number
    missing = numbers(text) - stated - derived
    if missing:
        return f"fact: {sorted(missing)[0]}"
    for rank in sorted(ordinals(text) - set().union(*(ordinals(s) for s in sources))):
        return f"fact: ordinal {rank}"
    for half in sorted(half_periods(text) - set().union(*(half_periods(s) for s in sources))):
        return f"fact: {half} half"
    if (withdrawn := superseded.stated_replaced(text, sources, numbers)):
        return withdrawn
    misdated = (dates.misdated_month(text, sources) or values.misdated_day(text, sources)
                or values.mismeasured(text, sources, derived))
    if misdated:
        return misdated
    unit = _other_unit(text, sources) or _other_time(text, sources)
    if unit:
        return unit
    for day in sorted(weekdays(text) - set().union(*(weekdays(s) for s in sources))):
        return f"fact: weekday {day}"
    for email in emails(text) - emails(joined):
        return f"fact: {email}"
    for code in sorted(currencies(text) - set().union(*(currencies(s) for s in sources))):
        return f"fact: currency {code}"
    other = _other_currency(text, sources)
    if other:
        return other
    latin_sources = "\n".join(s for s in sources if lang_of(s) == "en")
    words = set(re.findall(r"[a-z0-9][a-z0-9'&-]*", normalize_name(latin_sources)))
    words |= {re.sub(r"'s$", "", w) for w in words}
    # a name is looked up only in sources written in its own script: "Bangladesh" cannot be found in a Chinese
    # source (a translation's names are checked by meaning, below), nor 北京 in an English one
    for name in sorted(latin_names(without_currencies(text)) if latin_sources else ()):
        if " " in name:  # a name part that is also a common word: the pair must be in a source as written
            if not re.search(r"\b" + re.escape(normalize_name(name)) + r"\b", normalize_name(latin_sources)):
                return f"fact: {name}"
        elif normalize_name(name) not in words and not _compound_stated(normalize_name(name), words) \
                and not spelled_out(name, latin_sources):
            return f"fact: {name}"
    chinese_sources = "\n".join(s for s in sources if lang_of(s) == "zh")
    for name in sorted(chinese_names(text) | titled_chinese_names(text) if chinese_sources else ()):
        if name not in chinese_sources and not _glued_to_function_word(name, text, chinese_sources) \
                and not (latin_sources and pinyin_names.romanised_in(name, latin_sources)):
            return f"fact: {name}"
    unwritten = pinyin_names.unwritten_name(text, [chinese_sources]) if chinese_sources and not latin_sources else None
    if not chinese_sources and latin_sources and lang_of(text) == "zh":  # 阿马拉·恩沃苏 for a source without Amara
        unwritten = transliteration.unwritten_transliteration(text, [latin_sources])
    if unwritten:  # "Wang Haifeng" against a Chinese source that names 张立新
        return f"fact: {unwritten}"
    same_language = [s for s in sources if lang_of(s) == lang_of(text)] or sources
    for concept in unstated_quantifiers(text, same_language):
        return f"quantifier: {concept}"
    if (part := part_for_whole(text, sources)):
        return part
    rebound = rebound_number(text, sources)
    if rebound:
        return rebound
    closest = _closest_sentence(text, sources)
    # "not" may describe the rest of a set the restated source sentence names, or restate a word of it that negates
    # by its meaning ("sent apologies")
    excused = bool(closest and (COMPLEMENT.search(closest) or implicitly_negated(closest)))
    if negated(text) and not excused and not negation_stated(text, sources):
        return "negation"
    if closest and not negated(text) and not implicitly_negated(text) and _negated_part_kept(text, closest):
        return "negation dropped"
    return None


GLUED_NAME_CONTEXT = 3  # characters from a name's second one on that must stand so in a source (塔里克 of 和塔|里克)


RESTATED_SHARE = 0.5  # a source sentence sharing this share of the closest one's terms (or more) may be restated


def negation_stated(sentence: str, sources: list[str]) -> bool:
    """Whether a source sentence the sentence may restate says "not" (or negates by a word's meaning: 免除
    "exempt"): in its own language, one sharing at least
    ``RESTATED_SHARE`` of the terms the closest source sentence shares ("不得在首篇论文中署名" is not backed by another
    article's "不得转移样品"); across languages, where terms cannot be compared, any source sentence."""
    same = [s for s in sources if lang_of(s) == lang_of(sentence)]
    if not same:
        return any(negated(s) for s in sources)
    terms = coverage_terms(sentence)
    sentences = [s[a:b] for s in same for a, b in split_sentences(s)]
    shares = [len(terms & coverage_terms(s)) for s in sentences]
    best = max(shares, default=0)
    return any(negated(s) or implicitly_negated(s) for s, share in zip(sentences, shares, strict=True)
               if share >= best * RESTATED_SHARE)


def _glued_to_function_word(name: str, text: str, chinese_sources: str) -> bool:
    """Whether a name jieba tagged is a function word glued to the start of a longer name the source writes: 和塔 of
    "…研究员和塔里克·马哈茂德…", where 塔里克 stands in the source (a short name after 和 is cut wrongly)."""
    if name[0] not in ZH_NAME_PREFIXES or (at := text.find(name)) < 0:
        return False
    rest = text[at + 1:at + 1 + GLUED_NAME_CONTEXT]
    return len(rest) == GLUED_NAME_CONTEXT and bool(CJK_RE.fullmatch(rest[:1])) and rest in chinese_sources


def part_for_whole(sentence: str, sources: list[str]) -> str | None:
    """"quantifier: some" when the sentence says "some" (部分, "most") of what the source sentence it restates (same
    language) says of all (全部, "all"), else None."""
    if not SOME.search(sentence) or "all" in quantifiers(sentence):
        return None
    closest = _closest_sentence(sentence, sources)
    if closest and "all" in quantifiers(closest) and not SOME.search(closest):
        return "quantifier: some"
    return None


def _negated_part_kept(sentence: str, closest: str) -> bool:
    """Whether a negated clause of the closest source sentence is restated (without its negation) in the sentence:
    "maintained by X, not by Y" is faithfully shortened to "maintained by X", not to "maintained by Y"."""
    terms = coverage_terms(sentence)
    clauses = [p for p in CLAUSE.split(closest) if p and p.strip()]
    parts = [p for p in clauses if negated(p)]
    if not parts and negated(closest):
        parts = [closest]

    def kept(part: str) -> float:
        own = coverage_terms(part)
        return len(own & terms) / len(own) if own else 1.0

    # a sentence restating the source's other clause better ("submitted within 30 days" beside "…; claims
    # submitted after 90 days will not be paid") restates that clause, not the negated one
    other = max((kept(p) for p in clauses if p not in parts and len(coverage_terms(p)) >= MIN_SUBSTANTIAL_TERMS),
                default=0.0)
    return any(share >= NEGATED_PART_KEPT and share > other for share in map(kept, parts))


def negation_dropped_across(sentence: str, evidence: list[Evidence], vector: np.ndarray | None,
                            lexicon: Lexicon) -> bool:
    """Across languages, whether the sentence restates a negated clause of the closest source sentence in the
    other language without its negation ("理事会批准设立新的分部" for "… but did not approve a new regional office"):
    the negated clause's words are found in the sentence (through the lexicon) at least as ``NEGATED_PART_KEPT_ACROSS``
    and more than any other clause's of that source sentence (a faithful sentence keeps the other clause)."""
    if vector is None or negated(sentence) or implicitly_negated(sentence):
        return False  # no vector, no sentence to restate: not judged across languages
    closest = _closest_across(sentence, evidence, vector)
    if closest is not None and negated(closest) and _negated_clause_kept(_clause_shares([closest], sentence, lexicon)):
        return True
    # the vectors may pick another sentence of the same scene ("the delegation visited the institute …" for "代表团
    #按计划访问了西双版纳"): the negated clause is also dropped when it is the clause of all the sources whose words
    # the sentence restates most
    other = [t for e in evidence for t in e.texts if lang_of(t) != lang_of(sentence)]
    sentences = [t[a:b] for t in other for a, b in split_sentences(t)]
    return _negated_clause_kept(_clause_shares(sentences, sentence, lexicon))


def _clause_shares(sentences: list[str], sentence: str, lexicon: Lexicon) -> list[tuple[bool, float]]:
    """(negated?, share of its words the sentence states) for each clause of the source sentences."""
    return [(negated(p), _share_across(p, sentence, lexicon)) for s in sentences for p in CLAUSE.split(s)
            if p and p.strip()]


def _negated_clause_kept(shares: list[tuple[bool, float]]) -> bool:
    """Whether a negated clause is restated at least ``NEGATED_PART_KEPT_ACROSS`` and more than any plain one."""
    kept = max((share for neg, share in shares if neg), default=0.0)
    return kept >= NEGATED_PART_KEPT_ACROSS and kept > max((share for neg, share in shares if not neg), default=0.0)


def polarity_flipped(sentence: str, texts: list[str], evidence: list[Evidence], vector: np.ndarray | None,
                     lexicon: Lexicon | None) -> str | None:
    """The opposite said with another word (``rag.polarity``): checked against the source sentence the sentence
    restates — in its own language when a cited text is (shared terms), else across languages (sentence vectors,
    words through the lexicon)."""
    if texts:
        sources = texts

        def overlap(part: str, clause: str) -> float:
            own, other = coverage_terms(part), coverage_terms(clause)
            return len(own & other) * (1 / len(own) + 1 / len(other)) / 2 if own and other else 0.0
    elif lexicon is not None:
        sources = [t for e in evidence for t in e.texts if lang_of(t) != lang_of(sentence)]

        def overlap(part: str, clause: str) -> float:
            return (_share_across(part, clause, lexicon) + _share_across(clause, part, lexicon)) / 2
        return polarity.contradicted(sentence, sources, overlap, polarity.SLOT_OVERLAP_ACROSS)
    else:
        return None
    return polarity.contradicted(sentence, sources, overlap)


def _closest_across(sentence: str, evidence: list[Evidence], vector: np.ndarray | None) -> str | None:
    """The source sentence in the other language closest in meaning (sentence vectors) to the sentence."""
    lang, best, best_cosine = lang_of(sentence), None, -1.0
    for e in evidence:
        for text, matrix in [(e.text, e.svecs), *zip(e.parallel, e.parallel_svecs, strict=False)]:
            spans = split_sentences(text)
            if vector is None or matrix is None or lang_of(text) == lang or len(matrix) != len(spans):
                continue
            cosines = matrix @ vector
            if float(cosines.max()) > best_cosine:
                best_cosine = float(cosines.max())
                start, end = spans[int(cosines.argmax())]
                best = text[start:end]
    return best


def _share_across(part: str, sentence: str, lexicon: Lexicon) -> float:
    """Share of a source clause's content words that a sentence in the other language states (through the
    lexicon: a Chinese word's translations, or the English terms of a glossed Chinese sentence)."""
    from rag.gloss import NUMERAL, english_gloss, translations
    from rag.text import ZH_STOPWORDS, _jieba

    if lang_of(part) == "zh":
        stated = terms_of(sentence)
        words = [w for w in _jieba().lcut(part) if len(w) > 1 and CJK_RE.search(w) and not NUMERAL.match(w)
                 and w not in ZH_STOPWORDS and w not in ZH_NEGATION]  # a single character is too loose to gloss
        found = [w for w in words if coverage_terms(" ".join(translations(w, lexicon, GLOSS_SUPPORT_TRANSLATIONS)))
                 & stated]
        return len(found) / len(words) if words else 0.0
    own = frozenset(t for t in terms_of(part) if not t.isdigit())
    glossed = coverage_terms(english_gloss(sentence, lexicon, GLOSS_SUPPORT_TRANSLATIONS))
    return len(own & glossed) / len(own) if own else 0.0


def _closest_sentence(sentence: str, texts: list[str]) -> str | None:
    """The source sentence (in the sentence's language) sharing the largest share of the sentence's terms."""
    terms = coverage_terms(sentence)
    lang = lang_of(sentence)
    best, best_share = None, 0.0
    for text in texts:
        if lang_of(text) != lang:
            continue
        for start, end in split_sentences(text):
            share = len(terms & coverage_terms(text[start:end])) / len(terms) if terms else 0.0
            if share > best_share:
                best, best_share = text[start:end], share
    return best


def normalize_name(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower().replace("’", "'")


# --- content support -------------------------------------------------------------------------------
def _same_language(sentence: str, evidence: list[Evidence]) -> tuple[list[str], list[np.ndarray | None], bool]:
    """The cited texts (and their vectors) in the sentence's language: the sources themselves when they are
    (direct), else their other-language versions; empty when neither is (then only embeddings decide)."""
    lang = lang_of(bare(sentence))
    direct = [(e.text, e.svecs) for e in evidence if lang_of(e.text) == lang]
    if direct:
        return [t for t, _ in direct], [v for _, v in direct], True
    via: list[tuple[str, np.ndarray | None]] = []
    for e in evidence:
        vectors: list[np.ndarray | None] = list(e.parallel_svecs) or [None] * len(e.parallel)
        via += [(t, v) for t, v in zip(e.parallel, vectors, strict=False) if lang_of(t) == lang]
    return [t for t, _ in via], [v for _, v in via], False


# a clause boundary: punctuation (not the comma inside "420,000"), or a conjunction that may start an added claim
CLAUSE = re.compile(r"(?<!\d),|,(?!\d)|[，;；:：]|\s(?:and|but|which|while|with|who|where|whereas)\s|"
                    r"并且|并|同时|而且|以及|还")


# auxiliaries and particles the stop-word list keeps ("having set out from there"): they carry no claim of a clause
CLAUSE_FUNCTION_TERMS = frozenset({"have", "has", "had", "out", "up", "off", "there", "here", "will", "been", "be",
                                   "get", "got", "also"})


# discourse connectives that link a sentence's clauses in another order than the source's ("在此之前", "before
# that", "in addition"): they carry no claim of a clause
CONNECTIVES = re.compile(r"在此之前|在此之后|在此期间|与此同时|此前|此后|此外|另外|随后|其后|然后|"
                         r"\b(?:before|after|prior to) (?:that|this|then)\b|\bin addition\b|\bmeanwhile\b|"
                         r"\bmoreover\b|\bfurthermore\b|\bafterwards\b|\bthereafter\b", re.IGNORECASE)


def clause_support(sentence: str, texts: list[str]) -> float:
    """The weakest clause's share of terms found in the texts (clauses of fewer than 2 terms, connectives left out,
    are skipped)."""
    source = set().union(*(terms_of(t) for t in texts)) if texts else set()
    shares = [len(terms & source) / len(terms) for clause in CLAUSE.split(CONNECTIVES.sub(" ", bare(sentence)))
              if len(terms := terms_of(clause) - CLAUSE_FUNCTION_TERMS) >= 2]
    return min(shares, default=1.0)


def new_clause(sentence: str, texts: list[str]) -> bool:
    """A clause that mostly says what the texts do not, in many words: an added claim even in a loose translation
    ("…致开幕辞，并宣布ICIMOD将设立冰川监测专项基金" beside a source that only has the opening speech)."""
    source = set().union(*(terms_of(t) for t in texts)) if texts else set()
    for clause in CLAUSE.split(bare(sentence)):
        unstated = (terms := terms_of(clause)) - source
        if len(unstated) >= TRANSLATION_ADDED_TERMS and len(unstated) > TRANSLATION_ADDED_SHARE * len(terms):
            return True
    return False


def lexical_support(sentence: str, texts: list[str]) -> float:
    """Largest share of the sentence's terms found in one of the texts."""
    terms = terms_of(bare(sentence))
    if not terms:
        return 1.0
    return max((len(terms & terms_of(t)) / len(terms) for t in texts), default=0.0)


def embedding_support(vector: np.ndarray | None, matrices: list[np.ndarray | None]) -> float:
    """Cosine between the sentence and the closest sentence of the given sources."""
    if vector is None:
        return 0.0
    return max((float((m @ vector).max()) for m in matrices if m is not None and len(m)), default=0.0)


def check(sentence: str, evidence: list[Evidence], vector: np.ndarray | None,
          lexicon: Lexicon | None = None) -> str | None:
    """None when the sentence is supported by its cited evidence, else the reason it is not. ``lexicon``: the
    bilingual lexicon, to bind facts across languages when no version in the sentence's language is cited."""
    if not evidence:
        return "uncited"
    texts, matrices, direct = _same_language(sentence, evidence)
    derived = frozenset(binding.stated_difference(bare(sentence), texts)) | listed_counts(bare(sentence), texts) \
        | date_spans.span_lengths(bare(sentence), [t for e in evidence for t in e.texts])
    fact = missing_fact(sentence, evidence, derived)
    if fact:
        return fact
    plain = bare(sentence)
    misbound = (fact_pairs.swapped_year_count(plain, texts)
                or binding.misbound_fact(plain, texts, fact_pairs.confirmed(plain, texts))
                or binding.wrong_comparison(plain, texts) or binding.swapped_role(plain, texts)
                or posts.wrong_post(plain, texts) or posts.dropped_rank(plain, texts)
                or acts.act_of_another(plain, texts) or acts.zh_act_of_another(plain, texts)
                or directions.swapped_parties(plain, texts) or respectively.swapped(plain, texts)
                or respectively.swapped_by_order(plain, texts) or clause_swap.swapped_between_clauses(plain, texts)
                or (party_values.count_of_another_party(plain, texts) if lang_of(plain) == "en" else None))
    if misbound:
        return misbound
    if texts and (widened := universal_scope.widened_to_all(plain, texts) or exceptions.exception_denied(plain, texts)):
        return widened
    if (flipped := polarity_flipped(plain, texts, evidence, vector, lexicon)):
        return flipped
    other_language = [t for e in evidence for t in e.texts if lang_of(t) != lang_of(plain)]
    if other_language and (rank := posts.wrong_rank_across(plain, other_language)):
        return rank
    if not texts and lexicon is not None and lang_of(plain) == "zh" and \
            (place := places.unnamed_place(plain, other_language, lexicon)
             or places.unnamed_institution(plain, other_language)):
        return f"fact: {place}"
    if not texts and lexicon is not None and lang_of(plain) == "zh" and (
            place := places.place_of_another_event(plain, _closest_across(plain, evidence, vector), lexicon)):
        return f"binding: {place}"
    if not texts and lexicon is not None and lang_of(plain) == "en" and \
            (place := places.unnamed_latin_place(plain, other_language, lexicon)):
        return f"fact: {place}"
    if not texts and (moved := person_values.moved_between_persons(plain, other_language)):
        return moved
    if not texts and lexicon is not None and (glossed := misbound_across(plain, evidence, lexicon)):
        return glossed
    if not texts and lexicon is not None and (swapped := acts_across(plain, evidence, lexicon)):
        return swapped
    if not texts and lexicon is not None and gloss_support(plain, evidence, lexicon) < GLOSS_FLOOR:
        return "unsupported"
    if not texts and lexicon is not None and added_clause_across(plain, evidence, lexicon):
        return "unsupported: added claim"
    if not texts and lexicon is not None and negation_dropped_across(plain, evidence, vector, lexicon):
        return "negation dropped"
    if not texts:  # across languages with no version in the sentence's language: meaning alone decides
        everything = [m for e in evidence for m in [e.svecs, *e.parallel_svecs]]
        return None if embedding_support(vector, everything) >= EMBED_CROSS else "unsupported"
    lexical = lexical_support(sentence, texts)
    if not direct:  # a translation, checked against the source's version in the sentence's language
        if clause_support(sentence, texts) < TRANSLATION_CLAUSE_FLOOR or new_clause(sentence, texts):
            return "unsupported: added claim"
        ok = lexical >= TRANSLATION_LEXICAL or embedding_support(vector, matrices) >= EMBED_SUPPORT
        return None if ok else "unsupported"
    if clause_support(sentence, texts) < CLAUSE_FLOOR:
        return "unsupported: added claim"
    if lexical >= LEXICAL_SUPPORT:
        return None
    if lexical >= LEXICAL_FLOOR and embedding_support(vector, matrices) >= EMBED_SUPPORT:
        return None
    return "unsupported"


def misbound_across(sentence: str, evidence: list[Evidence], lexicon: Lexicon) -> str | None:
    """A fact of an English sentence bound to another party, found through an English gloss of its cited Chinese
    sources (``rag.gloss``)."""
    from rag.gloss import english_gloss

    chinese = [t for e in evidence for t in e.texts if lang_of(t) == "zh"]
    if lang_of(sentence) != "en" or not chinese:
        return None  # a glossed Chinese sentence splits into other clauses than its English source: no binding
    glossed = [english_gloss(t, lexicon) for t in chinese]
    return binding.misbound_fact(sentence, glossed) or party_values.count_of_another_party(sentence, glossed)


def acts_across(sentence: str, evidence: list[Evidence], lexicon: Lexicon) -> str | None:
    """Acts swapped between foreign persons a Chinese sentence names in characters, against its English-only
    sources (``rag.transliteration.acts_swapped``), else None."""
    from rag.gloss import english_gloss

    latin = [t for e in evidence for t in e.texts if lang_of(t) == "en"]
    if lang_of(sentence) != "zh" or not latin:
        return None

    def glossed(clause: str) -> frozenset[str]:
        return frozenset(t for t in coverage_terms(english_gloss(clause, lexicon, GLOSS_SUPPORT_TRANSLATIONS))
                         if not t.isdigit())

    return transliteration.acts_swapped(sentence, latin, glossed)


def gloss_support(sentence: str, evidence: list[Evidence], lexicon: Lexicon) -> float:
    """Share of an English sentence's terms found in an English gloss of its cited Chinese sources (1.0 for a
    Chinese sentence, or without Chinese sources): a sentence from another paragraph shares almost none."""
    from rag.gloss import english_gloss

    chinese = [t for e in evidence for t in e.texts if lang_of(t) == "zh"]
    if lang_of(sentence) != "en" or not chinese:
        return 1.0
    stated = " ".join(w for w in re.findall(r"[a-z]+", sentence.lower()) if w in EN_NUMBER_WORDS or w in MONTHS)
    terms = coverage_terms(sentence) - coverage_terms(stated)  # numbers and months are facts, checked apart
    terms = frozenset(t for t in terms if not t.isdigit())
    glossed = [coverage_terms(english_gloss(t, lexicon, GLOSS_SUPPORT_TRANSLATIONS)) for t in chinese]
    return max(len(terms & g) / len(terms) for g in glossed) if terms else 1.0


ADDED_CLAUSE_TERMS = 2  # an English clause with this many content terms, none in the gloss of its Chinese source …
GLOSS_PREFIX = 5  # … where a term also counts as glossed when it shares this many first letters with a glossed one
# the alliance's own name: context named everywhere, it says nothing a clause adds or keeps
ALLIANCE_NAMES = frozenset({"anso", "allianc"})


def added_clause_across(sentence: str, evidence: list[Evidence], lexicon: Lexicon) -> bool:
    """Whether an English sentence on Chinese-only sources has a clause of several content terms none of which the
    sources' English gloss states ("…, which is published on the ANSO website" beside a warning the source gives
    and publishes nowhere). Loose on purpose: a gloss finds few of a translation's words, so only a clause with
    nothing glossed at all is an added claim."""
    from rag.gloss import english_gloss
    from rag.transliteration import written_in_latin

    chinese = [t for e in evidence for t in e.texts if lang_of(t) == "zh"]
    if lang_of(sentence) != "en" or not chinese:
        return False
    glossed = set().union(*(coverage_terms(english_gloss(t, lexicon, GLOSS_SUPPORT_TRANSLATIONS)) for t in chinese))
    prefixes = {t[:GLOSS_PREFIX] for t in glossed if len(t) >= GLOSS_PREFIX}
    people = _telling_transliterations(chinese)
    for clause in CLAUSE.split(sentence):
        terms = frozenset(t for t in terms_of(clause) if not t.isdigit() and t not in ALLIANCE_NAMES)
        if len(terms) < ADDED_CLAUSE_TERMS or any(written_in_latin(name, clause) for name in people):
            continue  # a clause naming a person the source names (阿米娜·卡西姆 → Amina Qasim) is about the source
        if not any(t in glossed or (len(t) >= GLOSS_PREFIX and t[:GLOSS_PREFIX] in prefixes) for t in terms):
            return True
    return False


def _telling_transliterations(chinese: list[str]) -> list[str]:
    """The transliterated names of the Chinese texts long enough to be told apart when written in Latin letters."""
    from rag.transliteration import transliterated_names, written_in_latin

    return [name for text in chinese for name in transliterated_names(text) if not written_in_latin(name, "")]


def substantial(sentence: str) -> bool:
    return len(coverage_terms(bare(sentence))) >= MIN_SUBSTANTIAL_TERMS


# --- prompt echo -----------------------------------------------------------------------------------
def strip_echo(text: str) -> tuple[str, int]:
    """The text without source-block headers, role markers and prompt labels; how many were removed."""
    removed = 0
    for pattern in (SOURCE_HEADER, SOURCE_HEADER_OPEN, ROLE_MARKER, PROMPT_LABEL):
        text, n = pattern.subn(" ", text)
        removed += n
    return text, removed


@functools.lru_cache(maxsize=1)
def _prompt_terms() -> frozenset[str]:
    words: set[str] = set()
    for name in ("system", "user", "condense"):
        for template in PROMPTS[name].values():
            words |= coverage_terms(re.sub(r"\{\w+\}", " ", template))
    return frozenset(words - coverage_terms("ANSO 联盟 alliance international science organizations 国际科学组织"))


def is_prompt_echo(sentence: str) -> bool:
    """A sentence made mostly of the prompt's own instruction words."""
    terms = coverage_terms(bare(sentence))
    return bool(terms) and len(terms & _prompt_terms()) / len(terms) >= ECHO_PROMPT_OVERLAP


# --- sentences with their markers ------------------------------------------------------------------
_LEADING_MARKERS = re.compile(r"^(?:\s*(?:\[[\d\s,，、]+\]|【[\d\s,，、]+】))+")


def cited_sentences(text: str) -> list[str]:
    """Answer sentences, each with the markers written after its full stop ("… 2018. [1]") moved back onto it."""
    out: list[str] = []
    lines = text.splitlines()  # a line break ends a sentence too (titles and list items carry no full stop)
    for line, start, end in ((ln, s, e) for ln in lines for s, e in split_sentences(ln)):
        piece = line[start:end]
        lead = _LEADING_MARKERS.match(piece)
        if lead and out:
            space = " " if out[-1][-1:].isascii() else ""
            out[-1] = out[-1] + space + lead.group(0).strip()
            piece = piece[lead.end():].strip()
        if piece:
            out.append(piece)
    return out
