"""Binding fires only when sure (rag.binding): an answer clause that joins clauses of one source sentence keeps
their values with their party; a value that replaces the best clause's own one is still caught. English, Chinese,
emoji and mixed script."""
from __future__ import annotations

import pytest

from rag import binding

pytestmark = pytest.mark.unit

CRUISE = ("The vessel will leave Sanya on Saturday 11 April 2026 for a 38-day cruise and return to Sanya on "
          "18 May 2026. A port call in Colombo is planned from 26 to 28 April.")
COURSE = ("The field course was held from Monday 8 to Friday 19 September 2025 at the Minqin station, "
          "and twenty-two trainees from seven countries took part.")
LICENCE = "The Centre brokered 23 licensing agreements in 2025, up from 15 in 2024, bringing in licence income of USD 1.9 million."  # noqa: E501
AWARDS = "The Young Scientist Award comes with USD 20,000, the Outstanding Contribution Award with USD 50,000."
CHARTER_ZH = "本章程经2025年12月9日执行委员会第七次会议通过，自2026年1月1日起施行。"


@pytest.mark.parametrize("sentence, sources", [
    ("The 38-day cruise will end in Sanya on 18 May 2026, having set out on Saturday 11 April 🚢.", [CRUISE]),
    ("Twenty-two trainees from seven countries attended the field course at the Minqin station from 8 to 19 "
     "September 2025.", [COURSE]),
    ("Licence income in 2025 came to $1.9 million.", [LICENCE]),
])
def test_a_clause_joining_one_source_sentence_is_no_rebinding(sentence, sources):
    assert binding.misbound_fact(sentence, sources) is None


@pytest.mark.parametrize("sentence, sources", [
    ("The Outstanding Contribution Award comes with USD 20,000 🏆.", [AWARDS]),          # value of the other award
    ("The Young Scientist Award comes with USD 50,000, the Outstanding Contribution Award with USD 20,000.", [AWARDS]),
    ("本章程自2025年1月1日起施行，由执行委员会通过。", [CHARTER_ZH]),  # the adoption's year on the start
])
def test_a_value_moved_to_another_party_is_still_caught(sentence, sources):
    assert binding.misbound_fact(sentence, sources) is not None


# an English gloss of "秘书处每季度评审一次，第一季度申请截止日期为2026年3月31日（星期二），
# 评审结果在截止日后30个工作日内通知申请人。" (rag.gloss): the weekday's bracket is split into the
# clause of the 30 working days
DEADLINE = ("secretari chu mei season apprais evalu judg 一次, first quarter appli applic form close stop "
            "cut-off point date wei 2026年3月31日( tuesday ), apprais evalu judg bear fruit outcom result zai "
            "close stop cut-off point sometim someday 30个 workday work day weekday nei notifi inform notic applic 。")


def test_a_clause_agreeing_on_more_values_is_the_one_restated():
    sentence = "First-quarter applications close on Tuesday, March 31, 2026 📅."
    assert binding.misbound_fact(sentence, [DEADLINE]) is None


def test_a_swap_between_two_parties_is_still_caught_when_values_agree_elsewhere():
    source = "Master's students receive CNY 3,000 a month, and doctoral students receive CNY 3,500 a month."
    assert binding.misbound_fact("Master's students receive CNY 3,500 a month.", [source]) is not None
    assert binding.misbound_fact("硕士生每月3500元🎓。", ["硕士生每月3000元，博士生每月3500元。"]) is not None
