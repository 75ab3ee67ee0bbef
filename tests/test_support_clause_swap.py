"""Two clauses that traded a party, a stage or a number (rag/clause_swap.py): flagged in either language, with
emoji and mixed script; a faithful sentence that reorders or rewords the source's clauses is not."""
import pytest

from rag import clause_swap, verify

pytestmark = pytest.mark.unit

STAGES_ZH = "评审分两轮进行：第一轮采用通讯评审，第二轮于9月在北京进行现场答辩。"
SESSIONS_EN = "Dr. Amal Farouk chaired the morning session, and Professor Li Wei opened the poster exhibition."
COUNTS_EN = "The Water Network has 12 member institutes, and the Soil Network has 7 member institutes."
MIXED = "会议由Ahmed Karim主持开幕式，王芳教授作总结发言。"
FEES_ZH = "培训期间的学费由主办方承担，国际旅费由学员自理。"


@pytest.mark.parametrize("sentence, source", [
    ("第二轮采用通讯评审，第一轮于9月在北京进行现场答辩。", STAGES_ZH),
    ("Professor Li Wei chaired the morning session, and Dr. Amal Farouk opened the poster exhibition 🎤.",
     SESSIONS_EN),
    ("The Water Network has 7 member institutes, and the Soil Network has 12 member institutes.", COUNTS_EN),
    ("会议由王芳教授主持开幕式，Ahmed Karim作总结发言😀。", MIXED),
])
def test_two_clauses_that_traded_a_term_are_flagged(sentence, source):
    assert clause_swap.swapped_between_clauses(sentence, [source]).startswith("binding: ")
    assert verify.check(sentence + " [1]", [verify.Evidence(text=source)], None) is not None


@pytest.mark.parametrize("sentence, source", [
    ("第一轮采用通讯评审，第二轮于9月在北京进行现场答辩✅。", STAGES_ZH),
    ("Professor Li Wei opened the poster exhibition, and Dr. Amal Farouk chaired the morning session 🎤.",
     SESSIONS_EN),  # the same clauses in another order
    ("The Soil Network has 7 member institutes, and the Water Network has 12.", COUNTS_EN),
    ("王芳教授作总结发言，会议由Ahmed Karim主持开幕式。", MIXED),
    # reworded: 学员 moved to the first clause and 承担 to the second, neither where the other stood
    ("学员的学费由主办方负担，国际旅费需自行承担。", FEES_ZH),
])
def test_a_reordered_or_reworded_sentence_is_not_a_swap(sentence, source):
    assert clause_swap.swapped_between_clauses(sentence, [source]) is None


def test_one_clause_has_nothing_to_trade():
    assert clause_swap.swapped_between_clauses("Professor Li Wei chaired the morning session.", [SESSIONS_EN]) is None
