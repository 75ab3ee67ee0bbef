"""The short answer inside a chosen sentence: a typed span (date, number, name, place, e-mail, acronym
expansion, list, definition) or, for other questions, the span nearest the matched question terms that
the question does not already contain (the sliding-window idea used as the classic SQuAD baseline).

``extract`` returns where the span sits in the sentence and how to show it in the asker's language."""

from __future__ import annotations

import functools
import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace

from rag.called import named_as
from rag.counted import counts_another_thing
from rag.meta import MONTHS as MONTH_NUMBERS
from rag.phrases import dotted_names, english_class, noun_phrases
from rag.questions import EMAIL, MONTHS, PHONE, URL, WEEKDAYS, QuestionInfo
from rag.span_floor import asks_measure, fits_measure, names_question_person
from rag.span_ranges import TIME_LEFT_Q, clock_times, whole_range
from rag.text import (
    CJK_RE,
    EN_STOPWORDS,
    ZH_MEASURE_WORDS,
    ZH_NUMERAL_CHARS,
    ZH_STOPWORDS,
    coverage_terms,
    normalize,
    pos_tagger,
)

MAX_SPAN_TOKENS_EN = 8  # a generic English span is cut to this many words (SQuAD answers average ~3)
MAX_SPAN_CHARS_ZH = 14  # a generic Chinese span is cut to this many characters
# jieba tags of words that close no phrase: preposition, conjunction, particle, adverb, time word, pronoun, locality
ZH_FUNCTION_TAGS = ("p", "c", "u", "d", "t", "r", "f")
MIN_SPAN_CHARS_ZH = 2  # a generic Chinese span of one character (届, 时, 郡) is a word's fragment, not an answer
ZH_MODIFIER_FOLLOWERS = frozenset("的地得之")  # a generic span followed by one of these modifies the next phrase
# a span opening on a particle or preposition is the tail of a phrase
ZH_DANGLING_STARTS = ("下", "上", "中", "由", "在", "和", "与", "及", "的", "了", "等", "为", "于", "对", "从", "向",
                      "被", "把", "是", "并", "而")
# a span ending on one of these is a cut phrase
ZH_DANGLING_ENDINGS = ("了", "较", "很", "更", "最", "非常", "比较", "和", "与", "及", "在", "对", "并", "而")
MAX_NAME_WORDS = 3  # a person's name in English: one to three capitalised words
MAX_LIST_CHARS = 160  # a list longer than this is not a short answer
# a list question about places: its items must be place names
PLACE_LIST_Q = re.compile(r"\b(?:countries|cities|nations|regions|provinces|continents)\b|"
                          r"哪(?:些|几个)(?:国家|城市|地区|省份|大洲)", re.I)
LIST_ITEM_SEPARATORS = re.compile(r"\s*(?:,|、|，|;|；|\band\b|\bor\b|和|及|与|以及)\s*")
PLACE_LIST_SHARE = 0.5  # share of a list's items that must be place names
MAX_QUOTED_LIST_CHARS = 320  # quoted items (titles of topics) are longer; the quotes mark where each ends
# capitalised only because they open a sentence: never the first word of a name
LEADING_WORDS = frozenset("besides after before during since under among despite although however meanwhile today "
                          "yesterday tomorrow later earlier following according".split())
MAX_NAMED_PHRASE_WORDS = 5  # a name grows into its noun phrase ("Eleutherian gunpowder mills") up to this many words
MAX_ANCHOR_GAP_EN = 3  # a noun phrase answers when at most this many words stand between it and a question term
MAX_ANCHOR_GAP_ZH = 4  # … at most this many characters (Chinese)
NEAR_BONUS = 0.5  # a span right after a matched question term beats one right before it by this share

WEEKDAY_EN_ZH = {
    "monday": "星期一",
    "tuesday": "星期二",
    "wednesday": "星期三",
    "thursday": "星期四",
    "friday": "星期五",
    "saturday": "星期六",
    "sunday": "星期日",
}
WEEKDAY_ZH_EN = {v[-1]: k.capitalize() for k, v in WEEKDAY_EN_ZH.items()} | {"天": "Sunday"}
ZH_DIGITS = ZH_NUMERAL_CHARS

_WEEKDAY = re.compile(WEEKDAYS, re.I)
# a capitalised word naming a day or a month ("to Friday", "in September"): never where something is
_TIME_NAME = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
                        r"June|July|August|September|October|November|December)\b")
PERSON_MEASURES = "名位人"  # measure words that count people, interchangeable in a question and its answer
# Chinese units of length, area, weight and time kept with their number (1600毫米, 5,500,000 平方公里, 15亿吨)
ZH_UNITS = r"(?:平方)?(?:公里|千米|英里|毫米|厘米|英尺|英寸|米)|公顷|公吨|吨|千克|公斤|磅|秒钟?|分钟|小时"
# a unit or measure word right after a number (学时 and 课时 count hours of teaching)
_UNIT_AFTER = re.compile(rf"\s*({ZH_UNITS}|学时|课时|[{ZH_MEASURE_WORDS}])")
_ASKED_MEASURE = re.compile(rf"(?:多少|几)({ZH_UNITS}|[{ZH_MEASURE_WORDS}])")  # 有多少*所*大学 → a count of 所
_TIME = re.compile(r"(?<![\d:：])\d{1,2}[:：]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[点时](?:\d{1,2}分)?", re.I)
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d{2}(?!\d)(?:\s*年)?")  # a modern year (not read as a count)
# any year a history text names (1000-2099, a decade "1950s", a century "15th century" / "15世纪"): a "when" answer
_HISTORIC_YEAR = re.compile(
    r"(?<![\d.,])(?:1\d|20)\d{2}(?:s|\s*年代|\s*年)?(?!\d|,\d)|\b\d{1,2}(?:st|nd|rd|th)[- ]century\b|"
    r"\b(?:(?:early|late|mid)[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)"
    r"[- ]century\b|"
    r"(?:公元前?)?\d{1,2}\s*世纪(?:[初末中]|\d{2}\s*年代)?",
    re.I,
)
_DATE = re.compile(
    rf"(?<!\d)\d{{4}}\s*年\s*\d{{1,2}}\s*月(?:\s*\d{{1,2}}\s*[日号])?|\d{{1,2}}\s*月\s*\d{{1,2}}\s*[日号]|(?<!\d)\d{{4}}\s*年|"
    rf"(?<!\d)\d{{4}}-\d{{2}}-\d{{2}}|"
    rf"\b(?:{WEEKDAYS},?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTHS}\.?,?(?:\s+\d{{4}})?|"
    rf"\b(?:{WEEKDAYS},?\s+)?{MONTHS}\.?\s+\d{{1,2}}(?!\d)(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\b{MONTHS}\s+\d{{4}}|"
    rf"\b(?:in|since|by|from|until)\s+((?:1[89]|20)\d{{2}})\b",
    re.I,
)
NUMBER_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
                "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds|"
                "thousands|millions|dozens|a dozen|a hundred|a thousand|a million")  # counts written out
# a bound kept with its number: "不超过3名" is not "超过3名", "at most two" is not "two"
_BOUND = ("up to |about |around |over |more than |fewer than |less than |no more than |no fewer than |at least |"
          "at most |nearly |不超过|不少于|不低于|不高于|不多于|不足|不到|至少|最多|多达|超过|约|近|逾")
_CURRENCY = r"(?:US\$|USD|CNY|RMB|EUR|GBP|\$|€|£|¥|人民币|美元|欧元)"
_NUMBER = re.compile(
    rf"(?:{_CURRENCY}\s*)?(?:{_BOUND})?"
    rf"(?<![A-Za-z0-9_.])\d(?:[\d,]*\d)?(?:\.\d+)?"
    rf"(?:\s*(?:%|percent|per cent|million|billion|thousand|万|亿|千|百)|(?:m|bn)\b)?"  # £30m, $2bn
    rf"(?:\s*(?:sq\.?\s*(?:mi|km|ft|m)\b|km2|km²|°C|°F))?"  # an area or a temperature keeps its unit
    rf"(?:\s*(?:{_CURRENCY}|元)(?:[{ZH_MEASURE_WORDS}](?!民币))?|"  # 300万元 (人民币 is the currency, not 人)
    rf"\s*(?:余|多)?\s*(?:{ZH_UNITS}|[{ZH_MEASURE_WORDS}](?!民币)|余[个位家名人次项]?))?"
    rf"(?:\s+(?!(?:and|or|of|in|on|at|to|the|a|an|by|for|from|with|was|were|is|are|have|has|had|will|would|can|could|may|might|did|do|does)\b)"
    rf"(?-i:[a-z][a-z-]+))?"
    rf"|(?:{_BOUND})?[{ZH_DIGITS}]+[{ZH_MEASURE_WORDS}]"
    rf"|(?:\b(?:{_BOUND}))?\b(?:{NUMBER_WORDS})\b(?:\s+(?:hundred|thousand|million|billion))?",
    re.I,
)
# a question about an amount of money: its answer names a currency (or 元), never a count of people or days
# ("low-cost sensors" asks a count)
_MONEY_Q = re.compile(r"\bhow much (?:money|funding|does it cost)\b|"
                      r"\bhow much (?:does|did|do|will|can|is|was)\b.*\b(?:receive|get|cost|pay|contribute|give|earn|"
                      r"award|spend|raise|invest|provide|grant|put|putt)(?:s|ing)?\b|"
                      r"(?<!-)\b(?:fee|fees|cost|costs|price|stipend|salary|allowance|budget|funding|prize money)\b|"
                      r"多少钱|多少经费|多少资金|费用|经费|资金|津贴|补贴|奖金|"
                      # any fee: 会费, 学费, 旅费, 生活费 (not 免费, 收费, 扣费)
                      r"(?<![免消浪花收扣缴])费(?!用)", re.I)
# a number glued to a word by a hyphen is part of a name ("EIOC-2", "COVID-19", "Chang'e-5"), not a figure
NAME_BEFORE_NUMBER = re.compile(r"[A-Za-z\u4e00-\u9fff]-$")
# a question asking a count ("how many", 多少名 / 几个); 占多少 asks a share
_COUNT_Q = re.compile(rf"\bhow many\b|(?<!占)(?:多少|几)[{ZH_MEASURE_WORDS}]", re.I)
_PERCENT_Q = re.compile(r"percent|percentage|proportion|share of|百分之|百分比|比例|比率", re.I)
_CAP_RUN = re.compile(
    r"(?:[A-Z][\w’'.-]*|[A-Z]{2,})(?:\s+(?:(?:of|the|and|for|de|van|von|al|bin)\s+)*(?:[A-Z][\w’'.-]*))*"
)
_NOT_A_NAME = re.compile(rf"[A-Z&]{{2,}}|{MONTHS}|{WEEKDAYS}")  # capitalised, but never the answer to "who"
# a capitalised run after an article or one of these prepositions names a thing, a team or a place ("the Broncos",
# "multiple Super Bowls", "into Syria", "with Europe"), seldom a person ("held *by* John Elway", "the theory *of*
# Charles Darwin" do)
_NOT_PERSON_BEFORE = re.compile(r"\b(?:the|a|an|into|in|at|on|from|near|with|against|multiple)\s+(?:\(\w+\)\s+)?$",
                                re.I)
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near)\s+(?:the\s+)?$", re.I)  # a name after these is a place
_ORG_WORDS = re.compile(
    r"\b(?:Academy|Government|University|Committee|Council|Institute|Organi[sz]ation|Ministry|"
    r"Alliance|Network|Agency|Centre|Center|Association|Society|Division|Office|Secretariat|"
    r"Programme|Program|Forum|Bureau|Department|School|Foundation|City|District|Municipality|Province)\b"
)
_TITLES_EN = re.compile(
    r"^(?:(?:Professor|Prof\.|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|President|Premier|Vice|Deputy|Secretary|"
    r"Director|Chairman|Chair|Minister|Academician|Captain|Colonel|Lieutenant|Admiral|Governor|"
    r"Senator|Bishop|Archbishop|Cardinal|Judge|Coach)\s+)+"
)
ZH_TITLES = (
    "院长|副院长|书记|副书记|主席|副主席|总理|副总理|秘书长|副秘书长|主任|副主任|部长|副部长|局长|副局长|所长|副所长|校长|"
    "副校长|教授|研究员|院士|总统|会长|理事长|处长|馆长|司长|厅长|市长|省长|主编|博士"
)
_ZH_NAME_AFTER_TITLE = re.compile(
    rf"(?:{ZH_TITLES})([\u4e00-\u9fff]{{2,3}}?)(?=[、，,。等和与及出主在为作发宣表参致同先教研院（(]|$)"
)
# an acronym in brackets, alone or before a note ("（ANSO，以下简称“联盟”）"); capitals, or a lower-case prefix ("pXRF")
_ABBR_IN_PARENS = re.compile(r"[(（]\s*([A-Z][A-Za-z&]*[A-Z]|[a-z][A-Z]{2,}[A-Za-z]*)\s*[)）,，;；]")
# "What do(es) (the) <abbreviation> … stand for": the abbreviation asked about
_STANDS_FOR_SUBJECT = re.compile(r"^\W*what\s+(?:do|does|did)\s+(?:the\s+)?([\w&./-]+)(?=.*\bstand\s+for\b)", re.I)
_ABBR_IN_QUESTION = re.compile(r"(?<![A-Za-z])(?:[A-Z][A-Za-z&]*[A-Z]|[a-z][A-Z]{2,}[A-Za-z]*)(?![A-Za-z])")
_CLAUSE_END = re.compile(r"[,，。；;!?！？]|\.(?=\s)")  # where a clause ends (for typed candidates)
_CLAUSE_BREAK = re.compile(r"[,，。；;:：()（）“”\"!?！？、]")
_PHRASE_WORD = re.compile(r"[\w’'&.%-]*[\w%]")  # a word of a noun phrase ("91%", "24-yard", "Weng-Chiang")
_EN_TOKEN = re.compile(r"[A-Za-z0-9][\w’'&.-]*[\w]|[A-Za-z0-9]")
_ZH_EDGE = "的了在和与及是为由对于将把被等并也都而，。、"
_LIST_ZH = re.compile(
    r"[^，。；：:“”‘’（）()]{1,40}?(?:、[^，。；：:、“”‘’（）()]{1,40}?)+(?:(?:和|及|以及|与|或)[^，。；：:、“”（）()]{1,40}?)?(?=[，。；：:”）)]|$|等)"
)
_QUOTED_LIST = re.compile(r"“[^“”]{2,150}”(?:\s*[、,，]\s*(?:and\s+|和|及)?“[^“”]{2,150}”)+")
_LIST_EN = re.compile(
    r"(?:[\w’'&-]+(?: [\w’'&-]+){0,6}, )+[\w’'&-]+(?: [\w’'&-]+){0,6},? (?:and|or) [\w’'&-]+(?: [\w’'&-]+){0,6}"
    r"|[\w’'&-]+(?: [\w’'&-]+){0,5} (?:and|or) [\w’'&-]+(?: [\w’'&-]+){0,5}"
)
_LIST_LEAD_EN = re.compile(
    r"^.*\b(?:on|of|in|including|include|includes|such as|are|were|is|was|from|to|by|cover|covers|covering|between)\s+",
    re.I,
)
_DEFINITION_EN = re.compile(r"\b(?:is|are|was|were|means|refers to|defined as|defines\s+\w+(?:\s+\w+)?\s+as)\s+", re.I)
_DEFINITION_ZH = re.compile(r"是|为|指")
# "Which nation …", "What rainforest …", "the name of …", "哪个国家", "叫什么": the answer is a name
_WHICH_NOUN_Q = re.compile(
    r"^\W*(?:(?:in|on|at|by|from|to|for|of|with)\s+)?(?:which|what)\s+(?!(?:is|was|are|were|do|does|did|has|have|had|"
    r"can|could|will|would|should|may|might|must|kind|type|sort|happens?|happened|percentage|time|part|other|"
    r"(?:role|post|position|title|job|office|duty|reason|event|step|method|word|term)s?)\b)[a-z]+"
    r"|\bname of\b|\bcalled\b|哪个|哪家|哪座|哪一个|哪支|哪所|叫什么|什么名字|名称是",
    re.I,
)
# a word of three or more characters ending like a place or a body is no person's name (科学城, jieba's "nr")
_PLACE_ENDING = re.compile(r"^.{2,}(?:城|市|省|区|县|州|国|镇|村|院|所|局|会|馆|站|中心|大学|公司)$")
# how the name of a Chinese organisation ends (jieba also tags 国际化 "nt")
_BODY_ENDING_ZH = re.compile(
    r"(?:院|会|部|局|所|府|委|央|盟|组织|中心|大学|学院|公司|集团|网络|论坛|办公室|秘书处|联合会)$"
)
LIST_JOINERS_ZH = frozenset("、 和 与 及 或".split())  # what joins the items of a Chinese enumeration
# "what / which / 什么 / 哪 …": the answer is a thing (a noun phrase)
_ASKED_HEAD_EN = re.compile(
    r"\b(?:what|which)\s+(?:(?:type|kind|sort|form|group|class)s?\s+of\s+)?((?:[\w’'-]+\s*)+)", re.I)
_ASKED_HEAD_ZH = re.compile(r"(?:什么|哪个|哪种|哪一种|哪家|哪所|哪座|哪一|哪项|哪位)(?=[\u4e00-\u9fff])")
_ACTION_Q = re.compile(  # "what did she do", "做了什么": an action, not a thing
    r"\bwhat\b.*\b(?:do|doing|done)\W*$|\bwhat happen|(?<!叫)做了?什么|干了?什么|怎么做|发生了什么", re.I)
_THING_Q = re.compile(r"\b(?:what|which)\b|什么|哪|啥", re.I)
ZH_ROLE_ENDING = re.compile(r"[人者员家方]$")  # 申请人, 学者, 成员, 专家, 中方: a role or party, not a person's name
ZH_NAME_TAGS = frozenset({"nr", "ns", "nt", "nz", "nrt", "nrfg"})  # jieba tags of persons, places, organisations
_TIME_OF_DAY_Q = re.compile(r"what time|time of day|at what hour|几点|几时|具体时间", re.I)
_YEAR_Q = re.compile(r"which year|what year|in what year|哪一年|哪年|几几年|年份", re.I)


@dataclass
class Span:
    start: int
    end: int
    display: str  # what is shown: the span, or its rendering in the asker's language
    # False: the span is too unsure to be shown first (a Chinese window ending on a particle: 往往比, 年至);
    # the sentence still answers, and it stays the answer
    shown: bool = True


def extract(info: QuestionInfo, text: str, lang: str) -> Span | None:
    """The short answer to ``info`` inside ``text`` (a sentence in ``lang``), or None."""
    kind = info.kind
    if kind == "definition" and not _asks_for_a_definition(info):
        kind = None  # "What is the name of …", "What is most of the land used for?": a thing, not a definition
    given = named_as(info.text, text, lang, lambda a, b: _distance(info, text, lang, a, b)) \
        if kind in (None, "definition") else None
    if given is not None:  # "What is the name of the teacher?" in "the teacher is known as a guru" → guru
        return Span(given[0], given[1], text[given[0]:given[1]])
    if kind == "definition" and asks_measure(info.text, info.lang):  # "What is the population of X?": a number
        measured = _number(info, text, lang)
        if measured is not None and fits_measure(info.text, measured.display, lang):
            return measured
    finder = _FINDERS.get(kind or "")
    span = finder(info, text, lang) if finder else None
    if span is None and kind is None and _asks_for_a_thing(info):
        span = _noun_phrase(info, text, lang, of_the_asked_kind=True)  # "哪个猜想" → "布罗卡猜想"
    if span is None and kind in (None, "definition") and _WHICH_NOUN_Q.search(info.text):
        span = _named(info, text, lang)
    if span is None and asks_for_places(info):
        return None  # "Which countries …": no place names, no guess
    if span is None and kind is None and asks_measure(info.text, info.lang):
        span = _number(info, text, lang)  # "How far …", 多快: a number with its unit, or no short answer
        if span is None or not fits_measure(info.text, span.display, lang):
            return None
    if span is None and kind not in ("why", "say", "number", "date") and kind not in _STRICT:  # no count/date: no guess
        thing = kind in (None, "definition") and _asks_for_a_thing(info)
        span = _noun_phrase(info, text, lang) if thing else _generic(info, text, lang)
    if span is None or span.end <= span.start:
        return None
    if lang == "zh" and span.display == text[span.start:span.end] and _zh_cut(span.display):
        return None  # a cut phrase (jieba may tag 贺信并 as a name): the sentence stays the answer
    if lang == "zh" and kind in (None, "definition") and span.display == text[span.start:span.end]:
        span = _without_function_edges(text, span)  # "正在 下降" → 下降, "最终 没有" → 没有
    if kind in (None, "definition") and span.shown and (_of_another_type(info, text, span, lang)
                                                       or _echoes_question(info, span)):
        span = replace(span, shown=False)
    return span if span.display.strip() else None


# a calendar date or weekday inside a span ("on Thursday, November 7th", 11月7日)
_CALENDAR = re.compile(rf"\b(?:{MONTHS}|{WEEKDAYS})\b|\d{{1,2}}\s*月\s*\d{{1,2}}\s*[日号]|星期[一二三四五六日天]", re.I)
# a question asking what something is like ("what kind of organisation", 什么样的人才), never who
_DESCRIPTION_Q = re.compile(r"\bwhat (?:kind|sort|type)s? of\b|什么样|哪种|何种|什么类型", re.I)


# a question offering its own choices ("A or B?", 甲还是乙): its answer is rightly one of the question's words
_CHOICE_Q = re.compile(r"\bor\b|还是|或者|或是", re.I)
# what is left of a span once spaces and punctuation are dropped, to compare it with the question
_NOT_WORD = re.compile(r"[\W_]+")


def _echoes_question(info: QuestionInfo, span: Span) -> bool:
    """An untyped span that only repeats words of the question (一台 from 同一台仪器, "the platform" for "What
    does the platform require?") tells the asker nothing: the sentence stays the answer. A question offering its own
    choices is the exception."""
    shown = _NOT_WORD.sub("", span.display).lower()
    if not shown or _CHOICE_Q.search(info.text):
        return False
    return shown in _NOT_WORD.sub("", info.text).lower()


def _of_another_type(info: QuestionInfo, text: str, span: Span, lang: str) -> bool:
    """An untyped question ("Under which framework …", "What kind of organisation …") asks no date, so a span
    holding a calendar date or weekday is a guess; a "what kind of" question asks no person, so a Chinese span
    holding a person's name (习近平主席 for 什么样的人才) is one too. The sentence stays the answer."""
    if _CALENDAR.search(span.display):
        return True
    if lang != "zh" or _DESCRIPTION_Q.search(info.text) is None:
        return False
    pos = 0
    for word, flag in _tagged(text):  # jieba's person tags: nr, and nrfg for well-known names (习近平)
        if flag.startswith("nr") and len(word) >= 2 and pos < span.end and span.start < pos + len(word):
            return True
        pos += len(word)
    return False


# --- typed finders -----------------------------------------------------------
def _weekday(info, text, lang):
    match = _WEEKDAY.search(text)
    if not match:
        return None
    word = match.group(0)
    if info.lang == "zh" and word.lower() in WEEKDAY_EN_ZH:
        return Span(match.start(), match.end(), WEEKDAY_EN_ZH[word.lower()])
    if info.lang == "en" and not word.isascii():
        return Span(match.start(), match.end(), WEEKDAY_ZH_EN.get(word[-1], word))
    return Span(match.start(), match.end(), word)


def _date(info, text, lang):
    if _TIME_OF_DAY_Q.search(info.text):
        match = _TIME.search(text)
        return Span(match.start(), match.end(), match.group(0)) if match else None
    if _YEAR_Q.search(info.text):
        years = [m for m in _YEAR.finditer(text) if m.group(0)[:4] not in info.text]
        if years:  # the year nearest what the question names ("In what year did Priestley …": 1774, not 1773)
            m = min(years, key=lambda y: (_named_nearness(info, text, lang, y.start(), y.end()), y.start()))
            if text[m.end():m.end() + 1] == "s":  # "in the 1950s": the decade, not the year 1950
                return Span(m.start(), m.end() + 1, m.group(0) + "s")
            return Span(m.start(), m.end(), _render_year(m.group(0)[:4], info.lang))
    matches = [m for m in _DATE.finditer(text) if normalize(m.group(0)) not in normalize(info.text)]
    matches = [m for m in matches if not _founding_year(info, text, m)]
    if _DAY_Q.search(info.text) or _YEAR.search(_without_names(info.text)):
        matches = [m for m in matches if not _BARE_YEAR.fullmatch(m.group(0).strip())]
        if not matches:
            return None  # only other years: no bare year (the fallback below) answers either
    if not matches:
        return _historic_year(info, text, lang)
    ranged = _date_range(info, text, lang, matches)
    if ranged is not None:
        return ranged
    opens, closes = _asks_start(info.text), _asks_end(info.text)
    if len(matches) > 1 and opens != closes:  # opens X, closes Y
        best = matches[0] if opens else matches[-1]
    else:
        best = max(matches, key=lambda m: (len(re.findall(r"\d+", m.group(0))),
                                           _negated(_named_nearness(info, text, lang, m.start(), m.end())),
                                           -_distance(info, text, lang, m.start(), m.end())))
    start, end = (best.start(1), best.end(1)) if best.lastindex else (best.start(), best.end())
    if _BARE_YEAR.fullmatch(text[start:end].strip()) and lang == info.lang:
        period = _year_period(info, text, start)
        if period is not None:
            return period
    return Span(start, end, _render_date(text[start:end], info.lang))


# a date that is only a year ("in 2023", 2027年): it does not say which day, and when the question names its own year
# ("When did the *2024* expedition take place?") another year is another edition's ("the first two, in 2023 and 2024")
_BARE_YEAR = re.compile(r"(?:(?:in|since|by|from|until)\s+)?\d{4}\s*年?", re.I)
_DAY_Q = re.compile(r"what date|which date|which day|on what day|哪一?天|几月几[日号]|几号|什么日期|日期是", re.I)


# founding verbs (a question using one asks when a body began; any other "when" asks about an event)
_FOUNDING = re.compile(r"\b(?:launch|establish|found|set up|creat|start|begin|began|inaugurat)|"
                       r"成立|设立|创建|创立|建立|启动|组建|始于|首次|第一", re.I)
_FOUNDED_BEFORE = re.compile(r"\b(?:launched|established|founded|set up|created|inaugurated|started)"
                             r"(?:\s+(?:in|on))?\s*$|(?:成立|设立|创建|创立|建立|启动|组建)于\s*$", re.I)
_FOUNDED_AFTER = re.compile(r"\s*(?:年)?\s*(?:[^\s，。；]{0,2})?(?:成立|设立|创建|创立|建立|启动|组建)")
_ACRONYM_BEFORE = re.compile(r"\b[A-Z][A-Z&-]+[\s-]?$")  # "CORSS 2026", "COP-28": the year is part of a name
# what joins the two ends of a period: "from 6 July *to* 17 July", "6–17 July", "7月6日*至*17日"
_RANGE_GAP = re.compile(r"\s*(?:to|until|till|through|and|–|—|-|~|至|到|－)\s*", re.I)
_START_Q = re.compile(r"\b(?:open|opens|begin|begins|start|starts|commence)\b|开始|开放|开幕|开班|启动|起始", re.I)
_END_Q = re.compile(r"\b(?:close|closes|end|ends|finish|until|deadline|due)\b|截止|结束|闭幕|届满", re.I)


def _date_range(info, text: str, lang: str, matches: list[re.Match]) -> Span | None:
    """A period ("from 6 July to 17 July 2026"): the whole of it for "when", its start for "when does it open",
    its end for "when does it close" (the later date had answered "open")."""
    for first, second in zip(matches, matches[1:], strict=False):
        if not _RANGE_GAP.fullmatch(text[first.end():second.start()]):
            continue
        opens, closes = _asks_start(info.text), _asks_end(info.text)
        if opens and not closes:
            start, end = first.start(), first.end()
        elif closes and not opens:
            start, end = second.start(), second.end()
        else:
            start, end = first.start(), second.end()
        shown = _with_year(text[start:end], text[first.start():second.end()], lang)
        return Span(start, end, shown if lang == info.lang else _render_date(shown, info.lang))
    return None


def _asks_start(question: str) -> bool:
    return bool(_START_Q.search(_without_names(question)))


def _asks_end(question: str) -> bool:
    return bool(_END_Q.search(_without_names(question)))


def _without_names(question: str) -> str:
    """The question without its capitalised words after the first: "Open" of "the *Open* Data Prize" asks nothing."""
    return re.sub(r"(?<=\s)[A-Z][\w’'-]*", " ", question)


def _with_year(part: str, period: str, lang: str) -> str:
    """One end of a period with the year the period states once ("8 November" of "8 to 10 November 2022")."""
    year = re.search(r"(?<!\d)(?:1[89]|20)\d{2}(?!\d)", period)
    if year is None or re.search(r"(?<!\d)(?:1[89]|20)\d{2}(?!\d)", part):
        return part
    return f"{year.group(0)}年{part}" if lang == "zh" else f"{part} {year.group(0)}"


def _founding_year(info, text: str, match: re.Match) -> bool:
    """A bare year a founding verb holds ("which ANSO *launched in* 2023", "2022年*设立*", "*成立于*2021年") dates
    the founding of a body, not the event a "when" question asks about (held, announced, took place); it answers
    only a question about founding."""
    year = (match.group(1) if match.lastindex else match.group(0)).strip()
    if not re.fullmatch(r"(?:1[89]|20)\d{2}\s*年?", year) or _FOUNDING.search(info.text):
        return False
    before, after = text[max(0, match.start() - 24):match.start()], text[match.end():match.end() + 6]
    return bool(_FOUNDED_BEFORE.search(before) or _FOUNDED_AFTER.match(after))


def _historic_year(info, text, lang):
    """A bare year, decade or century ("in the 1950s", "(1685)", "15世纪") nearest the question's terms."""
    years = [m for m in _HISTORIC_YEAR.finditer(text) if normalize(m.group(0)) not in normalize(info.text)]
    years = [m for m in years if not _founding_year(info, text, m) and not _ACRONYM_BEFORE.search(text[:m.start()])]
    if not years:
        return None
    best = min(years, key=lambda m: (_named_nearness(info, text, lang, m.start(), m.end()),
                                     _distance(info, text, lang, m.start(), m.end())))
    end = best.end()
    century = re.search(r"[- ]century$", best.group(0), re.I)
    if century and re.search(r"\bcentury\b", info.text, re.I):  # "In what century …?" → "20th"
        end = best.start() + century.start()
    return _year_period(info, text, best.start()) or Span(best.start(), end, text[best.start():end])


def _year_period(info, text: str, at: int) -> Span | None:
    """The period of years the year at ``at`` opens or closes ("between 2005 and 2010", "1620–21", 1620至1621年间),
    for a "when" question that asks neither its start nor its end; None otherwise."""
    period = next((p for p in _YEAR_PERIOD.finditer(text) if p.start() <= at < p.end()), None)
    if period is None or _asks_start(info.text) or _asks_end(info.text) or _YEAR_Q.search(info.text):
        return None  # "What year did she give birth to Jochi?" asks one year, not his lifespan "1185–1226"
    return Span(period.start(), period.end(), period.group(0).strip())


# a period of years: "between 2005 and 2010", "1620–21", "1500 to 1850", 在2005到2010年间
_YEAR_PERIOD = re.compile(r"\bbetween\s+(?:1\d|20)\d{2}\s+and\s+(?:1\d|20)\d{2}\b|"
                          r"(?<![\d.,])(?:1\d|20)\d{2}\s*(?:–|—|-|~|to|until|至|到)\s*(?:(?:1\d|20)\d{2}|\d{2})(?!\d|,\d)"
                          r"(?:\s*年间?)?", re.I)


def _number(info, text, lang):
    if TIME_LEFT_Q.search(info.text):  # "How much time was left …": the clock time ("3:08"), not its minutes
        times = clock_times(text, info.text)
        if times:
            best_time = min(times, key=lambda m: _nearness(info, text, lang, m.start(), m.end()))
            return Span(best_time.start(), best_time.end(), best_time.group(0))
    asked = set(re.findall(r"\d+", info.text))
    matches = [m for m in _NUMBER.finditer(text) if not (set(re.findall(r"\d+", m.group(0))) & asked)]
    # a count the question itself states ("栉水母*一天*能吃多少", "How much can they eat in *one day*?") is no answer
    matches = [m for m in matches if not _stated_in_question(m.group(0), info.text)]
    matches = [m for m in matches if not _YEAR.fullmatch(m.group(0).strip(" ,.")) and not _DATE_LIKE(text, m)]
    matches = [m for m in matches if not _in_time_of_day(text, m)]
    matches = [m for m in matches if not NAME_BEFORE_NUMBER.search(text[:m.start()])]  # EIOC-2, COVID-19: a name
    if _PERCENT_Q.search(info.text):  # "what percentage": a share, not another number of the sentence
        matches = [m for m in matches if re.search(r"%|percent|per cent|百分之|成", m.group(0))]
    elif _COUNT_Q.search(info.text):  # "how many proposals": a count, never "30 per cent" of something
        matches = [m for m in matches if not re.search(r"%|percent|per cent|百分之", m.group(0))]
        if not _MONEY_Q.search(info.text) and not _CURRENCY_Q.search(info.text):  # "how many places": no sum of money
            matches = [m for m in matches if not re.search(rf"{_CURRENCY}|元", m.group(0))]
        matches = [m for m in matches if not _counts_time_not_asked(info.text, text, m)]
        if lang != "zh":  # "how many applications": not "40 participants"
            matches = [m for m in matches if not counts_another_thing(info.text, text, m.start(), m.end())]
    if _DURATION_Q.search(info.text):  # "how long / 多长": a span of time (or length), not a count of things
        matches = [m for m in matches if _TIME_UNIT.search(text[m.start():m.end() + 20])]
    if _MONEY_Q.search(info.text):  # "how much money / 多少钱": an amount of money, not a count of people
        matches = [m for m in matches if re.search(rf"{_CURRENCY}|元", m.group(0))]
    if not matches:
        return None
    measure = _ASKED_MEASURE.search(info.text) if lang == "zh" else None
    by = _asked_measure(info.text, measure) if measure is not None else ""
    if measure is not None:  # 几名 asks a count of people: 两个 (things) or 2万美元 counts something else
        matches = [m for m in matches if _same_measure(m.group(0), by) and not _unit_after(text, m.end(), by)]
        if not matches:
            return None
    best = min(matches, key=lambda m: (measure is not None and not _counted_by(m.group(0), by),
                                       _modifier_number(text, m),
                                       _nearness(info, text, lang, m.start(), m.end()), m.group(0)[:1].isalpha()))
    start, end = best.start(), best.end()
    while end > start and text[end - 1] in ",. ":  # "2018," → "2018"
        end -= 1
    period = _TIME_UNIT.search(text[start:end + 20]) if _DURATION_Q.search(info.text) else None
    if period is not None:  # "how long": the period with its unit ("15 working days", 三个月)
        end = max(end, start + period.end())
    unit = re.search(r"\s+([a-z][a-z-]+)\s*$", text[start:end])
    if lang != "zh" and unit and coverage_terms(unit.group(1)) & coverage_terms(info.text):
        end = start + unit.start()  # "How many species …?" → "16,000", the question says what is counted
    start, end = whole_range(text, start, end, info.text)  # "100–150 species", the final score "20–18"
    multiple = _MULTIPLIER.match(text, end)
    if multiple and lang != "zh" and not re.search(r"\btimes\b", info.text, re.I):  # "ten times their weight"
        end = multiple.end()
    shown = text[start:end].strip()
    if info.lang != lang and lang == "zh" and not re.search(r"[万亿千百元]", shown):  # 18项 → 18; 300万元 stays whole
        digits = re.search(r"\d[\d,.]*", shown)
        shown = digits.group(0) if digits else shown
    return Span(start, start + len(text[start:end].rstrip()), shown)


_MULTIPLIER = re.compile(r"\s+times\b")


def _stated_in_question(number: str, question: str) -> bool:
    """A count written out that the question states too: a Chinese numeral with its measure word (一天) or an English
    number word with the word after it ("one day")."""
    shown = number.strip()
    if re.search(r"\d", shown):
        return False  # digits: the caller compares them with the question's own digits
    if len(shown) < 2:
        return False
    return bool(re.search(rf"(?<![A-Za-z]){re.escape(shown)}(?![A-Za-z])", question, re.I))


# a question naming a currency asks a sum even when it says "how many" ("how many dollars", 多少美元)
_CURRENCY_Q = re.compile(rf"{_CURRENCY}|\b(?:dollars?|yuan|euros?|pounds?|rupees?)\b|元", re.I)
# a question asking how long something lasts (or measures)
_DURATION_Q = re.compile(r"\bhow long\b|多长|多久|多少天|多少年|几年|几天|期限|时长", re.I)
# a number with a unit of time or length right after it ("9,840 hours", "three-day", "两年", "60 km")
_TIME_UNIT = re.compile(rf"^(?:{_BOUND})?(?:\d[\d,.]*|\b(?:{NUMBER_WORDS})\b|[{ZH_DIGITS}]+)\s*[-\s]?\s*"
                        r"(?:(?:(?:working|business)\s+)?(hour|day|week|"
                        r"month|year|minute|semester|km|kilometre|kilometer|metre|meter|mile)s?\b|"
                        r"(小时|个?月|个?工作日|天|日|周|星期|年|分钟|学期|公里|千米|米))", re.I)
_TIME_ASKED = {"hour": "小时", "day": "天|日", "week": "周|星期", "month": "月", "year": "年", "minute": "分钟",
               "semester": "学期", "km": "公里|千米|kilomet", "kilometre": "公里|千米|km", "kilometer": "公里|千米|km",
               "metre": "米|meter", "meter": "米|metre", "mile": "英里"}


def _counts_time_not_asked(question: str, text: str, match: re.Match) -> bool:
    """"How many observers" answered with "9,840 hours", 多少名学员 with "three-day": the number measures a time or a
    length the question does not ask about (it asks how long, or names the unit, in either language)."""
    unit = _TIME_UNIT.search(text[match.start():match.end() + 20])
    if unit is None or _DURATION_Q.search(question):
        return False
    if unit.group(2):
        return not re.search(re.escape(unit.group(2).lstrip("个")), question)
    word = unit.group(1).lower()
    return not re.search(rf"\b{word}|{_TIME_ASKED[word]}", question, re.I)


def _in_time_of_day(text: str, match: re.Match) -> bool:
    """The number is the hour or minutes of a clock time ("17:00", "9时30分"): not a count."""
    return any(t.start() < match.end() and match.start() < t.end() for t in _TIME.finditer(text))


def _modifier_number(text: str, match: re.Match) -> bool:
    """A number that is part of a modifier ("a *5*-time pro bowler", "24-yard"), not the asked count."""
    return bool(re.match(r"-[A-Za-z]", text[match.end():match.end() + 2]))


def _asked_measure(question: str, measure: re.Match) -> str:
    """The measure word the question counts by; 几个人 / 多少个人 count people (人), not things (个)."""
    if measure.group(1) == "个" and question[measure.end():measure.end() + 1] == "人":
        return "人"
    return measure.group(1)


def _counted_by(number: str, asked: str) -> bool:
    """The number ends with the asked measure word, or another that counts people when the question counts them."""
    last = number.rstrip()[-1:]
    return last == asked or (last in PERSON_MEASURES and asked in PERSON_MEASURES)


def _unit_after(text: str, end: int, asked: str) -> bool:
    """A bare number the text follows with another unit or measure word than the asked one: 几次 asked, "不少于4学时"
    counts hours of training, not times."""
    if _UNIT_AFTER.search(text[:end].rstrip()[-2:]):  # the number carries its own unit (600人 of 600人次)
        return False
    unit = _UNIT_AFTER.match(text, end)
    return unit is not None and unit.group(1) != asked and not (
        unit.group(1) in PERSON_MEASURES and asked in PERSON_MEASURES)


def _same_measure(number: str, asked: str) -> bool:
    """The number counts what the question's measure word counts (名, 位 and 人 all count people); a bare number
    with no measure word may."""
    own = re.search(rf"({ZH_UNITS}|[{ZH_MEASURE_WORDS}]|元)\s*$", number.rstrip())
    if own is None:
        return not re.search(rf"{_CURRENCY}|元", number)
    return own.group(1) == asked or (own.group(1) in PERSON_MEASURES and asked in PERSON_MEASURES)


def _DATE_LIKE(text: str, match: re.Match) -> bool:
    """A number that is part of a date: 4 (November), (November) 7th, 11(月4日), (2018年)11月."""
    after = text[match.end() : match.end() + 2]
    if match.group(0).endswith("月") and (re.match(r"\s*\d{1,2}\s*[日号]", text[match.end():])
                                        or text[:match.start()].rstrip().endswith("年")):
        return True
    if re.search(rf"\b{MONTHS}\.?\s*$", text[:match.start()], re.I):  # "November 7th", "Nov. 7"
        return True
    if re.match(rf"\s*(?:to|until|and|–|—|-)\s*\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTHS}", text[match.end():], re.I):
        return True  # the first day of a period: "from *8* to 10 June"
    return bool(re.match(r"\s*[月日号]", after)) or bool(re.match(rf"\s*{MONTHS}", text[match.end() :], re.I))


# "Who is Liu He?": the question names one person and asks who they are (two to four capitalised words)
_IDENTITY_Q = re.compile(r"^\W*(?i:who\s+(?:is|was))\s+((?:[A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*){1,3})\s*[?？]?\W*$")
_POST_WORDS = (r"(?:Vice[\s-]+|Deputy\s+)?(?:Premier|President|Chair(?:man|woman|person)?|Director(?:-General)?|"
               r"Secretary(?:-General)?|Minister|Mayor|Governor|Dean|Head|Ambassador|Coordinator|Professor)"
               r"(?:\s+of(?:\s+the)?(?:\s+(?:of\s+|and\s+|the\s+)?[A-Z][\w’'-]*)+)?")
# the post standing right before a person's name ("Vice Premier of the State Council Liu He", "Chinese President Xi")
_POST_BEFORE_NAME = re.compile(rf"((?:[A-Z][\w’'-]*\s+)?{_POST_WORDS})\s+$")
# … or right after it ("Dai Binbin, Secretary of Huairou District …")
_POST_AFTER_NAME = re.compile(rf"^\s*,\s*(?:the\s+)?({_POST_WORDS})")


def _identity(info, text: str) -> Span | None | bool:
    """"Who is Liu He?": the post written right before or after that person's name; False when the sentence does
    not name them (another "Liu" is no answer) or names them without a post; None for other questions."""
    asked = _IDENTITY_Q.match(info.text)
    if asked is None:
        return None
    at = re.search(rf"\b{re.escape(asked.group(1))}\b", text)
    if at is None:
        return False
    post = _POST_BEFORE_NAME.search(text[:at.start()])
    if post:
        return Span(post.start(1), post.end(1), post.group(1))
    post = _POST_AFTER_NAME.match(text[at.end():])
    if post:
        return Span(at.end() + post.start(1), at.end() + post.end(1), post.group(1))
    return False  # named without a post: another person the sentence names is no answer


def _who(info, text, lang):
    if lang == "en":
        identity = _identity(info, text)
        if identity is False:
            return None
        if identity is not None:
            return identity
    if lang == "zh":
        names = [m for m in _ZH_NAME_AFTER_TITLE.finditer(text)
                 if _new_zh_name(m.group(1), info.text) and _starts_a_word(text, m.start(1))]
        names += [m for m in _zh_names(text) if _new_zh_name(m.group(0), info.text)]
        if names:
            best = min(names, key=lambda m: (not _after_question_word_zh(info.text, text, m.start(m.lastindex or 0)),
                                              *_dotted_nearness(info, text, m.start(m.lastindex or 0),
                                                                m.end(m.lastindex or 0))))
            spans = sorted({(m.start(m.lastindex or 0), m.end(m.lastindex or 0)) for m in names})
            g = best.lastindex or 0
            return _with_enumerated(text, (best.start(g), best.end(g)), spans, "、", info.text)
        if _PERSON_ROLE_Q.search(info.text):
            return None  # 主席是谁: a person holds a role, not an organisation
        bodies = [m for m in _zh_words_tagged(text, {"nt"})
                  if _new_zh_name(m.group(0), info.text) and _BODY_ENDING_ZH.search(m.group(0))]
        if bodies:  # no person named: the organisations (由中国科学院和北京市人民政府共同主办, 在党中央、国务院关心下)
            best = min(bodies, key=lambda m: _nearness(info, text, lang, m.start(), m.end()))
            spans = sorted({(m.start(), m.end()) for m in bodies})
            return _with_enumerated(text, (best.start(), best.end()), spans, "、", info.text)
    runs = _cap_runs(info, text)
    if not runs:
        return None
    runs = [r for r in runs if not _NOT_A_NAME.fullmatch(text[r[0] : r[1]]) and r[1] - r[0] > 1]  # an acronym, a month
    # or a letter ("B" of "B&R") is not who
    if not runs:
        return None
    runs = [r for r in runs if not _LOCATIVE_BEFORE.search(text[: r[0]])]  # "in Beijing" is a place, not who
    if not runs:
        return None
    runs = [_person_before_org(text, _person_after_org(text, r)) for r in runs]
    runs = [r for r in runs if not _named_in_question(text[r[0]:r[1]], info.text)
            and not names_question_person(text[r[0]:r[1]], info.text)]
    if not runs:
        return None
    q_terms = coverage_terms(info.text)  # "Huguenots" is the question's "Huguenot": another name answers
    runs = [r for r in runs if coverage_terms(text[r[0]:r[1]]) - q_terms] or runs
    people = [r for r in runs if not _ORG_WORDS.search(text[r[0] : r[1]])]
    if _PERSON_ROLE_Q.search(info.text):
        people = [r for r in map(lambda r: _before_of(text, r), people) if _person_like(text, r)]
        if not people:
            return None  # "Who chairs …": a person holds a role, not an organisation, a post or a place
    pool = people or runs
    chosen = min(pool, key=lambda r: (bool(_NOT_PERSON_BEFORE.search(text[:r[0]])),
                                      _nearness(info, text, lang, r[0], r[1])))
    return _with_enumerated(text, chosen, sorted(set(people)), " and ", info.text)


# what may stand between two people named together: "、" / "和" / ", <title>, and " (zh title words allowed)
_ENUMERATION_GAP = re.compile(
    r"^(?:\s*(?:、|和|与|及|以及)[^，,。；;：:]{0,30}|,\s[^,;.]{1,100},\s(?:and|as well as)\s|\s(?:and|&)\s)$")


# a question about who holds a role or a post: only a person answers it
_PERSON_ROLE_Q = re.compile(
    r"\b(?:chairs?|chaired|chairman|chairwoman|chairperson|president|director|head|heads|headed|leads?|led|leader|"
    r"secretary|coordinator|dean|principal|manager|minister|mayor|speaker|presided|moderated|coordinates|coordinated|"
    r"directs|directed|manages|managed|oversees|oversaw|supervises|supervised)\b|"
    r"主席|主任|院长|所长|局长|校长|会长|理事长|秘书长|负责人|协调员|部长|市长|主持|领导|带队", re.I)
_ONE_ROLE_Q = re.compile(r"^\s*who\s+(?:is|was)\b|是谁|谁是", re.I)  # asks who holds a role: one person


# what a person's name in English never holds: an acronym ("SQU Joint Laboratory", "ANSO-UAQ"), a connective of a
# thing's name ("Coastal Observation *and* Resilience"), a word naming a thing rather than a body
_NOT_IN_PERSON = re.compile(r"[A-Z]{2,}|\b(?:and|for|of|the|on|in)\b|"
                            r"\b(?:Laboratory|Lab|Initiative|Project|Prize|Award|Fund|Scheme|Observatory|Museum|Station|Plant|Centre|Center|Group|Team|Consortium|MoU)\b")
# a title before a one-word name ("Professor Malik", "Dr. Osei"): without one, a lone capitalised word is a place
_TITLE_BEFORE = re.compile(r"\b(?:Professor|Prof\.|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Academician)\s+$")


def _person_like(text: str, run: tuple[int, int]) -> bool:
    """The capitalised run can be a person's name: no acronym, connective or thing's name inside it, and two or
    more words unless a title stands before it ("Muscat" alone is a place; "Vice-President of ANSO" is a post)."""
    phrase = text[run[0]:run[1]]
    if _NOT_IN_PERSON.search(phrase) or _POST_START.match(phrase):
        return False
    return len(phrase.split()) >= 2 or bool(_TITLE_BEFORE.search(text[:run[0]]))


def _before_of(text: str, run: tuple[int, int]) -> tuple[int, int]:
    """"Salim Al-Harthy of SQU" → "Salim Al-Harthy": a person named with where they come from (a post keeps its
    "of": "Vice-President of ANSO")."""
    cut = re.search(r"\s+of\s+", text[run[0]:run[1]])
    if cut is None or _POST_START.match(text[run[0]:run[1]]):
        return run
    return run[0], run[0] + cut.start()


# a post named alone ("Vice-President", "Director-General"), not a person
_POST_START = re.compile(r"^(?:Vice|Deputy|Executive|Acting)?[\s-]?(?:President|Director|Chair|Chairman|Chairwoman|"
                         r"Chairperson|Secretary|Head|Dean|Coordinator|Manager|Treasurer)\b")


def _with_enumerated(text: str, best: tuple[int, int], people: list[tuple[int, int]], joiner: str,
                     question: str) -> Span:
    """The chosen person with the people enumerated together with them ("白春礼、…刘印春等出席", "Bai Chunli, President
    of …, and Liu Yinchun, …, attended"): the span covers them all, the display lists their names. A question
    about one role ("Who is the President of …?", "院长是谁？") gets the one person."""
    group = [best]
    if _ONE_ROLE_Q.search(question):
        people = []
    for other in people:  # forwards
        if other[0] >= group[-1][1] and _ENUMERATION_GAP.match(text[group[-1][1]:other[0]]):
            group.append(other)
    for other in reversed(people):  # backwards
        if other[1] <= group[0][0] and _ENUMERATION_GAP.match(text[other[1]:group[0][0]]):
            group.insert(0, other)
    start, end = group[0][0], group[-1][1]
    return Span(start, end, joiner.join(text[a:b] for a, b in group))


def _dotted_nearness(info, text: str, start: int, end: int) -> tuple[int, bool, float]:
    terms, distance = _nearness(info, text, "zh", start, end)
    return terms, "·" not in text[start:end], distance


def _after_question_word_zh(question: str, text: str, start: int) -> bool:
    """A Chinese name right after a word of the question (its role: "飞行员 阿道夫·加兰德" for 哪位…飞行员,
    "领袖卓戈")."""
    before = text[:start].rstrip()
    words = _tokens(before[-12:], "zh")
    return bool(words) and words[-1][2] == len(before[-12:]) and len(words[-1][0]) > 1 and words[-1][0] in question


def _starts_a_word(text: str, at: int) -> bool:
    """A word of ``text`` (on jieba's boundaries) begins at ``at``: a name after a title does, while 学位 of
    博士学位 is the end of one word with the title (a degree, not a doctor's name)."""
    pos = 0
    for word, _ in _tagged(text):
        if pos >= at:
            return pos == at
        pos += len(word)
    return pos == at


def _new_zh_name(name: str, question: str) -> bool:
    """A Chinese name candidate that is not (part of) a word of the question and not a cut phrase (贺信并)."""
    return not any(name[i:i + 2] in question for i in range(len(name) - 1)) and not name.endswith(ZH_DANGLING_ENDINGS)


def _person_after_org(text: str, run: tuple[int, int]) -> tuple[int, int]:
    """"Vice Premier of the State Council Liu He" → "Liu He": the capitalised words after the run's last
    organisation word, when there are one to three of them."""
    phrase = text[run[0]:run[1]]
    last = next(reversed(list(_ORG_WORDS.finditer(phrase))), None)
    if last is None:
        return run
    tail = phrase[last.end():]
    words = list(re.finditer(r"[A-Z][\w’'-]*", tail))
    if 1 <= len(words) <= MAX_NAME_WORDS and tail[:words[0].start()].strip() == "":
        return run[0] + last.end() + words[0].start(), run[1]
    return run


# the last word of a post ("Vice *President* of …", "*Director*-General of …"): what comes before "of" is no person
_POST_END = re.compile(r"\b(?:President|Director|Chair|Chairman|Chairwoman|Chairperson|Secretary|Premier|Minister|Head|"
                       r"Dean|Governor|Mayor|Member|Fellow|Ambassador|Representative|Officer|Coordinator|General)$")


def _person_before_org(text: str, run: tuple[int, int]) -> tuple[int, int]:
    """"Professor Rachel Mensah of the University of Ghana" → "Professor Rachel Mensah": a person named before
    "of" and the organisation they belong to (the part before "of" names no organisation)."""
    phrase = text[run[0]:run[1]]
    split = re.search(r"\s+of\s+(?:the\s+)?", phrase)
    if split is None or _ORG_WORDS.search(phrase[:split.start()]) or not _ORG_WORDS.search(phrase[split.end():]):
        return run
    if _POST_END.search(phrase[:split.start()]):
        return run  # "Vice President of the Academy …": a post, the person comes after
    return run[0], run[0] + split.start()


def _named_in_question(phrase: str, question: str) -> bool:
    """The span names someone the question already names ("President Xi Jinping" for "… Xi Jinping's letter")."""
    name = _TITLES_EN.sub("", phrase).strip()
    words = [w for w in re.findall(r"[A-Z][\w’'-]*", name) if w.lower() not in EN_STOPWORDS]
    return bool(words) and all(re.search(rf"\b{re.escape(w)}", question) for w in words)


def _where(info, text, lang):
    if lang == "zh":
        places = [m for m in _zh_places(text) if m.group(0) not in info.text]
        if places:
            best = min(places, key=lambda m: _nearness(info, text, lang, m.start(), m.end()))
            return Span(best.start(), best.end(), best.group(0))
        return None
    runs = [r for r in _cap_runs(info, text) if re.search(r"\b(?:in|at|from|to|near)\s+(?:the\s+)?$", text[: r[0]])
            and not _TIME_NAME.match(text, r[0])]  # "from Monday, 13 July to Friday": a time, not a place
    if not runs:
        return None
    start, end = min(runs, key=lambda r: _nearness(info, text, lang, r[0], r[1]))
    return Span(start, end, text[start:end])


def _regex_finder(pattern: re.Pattern):
    def find(info, text, lang):
        match = pattern.search(text)
        if not match:
            return None
        end = match.end()
        while end > match.start() and text[end - 1] in ".,;:)":
            end -= 1
        return Span(match.start(), end, text[match.start() : end])

    return find


_find_url = _regex_finder(URL)


def _web_address(info, text, lang):
    """A web address; for "Where do I register / submit …" an e-mail address when the sentence gives no web one."""
    span = _find_url(info, text, lang)
    if span is None and info.evidence is not None and info.evidence.pattern != URL.pattern:
        span = _regex_finder(info.evidence)(info, text, lang)
    return span


def _acronym(info, text, lang):
    asked = [a for a in _ABBR_IN_QUESTION.findall(info.text) if len(a) >= 2]
    subject = _STANDS_FOR_SUBJECT.match(info.text)
    if subject and re.search(r"[A-Z]", subject.group(1)):  # "What do the *3Rs* in ANSO's guidelines stand for?": the
        asked = [subject.group(1)]  # asked one, not ANSO, which the question names in passing
    if not asked:  # "X 的缩写是什么": the abbreviation itself is the answer
        match = _ABBR_IN_PARENS.search(text)
        return Span(match.start(1), match.end(1), match.group(1)) if match else None
    return spelled_out(asked, text, lang)


def spelled_out(asked: list[str], text: str, lang: str) -> Span | None:
    """What the text spells one of the asked abbreviations out as: the long form before its brackets
    ("Huairou Science City (HSC)", "怀柔科学城（HSC）"), or after it ("HSC, the Huairou Science City"); None when
    the text only uses the abbreviation."""
    for match in _ABBR_IN_PARENS.finditer(text):
        abbr = match.group(1)
        if abbr not in asked:
            continue
        span = _expansion(text, match.start(), abbr, lang)
        if span:
            return span
    for abbr in asked:  # "ABBR, the Long Name" / "Long Name, or ABBR"
        found = re.search(
            rf"(?<![A-Za-z]){re.escape(abbr)}(?![A-Za-z])\s*[,，（(]\s*(?:the\s+)?([A-Z][\w’'-]*(?:\s+(?:of|and|for|the|on|in|&)?\s*[A-Z][\w’'-]*)+)",
            text,
        )
        if found and _initials(found.group(1)).startswith(abbr[:2].upper()):
            return Span(found.start(1), found.end(1), found.group(1))
    return None


def _expansion(text: str, paren: int, abbr: str, lang: str) -> Span | None:
    before = text[:paren].rstrip()
    if lang == "zh" or re.search(r"[\u4e00-\u9fff]$", before):
        run = re.search(r"[\u4e00-\u9fffA-Za-z0-9“”\"’']+$", before)
        if not run:
            return None
        start = run.start()
        cut = max(before.rfind(ch, start) for ch in "的为是由在")
        start = cut + 1 if cut >= start else start
        name = before[start:]  # quotation marks kept when they pair up inside it (“一带一路”国际科学组织联盟)
        return Span(start, len(before), name if name.count("“") == name.count("”") else name.strip('“”"'))
    words = list(re.finditer(r"[\w’'&-]+", before))
    letters = abbr.upper()
    capitals = 0
    for i in range(len(words) - 1, max(-1, len(words) - 3 * len(letters)), -1):
        word = words[i].group(0)
        if word.lower() in ("of", "and", "for", "the", "on", "in", "&", "de"):
            continue
        if not word[:1].isupper():
            return _lower_case_expansion(before, words, abbr)
        capitals += 1
        if word[0].upper() == letters[0] and capitals >= len(letters) - 1:
            start = words[i].start()
            return Span(start, len(before), before[start:])
    return None


def _lower_case_expansion(before: str, words: list[re.Match], abbr: str) -> Span | None:
    """A long form in lower case before its acronym ("portable X-ray fluorescence (pXRF)"): the fewest words ending
    at the bracket whose first word begins with the acronym's first letter and which hold all its letters in order
    (Schwartz & Hearst's rule), at most ``2 × letters`` words."""
    for count in range(1, min(len(words), 2 * len(abbr)) + 1):
        first = words[len(words) - count]
        long_form = before[first.start():]
        if first.group(0)[:1].lower() == abbr[:1].lower() and _letters_in_order(abbr, long_form):
            return Span(first.start(), len(before), long_form)
    return None


def _letters_in_order(short: str, long_form: str) -> bool:
    """Schwartz & Hearst: the short form's letters, right to left, found in the long form, the first at a word start."""
    at = len(long_form) - 1
    for i in range(len(short) - 1, -1, -1):
        char = short[i].lower()
        if not char.isalnum():
            continue
        while at >= 0 and (long_form[at].lower() != char or (i == 0 and at > 0 and long_form[at - 1].isalnum())):
            at -= 1
        if at < 0:
            return False
        at -= 1
    return True


def _list(info, text, lang):
    quoted = _QUOTED_LIST.search(text)  # “topic one”、“topic two”: the quotation marks say where items end
    if quoted and len(quoted.group(0)) <= MAX_QUOTED_LIST_CHARS:
        return Span(quoted.start(), quoted.end(), quoted.group(0))
    pattern = _LIST_ZH if lang == "zh" else _LIST_EN
    q_terms = coverage_terms(info.text)
    best, best_score = None, float("-inf")
    for match in pattern.finditer(text):
        start, end = match.start(), match.end()
        if lang != "zh":
            lead = _LIST_LEAD_EN.match(text[start:end].split(",")[0])
            start += lead.end() if lead else 0
        else:
            head = text[start:end].split("、")[0]
            cut = max(
                (
                    head.rfind(w) + len(w)
                    for w in ("包括", "来自", "围绕", "有", "是", "为", "由", "在", "和", "：")
                    if w in head
                ),
                default=0,
            )
            start += cut
            tail_from = text.rfind("、", start, end) + 1
            for tok, s_tok, _ in _tokens(text[tail_from:end], lang):
                if len(tok) > 1 and tok in info.text:
                    end = tail_from + s_tok
                    break
        span_text = text[start:end].strip(' “”"')
        if not span_text or len(span_text) > MAX_LIST_CHARS:
            continue
        if lang == "zh" and _other_relation(info, text, match.start(), match.end()):
            continue
        if asks_for_places(info) and not _places_listed(span_text, lang):
            continue  # "Which countries …" is not answered by a list of topics
        overlap = len(coverage_terms(span_text) & q_terms) / max(1, len(coverage_terms(span_text)))
        score = 1.0 - overlap - 0.01 * _distance(info, text, lang, start, end)
        if score > best_score:
            best, best_score = (start, end), score
    if best is None:
        return None
    start, end = best
    while start < end and text[start] in ' “"':
        start += 1
    while end > start and text[end - 1] in _ZH_EDGE + " ":
        end -= 1
    return Span(start, end, text[start:end])


def needs_span(info: QuestionInfo) -> bool:
    """A sentence holding no span of the asked kind does not answer: places for "which countries", a number for "how
    many / how much" (an amount of money for "… cost / 奖金多少", a count of what 几名 / 多少项 counts), a date
    for "when" (a sentence naming no date, or only a founding year, answers when something else happened)."""
    if asks_for_places(info):
        return True
    return info.kind in ("number", "date")


def asks_for_places(info: QuestionInfo) -> bool:
    """A list question whose items are places ("Which countries …", 哪些国家): a sentence naming none is no answer."""
    return info.kind == "list" and bool(PLACE_LIST_Q.search(info.text))


def _places_listed(span_text: str, lang: str) -> bool:
    """Most items of the list are place names: capitalised in English ("Pakistan, Nepal and Laos"), tagged as places
    by jieba in Chinese (巴基斯坦、尼泊尔)."""
    items = [i.strip(" “”\"") for i in LIST_ITEM_SEPARATORS.split(span_text) if i.strip(" “”\"")]
    if lang == "zh":
        named = [i for i in items if any(flag.startswith("ns") for _, flag in _tagged(i))]
    else:
        named = [i for i in items if i[:1].isupper()]
    return bool(items) and len(named) >= PLACE_LIST_SHARE * len(items)


def _other_relation(info, text: str, start: int, end: int) -> bool:
    """The list's own clause states a relation other than the one asked: "由哪些单位共同*主办*" is not answered by
    the organisations that "共同*承办*" in the next clause of the sentence."""
    asked = [w for w, flag in _tagged(info.text) if flag.startswith("v") and len(w) > 1 and w in text]
    if not asked:
        return False
    clause_start = max(text.rfind(mark, 0, start) for mark in "，,。；;") + 1
    ends = [i for i in (text.find(mark, end) for mark in "，,。；;") if i >= 0]
    clause = text[clause_start:min(ends) if ends else len(text)]
    return not any(verb in clause for verb in asked)


_SUBJECT_BOUNDARY = re.compile(r"[。；;!?！？,，]|\.(?=\s)")  # where the words before a copula stop being its subject


def _subject_terms(text: str, at: int, since: int, q_terms: AbstractSet[str]) -> int:
    """How many of the question's terms the words before a copula state, back to the clause's start or the copula
    before it (``since``): the copula whose subject is the question's own ("…; the average *family size* was 3.62",
    not "The average household size was 3.07.") says what the question asks."""
    start = max([since, *(m.end() for m in _SUBJECT_BOUNDARY.finditer(text, 0, at))])
    return len(coverage_terms(text[start:at]) & q_terms)


def _definition(info, text, lang):
    pattern = _DEFINITION_ZH if lang == "zh" else _DEFINITION_EN
    q_terms = coverage_terms(info.text)
    copulas = [m for m in pattern.finditer(text) if coverage_terms(text[: m.start()]) & q_terms]
    ends = [0, *(m.end() for m in pattern.finditer(text))]
    subjects = {m.start(): _subject_terms(text, m.start(), max(e for e in ends if e <= m.start()), q_terms)
                for m in copulas}
    most = max(subjects.values(), default=0)
    for match in copulas:
        if subjects[match.start()] < most:
            continue
        rest = text[match.end() :]
        stop = re.search(
            r"[。；;]|[,，](?=\s*(?:which|who|and|but|founded|established|set up|with)\b)|\.(?=\s|$)", rest
        )
        end = match.end() + (stop.start() if stop else len(rest))
        if end - match.end() > (60 if lang == "zh" else 200):
            continue
        return Span(match.end(), end, text[match.end() : end])
    return None


# where a sentence states a reason or a purpose; the reason itself runs to the clause's end ("因 X 而…": to 而)
_REASON_EN = re.compile(r"\b(?:because(?:\s+of)?|due\s+to|owing\s+to|as\s+a\s+result\s+of|thanks\s+to|"
                        r"in\s+order\s+to|so\s+that)\s+", re.I)
_REASON_ZH = re.compile(r"因为|由于|为了|(?<![原基])因(?=[^，。；,;]{2,20}?而)")
_REASON_END = re.compile(r"\s*(?:[,;:。；，：!?！？()（）]|\.(?=\s|$)|(?<=[\u4e00-\u9fff])\s*而)|$")
MAX_REASON_WORDS_EN = 16  # a reason longer than this is no short answer: the sentence stays the answer
MAX_REASON_CHARS_ZH = 24  # … longer than this many characters (Chinese)


def _reason(info, text, lang):
    """The reason a "why" question asks, when the sentence states one with a cue ("because his work was published
    first", 由于糟糕的财务状况, 因路德宗教观而…): the words after the cue to the clause's end, nearest the question's
    terms; None otherwise (the sentence stays the answer)."""
    found = []
    for cue in (_REASON_ZH if lang == "zh" else _REASON_EN).finditer(text):
        start = cue.end()
        while start < len(text) and text[start].isspace():
            start += 1
        stop = _REASON_END.search(text, start + 1) if start < len(text) else None
        end = stop.start() if stop else len(text)
        size = end - start if lang == "zh" else len(_EN_TOKEN.findall(text[start:end]))
        if end > start + 1 and size <= (MAX_REASON_CHARS_ZH if lang == "zh" else MAX_REASON_WORDS_EN):
            found.append((start, end))
    if not found:
        return None
    start, end = min(found, key=lambda r: _distance(info, text, lang, r[0], r[1]))
    return Span(start, end, text[start:end])


def _named(info, text, lang):
    """A proper name nearest the question's matched terms (for "which/what + noun" questions), or None.
    Not for a follow-up: its subject ("he", "it") is the name the sentence repeats."""
    if info.follow_up:
        return None
    if lang == "zh":
        names = [m for m in _zh_tagged_names(text) if m.group(0) not in info.text]
        if not names:
            return None
        best = min(names, key=lambda m: _distance(info, text, lang, m.start(), m.end()))
        return Span(best.start(), best.end(), best.group(0))
    runs = [r for r in _cap_runs(info, text) if not _NOT_A_NAME.fullmatch(text[r[0] : r[1]])]
    if not runs:
        return None
    q_terms = coverage_terms(info.text)
    runs = [r for r in runs if coverage_terms(text[r[0]:r[1]]) - q_terms] or runs  # "Huguenots" for "Huguenot …"
    head = _asked_head(info.text)
    apposed = [r for r in runs if head and re.search(rf"\b{re.escape(head)}s?,?\s+$", text[:r[0]], re.I)]
    start, end = min(apposed or runs, key=lambda r: _distance(info, text, lang, r[0], r[1]))  # "chemist James Dewar"
    start, end = _whole_phrase(info, text, (start, end))
    return Span(start, end, text[start:end])


def _whole_phrase(info, text: str, name: tuple[int, int]) -> tuple[int, int]:
    """A name with the rest of the noun phrase it opens ("Eleutherian" → "Eleutherian gunpowder mills", "Mork" →
    "Mork & Mindy"), without the question's words at its edges; not the words before it ("poet Percy Shelley")."""
    for phrase in noun_phrases(text, "en"):
        if phrase[0] <= name[0] and name[1] <= phrase[1] and phrase != name:
            start, end = _trim_asked(text, phrase, info, "en", _asked_head(info.text))
            tail = text[name[1]:end]  # "Pro Bowl cornerback Josh Norman": a second name is another answer
            if start == name[0] and name[1] <= end and len(text[start:end].split()) <= MAX_NAMED_PHRASE_WORDS \
                    and not re.search(r"\b[a-z][\w-]*\s+[A-Z]", tail):
                return start, end
    return name


# --- the noun phrase answering "what / which / 什么 / 哪" ---------------------------
def _asks_for_a_thing(info) -> bool:
    """An untyped question whose answer is a thing: "what / which …", "什么 / 哪 …" (not "what did she do")."""
    return bool(_THING_Q.search(info.text)) and not _ACTION_Q.search(info.text)


def _asks_for_a_definition(info) -> bool:
    """"What is ANSO?", "What kind of body is the network?", "什么是联盟？" ask a definition; "What is the name of …",
    "What is the land used for?", "What is set up to …?", "What type of fuel powers …?" ask a thing."""
    if _WHICH_NOUN_Q.search(info.text):
        return False
    kind_of = re.search(r"\bwhat\s+(?:type|kind|sort)s?\s+of\s+(.*)", info.text, re.I)
    if kind_of:  # "What kind of body *is* …" is a definition; "What type of fuel *powers* …" asks the fuel
        return bool(re.match(r"(?:[\w’'-]+\s+){1,2}(?:is|are|was|were)\b", kind_of.group(1), re.I))
    match = re.match(r"^\W*what\s+(?:is|are|was|were)\s+(.+?)\W*$", info.text, re.I)
    if info.lang == "zh" or not match:
        return True
    words = re.findall(r"[\w’'-]+", match.group(1))
    verbs = ("VERB", "PARTICIPLE")
    return not (english_class(words[0]) in verbs or english_class(words[-1]) in (*verbs, "PREP"))


def _noun_phrase(info, text, lang, of_the_asked_kind=False):
    """The noun phrase nearest the question's matched terms that the question does not contain, when it stands
    close to one of them (within ``MAX_ANCHOR_GAP``); otherwise None: the sentence stays the answer."""
    anchors = _anchors(info, text, lang)
    if not anchors:
        return None
    head = _asked_head(info.text)
    phrases = [p for p in noun_phrases(text, lang, head) if _new_phrase(text[p[0]:p[1]], info, lang)]
    if of_the_asked_kind:
        phrases = [p for p in phrases if head and _ends_with(text[p[0]:p[1]], head)]
    best, best_key = None, None
    for start, end in phrases:
        gaps = [_gap(text, lang, (start, end), a) for a in anchors]
        nearest = min(g for g, _ in gaps)
        if nearest > (MAX_ANCHOR_GAP_ZH if lang == "zh" else MAX_ANCHOR_GAP_EN):
            continue
        pull = sum(1.0 / max(g, 1) / (1 + NEAR_BONUS if after else 1) for g, after in gaps)
        key = (bool(head) and _ends_with(text[start:end], head), pull)
        if best_key is None or key > best_key:
            best, best_key = (start, end), key
    if best is None:
        return None  # (the slot's phrase below only replaces a phrase found: no span where there was none)
    start, end = _trim_asked(text, best, info, lang, head if best_key and best_key[0] else "")
    slot = _slot_phrase(info, text, phrases) if lang != "zh" and not of_the_asked_kind else None
    trimmed = _trim_asked(text, slot, info, lang, "") if slot is not None else (0, 0)
    if trimmed[1] > trimmed[0]:
        start, end = trimmed
    if end <= start:
        return None
    if of_the_asked_kind and lang != "zh":
        named = _name_beside(text, best)  # "Dynasty, an opulent drama", "fighter ace Adolf Galland"
        if named is not None:
            return Span(named[0], named[1], text[named[0]:named[1]])
    stub = lang != "zh" and not of_the_asked_kind and _modifier_stub(info, text, start, end)
    return Span(start, end, text[start:end], shown=not stub)


_APPOSED_BEFORE = re.compile(r"([A-Z][\w’'-]*(?:\s+(?:of|the|and|de|von)?\s*[A-Z(][\w’'()-]*){0,5}),"
                             r"\s+(?:a|an|the)\s+$")
_NAME_AFTER = re.compile(r"\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})")


def _name_beside(text: str, phrase: tuple[int, int]) -> tuple[int, int] | None:
    """The name a phrase of the asked kind stands in apposition to: before it ("*Dynasty*, an opulent drama",
    "the *Alpha Repertory Television Service (ARTS)*, a cable channel") or right after it ("fighter ace *Adolf
    Galland*"); None when there is none."""
    before = _APPOSED_BEFORE.search(text[:phrase[0]])
    if before is not None:
        return before.start(1), before.end(1)
    after = _NAME_AFTER.match(text, phrase[1])
    return (after.start(1), after.end(1)) if after is not None else None


_ASKED_WORDS_EN = re.compile(r"\b(?:what|which)\s+((?:[\w’'-]+\s+){0,2}[\w’'-]+)", re.I)  # "what welding process"


def _modifier_stub(info, text: str, start: int, end: int) -> bool:
    """One lower-case word left of a noun phrase whose noun the question holds ("*traditional* medicine" for "What
    aspect of Western medicine …", "*natural* numbers"): a modifier, not the thing asked, unless that noun is what
    the question asks about ("what *groups*" → "religious groups")."""
    if not re.fullmatch(r"[a-z][a-z-]*", text[start:end]):
        return False
    following = re.match(r"\s+([\w’'-]+)", text[end:])
    if following is None or not coverage_terms(following.group(1)) & coverage_terms(info.text):
        return False
    asked = _ASKED_WORDS_EN.search(info.text)
    return not (asked and coverage_terms(following.group(1)) & coverage_terms(asked.group(1)))


# "What did the road lead *to*?", "… focused *on* what?", "What does the law *mandate*?": the question's word
# right before the asked slot
_SLOT_BEFORE_WHAT = re.compile(r"\b([\w’'-]+)\s+(?:what|which|whom)\b(?!\s+(?:is|are|was|were|do|does|did)\b)", re.I)
_SLOT_AT_END = re.compile(r"^\W*(?:what|which|whom)\s+"
                          r"(?:do|does|did|is|are|was|were|will|would|can|could|has|have|had)\b.*?\b([\w’'-]+)\W*$",
                          re.I)


def _slot_word(question: str) -> str:
    """The question's word that the asked thing follows: "focused on *what*" → on; "What did creating highways lead
    to?" → to; "What does legislation mandate?" → mandate. "" when the question has no such word."""
    match = _SLOT_BEFORE_WHAT.search(question) if not re.match(r"^\W*(?:what|which|whom)\b", question, re.I) else None
    match = match or _SLOT_AT_END.match(question)
    return match.group(1) if match else ""


# what may stand between the sentence's slot word and the phrase it leads to ("focused *around its* circle logo")
_SLOT_LEAD = re.compile(r"(?:\s+(?:on|to|in|into|around|about|with|for|of|at|by|from|as|the|a|an|its|their|his|her|"
                        r"more))*\s+", re.I)


def _slot_anchor(question: str) -> str:
    """The question's content word the asked slot follows: the verb before its preposition ("*focused* on what",
    "*used* for"), or the slot word itself ("bands *peak*", "legislation *mandate*"); "" when there is none."""
    slot = _slot_word(question)
    words = re.findall(r"[\w’'-]+", question)
    lowered = [w.lower() for w in words]
    if not slot or slot.lower() not in lowered:
        return ""
    i = lowered.index(slot.lower())
    if english_class(slot) == "PREP" and i > 0 and english_class(words[i - 1]) != "PREP":
        return words[i - 1]
    return slot


def _slot_phrase(info, text: str, phrases: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The noun phrase right after the sentence's match of the question's slot anchor ("focused around | its circle
    logo" for "… focused on what?", "used for | livestock pasture"): the SQuAD-style alignment of the question
    with the sentence. None when the sentence holds no such pair."""
    anchor = _slot_anchor(info.text)
    if not anchor:
        return None
    starts = {start: (start, end) for start, end in phrases}
    for match in re.finditer(rf"\b{re.escape(anchor)}\w*", text, re.I):
        lead = _SLOT_LEAD.match(text, match.end())
        phrase = starts.get(lead.end() if lead else match.end())
        if phrase is not None:
            return phrase
    return None


def _trim_asked(text: str, phrase: tuple[int, int], info, lang: str, head: str) -> tuple[int, int]:
    """The phrase without what the question already says at its edges: the asked head noun ("Timucua *people*"
    for "what people"), question words before or after it ("*optional* Dolby Digital"), a leading "case of"
    whose noun the question holds ("*smallest subfield* of a field F" keeps its own part)."""
    start, end = phrase
    if lang == "zh":  # a Chinese answer keeps the question's words ("问题实例"), not a person it names
        tokens = [(a + start, b + start, tok) for tok, a, b in _tokens(text[start:end], lang)]
        names = {m.group(0) for m in _zh_names(text[start:end]) if m.group(0) in info.text}  # "…副秘书长刘印春"
        if not names:
            return start, end
        while len(tokens) > 1 and tokens[-1][2] in names:
            tokens.pop()
        while len(tokens) > 1 and tokens[0][2] in names:
            tokens.pop(0)
        return tokens[0][0], tokens[-1][1]
    words = [(m.start() + start, m.end() + start) for m in _PHRASE_WORD.finditer(text[start:end])]
    q_terms = coverage_terms(info.text)

    def asked(a: int, b: int) -> bool:
        word = text[a:b]
        is_head = bool(head) and word.lower().rstrip("s") == head.lower().rstrip("s")
        return bool(coverage_terms(word) & q_terms) or is_head

    name_closed = _closes_name(text, words) and not asked(*words[-2])
    while len(words) > 1 and asked(*words[-1]) and not name_closed:
        words.pop()
    while len(words) > 1 and asked(*words[0]):
        words.pop(0)
    while len(words) > 1 and text[words[0][0]:words[0][1]].lower() in ("of", "and", "or"):
        words.pop(0)
    while len(words) > 1 and text[words[-1][0]:words[-1][1]].lower() in ("of", "and", "or", "the", "a", "an"):
        words.pop()
    return words[0][0], words[-1][1]


def _closes_name(text: str, words: list[tuple[int, int]]) -> bool:
    """The phrase's last word closes a capitalised name ("Wojciech Bogusławski *Theatre*", "Newcastle *University*",
    "American Sign *Language*"): it is part of the name even when the question says it ("What theatre …"), unless
    the word before it is the question's too ("Chinese President *Xi Jinping*" for "What did Xi Jinping send?")."""
    if len(words) < 2:
        return False
    last, before = text[words[-1][0]:words[-1][1]], text[words[-2][0]:words[-2][1]]
    return last[:1].isupper() and before[:1].isupper()


def _anchors(info, text, lang) -> list[tuple[int, int]]:
    """Where the question's terms stand in the sentence."""
    q_terms = coverage_terms(info.text)
    q_norm = normalize(info.text)
    return [(s, e) for tok, s, e in _tokens(text, lang) if _token_in_question(tok, q_terms, q_norm, lang)]


def _gap(text: str, lang: str, phrase: tuple[int, int], anchor: tuple[int, int]) -> tuple[float, bool]:
    """Characters (zh) or words (en) between a phrase and an anchor, and whether the anchor comes after it."""
    after = anchor[0] >= phrase[1]
    between = text[phrase[1]:anchor[0]] if after else text[anchor[1]:phrase[0]]
    if lang == "zh":
        return len(re.sub(r"\s", "", between)), after
    return len(_EN_TOKEN.findall(between)), after


def _asked_head(question: str) -> str:
    """The noun a "what / which" question asks about ("What type of *atmosphere* helped …", "which ethnic
    *community*?", "哪个*城市*"), or ""."""
    zh = _ASKED_HEAD_ZH.search(question)
    if zh:
        following = _tokens(question[zh.end():], "zh")
        return following[0][0] if following and re.fullmatch(r"[\u4e00-\u9fff]+", following[0][0]) else ""
    match = _ASKED_HEAD_EN.search(question)
    if not match:
        return ""
    head = ""
    for word in re.findall(r"[\w’'-]+", match.group(1)):
        if english_class(word) != "CONTENT":
            break
        head = word
    return head


def _ends_with(phrase: str, head: str) -> bool:
    """The phrase names a kind of ``head`` ("100% oxygen atmosphere", "弗雷斯诺市"): its last word is the head
    (an English plural counts) and something stands before it."""
    if re.search(r"[\u4e00-\u9fff]", head):
        return phrase.endswith(head) and len(phrase) > len(head)
    words = re.findall(r"[\w’'-]+", phrase.lower())
    return len(words) > 1 and words[-1].rstrip("s") == head.lower().rstrip("s")


def _new_phrase(phrase: str, info, lang: str) -> bool:
    """A phrase that says something the question does not: a word of its own that is not a function word."""
    if lang == "zh":
        return any(tok not in info.text and (len(tok) > 1 or not re.search(r"[\u4e00-\u9fff]", tok))
                   for tok, _, _ in _tokens(phrase, lang))
    return bool(coverage_terms(phrase) - coverage_terms(info.text) - EN_STOPWORDS)


# --- the generic window -----------------------------------------------------
def _generic(info, text, lang):
    tokens = _tokens(text, lang)
    if not tokens:
        return None
    q_terms = coverage_terms(info.text)
    q_norm = normalize(info.text)
    in_q = [_token_in_question(tok, q_terms, q_norm, lang) for tok, _, _ in tokens]
    anchors = [i for i, hit in enumerate(in_q) if hit]
    if not anchors:
        return None
    best, best_score = None, 0.0
    for run in _runs(text, tokens, in_q, lang):
        first, last = run[0], run[-1]
        gaps = [(first - a) if a < first else (a - last) * (1 + NEAR_BONUS) for a in anchors]
        score = sum(1.0 / g for g in gaps if g > 0)
        if score > best_score:
            best, best_score = run, score
    if best is None:
        return None
    limit = MAX_SPAN_CHARS_ZH if lang == "zh" else MAX_SPAN_TOKENS_EN
    before = any(a < best[0] for a in anchors)
    if lang == "zh":
        chosen = _cut_zh(tokens, best, limit, keep_start=before)
    else:
        chosen = best[:limit] if before else best[-limit:]
    start, end = tokens[chosen[0]][1], tokens[chosen[-1]][2]
    if lang == "zh" and (_zh_fragment(text, start, end) or end - start < MIN_SPAN_CHARS_ZH):
        return None  # no short answer rather than a cut phrase or a lone character: the sentence stays the answer
    return Span(start, end, text[start:end], shown=lang != "zh" or _ends_on_noun_zh(text[start:end]))


# jieba tags of words that open no Chinese answer (an adverb, a preposition, a conjunction, a particle, a locality
# or time word: 最终, 通过, 前的, 正在) and of words that close none (a particle: 的, 了)
ZH_NO_OPENING_TAGS = ("d", "p", "c", "u", "f", "t")
_ZH_ONE_OF_A_KIND = re.compile(r"一[种个项类]")  # "一种 栉水母": "a kind of", not part of what it names
ZH_NO_CLOSING_TAGS = ("u", "y")
# adverbs that carry the meaning, never dropped from an edge: a negation or a limit ("不超过3页" is not "超过3页")
ZH_KEPT_ADVERBS = re.compile(r"不|没|没有|未|无|非|别|勿|最多|最少|至少|至多|仅|只|约|近|超|逾")


def _without_function_edges(text: str, span: Span) -> Span:
    """An untyped Chinese span without the function words at its edges ("正在  下降" → 下降, "前的 白垩纪-第三纪灭绝" →
    白垩纪-第三纪灭绝); the span itself when that would leave less than two characters."""
    tagged = _tagged(text[span.start:span.end])
    words, pos = [], span.start
    for word, flag in tagged:
        words.append((word, flag, pos))
        pos += len(word)
    while words and not ZH_KEPT_ADVERBS.match(words[0][0]) and (
            not words[0][0].strip() or words[0][1].startswith(ZH_NO_OPENING_TAGS)
            or _ZH_ONE_OF_A_KIND.fullmatch(words[0][0])):
        words.pop(0)
    while words and (not words[-1][0].strip() or words[-1][1].startswith(ZH_NO_CLOSING_TAGS)):
        words.pop()
    if not words:
        return span
    start, end = words[0][2], words[-1][2] + len(words[-1][0])
    if end - start < MIN_SPAN_CHARS_ZH or (start, end) == (span.start, span.end):
        return span
    return replace(span, start=start, end=end, display=text[start:end])


def _ends_on_noun_zh(span: str) -> bool:
    """A Chinese window that closes a phrase: its last word is not a function word (a preposition, particle, adverb
    …: 往往比, 年至, 起到了重要的), or it ends on a number, an amount or Latin letters (不超过3页, 占40%, ASL)."""
    tagged = _tagged(span.strip())
    if not tagged:
        return False
    word, flag = tagged[-1]
    return not flag.startswith(ZH_FUNCTION_TAGS) or bool(re.search(r"[\d%A-Za-z]$", word))


def _zh_fragment(text: str, start: int, end: int) -> bool:
    """A Chinese span that modifies what follows it (…的, …地), ends on a degree word or aspect particle, or
    opens on a particle or preposition (下由…)."""
    return text[end:end + 1] in ZH_MODIFIER_FOLLOWERS or _zh_cut(text[start:end])


def _zh_cut(span: str) -> bool:
    """A Chinese span that ends on a degree word or particle, or opens on a particle or preposition."""
    return span.endswith(ZH_DANGLING_ENDINGS) or span.startswith(ZH_DANGLING_STARTS)


def _cut_zh(tokens, run, limit, keep_start):
    order = run if keep_start else list(reversed(run))
    kept: list[int] = []
    length = 0
    for i in order:
        length += tokens[i][2] - tokens[i][1]
        if kept and length > limit:
            break
        kept.append(i)
    return sorted(kept)


def _runs(text, tokens, in_q, lang):
    """Maximal runs of tokens the question does not contain, broken at clause punctuation, edges trimmed."""
    stop = ZH_STOPWORDS if lang == "zh" else EN_STOPWORDS
    runs: list[list[int]] = []
    current: list[int] = []
    for i, (_tok, start, _) in enumerate(tokens):
        broken = i > 0 and _CLAUSE_BREAK.search(text[tokens[i - 1][2] : start])
        if in_q[i] or broken:
            if current:
                runs.append(current)
            current = []
        if not in_q[i]:
            current.append(i)
    if current:
        runs.append(current)
    out = []
    for run in runs:
        while run and (tokens[run[0]][0].lower() in stop or tokens[run[0]][0] in _ZH_EDGE):
            run = run[1:]
        while run and (tokens[run[-1]][0].lower() in stop or tokens[run[-1]][0] in _ZH_EDGE):
            run = run[:-1]
        if run:
            out.append(run)
    return out


TOKEN_CACHE_SIZE = 4096  # sentences whose tokens and name/place tags are kept (they repeat across questions)


@functools.lru_cache(maxsize=TOKEN_CACHE_SIZE)
def _tokens(text: str, lang: str) -> tuple[tuple[str, int, int], ...]:
    return tuple(_tokenize(text, lang))


def _tokenize(text: str, lang: str) -> list[tuple[str, int, int]]:
    if lang != "zh":
        return [(m.group(0), m.start(), m.end()) for m in _EN_TOKEN.finditer(text)]
    out, pos = [], 0
    for word in _jieba().cut(text):
        start = pos
        pos += len(word)
        if word.strip() and re.search(r"\w", word):
            out.append((word, start, pos))
    return out


def _token_in_question(token: str, q_terms: AbstractSet[str], q_norm: str, lang: str) -> bool:
    norm = normalize(token)
    if re.search(r"[\u4e00-\u9fff]", norm):
        return norm in q_norm if len(norm) > 1 else False
    return bool(coverage_terms(norm) & q_terms) or norm in EN_STOPWORDS and False


# --- helpers -------------------------------------------------------------------
def _nearness(info, text, lang, start, end) -> tuple[int, float]:
    """Sort key for typed candidates: most question terms in the candidate's own clause first ("刘鹤专程出席联盟
    成立大会" answers 谁出席了联盟成立大会 although 习近平 stands closer to 联盟成立), then the distance."""
    left = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    right = _CLAUSE_END.search(text, end)
    clause = text[left:right.start() if right else len(text)]
    return -len(_question_terms_in(info, clause, lang)), _distance(info, text, lang, start, end)


def _question_terms_in(info, text: str, lang: str) -> AbstractSet[str]:
    if lang == "zh":
        return {tok for tok, _, _ in _tokens(text, lang) if len(tok) > 1 and tok in info.text}
    return coverage_terms(text) & coverage_terms(info.text)


def _distance(info, text, lang, start, end) -> float:
    """Characters (zh) or words (en) between a span and the nearest matched question term."""
    q_terms = coverage_terms(info.text)
    best = 10_000.0
    for tok, s, e in _tokens(text, lang):
        if (tok in info.text and len(tok) > 1 and lang == "zh") or (lang != "zh" and coverage_terms(tok) & q_terms):
            gap = s - end if s >= end else (start - e if e <= start else 0)
            best = min(best, gap / (1 if lang == "zh" else 6))
    return best


NO_NAME_NEAR = 10_000.0  # the distance of a span when the sentence holds none of the names the question states
# a capitalised English word of the question that names something (not its opening question word or a pronoun)
_QUESTION_NAME_EN = re.compile(r"(?<=\s)[A-Z][\w’'-]+|\b[A-Z]{2,}\b|\b\d+[a-z]*\b")


def _question_names(question: str, lang: str) -> list[str]:
    """What the question names: capitalised words after its first word and numbers (English); words jieba tags as a
    person, place or body, dotted names and Latin words (Chinese)."""
    if lang != "zh":
        return [m.group(0) for m in _QUESTION_NAME_EN.finditer(question) if m.group(0).lower() not in EN_STOPWORDS]
    dotted = dotted_names(question)  # "卡尔·威尔海姆·舍勒" whole: its part 威尔 is no name of 威尔特郡
    names = [m.group(0) for m in _with_dotted_names(question, _zh_words_tagged(question, set(ZH_NAME_TAGS)))]
    names = [n for n in names if "·" in n or not any(a <= question.find(n) < b for a, b in dotted)]
    return names + re.findall(r"[A-Za-z][\w-]*[A-Za-z0-9]|\d+", question)


def _named_nearness(info, text: str, lang: str, start: int, end: int) -> tuple[bool, float]:
    """Sort key of a date by the names the question states: one whose clause holds such a name first, then the
    characters (zh) or words (en) between it and the nearest one. A name says which of several dates the question
    asks better than its verb: "When did Denmark join the EU?" in "…, Denmark and Norway in 1972, Greece in 1979, …"
    is 1972, although "joined" stands nearer 1979."""
    left = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    right = _CLAUSE_END.search(text, end)
    clause = text[left:right.start() if right else len(text)]
    in_clause = _named_distance(info, clause, lang, start - left, end - left) < NO_NAME_NEAR
    return not in_clause, _named_distance(info, text, lang, start, end)


def _negated(key: tuple[bool, float]) -> tuple[bool, float]:
    """A ``_named_nearness`` key for ``max``: the nearest date ranks highest."""
    return not key[0], -key[1]


def _named_distance(info, text: str, lang: str, start: int, end: int) -> float:
    """Characters (zh) or words (en) between a span and the nearest name the question states."""
    best = NO_NAME_NEAR
    for name in _question_names(info.text, info.lang):
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)" if lang != "zh" else re.escape(name), text):
            gap = m.start() - end if m.start() >= end else (start - m.end() if m.end() <= start else 0)
            gap = gap if lang == "zh" else len(_EN_TOKEN.findall(text[min(end, m.end()):max(start, m.start())]))
            best = min(best, float(gap))
    return best


def _cap_runs(info, text) -> list[tuple[int, int]]:
    out = []
    q_norm = normalize(info.text)
    for m in _CAP_RUN.finditer(text):
        start, end = m.start(), m.end()
        phrase = text[start:end]
        title = _TITLES_EN.match(phrase)
        possessive = re.search(r"[’']s?(?=\s|$)", phrase)  # "William Tyndale's English Bible" → the owner
        if possessive and not _ORG_WORDS.search(phrase[possessive.end():]):  # not "People’s Government"
            end = start + possessive.start()
        while end > start and text[end - 1] in ".’'":
            end -= 1
        first = re.match(r"[A-Za-z]+\s+", phrase)
        if first and (first.group(0).strip().lower() in EN_STOPWORDS | LEADING_WORDS):
            start += first.end()  # "Besides AFSN, …", "In Nairobi …": the capitalised opener is not part of a name
            phrase = text[start:end]
        if m.start() == 0 and len(phrase.split()) == 1:
            continue  # a sentence-initial capital is not a name
        if normalize(text[start:end]) in q_norm or all(w.lower() in EN_STOPWORDS for w in phrase.split()):
            continue
        rest = text[start + title.end():end] if title else ""
        if title and rest.strip() and not _ORG_WORDS.search(rest) and rest[:1] not in "-–":
            out.append((start + title.end(), end))  # "Chair Ismail El Gizouli" → the name
        elif title and rest.strip():
            out.append((start, end))  # "Deputy Secretary-General of … Government": a post, kept whole
        elif not title:
            out.append((start, end))
    return out


@functools.lru_cache(maxsize=TOKEN_CACHE_SIZE)
def _tagged(text: str) -> tuple[tuple[str, str], ...]:
    return tuple((w, f) for w, f in pos_tagger().cut(text))


def _zh_words_tagged(text: str, tags: AbstractSet[str]):
    """Words of two or more characters that jieba tags with one of ``tags``, as matches with their offsets."""
    found = []
    pos = 0
    for word, flag in _tagged(text):
        if flag in tags and len(word) >= 2:
            found.append(_FakeMatch(word, pos))
        pos += len(word)
    return found


def names_zh_person(text: str) -> bool:
    """The Chinese text names a person: a word jieba tags as a person's name, not one among places, nor a role noun
    it mistakes for one (申请人, 负责人: they end like a role)."""
    return bool(CJK_RE.search(text)) and any(not ZH_ROLE_ENDING.search(m.group(0)) for m in _zh_names(text))


def _zh_names(text: str):
    """Words jieba tags as a person's name, except one listed among places (巴基斯坦、*尼泊尔*、孟加拉国)."""
    tagged = _tagged(text)
    out, pos = [], 0
    for i, (word, flag) in enumerate(tagged):
        if (flag == "nr" and len(word) >= 2 and not _listed_with_places(tagged, i) and not _PLACE_ENDING.search(word)
                and not _before_place_word(tagged, i)):
            out.append(_FakeMatch(word, pos))
        pos += len(word)
    return _with_dotted_names(text, out)


def _before_place_word(tagged: tuple[tuple[str, str], ...], i: int) -> bool:
    """The word at ``i`` begins a place's or a body's name: 怀柔 in 怀柔科学城, 怀柔区委 (jieba tags it "nr")."""
    if i + 1 >= len(tagged):
        return False
    word, flag = tagged[i + 1]
    return flag in ("ns", "nt") or word[:1] in "区市县省镇村城" or bool(_PLACE_ENDING.search(word))


def _listed_with_places(tagged: tuple[tuple[str, str], ...], i: int) -> bool:
    """The word at ``i`` stands in an enumeration (、 和 与 及) next to a word jieba tags as a place."""
    for step in (-2, 2):
        j = i + step
        if 0 <= j < len(tagged) and tagged[i + step // 2][0] in LIST_JOINERS_ZH and tagged[j][1] in ("ns", "nrt"):
            return True
    return False


def _zh_tagged_names(text: str):
    return _with_dotted_names(text, _zh_words_tagged(text, set(ZH_NAME_TAGS)))


def _with_dotted_names(text: str, found: list) -> list:
    """Tagged names with the transliterated names jieba cuts at their dot ("玛丽·麦特琳", not "玛丽") in their place."""
    dotted = [(a + 1 if text[a] in ZH_DANGLING_STARTS and text[a + 1:a + 2] != "·" else a, b)
              for a, b in dotted_names(text)]  # "由约翰·埃尔维保持": the particle is not the name's
    kept = [m for m in found if not any(a <= m.start() < b for a, b in dotted)]
    return sorted(kept + [_FakeMatch(text[a:b], a) for a, b in dotted], key=lambda m: m.start())


def _zh_places(text: str):
    return _zh_words_tagged(text, {"ns", "nt"})


class _FakeMatch:
    lastindex = None

    def __init__(self, word: str, start: int) -> None:
        self.word, self._start = word, start

    def start(self, group: int = 0) -> int:
        return self._start

    def end(self, group: int = 0) -> int:
        return self._start + len(self.word)

    def group(self, group: int = 0) -> str:
        return self.word


def _initials(phrase: str) -> str:
    return "".join(w[0] for w in phrase.split() if w[:1].isupper())


def _render_year(year: str, lang: str) -> str:
    return f"{year}年" if lang == "zh" else year


def _render_date(span: str, lang: str) -> str:
    """A date in the asker's language when it can be read: 4 November 2018 ↔ 2018年11月4日."""
    zh = re.fullmatch(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(?:(\d{1,2})\s*[日号])?", span.strip())
    if lang == "en" and zh:
        year, month, day = zh.groups()
        names = [k for k, v in MONTH_NUMBERS.items() if v == int(month)]  # "may" is both its name and abbreviation
        if not names:
            return span  # not a month (13月): shown as written
        name = max(names, key=len).capitalize()
        return " ".join(p for p in (day, name, year) if p)
    if lang == "zh" and not re.search(r"[\u4e00-\u9fff]", span):
        month = re.search(MONTHS, span, re.I)
        if not month:
            return span
        numbers = re.findall(r"\d+", span)
        year = next((n for n in numbers if len(n) == 4), None)
        day = next((n for n in numbers if len(n) <= 2), None)
        weekday = _WEEKDAY.search(span)
        out = (
            (f"{year}年" if year else "")
            + f"{MONTH_NUMBERS[month.group(0).lower()[:3]]}月"
            + (f"{int(day)}日" if day else "")
        )
        return out + (
            f"（{WEEKDAY_EN_ZH[weekday.group(0).lower()]}）"
            if weekday and weekday.group(0).lower() in WEEKDAY_EN_ZH
            else ""
        )
    return span


@functools.lru_cache(maxsize=1)
def _jieba():
    from rag.text import _jieba as load

    return load()


_FINDERS = {
    "weekday": _weekday,
    "date": _date,
    "number": _number,
    "who": _who,
    "where": _where,
    "email": _regex_finder(EMAIL),
    "url": _web_address,
    "phone": _regex_finder(PHONE),
    "acronym": _acronym,
    "list": _list,
    "definition": _definition,
    "why": _reason,
}
# no generic fallback for these kinds: the span is of that kind or nothing
_STRICT = {"weekday", "email", "url", "phone", "acronym", "who", "number"}
