"""The question's predicate decides between close sentences of one topic (rag/focus.py, Extractive._focus_first)."""
import numpy as np
import pytest

from rag.extractive import Candidate, Extractive
from rag.focus import focus_share, focus_step, predicate_weights
from rag.questions import analyse
from rag.store.docstore import StoredChunk
from rag.text import coverage_terms
from rag.types import Chunk

pytestmark = pytest.mark.unit

LEAD_EN = ("ANSO International Graduate Scholarship 🎓 "
           "The ANSO International Graduate Scholarship (AIGS) supports students.")
LEAD_ZH = "联盟科研仪器共享平台 联盟科研仪器共享平台（ARISP）为成员单位科研人员提供预约服务。"


def _weights(question: str) -> dict[str, float]:
    return Extractive(0.5, 300, idf=lambda term: 1.0)._weights(question, "")


@pytest.mark.parametrize("question, lead, sentence, other", [
    ("What does the AIGS scholarship not cover?", LEAD_EN,
     "The scholarship does not cover the travel costs of family members ✈️.",
     "The AIGS scholarship supports students from ANSO member countries."),
    ("在联盟仪器共享平台上，同一台仪器每人每周最多能约多少机时？", LEAD_ZH,
     "每位用户在同一台仪器上每周预约不超过40机时。", "入网仪器每年对外提供的共享机时不得少于其有效工作机时的30%。"),
    ("ARISP平台上 each user 每周最多 book 多少 hours? 🔬", LEAD_ZH,
     "每位用户每周预约不超过40机时 (40 hours)。", "ARISP平台于2023年5月上线。"),
])
def test_the_sentence_stating_the_predicate_has_the_higher_focus(question, lead, sentence, other):
    predicate = predicate_weights(_weights(question), lead)
    assert predicate  # the question asks something beyond its topic
    assert focus_step(focus_share(predicate, coverage_terms(sentence))) > \
        focus_step(focus_share(predicate, coverage_terms(other)))


def test_topic_terms_are_not_the_predicate_and_an_empty_predicate_has_no_focus():
    predicate = predicate_weights(_weights("What does the AIGS scholarship not cover?"), LEAD_EN)
    assert "cover" in predicate and not {"aig", "scholarship"} & set(predicate)
    assert focus_share({}, coverage_terms("anything 😀")) == 0.0


def _cand(text: str, lang: str, score: float, number: int = 0, chunk_id: str = "c1") -> Candidate:
    chunk = Chunk(id=chunk_id, text=text, lang=lang, doc_id="d1")
    stored = StoredChunk(chunk, [(0, len(text))], np.zeros((1, 2), dtype=np.float16))
    return Candidate(stored, number, text, lang, 0.9, 0.5, 1.0, 0.0, score)


@pytest.mark.parametrize("question, lead, first, answer, lang", [
    ("What does the AIGS scholarship not cover?", LEAD_EN, "The AIGS scholarship supports students from ANSO members.",
     "The scholarship does not cover the travel costs of family members ✈️.", "en"),
    ("在联盟仪器共享平台上，同一台仪器每人每周最多能约多少机时？", LEAD_ZH,
     "入网仪器每年对外提供的共享机时不得少于其有效工作机时的30%。",
     "每位用户在同一台仪器上每周预约不超过40机时。", "zh"),
])
def test_a_close_sentence_stating_the_predicate_is_tried_first(question, lead, first, answer, lang):
    answerer = Extractive(0.5, 300, idf=lambda term: 1.0, lead=lambda doc_id: lead)
    ordered = [_cand(first, lang, 0.80), _cand(answer, lang, 0.72, chunk_id="c2")]
    assert [c.text for c in answerer._focus_first(analyse(question), ordered)] == [answer, first]


def test_a_far_weaker_or_other_language_sentence_keeps_its_place():
    answerer = Extractive(0.5, 300, idf=lambda term: 1.0, lead=lambda doc_id: LEAD_EN)
    info = analyse("What does the AIGS scholarship not cover?")
    first = _cand("The AIGS scholarship supports students from ANSO members.", "en", 0.80)
    far = _cand("The scholarship does not cover the travel costs of family members.", "en", 0.50, chunk_id="c2")
    other = _cand("奖学金不包括家属的旅费 (does not cover family travel) 🧳。", "zh", 0.79, chunk_id="c3")
    assert answerer._focus_first(info, [first, far]) == [first, far]
    assert answerer._focus_first(info, [first, other]) == [first, other]


def _retrieval(*cands: Candidate):
    from rag.retrieve import Hit, Retrieval
    hits = [Hit(c.stored, 1.0, 1.0) for c in cands]
    return Retrieval(query="", vector=np.zeros(2, dtype=np.float32), hits=hits)


@pytest.mark.parametrize("question, lead, first, answer, lang", [
    ("What does the AIGS scholarship not cover?", LEAD_EN, "The AIGS scholarship supports students from ANSO members.",
     "The AIGS scholarship does not cover the travel costs of family members ✈️.", "en"),
    ("联盟仪器共享平台上同一台仪器每人每周最多能约多少机时？", LEAD_ZH,
     "联盟仪器共享平台入网仪器每年对外提供共享服务。",
     "联盟仪器共享平台每位用户在同一台仪器上每周预约不超过40机时。", "zh"),
])
def test_a_weaker_sentence_stating_the_predicate_is_shown_beside_the_chosen_one_without_a_short_answer(
        question, lead, first, answer, lang):
    answerer = Extractive(0.3, 300, idf=lambda term: 1.0, lead=lambda doc_id: lead)
    chosen, other = _cand(first, lang, 0.80), _cand(answer, lang, 0.60, chunk_id="c2")
    info = analyse(question)
    assert answerer._focused_other(info, [chosen, other], _retrieval(chosen, other), chosen, "") is other
    far = _cand(answer, lang, 0.40, chunk_id="c3")
    assert answerer._focused_other(info, [chosen, far], _retrieval(chosen, far), chosen, "") is None
    assert answerer._focused_other(info, [other, chosen], _retrieval(other, chosen), other, "") is None  # states it
