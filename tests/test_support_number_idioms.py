"""Numbers a sentence does not state (rag/verify.py ``numbers``, ``quantifiers``): a 一 inside a word (下一届 "next
session", 同一, 之一) or a rate's 一次 (每三年重复一次) counts nothing; 只 after a number is a measure word, not
"only"; 千 before a unit is its prefix (12千米 = 12 km); "one and a half" is 1.5 — while a real count, a real
"only" and a real thousand stay facts. Both languages, emoji and mixed script."""
import pytest

from rag import verify

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("text, expected", [
    ("下一届暑期学校将推迟到2027年举办🎓", {"2027"}),
    ("上一次调查在2019年", {"2019"}),
    ("该所是联盟成员之一", set()),
    ("团队建议每三年重复一次调查", {"3"}),
    ("向北扩展12千米 (12 km)", {"12"}),
    ("每100平方千米1.1只", {"100", "1.1"}),
    ("up to one and a half times the rate", {"1.5"}),
    ("a 2 and a half year project", {"2.5"}),
    # real counts stay
    ("培训班举办一次", {"1"}),
    ("第一届会议", {"1"}),
    ("共有5千人参加", {"5000"}),
    ("half of the members 👍", {"0.5"}),
])
def test_idioms_state_no_number_and_real_counts_stay(text, expected):
    assert verify.numbers(text) == expected


def test_a_measure_word_is_no_only_and_a_real_only_stays():
    assert "only" not in verify.quantifiers("密度为每100平方千米1.1只，高于0.8只")
    assert "only" in verify.quantifiers("只有成员单位可以申请")
    assert "only" in verify.quantifiers("Only members may apply 🙂")


def test_a_next_session_does_not_back_a_first_session_nor_a_count_of_one():
    evidence = [verify.Evidence(text="The organisers will hold the next school in 2027.")]
    assert verify.missing_fact("下一届暑期学校将于2027年举办。", evidence) is None
    assert verify.missing_fact("一名学员将于2027年参加。", evidence) == "fact: 1"
