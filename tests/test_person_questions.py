"""A what / which question about a kind of person ("What German ruler …", "Which player …", "…, what was his
name?", 姓什么) asks who; a person noun that only modifies ("What player position", "man-made") does not."""
import pytest

from rag.questions import analyse
from rag.short_answer import extract

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question", [
    "What German ruler invited Huguenot immigration? 👑",
    "Which Panthers player got a penalty?",
    "In China, this person inferred that the land was formed by erosion, what was his name?",
    "Which Member of Parliament explained the plan?",
    "在 2 码线触地得分的球员姓什么？🏈",
])
def test_a_kind_of_person_asks_who(question):
    assert analyse(question).qtype == "who"


@pytest.mark.parametrize("question", [
    "What player position does he hold?",
    "What man-made lake is nearby? 🏞️",
    "What did the General Conference name after Tesla?",
    "这位球员打什么位置？",
])
def test_a_person_noun_that_only_modifies_asks_no_one(question):
    assert analyse(question).qtype != "who"


@pytest.mark.parametrize("question, sentence, lang, expected", [
    ("In China, this person inferred that the land was formed by erosion, what was his name?",
     "In China, the polymath Shen Kuo formulated a hypothesis for the process of land formation.", "en", "Shen Kuo"),
    ("在第四节中，在 2 码线触地得分的球员姓什么？", "接着安德森在 2 码线触地得分，曼宁将球传给本尼·福勒。",
     "zh", "安德森"),
])
def test_the_person_is_the_short_answer(question, sentence, lang, expected):
    span = extract(analyse(question), sentence, lang)
    assert span is not None and span.display == expected
