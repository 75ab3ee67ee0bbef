"""A document naming the asked programme with another bracketed qualifier (计划（人工智能方向） for
计划（生命科学方向）) does not answer about it. Both languages, emoji and mixed scripts."""
import pytest

from rag.siblings import names_sibling

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question, lang, document", [
    ("联盟访问学者计划（生命科学方向）的申报截止日期是哪天？", "zh",
     "联盟访问学者计划（人工智能与交叉科学方向）申报通知。截止时间为2026年9月30日。"),
    ("联盟国际合作研究项目（生物多样性保护专项）的申报网址是什么？🌱", "zh",
     "关于申报2027年度联盟国际合作研究项目（农业绿色发展专项）的通知：https://projects.anso-example.org"),
    ("What is the deadline of the ANSO Fellowship Programme (Life Sciences)?", "en",
     "The ANSO Fellowship Programme (Materials Science) closes on 1 May 2026 📅."),
])
def test_a_document_about_a_sibling_programme_does_not_answer(question, lang, document):
    assert names_sibling(question, lang, document)


@pytest.mark.parametrize("question, lang, document", [
    ("联盟访问学者计划（人工智能与交叉科学方向）的申报截止日期是哪天？", "zh",
     "联盟访问学者计划（人工智能与交叉科学方向）申报通知。截止时间为2026年9月30日。"),
    ("位于最不发达国家（LDC）的联盟成员要交多少会费？", "zh", "最不发达国家（名单见附件）的成员减半缴纳。"),
    ("最不发达国家的科研人员能申请多少仪器使用资助（Instrument Access Grant）？", "zh",
     "仪器使用资助（每年3000美元）面向最不发达国家。"),
    ("What is the deadline of the ANSO Fellowship Programme (Life Sciences)?", "en",
     "The ANSO Fellowship Programme (life sciences) closes on 1 May 2026."),
    ("联盟访问学者计划（生命科学方向）的截止日期是哪天？", "zh", "联盟访问学者计划的截止时间为2026年9月30日。"),
])
def test_the_asked_qualifier_or_no_rival_qualifier_keeps_the_document(question, lang, document):
    assert not names_sibling(question, lang, document)
