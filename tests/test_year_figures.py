"""A figure stated for one year does not answer a question about another year (rag/year_figures.py)."""
import pytest

from rag.year_figures import figure_of_another_year

pytestmark = pytest.mark.unit

EN = ("In 2026 the laboratory published 27 peer-reviewed papers, compared with 14 in 2025, and filed five patent "
      "applications 🧪, three in China and two in Oman.")
ZH = "2026年，实验室发表论文27篇（2025年为14篇），申请专利5项。"
TRAINED = "The network trained 64 technicians in 2024 and 97 in 2025."
TABLE = "专利申请（Patent applications）：2025年：3项；2026年：5项"


@pytest.mark.parametrize("question, sentence, figure", [
    ("How many patent applications did the JLSD file in 2025?", EN, "five"),
    ("How many papers did the lab publish in 2025?", EN, "27"),
    ("2025年实验室申请了多少项专利？", ZH, "5项"),
    ("2025年实验室发表了多少篇论文？", ZH, "27篇"),
    ("2025年 JLSD 申请了几项 patents？", TABLE, "5项"),
    ("How many technicians were trained in 2025? 🙂", TRAINED, "64"),
])
def test_a_figure_of_another_year_does_not_answer(question, sentence, figure):
    assert figure_of_another_year(question, sentence, sentence.index(figure))


@pytest.mark.parametrize("question, sentence, figure", [
    ("How many patent applications did the JLSD file in 2026?", EN, "five"),
    ("How many papers did the lab publish in 2025?", EN, "14"),
    ("2025年实验室发表了多少篇论文？", ZH, "14篇"),
    ("2025年 JLSD 申请了几项 patents？", TABLE, "3项"),
    ("How many technicians were trained in 2025? 🙂", TRAINED, "97"),
    ("How many members does ANSO have?", EN, "five"),  # no year asked: nothing to bind
    ("How many members joined between 2024 and 2025?", EN, "five"),  # two years asked: not checked
    ("How many members did ANSO have in 2025?", "ANSO has 58 members from 40 countries.", "58"),  # no year stated
])
def test_a_figure_of_the_asked_year_or_of_no_year_stands(question, sentence, figure):
    assert not figure_of_another_year(question, sentence, sentence.index(figure))
