"""The support check on new documents: the rules added for the causes found on the blind support split heldout5 —
bounds on numbers written in words, parties on either side of "into", institutions named by a generic modifier,
posts given after a person's institution, dates bound to their year, roles swapped between two persons, ranks of
transliterated persons across languages, places named in the other language, and negations said another way. Each
rule both ways: a faithful rewording passes, a changed fact is caught."""
import pytest

from rag import verify

pytestmark = pytest.mark.unit


def evidence(text: str, parallel: str | None = None) -> list[verify.Evidence]:
    return [verify.Evidence(text=text, parallel=[parallel] if parallel else [])]


# --- a bound on a number written in words --------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("At most eight of the 25 visiting scholars 🎓", {("at_most", "8")}),
    ("no fewer than twenty-five people", {("at_least", "25")}),
    ("其中来自非洲国家的不少于八名", {("at_least", "8")}),
    ("Up to 12 Fellows 来自 ANSO", {("at_most", "12")}),
])
def test_a_bound_applies_to_the_number_after_it_even_in_words(text, expected):
    assert verify.bounded_numbers(text) == expected


@pytest.mark.parametrize("sentence, reason", [
    ("At most eight of the 25 scholars will come from Africa. [1]", "quantifier: at_most 8"),
    ("At least eight of the 25 scholars will come from Africa 🌍. [1]", None),
])
def test_a_bound_in_words_is_checked_against_a_chinese_bound(sentence, reason):
    source = "本年度计划资助访问学者25名，其中来自非洲国家的不少于8名。申请人年龄不超过40周岁。"
    assert verify.missing_fact(sentence, evidence(source)) == reason
