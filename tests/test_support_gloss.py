"""The support check across languages through the bilingual lexicon: an English sentence's facts bound to their
parties in an English gloss of its Chinese source (rag/gloss.py), with a small CC-CEDICT lexicon (no embedder)."""
import pytest

from rag import verify
from rag.gloss import english_gloss
from rag.lexicon import Lexicon

pytestmark = pytest.mark.unit

LINES = """# CC-CEDICT test lines
專家 专家 [zhuan1 jia1] /expert; specialist/
來自 来自 [lai2 zi4] /to come from (a place)/
其餘 其余 [qi2 yu2] /the rest/the others/
大學 大学 [da4 xue2] /university/
科學院 科学院 [ke1 xue2 yuan4] /academy of sciences/
中國 中国 [Zhong1 guo2] /China/
地震局 地震局 [di4 zhen4 ju2] /earthquake agency/
邀請 邀请 [yao1 qing3] /to invite/
授課 授课 [shou4 ke4] /to teach/to give lessons/
"""
ZH_LECTURERS = "本次培训共邀请了12位授课专家，其中8位来自中国科学院，其余4位来自云南大学和云南省地震局 📚。"


@pytest.fixture(scope="module")
def small() -> Lexicon:
    return Lexicon.from_lines(LINES.splitlines())


def test_the_gloss_translates_words_and_keeps_facts_and_names(small):
    gloss = english_gloss(ZH_LECTURERS, small)
    assert "8位" in gloss and "4位" in gloss  # numbers stay where they are, with their measure word
    assert "academi" in gloss and "scienc" in gloss  # 中国科学院: cut into the words the lexicon knows
    assert "yunnan" in gloss  # a name the lexicon lacks, in pinyin
    assert " and " in gloss  # 和 splits clauses as "and" does
    assert "📚" in gloss


@pytest.mark.parametrize("sentence, reason", [
    ("Eight of the lecturers came from Yunnan University and the Yunnan Earthquake Agency, and four from the "
     "Chinese Academy of Sciences.", "binding: 8"),
    ("Of the 12 lecturers, eight came from the Chinese Academy of Sciences and the other four from Yunnan "
     "University and the Yunnan Earthquake Agency ✅.", None),
])
def test_an_english_fact_keeps_its_party_in_a_chinese_only_source(small, sentence, reason):
    assert verify.misbound_across(sentence, [verify.Evidence(text=ZH_LECTURERS)], small) == reason


def test_a_chinese_sentence_is_not_glossed_against_an_english_source(small):
    english = "Of the 12 lecturers, 8 came from the Chinese Academy of Sciences and 4 from Yunnan University."
    swapped = "其中4位来自中国科学院，其余8位来自云南大学。"
    assert verify.misbound_across(swapped, [verify.Evidence(text=english)], small) is None


def test_an_english_sentence_from_another_paragraph_shares_almost_nothing_with_the_glossed_source(small):
    evidence = [verify.Evidence(text=ZH_LECTURERS)]
    faithful = "Twelve lecturers were invited: eight came from the Chinese Academy of Sciences 🎓."
    elsewhere = "During the course, the trainees will visit the Dali Earthquake Monitoring Center."
    assert verify.gloss_support(faithful, evidence, small) >= verify.GLOSS_FLOOR
    assert verify.gloss_support(elsewhere, evidence, small) < verify.GLOSS_FLOOR
    assert verify.check(elsewhere + " [1]", evidence, None, small) == "unsupported"
    # a Chinese sentence is left to the other checks (1.0): its words are not glossed against an English source
    assert verify.gloss_support("学员们将参观大理地震监测中心。", [verify.Evidence(text=faithful)], small) == 1.0


def test_a_chinese_name_the_lexicon_lacks_is_glossed_as_surname_and_given_name(small):
    gloss = english_gloss("习近平主席发来贺信 ✉️。", small)
    assert "xi jinping" in gloss and "xijinping" in gloss


def test_number_words_are_left_to_the_fact_checks_in_the_gloss_share(small):
    evidence = [verify.Evidence(text=ZH_LECTURERS)]
    # "twelve", "eight", "four" are not in the gloss (8位 stays in digits): they do not lower the share
    assert verify.gloss_support("Twelve experts: eight from the Academy of Sciences, four from Yunnan.", evidence,
                                small) == 1.0


@pytest.mark.parametrize("sentence, source", [
    ("Applications close at 17:00 Beijing time on 30 April, and results come in June.",
     "申请截止时间为4月30日北京时间17:00，评审结果将于6月公布。"),
    ("申请截止时间为4月30日北京时间17:00。", "申请截止时间为4月30日北京时间17:00，评审结果将于6月公布。"),
])
def test_a_time_of_day_is_no_count_bound_to_a_party(sentence, source):
    from rag import binding

    assert not binding.facts_of("北京时间17:00")["number"]
    assert not binding.facts_of("at 17:00 Beijing time")["number"]
    assert binding.misbound_fact(sentence, [source]) is None
