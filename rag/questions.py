"""What a question asks: its language, its type (when / who / where / how many …), follow-ups."""
from __future__ import annotations

import re
from dataclasses import dataclass

from rag.markers import strip_markers
from rag.text import detect_lang
from rag.types import Turn

MONTHS = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|星期[一二三四五六日天]|周[一二三四五六日]|礼拜[一二三四五六日天])"

# (type, question pattern, evidence pattern): a typed question needs evidence of its kind.
QUESTION_TYPES: list[tuple[str, re.Pattern, re.Pattern]] = [
    ("weekday",
     re.compile(r"day of the week|what weekday|which weekday|星期几|周几|礼拜几", re.I),
     re.compile(WEEKDAYS, re.I)),
    ("date",
     re.compile(r"\bwhen\b|what (?:date|day|year|month)|which (?:date|day|year|month)|in what year|"
                r"什么时候|何时|哪一?天|几月|几号|哪一?年|什么日期|日期是|什么时间|发布时间", re.I),
     re.compile(rf"\d{{4}}\s*年|\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|\b(?:1[89]|20)\d{{2}}\b|\b{MONTHS}\b|{WEEKDAYS}|"
                r"anniversary|周年|\d{4}-\d{2}-\d{2}", re.I)),
    ("number",
     re.compile(r"how many|how much|how long|what number|how old|what percentage|多少|几个|几位|几家|几次|几名|数量|多长|多久", re.I),
     re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|dozens?|hundreds?)\b|"
                r"[一二两三四五六七八九十百千万首][个位家次名年项届]", re.I)),
    ("who",
     re.compile(r"^\s*(?:and\s+)?who\b|\bwhom\b|\bwhose\b|which person|\bwho (?:is|was|were|are)\b|谁|哪位|什么人|姓名|名字", re.I),
     re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b|院长|书记|主席|总理|秘书长|主任|部长|总统|教授|院士|"
                r"科学院|政府|委员会|大学|组织|机构")),
    ("where",
     re.compile(r"\bwhere\b|which (?:city|country|place|location|region|continent)s?|in what (?:city|country|place)|"
                r"哪里|哪儿|何地|在哪|什么地方|哪个城市|哪座城市|哪些国家|哪个国家|来自哪", re.I),
     re.compile(r"\b(?:in|at|from|to)\s+(?:the\s+)?[A-Z][a-z]+|\b(?:Beijing|China|Asia|Europe|Africa|America)\b|"
                r"北京|在京|[省市区县国洲城]|亚洲|欧洲|非洲")),
]

_FOLLOW_UP = re.compile(
    r"\b(?:he|she|it|they|him|her|his|its|their|them|this|that|these|those|the same|also|other)\b|"
    r"他|她|它|其|该|此|这个|那个|这些|那些|上述|还有|另外|其他|其它", re.I)


@dataclass
class QuestionInfo:
    text: str
    lang: str
    qtype: str | None
    evidence: re.Pattern | None
    follow_up: bool

    def with_lang(self, lang: str) -> "QuestionInfo":
        """The same question answered in ``lang`` (a condensed follow-up keeps the user's language)."""
        return QuestionInfo(self.text, lang, self.qtype, self.evidence, self.follow_up)


def analyse(question: str, has_history: bool = False) -> QuestionInfo:
    lang = detect_lang(question, default="en")
    qtype, evidence = None, None
    for name, pattern, cue in QUESTION_TYPES:
        if pattern.search(question):
            qtype, evidence = name, cue
            break
    follow_up = has_history and bool(_FOLLOW_UP.search(question))
    return QuestionInfo(question, lang, qtype, evidence, follow_up)


def previous_turn_terms(history: list[Turn], limit: int = 400) -> str:
    """Key text of the previous turn (question and answer, markers removed) for follow-ups."""
    return strip_markers(" ".join(turn.content for turn in history[-2:]))[:limit]
