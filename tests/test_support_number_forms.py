"""Chinese number forms read as what they say (rag/verify.py): 三成 is 30 %, 一等奖 the first prize, 四十二万元 a
sum. Both languages, emoji and mixed script."""
import pytest

from rag import verify

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("zh, en", [
    ("今年报名人数较去年增加约三成。", "Applications rose by about 30 % on last year 📈."),
    ("七成以上的学员完成了课程", "over 70 % of learners completed the course"),
    ("奖金总额为四十二万元人民币。", "The prize money totals CNY 420,000."),
    ("设二等奖5项", "five second prizes"),
])
def test_a_chinese_number_form_states_the_english_number(zh, en):
    assert verify.numbers(en) <= verify.numbers(zh)


def test_a_prize_class_is_a_rank():
    assert verify.ordinals("设一等奖2项、二等奖4项、三等奖8项🏆") == {"1", "2", "3"}
    assert verify.ordinals("First, second and third prizes are awarded.") == {"1", "2", "3"}
    assert verify.ordinals("共有3项获奖") == set()


def test_a_sum_after_digits_keeps_its_digits():
    assert verify.numbers("每人最多资助1.5万元") == {"15000"}
    assert "1.5" in verify.with_digits("每人最多资助1.5万元")
