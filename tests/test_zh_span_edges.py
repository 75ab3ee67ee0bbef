"""An untyped Chinese short answer opens on no adverb, preposition, particle, locality or time word and no
"一种 / 一个", and closes on no particle: 正在下降 → 下降, 最终没有 → 没有, 一种栉水母 → 栉水母."""
import pytest

from rag.questions import analyse
from rag.short_answer import Span, _without_function_edges, extract

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("text, span, expected", [
    ("报告显示威尔士教师的平均年龄正在  下降，教师们更年轻。", "正在  下降", "下降"),
    ("虽然挪威最终 没有 加入。", "最终 没有", "没有"),
    ("eoandromeda 可以被认为是一种 栉水母 🪼。", "一种 栉水母", "栉水母"),
    ("这是 6600万年前的 白垩纪-第三纪灭绝 事件。", "前的 白垩纪-第三纪灭绝", "白垩纪-第三纪灭绝"),
    ("联盟秘书处设在北京。", "北京", "北京"),  # nothing to trim
    ("他正在。", "正在", "正在"),  # nothing would be left: the span stays
])
def test_function_words_at_the_edges_are_dropped(text, span, expected):
    start = text.index(span)
    trimmed = _without_function_edges(text, Span(start, start + len(span), span))
    assert trimmed.display == expected and text[trimmed.start:trimmed.end] == expected


def test_an_english_span_is_left_as_it_is():
    span = extract(analyse("What did the survey show about the average age? 📉"),
                   "The survey showed that the average age is currently falling.", "en")
    assert span is None or "falling" in span.display


@pytest.mark.parametrize("span, kept", [("不超过3页", "不超过3页"), ("没有资助📄", "没有资助📄"), ("最多40小时", "最多40小时"),
                                        ("正在下降", "下降")])
def test_a_negation_or_a_limit_at_the_edge_stays(span, kept):
    """"不超过3页" (no more than three pages) without its 不 says the opposite; 正在 is only an aspect."""
    from rag.short_answer import Span, _without_function_edges

    assert _without_function_edges(span, Span(0, len(span), span)).display == kept
