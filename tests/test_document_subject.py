"""Every sentence of a document is about what its title names: the question's words the title names do not tell the
document's sentences apart, so the sentence stating the asked fact need not repeat them to rank first."""
import pytest

from rag.extractive import Extractive, subject_terms

REPORT_TITLE = "Annual Report 2026"
REPORT_LEAD = "Annual Report 2026 ANSO–UoN Mount Kenya Atmospheric Observatory (MKAO) 🏔"
MINUTES_TITLE = "联盟科研诚信与伦理工作组第三次会议纪要"
MINUTES_LEAD = MINUTES_TITLE + " 2026年9月17日，工作组第三次会议在北京召开，会议采用线下与线上相结合的方式。"


def _answerer():
    leads = {"report": REPORT_LEAD, "minutes": MINUTES_LEAD}
    titles = {"report": REPORT_TITLE, "minutes": MINUTES_TITLE}
    return Extractive(0.5, 300, idf=lambda term: 1.0, lead=leads.get, subject=titles.get)


@pytest.mark.unit
def test_a_short_opening_name_line_joins_the_title_a_sentence_does_not():
    answerer = _answerer()
    assert "MKAO" in answerer._subject_line("report")
    assert answerer._subject_line("minutes") == MINUTES_TITLE  # the opening sentence says more than the subject


@pytest.mark.unit
@pytest.mark.parametrize("question, subject, named", [
    ("Who is the Station Director of MKAO? 🔭", "Annual Report 2026 Mount Kenya Observatory (MKAO)", {"mkao"}),
    ("工作组的副组长是谁？", "联盟科研诚信与伦理工作组第三次会议纪要", {"工作", "作组"}),
    ("Who chairs the MKAO 工作组?", "Annual Report 2026 (MKAO)", {"mkao"}),
])
def test_question_words_the_title_names_are_the_subject(question, subject, named):
    answerer = _answerer()
    weights = answerer._weights(question, "")
    found = subject_terms(subject, weights)
    assert named <= found and found < weights.keys()


@pytest.mark.unit
def test_a_title_naming_the_whole_question_names_no_subject():
    """A page titled with the question itself: its sentences must still state the asked thing."""
    answerer = _answerer()
    weights = answerer._weights("What is the ANSO Travel Support Scheme? ✈️", "")
    assert subject_terms("ANSO Travel Support Scheme", weights) == frozenset()
