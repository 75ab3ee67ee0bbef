"""Lists of officers: a post is answered by the person the list gives it, never by a neighbour holding another."""
import pytest

from rag.officers import entries, holds_other_post, officer_span, post_holder

LEADERS = ("The observatory is led by Professor Daniel Kiprono (UoN), Station Director, with Dr. Wang Haoran (IAP) "
           "as Deputy Station Director 🔭.")
OFFICERS = ("The other officers are Mr. Peter Mwangi, Chief Engineer; Dr. Grace Achieng, Data Manager; Ms. Lucy Njeri, "
            "Safety Officer; and Mr. Samuel Otieno, Administrative Officer.")
ROSTER = ["赵立新，工作组副组长，中国科学院科研诚信建设办公室主任；",
          "孙悦，工作组秘书，联盟秘书处科技合作处项目官员。",
          "阮氏兰（Nguyen Thi Lan），工作组成员，越南科学技术院科研伦理委员会主任；",
          "玛丽亚·范德默韦，工作组组长，南非科学院；"]


def _holder(question, sentence):
    found = officer_span(question, sentence)
    return found.display if found not in (None, False) else found


@pytest.mark.unit
def test_an_english_list_pairs_each_person_with_their_post():
    assert [(p, post) for p, post, _ in entries(OFFICERS)][:2] == [("Peter Mwangi", "Chief Engineer"),
                                                                  ("Grace Achieng", "Data Manager")]
    assert entries("Dr. Grace Achieng, Data Manager, prepared the report.") == []  # one person is no list
    assert entries("据介绍，联合实验室实行双主任制，泰方主任由帕差丽·通坎担任。") == []  # no roster line


@pytest.mark.unit
@pytest.mark.parametrize("question, sentence, holder", [
    ("Who is the Station Director of MKAO?", LEADERS, "Daniel Kiprono"),
    ("Who is the Deputy Station Director? 🧭", LEADERS, "Wang Haoran"),
    ("Who looks after safety at the observatory?", OFFICERS, "Lucy Njeri"),
    ("Who is the Deputy Chief Engineer of the observatory?", OFFICERS, False),  # the list gives that post to no one
    ("Who prepared the report?", OFFICERS, None),
    ("Who chairs the Scientific Programme Committee?", "Professor Ahmed Khalil of Cairo University, Chair of the "
     "Scientific Programme Committee, spoke, and Ms. Zhou Min, Deputy Secretary-General of ANSO, read a letter.",
     "Ahmed Khalil"),  # no post asked: the list tells nothing
    ("联盟科研诚信与伦理工作组的副组长是谁？", ROSTER[0], "赵立新"),
    ("科研诚信与伦理工作组的秘书由谁担任？", ROSTER[1], "孙悦"),
    ("科研诚信与伦理工作组的秘书由谁担任？", ROSTER[2], False),
    ("工作组组长是谁？", ROSTER[3], "玛丽亚·范德默韦"),
    ("工作组组长是谁？", ROSTER[0], False),  # 副组长 is not 组长
    ("联盟秘书处科技合作处的副处长是谁？", ROSTER[1], False),  # 秘书处 names no 秘书
])
def test_the_asked_post_is_answered_by_its_holder(question, sentence, holder):
    assert _holder(question, sentence) == holder


@pytest.mark.unit
@pytest.mark.parametrize("question, sentence, person, other", [
    ("科研诚信与伦理工作组的秘书由谁担任？", "会议由工作组组长、南非科学院院士玛丽亚·范德默韦教授主持。",
     "玛丽亚·范德默韦", True),
    ("Who is the Secretary-General of ANSO?", "Professor Bai Chunli, President of ANSO, spoke 🎤.", "Bai Chunli", True),
    ("Who is the Secretary-General of ANSO?", "Hu Jianping, ANSO Secretary-General, spoke.", "Hu Jianping", False),
    ("Who is the head of the lab?", "Professor Zhou Li, Director of the lab, opened it.", "Zhou Li", False),
    ("联盟秘书处科技合作处的处长是谁？", "联盟秘书处科技合作处处长王建国列席会议。", "王建国", False),
    ("Who is the director of the lab?", "The lab was opened by Professor Zhou Li in 2020.", "Zhou Li", False),
])
def test_a_person_given_only_other_posts_does_not_answer(question, sentence, person, other):
    assert holds_other_post(question, sentence, person) is other


@pytest.mark.unit
def test_the_holder_of_the_asked_post_is_found_beside_another():
    sentence = "达卡大学娜迪亚·拉赫曼教授任指导委员会主席，大气物理研究所王晨曦博士任秘书长 🌫。"
    assert holds_other_post("城市空气质量专题网络的秘书长是谁？", sentence, "娜迪亚·拉赫曼")
    assert post_holder("城市空气质量专题网络的秘书长是谁？", sentence).display == "王晨曦"
    assert post_holder("Who is the Secretary-General?", "Hu Jianping, Secretary-General of ANSO, spoke.").display \
        == "Hu Jianping"
    # across languages only the rank is compared: a deputy does not answer for the head
    assert not holds_other_post("海岸带夏季学校的联系人是谁？", "Dr. Gao Ruoxi, Coordinator.", "Gao Ruoxi")
    assert holds_other_post("Who is the Director of the Institute?", "研究所副所长周立新研究员出席。", "周立新")
    assert not holds_other_post("Who is the Deputy Director?", "研究所副所长周立新研究员出席。", "周立新")


@pytest.mark.parametrize("question, sentence, person", [
    ("北京市政府哪位官员出席并致辞？🎤", "市科委主任张明、北京市政府副秘书长李华等出席仪式并致辞。", "张明、李华"),
    ("Which official of the city government spoke at the opening?",
     "Zhang Ming, Director of the Science Commission, and Li Hua, Deputy Secretary-General, spoke.", "Li Hua"),
])
def test_asking_any_official_asks_no_particular_post(question, sentence, person):
    assert not holds_other_post(question, sentence, person)
