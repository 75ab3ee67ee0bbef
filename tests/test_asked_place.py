"""A Chinese count question naming a place the sentence and its document's opening never name: the figure is for
somewhere else or for all places together (rag/party_figures.py, leaves_asked_place_out). Emoji and mixed script."""
import pytest

from rag.party_figures import leaves_asked_place_out

pytestmark = pytest.mark.unit

LEAD = "联盟东非作物种质资源区域中心2026年度工作总结 中心由联盟和NM-AIST在坦桑尼亚阿鲁沙共建。"


@pytest.mark.parametrize("question, sentence, lead, left_out", [
    ("2026年东非种质中心向肯尼亚的育种单位分发了多少份种质？🌾", "向东非地区11家育种单位分发种质材料1,040份次。", LEAD, True),
    ("中心在塔吉克斯坦布设了多少口监测井？", "中心在哈萨克斯坦、乌兹别克斯坦和吉尔吉斯斯坦布设了112口地下水监测井。", "", True),
    ("中心向肯尼亚分发了多少份种质？", "其中向肯尼亚农业与畜牧研究组织（KALRO）分发了420份。", LEAD, False),
    ("中心在坦桑尼亚保存了多少份种质？", "截至2026年底，中心种质库共保存种质资源8,730份 🧊。", LEAD, False),  # the opening names it
    ("中心保存了多少份种质？", "截至2026年底，中心种质库共保存种质资源8,730份。", LEAD, False),  # no place asked
    ("联系成员入盟多久以后可以申请转为正式成员？", "联系成员加入联盟满两年后，可申请转为正式成员。", "", False),  # 入盟 is no place
])
def test_a_count_for_a_place_the_sentence_never_names(question, sentence, lead, left_out):
    assert leaves_asked_place_out(question, sentence, lead) is left_out
