""""Which hotel …" when no document ever names a hotel: the asked category is something the documents do not
cover, so the evidence about the meeting does not answer it — unless the category is one an answer names without
the word (countries, cities, people)."""
import pytest

from rag.abstain import accounts_for
from tests.test_abstain_rules import corpus_idf

pytestmark = pytest.mark.unit

MEETING = "The YSF 2022 Annual Meeting will be held in Hangzhou, China, hosted by Zhejiang University 🎓."
TRAINEES = "28 trainees from Pakistan, Nepal and Bangladesh attended the opening."


def test_a_category_the_corpus_never_names_abstains():
    corpus = corpus_idf(MEETING, TRAINEES)
    assert not accounts_for("Which hotel will host the YSF 2022 Annual Meeting?", "en", None, MEETING, corpus)
    assert not accounts_for("In which hotel was the YSF 2022 Annual Meeting held?", "en", None, MEETING, corpus)


def test_a_category_an_answer_names_without_the_word_still_answers():
    corpus = corpus_idf(MEETING, TRAINEES)
    assert accounts_for("Which city will host the YSF 2022 Annual Meeting?", "en", "where", MEETING, corpus)
    assert accounts_for("Which countries did the trainees come from?", "en", "list", TRAINEES, corpus)
    assert accounts_for("Which university will host the YSF 2022 Annual Meeting?", "en", None, MEETING, corpus)
