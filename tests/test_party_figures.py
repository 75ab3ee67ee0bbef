"""A sentence giving figures to several parties does not answer for a party it does not name; a sentence leaving
the asked thing to its paragraph's neighbour does not answer either. Both languages, emoji and mixed scripts."""
import pytest

from rag.head_sentence import leaves_head_to_neighbour
from rag.party_figures import figure_of_unnamed_party

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question, lang, sentence", [
    ("联盟访问学者计划给在读博士生每月多少生活补贴？", "zh",
     "生活补贴：访问学者每月12000元人民币，高级访问学者每月20000元人民币，按实际在华月数发放；"),
    ("联盟个人会员每年要交多少会费？💰", "zh",
     "正式成员每年缴纳会费1万美元，联系成员每年缴纳3000美元，观察员不缴纳会费。"),
    ("How many votes did Dr. Elena Morozova receive when she was elected Vice-President?", "en",
     "Dr. Elena Morozova was elected President with 30 votes; the other candidate received 12 votes."),
    ("How many species had the ABGN Living Collections Partnership conserved by 2026? 🌿", "en",
     "By September 2026 the partnership had banked seeds of 3,480 species, 612 of them listed as threatened."),
])
def test_a_figure_given_to_other_parties_does_not_answer(question, lang, sentence):
    assert figure_of_unnamed_party(question, lang, sentence, "")


@pytest.mark.parametrize("question, lang, sentence, topic", [
    # the sentence names the asked party
    ("联盟访问学者计划给高级访问学者每月多少生活补贴？", "zh",
     "生活补贴：访问学者每月12000元人民币，高级访问学者每月20000元人民币；", "2027年度联盟访问学者计划申报通知"),
    # one figure: the party may be named in the sentence before
    ("联盟个人会员每年要交多少会费？", "zh", "每年缴纳会费500美元。", ""),
    # the document's title names the party the paragraph does not repeat
    ("How many member institutions did the ANSO Urban Air Quality Network have at the end of 2025?", "en",
     "At the end of 2025 the network had 46 member institutions in 19 countries, up from 38 in 16 countries.",
     "ANSO Urban Air Quality Network (ANSO-UAQ) annual report"),
    # a stem the sentence states in another form (Sharing / share), a year is no figure of a party
    ("How many instruments are listed on the ANSO Research Instrument Sharing Platform?", "en",
     "At present the platform lists 1,420 instruments at 38 institutions.",
     "ANSO Research Instrument Sharing Platform"),
    ("How many visitors did ANSO-UAQ receive? 👀", "en", "ANSO-UAQ received 1,146 visitors in 2026.", ""),
])
def test_a_figure_of_the_named_party_stands(question, lang, sentence, topic):
    assert not figure_of_unnamed_party(question, lang, sentence, topic)


@pytest.mark.parametrize("question, sentence, neighbours", [
    ("联盟为冷冻电镜培训班的国内学员提供多少机票资助？",
     "培训班收取注册费每人1800元人民币，联盟成员单位推荐的学员免收注册费。",
     ["联盟为20名国外学员提供资助，资助内容为国际往返经济舱机票和住宿费用。",
      "培训班收取注册费每人1800元人民币，联盟成员单位推荐的学员免收注册费。"]),
    ("How many staff did MKAO have at the end of 2026? 🏔",
     "The observatory received 1,146 visitors in 2026.",
     ["At the end of 2026 MKAO had 23 staff.", "The observatory received 1,146 visitors in 2026."]),
])
def test_a_sentence_beside_the_one_naming_the_asked_thing_does_not_answer(question, sentence, neighbours):
    assert leaves_head_to_neighbour(question, sentence, neighbours)


@pytest.mark.parametrize("question, sentence, neighbours", [
    ("联盟为国外学员提供多少资助？", "联盟为20名国外学员提供资助，资助总额不超过60万元人民币。",
     ["培训班收取注册费每人1800元人民币。", "联盟为20名国外学员提供资助，资助总额不超过60万元人民币。"]),
    # no neighbour names the asked thing: the paragraph may call it otherwise
    ("How many staff did MKAO have?", "MKAO employed 23 people in 2026.", ["It opened in 2019 (UoN + IAP)."]),
    # the question names no thing it asks about
    ("谁主持了会议？", "会议由张立新主持。", ["会议听取了报告。"]),
])
def test_a_sentence_naming_the_asked_thing_or_alone_stands(question, sentence, neighbours):
    assert not leaves_head_to_neighbour(question, sentence, neighbours)


@pytest.mark.parametrize("question, sentence, lang, span", [
    ("联盟个人会员每年要交多少会费？", "连续两年未缴纳会费的成员，在补缴前暂停其表决权。", "zh", None),
    ("联盟正式成员每年要交多少会费？💰", "正式成员每年缴纳会费1万美元。", "zh", "1万美元"),
    ("留学生每年的学费是多少？", "学费每年26000元人民币，共有3名导师。", "zh", "26000元"),
    ("What is the annual membership fee of ANSO?",
     "Members who have not paid for two years lose their vote.", "en", None),
])
def test_a_fee_is_an_amount_of_money(question, sentence, lang, span):
    from rag.questions import analyse
    from rag.short_answer import extract

    found = extract(analyse(question), sentence, lang)
    assert (found.display if found else None) == span


@pytest.mark.parametrize("question, sentence, lang, span", [
    # a number glued to a name by a hyphen is part of the name
    ("How many scientists sailed on the cruise?", "EIOC-2 left Sanya with 48 scientists 🚢.", "en", "48"),
    ("How many scientists were on board?", "The EIOC-2 cruise carried scientists from nine countries.", "en", None),
    ("航次有多少名科学家？", "EIOC-2航次共有48名科学家参加。", "zh", "48名"),
    # "how much is X putting into …" asks an amount of money
    ("How much is ANSO putting into the cruise?", "The vessel EIOC-2 left Sanya with 48 scientists.", "en", None),
    ("How much is ANSO putting into the cruise? 💰", "ANSO is putting CNY 5 million into the cruise.", "en",
     "CNY 5 million"),
])
def test_figures_of_names_and_sums_put_in(question, sentence, lang, span):
    from rag.questions import analyse
    from rag.short_answer import extract

    found = extract(analyse(question), sentence, lang)
    assert found is None if span is None else (found is not None and found.display.startswith(span))


@pytest.mark.parametrize("question, lang, sentence, whole", [
    ("有多少名学员来自尼泊尔？", "zh", "来自巴基斯坦、尼泊尔、孟加拉国、老挝和缅甸5个国家的28名学员参加。", True),
    ("How many trainees came from Nepal? 🇳🇵", "en", "28 trainees from Pakistan, Nepal, Laos and Peru came.", True),
    # each item has its own count: a list of counts, not one count of the whole
    ("有多少名学员来自尼泊尔？", "zh", "学员中巴基斯坦12名、尼泊尔6名、缅甸3名。", False),
    ("How many trainees came from Nepal?", "en", "Pakistan, 12, Nepal, 6, and Laos, 3, sent trainees.", False),
    # a qualifier or a pair is no enumeration item
    ("How much is the fee for a PhD student?", "en", "The fee is CNY 1,200 for master's and PhD students.", False),
    ("How many papers did IAP publish?", "en", "UoN and IAP staff published 11 papers in 2026.", False),
])
def test_a_count_of_a_whole_enumeration_does_not_count_one_item(question, lang, sentence, whole):
    from rag.party_figures import counts_a_whole_list

    assert counts_a_whole_list(question, lang, sentence) is whole
