"""A Chinese question counted in words against English text (rag/zh_words.py)."""
import pytest

from rag.text import coverage_terms
from rag.zh_words import question_words, word_coverage

pytestmark = pytest.mark.unit


def _terms(question: str) -> dict[str, float]:
    return {t: 1.0 + i / 10 for i, t in enumerate(sorted(coverage_terms(question)))}


def test_words_drop_bigrams_that_straddle_two_words():
    terms = _terms("联盟秘书处设在哪里？")
    words = question_words("联盟秘书处设在哪里？", terms)
    assert {"联盟", "秘书处"} <= set(words) and "盟秘" not in words and "处设" not in words
    assert words["秘书处"] == max(terms["秘书"], terms["书处"])  # a word weighs as its heaviest bigram


def test_latin_terms_and_digits_stay_as_they_are():
    words = question_words("HSC 2026年的揭牌仪式🎉在哪里？", _terms("HSC 2026年的揭牌仪式🎉在哪里？"))
    assert "hsc" in words and "2026" in words and "揭牌" in words


def test_word_coverage_counts_translated_words_and_latin_terms():
    words = {"秘书处": 2.0, "联盟": 1.0, "hsc": 1.0}
    assert word_coverage(words, frozenset({"hsc"}), frozenset({"秘书处", "联盟"}), 1.0) == pytest.approx(1.0)
    assert word_coverage(words, frozenset(), frozenset({"秘书处"}), 0.5) == pytest.approx(0.25)
    assert word_coverage({}, frozenset(), frozenset(), 1.0) == 0.0
