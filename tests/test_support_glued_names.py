"""A function word jieba glues to the front of a transliterated name (和|塔里克 cut as 和塔|里克) is no name the
source lacks, when the name itself stands in the source (rag/verify.py); a changed name is still caught. Chinese,
with emoji and mixed script."""
import pytest

from rag import verify

pytestmark = pytest.mark.unit

SOURCE = "考察组共7人，由王海研究员任组长，巴方专家塔里克·马哈茂德任副组长。"


@pytest.mark.parametrize("sentence", [
    "王海研究员和塔里克·马哈茂德分别担任考察组组长和副组长。",
    "王海研究员和塔里克·马哈茂德（Tariq Mehmood）分别担任组长和副组长😀。",
])
def test_a_glued_function_word_is_no_missing_name(sentence):
    assert verify.missing_fact(sentence, [verify.Evidence(text=SOURCE)]) is None


@pytest.mark.parametrize("sentence", [
    "王海研究员和塔米尔·马哈茂德分别担任考察组组长和副组长。",
    "王海研究员和塔里克·马哈穆德分别担任考察组组长和副组长🙂。",
])
def test_a_changed_name_after_a_function_word_is_still_missing(sentence):
    assert verify.missing_fact(sentence, [verify.Evidence(text=SOURCE)]) is not None


def test_the_glued_check_needs_the_name_in_the_source():
    assert verify._glued_to_function_word("和塔", "王海和塔里克", SOURCE)
    assert not verify._glued_to_function_word("和塔", "王海和塔米尔", SOURCE)
    assert not verify._glued_to_function_word("李琼", "李琼教授", SOURCE)  # no function word in front
