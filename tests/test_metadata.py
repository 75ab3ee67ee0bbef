"""Document metadata for the sources: Markdown front matter, HTML canonical link and title, a sidecar file."""
from __future__ import annotations

import json

import pytest

from ingest.load import LoadError, load_file, split_front_matter

MB = 1024 * 1024


@pytest.mark.unit
def test_front_matter_is_metadata_not_body_text(tmp_path):
    path = tmp_path / "network.md"
    path.write_text("---\ntitle: ANSO 网络 🎉\ndate: 2024-05-06\nurl: https://example.org/anso/net\n---\n\n# Heading\n\nBody.\n",
                    encoding="utf-8")
    loaded = load_file(path, MB)
    assert loaded.meta == {"title": "ANSO 网络 🎉", "published": "2024-05-06", "url": "https://example.org/anso/net"}
    assert "title:" not in loaded.text and loaded.text.lstrip().startswith("# Heading")


@pytest.mark.unit
@pytest.mark.parametrize("text", ["---\n: : not yaml [\n---\nBody", "No front matter\n---\nx", "---\n- a list\n---\nBody"])
def test_what_is_not_front_matter_stays_text(text):
    body, meta = split_front_matter(text)
    assert meta == {} and body == text


@pytest.mark.unit
def test_html_canonical_and_sidecar_override(tmp_path):
    page = tmp_path / "meeting.html"
    page.write_text('<html><head><title>Meeting</title><link rel="canonical" href="https://example.org/m"></head>'
                    "<body><p>The meeting was held in Kunming.</p></body></html>", encoding="utf-8")
    assert load_file(page, MB).meta == {"url": "https://example.org/m"}
    (tmp_path / "meeting.html.meta.json").write_text(json.dumps({"title": "会议通知", "url": "https://example.org/n"}),
                                                      encoding="utf-8")
    assert load_file(page, MB).meta == {"url": "https://example.org/n", "title": "会议通知"}
    (tmp_path / "meeting.html.meta.json").write_text("{broken", encoding="utf-8")
    with pytest.raises(LoadError, match="not valid JSON"):
        load_file(page, MB)


@pytest.mark.integration
@pytest.mark.slow
def test_ingested_metadata_reaches_the_sources_panel(tmp_path):
    from ingest.pipeline import ingest_paths
    from rag.store.index import Index
    from tests.conftest import make_settings
    from ui.documents import doc_infos, documents

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "report.txt").write_text("The ANSO training course trained 30 young scientists in 2023.\n", encoding="utf-8")
    (folder / "report.meta.json").write_text(json.dumps({"title": "Training report", "published": "2023-12-01",
                                                         "url": "https://example.org/report"}), encoding="utf-8")
    index = Index(make_settings(tmp_path / "data"))
    report = ingest_paths(index, [folder], progress=False)
    assert report.ok, report.summary()  # the sidecar is not reported as an unsupported file
    info = doc_infos(index)["report.txt"]
    assert (info.title, info.published, info.url) == ("Training report", "2023-12-01", "https://example.org/report")
    assert documents(index)[0]["url"] == "https://example.org/report"
    index.close()


@pytest.mark.unit
@pytest.mark.parametrize("line, writer", [
    ("Source: ANSO Secretariat, Communications Office; written by Chen Yu 📰", "Chen Yu"),
    ("稿件来源：中国科学院 作者：王芳", "王芳"),
    ("来源：科技日报；记者 李娜、张伟", "李娜"),
])
def test_a_source_line_names_its_writer(line, writer):
    from rag.extractive import BYLINE

    found = BYLINE.search(line)
    assert found is not None and (found.group(1) or found.group(2)) == writer


@pytest.mark.unit
@pytest.mark.parametrize("question, about_page", [
    ("Who wrote the story on the cruise? 🚢", True),
    ("这篇报道的作者是谁？", True),
    ("会议纪要的落款日期是哪天？", True),
    ("联盟干旱区地下水研究中心的招聘启事落款日期是哪天？📌", True),  # a notice of recruitment is a page
    ("东非作物种质资源区域中心2026年度工作总结是哪天落款的？", True),  # only a page is signed
    ("When was the ABGN 2026 annual meeting held?", False),
    ("Who wrote the ANSO charter?", False),  # no page named: the charter's drafters, from the text
])
def test_writer_and_signing_date_questions_are_about_the_page(question, about_page):
    from rag.questions import analyse

    assert analyse(question).about_page is about_page
