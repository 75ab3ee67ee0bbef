""""What <noun> …" names the thing asked about as "What is the <noun> …" does: "What *budget* was approved …",
"What daily *allowance* does … pay" (rag/abstain.py, asked_heads). An auxiliary after "what" ("What does …") or a
framing word ("What kind of …") names none. Mixed script and emoji."""
import pytest

from rag.abstain import asked_heads

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question, head", [
    ("What budget was approved for the pollinator research centre for 2026? 🐝", "budget"),
    ("What daily allowance does ANSO travel support pay in Singapore?", "allow"),
    ("What prize money is offered in the 干旱 forecasting challenge?", "prize"),
    ("What is the aim of the network?", "aim"),
])
def test_what_noun_names_the_asked_thing(question, head):
    assert head in asked_heads(question)


@pytest.mark.parametrize("question", [
    "What does IFReDI have to provide for the joint surveys? 🚤",
    "What kind of organisation is ANSO?",
    "What time does the meeting start?",
])
def test_what_with_an_auxiliary_or_a_frame_names_no_thing(question):
    assert not asked_heads(question)


@pytest.mark.parametrize("question", [
    "What research topics does the Drylands Research Fellowship Programme support? 🏜️",
    "What roads did the letter hope the Belt and Road would become?",
])
def test_what_plural_noun_asks_a_category_no_sentence_must_name(question):
    assert not asked_heads(question)  # its members ("desertification, water scarcity") answer


@pytest.mark.parametrize("question", [
    "What team was the winner of Super Bowl XXXIII? 🏈",
    "What group can amend the Victorian constitution?",
    "What nationality is Hoesung Lee (李会晟)?",
    "What company agreed to terminate the proceedings?",
])
def test_what_noun_naming_the_kind_of_answer_is_no_thing_the_sentence_must_name(question):
    assert not asked_heads(question)  # "The Denver Broncos won …" names a team without the word


def test_a_value_noun_after_what_is_still_the_thing_asked():
    assert "budget" in asked_heads("What budget was approved for the 传粉昆虫 centre for 2026?")
    assert "prize" in asked_heads("What prize money is offered in the drought challenge? 💧")
