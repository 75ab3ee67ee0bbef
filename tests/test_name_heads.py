"""A name keeps its last word when the question says it ("What theatre …" → "Wojciech Bogusławski Theatre",
"Which university …" → "Newcastle University"); a Chinese name of the asked kind keeps its head too."""
import pytest

from rag.questions import analyse
from rag.short_answer import extract

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question, sentence, lang, expected", [
    ("Which university has its origins in a school of medicine? 🎓", "Newcastle University has its origins in the "
     "School of Medicine and Surgery, established in 1834.", "en", "Newcastle University"),
    ("Into what language did Marlee Matlin translate the anthem? 🤟", "Marlee Matlin provided American Sign Language "
     "(ASL) translation of the anthem.", "en", "American Sign Language"),
    ("哪所大学起源于医学院？🎓", "纽卡斯尔大学起源于1834年成立的医学与外科学院。", "zh", "纽卡斯尔大学"),
])
def test_a_name_keeps_the_head_the_question_says(question, sentence, lang, expected):
    span = extract(analyse(question), sentence, lang)
    assert span is not None and span.display == expected


def test_a_lower_case_head_is_still_trimmed():
    span = extract(analyse("What type of tunnels are built through the city centre?"),
                   "Deep-level tunnels are built through the city centre.", "en")
    assert span is None or "tunnels" not in span.display


def test_a_name_the_question_states_is_still_trimmed():
    span = extract(analyse("What did Xi Jinping send to the founding of the alliance? ✉️"),
                   "Chinese President Xi Jinping sent a congratulatory letter to the founding of the alliance.", "en")
    assert span is None or "Jinping" not in span.display
