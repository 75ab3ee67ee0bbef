"""A length of time computed from a source's date range (rag/date_spans.py): "a two-week course" for 10月12日至23日,
"a four-day workshop" for "from Monday 23 to Thursday 26 March" — and no other number. Both languages, emoji."""
import pytest

from rag import date_spans, verify

pytestmark = pytest.mark.unit

COURSE_ZH = "联盟秘书处定于2026年10月12日（星期一）至23日（星期五）在江苏南京联合举办培训班。"
WORKSHOP_EN = "The workshop was held in San Juan from Monday 23 to Thursday 26 March 2026."


@pytest.mark.parametrize("text, days", [
    (COURSE_ZH, {12}),
    (WORKSHOP_EN, {4}),
    ("The course runs from Monday, October 12 to Friday, October 23, 2026 📅.", {12}),
    ("会议于3月30日至4月2日举行", {4}),
    ("报名截止日期为8月28日", set()),
    ("第2至5条", set()),
])
def test_the_length_of_a_date_range_counts_both_ends(text, days):
    assert date_spans.range_days(text) == days


@pytest.mark.parametrize("sentence, source", [
    ("Nanjing will host a two-week training course in October 2026 🦴.", COURSE_ZH),
    ("培训班为期两周。", COURSE_ZH),
    ("研讨会为期四天。", WORKSHOP_EN),
    ("It was a four-day workshop.", WORKSHOP_EN),
])
def test_a_length_the_range_computes_is_no_missing_fact(sentence, source):
    assert verify.missing_fact(sentence, [verify.Evidence(text=source)],
                               date_spans.span_lengths(sentence, [source])) is None


@pytest.mark.parametrize("sentence, source", [
    ("Nanjing will host a three-week training course.", COURSE_ZH),
    ("研讨会为期五天。", WORKSHOP_EN),
    ("Two trainers will teach the course.", COURSE_ZH),  # a count, not a length of time
])
def test_another_length_or_a_count_is_still_missing(sentence, source):
    assert verify.missing_fact(sentence, [verify.Evidence(text=source)],
                               date_spans.span_lengths(sentence, [source])) is not None
