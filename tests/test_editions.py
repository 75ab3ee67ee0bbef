"""Another edition of the asked thing (rag/editions.py): asked about the fourth annual meeting, a sentence stating
only the third speaks of another meeting. Both languages, emoji and mixed scripts."""
import pytest

from rag.editions import of_another_edition

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question, sentence", [
    ("传粉昆虫研究中心科学咨询委员会第四次年会在哪里开？🐝",
     "The Scientific Advisory Board of ICPR held its third annual meeting at the Kunming Institute of Zoology."),
    ("Who chaired the sixth meeting of the Steering Committee?", "第五次会议由李明主持。"),
    ("第二届研讨会在哪里举办？", "The 3rd symposium will be held in Nairobi 🇰🇪."),
])
def test_a_sentence_stating_only_another_edition(question, sentence):
    assert of_another_edition(question, sentence)


@pytest.mark.parametrize("question, sentence", [
    ("第四次年会在哪里开？", "The fourth annual meeting will be held in Nairobi, Kenya, in September 2027."),
    ("Where will the fourth meeting be held? 📍", "The meeting will be held in Nairobi."),  # no edition stated
    ("Where will the fourth meeting be held?", "It met for the first time in 2023 and will meet in Nairobi."),
    ("Where was the meeting held?", "The third annual meeting was held in Kunming."),  # no edition asked
])
def test_a_sentence_stating_the_asked_edition_or_none(question, sentence):
    assert not of_another_edition(question, sentence)
