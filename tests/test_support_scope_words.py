"""均 and 都 mean "all" only as words of their own (rag/verify.py ``quantifiers``): 平均 is "average", 成都 and 首都
are places. Both languages, emoji and mixed script."""
import pytest

from rag import verify

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("text", [
    "学员平均在课程上花费了31个小时。",
    "2027年年会将在成都举行🎉",
    "代表团访问了首都的三所大学",
    "The workshop in 成都 drew 40 participants.",
])
def test_a_character_inside_another_word_is_no_all(text):
    assert "all" not in verify.quantifiers(text)


@pytest.mark.parametrize("text", ["样品均检出抗性", "他们都是在读博士生😀", "Members 都 agreed", "All members agreed."])
def test_all_as_a_word_is_all(text):
    assert "all" in verify.quantifiers(text)


def test_an_average_is_no_scope_the_source_lacks():
    source = "Learners spent on average 31 hours on the course."
    assert verify.unstated_quantifiers("学员平均在课程上花费了三十一个小时。", [source]) == []
    assert verify.unstated_quantifiers("学员均在课程上花费了三十一个小时。", [source]) == ["all"]
