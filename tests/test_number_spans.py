"""Counts and amounts as short answers: a number beside Chinese characters is found, a date or a year never
answers "how many", a deadline is asked as a date, and a sentence-opening word is no part of a name."""
import pytest

from rag.questions import analyse
from rag.short_answer import extract

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question, sentence, lang, expected", [
    ("2022年网络资助了多少项联合研究项目？", "2022年，网络共资助联合研究项目18项，资助总额620万元人民币；", "zh", "18项"),
    ("有多少名专家参加了研讨会？🌾", "来自11个国家的60余名专家参加了会议。", "zh", "60余名"),
    ("How many trainees took part? 🎓", "In total 1,200 trainees took part in 2023.", "en", "1,200"),  # the unit asked is dropped
    ("纽卡斯尔有多少所大学？", "该城市有两所大学——纽卡斯尔大学和诺桑比亚大学。", "zh", "两所"),  # a numeral and its measure word
    ("河上有几座桥？🌉", "这座城市有三所大学，泰恩河上有七座桥。", "zh", "七座"),  # the count of what is asked (座, not 所)
])
def test_a_count_is_found_in_both_languages(question, sentence, lang, expected):
    span = extract(analyse(question), sentence, lang)
    assert span is not None and span.display == expected


@pytest.mark.parametrize("question, sentence, lang", [
    ("How many countries signed the charter?", "On 4 November 2018, ANSO was formally established in Beijing.", "en"),
    ("有多少个国家签署了章程？", "2018年11月4日，联盟在北京正式成立。", "zh"),
    ("How many people attended the ceremony? 🎉", "The ceremony was held in Beijing on Thursday, November 7th.", "en"),
])
def test_a_date_or_a_year_never_answers_how_many(question, sentence, lang):
    assert extract(analyse(question), sentence, lang) is None


@pytest.mark.parametrize("question", [
    "What is the application deadline for the fellowship?", "奖学金申请的截止日期是什么？",
])
def test_a_deadline_is_asked_as_a_date(question):
    assert analyse(question).qtype == "date"


def test_a_sentence_opening_word_is_no_part_of_a_name():
    sentence = "Besides AFSN, ANSO supports other networks, chaired by Professor Samuel Mwangi."
    span = extract(analyse("Who chairs the networks?"), sentence, "en")
    assert span is not None and "Besides" not in span.display and "Mwangi" in span.display


def test_a_list_in_a_clause_with_another_relation_does_not_answer():
    sentence = ("本次揭牌仪式由中国科学院和北京市人民政府共同主办,“一带一路”国际科学组织联盟、怀柔区人民政府、"
                "怀柔科学城管理委员会共同承办。🎉")
    hosted = extract(analyse("本次揭牌仪式由哪些单位共同主办？"), sentence, "zh")
    assert hosted is None or "怀柔区人民政府" not in hosted.display  # those co-organised (承办), not hosted (主办)
    organised = extract(analyse("本次揭牌仪式由哪些单位共同承办？"), sentence, "zh")
    assert organised is not None and "怀柔区人民政府" in organised.display


@pytest.mark.parametrize("question, sentence, lang, expected", [
    ("When will the summer school be held? 🌊", "It will be held from Monday, 6 July to Friday, 17 July 2026 in Qingdao.",
     "en", "Monday, 6 July to Friday, 17 July 2026"),
    ("When does the summer school start?", "It will be held from Monday, 6 July to Friday, 17 July 2026 in Qingdao.",
     "en", "Monday, 6 July 2026"),  # the year the period states once
    ("When does the summer school end?", "It will be held from Monday, 6 July to Friday, 17 July 2026 in Qingdao.",
     "en", "Friday, 17 July 2026"),
    ("培训班什么时候举行？", "培训班于2021年6月1日至6月14日在昆明举行。", "zh", "2021年6月1日至6月14日"),
    ("培训班哪天开班？", "培训班于2021年6月1日至6月14日在昆明举行。", "zh", "2021年6月1日"),
])
def test_a_period_is_answered_whole_or_by_the_end_asked(question, sentence, lang, expected):
    span = extract(analyse(question), sentence, lang)
    assert span is not None and span.display == expected


@pytest.mark.parametrize("question, sentence, lang, expected", [
    ("When do applications open? 📝", "Applications open on Tuesday, 15 December 2026 and close on Wednesday, 31 March 2027.",
     "en", "Tuesday, 15 December 2026"),
    ("When do applications close?", "Applications open on Tuesday, 15 December 2026 and close on Wednesday, 31 March 2027.",
     "en", "Wednesday, 31 March 2027"),
    ("How much money does ANSO provide?", "联盟在首期内资助300万元人民币，双方每年互派不少于6名青年科研人员。", "zh", "300万元"),
    ("How many low-cost sensors shared data? 📡", "The network shared data from 85 low-cost sensors.", "en", "85"),
])
def test_the_date_or_amount_asked_is_the_one_given(question, sentence, lang, expected):
    span = extract(analyse(question), sentence, lang)
    assert span is not None and span.display.startswith(expected)


def test_an_amount_of_money_is_never_a_count_of_people():
    assert extract(analyse("How much money does the Thai side contribute? 💰"), "双方每年互派不少于6名青年科研人员。", "zh") is None
