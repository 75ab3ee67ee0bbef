"""A "why" question is answered by the reason its sentence states after a cue (because / due to / 由于 / 因…而),
and 为什么 inside a verb (称为什么, "called what") or 目的地 (destination) asks no reason, in both languages."""
import pytest

from rag.questions import analyse
from rag.short_answer import extract

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question, sentence, lang, expected", [
    ("Why was Polonia relegated in 2013? ⚽", "Polonia was relegated in 2013 because of their disastrous financial "
     "situation.", "en", "their disastrous financial situation"),
    ("为什么波兰人队在 2013 年降级？⚽", "由于糟糕的财务状况，波兰人队于 2013 年降级。", "zh", "糟糕的财务状况"),
    ("约翰·埃施为什么被处死？", "他们是第一批因 路德宗教观 而被处死的人。", "zh", "路德宗教观"),
    ("Why did Priestley get priority?", "Priestley is often given priority because his work was published first.",
     "en", "his work was published first"),
])
def test_the_stated_reason_answers_why(question, sentence, lang, expected):
    span = extract(analyse(question), sentence, lang)
    assert span is not None and span.display == expected


@pytest.mark.parametrize("question, sentence, lang", [
    ("Why did the network grow? 🌱", "The network grew quickly in its first five years.", "en"),  # no reason stated
    ("联盟为什么扩大了？", "联盟在成立后的五年里迅速扩大。", "zh"),
])
def test_no_reason_no_short_answer(question, sentence, lang):
    assert extract(analyse(question), sentence, lang) is None


@pytest.mark.parametrize("question, kind", [
    ("通常由计算机来解决的任务被称为什么？", None),
    ("NTL的服务更名为什么？📺", None),
    ("函数问题一般可以重新表述为什么？", None),
    ("在目的地包会发生什么", None),
    ("为什么栉水母作为化石极其罕见？", "why"),
    ("联盟成立的目的是什么？", "why"),
    ("Why are ctenophores rare as fossils? 🦑", "why"),
])
def test_why_is_asked_only_by_a_reason_word(question, kind):
    assert analyse(question).kind == kind
