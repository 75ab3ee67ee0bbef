"""The fact only the other language states: a noun of the question the asker-language document never names, stated
through a translation by a sentence in the other language. Both languages, emoji and mixed scripts."""
import pytest

from rag.other_language import states_most_translated, unstated_nouns

pytestmark = pytest.mark.unit


class _Lexicon:
    """A tiny stand-in for the CC-CEDICT lexicon: a few zh ↔ en terms (English stemmed)."""
    TERMS = {"午饭": ("lunch",), "旅行社": ("travel agenc",), "lunch": ("午饭", "午餐"), "notic": ("通知",),
             "withdraw": ("退出",)}

    def alternatives(self, term):
        return self.TERMS.get(term, ())


@pytest.mark.parametrize("question, lang, document, missing", [
    ("如果接待单位管午饭和晚饭，联盟差旅的日补贴怎么算？🍱", "zh",
     "日补贴用于伙食、市内交通和杂费，接待单位安排住宿。", "午饭"),
    ("联盟差旅资助计划的机票由哪家旅行社统一预订？", "zh", "国际机票由秘书处指定的差旅服务机构统一预订。", "旅行社"),
    ("How much notice must a member give to withdraw from ANSO?", "en",
     "Members pay an annual fee (USD 10,000) by 31 March.", "withdraw"),
])
def test_a_noun_the_document_never_states(question, lang, document, missing):
    assert missing in unstated_nouns(question, lang, document)


@pytest.mark.parametrize("question, lang, document", [
    ("联盟差旅资助计划的机票由谁预订？", "zh", "联盟差旅资助计划：国际机票由秘书处指定的差旅服务机构统一预订。"),
    ("How much is the daily allowance in 2026?", "en", "The daily allowance is USD 90 a day in 2026 💵."),
])
def test_nothing_missing_when_the_document_states_every_noun(question, lang, document):
    assert unstated_nouns(question, lang, document) == []


@pytest.mark.parametrize("question, lang, document, category", [
    ("联盟实验动物福利准则说，能用哪些方法回答研究问题时就不得使用活体动物？🐭", "zh",
     "联盟实验动物福利准则：能够用细胞培养、类器官或计算机模型回答研究问题的，不得使用活体动物。", "方法"),
    ("Which countries did the members of the 2025 expedition come from?", "en",
     "The 2025 expedition involved 31 members from China, Tajikistan and Pakistan 🏔.", "countri"),
])
def test_the_asked_category_is_not_a_noun_the_document_must_state(question, lang, document, category):
    assert category not in unstated_nouns(question, lang, document)  # the answer names its members, not the category


def test_the_other_language_states_it_through_a_translation():
    lexicon = _Lexicon()
    assert states_most_translated(["午饭"], "When the host provides lunch and dinner, the allowance is cut by 30%.",
                                 lexicon)
    assert states_most_translated(["旅行社"], "Tickets are booked by the travel agency CSTS ✈.", lexicon)
    assert states_most_translated(["withdraw"], "成员退出联盟须提前六个月书面通知秘书处。", lexicon)
    assert states_most_translated(["午饭", "旅行社"], "The host provides lunch.", lexicon)  # half of them
    assert not states_most_translated(["午饭", "旅行社", "notic"], "The host provides lunch 🍲.", lexicon)
    assert not states_most_translated(["notic"], "成员每年3月31日前缴清会费。", lexicon)
