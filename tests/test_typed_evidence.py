"""A typed question needs text of its type: the chunk that spells an acronym out is retrieved even when it ranks
below k; a "who" question is answered by a person or an organisation, or not by that sentence at all."""
import pytest

from rag.questions import analyse, retrieval_cue
from rag.short_answer import extract


@pytest.mark.unit
def test_the_retrieval_cue_of_an_acronym_question_is_the_acronym_in_brackets():
    cue = retrieval_cue(analyse("What does ANSO stand for? 🤔"))
    assert cue is not None and cue.search("Alliance of International Science Organizations (ANSO) settles")
    assert not cue.search("It was co-organized by ANSO, the People’s Government of Huairou District")
    assert retrieval_cue(analyse("When was ANSO established?")) is None  # dates are everywhere
    assert retrieval_cue(analyse("项目办公室的电子邮箱是什么？")).search("请发邮件至 drfp@example.org 。")


@pytest.mark.unit
@pytest.mark.parametrize("question, sentence, expected", [
    ("揭牌仪式由谁主办？", "本次揭牌仪式由中国科学院和北京市人民政府共同主办。", "中国科学院、北京市人民政府"),
    ("这项决策是在谁的关心和支持下作出的？", "落户怀柔科学城是在党中央、国务院关心和支持下作出的一项重要决策。", "党中央、国务院"),
])
def test_a_chinese_who_question_without_a_person_is_answered_by_the_organisations(question, sentence, expected):
    span = extract(analyse(question), sentence, "zh")
    assert span is not None and span.display == expected


@pytest.mark.unit
def test_a_place_or_a_letter_is_no_answer_to_who():
    assert extract(analyse("谁出席了仪式？"), "“一带一路”国际科学组织联盟落户怀柔科学城。", "zh") is None
    span = extract(analyse("Who supports the B&R projects?"), "It serves the B&R.", "en")
    assert span is None or span.display != "B"


@pytest.mark.integration
def test_what_an_acronym_stands_for_is_found_on_the_bundled_corpus(assistant):
    result = assistant.answer("What does ANSO stand for?")
    assert not result.abstained and result.short_answer == "Alliance of International Science Organizations"


@pytest.mark.unit
@pytest.mark.parametrize("question, sentence, lang", [
    ("Who chairs the Water and Climate Network?",
     "Besides AFSN, ANSO supports the Water and Climate Network and the Biodiversity Conservation Network.", "en"),
    ("数据委员会的主席是谁？", "相关申请由联盟数据委员会和国务院有关部门审核。", "zh"),
])
def test_a_role_is_held_by_a_person_never_by_an_organisation(question, sentence, lang):
    assert extract(analyse(question), sentence, lang) is None


@pytest.mark.unit
def test_a_body_named_only_in_the_documents_opening_still_counts():
    from rag.extractive import _other_body

    evidence = "The 2025 call is open to four priority themes: agriculture, water and health 🌾."
    lead = "Call for Proposals 2025 The Alliance invites proposals for the ANSO Collaborative Research Projects (CRP)."
    assert _other_body("What are the priority themes of the 2025 CRP call?", evidence)
    assert not _other_body("What are the priority themes of the 2025 CRP call?", evidence, lambda: lead)


@pytest.mark.integration
def test_the_sentence_naming_what_is_asked_answers(assistant):
    result = assistant.answer("What is the aim of settling the ANSO Secretariat in HSC?")
    assert not result.abstained and "vigorously promote" in (result.short_answer or ""), result.answer
