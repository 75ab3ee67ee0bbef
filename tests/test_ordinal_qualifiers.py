""""first" and "last" qualify a post, an edition or a meeting — not a name, the time of an action or a lasting
(rag/abstain.py, _no_qualifier in _qualifiers_match)."""
import pytest

from rag.abstain import _qualifiers_match, accounts_for
from rag.text import normalize

pytestmark = pytest.mark.unit


def _matches(question: str, evidence: str) -> bool:
    return _qualifiers_match(question, normalize(evidence))


@pytest.mark.parametrize("question, evidence", [
    ("What was the last name of the player who recovered the ball? 🏈", "The ball was recovered by Ward."),
    ("How long did the plague last in the Ottoman Empire?", "Plague was present in the Ottoman Empire until 1850."),
    ("What researcher first used the word oxygen?", "Lavoisier named the element oxygène."),
    ("When was the AIGS FAQ page last updated?", "Updated on Thursday, 15 October 2026 by the AIGS Office."),
    ("ANSO 的 first name 是什么？", "联盟全称为“一带一路”国际科学组织联盟（ANSO）。"),
])
def test_a_first_or_last_qualifying_no_post_or_edition_needs_no_match(question, evidence):
    assert _matches(question, evidence)


@pytest.mark.parametrize("question, evidence", [
    ("Who was the first director of the joint centre? 🏛️", "Dr. Amal Hassan is director of the joint centre."),
    ("When is the last meeting of the Steering Committee?", "The Steering Committee met on 3 May 2026."),
    ("How many days did the first ANSO cruise last?", "The second ANSO cruise lasted 30 days."),
    ("Who was the first to chair the council?", "Li Wei chairs the council."),
    ("Which NASA centre came around last to the idea of LOR?", "The Manned Spacecraft Center supported LOR early."),
    ("首届联盟科学传播奖何时颁发？", "第二届联盟科学传播奖于2026年颁发。"),
    ("ANSO 下一届 General Assembly 在哪里举行？🌏", "ANSO General Assembly 于2025年在北京举行。"),
])
def test_a_first_or_last_qualifying_a_post_or_edition_must_be_stated(question, evidence):
    assert not _matches(question, evidence)


@pytest.mark.parametrize("question, stated, other", [
    ("How many days did the first ANSO cruise last? 🚢", "The first ANSO cruise lasted 30 days.",
     "The first ANSO cruise carried 31 scientists."),
    ("How long did the fighting last in the war?", "The fighting in the war lasted seven years.",
     "The fighting in the war ended in 1763."),
])
def test_last_as_a_verb_asks_a_duration(question, stated, other):
    accounts = [accounts_for(question, "en", None, ev, lambda term: (1.0, 1)) for ev in (stated, other)]
    assert accounts == [True, False]
