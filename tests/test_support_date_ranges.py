"""A range of days with its weekdays written in ("Monday 3 to Friday 7 March", 3月3日（周一）至7日（周五）) states every
day in it (rag/values.py): a sentence giving the range without the weekdays, or one day of it, is no other date.
Both languages, emoji and mixed script."""
import pytest

from rag import values, verify

pytestmark = pytest.mark.unit

EN = "The course runs from Monday 3 to Friday 7 March 2025 in Kunming."
ZH = "培训班于2025年3月3日（周一）至7日（周五）在昆明举办。"


@pytest.mark.parametrize("text", [EN, ZH, "Mon. 3 to Fri. 7 March 🗓️", "3月3日（星期一）至7日（星期五）举办 the course"])
def test_a_range_with_weekdays_states_each_day(text):
    assert {(3, d) for d in range(3, 8)} <= values.stated_days(text)


@pytest.mark.parametrize("sentence, sources", [
    ("The course runs from 3 to 7 March 2025 in Kunming.", [EN]),
    ("培训班于2025年3月3日至7日在昆明举办😀。", [ZH]),
    ("培训班于2025年3月5日在昆明上课。", [EN]),
    ("The course runs from 3 to 7 March 2025 in Kunming.", [ZH]),
])
def test_the_same_range_without_weekdays_is_no_other_date(sentence, sources):
    assert values.misdated_day(sentence, sources) is None


def test_a_day_outside_the_range_is_still_another_date():
    assert values.misdated_day("The course ends on 9 March 2025.", [EN]) == "fact: date 03-09"
    assert values.misdated_day("培训班于3月9日结束。", [ZH]) == "fact: date 03-09"


def test_a_single_date_keeps_its_weekday_apart():
    assert values.stated_days("on Wednesday, 5 March") == {(3, 5)}
    source = verify.Evidence(text="The meeting is on Wednesday 5 March.")
    assert verify.check("The meeting is on Thursday 5 March [1].", [source], None) is not None
