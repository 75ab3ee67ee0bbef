"""A .docx table is read in document order, one paragraph per row, so a figure keeps its row's label."""
from __future__ import annotations

import pytest

from ingest.clean import clean_text
from ingest.load import load_file


def _docx(path, merged: bool = False):
    from docx import Document

    document = Document()
    document.add_paragraph("会议纪要：联合实验室管理委员会 🌾")
    table = document.add_table(rows=3, cols=3)
    for row, cells in zip(table.rows, [("Output", "Planned", "Achieved"), ("Papers 论文", "10", "12"),
                                       ("Trainees", "250", "300")], strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    if merged:
        table.cell(2, 1).merge(table.cell(2, 2))
    document.add_paragraph("The budget was USD 450,000.")
    document.save(str(path))
    return path


@pytest.mark.unit
def test_table_rows_are_paragraphs_in_document_order(tmp_path):
    texts = [p.text for p in clean_text(load_file(_docx(tmp_path / "minutes.docx"), 10**7).text).paragraphs]
    assert texts == ["会议纪要：联合实验室管理委员会 🌾", "Output | Planned | Achieved", "Papers 论文 | 10 | 12",
                     "Trainees | 250 | 300", "The budget was USD 450,000."]


@pytest.mark.unit
def test_a_merged_cell_is_read_once(tmp_path):
    text = load_file(_docx(tmp_path / "merged.docx", merged=True), 10**7).text
    row = next(line for line in text.split("\n\n") if line.startswith("Trainees"))
    assert row.count("|") == 1
