"""The sixth to twelfth evaluation sets (``builtin:newdocs5``, ``builtin:newdocs6``, ``builtin:newdocs7``,
``builtin:newdocs8``, ``builtin:newdocs9``, ``builtin:newdocs10``, ``builtin:newdocs11``), written to one brief: new
staff-style documents and standalone questions. ``builtin:newdocs11`` has the two binary kinds staff upload — a Chinese
.docx and an English .pdf, built by eval/datasets/make_newdocs11.py — in place of the English .txt files; they are
read here as ingest reads them (through its loader).

Written without reading the answerer and without running it; never to be tuned on while blind (every item is in split
``heldout``). These tests check the set is sound as data — every evidence string lies inside one paragraph of one
document as ingest reads and cleans it, every gold answer is copied from the documents, ids are unique, both
languages are present, about a third is unanswerable near-misses each naming how it misses, every item names its
kind — so a score on it measures the answerer, not mistakes in the set.
"""
import importlib.util
import re
from pathlib import Path

import pytest

from eval.datasets import (
    NEWDOCS5,
    NEWDOCS6,
    NEWDOCS7,
    NEWDOCS8,
    NEWDOCS9,
    NEWDOCS10,
    NEWDOCS11,
    jsonl_corpus,
    load_jsonl,
)
from tests.dataset_docs import (
    assert_balanced,
    assert_cross_lingual_needs_the_other_language,
    assert_evidence_in_one_document,
    assert_gold_answers_are_spans,
    assert_heldout_only,
    assert_pair_versions_differ,
    assert_standalone,
    assert_tagged,
    ingested_paragraphs,
    is_chinese,
    loaded,
)

unit = pytest.mark.unit

# (builtin name, jsonl, id prefix): the sets follow the same brief (six documents, the same kinds and misses)
SETS = [("builtin:newdocs5", NEWDOCS5, "nd5-"), ("builtin:newdocs6", NEWDOCS6, "nd6-"),
        ("builtin:newdocs7", NEWDOCS7, "nd7-"), ("builtin:newdocs8", NEWDOCS8, "nd8-"),
        ("builtin:newdocs9", NEWDOCS9, "nd9-"), ("builtin:newdocs10", NEWDOCS10, "nd10-"),
        ("builtin:newdocs11", NEWDOCS11, "nd11-")]
UNANSWERABLE_SHARE = (0.30, 0.40)  # near-miss share the set promises (about a third)
MIN_LANG_SHARE = 0.45  # each language has at least this share of the questions (the set is half and half)
CROSS_LINGUAL_RANGE = (15, 22)  # answerable items whose answer is only in a document in the other language
KINDS = ("date", "weekday", "number", "money", "person", "post", "place", "email", "url", "list", "definition",
         "acronym", "purpose", "why", "metadata", "name")  # every item is tagged with at least one kind
MISSES = ("other-year", "sibling", "other-post", "other-category", "unstated", "other-party")  # how a near-miss misses
REQUIRED_TAGS = KINDS + MISSES + ("cross-lingual", "near-miss", "mixed-script", "paraphrase")
# each set's Chinese .txt (what its first line names, and its sections): a 通知 for a fellowship programme (newdocs5,
# newdocs6) or a call for joint projects (newdocs7), a working group's 会议纪要 with its decisions (newdocs8), a
# regional centre's 年度工作总结 (newdocs9), a research centre's 招聘启事 for two posts (newdocs10), a field station's
# 年度工作总结 with figures by year (newdocs11)
FELLOWSHIP_SECTIONS = ("申请条件", "资助内容", "申请材料", "截止日期", "联系人")
SUMMARY_SECTIONS = ("基本情况", "主要工作", "合作单位", "存在的问题", "工作计划")
CHINESE_TXT = {"nd5-": ("通知", FELLOWSHIP_SECTIONS), "nd6-": ("通知", FELLOWSHIP_SECTIONS),
               "nd7-": ("通知", ("申报条件", "资助强度", "申报材料", "截止日期", "联系人")),
               "nd8-": ("会议纪要", ("出席人员及职务", "议定事项", "责任单位", "完成时限")),
               "nd9-": ("工作总结", SUMMARY_SECTIONS),
               "nd10-": ("招聘启事", ("岗位名称", "岗位职责", "应聘条件", "薪酬待遇", "报名方式", "截止日期")),
               "nd11-": ("工作总结", SUMMARY_SECTIONS + ("主要数据",))}
# the binary documents a set has instead of its two English .txt files: a joint laboratory management committee's
# 会议纪要 with numbered decisions, amounts, deadlines and responsible units, signed and dated (.docx), and a project
# completion report naming its team (.pdf) (newdocs11)
CHINESE_DOCX = {"nd11-": ("会议纪要", ("时间", "地点", "主持人", "出席人员", "议定事项", "责任单位", "完成时限"))}
ENGLISH_PDF = {"nd11-"}
NOTICE_DATE = re.compile(r"\n\d{4}年\d{1,2}月\d{1,2}日\s*\Z")  # … signed and dated on its last line
# the officials and posts an English .txt of each set names: a committee (newdocs5, newdocs6), a network's officers
# (newdocs7), an observatory's officers (newdocs8), a programme steering committee's officers and rapporteurs
# (newdocs9), a research centre's scientific advisory board and the centre's officers (newdocs10); the team a project
# completion report names in its .pdf (newdocs11)
COMMITTEE_TITLES = ("Chair", "Vice-Chair", "Executive Director", "Deputy Executive Director", "Treasurer", "Secretary")
OFFICIAL_TITLES = {"nd5-": COMMITTEE_TITLES, "nd6-": COMMITTEE_TITLES,
                   "nd7-": ("President", "Vice-President", "Director", "Deputy Director", "Treasurer", "Secretary"),
                   "nd8-": ("Station Director", "Deputy Station Director", "Chief Engineer", "Data Manager",
                            "Safety Officer", "Administrative Officer"),
                   "nd9-": ("Chair", "Vice-Chair", "Programme Director", "Deputy Programme Director", "Treasurer",
                            "Secretary", "rapporteurs"),
                   "nd10-": ("Chair", "Vice-Chair", "Centre Director", "Deputy Centre Director", "Secretary",
                             "Rapporteur"),
                   "nd11-": ("Principal Investigator", "Co-Principal Investigator", "Project Manager",
                             "Finance Officer")}
DATELINE = re.compile(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \d{1,2} [A-Z][a-z]+ \d{4}")  # news


@pytest.fixture(scope="module", params=SETS, ids=[name for name, _, _ in SETS])
def dataset(request) -> tuple[str, Path, str]:
    return request.param


@pytest.fixture(scope="module")
def corpus_dir(dataset):
    return jsonl_corpus(dataset[1])


@pytest.fixture(scope="module")
def items(dataset):
    return load_jsonl(dataset[1])


@pytest.fixture(scope="module")
def paragraphs(corpus_dir) -> dict[str, list[str]]:
    """Each document's paragraphs as ingest cleans them (breadcrumbs and footers dropped)."""
    return ingested_paragraphs(corpus_dir)


@unit
def test_builtin_set_loads_its_own_corpus_and_is_all_heldout(dataset, corpus_dir, items):
    assert_heldout_only(dataset[0], corpus_dir, items)


@unit
def test_corpus_has_the_kinds_of_documents_staff_add(dataset, corpus_dir):
    prefix = dataset[2]
    paths = sorted(corpus_dir.iterdir())
    assert len(paths) == 6
    binary = (".docx", ".pdf")
    texts = {p.name: p.read_text(encoding="utf-8") for p in paths if not p.name.endswith(binary)}
    read = {p.name: loaded(p) for p in paths}  # every document as ingest's loader reads it (.docx and .pdf too)
    english = [t for n, t in read.items() if n.endswith((".txt", ".pdf"))
               and not any("\u4e00" <= c <= "\u9fff" for c in t)]
    kind, sections = CHINESE_TXT[prefix]
    chinese = [t for n, t in texts.items() if n.endswith(".txt") and is_chinese(t)
               and kind in t.splitlines()[0] and NOTICE_DATE.search(t)]
    pairs = [n for n in texts if n.endswith(".en.md") and n.replace(".en.md", ".zh.md") in texts]
    html = [t for n, t in texts.items() if n.endswith(".html")]
    assert chinese and pairs and html
    assert all(section in chinese[0] for section in sections)
    if prefix in ENGLISH_PDF:  # a .pdf and a .docx in place of the two English .txt files
        pdfs = [n for n in read if n.endswith(".pdf")]
        assert len(english) == 1 and pdfs and english == [read[pdfs[0]]]
        docx_kind, docx_sections = CHINESE_DOCX[prefix]
        minutes = [t for n, t in read.items() if n.endswith(".docx") and is_chinese(t)
                   and docx_kind in t.splitlines()[0] and NOTICE_DATE.search(t)]
        assert len(minutes) == 1 and all(section in minutes[0] for section in docx_sections)
    else:
        assert len(english) == 2 and not any(n.endswith(binary) for n in read)
    assert any(all(title in t for title in OFFICIAL_TITLES[prefix]) for t in english)
    assert all("<title>" in t and 'rel="canonical"' in t for t in html)
    assert all(DATELINE.search(loaded(corpus_dir / n)) for n in texts if n.endswith(".html"))
    for name in pairs:  # both versions carry front matter, which ingest keeps out of the body text
        for version in (name, name.replace(".en.md", ".zh.md")):
            assert texts[version].startswith("---\n") and not loaded(corpus_dir / version).lstrip().startswith("---")


@unit
def test_ids_unique_both_languages_a_third_unanswerable_and_tags(dataset, items):
    assert_balanced(items, dataset[2], MIN_LANG_SHARE, UNANSWERABLE_SHARE)
    assert_tagged(items, dataset[2], KINDS, MISSES, REQUIRED_TAGS, CROSS_LINGUAL_RANGE)


@unit
def test_every_question_stands_alone(items):
    assert_standalone(items)


@unit
def test_every_evidence_string_is_inside_one_paragraph_of_one_document(items, paragraphs):
    assert_evidence_in_one_document(items, paragraphs)


@unit
def test_cross_lingual_items_need_the_other_language_document(items, paragraphs):
    assert_cross_lingual_needs_the_other_language(items, paragraphs)


@unit
def test_each_version_of_the_pair_states_a_fact_the_other_lacks(items, paragraphs):
    assert_pair_versions_differ(items, paragraphs)


@unit
def test_gold_answers_are_spans_of_the_evidence(items, paragraphs):
    """Every gold answer is copied from the documents; a cross-lingual item may add a translation of it."""
    corpus = "\n\n".join(para for paras in paragraphs.values() for para in paras)
    assert_gold_answers_are_spans(items, corpus)


@unit
def test_the_binary_documents_are_what_their_script_builds(tmp_path):
    """newdocs11's .docx and .pdf read, through ingest's loader, as make_newdocs11.py builds them today (compared as
    text, not bytes, so another version of python-docx or fpdf2 does not fail it)."""
    pytest.importorskip("fpdf")
    script = NEWDOCS11.with_name("make_newdocs11.py")  # beside the set, not importable as a module of eval
    spec = importlib.util.spec_from_file_location("make_newdocs11", script)
    make_newdocs11 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_newdocs11)
    make_newdocs11.build_docx(tmp_path / make_newdocs11.DOCX.name)
    make_newdocs11.build_pdf(tmp_path / make_newdocs11.PDF.name)
    for committed in (make_newdocs11.DOCX, make_newdocs11.PDF):
        assert committed.parent == jsonl_corpus(NEWDOCS11)
        assert loaded(tmp_path / committed.name) == loaded(committed), committed.name
