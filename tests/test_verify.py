"""The support check's parts: facts, prompt echo, sentences with their markers, and the verdict (no embedder)."""
import pytest

from rag import verify

pytestmark = pytest.mark.unit

EN = "On 4 November 2018, ANSO was formally established in Beijing. Liu He read the letter 🎉."
ZH = "2018年11月4日,“一带一路”国际科学组织联盟在北京正式成立。联盟在成立一周年之际落户怀柔科学城。"


def evidence(text: str, parallel: str | None = None) -> list[verify.Evidence]:
    return [verify.Evidence(text=text, parallel=[parallel] if parallel else [])]


@pytest.mark.parametrize("text, expected", [
    ("4 November 2018", {"4", "11", "2018"}), ("2018年11月4日", {"2018", "11", "4"}),
    ("Its budget is 2.5 million dollars.", {"2500000"}), ("预算为250万美元", {"2500000"}),
    ("在成立一周年之际", {"1"}), ("一带一路", set()), ("the 3rd meeting, three days", {"3"}),
    ("ANSO may grow 🚀", set()), ("held on 5 May", {"5"}), ("第十二届", {"12"}), ("1,000 people", {"1000"}),
])
def test_numbers_are_normalised_across_languages(text, expected):
    assert verify.numbers(text) == expected


@pytest.mark.parametrize("sentence, reason", [
    ("ANSO was formally established in Beijing on 4 November 2018. [1]", None),
    ("ANSO was established on 4 November 2019. [1]", "fact: 2019"),
    ("联盟于2019年11月4日成立。[1]", "fact: 2019"),
    ("ANSO was formally established in Geneva. [1]", "fact: Geneva"),
    ("Write to info@anso.org for details. [1]", "fact: info@anso.org"),
    ("ANSO was not formally established in Beijing. [1]", "negation"),
])
def test_facts_absent_from_the_cited_source_are_caught(sentence, reason):
    assert verify.missing_fact(sentence, evidence(EN, ZH)) == reason


@pytest.mark.parametrize("sentence, reason", [
    ("Liu He read the letter. [1]", None),
    ("Wang He read the letter. [1]", "fact: Wang He"),  # "He" is a common word, but here it is part of a name
    ("Wang Gang read the letter. [1]", None),
    ("In May, Liu He read the letter 🎉. [1]", None),
    ("He read the letter. [1]", None),  # the pronoun at the start is not a name
])
def test_a_name_part_that_is_a_common_word_is_checked_with_its_neighbour(sentence, reason):
    source = EN + " Wang Gang said he would attend."
    assert verify.missing_fact(sentence, evidence(source, ZH)) == reason


def test_translation_is_checked_against_the_sources_other_language_version():
    zh_sentence = "联盟于2018年11月4日在北京正式成立。[1]"
    assert verify.check(zh_sentence, evidence(EN, ZH), None) is None
    assert verify.check("联盟于2018年11月4日在北京正式成立，并设立了专项基金。[1]", evidence(EN, ZH), None) is not None


def test_added_claim_in_its_own_clause_is_unsupported():
    assert verify.check("ANSO was formally established in Beijing, and it runs a moon base. [1]", evidence(EN), None)
    assert verify.check("ANSO was formally established in Beijing. [1]", evidence(EN), None) is None


def test_uncited_sentence_is_unsupported():
    assert verify.check("ANSO was formally established in Beijing.", [], None) == "uncited"


def test_prompt_echo_is_stripped_in_both_languages():
    echoed = ("<<SYS>>\n[1] (Secretariat of ANSO; English) On 4 November 2018 ANSO was established. [1]\n"
              "[2]（联盟落户怀柔；中文）联盟成立。[2]\nQuestion: When?\nAnswer (in English, with [n] citations): x")
    text, removed = verify.strip_echo(echoed)
    assert removed >= 4 and "<<SYS>>" not in text and "English)" not in text and "中文）" not in text
    cut, _ = verify.strip_echo("“一带一路”国际科学组织联盟落户怀柔科学城\n\n[3]（“一带一路”国际科学组织联盟落户怀")
    assert "[3]" not in cut and verify.cited_sentences(cut) == ["“一带一路”国际科学组织联盟落户怀柔科学城"]
    assert "Question:" not in text and "Answer (in English" not in text
    assert verify.is_prompt_echo("Every sentence must end with the number of the source that supports it.")
    assert verify.is_prompt_echo("每句话末尾都要标注支持它的资料编号。")
    assert not verify.is_prompt_echo("ANSO was formally established in Beijing on 4 November 2018.")


def test_a_line_break_ends_a_sentence_and_a_marker_on_the_next_line_stays_with_it():
    assert verify.cited_sentences("ANSO 联盟\n2018年成立\n[1]\nIt is in Beijing. [2]") == [
        "ANSO 联盟", "2018年成立[1]", "It is in Beijing. [2]"]


def test_markers_after_the_full_stop_stay_with_their_sentence():
    assert verify.cited_sentences("ANSO was founded in 2018. [1] It is in Beijing 🏙️. [2] 联盟成立。[1]其秘书处在怀柔。【2】") == [
        "ANSO was founded in 2018. [1]", "It is in Beijing 🏙️. [2]", "联盟成立。[1]", "其秘书处在怀柔。【2】"]


@pytest.mark.parametrize("sentence, source, reason", [
    ("Up to 25 fellowships will be awarded. [1]", "Up to 25 fellowships will be awarded in 2024.", None),
    ("At least 25 fellowships will be awarded. [1]", "Up to 25 fellowships will be awarded in 2024.",
     "quantifier: at_least"),
    ("2024年将授予至少25个奖学金名额。[1]", "Up to 25 fellowships will be awarded in 2024.", "quantifier: at_least"),
    ("2024年最多授予25个奖学金名额。[1]", "Up to 25 fellowships will be awarded in 2024.", None),  # 最多 = up to
    ("Participation is free for all young scientists 🎓. [1]",
     "Participation is free for young scientists from member institutions.", "quantifier: all"),
    ("博士生每月可获得4500元津贴。[1]", "PhD students receive a monthly stipend of CNY 4,500.", None),  # 每月 = monthly
])
def test_a_changed_bound_or_scope_is_caught_in_both_languages(sentence, source, reason):
    assert verify.missing_fact(sentence, evidence(source)) == reason


def test_names_are_looked_up_only_in_sources_of_their_own_script():
    zh_source = "来自巴基斯坦、尼泊尔和孟加拉国的28名学员参加了开班仪式。"
    assert verify.missing_fact("28 trainees from Pakistan, Nepal and Bangladesh attended. [1]", evidence(zh_source)) is None
    assert verify.missing_fact("来自越南的28名学员参加了开班仪式。[1]", evidence(zh_source)) == "fact: 越南"
