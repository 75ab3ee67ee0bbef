"""A page's dateline or source line speaks of the whole page: the page's title is part of its evidence, so a
question naming the year in the title ("2026年度工作总结是哪天落款的") is answered by a dateline of the next year
(rag/extractive.py, Extractive._accounts). Both languages, emoji and mixed scripts."""
import numpy as np
import pytest

from rag.extractive import Candidate, Extractive
from rag.questions import analyse
from rag.retrieve import Hit, Retrieval
from rag.store.docstore import StoredChunk
from rag.types import Chunk

pytestmark = pytest.mark.unit


def _accounts(question: str, line: str, lang: str, title: str, kind: str) -> bool:
    chunk = Chunk(id="m1", text=line, lang=lang, doc_id="d1", kind=kind)
    stored = StoredChunk(chunk, [(0, len(line))], np.zeros((1, 2), dtype=np.float16))
    cand = Candidate(stored, 0, line, lang, 0.9, 0.5, 1.0, 0.0, 0.9)
    answerer = Extractive(0.3, 300, idf=lambda term: 1.0, lead=lambda doc_id: title, subject=lambda doc_id: title)
    retrieval = Retrieval(query=question, vector=np.zeros(2, dtype=np.float32), hits=[Hit(stored, 1.0, 1.0)])
    return answerer._accounts(analyse(question), cand, retrieval, "")


@pytest.mark.parametrize("question, line, lang, title", [
    ("东非作物种质资源区域中心2026年度工作总结是哪天落款的？📄", "2027年1月15日", "zh", "联盟东非作物种质资源区域中心2026年度工作总结"),
    ("On what date was the 2026 annual report of the MKAO observatory 🌋 published?", "Published: 15 January 2027",
     "en", "MKAO observatory 2026 annual report"),
])
def test_a_dateline_of_the_next_year_accounts_for_the_year_its_page_title_names(question, line, lang, title):
    assert _accounts(question, line, lang, title, "meta")
    assert not _accounts(question, line, lang, title, "body")  # a body sentence dated 2027 is another year's


def test_a_dateline_is_no_evidence_for_an_event_of_the_year_its_title_names():
    question = "When did the ABGN 🌿 hold its 2026 annual meeting?"  # not about the page: the meeting's own date
    assert not _accounts(question, "2027年1月10日", "zh", "ABGN: Summary of the 2026 Annual Meeting", "meta")
