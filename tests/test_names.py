"""Organisation and programme names a question asks about (``rag.names``): the evidence must name the asked body
itself — whole, by its acronym or by what the acronym stands for — or it is about another body."""
import pytest

from rag.names import asked_bodies, missing_body, names


@pytest.mark.unit
@pytest.mark.parametrize("question, bodies", [
    ("When was the Chinese Academy of Sciences founded?", ["Chinese Academy of Sciences"]),
    ("What is the stipend in the Drylands Research Fellowship Programme? 🎓",
     ["Drylands Research Fellowship Programme"]),
    ("Who chairs the Water and Climate Network?", ["Water and Climate Network"]),
    ("DRFP 的博士生每月津贴是多少？", ["DRFP"]),
    ("中国科学院是哪一年成立的？", ["中国科学院"]),
    ("How much is the monthly stipend in CNY for PhD students?", []),  # a currency and a degree are not bodies
    ("Who presided over the ceremony?", []),
    ("谁主持了揭牌仪式？", []),
])
def test_asked_bodies_are_organisations_programmes_and_acronyms(question, bodies):
    assert asked_bodies(question) == bodies


@pytest.mark.unit
def test_a_body_is_named_whole_by_its_acronym_or_by_what_the_acronym_stands_for():
    assert names("The ANSO Secretariat settled in Huairou.", "Secretariat of ANSO")  # reordered words
    assert names("Call for Applications: ANSO Drylands Research Fellowship Programme 2024", "DRFP")
    assert names("Announcement: ANSO Young Scientists Forum 2022 Annual Meeting", "YSF")
    assert names("Questions go to the DRFP Office.", "Drylands Research Fellowship Programme")
    assert names("中国科学院院长白春礼出席仪式。", "中国科学院")
    # word by word is not enough
    assert not names("2018年11月4日，联盟在北京正式成立，由各国国家科学院共同发起。", "中国科学院")
    assert not names("On 4 November 2018, ANSO was formally established by national academies of sciences.",
                     "Chinese Academy of Sciences")


@pytest.mark.unit
def test_missing_body_is_the_first_asked_body_the_evidence_never_names():
    assert missing_body("When was the Chinese Academy of Sciences founded?", "ANSO was founded in 2018.") \
        == "Chinese Academy of Sciences"
    assert missing_body("When was ANSO founded? 🚀", "ANSO was founded in 2018.") is None


@pytest.mark.integration
@pytest.mark.parametrize("question", [
    "When was the Chinese Academy of Sciences founded?",
    "中国科学院是哪一年成立的？",
])
def test_a_question_about_another_body_abstains_on_the_bundled_corpus(assistant, question):
    result = assistant.answer(question)
    assert result.abstained, result.answer


@pytest.mark.integration
@pytest.mark.parametrize("question, expected", [
    ("Who is the President of the Chinese Academy of Sciences?", "Bai Chunli"),
    ("中国科学院院长是谁？", "白春礼"),
    ("When was ANSO established?", "4 November 2018"),
])
def test_a_question_about_a_named_body_still_answers(assistant, question, expected):
    result = assistant.answer(question)
    assert not result.abstained and expected in (result.short_answer or ""), result.answer


@pytest.mark.unit
def test_the_tail_of_a_hyphenated_term_is_not_a_body():
    assert asked_bodies("How much does a room cost for trainees of the cryo-EM course? 🔬") == []
    assert asked_bodies("What is ANSO-UAQ?") == ["ANSO", "UAQ"]  # a network's acronym after its alliance's


@pytest.mark.unit
def test_a_chinese_name_is_named_with_its_qualifier_in_brackets_but_not_across_clauses():
    notice = "关于申报2027年度联盟访问学者计划（人工智能与交叉科学方向）的通知 📣"
    assert names(notice, "人工智能访问学者计划")
    elsewhere = "联盟访问学者计划支持青年学者。人工智能领域另有安排，详见其他通知和附件内容。"
    assert not names(elsewhere, "人工智能访问学者计划")
    assert not names(notice, "人工智能博士后计划")  # a sibling scheme: one of its parts is never stated


@pytest.mark.unit
def test_an_acronym_spelled_with_letters_from_inside_a_word():
    title = "ANSO Regional Workshop on Antimicrobial Resistance Surveillance: a One Health Approach 🦠"
    assert names(title, "AMR")
    assert not names(title, "AMS")  # the initials of "Antimicrobial Resistance Surveillance" do not fit
    assert not names("Chinese Academy of Sciences", "CS")  # initials that skip a word do not spell it
    assert asked_bodies("AMR 研讨会有多少人参加？") == ["AMR"]


@pytest.mark.unit
@pytest.mark.parametrize("question, bodies", [
    ("Who is the Treasurer of the ANSO Botanic Gardens Network? 🌿", ["ANSO Botanic Gardens Network"]),
    ("Who is the Secretary-General of the ANSO Alliance for Clean Energy Transition?",
     ["ANSO Alliance for Clean Energy Transition"]),
    ("Who is the Vice-President of the Academy of Sciences Malaysia?", ["Academy of Sciences Malaysia"]),
    ("When was the Chinese Academy of Sciences founded?", ["Chinese Academy of Sciences"]),  # its own "of" stays
    ("Who directs the Institute of Automation?", ["Institute of Automation"]),
])
def test_a_post_opening_a_capitalised_phrase_is_not_part_of_the_body(question, bodies):
    assert asked_bodies(question) == bodies


@pytest.mark.unit
def test_a_chinese_name_ends_at_a_head_of_its_own():
    """专项 closes one name; 青年项目 after it is a part of that programme, named on its own; 计划 after 培训班 is the
    verb "plans", not a name's head."""
    assert asked_bodies("联盟农业绿色发展专项青年项目每项最多资助多少钱？💰") == ["农业绿色发展专项", "青年项目"]
    assert asked_bodies("首期联盟科研诚信培训班计划培训多少人？") == ["首期联盟科研诚信培训班"]


@pytest.mark.unit
def test_an_acronym_may_take_the_words_of_its_name_in_another_order():
    call = "ANSO Summer School on Coastal Observation and Resilience 2026 🌊 Call for Participants"
    assert names(call, "CORSS")
    assert names("ANSO Summer School on Quantum Information Science 2026", "QISS")
    assert not names("ANSO Summer School on Quantum Information Science 2026", "QIST")  # a letter no word gives
    assert not names("The Climate and Water Network", "WCN")  # too short to tell: three letters
    assert not names("ANSO Summer School on Coastal Observation and Resilience Training", "CORS")  # 3 words left out
