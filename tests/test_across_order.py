"""Ordering candidates in the other language (rag/extractive.py): a sentence stating the asked relation through a
translation comes first (退出 asked: "A member may *withdraw* …"), and among close other-language sentences the one
stating more of the question's predicate through translations comes first (_focus_across). Both directions, emoji
and mixed scripts."""
import numpy as np
import pytest

from rag.extractive import Candidate, Extractive
from rag.other_language import unstated_nouns
from rag.questions import analyse
from rag.store.docstore import StoredChunk
from rag.types import Chunk

pytestmark = pytest.mark.unit


class _Lexicon:
    TERMS = {"退出": ("withdraw",), "report": ("报告",), "visit": ("访问",), "travel": ("差旅",), "fund": ("资助",),
             "support": ("资助",), "withdraw": ("退出",)}

    def alternatives(self, term):
        return self.TERMS.get(term, ())


class _Lazy:
    def get(self):
        return _Lexicon()


def _cand(text: str, lang: str, score: float, chunk_id: str) -> Candidate:
    chunk = Chunk(id=chunk_id, text=text, lang=lang, doc_id="d1")
    stored = StoredChunk(chunk, [(0, len(text))], np.zeros((1, 2), dtype=np.float16))
    return Candidate(stored, 0, text, lang, 0.9, 0.5, 1.0, 0.0, score)


def _answerer(lead: str) -> Extractive:
    return Extractive(0.3, 300, idf=lambda term: 1.0, lead=lambda doc_id: lead, lexicon=_Lazy())


@pytest.mark.parametrize("question, other, stating, lang", [
    ("成员想退出联盟的话，需要提前多久书面通知？📝", "Associate members become full members after two years.",
     "A member may withdraw from ANSO by giving six months' written notice.", "en"),
])
def test_a_sentence_stating_the_relation_through_a_translation_comes_first(question, other, stating, lang):
    answerer = _answerer("")
    first, second = _cand(other, lang, 0.8, "c1"), _cand(stating, lang, 0.7, "c2")
    ordered = answerer._relation_first(analyse(question), [first, second], answerer._translations)
    assert ordered[0] is second
    assert answerer._relation_first(analyse(question), [first, second])[0] is first  # without a lexicon: as it was


def test_the_other_language_sentence_stating_the_predicate_comes_first():
    answerer = _answerer("联盟差旅资助计划须知 联盟差旅资助计划资助成员单位科研人员短期访问的差旅费用。")
    question = analyse("How long must the visit report be after a short visit funded by ANSO travel support? ✈️")
    opening = _cand("联盟差旅资助计划资助成员单位科研人员开展30天以内短期访问的差旅费用。", "zh", 0.72, "c1")
    report = _cand("短期访问结束后，出行人员须在15天内提交一份不少于800字的访问报告。", "zh", 0.63, "c2")
    asker = _cand("The ANSO Travel Support Scheme pays the travel costs of short visits.", "en", 0.86, "c3")
    ordered = answerer._focus_across(question, [asker, opening, report])
    assert ordered == [asker, report, opening]  # the asker-language sentence keeps its place


@pytest.mark.parametrize("question, document, kept, dropped", [
    ("How long must the essay be after a visit funded by ANSO travel support? 🧳",
     "The ANSO Travel Support Scheme pays the travel costs of visits.", "essay", "fund"),
    ("联盟差旅资助的访问报告要写多长？", "联盟差旅资助计划资助短期访问。", "报告", "资助"),
])
def test_a_participle_is_no_noun_the_document_must_name(question, document, kept, dropped):
    missing = unstated_nouns(question, "zh" if "联盟" in question else "en", document)
    assert kept in missing and dropped not in missing


def test_an_english_questions_relation_is_not_read_across():
    answerer = _answerer("")
    question = analyse("What number do I call for the 24-hour emergency line during the fund visit? ☎️")
    english = _cand("In an emergency, call the ANSO 24-hour emergency line, +86 10 6859 7999.", "en", 0.6, "c1")
    chinese = _cand("联盟资助的访问期间发生事故须报告。", "zh", 0.5, "c2")
    assert answerer._relation_first(question, [english, chinese], answerer._translations)[0] is english
