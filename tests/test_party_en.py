"""Another party of the same kind, in English: a sentence naming the Padma Flow team, Category B fellows or
institutions in Peru does not answer for the MekongNet team, Category A fellows or an institution in Uganda.
The Chinese counterpart (国内/国外学员) is ``rag.abstain.names_another_party``; mixed scripts and emoji alike."""
import pytest

from rag.party_en import names_another_party_en

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question, sentence", [
    ("Who led the MekongNet team in the ANSO flood forecasting challenge?",
     "The Padma Flow team 🌊 was led by Ms. Farhana Rahman, a doctoral student at BUET."),
    ("How big is the research grant for Category A AFWE fellows?",
     "A: an air ticket, medical insurance and a research grant of up to CNY 20,000 for Category B fellows."),
    ("For how long will SCBG lend an analyser to the participant's institution in Uganda?",
     "SCBG will lend two analysers to participants' institutions in Peru and the Congo for one year each 🧪."),
    ("Who chaired the Council meeting in 2026?", "The Steering meeting was chaired by 李明 (Li Ming)."),
])
def test_a_sentence_naming_another_party_of_the_kind(question, sentence):
    assert names_another_party_en(question, sentence)


@pytest.mark.parametrize("question, sentence", [
    ("Who led the Padma Flow team?", "The Padma Flow team was led by Ms. Farhana Rahman 🏆."),
    ("How big is the grant for Category B fellows?", "Category B fellows receive a grant of up to CNY 20,000."),
    ("When was the ANSO regional workshop on AMR held?", "The workshop was held in Nairobi from 23 February 2026."),
    ("How many participants came from Uganda?", "The participants came from Indonesia (7), Peru (4) and Uganda (1)."),
    ("Which new sites did the AOTN Governing Board admit at its February 2026 meeting? 🔭",
     "The Board admitted two new sites: the 1.9-metre telescope in Egypt."),  # the Board: the asked one, shortened
    ("What budget did the network's Steering Committee approve for 2027?",
     "The Committee approved a budget of USD 730,000 for 2027."),
    ("Where will the data from the 2025 expedition be published?",
     "All data from the expedition will be published on the ANSO Cryosphere Data Portal (数据门户)."),
])
def test_a_sentence_naming_the_asked_party_or_no_other(question, sentence):
    assert not names_another_party_en(question, sentence)
