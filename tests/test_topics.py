"""A question about one requirement or one other item (对年龄有什么要求, "what other allowance") is answered only by a
sentence stating that topic."""
import pytest

from rag.topics import asks_requirement, required_topic, states_topic

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question, topic", [
    ("申请联盟生态环境方向的博士后，对年龄有什么要求？🎓", "年龄"),
    ("对申请人的学历有哪些规定？", "学历"),
    ("联盟博士后研究员除了年薪还有什么一次性补贴？", "补贴"),
    ("What are the age requirements for the 🌊 summer school?", "age"),
    ("Besides the salary, what other allowance do ANSO postdocs get?", "allowance"),
    ("ANSO博士后 (postdoc) 对语言有什么要求？", "语言"),
    ("Who chairs the committee?", None),
    ("联盟博士后研究员的年薪是多少？", None),
])
def test_required_topic(question, topic):
    assert required_topic(question) == topic


@pytest.mark.parametrize("topic, sentence, states", [
    ("年龄", "申请博士后研究员的，须于2024年1月1日以后获得博士学位，且年龄不超过35周岁 🎂；", True),
    ("年龄", "申请人须为40周岁以下的青年科研人员。", True),
    ("年龄", "联盟与生态中心共同设立联盟博士后国际交流项目（生态与环境方向）🌿。", False),
    ("补贴", "另发放一次性安家补贴1万元人民币；", True),
    ("补贴", "博士后研究员：年薪税前25万元人民币，由生态中心按月发放；", False),
    ("age", "Applicants must be aged 40 or under 🎂.", True),
    ("age", "The summer school is open to 40 participants.", False),
    ("allowance", "Each postdoc also receives a one-off settling-in allowance of CNY 10,000.", True),
    ("language", "Applications may be written in English or 中文.", True),
    ("posts", "Dai Binbin, Secretary of Huairou District Committee 🏛️, presided over the ceremony.", True),
    ("posts", "The ceremony was held in Beijing on Thursday.", False),
    ("职务", "揭牌仪式由怀柔区委书记戴彬彬主持。", True),
    ("职务", "揭牌仪式于11月7日在京举行。", False),
])
def test_states_topic(topic, sentence, states):
    assert states_topic(topic, sentence) is states


@pytest.mark.parametrize("question, asks", [
    ("报名冷冻电镜培训班对年龄有什么要求？🔬", True),
    ("What are the language requirements for AIGS applicants?", True),
    ("联盟博士后研究员除了年薪还有什么一次性补贴？", False),
    ("Who chairs the 🎓 committee?", False),
])
def test_asks_requirement(question, asks):
    assert asks_requirement(question) is asks
