"""A count, a duration or a date of the wrong sort is no short answer: a sum of money or a number of hours for "how
many <things>", a count of things for "how long", a bare year for "which day" or for another year than the
question's."""
import pytest

from rag.questions import analyse
from rag.short_answer import extract

pytestmark = pytest.mark.unit


def _short(question: str, text: str, lang: str) -> str | None:
    span = extract(analyse(question), text, lang)
    return None if span is None else span.display


@pytest.mark.parametrize("question, text, lang", [
    ("How many 🔭 observers did ANSO have at the end of 2025?", "In 2025 they ran 9,840 hours.", "en"),
    ("How many places will the summer school offer?", "The Committee set aside USD 95,000 for it.", "en"),
    ("海岸带夏季学校招收多少名学员？🌊", "The programme ends with a three-day boat-based field practical.", "en"),
    ("联合实验室的首期建设期有多长？", "让传统知识更好地服务于两国人民的健康 🌿。", "zh"),
    ("How long is the ACET 🚀 seed grant?", "Each project must involve at least two ACET member institutions.", "en"),
    ("ACET种子基金最多资助多少个项目？", "每个项目最多资助4万美元。", "zh"),
])
def test_no_count_or_duration_of_the_wrong_unit(question, text, lang):
    assert _short(question, text, lang) is None


@pytest.mark.parametrize("question, text, lang, expected", [
    ("How many days does the 🚢 field practical last?", "The programme ends with a three-day field practical.", "en",
     "three"),
    ("How many participants joined the workshop?", "The workshop had 64 participants over 3 days.", "en", "64"),
    ("How many dollars did the 🌞 lab receive?", "The lab received USD 95,000.", "en", "95,000"),
    ("联合实验室的首期建设期有多长？", "首期建设期为三年（2026—2028年），联盟资助300万元人民币。", "zh", "三年"),
    ("向OAPF提交申请后，秘书处多久给出结果？", "秘书处在收到申请后15个工作日内给出结果。", "zh", "15个工作日"),
    ("How long does the secretariat take to decide?", "It decides within 15 working days.", "en", "15 working days"),
    ("Mixed 混合: how many 学员 (participants) attended?", "共有30名学员 (30 participants) 出席。", "zh", "30"),
])
def test_counts_and_durations_of_the_asked_unit_still_answer(question, text, lang, expected):
    shown = _short(question, text, lang)
    assert shown is not None and expected in shown


@pytest.mark.parametrize("question, text, lang", [
    ("When did the field campaign of the 2024 🏔 expedition take place?",
     "The 2025 expedition was the third; the first two, in 2023 and 2024, worked only in the Tianshan.", "en"),
    ("联盟博士后项目的申报通知是哪天印发的？", "现将2027年度申报工作有关事项通知如下 📄：", "zh"),
    ("When will the laureates of the 2026 award be announced?", "The 2025 laureates were announced in 2025.", "en"),
])
def test_no_bare_year_for_a_day_or_for_another_year(question, text, lang):
    assert _short(question, text, lang) is None


@pytest.mark.parametrize("question, text, lang, expected", [
    ("When did the 2024 🏔 campaign take place?", "The 2024 campaign ended on 20 August 2024.", "en", "20 August 2024"),
    ("联盟博士后项目的申报通知是哪天印发的？", "本通知于2026年11月20日印发 📄。", "zh", "2026年11月20日"),
    ("When was ANSO founded?", "ANSO was founded in 2018 🎉.", "en", "2018"),
    ("联盟是哪一年成立的？", "联盟于2018年成立。", "zh", "2018"),
])
def test_days_and_asked_years_still_answer(question, text, lang, expected):
    shown = _short(question, text, lang)
    assert shown is not None and expected in shown
