"""A question asking what something is called is answered by the name the sentence gives after its naming cue
("known as", "called", 称为), and a definition by the copula whose subject is the question's own, in both
languages."""
import pytest

from rag.called import named_as
from rag.questions import analyse
from rag.short_answer import extract

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question, sentence, lang, expected", [
    ("What is the name of the spiritual teacher in Hinduism? 🙏", "In Hinduism the spiritual teacher is known as a "
     "guru, and the emphasis on mentorship is high.", "en", "guru"),
    ("What is the name of a teacher in Tibetan Buddhism?", "In Tibetan Buddhism the teachers of Dharma in Tibet are "
     "most commonly called a Lama.", "en", "Lama"),
    ("殖民地的西半部分的名称是什么？🗺️", "澳大利亚被分为了称为 新南威尔士 的东半部分和称为 新荷兰 的西半部分。",
     "zh", "新荷兰"),
    ("梳状纤毛带叫什么？", "这些梳状纤毛带被称为“ctenes”，排列成八行。", "zh", "ctenes"),
])
def test_the_name_the_sentence_gives_answers(question, sentence, lang, expected):
    span = extract(analyse(question), sentence, lang)
    assert span is not None and span.display == expected


@pytest.mark.parametrize("question, sentence, lang", [
    ("Who founded the network? 🌐", "The network, known as ANSO, was founded by CAS.", "en"),  # asks no name
    ("What is the name of the network?", "The network is called the network.", "en"),  # only the question's words
    ("联盟的名称是什么？", "该组织简称为联盟。", "zh"),
])
def test_no_given_name_when_none_is_asked_or_new(question, sentence, lang):
    assert named_as(question, sentence, lang, lambda a, b: a) is None


@pytest.mark.parametrize("question, sentence, lang, expected", [
    ("What was the average family size? 👪", "The average household size was 3.07. There were 111,529 families; the "
     "average family size was 3.62.", "en", "3.62"),
    ("什么是联盟的秘书处所在地？", "联盟是一个国际组织；联盟的秘书处所在地是北京。", "zh", "北京"),
])
def test_the_copula_of_the_questions_own_subject_answers(question, sentence, lang, expected):
    span = extract(analyse(question), sentence, lang)
    assert span is not None and span.display == expected


def test_a_later_copula_of_the_same_clause_is_no_subject_of_its_own():
    span = extract(analyse("What is the aim of settling the Secretariat in HSC? 🎯"),
                   "The aim is to promote the building of ANSO, to inject new impetus into HSC, and is of great "
                   "significance for HSC.", "en")
    assert span is not None and span.display.startswith("to promote")
