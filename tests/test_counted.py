"""A count that counts another thing ("How many applications" → "40 participants") is no short answer.
Both languages, emoji and mixed scripts."""
import pytest

from rag.counted import counted_noun, counts_another_thing
from rag.questions import analyse
from rag.short_answer import extract

pytestmark = pytest.mark.unit


def count_of(question: str, text: str, number: str) -> bool:
    start = text.index(number)
    return counts_another_thing(question, text, start, start + len(number))


def shown(question: str, text: str, lang: str) -> str | None:
    span = extract(analyse(question), text, lang)
    return span.display if span is not None and span.shown else None


def test_the_noun_a_number_counts_ends_at_a_preposition_or_a_verb():
    text = "It had 12 telescopes at nine sites 🔭; 17 are doctoral students; one of three ANSO awards, alongside two."
    assert counted_noun(text, text.index("12") + 2) == ["telescopes"]
    assert counted_noun(text, text.index("three") + 5) == ["anso", "awards"]
    assert counted_noun(text, text.index("17") + 2) == []
    along = "participants measured peat depth at 40 points along a 2-kilometre transect 🌱"
    assert counted_noun(along, along.index("40") + 2) == ["points"]  # a preposition or an article ends it


def test_a_count_of_points_along_a_transect_answers_no_how_many_researchers():
    text = ("Participants measured peat depth with a peat auger at 40 points along a 2-kilometre transect, "
            "took soil cores and measured carbon dioxide fluxes.")
    assert shown("How many postdoctoral researchers took part in the peatland course? 🧪", text, "en") is None


@pytest.mark.parametrize("question, text, number", [
    ("How many applications did the coastal summer school receive?", "The school is open to 40 participants.", "40"),
    ("How many nominations did the award receive in 2022? 🏆", "It is one of three ANSO awards, alongside two.",
     "three"),
    ("How many species had the partnership conserved by 2026?", "The Secretariat trained 85 garden staff in 2026.",
     "85"),
    ("How many observers did ANSO have at the end of 2025?", "The network had 12 telescopes at nine sites.",
     "12"),
    ("How many observers did 联盟 have at the end of 2025?", "The network had 12 telescopes at nine sites.", "12"),
])
def test_a_number_counting_another_thing_is_not_the_count(question, text, number):
    assert count_of(question, text, number)


@pytest.mark.parametrize("question, text, number", [
    ("How many telescopes did the network have? 🔭", "The network had 12 telescopes at nine sites.", "12"),
    ("How many researchers were on board?", "48 scientists from nine countries were on board.", "48"),
    ("How many participants attended the 培训班?", "28 trainees from six countries attended.", "28"),
    ("How many member institutions did the network have?", "It had 46 member institutions in 2025.", "46"),
    ("How many papers did the lab publish in 2025?", "It published 27 papers in 2026, compared with 14 in 2025.",
     "14"),
    ("How many fellowships will be awarded?", "Up to 25 fellowships will be awarded.", "Up to 25"),
    ("有多少名学员来自尼泊尔？", "28 trainees from six countries attended.", "28"),
])
def test_a_number_counting_the_asked_thing_or_nothing_is_kept(question, text, number):
    assert not count_of(question, text, number)


def test_the_short_answer_skips_a_number_of_another_thing():
    text = "The summer school 🌊 is open to 40 participants and received 212 applications."
    assert shown("How many applications did the summer school receive?", text, "en") == "212"
    assert shown("How many applications did the summer school receive?",
                 "The summer school is open to 40 participants.", "en") is None
    assert shown("How many participants can the summer school take?", text, "en") == "40"


def test_people_are_counted_under_any_person_noun():
    question = "How many people took part in the 2025 expedition? 🏔"
    text = "The campaign involved 31 scientists, students and mountain guides from five countries."
    assert not count_of(question, text, "31")
    assert count_of(question, text, "five")
    assert shown(question, text, "en") == "31 scientists"


GLOSSES = {"科学家": ("scientist",), "项目": ("item", "project"), "申请": ("applic",)}  # a fixed zh → en gloss table


def translate(word: str) -> tuple[str, ...]:
    return GLOSSES.get(word, ())


@pytest.mark.parametrize("question, text, number, other", [
    ("EIOC-2航次船上有多少名科学家？🚢", "It left with 48 scientists from nine countries on board.", "nine", True),
    ("EIOC-2航次船上有多少名科学家？🚢", "It left with 48 scientists from nine countries on board.", "48", False),
    ("ACET的种子基金最多资助多少个项目？", "Each project involves at least two ACET member institutions.", "two",
     True),
    ("ACET的种子基金最多资助多少个项目？", "The call will fund up to 10 projects.", "10", False),
    ("ACET的种子基金一共有多少钱？", "The call has USD 400,000 a year.", "400,000", False),
])
def test_a_chinese_count_question_is_matched_through_translations(question, text, number, other):
    start = text.index(number)
    assert counts_another_thing(question, text, start, start + len(number), translate) is other
    assert not counts_another_thing(question, text, start, start + len(number))  # no lexicon: not judged


@pytest.mark.parametrize("question, text, number", [
    ("How many square miles does the forest cover? 🌳", "The forest covers 2,100,000 sq mi.", "2,100,000"),
    ("How many square miles does the forest cover?", "The forest covers 5,400,000 square kilometres.", "5,400,000"),
    ("冰川面积有多少平方公里？ How many km²?", "The glacier covers 902 hectares.", "902"),
])
def test_a_measure_is_not_judged_as_a_count_of_things(question, text, number):
    assert not count_of(question, text, number)


@pytest.mark.parametrize("question, text, expected", [
    ("联盟科研仪器共享平台的安全培训考核不合格，可以补考几次？🔬",
     "用户须参加安全与操作培训，培训时间不少于4学时，考核合格后方可独立上机。", None),  # hours, not times
    ("可以补考几次？", "考核不合格的，可补考2次。", "2次"),
    ("中心这次一共要招几个人？", "中心现面向全球公开招聘工作人员3名，有关事项如下：", "3名"),  # 几个人 counts people
    ("ANSO 有几个 projects？", "共资助项目12个 📁。", "12个"),
])
def test_a_chinese_count_is_by_the_asked_measure_word(question, text, expected):
    assert shown(question, text, "zh") == expected
