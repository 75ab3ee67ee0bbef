"""What a question asks: its language, its type (when / who / where / how many …), follow-ups."""
from __future__ import annotations

import re
from dataclasses import dataclass

from rag.markers import strip_markers
from rag.text import ZH_MEASURE_WORDS, ZH_NUMERAL_CHARS, coverage_terms, question_lang
from rag.types import Turn

_COUNT_MEASURES = ZH_MEASURE_WORDS.replace("月", "")  # 几*座*桥 asks a count; 几月 asks a date

MONTHS = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|星期[一二三四五六日天]|周[一二三四五六日]|礼拜[一二三四五六日天])"

# "What actor …", "Which German ruler …", "What German general and fighter pilot …", "…, what was his name?": a person
_PERSON_ASKED = (r"\b(?:what|which)\s+(?:(?!(?:did|does|do|is|was|were|are|has|have|had|the|a|an)\b)[\w-]+\s+){0,2}"
                 r"(?:actor|actress|ruler|king|queen|emperor|general|pilot|"
                 r"quarterback|scientist|physicist|chemist|geologist|philosopher|theologian|reformer|poet|composer|"
                 r"singer|painter|artist|architect|inventor|explorer|politician|member of parliament|minister|"
                 r"prime minister|businessman|player|man|woman|person)(?![\w-])"
                 r"(?!\s+(?:of|'s|’s|positions?|names?|teams?|roles?)\b)|"
                 r"\bwhat (?:was|is) (?:his|her|their) name\b")

# (type, question pattern, evidence pattern): a typed question needs evidence of its kind.
# an e-mail address is ASCII: Chinese glued to it ("发送至a@b.org联系") is not part of it
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
URL = re.compile(r"https?://[^\s<>\"“”'（）()，。]+|www\.[^\s<>\"“”'（）()，。]+")
PHONE = re.compile(r"\+?\d[\d\s()-]{6,}\d")

# "Where can I download / follow …", 在哪里下载 / 关注: a place on the web, so a web address answers; "Where do I
# register / submit …", 在哪里报名 / 提交: a web address or an e-mail address answers
WEB_ACTIONS_EN = r"download\w*|follow\w*|subscrib\w*|stream\w*|watch\w*|online"
WEB_ACTIONS_ZH = r"下载|关注|订阅|直播|观看|收看|在线|网上"
SEND_ACTIONS_EN = r"appl(?:y|ies|ied|ying|ications?)|regist\w*|sign(?:s|ed|ing)?\s+up|submi\w*|upload\w*"
SEND_ACTIONS_ZH = r"报名|注册|提交|上传"
_WHERE_ZH = r"(?:在哪|哪里|哪儿|何处|什么地方)"


def _where_doing(actions_en: str, actions_zh: str) -> str:
    """A where-question about doing one of the actions ("Where can I download …", "下载…在哪里")."""
    en = rf"(?:{actions_en})"
    return (rf"\bwhere\b[^?？]*\b{en}\b|\b{en}\b[^?？]*\bwhere\b|"
            rf"{_WHERE_ZH}[^?？]{{0,12}}(?:{actions_zh})|(?:{actions_zh})[^?？]{{0,12}}{_WHERE_ZH}")


WHERE_ON_WEB = re.compile(_where_doing(WEB_ACTIONS_EN, WEB_ACTIONS_ZH), re.I)
WHERE_TO_SEND = re.compile(_where_doing(SEND_ACTIONS_EN, SEND_ACTIONS_ZH), re.I)
URL_WORDS = re.compile(r"\bweb ?(?:site|page|address)|\burl\b|\blink\b|网址|网站|链接", re.I)
# what answers "Where do I register?": a web address, or an e-mail address to register by
WEB_OR_MAIL = re.compile(f"{URL.pattern}|{EMAIL.pattern}")

QUESTION_TYPES: list[tuple[str, re.Pattern, re.Pattern]] = [
    ("acronym",
     re.compile(r"stand for|full (?:name|form|title)|abbreviat|acronym|short for|缩写|全称|简称|全名", re.I),
     re.compile(r"\b[A-Z][A-Za-z&]*[A-Z]\b|[(（]\s*[A-Z]{2,}")),
    ("email",
     re.compile(r"e-?mail|电子邮[件箱]|邮箱", re.I), EMAIL),
    ("url",
     re.compile(f"{URL_WORDS.pattern}|{WHERE_ON_WEB.pattern}|{WHERE_TO_SEND.pattern}", re.I), URL),
    ("phone",
     re.compile(r"phone|telephone|\bfax\b|电话|传真|手机", re.I), PHONE),
    ("weekday",
     re.compile(r"day of the week|what weekday|which weekday|星期几|周几|礼拜几", re.I),
     re.compile(WEEKDAYS, re.I)),
    ("date",
     re.compile(r"\bwhen\b|what (?:date|day|year|month|decade|century)|which (?:date|day|year|month|decade|century)|"
                r"in what year|什么年代|哪个年代|"
                r"\bdeadline\b|\bdue date\b|\bclosing date\b|截止日期|截止时间|what time\b|time of day|at what hour|几点|几时|"
                r"什么时候|何时|哪一?天|几月|几号|哪一?年|哪些年|哪个(?:世纪|年代)|什么日期|日期是|什么时间|发布时间", re.I),
     re.compile(rf"\d{{4}}\s*年|\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|\b(?:1[89]|20)\d{{2}}\b|\b{MONTHS}\b|{WEEKDAYS}|"
                r"anniversary|周年|\d{4}-\d{2}-\d{2}|\b1\d{3}s?\b|\b\d{1,2}(?:st|nd|rd|th) century|\d{1,2}\s*世纪|公元|"
                r"\b(?:\w+teenth|twentieth|twenty-first|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                r"eleventh|twelfth)[- ]century\b", re.I)),
    ("number",
     re.compile(rf"how many|how much|how long|what number|how old|what percentage|多大年纪|多大岁数|多少|(?<!哪)几[{_COUNT_MEASURES}]|数量|多长|多久|"
                r"\b(?:stipend|salary|allowance|fee|cost|price|budget|amount)s?\b|津贴|补贴|工资|费用|预算|金额", re.I),
     re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|dozens?|hundreds?)\b|"
                rf"[{ZH_NUMERAL_CHARS}首][{ZH_MEASURE_WORDS}]", re.I)),
    ("who",
     re.compile(r"^\s*(?:and\s+)?who\b|\bwhom\b|\bwhose\b|which person|\bwho (?:is|was|were|are)\b|谁|哪位|什么人|姓名|名字|"
                rf"{_PERSON_ASKED}|姓什么", re.I),
     re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b|院长|书记|主席|总理|秘书长|主任|部长|总统|教授|院士|"
                r"局长|所长|校长|会长|理事长|处长|馆长|司长|厅长|市长|省长|主编|研究员|"
                r"科学院|政府|委员会|大学|组织|机构|"
                # a single name inside an English sentence (not its first word), a transliterated name (卡万·肖特),
                # a Latin name in a Chinese sentence, a Chinese word for a team, group or role, or a passive's agent
                r"\b(?:founded|established|led|chaired|organi[sz]ed|written|signed|created|made) by\b|由[^，。]{2,}|"
                rf"(?<=\S\s)(?!{MONTHS}\b|{WEEKDAYS})[A-Z][a-z]{{2,}}|"
                r"[\u4e00-\u9fff]{1,8}[·•・][\u4e00-\u9fff]{1,8}|[\u4e00-\u9fff][A-Z][a-z]+|"
                r"[\u4e00-\u9fff](?:队|者|家|族|派|公司|协会|学会|国王|皇帝|王朝|将军|教皇|主教|医生|总督)")),
    ("list",
     re.compile(r"^\s*(?:and\s+)?which \w+(?:s|ies)\b|^\s*what (?:\w+ ){0,2}(?:topics|countries|organi[sz]ations|institutions|"
                r"courses|subjects|areas|fields|activities|issues|networks|programmes|programs)\b|\blist\b|哪些|哪几", re.I),
     re.compile(r"、|，|,|\band\b|和|及|以及")),
    ("where",
     re.compile(r"\bwhere\b|which (?:city|country|place|location|region|continent)s?|in what (?:city|country|place)|"
                r"哪里|哪儿|何地|在哪(?![一个些]?(?:年|世纪|年代|天|月|场|集|次|位|种))|什么地方|哪个城市|哪座城市|哪些国家|哪个国家|来自哪", re.I),
     re.compile(r"\b(?:in|at|from|to)\s+(?:the\s+)?[A-Z][a-z]+|\b(?:Beijing|China|Asia|Europe|Africa|America)\b|"
                r"北京|在京|[省市区县国洲城]|亚洲|欧洲|非洲")),
]

# question types chosen by where their question word stands (the earliest wins); the others win wherever they match
POSITIONAL_TYPES = frozenset({"date", "number", "who", "list", "where"})
# an acronym: capitals ("ANSO", "R&D", "CAS"), or a lower-case prefix before them ("pXRF", "mRNA")
_ABBR = re.compile(r"(?<![A-Za-z])(?:[A-Z][A-Za-z&]*[A-Z]|[a-z][A-Z]{2,}[A-Za-z]*)(?![A-Za-z])")
_FOLLOW_UP = re.compile(
    r"\b(?:he|she|it|they|him|her|his|its|their|them|this|that|these|those|the same|also|other)\b|"
    r"他|她|它|其|该|此|这个|那个|这些|那些|上述|还有|另外|其他|其它", re.I)


# untyped questions whose answer is a sentence, not a span
SENTENCE_KINDS: list[tuple[str, re.Pattern]] = [
    # 为什么 / 目的 inside a verb or a noun ask no reason: 称为什么 / 重新表述为什么？ ("is called / restated as what"),
    # 目的地 (destination)
    ("why", re.compile(r"\bwhy\b|for what reason|(?<![称名成作认视改变分译])为什么(?![？?!！。\s]*$)|为何|原因|目的(?!地)|意义",
                       re.I)),
    # "state" in lower case only: "State Route 168", "Ohio State" name things
    ("say", re.compile(r"\b(?:say|said|says|(?-i:state|stated)|point(?:ed)? out|stress(?:ed)?|note[sd]?)\b|说了什么|讲了什么|指出|表示了?什么|强调", re.I)),
]
# a question about the page itself: when or by whom it was published (its dateline or source line answers)
PUBLISHING = re.compile(r"\b(?:publish(?:ed|es|er)?|post(?:ed)?|releas(?:ed|e)|issu(?:ed|e)|dated?|source|circulated|"
                        r"sent out|wrote|written|author(?:ed)?|reporter|byline)\b|发布|发表|刊登|刊发|来源|出处|印发|下发|签发|发出|发文|(?<=[天候号])发(?:的|了|布)|作者|撰稿|撰写|执笔|记者|谁写|落款", re.I)
# a question asking who wrote the page ("Who wrote the story?", 作者是谁): its byline answers, not its publisher
WRITER = re.compile(r"\b(?:wrote|written|author(?:ed)?|reporter|byline)\b|作者|撰稿|撰写|执笔|记者|谁写", re.I)
PAGE_NOUN = re.compile(r"\b(?:article|report|page|news|announcement|notice|story|item|document|call|press release|"
                       r"minutes|memo|bulletin)s?\b|报道|文章|新闻|页面|网页|通知|公告|消息|稿件|这篇|纪要|简报|通报|公报|启事|"
                       r"工作总结", re.I)
# a document's signature line (落款): only a page has one, whatever the question calls the page
SIGNATURE = re.compile(r"落款")
DEFINITION = re.compile(r"^\s*what (?:is|are|was|were)\b|what kind of|what type of|how does .* define|是什么|什么是|是指|是一个什么", re.I)


@dataclass
class QuestionInfo:
    text: str
    lang: str
    qtype: str | None
    evidence: re.Pattern | None
    follow_up: bool
    kind: str | None = None  # "why" / "say" (a sentence answers) / "definition" for untyped questions
    about_page: bool = False  # asks when or by whom the page itself was published

    def with_lang(self, lang: str) -> "QuestionInfo":
        """The same question answered in ``lang`` (a condensed follow-up keeps the user's language)."""
        return QuestionInfo(self.text, lang, self.qtype, self.evidence, self.follow_up, self.kind, self.about_page)

# an elliptical question: opens with "and / what about / 那 / 那么 / 还有" or ends with 呢
_ELLIPSIS = re.compile(r"^\s*(?:and|so|then|what about|how about)\b|^\s*(?:那么|那|还有|然后)|呢\s*[？?]?\s*$", re.I)
FOLLOW_UP_MAX_OWN_TERMS = 1  # with history, a question with at most this many content terms of its own is a follow-up
_QUESTION_WORD_TERMS = coverage_terms("who whom what when where which why how many much 谁 什么 哪里 哪儿 何时 几 多少 哪些 为什么")


# a preposition placing something on a web page or a line, up to three words before the contact word
# ("signed on an online petition on the Parliamentary *website*", 在议会*网站*的在线请愿书上)
# (a question word between them asks the address itself: "and on *what* phone number?", 在哪个网站)
_PLACING = re.compile(r"\b(?:on|at|in|via|through|from)\s+(?:(?!(?:what|which|whose)\b)[\w-]+\s+){0,3}$|"
                      r"(?:在|通过|从)(?:(?![哪什何])[\u4e00-\u9fff]){0,6}$", re.I)
_CONTACT_TYPES = frozenset({"url", "phone", "email"})


def _contact_as_place(question: str, name: str, match: re.Match) -> bool:
    """A web page or a phone line the question only places its fact on, after a question word that asks a count,
    a date or a person ("How many names were signed … on the website?", 多少人在议会网站…签名): no address is asked."""
    if name not in _CONTACT_TYPES or not _PLACING.search(question[:match.start()]):
        return False
    earlier = [pattern.search(question[:match.start()]) for n, pattern, _ in QUESTION_TYPES if n in ("number", "date", "who")]
    return any(m is not None for m in earlier)


def question_type(question: str) -> tuple[str | None, re.Pattern | None]:
    """The asked type and the evidence cue it needs. A contact or acronym cue anywhere decides; otherwise the
    earliest question word does ("How old was he *when* …" asks a number, "Who led *when* …" a name)."""
    found = []
    for order, (name, pattern, cue) in enumerate(QUESTION_TYPES):
        match = pattern.search(question)
        if match is None:
            continue
        if name not in POSITIONAL_TYPES:
            if _contact_as_place(question, name, match):
                continue
            return name, cue
        found.append((match.start(), order, name, cue))
    if not found:
        return None, None
    _, _, name, cue = min(found)
    return name, cue


def analyse(question: str, has_history: bool = False) -> QuestionInfo:
    lang = question_lang(question, default="en")
    qtype, evidence = question_type(question)
    if qtype == "acronym":  # "What does HSC stand for?": evidence spells HSC out
        asked = _ABBR.findall(question)
        if asked:
            names = "|".join(re.escape(a) for a in asked)
            # "… (ANSO)", "…（ANSO，以下简称“联盟”）", "ANSO, the …"
            evidence = re.compile(rf"[(（]\s*(?:{names})\s*[)）,，;；]|(?<![A-Za-z])(?:{names})\s*[,，(（]\s*(?:the\s+)?[A-Z]")
    if qtype == "url" and not (URL_WORDS.search(question) or WHERE_ON_WEB.search(question)):
        evidence = WEB_OR_MAIL  # "Where do I register?" asks no web address by name: an e-mail address may answer
    follow_up = has_history and is_follow_up(question)
    kind = qtype
    if qtype is None:
        kind = next((name for name, pattern in SENTENCE_KINDS if pattern.search(question)), None)
        if kind is None and DEFINITION.search(question):
            kind = "definition"
    about_page = bool(PUBLISHING.search(question) and (PAGE_NOUN.search(question) or SIGNATURE.search(question)))
    return QuestionInfo(question, lang, qtype, evidence, follow_up, kind, about_page)


def retrieval_cue(info: QuestionInfo) -> re.Pattern | None:
    """The text a typed question cannot be answered without, for retrieval to make sure one chunk holds it: the
    acronym in brackets after what it stands for ("… (ANSO)") or before it ("ANSO (…)"), an e-mail address, a URL,
    a telephone number, a weekday. None for other questions (dates and names are everywhere)."""
    if info.qtype == "acronym":
        asked = _ABBR.findall(info.text)
        names = "|".join(re.escape(a) for a in asked)
        return re.compile(rf"[(（]\s*(?:{names})\s*[)）,，;；]|(?<![A-Za-z])(?:{names})\s*[(（]\s*[A-Z]") if asked else None
    return info.evidence if info.qtype in ("email", "url", "phone", "weekday") else None


def is_follow_up(question: str) -> bool:
    """A question that leans on the previous turn: a pronoun ("who attended it?"), an elliptical opener or
    ending ("And who attended?", "那谁出席了？", "秘书长呢？"), or almost nothing of its own to look up."""
    if _FOLLOW_UP.search(question) or _ELLIPSIS.search(question):
        return True
    return len(coverage_terms(question) - _QUESTION_WORD_TERMS) <= FOLLOW_UP_MAX_OWN_TERMS


def previous_answer(history: list[Turn]) -> str:
    """The previous assistant reply's short answer (its first line, when it has one), markers removed."""
    for turn in reversed(history or []):
        if turn.role == "assistant":
            text = turn.content.strip()
            return strip_markers(text.split("\n", 1)[0]).strip() if "\n" in text else ""
    return ""


def previous_turn_terms(history: list[Turn], limit: int = 400) -> str:
    """Key text of the previous turn (question and answer, markers removed) for follow-ups."""
    return strip_markers(" ".join(turn.content for turn in history[-2:]))[:limit]
