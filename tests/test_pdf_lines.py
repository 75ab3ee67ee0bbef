"""PDF pages → paragraphs: wrapped lines joined, headings, list items and table rows kept apart."""
from __future__ import annotations

from pathlib import Path

import pytest

from ingest.clean import clean_text
from ingest.load import load_file
from ingest.pdf_lines import display_width, page_paragraphs

ZH_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
PROSE_EN = ("The joint laboratory monitored dengue cases in four provinces between 2023 and 2026, combining weekly "
            "rainfall and temperature records with hospital reports. Its early-warning model gave alerts three weeks "
            "ahead of outbreaks in most districts 🦟, and health offices used them to plan spraying.")
PROSE_ZH = ("联合实验室于2023年至2026年在四个省份开展登革热监测，将每周降雨和气温记录与医院报告相结合。"
            "其预警模型在大多数地区可提前三周发出警报，卫生部门据此安排灭蚊工作。")


@pytest.mark.unit
def test_wrapped_prose_is_one_paragraph_and_a_heading_stands_alone():
    page = ("2. Results\n"
            "The joint laboratory monitored dengue cases in four provinces between 2023 and\n"
            "2026, combining weekly rainfall and temperature records with hospital reports. Its\n"
            "early-warning model gave alerts three weeks ahead of outbreaks in most districts.\n"
            "3. Budget\n"
            "The project spent USD 410,000 of its USD 450,000 budget; the rest returned to the\n"
            "fund in July 2026 as agreed with the Secretariat of ANSO and the partner institutes.")
    paragraphs = page_paragraphs(page).split("\n\n")
    assert paragraphs[0] == "2. Results"
    assert paragraphs[1].startswith("The joint laboratory") and paragraphs[1].endswith("most districts.")
    assert "and 2026, combining" in paragraphs[1] and "reports. Its early-warning" in paragraphs[1]
    assert paragraphs[2] == "3. Budget" and paragraphs[3].endswith("partner institutes.")


@pytest.mark.unit
def test_chinese_lines_join_without_spaces_and_list_items_stay_apart():
    page = ("一、项目概况\n"
            "联合实验室于2023年至2026年在四个省份开展登革热监测，将每周降雨和气\n"
            "温记录与医院报告相结合，预警模型可提前三周发出警报🦟。\n"
            "（一）经费使用情况良好，结余资金已按规定退回联盟基金，并由秘书处审\n"
            "（二）成果：发表论文12篇，培训基层人员300人次。")
    paragraphs = page_paragraphs(page).split("\n\n")
    assert paragraphs[0] == "一、项目概况"
    assert paragraphs[1] == "联合实验室于2023年至2026年在四个省份开展登革热监测，将每周降雨和气温记录与医院报告相结合，预警模型可提前三周发出警报🦟。"
    assert paragraphs[2].startswith("（一）") and paragraphs[3].startswith("（二）")


@pytest.mark.unit
def test_table_rows_and_short_labels_are_their_own_paragraphs():
    page = ("Project number: ANSO-CR-2023-07\nPrincipal investigator: Dr Nimal Perera (斯里兰卡)\n"
            "Output Planned Achieved\nPapers 10 12\nTrainees 250 300\n"
            "A long line of prose that fills the whole column of the printed page and goes on to\n"
            "the next line.")
    paragraphs = page_paragraphs(page).split("\n\n")
    assert paragraphs[:5] == ["Project number: ANSO-CR-2023-07", "Principal investigator: Dr Nimal Perera (斯里兰卡)",
                              "Output Planned Achieved", "Papers 10 12", "Trainees 250 300"]
    assert paragraphs[5].endswith("goes on to the next line.")


@pytest.mark.unit
@pytest.mark.parametrize("page, expected", [("", ""), ("One line only.", "One line only."),
                                            ("Two lines that are not\nwrapped 联盟", "Two lines that are not\n\nwrapped 联盟")])
def test_short_pages_keep_their_lines(page, expected):
    assert page_paragraphs(page) == expected


@pytest.mark.unit
def test_a_wrapped_line_starting_with_a_decimal_is_no_list_item():
    page = ("The network's members planted seedlings over a total area of about twelve hectares, or\n"
            "3.5 per cent of the degraded land mapped in the 2024 survey of the three river basins.\nEnd.")
    assert "hectares, or 3.5 per cent of the degraded land" in page_paragraphs(page).split("\n\n")[0]


@pytest.mark.unit
def test_display_width_counts_chinese_double():
    assert display_width("ANSO") == 4 and display_width("联盟") == 4 and display_width("A联") == 3


def _pdf(path: Path, blocks: list[tuple[str, str]], font: str = "Helvetica") -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    if font != "Helvetica":
        pdf.add_font("zh", fname=font)
        font = "zh"
    for kind, text in blocks:
        pdf.set_font(font, size=14 if kind == "h" else 11)
        pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.output(str(path))
    return path


@pytest.mark.unit
def test_a_real_english_pdf_reads_as_paragraphs(tmp_path):
    path = _pdf(tmp_path / "report.pdf", [("h", "Final report of the dengue early-warning project"),
                                         ("p", PROSE_EN.replace(" 🦟", "")), ("h", "Budget"),
                                         ("p", "The project spent USD 410,000 of its USD 450,000 budget.")])
    from pypdf import PdfReader

    assert PdfReader(path).pages[0].extract_text().count("\n") >= 5  # the prose was printed on several lines
    doc = clean_text(load_file(path, 10**7).text)
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == "Final report of the dengue early-warning project" and doc.title == texts[0]
    assert texts[1] == PROSE_EN.replace(" 🦟", "")  # three printed lines, one paragraph
    assert texts[2:] == ["Budget", "The project spent USD 410,000 of its USD 450,000 budget."]


@pytest.mark.unit
@pytest.mark.skipif(not ZH_FONT.exists(), reason="needs fonts-wqy-zenhei (installed by .ci/run)")
def test_a_real_chinese_pdf_reads_as_paragraphs(tmp_path):
    path = _pdf(tmp_path / "报告.pdf", [("h", "项目结题报告"), ("p", PROSE_ZH), ("h", "经费"),
                                       ("p", "项目共支出41万美元，预算为45万美元。")], font=str(ZH_FONT))
    texts = [p.text for p in clean_text(load_file(path, 10**7).text).paragraphs]
    assert texts == ["项目结题报告", PROSE_ZH, "经费", "项目共支出41万美元，预算为45万美元。"]
