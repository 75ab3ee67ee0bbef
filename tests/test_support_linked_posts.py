"""Chinese posts linked to their person by a verb (rag.posts): "副首席科学家为…的尼马尔·佩雷拉博士" and
"尼马尔·佩雷拉博士担任本航次的首席科学家" bind a post to a person too, so a dropped 副 is caught."""
import pytest

from rag import posts

pytestmark = pytest.mark.unit

SOURCE = "首席科学家为林海涛研究员，副首席科学家为斯里兰卡国家水生资源研究与开发署的尼马尔·佩雷拉博士 🚢。"


@pytest.mark.parametrize("text, pair", [
    ("尼马尔·佩雷拉博士担任本航次的首席科学家。", ("尼马尔·佩雷拉", "首席科学家")),
    ("副首席科学家为斯里兰卡国家水生资源研究与开发署的尼马尔·佩雷拉博士。", ("尼马尔·佩雷拉", "deputy 首席科学家")),
    ("王磊教授任联盟秘书长 🎉。", ("王磊", "秘书长")),
])
def test_a_post_linked_by_a_verb_is_bound_to_its_person(text, pair):
    assert pair in posts.posts(text)


def test_a_dropped_deputy_is_caught_and_the_right_rank_passes():
    assert posts.wrong_post("尼马尔·佩雷拉博士担任本航次的首席科学家。", [SOURCE])
    assert posts.wrong_post("尼马尔·佩雷拉博士担任本航次的副首席科学家。", [SOURCE]) is None
    assert posts.wrong_post("林海涛研究员担任本航次的首席科学家。", [SOURCE]) is None


def test_posts_shared_out_by_fen_bie_pair_by_order_not_by_the_verb():
    source = "考察队由陈佳怡研究员任队长，艾别克·乌谢诺夫博士任野外负责人 🐆。"
    sentence = "陈佳怡研究员和艾别克·乌谢诺夫博士分别担任考察队队长和野外负责人。"
    assert not any(person == "艾别克·乌谢诺夫" for person, _ in posts.posts(sentence))
    assert posts.wrong_post(sentence, [source]) is None
