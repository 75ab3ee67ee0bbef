"""Two close sentences of one paragraph that state as much of the question: both are shown, no short answer is guessed
(rag/extractive.py, Extractive._rival)."""
import numpy as np
import pytest

from rag.extractive import SPAN_RUNNER_UP_MARGIN, Candidate, Extractive
from rag.questions import analyse
from rag.retrieve import Hit, Retrieval
from rag.store.docstore import StoredChunk
from rag.types import Chunk

pytestmark = pytest.mark.unit

LEAD_EN = "Urban Air Quality Network 🌆 The ANSO Urban Air Quality Network (ANSO-UAQ) links city observatories."
LEAD_ZH = "联盟城市空气质量专题网络 联盟城市空气质量专题网络（ANSO-UAQ）连接各城市的观测站。"


def _cand(text: str, lang: str, score: float, chunk_id: str) -> Candidate:
    chunk = Chunk(id=chunk_id, text=text, lang=lang, doc_id="d1")
    stored = StoredChunk(chunk, [(0, len(text))], np.zeros((1, 2), dtype=np.float16))
    return Candidate(stored, 0, text, lang, 0.9, 0.5, 1.0, 0.0, score)


def _answerer(lead: str) -> Extractive:
    return Extractive(0.3, 300, idf=lambda term: 1.0, lead=lambda doc_id: lead)


# (question, lead, chosen, a sentence stating as much of the question, one stating less of it, language)
CASES = [
    ("How many member institutions did the network have? 🏙️", LEAD_EN,
     "By 2025 the network had 46 member institutions from 19 countries.",
     "In 2024 the network had 38 member institutions from 16 countries.",
     "The network trained 97 technicians in 2025.", "en"),
    ("城市空气质量专题网络有多少家成员机构？", LEAD_ZH,
     "截至2025年底，网络共有来自19个国家的46家成员机构。", "2024年底网络为来自16个国家的38家成员机构。",
     "网络2025年培训技术人员97名。", "zh"),
    ("ANSO-UAQ network 有多少家 member institutions？🌏", LEAD_ZH,
     "截至2025年底，network 共有46家 member institutions。", "2024年底 network 有38家 member institutions。",
     "ANSO-UAQ 2025年培训技术人员97名。", "zh"),
]


@pytest.mark.parametrize("question, lead, chosen, same, less, lang", CASES)
def test_a_close_sentence_stating_as_much_is_a_rival(question, lead, chosen, same, less, lang):
    first, rival = _cand(chosen, lang, 0.80, "c1"), _cand(same, lang, 0.80 - SPAN_RUNNER_UP_MARGIN / 2, "c2")
    assert _answerer(lead)._rival(analyse(question), [first, rival], first) is rival
    higher = _cand(same, lang, 0.85, "c3")  # the chosen one came first on relation or head: the higher one competes
    assert _answerer(lead)._rival(analyse(question), [higher, first], first) is higher


@pytest.mark.parametrize("question, lead, chosen, same, less, lang", CASES)
def test_a_far_weaker_or_less_focused_sentence_is_no_rival(question, lead, chosen, same, less, lang):
    info, answerer = analyse(question), _answerer(lead)
    first = _cand(chosen, lang, 0.80, "c1")
    far = _cand(same, lang, 0.80 - 2 * SPAN_RUNNER_UP_MARGIN, "c2")
    assert answerer._rival(info, [first, far], first) is None
    weaker = _cand(less, lang, 0.80 - SPAN_RUNNER_UP_MARGIN / 2, "c3")  # states less of the question's predicate
    assert answerer._rival(info, [first, weaker], first) is None
    other_language = _cand("By 2025 the network had 46 member institutions 🏙️.", "en" if lang == "zh" else "zh",
                           0.80, "c4")
    assert answerer._rival(info, [first, other_language], first) is None


def test_the_answer_with_a_rival_shows_both_sentences_cited_and_no_short_answer():
    question, lead, chosen, same, _, lang = CASES[1]
    answerer = _answerer(lead)
    first, rival = _cand(chosen, lang, 0.80, "c1"), _cand(same, lang, 0.79, "c2")
    retrieval = Retrieval(query=question, vector=np.zeros(2, dtype=np.float32),
                          hits=[Hit(c.stored, 1.0, 1.0) for c in (first, rival)])
    info = analyse(question)
    answer = answerer._compose(info, [(first, None), (answerer._rival(info, [first, rival], first), None)], retrieval)
    assert answer.short_answer is None and not answer.abstained
    assert [c.quote for c in answer.citations] == [chosen, same]


@pytest.mark.parametrize("question, chosen, neighbour, lang", [
    ("Who presided over the ceremony? 🎉", "Dai Binbin, Secretary of the Committee, presided over the ceremony.",
     "Bai Chunli, President of the Academy, attended the ceremony.", "en"),  # "President" is a title, not the verb
    ("揭牌仪式由谁主持？", "揭牌仪式由怀柔科学城党工委书记戴彬彬主持。", "中国科学院院长白春礼出席仪式并致辞。", "zh"),
])
def test_a_neighbour_not_stating_the_asked_verb_is_no_rival(question, chosen, neighbour, lang):
    first = _cand(chosen, lang, 0.80, "c1")
    close = _cand(neighbour, lang, 0.80 - SPAN_RUNNER_UP_MARGIN / 2, "c2")
    assert _answerer("Ceremony 仪式")._rival(analyse(question), [first, close], first) is None


@pytest.mark.parametrize("question, stating, dated, lang", [
    ("When will the data 🚢 from the EIOC-2 cruise become public?",
     "All cruise data will be made public two years after the cruise ends.",
     "The vessel left the port of Sanya on Friday, 6 November 2026.", "en"),
    ("考察数据什么时候公开？", "考察数据将在航次结束两年后公开。", "科考船于2026年11月6日（星期五）从三亚起航。", "zh"),
])
def test_the_sentence_stating_the_asked_event_is_found_by_score_not_after_the_dated_ones(question, stating, dated, lang):
    from rag.extractive import MAX_TRIED, _best_scoring

    info = analyse(question)
    said = _cand(stating, lang, 0.80, "s")
    said.cue = 0.0  # it gives no date
    others = [_cand(f"{dated} ({i})", lang, 0.70 - i / 100, f"d{i}") for i in range(MAX_TRIED)]
    typed_order = others + [said]  # a typed question's candidates: those of its type first
    assert Extractive._relation_stated_elsewhere(info, typed_order[:MAX_TRIED]) is None
    assert Extractive._relation_stated_elsewhere(info, _best_scoring(typed_order)) is said
