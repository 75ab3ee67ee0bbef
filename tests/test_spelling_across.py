"""British spellings across languages (``rag.spelling`` in ``rag.lexicon``) and English name parts looked up under
their stems (``rag.names.named_across``)."""
import pytest

from rag.lexicon import Lexicon
from rag.names import named_across
from rag.spelling import american_spellings, british_spelling, with_british
from rag.text import coverage_terms

pytestmark = pytest.mark.unit

LINES = """# CC-CEDICT-style test lines (American glosses)
計劃 计划 [ji4 hua4] /plan/project/program/
中心 中心 [zhong1 xin1] /center/heart/core/
組織 组织 [zu3 zhi1] /to organize/organization/
程序員 程序员 [cheng2 xu4 yuan2] /programmer/
科學 科学 [ke1 xue2] /science/
傳播 传播 [chuan2 bo1] /to disseminate/communication/
獎 奖 [jiang3] /prize/award/
獎項 奖项 [jiang3 xiang4] /award/prize/
冰川 冰川 [bing1 chuan1] /glacier/
"""


@pytest.fixture(scope="module")
def small() -> Lexicon:
    return Lexicon.from_lines(LINES.splitlines())


def _stem(word: str) -> str:
    return next(iter(coverage_terms(word)))


def test_british_and_american_stems_are_paired_both_ways():
    assert american_spellings(_stem("programme")) == ("program",)
    assert american_spellings(_stem("centre")) == ("center",)
    assert "organiz" in american_spellings(_stem("organise"))
    assert american_spellings(_stem("program")) == () and american_spellings(_stem("basis")) == ()
    assert british_spelling("program") == "programm" and british_spelling("organiz") == "organis"
    assert british_spelling("plan") is None
    assert with_british("research center") == "research centr" and with_british("科学 😀") is None


def test_a_british_english_term_finds_the_american_glosses_translations_first(small):
    assert small.zh_for(_stem("programme"))[0] == "计划"  # not only 程序员 ("programmer" stems alike)
    assert "中心" in small.zh_for(_stem("centres")) and "组织" in small.zh_for(_stem("organisation"))
    assert small.zh_for(_stem("glacier")) == ("冰川",)  # a word spelt alike is untouched


def test_a_chinese_word_translates_into_both_spellings(small):
    assert {"program", "programm"} <= set(small.en_for("计划"))
    assert {"center", "centr"} <= set(small.en_for("中心"))
    assert small.en_for("冰川") == ("glacier",)


def test_english_name_parts_are_looked_up_under_their_stems(small):
    chinese = "2026年联盟科学传播奖项的获奖者名单将于10月公布。🏆"
    assert named_across(chinese, "ANSO Science Communication Award", small.alternatives) is True
    assert named_across("联盟科学传播奖于2022年设立。", "ANSO Science Communication Award", small.alternatives) \
        is not False  # 奖 alone is no dictionary word: two of three parts stated, nothing to tell by
    assert named_across("冰川考察队于8月出发。", "ANSO Science Communication Award", small.alternatives) is False
    assert named_across("中心 mixed 文本", "Glacier", small.alternatives) is None  # one part: nothing to tell by
    # a Chinese name against English text, as before
    assert named_across("The Science Communication Award 🏆 opens in March.", "科学传播奖", small.alternatives)
