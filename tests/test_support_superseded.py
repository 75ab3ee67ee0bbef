"""Values a source replaces (rag/superseded.py): "in 2027 instead of 2026", "move … from October to December",
由10月改为12月 — a sentence stating the old value as the fact is caught (fact check and verify.check's facts); a
sentence stating the new value, or speaking of the change, passes; a rise's "from" is a true past figure. Both
languages, emoji and mixed script."""
import pytest

from rag import superseded, verify

pytestmark = pytest.mark.unit

SCHOOL = "The organisers will hold the next school in 2027 instead of 2026, because the hall is being rebuilt 🏗."
MEETING = "It also decided to move the 2025 Annual Meeting from October to December."
MEETING_ZH = "会议决定将2025年年会由10月改为12月举行。"
RISE = "The Centre brokered 23 licensing agreements in 2025, up from 15 in 2024."


@pytest.mark.parametrize("sentence, sources, flagged", [
    ("主办方将于2026年举办下一届暑期学校。", [SCHOOL], True),
    ("The next school will be held in 2026.", [SCHOOL], True),
    ("主办方将于2027年举办下一届暑期学校。", [SCHOOL], False),
    ("The school planned for 2026 was postponed to 2027.", [SCHOOL], False),  # speaks of the change
    ("会议决定2025年年会仍于10月举行。", [MEETING], True),
    ("The 2025 Annual Meeting will be held in October.", [MEETING_ZH], True),
    ("2025年年会将于12月举行。", [MEETING], False),
    ("年会原定10月举行，现改为12月。", [MEETING], False),
    ("In 2024 the Centre brokered 15 licensing agreements.", [RISE], False),  # a rise: the old figure is true
])
def test_a_replaced_value_stated_as_the_fact_is_flagged(sentence, sources, flagged):
    assert (superseded.stated_replaced(sentence, sources, verify.numbers) is not None) is flagged


def test_a_value_the_source_also_states_as_current_is_not_replaced():
    source = SCHOOL + " The 2026 budget was approved."
    assert superseded.replaced_values(source, verify.numbers) == set()


def test_missing_fact_reports_the_replaced_value():
    assert verify.missing_fact("The next school will be held in 2026.", [verify.Evidence(text=SCHOOL)]) \
        == "fact: replaced 2026"
