"""The body an asked post belongs to: the same post of another body does not answer (English; pure functions)."""
import pytest

from rag.post_orgs import post_of_another_body, same_body

pytestmark = pytest.mark.unit

CEREMONY = ("Bai Chunli, President of the Chinese Academy of Sciences 🎓, and Liu Yinchun, Deputy Secretary-General of "
            "Beijing Municipal Government, attended the ceremony.")
OBSERVATORY = "Dr. Lin Qiang, Director of the Kunming Institute of Botany (昆明植物研究所), opened the station."


@pytest.mark.parametrize("question, sentence", [
    ("Who is the President of ANSO?", CEREMONY),
    ("Who is ANSO's President?", CEREMONY),
    ("Who is the Director of the Mountain Observatory?", OBSERVATORY),
    ("When did the President of the Drylands Network 🌵 visit?", CEREMONY),
])
def test_the_same_post_of_another_body_does_not_answer(question, sentence):
    assert post_of_another_body(question, sentence)


@pytest.mark.parametrize("question, sentence", [
    ("Who is the President of the Chinese Academy of Sciences?", CEREMONY),
    ("Who is the President of CAS?", CEREMONY),  # the initials of the body's name
    ("Who is the President of ANSO?",
     "Bai Chunli, President of the Alliance of National and International Science Organizations, spoke."),
    ("Who is the Director of the Kunming Institute?", OBSERVATORY),  # a shorter name of the same body
    ("Who is the Director of the Botany Institute in Kunming?", OBSERVATORY),  # a distinctive word shared
    ("Who is the President of ANSO?", "The President opened the meeting."),  # no body named: not for this rule
    ("Who presided over the ceremony?", CEREMONY),  # no post of a body asked
    ("联盟主席是谁？", CEREMONY),  # Chinese posts are compared elsewhere
])
def test_the_asked_body_or_no_body_stated_leaves_the_sentence_alone(question, sentence):
    assert not post_of_another_body(question, sentence)


def test_same_body_by_initials_containment_or_a_distinctive_word():
    assert same_body("ANSO", "Alliance of National and International Science Organizations")
    assert same_body("the Kunming Institute", "Kunming Institute of Botany")
    assert not same_body("ANSO", "Chinese Academy of Sciences")
    assert not same_body("Nanjing University", "Peking University")


def test_a_post_of_another_rank_is_not_the_asked_post():
    """"Vice-President of ASRT" asked: the sentence's Vice-President is ANSO's; ASRT's own officer there is its
    President, another post. (Chinese posts and bodies run together and are compared by ``rag.officers``.)"""
    signed = ("The MoU 🤝 was signed by Professor Han Lijun, Vice-President of ANSO, and Professor Mona El-Sayed, "
              "President of ASRT.")
    assert post_of_another_body("Who is the Vice-President of Egypt's Academy of Scientific Research and Technology?",
                                signed)
    assert post_of_another_body("Who is the Vice President of ASRT?", signed)  # spaced or hyphenated alike
    assert not post_of_another_body("Who is the President of ASRT?", signed)
    assert not post_of_another_body("Who is the Vice-President of ANSO?", signed)


PRIZES = ("The prizes were handed over by Professor Ma Xiaoling, Vice-President of ANSO 🏅, and "
          "Professor Rosnah Ismail, President of ASM.")


@pytest.mark.parametrize("question, sentence, another", [
    # the asked rank of the post is held only at another body: ASM's President is not its Vice-President
    ("Who is the Vice-President of the Academy of Sciences Malaysia?", PRIZES, True),
    ("Who is the Deputy Director of MKAO?", "Dr. Wang Haoran, Deputy Director of IAP, and Prof. Daniel Kiprono, "
     "Director of MKAO, spoke.", True),
    ("Who is the President of the Academy of Sciences Malaysia?", PRIZES, False),
    ("Who is the Vice-President of ANSO?", PRIZES, False),
    ("马来西亚科学院的副院长是谁？", PRIZES, False),  # Chinese posts are compared by rag.officers
])
def test_a_post_is_compared_with_its_rank(question, sentence, another):
    assert post_of_another_body(question, sentence) is another
