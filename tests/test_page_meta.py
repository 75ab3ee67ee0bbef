"""Questions about a page itself — when it was posted, at what time, by whom — are answered from that page's own
dateline and source line, chosen by what the question says about the page, not from another page's dateline
that matches "published" just as well. Real embedder, Chroma on disk, two new staff-style pages."""
import pytest

pytestmark = pytest.mark.integration

SEISMIC_ZH = """地震监测培训班在昆明开班

2021年6月3日 09:30

稿件来源：中国科学院地质与地球物理研究所

6月1日（星期二）上午，地震监测与预警技术培训班在云南昆明开班，来自6个国家的28名学员参加了开班仪式。🌏

培训班将于6月14日结业。
"""
FORUM_EN = """Announcement: Young Scientists Forum 2022 Annual Meeting

Published: 12 September 2022

The Young Scientists Forum (YSF) will hold its 2022 Annual Meeting from Tuesday, 8 November to Thursday,
10 November 2022 in Hangzhou, China.

Registration closes on 20 October 2022.
"""
NOTICE_ZH = """关于举办2027年度联盟青年学者沙龙的通知

各成员单位：

为促进青年学者交流🤝，联盟秘书处定于2027年4月12日（星期一）在成都举办青年学者沙龙，名额60人。

报名截止日期为2027年3月20日。

联盟秘书处

2027年2月26日
"""
PRESS_EN = """Joint cruise sets sail from Sanya

6 July 2026

Source: ANSO Secretariat, Communications Office; written by Li Na 🌊

The research vessel Shiyan 6 left Sanya with 32 scientists from five countries for a 40-day survey.
"""


@pytest.fixture(scope="module")
def two_pages(tmp_path_factory):
    from ingest.pipeline import ingest_paths
    from rag.chain import Assistant
    from rag.store.index import Index
    from tests.conftest import make_settings

    folder = tmp_path_factory.mktemp("pages")
    (folder / "seismic_training.txt").write_text(SEISMIC_ZH, encoding="utf-8")
    (folder / "ysf_2022.txt").write_text(FORUM_EN, encoding="utf-8")
    index = Index(make_settings(folder / "data"))
    (folder / "salon_notice.txt").write_text(NOTICE_ZH, encoding="utf-8")
    (folder / "cruise_press.txt").write_text(PRESS_EN, encoding="utf-8")
    paths = [folder / "seismic_training.txt", folder / "ysf_2022.txt", folder / "salon_notice.txt",
             folder / "cruise_press.txt"]
    report = ingest_paths(index, paths, progress=False)
    assert report.ok, report.summary()
    yield Assistant(index.settings, index)
    index.close()


@pytest.mark.parametrize("question, expected", [
    ("这篇培训班报道是什么时候发布的？", "2021年6月3日"),
    ("When was the YSF meeting announcement published?", "12 September 2022"),
    ("中文报道是几点发布的？", "09:30"),
    ("Who published the Chinese report on the seismic training course?", "中国科学院地质与地球物理研究所"),
    ("青年学者沙龙的通知是哪天印发的？", "2027年2月26日"),  # a notice is signed and dated on its last line
    ("青年学者沙龙的通知是什么时候发的？", "2027年2月26日"),
    ("青年学者沙龙通知的落款日期是哪天？", "2027年2月26日"),
    ("Who wrote the story on the joint cruise from Sanya?", "Li Na"),  # the byline, not the publisher
])
def test_the_page_asked_about_answers_from_its_own_dateline_or_source_line(two_pages, question, expected):
    result = two_pages.answer(question)
    assert not result.abstained and expected in (result.short_answer or ""), result.answer
    assert expected.split("年")[0] in result.citations[0].quote


def test_the_publisher_is_still_the_source_line_not_the_writer(two_pages):
    result = two_pages.answer("Who published the story on the joint cruise from Sanya?")
    assert not result.abstained and "ANSO Secretariat" in (result.short_answer or ""), result.answer


def test_an_event_date_is_not_taken_for_the_publication_date(two_pages):
    result = two_pages.answer("When will the YSF 2022 Annual Meeting open?")
    assert not result.abstained and "November 2022" in (result.short_answer or ""), result.answer
    assert "September" not in result.answer
