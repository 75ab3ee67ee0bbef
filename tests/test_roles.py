"""A question about who holds a role is answered only by a sentence stating a role, and only by a person's name
(not an organisation, a programme, a post or a place)."""
import pytest

from rag.questions import analyse
from rag.roles import asks_role_holder, states_a_role
from rag.short_answer import extract

pytestmark = pytest.mark.unit


def _short(question: str, text: str, lang: str) -> str | None:
    span = extract(analyse(question), text, lang)
    return None if span is None else span.display


@pytest.mark.parametrize("question, asks", [
    ("Who directs the 🌊 solar desalination joint lab in Oman?", True),
    ("Who manages the Barka pilot plant day to day?", True),
    ("Who chairs the ANMCS Steering Committee?", True),
    ("培训班由谁负责？🚀", True),
    ("谁主持了ANSO开幕式？", True),
    ("Who attended the 🎉 ceremony?", False),
    ("Who founded ANSO?", False),
    ("谁出席了开幕式？", False),
])
def test_asks_role_holder(question, asks):
    assert asks_role_holder(question) is asks


@pytest.mark.parametrize("sentence, states", [
    ("Professor Ayesha Malik (ASSMS, Pakistan), Chair of the Steering Committee 🎓", True),
    ("The laboratory is headed by Dr. Salim Al-Harthy.", True),
    ("培训班主任由生物物理所副所长周立新研究员担任。", True),
    ("联合实验室由Dr. Osei负责 🌍。", True),
    ("The ANSO–SQU Joint Laboratory for Solar Desalination (JLSD) was established in 2024 by ANSO and SQU.", False),
    ("The pilot plant at Barka, 60 km west of Muscat, began operating on Monday, 15 June 2026. 🌞", False),
    ("该实验室于2024年3月成立，位于马斯喀特。", False),
])
def test_states_a_role(sentence, states):
    assert states_a_role(sentence) is states


@pytest.mark.parametrize("question, text", [
    ("Who directs the solar desalination 🌞 joint lab?",
     "The ANSO–SQU Joint Laboratory for Solar Desalination (JLSD) is directed jointly by SQU and ANSO."),
    ("Who manages the Barka plant?", "The plant is managed from Muscat."),
    ("Who coordinates the tropical diseases 🦟 network?",
     "The network is coordinated by the ANSO One Health Initiative."),
    ("Who is the Vice-President of the Academy?", "The prizes were handed over by the Vice-President of ANSO."),
    ("Who leads the youth working group?", "The group is led by ANSO-UAQ and Coastal Observation and Resilience."),
])
def test_a_role_question_gets_no_organisation_post_or_place(question, text):
    assert _short(question, text, "en") is None


@pytest.mark.parametrize("question, text, expected", [
    ("Who chairs the 🎓 Steering Committee?",
     "Professor Ayesha Malik (ASSMS, Pakistan), Chair of the Steering Committee, opened the meeting.", "Ayesha Malik"),
    ("Who directs the joint lab?", "The joint lab is directed by Professor Osei.", "Osei"),
    ("Who manages the 中阿 pilot plant?", "The pilot plant is managed by Salim Al-Harthy of SQU.", "Salim Al-Harthy"),
])
def test_a_role_question_still_gets_the_person(question, text, expected):
    shown = _short(question, text, "en")
    assert shown is not None and expected in shown
