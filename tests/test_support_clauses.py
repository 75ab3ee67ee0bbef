"""Clauses (rag/verify.py): a discourse connective (在此之前, "before that", 此外) linking a sentence's clauses in
another order than the source's is no added claim; a word that negates by its meaning ("lose access", "barred",
丧失, 禁止) keeps its source's negation. Both languages, emoji and mixed script."""
import pytest

from rag import verify

pytestmark = pytest.mark.unit

SOURCE_ZH = "秘书处将于5月至6月组织国际同行评审和会议评审，立项结果于2026年7月底前公布。"
SOURCE_EN = "The Secretariat will organise peer review in May and June; results will be published by the end of July."


@pytest.mark.parametrize("sentence, texts", [
    ("立项结果将于2026年7月底前公布，在此之前，秘书处将于5月至6月组织国际同行评审和会议评审。", [SOURCE_ZH]),
    ("Results will be published by the end of July; before that, the Secretariat will organise peer review 📅.",
     [SOURCE_EN]),
])
def test_a_connective_clause_is_no_added_claim(sentence, texts):
    assert verify.clause_support(sentence, texts) >= verify.CLAUSE_FLOOR


def test_a_clause_of_real_new_words_is_still_an_added_claim():
    sentence = "立项结果将于2026年7月底前公布，届时还将举行隆重的新闻发布会。"
    assert verify.clause_support(sentence, [SOURCE_ZH]) < verify.CLAUSE_FLOOR


@pytest.mark.parametrize("text, negates", [
    ("Those rated poor lose access to ANSO funding for three years.", True),
    ("Applicants found guilty are barred from future calls 🚫.", True),
    ("违规者将丧失申请资格", True),
    ("严禁在实验室饮食", True),
    ("Those rated poor receive a warning.", False),
    ("评为优秀者获得奖励", False),
])
def test_a_word_negating_by_meaning_is_an_implicit_negation(text, negates):
    assert verify.implicitly_negated(text) is negates
