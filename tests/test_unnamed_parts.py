"""A longer Chinese name is named by a part of it (rag/unnamed_topic.py)."""
import pytest

from rag.unnamed_topic import leaves_a_name_unnamed, names_little_of_question

pytestmark = pytest.mark.unit

GAME = "丹佛野马队在最后三分钟拿下11分，击败了匹兹堡钢人队🏈。"


def test_a_team_worded_differently_is_still_named():
    assert not leaves_a_name_unnamed("野马队在对阵匹兹堡队的最后三分钟拿下多少分？", "zh", GAME, None)
    assert not names_little_of_question("野马队在对阵匹兹堡队的最后三分钟拿下多少分？", "zh", GAME, None)


def test_a_name_the_document_never_gives_still_counts():
    report = "联合实验室由中国科学院与泰国国家科学技术发展署共建，设在曼谷。"
    assert leaves_a_name_unnamed("与越南共建的联合实验室设在哪里？", "zh", report, None)
