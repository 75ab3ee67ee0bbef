"""When a short answer may be shown first: a measure question ("How far …", 多快) gets a number with its unit or no
short answer; a name whose family name the question already holds is not who is asked.
Both languages, emoji and mixed scripts."""
import pytest

from rag.questions import analyse
from rag.short_answer import extract
from rag.span_floor import asks_measure, fits_measure, names_question_person

pytestmark = pytest.mark.unit


def shown(question: str, text: str, lang: str) -> str | None:
    span = extract(analyse(question), text, lang)
    if span is None or not span.shown:
        return None
    assert 0 <= span.start < span.end <= len(text)
    return span.display


@pytest.mark.parametrize("question, lang", [
    ("How far is Jacksonville from Miami?", "en"), ("How fast were the winds 🌀 in 1964?", "en"),
    ("What was the population of the city as of 2010?", "en"), ("杰克逊维尔离迈阿密有多远?", "zh"),
    ("1964年飓风的风速有多快? 🌀", "zh"), ("曼宁参加第 50 届超级碗时多大？", "zh"),
])
def test_a_measure_question_is_recognised(question, lang):
    assert asks_measure(question, lang)


@pytest.mark.parametrize("question, lang", [
    ("How did the city grow?", "en"), ("How often does the Doctor travel alone?", "en"),
    ("温室效应多大程度上要归咎于二氧化碳？", "zh"), ("What is the name of the river?", "en"),
])
def test_other_questions_are_not_measure_questions(question, lang):
    assert not asks_measure(question, lang)


@pytest.mark.parametrize("question, text, lang, expected", [
    ("How fast were the winds around the town in the 1964 hurricane?",
     "The eye crossed the town with winds of 110 mph 🌀 in 1964.", "en", "110 mph"),
    ("How far is the campus from 北京?", "The campus lies north of 北京, about 60 km from the centre.", "en",
     "about 60 km"),
    ("埃尔维赢得第 33 届超级碗时多大？", "埃尔维在 38岁时赢得了第 33 届超级碗 🏈。", "zh", "38岁"),
])
def test_a_measure_question_gets_the_number_with_its_unit(question, text, lang, expected):
    assert shown(question, text, lang) == expected


@pytest.mark.parametrize("question, text, lang", [
    ("How far is Jacksonville from Miami?", "Jacksonville lies north of Miami on the coast 🌊.", "en"),
    ("How fast did the team grow?", "The team grew to one of the largest in the region.", "en"),
    ("杰克逊维尔离迈阿密有多远?", "杰克逊维尔是位于佛罗里达州东北部的第一个大城市 🌊。", "zh"),
    ("飓风的风速有多快?", "这是自有记录以来第一个以飓风级大风袭击该地区的 storm。", "zh"),
])
def test_a_measure_question_without_a_measure_gets_no_short_answer(question, text, lang):
    assert shown(question, text, lang) is None


@pytest.mark.parametrize("question, number, lang, fits", [
    ("How far is it?", "340 miles", "en", True), ("How fast was it?", "one", "en", False),
    ("How far is it?", "2", "en", False), ("What was the population of X?", "1,345,596", "en", True),
    ("有多远?", "340英里", "zh", True), ("有多远?", "一个", "zh", False), ("风速有多快?", "2级", "zh", False),
])
def test_a_number_fits_a_measure_question_only_with_a_measure(question, number, lang, fits):
    assert fits_measure(question, number, lang) is fits


@pytest.mark.parametrize("name, question", [
    ("Peyton Manning", "Prior to Manning, who was the oldest quarterback to play?"),
    ("Johann Esch and Heinrich Voes", "What hymn did Luther write after the martyrdom of Esch and Voes?"),
    ("Norman Cantor", "What was Cantor's theory about the plague? 🦠"),
])
def test_a_name_the_question_holds_by_family_name_is_the_questions_person(name, question):
    assert names_question_person(name, question)


@pytest.mark.parametrize("name, question", [
    ("M. Theo Kearney", "Who is Kearney Boulevard named after?"),  # a thing named after the person
    ("James O. McKinsey", "Who founded McKinsey & Company? 🏢"),
    ("John Elway", "Prior to Manning, who was the oldest quarterback?"),
    ("Pittsburgh Steelers", "Who did the Broncos beat?"),
    ("Li Na", "Who coached Li before 2010?"),  # a family name this short says too little
    ("Wang Wei", "谁是 Wang 的导师？"),
])
def test_other_names_are_not(name, question):
    assert not names_question_person(name, question)


def test_who_skips_the_person_the_question_names_by_family_name():
    text = "Manning became the oldest quarterback ever to play in a Super Bowl, surpassing John Elway 🏈."
    assert shown("Prior to Manning, who was the oldest quarterback to play in a Super Bowl?",
                 text.replace("Manning", "Peyton Manning", 1), "en") == "John Elway"
