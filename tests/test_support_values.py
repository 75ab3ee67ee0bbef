"""Typed values (rag.values): a day of a month and a measured quantity are checked in their own role, not merely
found somewhere in the cited source — English, Chinese, across languages, with emoji and mixed script."""
from __future__ import annotations

import pytest

from rag import values
from rag.verify import Evidence, missing_fact

pytestmark = pytest.mark.unit

CRUISE_EN = ("The vessel will leave Sanya on Saturday 11 April 2026 and return to Sanya on 18 May 2026. "
             "A port call in Colombo is planned from 26 to 28 April.")
CRUISE_ZH = ("科考船计划于2026年4月11日（星期六）从三亚出发，于2026年5月18日返回三亚。"
             "科考船计划于4月26日至28日停靠科伦坡港。")
POLICY_ZH = "情节严重的，在五年内不受理其联盟项目申请。委员任期两年。本办法自2026年3月1日起施行。"


def _fact(sentence: str, *sources: str) -> str | None:
    return missing_fact(sentence, [Evidence(text=s) for s in sources])


@pytest.mark.parametrize("sentence, sources", [
    ("The ship returns on 28 May 2026.", [CRUISE_EN]),           # 28 is a day of April in the source
    ("The ship returns on May 28, 2026 🚢.", [CRUISE_EN]),
    ("科考船于5月28日返回三亚。", [CRUISE_ZH]),
    ("The ship returns on 28 May 2026.", [CRUISE_ZH]),            # across languages
    ("科考船于2026年5月28日返回Sanya港。", [CRUISE_EN]),
])
def test_a_day_the_source_dates_in_another_month_is_caught(sentence, sources):
    assert values.misdated_day(sentence, sources) == "fact: date 05-28"
    assert _fact(sentence, *sources)


@pytest.mark.parametrize("sentence, sources", [
    ("The ship returns on 18 May and calls at Colombo on 26 April.", [CRUISE_EN]),  # a day inside a stated range
    ("The port call in Colombo runs from April 26 to 28 🙂.", [CRUISE_EN]),
    ("科考船于5月18日返回，4月26日至28日停靠科伦坡。", [CRUISE_ZH]),
    ("The vessel leaves on Saturday, April 11, 2026.", [CRUISE_ZH]),
    ("会议于9月8日至19日举行。", ["The course ran from 8 to 19 September 2025."]),
])
def test_a_day_the_source_dates_is_no_fact_missing(sentence, sources):
    assert values.misdated_day(sentence, sources) is None
    assert _fact(sentence, *sources) is None


@pytest.mark.parametrize("sentence, sources, reason", [
    ("In serious cases applications are not accepted for three years.", [POLICY_ZH], "fact: 3 year"),  # 3 is 3月
    ("严重者三年内不得申请🙅。", ["Serious cases: no applications for five years from 1 March 2026."], "fact: 3 year"),
    ("The trainees laid 3.2 square kilometres of barriers.", ["The trainees laid 3.2 hectares of barriers."],
     "fact: 3.2 km2"),
    ("学员铺设了3.2平方公里的草方格。", ["The trainees laid 3.2 hectares of barriers."], "fact: 3.2 km2"),
    ("Members serve for two months.", [POLICY_ZH], "fact: 2 month"),
])
def test_a_quantity_with_another_unit_or_only_inside_a_date_is_caught(sentence, sources, reason):
    assert values.mismeasured(sentence, sources) == reason
    assert _fact(sentence, *sources)


@pytest.mark.parametrize("sentence, sources", [
    ("Serious cases lose the right to apply for five years; members serve two-year terms.", [POLICY_ZH]),
    ("学员铺设了3.2公顷草方格，成活率81%。", ["The trainees laid 3.2 hectares; 81 per cent survived."]),
    ("The 38-day cruise 🚢 starts on 11 April.", ["为期38天的科学考察于4月11日开始。"]),
    ("联盟成立10周年之际，会议于2026年3月举行。", ["In March 2026, on the 10th anniversary, the meeting was held."]),
    ("Appeals are due within 15 working days.", ["被调查人可在15个工作日内提出申诉。"]),
])
def test_a_quantity_stated_with_its_unit_passes(sentence, sources):
    assert values.mismeasured(sentence, sources) is None
    assert _fact(sentence, *sources) is None


@pytest.mark.parametrize("text", ["系统统一升级后，两国于同一年签约。", "该指标曾一度下降🙂。", "攻克三克难题"])
def test_a_chinese_numeral_inside_a_word_is_no_quantity(text):
    assert values.measures(text) == set()
