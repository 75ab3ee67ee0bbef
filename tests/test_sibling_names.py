"""A question about a named prize, course or scheme is answered only by evidence about that one — never by its
sibling's facts — and never by a title; counts keep their bound and measure word (不超过25名, not 两个).
A small fictional corpus of the kinds staff add: an English prize call naming a sibling medal, a Chinese 通知."""
import pytest

from rag.extractive import is_title_line
from rag.names import asked_bodies, named_across, names
from rag.short_answer import _render_date

PRIZE_EN = """ANSO Open Data Prize: 2027 Call and 2026 Winners

The ANSO Open Data Prize (ANSO-ODP) was created in 2023 to reward research teams that publish their data openly. It is one of two ANSO data prizes, alongside the ANSO Data Stewardship Medal.

Prize rules

At most four teams win the prize each year. Each winning team receives USD 15,000 and a certificate 🏆.

The 2027 call opens on 1 February 2027 and closes on 31 May 2027.
"""

NOTICE_ZH = """关于举办2027年联盟海洋观测技术培训班的通知

各成员单位：

为提升成员国青年科研人员的海洋观测能力，联盟定于2027年6月7日至18日在青岛举办2027年联盟海洋观测技术培训班。

本次培训班招收学员不超过25名，培训为期12天，授课语言为英语。

报名截止日期为2027年4月30日。

附件：1. 2027年联盟海洋观测技术培训班报名表

联盟秘书处
2027年1月15日
"""


@pytest.fixture(scope="module")
def staff_docs(tmp_path_factory):
    from ingest.pipeline import ingest_paths
    from rag.chain import Assistant
    from rag.store.index import Index
    from tests.conftest import make_settings

    folder = tmp_path_factory.mktemp("siblings")
    (folder / "open_data_prize_2027.txt").write_text(PRIZE_EN, encoding="utf-8")
    (folder / "ocean_training_notice_2027.txt").write_text(NOTICE_ZH, encoding="utf-8")
    index = Index(make_settings(folder / "data"))
    report = ingest_paths(index, sorted(folder.glob("*.txt")), progress=False)
    assert report.ok, report.summary()
    yield Assistant(index.settings, index)
    index.close()


@pytest.mark.unit
@pytest.mark.parametrize("question, body", [
    ("联盟杰出科学奖每年评选几名获奖者？", "杰出科学奖"),
    ("联盟海洋观测高级研修班的报名截止日期是哪天？", "海洋观测高级研修班"),
    ("ANSO青年科学家奖有多少奖金？🎓", "青年科学家奖"),
    ("How much prize money does the ANSO Data Stewardship Medal give?", "ANSO Data Stewardship Medal"),
    ("What is the maximum ice thickness on the Inylchek Glacier?", "Inylchek Glacier"),
    ("联盟国际研究生奖学金给博士后每月多少钱？💶", "研究生奖学金"),  # a scholarship, as "Scholarship" is in English
])
def test_named_prizes_courses_and_places_are_asked_bodies(question, body):
    assert body in asked_bodies(question)


@pytest.mark.unit
def test_a_time_word_or_the_alliance_prefix_is_not_part_of_a_name():
    assert asked_bodies("2024年联盟科学传播奖的颁奖仪式在哪里举行？") == ["科学传播奖"]
    assert asked_bodies("今年的培训班在哪里举办？") == []  # a bare head names nothing


@pytest.mark.unit
def test_a_chinese_name_is_named_by_its_parts_in_order_not_by_a_sibling():
    assert names("2027年联盟海洋观测技术培训班报名表", "海洋观测培训班")  # words inserted between the parts
    assert not names("2027年联盟海洋观测技术培训班报名表", "海洋观测高级研修班")
    assert not names("联盟科学传播奖（ANSO-SCA）于2022年设立。", "杰出科学奖")


@pytest.mark.unit
def test_a_name_is_named_across_languages_through_its_parts_translations():
    words = {"科学": ("science",), "传播": ("communication", "dissemination"), "奖": ("award", "prize")}
    translate = lambda word: words.get(word, ())  # noqa: E731
    assert named_across("The Science Communication Award was created in 2022.", "科学传播奖", translate)
    assert named_across("The glacier retreated 38 metres 🧊.", "科学传播奖", translate) is False
    assert named_across("anything", "冰川", translate) is None  # nothing to tell by
    words = {"研究生": ("graduat student",), "奖学金": ("scholarship",)}
    scholarship = lambda word: words.get(word, ())  # noqa: E731
    fee = "The registration fee is CNY 1,200 for master's and PhD students 🎓 and CNY 2,000 for postdocs."
    assert named_across(fee, "研究生奖学金", scholarship) is False  # a school's fee, not the scholarship


@pytest.mark.unit
def test_a_chinese_name_whose_leading_qualifier_is_unstated_names_another_body():
    words = {"地下水": ("groundwat",), "研究": ("research",), "中心": ("centr", "center"), "传粉": ("pollin",),
             "昆虫": ("insect",)}
    translate = lambda word: words.get(word, ())  # noqa: E731
    pollinator = "The Centre was represented by Professor Tang Jiayi, Centre Director 🐝, for the Centre for Pollinator Research."
    assert named_across(pollinator, "干旱区地下水研究中心", translate) is False  # research and centre, but no groundwater
    assert named_across(pollinator, "传粉昆虫研究中心", translate) is not False
    assert named_across("The Centre for Groundwater in Arid Regions (CGAR) 💧 does research.", "干旱区地下水研究中心",
                        translate)
    words = {"研究生": ("graduat student",), "奖学金": ("scholarship",)}
    short = lambda word: words.get(word, ())  # noqa: E731
    faq = "The scholarship does not cover the visa costs 🛂. ANSO Graduate Scholarship"
    assert named_across(faq, "研究生奖学金", short) is not False  # two parts: the qualifier alone does not decide


@pytest.mark.unit
@pytest.mark.parametrize("kind, text, title", [
    ("heading", "关于举办2027年联盟海洋观测技术培训班的通知", True),
    ("heading", "ANSO Open Data Prize: 2027 Call and 2026 Winners", True),
    ("heading", "附件：1. 2027年联盟海洋观测技术培训班报名表", True),
    ("heading", "电子邮箱：ocean2027@anso-example.org", False),  # a field line answers
    ("heading", "Venue: Qingdao, China", False),
    ("body", "Each winning team receives USD 15,000.", False),
])
def test_titles_and_section_headings_are_title_lines_but_field_lines_are_not(kind, text, title):
    assert is_title_line(kind, text) is title


@pytest.mark.unit
def test_a_chinese_may_date_reads_in_english():
    assert _render_date("2027年5月31日", "en") == "31 May 2027"


@pytest.mark.integration
@pytest.mark.parametrize("question", [
    "How much prize money does the ANSO Data Stewardship Medal give?",
    "联盟海洋观测高级研修班的报名截止日期是哪天？",
    "联盟数据管理奖每年评选几名获奖者？",
])
def test_a_question_about_a_sibling_abstains(staff_docs, question):
    result = staff_docs.answer(question)
    assert result.abstained, result.answer


@pytest.mark.integration
@pytest.mark.parametrize("question, expected", [
    ("How much does each winning team of the ANSO Open Data Prize receive?", "USD 15,000"),
    ("How many teams can win the Open Data Prize each year?", "At most four"),
    ("联盟海洋观测技术培训班最多招收多少名学员？", "不超过25名"),
    ("海洋观测培训班为期几天？", "12天"),
    ("When does the 2027 call for the Open Data Prize close?", "31 May 2027"),
    ("海洋观测技术培训班的报名截止日期是哪天？", "2027年4月30日"),
])
def test_the_named_thing_itself_answers_with_its_bound_and_measure(staff_docs, question, expected):
    result = staff_docs.answer(question)
    assert not result.abstained, result.answer
    assert expected.lower() in (result.short_answer or "").lower(), result.answer
    assert not any(is_title_line("heading", c.quote) and c.quote.startswith(("关于", "ANSO Open Data Prize:"))
                   for c in result.citations), result.answer
