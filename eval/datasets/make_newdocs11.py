"""Builds the two binary documents of eval/datasets/newdocs11.corpus/ (run from the project root):

- smgl_management_committee_minutes_2026.docx — a Chinese 会议纪要 of a joint laboratory's management committee
  (python-docx; one paragraph of the document per paragraph of text, no tables, since ingest reads paragraphs only);
- climden_final_report_2026.pdf — an English project completion report (fpdf2, core Helvetica font, so ASCII only).

The other four documents of the set are plain text files kept as they are. The files carry fixed creation dates, so
rebuilding writes the same text (and the same bytes)."""
from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "newdocs11.corpus"
DOCX = CORPUS / "smgl_management_committee_minutes_2026.docx"
PDF = CORPUS / "climden_final_report_2026.pdf"
MINUTES_DATE = datetime(2026, 10, 23, 9, 0, tzinfo=UTC)  # the minutes' date line
REPORT_DATE = datetime(2026, 9, 15, 9, 0, tzinfo=UTC)  # the report's submission date

MINUTES_TITLE = "联盟中蒙草原生态联合实验室管理委员会2026年第二次会议纪要"
MINUTES = [
    "时间：2026年10月20日（星期二）上午9:00至12:30",
    "地点：蒙古国乌兰巴托，蒙古科学院植物学研究所第三会议室",
    "主持人：赵立新，管理委员会主任、中国科学院植物研究所研究员",
    "出席人员：管理委员会副主任、蒙古科学院植物学研究所所长恩赫巴雅尔·奥云教授；委员孙海涛（中国科学院植物研究所）、"
    "巴特苏赫·德勒格尔（蒙古国立大学）、策仁道尔吉·阿拉坦（蒙古国环境与旅游部）；实验室中方主任王晓梅研究员、"
    "蒙方主任甘巴特·图门博士。联盟秘书处郑凯列席会议。委员刘佳宁（内蒙古大学）因公请假。记录：实验室办公室李静。",
    "联盟中蒙草原生态联合实验室（Sino-Mongolian Joint Laboratory for Grassland Ecology，英文简称SMGL，"
    "以下简称“实验室”）由“一带一路”国际科学组织联盟（ANSO）、中国科学院植物研究所和蒙古科学院植物学研究所于2022年6月共同设立，"
    "主要研究蒙古高原草原退化的成因与恢复技术，并为牧民提供可持续放牧方案。",
    "会议听取了王晓梅研究员所作的实验室2026年1月至9月工作报告。报告期内，实验室在蒙古国6个省的长期监测样地由2025年底的"
    "24个增加到36个，发表论文14篇，在读蒙古国研究生9名；2025年度经费执行率为92%。会议认为实验室年度目标总体完成良好，"
    "同时指出蒙方样地数据上传不够及时。",
    "经讨论，会议议定事项如下：",
    "一、审议通过实验室2027年度工作计划和预算。2027年度预算总额为人民币460万元，其中联盟资助180万元，"
    "中国科学院植物研究所出资200万元，蒙古科学院植物学研究所以实物和人员形式配套80万元。责任单位：实验室办公室；"
    "完成时限：2026年11月30日前报联盟秘书处备案。",
    "二、同意在戈壁阿尔泰省新建1个荒漠草原野外观测点，建设经费人民币95万元。中国科学院植物研究所负责采购和运输仪器设备，"
    "蒙古科学院植物学研究所负责办理土地使用手续。责任单位：实验室中方办公室、蒙方办公室；"
    "完成时限：2027年6月30日前建成并投入观测。",
    "三、同意设立“草原青年学者访问计划”，每年资助6名蒙古国青年科研人员赴中国科学院植物研究所开展为期3个月的合作研究，"
    "每人每月生活补贴人民币6000元。责任单位：实验室中方办公室；完成时限：首批访问学者于2027年3月31日前到岗。",
    "四、同意自2027年1月1日起通过实验室数据共享平台向社会公开样地监测数据，数据在采集满两年后公开。"
    "责任单位：蒙方数据中心；完成时限：2026年12月20日前完成平台测试。",
    "五、同意聘任达瓦苏伦·巴特巴雅尔博士为实验室蒙方副主任，任期3年。",
    "六、因2026年初蒙古国中部遭受严重雪灾，部分合作牧户忙于恢复生产，会议同意将原定于2026年9月举办的第三届中蒙草原生态论坛"
    "推迟至2027年5月在乌兰巴托举办。责任单位：蒙方办公室。",
    "会议明确，本纪要所称“适宜载畜量”，是指在不造成草原退化的前提下，单位面积草原在放牧季内可承载的牲畜数量，以羊单位计。",
    "管理委员会下次会议定于2027年4月在北京召开。",
    "会议材料已上传至实验室网站https://smgl.anso-example.org/meetings，如有疑问请联系实验室办公室，"
    "邮箱smgl-office@anso-example.org。",
    "联盟中蒙草原生态联合实验室办公室",
    "2026年10月23日",
]

# (style, text): "title" and "heading" lines, "line" paragraphs, "row" table rows (cells separated by "|")
REPORT = [
    ("title", "ANSO Collaborative Research Project - Final Report"),
    ("title", "Climate-Informed Dengue Early Warning in South and Southeast Asia (CLIMDEN)"),
    ("line", "Project number: ANSO-CR-PP-2023-07"),
    ("line", "Project period: 1 January 2023 to 30 June 2026"),
    ("line", "Report submitted to the ANSO Secretariat on Tuesday, 15 September 2026"),
    ("heading", "1. Project team"),
    ("line", "Principal Investigator: Professor Zhou Yiming, Institute of Geographic Sciences and Natural Resources"),
    ("line", "Research (IGSNRR), Chinese Academy of Sciences, Beijing, China"),
    ("line", "Co-Principal Investigator: Dr. Nimali Perera, Medical Research Institute, Colombo, Sri Lanka"),
    ("line", "Project Manager: Ms. Gao Shuang, IGSNRR"),
    ("line", "Finance Officer: Mr. Wang Pengfei, IGSNRR"),
    ("line", "Partner institutes by country:"),
    ("line", "- Sri Lanka: Medical Research Institute, Colombo"),
    ("line", "- Bangladesh: Institute of Epidemiology, Disease Control and Research (IEDCR), Dhaka"),
    ("line", "- Thailand: Faculty of Tropical Medicine, Mahidol University, Bangkok"),
    ("line", "- Malaysia: Institute for Medical Research, Kuala Lumpur"),
    ("line", "- Pakistan: National Institute of Health, Islamabad"),
    ("heading", "2. Aim"),
    ("line", "The project set out to forecast dengue outbreaks early enough for health officers to act."),
    ("line", "It linked weekly dengue case reports with rainfall, temperature and humidity data."),
    ("line", "An outbreak here means weekly dengue cases above the five-year mean plus two standard deviations."),
    ("heading", "3. Outputs"),
    ("row", "Output|Planned|Achieved"),
    ("row", "Peer-reviewed papers|20|31"),
    ("row", "City forecasting dashboards|5|6"),
    ("row", "Open datasets released|4|6"),
    ("row", "Health officers trained|200|240"),
    ("row", "PhD students graduated|5|7"),
    ("row", "Policy briefs|3|4"),
    ("heading", "4. Main results"),
    ("line", "The final model forecasts dengue outbreaks 8 weeks ahead."),
    ("line", "In tests on data from 2015 to 2024 it correctly predicted 81% of outbreaks, with 12% false alarms."),
    ("line", "The six cities covered are Colombo, Dhaka, Bangkok, Chiang Mai, Kuala Lumpur and Lahore."),
    ("line", "The Colombo dashboard was adopted by Sri Lanka's National Dengue Control Unit in March 2026."),
    ("heading", "5. Changes to the plan"),
    ("line", "The project was extended by six months, from 31 December 2025 to 30 June 2026."),
    ("line", "Reason: the floods of August 2024 in Bangladesh halted field data collection for four months."),
    ("line", "A planned mosquito trap survey in Lahore was dropped; its budget was moved to training."),
    ("heading", "6. Budget"),
    ("line", "Total approved budget: USD 1,500,000"),
    ("line", "- ANSO grant: USD 900,000"),
    ("line", "- IGSNRR co-funding: USD 450,000"),
    ("line", "- Partner contributions in kind: USD 150,000"),
    ("line", "Total spent: USD 1,462,300 (97.5% of the approved budget)"),
    ("line", "Largest cost item: staff and student stipends, USD 610,000"),
    ("line", "Unspent ANSO funds of USD 37,700 will be returned to ANSO by 31 October 2026."),
    ("heading", "7. Follow-up"),
    ("line", "The partners have applied for a second phase, CLIMDEN-2, to add chikungunya and Zika."),
    ("line", "CLIMDEN-2 would also cover Nepal and Vietnam. ANSO expects to decide in early 2027."),
    ("line", "Forecast dashboards: https://climden.anso-example.org"),
    ("line", "Contact: Ms. Gao Shuang, Project Manager, climden@igsnrr-example.ac.cn"),
    ("line", "Signed: Professor Zhou Yiming, Principal Investigator, 15 September 2026"),
]


def build_docx(path: Path = DOCX) -> None:
    import docx

    document = docx.Document()
    document.core_properties.created = document.core_properties.modified = MINUTES_DATE.replace(tzinfo=None)
    document.core_properties.author = "联盟中蒙草原生态联合实验室办公室"
    document.add_heading(MINUTES_TITLE, level=1)
    for text in MINUTES:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    # the same bytes on every rebuild: the archive's entries get the minutes' date instead of the time of the build
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=MINUTES_DATE.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, source.read(info.filename))


def build_pdf(path: Path = PDF) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(True, margin=15)
    pdf.set_title("CLIMDEN Final Report")
    pdf.set_creation_date(REPORT_DATE)
    pdf.add_page()
    widths = (90, 35, 35)
    for style, text in REPORT:
        if style == "title":
            pdf.set_font("Helvetica", "B", 13)
            pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        elif style == "heading":
            pdf.ln(3)
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        elif style == "row":
            pdf.set_font("Helvetica", "B" if text.startswith("Output|") else "", 10)
            for width, cell in zip(widths, text.split("|"), strict=True):
                pdf.cell(width, 6, cell, border=1)
            pdf.ln(6)
        else:
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


if __name__ == "__main__":
    CORPUS.mkdir(exist_ok=True)
    build_docx()
    build_pdf()
    print(f"wrote {DOCX.name} and {PDF.name}")
