"""A "when" question is answered by the sentence dating the asked event, not another event's date (rag/event_dates.py,
extractive._event_dated_first)."""
import numpy as np
import pytest

from rag.event_dates import asks_happening, dates_asked_event
from rag.extractive import MAX_TRIED, Candidate, _event_dated_first
from rag.questions import analyse
from rag.store.docstore import StoredChunk
from rag.types import Chunk

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question, sentence", [
    ("When will the ANSO summer school 🌊 be held?", "The summer school will be held from Monday, 6 July to Friday, "
     "17 July 2026 in Qingdao."),
    ("When did the ABGN hold its 2026 annual meeting?", "Date: Thursday, 22 October 2026, 09:00–17:30"),
    ("研讨会在哪天举行？", "研讨会于2026年3月9日在北京举行。"),
    ("联盟科研诚信工作组是哪年哪月成立的？", "工作组成立于2024年4月，现有来自15个国家的19名成员。"),
    ("ANSO workshop 什么时候召开？🙂", "时间：2026年5月12日"),
])
def test_the_sentence_stating_the_asked_event_dates_it(question, sentence):
    lang = analyse(question).lang
    assert dates_asked_event(question, lang, sentence) is True


@pytest.mark.parametrize("question, sentence", [
    ("When will the ANSO summer school be held?", "ANSO Summer School on Coastal Observation and Resilience 2026"),
    ("When did the ABGN hold its 2026 annual meeting?", "Summary prepared by the Secretary and circulated to members "
     "on Friday, 27 November 2026 📨."),
    ("联盟科研诚信工作组是哪年哪月成立的？", "2026年9月17日，工作组第三次会议在北京召开。"),
    ("研讨会在哪天举行？", "申请截止时间为2026年9月30日（星期三）17:00。"),
])
def test_a_date_of_another_event_does_not_date_the_asked_one(question, sentence):
    lang = analyse(question).lang
    assert dates_asked_event(question, lang, sentence) is False


def test_a_question_naming_no_event_is_not_checked():
    assert dates_asked_event("What is the date of the ANSO notice?", "en", "Issued on 2 March 2026.") is None
    assert not asks_happening("截止日期是哪天？")
    assert asks_happening("When does the forum take place?")


def _cand(text: str, lang: str, score: float, chunk_id: str) -> Candidate:
    chunk = Chunk(id=chunk_id, text=text, lang=lang, doc_id="d1")
    stored = StoredChunk(chunk, [(0, len(text))], np.zeros((1, 2), dtype=np.float16))
    return Candidate(stored, 0, text, lang, 0.9, 0.5, 1.0, 0.0, score)


@pytest.mark.parametrize("question, lang, title, answer", [
    ("When will the ANSO summer school be held?", "en", "ANSO Summer School 2026 ☀️ Call for Participants",
     "The summer school will be held from 6 July to 17 July 2026."),
    ("联盟科研诚信工作组是哪年哪月成立的？", "zh", "2026年9月17日，工作组第三次会议在北京召开。",
     "工作组成立于2024年4月。"),
])
def test_the_sentence_stating_the_event_is_tried_first_even_from_beyond_the_best(question, lang, title, answer):
    info = analyse(question)
    fillers = [_cand(f"{title} {i}", lang, 0.9 - i * 0.01, f"f{i}") for i in range(MAX_TRIED)]
    stating = _cand(answer, lang, 0.5, "s")
    ordered = _event_dated_first(info, list(fillers), fillers + [stating], floor=0.41)
    assert ordered[0] is stating and ordered[1:] == fillers
    too_low = _cand(answer, lang, 0.3, "low")  # below the floor it is not taken
    assert _event_dated_first(info, list(fillers), fillers + [too_low], floor=0.41) == fillers
