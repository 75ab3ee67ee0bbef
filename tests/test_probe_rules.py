"""Rules found by probing the bundled corpus as a new user (issue #10): a ranked office asked about ("Who is the
Vice President …?", 副院长是谁) is not answered by the holder of the full office, and "Who did X?" asked of a
sentence whose subject is a pronoun ("He read …") is answered by the person the sentence before names.
Pure functions over small texts, both languages, emoji and mixed script."""
import pytest

from rag.posts import asked_post, holds_another_rank

pytestmark = pytest.mark.unit

SPEAKERS = ("Bai Chunli, President of the Chinese Academy of Sciences, and Liu Yinchun, Deputy Secretary-General "
            "of Beijing Municipal Government, attended the ceremony 🎉 and delivered speeches.")
SPEAKERS_ZH = "中国科学院院长白春礼、北京市政府副秘书长刘印春等出席仪式并致辞，揭牌仪式由怀柔区委书记戴彬彬主持。"


@pytest.mark.parametrize("question, post", [
    ("Who is the Vice President of the Chinese Academy of Sciences?", "deputy president"),
    ("中国科学院副院长是谁？🤔", "deputy 院长"),
    ("Who is CAS的副院长?", "deputy 院长"),
    ("Who is the President of the Chinese Academy of Sciences?", None),  # the full office: not checked here
    ("北京市政府秘书长是谁？", None),
])
def test_the_ranked_office_a_question_asks_about(question, post):
    assert asked_post(question) == post


@pytest.mark.parametrize("question, sentence, person, other", [
    ("Who is the Vice President of the Chinese Academy of Sciences?", SPEAKERS, "Bai Chunli", True),
    ("Who is the Deputy Secretary-General of Beijing Municipal Government? 🏛", SPEAKERS, "Liu Yinchun", False),
    ("中国科学院副院长是谁？", SPEAKERS_ZH, "白春礼", True),
    ("中国科学院副院长是谁？", SPEAKERS_ZH, "刘印春", True),  # a deputy, but of another office
    ("北京市政府副秘书长是谁？", SPEAKERS_ZH, "刘印春", False),
    ("怀柔区委副书记是谁？", SPEAKERS_ZH, "戴彬彬", True),
    ("中国科学院副院长是谁？", SPEAKERS, "Bai Chunli", True),  # across scripts the rank decides
    ("Who is the Vice President of CAS?", SPEAKERS_ZH, "白春礼", True),
    ("Who is the President of the Chinese Academy of Sciences?", SPEAKERS, "Bai Chunli", False),
    ("Who is the Vice President of the Academy?", "Professor Zhou spoke first 🎤.", "Zhou", False),  # no post bound
])
def test_the_holder_of_another_rank_does_not_answer(question, sentence, person, other):
    assert holds_another_rank(question, sentence, person) is other
