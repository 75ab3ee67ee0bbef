"""Spans of the wrong sort are no short answer: a clock hour for a count, a share for a count."""
import pytest

from rag.questions import analyse
from rag.short_answer import extract

pytestmark = pytest.mark.unit


def _short(question: str, text: str, lang: str) -> str | None:
    span = extract(analyse(question), text, lang)
    return None if span is None else span.display


@pytest.mark.parametrize("question, text, lang", [
    ("2026年资助了多少名访问学者？", "截止时间为2026年9月30日（星期三）17:00（北京时间）。", "zh"),
    ("How many 🚀 rockets were launched by the team?", "The deadline is 30 June at 17:00 Beijing time.", "en"),
    ("How many proposals did the TAC receive for 2026B?",
     "From 2026B at least 30 per cent of the time goes to them.", "en"),
    ("ANSO-UAQ网络收到了多少份观测申请？", "至少30%的观测时间分配给中国以外的申请人。", "zh"),
])
def test_no_count_from_a_clock_time_or_a_share(question, text, lang):
    assert _short(question, text, lang) is None


@pytest.mark.parametrize("question, text, lang, expected", [
    ("How many participants joined the 🌏 workshop?", "The workshop closed at 17:00 with 64 participants.", "en", "64"),
    ("What percentage of the time went to 🔭 proposals from abroad?", "At least 30 per cent of the time went to them.",
     "en", "30 per cent"),
    ("联盟资助了多少名学员？", "联盟于9:30宣布资助20名学员。", "zh", "20名"),
])
def test_counts_and_shares_still_answer(question, text, lang, expected):
    shown = _short(question, text, lang)
    assert shown is not None and expected in shown


@pytest.mark.parametrize("line, worded", [("1.", False), ("（2）", False), ("3) 🚀", False), ("Eleven 🚀", True),
                                          ("第1条", True), ("2. Opening", True)])
def test_a_list_number_line_says_nothing_an_answer_could_quote(line, worded):
    from rag.extractive import WORDED
    assert bool(WORDED.search(line)) is worded
