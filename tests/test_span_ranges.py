"""Typed short answers kept whole (a range of numbers, a final score, a time left on a clock) and dates chosen by
the names the question states, in both languages."""
import pytest

from rag.questions import analyse
from rag.short_answer import extract
from rag.span_ranges import whole_range

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question, sentence, lang, expected", [
    ("How many species have been validated? 🪼", "Only 100–150 species have been validated, and possibly another 25 "
     "have not.", "en", "100–150"),
    ("已经有多少种栉水母被确认了？🪼", "只有 100-150 种 被确认，可能还有另外 25种 没有被完全描述。",
     "zh", "100-150 种"),
    ("What percentage of efficiency does the engine reach?", "The efficiency reaches some 27-30% on high-pressure "
     "engines.", "en", "27-30%"),
    ("How many people were lost in Algiers?", "Algiers lost 30 to 50 thousand inhabitants to it in 1620–21.", "en",
     "30 to 50 thousand"),
    ("AFC 锦标赛的最终比分是多少？🏈", "他们在锦标赛上以 20–18 击败了卫冕冠军。", "zh", "20–18"),
    ("How long does it take for new areas to produce oil? 🛢️", "New areas take five to ten years to reach "
     "significant production.", "en", "five to ten years"),  # counts written out, with their unit
    ("How many species have not been fully described?", "Possibly another 25 have not been fully described.", "en",
     "25"),  # an auxiliary is no unit
])
def test_both_ends_of_a_range_are_the_answer(question, sentence, lang, expected):
    span = extract(analyse(question), sentence, lang)
    assert span is not None and span.display == expected


@pytest.mark.parametrize("text, question, expected", [
    ("rose from 415,000 to 587,000 square kilometres", "How many km were lost?", "587,000"),  # a change, not a range
    ("从 5 人增加到 8 人", "增加到多少人？", "8"),
    ("Denver led 24–10 with 3:08 left", "How much time was left when Denver led 24-10?", "10"),  # the question's own
])
def test_a_change_or_a_number_the_question_states_is_no_range(text, question, expected):
    start = text.rindex(expected)
    assert text[slice(*whole_range(text, start, start + len(expected), question))] == expected


@pytest.mark.parametrize("question, sentence, lang, expected", [
    ("How much time was left in the game when Denver took the score to 24-10? ⏱️",
     "Manning completed a pass for a 2-point conversion, giving Denver a 24–10 lead with 3:08 left.", "en", "3:08"),
    ("当丹佛把比分提高到 24-10 时，比赛还剩多少时间？",
     "曼宁将球传给福勒进行两分转换，帮助丹佛在比赛还剩 3 分 08 秒时以 24-10 领先。", "zh", "3 分 08 秒"),
    ("比赛还剩多少时间时拦截了传球？", "他们以 20–18 获胜，在比赛还剩 17 秒 时拦截了传球。", "zh", "17 秒"),
])
def test_the_time_left_is_the_clock_time(question, sentence, lang, expected):
    span = extract(analyse(question), sentence, lang)
    assert span is not None and span.display == expected


@pytest.mark.parametrize("question, sentence, lang, expected", [
    ("When did Denmark join the EU? 🇩🇰", "Members joined from the UK, Ireland, Denmark and Norway in 1972 (though "
     "Norway did not end up joining), Greece in 1979, Spain and Portugal 1985.", "en", "1972"),
    ("In what year did Joseph Priestley recognize oxygen?", "Oxygen was discovered by Carl Wilhelm Scheele, in 1773 or "
     "earlier, and Joseph Priestley in Wiltshire, in 1774, but Priestley is often given priority.", "en", "1774"),
    ("西班牙和葡萄牙于哪年加入欧盟？",
     "从 1972 年的英国、爱尔兰、丹麦和挪威，1979年的希腊， 1985 年的西班牙和葡萄牙，1994年的奥地利。", "zh", "1985年"),
    ("霍顿何时宣布的将关闭维多利亚工厂？",
     "霍顿的声明发表于 2013年5月 ，随后福特在同年12月做出决定（ 福特 的工厂将于 2016年10月 关闭）。",
     "zh", "2013年5月"),
    ("In what year was the highway system created? 🛣️", "When the highway system was created in the 1950s, the "
     "decision was made to build it on the west side.", "en", "1950s"),
])
def test_the_date_beside_what_the_question_names(question, sentence, lang, expected):
    span = extract(analyse(question), sentence, lang)
    assert span is not None and span.display == expected


@pytest.mark.parametrize("question, sentence, lang, expected", [
    ("维多利亚州铁路线的轨距是多少？🚆", "维多利亚州铁路主要使用 1600毫米（5英寸3英尺）宽轨 。", "zh", "1600毫米"),
    ("通常亚马逊每年吸收多少吨碳？", "通常情况下，亚马逊一年吸收 15亿吨 的二氧化碳；", "zh", "15亿吨"),  # not 一年
    ("How many square miles does the basin cover? 🌳", "The basin covers 2,700,000 sq mi in all.", "en",
     "2,700,000 sq mi"),
])
def test_a_number_keeps_its_unit_of_measure(question, sentence, lang, expected):
    span = extract(analyse(question), sentence, lang)
    assert span is not None and span.display == expected


@pytest.mark.parametrize("question, sentence, lang, expected", [
    # 一天 is the question's own count
    ("栉水母一天能吃多少？🪼", "在有利条件下，栉水母一天可以吃掉 十倍于自身体重的食物 。", "zh", "十倍"),
    ("DEC最初有三层，后来发展成多少层", "它最初有三层，后来发展成七层架构。", "zh", "七层"),
    ("How much can ctenophores eat in one day?", "Ctenophores can eat ten times their own weight in a day.", "en",
     "ten times"),  # a multiple; "ten" inside "ctenophores" is no count the question states
    ("How many times did plague occur in Venice? 🦠", "Venice was struck 22 times between 1361 and 1528.", "en", "22"),
])
def test_a_count_the_question_states_is_no_answer(question, sentence, lang, expected):
    span = extract(analyse(question), sentence, lang)
    assert span is not None and span.display == expected


@pytest.mark.parametrize("question, sentence, lang, expected", [
    ("When were attacks on teachers the highest? 📈", "Attacks on teachers in Welsh schools reached an all-time high "
     "between 2005 and 2010.", "en", "between 2005 and 2010"),
    ("When did the plague strike Algiers? 🦠", "Algiers lost inhabitants to it in 1620–21, and Venice in 1654–57.",
     "en", "1620–21"),
    ("鼠疫何时袭击了阿尔及尔？", "阿尔及尔在1620至1621年间失去了大量居民。", "zh", "1620至1621年间"),
])
def test_a_period_of_years_is_the_answer_to_when(question, sentence, lang, expected):
    span = extract(analyse(question), sentence, lang)
    assert span is not None and span.display == expected


def test_which_year_asks_one_year_of_a_period():
    span = extract(analyse("What year did Börte give birth to Jochi? 👶"),
                   "She gave birth to a son, Jochi (1185–1226), nine months later.", "en")
    assert span is not None and span.display == "1185"


@pytest.mark.parametrize("question, sentence, lang, expected", [
    ("What is the population of the Greater Los Angeles Area? 🏙️", "These are the Greater Los Angeles Area at "
     "17,786,419, and San Diego–Tijuana at 5,105,768.", "en", "17,786,419"),
    ("What was the white population of Jacksonville as of 2010?", "Non-Hispanic whites declined from 75.8% in 1970 "
     "to 55.1% in 2010.", "en", "55.1%"),  # a year and a share are no range
])
def test_a_measure_asked_as_a_definition_is_a_number(question, sentence, lang, expected):
    span = extract(analyse(question), sentence, lang)
    assert span is not None and span.display == expected


@pytest.mark.parametrize("question, sentence, lang, expected", [
    ("In what decade did ABC finish transitioning to color? 📺", "ABC completed its transition to color in the "
     "1970s, after CBS and NBC.", "en", "1970s"),
    ("In what century did missionaries establish church schools?", "Missionaries established church schools in the "
     "early nineteenth century.", "en", "early nineteenth"),  # the question says "century"
    ("校园在什么年代开始变得现代？🏫", "校园在20世纪40年代开始变得现代。", "zh", "20世纪40年代"),
])
def test_a_decade_or_a_century_answers_what_decade(question, sentence, lang, expected):
    info = analyse(question)
    span = extract(info, sentence, lang)
    assert info.qtype == "date" and span is not None and span.display == expected


def test_a_century_written_out_is_evidence_of_a_date():
    info = analyse("In what century did missionaries establish church schools? ⛪")
    assert info.evidence is not None and info.evidence.search("schools founded in the early nineteenth century")
