"""Spans of the wrong sort are no short answer: a clock hour for a count, a share for a count, a founding year or a
year inside a name for "when"; a Chinese sentence about another party (国外学员 for 国内学员) does not answer."""
import pytest

from rag.abstain import names_another_party
from rag.questions import analyse
from rag.short_answer import extract, needs_span

pytestmark = pytest.mark.unit


def _short(question: str, text: str, lang: str) -> str | None:
    span = extract(analyse(question), text, lang)
    return None if span is None else span.display


@pytest.mark.parametrize("question, text, lang", [
    ("2026年资助了多少名访问学者？", "截止时间为2026年9月30日（星期三）17:00（北京时间）。", "zh"),
    ("How many 🚀 rockets were launched by the team?", "The deadline is 30 June at 17:00 Beijing time.", "en"),
    ("How many proposals did the TAC receive for 2026B?",
     "From 2026B at least 30 per cent of the time goes to them.", "en"),
    ("ANSO-UAQ网络收到了多少份观测申请？", "至少30%的观测时间分配给中国以外的申请人。", "zh"),
])
def test_no_count_from_a_clock_time_or_a_share(question, text, lang):
    assert _short(question, text, lang) is None


@pytest.mark.parametrize("question, text, lang, expected", [
    ("How many participants joined the 🌏 workshop?", "The workshop closed at 17:00 with 64 participants.", "en", "64"),
    ("What percentage of the time went to 🔭 proposals from abroad?", "At least 30 per cent of the time went to them.",
     "en", "30 per cent"),
    ("联盟资助了多少名学员？", "联盟于9:30宣布资助20名学员。", "zh", "20名"),
])
def test_counts_and_shares_still_answer(question, text, lang, expected):
    shown = _short(question, text, lang)
    assert shown is not None and expected in shown


@pytest.mark.parametrize("line, worded", [("1.", False), ("（2）", False), ("3) 🚀", False), ("Eleven 🚀", True),
                                          ("第1条", True), ("2. Opening", True)])
def test_a_list_number_line_says_nothing_an_answer_could_quote(line, worded):
    from rag.extractive import WORDED
    assert bool(WORDED.search(line)) is worded


@pytest.mark.parametrize("question, text, lang", [
    ("When was the AMR 🦠 workshop held?", "The workshop belongs to the OHI, which ANSO launched in 2023.", "en"),
    ("When did the 2025 Pamir–Tianshan campaign take place?", "The programme was established in 2022 by ANSO.", "en"),
    ("科学传播奖的获奖者什么时候公布？", "联盟科学传播奖由执行委员会于2022年设立。", "zh"),
    ("ANSO-UAQ网络年会什么时候举办？", "该网络成立于2021年，秘书处设在北京。", "zh"),
    ("When will the coastal summer school be held?",
     "ANSO invites applications for the summer school (CORSS 2026).", "en"),
])
def test_a_founding_year_or_a_year_in_a_name_does_not_answer_when(question, text, lang):
    assert _short(question, text, lang) is None
    assert needs_span(analyse(question))


@pytest.mark.parametrize("question, text, lang, expected", [
    ("When was ANSO-SCA 🏅 established?", "The award was established in 2022 by the Executive Committee.", "en",
     "2022"),
    ("联盟科学传播奖是哪一年设立的？", "联盟科学传播奖由执行委员会于2022年设立。", "zh", "2022"),
    ("When was the workshop held?", "The workshop was held in Dhaka in 2026.", "en", "2026"),
])
def test_a_founding_year_answers_a_founding_question_and_other_years_still_answer(question, text, lang, expected):
    shown = _short(question, text, lang)
    assert shown is not None and expected in shown


def test_a_chinese_sentence_about_a_contrasting_party_does_not_answer():
    question = "联盟为冷冻电镜培训班的国内学员提供多少机票资助？"
    assert names_another_party(question, "联盟为20名国外学员提供资助，含往返机票 ✈️。", "")
    assert not names_another_party("联盟为国外学员提供多少机票资助？", "联盟为20名国外学员提供资助。", "")
    assert not names_another_party("有多少名硕士研究生参加ANSO培训？", "共有30名硕士研究生参加培训。", "")
    assert names_another_party("有多少名硕士研究生参加ANSO培训？", "共有30名博士研究生参加培训。", "")


def test_a_bare_party_the_document_tells_apart_from_the_asked_one_does_not_answer():
    question = "联盟访问学者计划中的高级访问学者可以申请多少小额科研经费？"
    sentence = "科研经费：访问学者可另行申请不超过3万元人民币的小额科研经费。"
    document = "生活补贴：访问学者每月12000元人民币，高级访问学者每月20000元人民币；" + sentence
    assert names_another_party(question, sentence, document)
    assert not names_another_party(question, sentence, sentence)  # nothing tells the two apart
    # 访问学者 inside the programme's name (联盟访问学者计划) is no party of its own
    assert not names_another_party("联盟访问学者计划每月补贴多少？", "访问学者每月12000元。",
                                   "联盟访问学者计划的通知。")


def _shown(question: str, text: str, lang: str) -> bool | None:
    span = extract(analyse(question), text, lang)
    return None if span is None else span.shown


@pytest.mark.parametrize("question, text, lang", [
    ("What kind of 🏛️ organization is the network?",
     "The opening of the network's office was held in Nairobi on Thursday, 5 March.", "en"),
    ("Under which programme was the 🌱 lab set up?", "On 4 May 2025, the lab was formally set up.", "en"),
    ("贺信希望各国科学界培养什么样的人才？", "习近平主席在贺信中指出，科技合作是共建的重要内容。", "zh"),
])
def test_an_untyped_question_shows_no_date_and_a_what_kind_question_no_person(question, text, lang):
    assert _shown(question, text, lang) is not True  # the sentence stays the answer


@pytest.mark.parametrize("question, text, lang", [
    ("同一台仪器每周最多能预约多长时间？🔬", "每台仪器每周预约不超过40机时，同一台仪器一次不超过8小时。", "zh"),
    ("What does the 🧪 Open Lab platform offer?", "The Open Lab platform was launched in Kunming.", "en"),
])
def test_a_span_that_only_repeats_the_question_is_not_shown(question, text, lang):
    span = extract(analyse(question), text, lang)
    assert span is None or not span.shown or span.display.replace(" ", "") not in question.replace(" ", "")


@pytest.mark.parametrize("question, text, lang, expected", [
    ("Was the workshop held in Nairobi or in Kampala? 🌍", "The workshop was held in Nairobi in May.", "en", "Nairobi"),
])
def test_a_choice_question_may_answer_with_its_own_words(question, text, lang, expected):
    span = extract(analyse(question), text, lang)
    assert span is None or expected in span.display  # never hidden for echoing


def test_echo_rule_itself():
    from rag.short_answer import Span, _echoes_question
    assert _echoes_question(analyse("同一台仪器每周最多能预约多长时间？"), Span(0, 2, "一台"))
    assert _echoes_question(analyse("What does the Open-Lab platform offer?"), Span(0, 8, "open lab"))
    assert not _echoes_question(analyse("What does the platform offer? 🔬"), Span(0, 9, "40 hours"))
    assert not _echoes_question(analyse("北京还是上海？"), Span(0, 2, "北京"))


@pytest.mark.parametrize("question, text, lang, expected", [
    ("What kind of talents should be cultivated?", "The letter calls for cultivating innovative talents 🎓.", "en",
     "innovative"),
    ("Which journal published the 🦠 study?", "The study was published in Nature Microbiology.", "en",
     "Nature Microbiology"),
])
def test_a_span_of_the_asked_sort_is_still_shown(question, text, lang, expected):
    span = extract(analyse(question), text, lang)
    assert span is not None and span.shown and expected in span.display
