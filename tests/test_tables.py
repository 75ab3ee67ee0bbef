"""Tables (.docx, HTML, Markdown) are read in document order, one paragraph per row, as body text: a figure
keeps the label of its row."""
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
    assert texts == ["会议纪要：联合实验室管理委员会 🌾", "Output: Papers 论文 | Planned: 10 | Achieved: 12",
                     "Output: Trainees | Planned: 250 | Achieved: 300", "The budget was USD 450,000."]


@pytest.mark.unit
def test_a_merged_cell_is_read_once(tmp_path):
    text = load_file(_docx(tmp_path / "merged.docx", merged=True), 10**7).text
    row = next(line for line in text.split("\n\n") if line.startswith("Trainees"))
    assert row.count("|") == 1


@pytest.mark.unit
def test_html_table_rows_are_body_paragraphs_with_their_labels(tmp_path):
    page = tmp_path / "launch.html"
    page.write_text("<html><body><main><h1>Network launch 网络启动</h1><p>The network has three pilot sites.</p>"
                    "<table><tr><th>Site 地点</th><th>Lead institution</th><th>Hectares</th></tr>"
                    "<tr><td>Chitwan 🌿</td><td>Tribhuvan University</td><td>310</td></tr></table>"
                    "<p>Funding comes from ANSO.</p></main></body></html>", encoding="utf-8")
    doc = clean_text(load_file(page, 10**7).text)
    rows = [(p.text, p.kind) for p in doc.paragraphs]
    row = "Site 地点: Chitwan 🌿 | Lead institution: Tribhuvan University | Hectares: 310"
    assert (row, "body") in rows  # each figure with its row's and its column's labels
    assert [t for t, _ in rows] == ["Network launch 网络启动", "The network has three pilot sites.", row,
                                    "Funding comes from ANSO."]  # in document order; the header row states no fact


@pytest.mark.unit
def test_markdown_table_rows_are_body_and_the_header_row_above_the_rule_is_not():
    text = "# 指南 Guidelines\n\n| 项目 | 金额 |\n|---|:---:|\n| 差旅 | 3000元 |"
    doc = clean_text(text)
    kinds = {p.text: p.kind for p in doc.paragraphs}
    assert kinds == {"指南 Guidelines": "heading", "| 项目 | 金额 |": "heading", "| 差旅 | 3000元 |": "body"}


@pytest.mark.unit
def test_two_cells_that_read_alike_both_stay(tmp_path):
    from docx import Document

    document = Document()
    table = document.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ("论文 Papers 📄", "12", "12"), strict=True):
        cell.text = text
    path = tmp_path / "same.docx"
    document.save(str(path))
    assert load_file(path, 10**7).text == "论文 Papers 📄 | 12 | 12"  # planned 12, achieved 12


@pytest.mark.unit
def test_a_two_column_docx_table_is_label_and_value_without_a_header(tmp_path):
    from docx import Document

    document = Document()
    table = document.add_table(rows=2, cols=2)
    for row, cells in zip(table.rows, [("Project number 项目编号", "ANSO-CR-2023-07"), ("Principal investigator", "Dr Perera")],
                          strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    path = tmp_path / "kv.docx"
    document.save(str(path))
    assert load_file(path, 10**7).text.split("\n\n") == ["Project number 项目编号 | ANSO-CR-2023-07",
                                                           "Principal investigator | Dr Perera"]
