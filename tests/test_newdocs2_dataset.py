"""The third, blind evaluation set (``builtin:newdocs2``): other new staff-style documents and questions about them.

Written without reading the answerer and never to be tuned on (every item is in split ``heldout``). These tests
check the set is sound as data — every evidence string lies inside one paragraph of one document as ingest reads
and cleans it, every gold answer is copied from the documents, ids are unique, both languages are present, about
a third is unanswerable near-misses — so a score on it measures the answerer, not mistakes in the set.
"""

import pytest

from eval.datasets import NEWDOCS2, jsonl_corpus, load_jsonl
from tests.dataset_docs import (
    assert_balanced,
    assert_gold_answers_are_spans,
    assert_heldout_only,
    documents_holding,
    ingested_paragraphs,
    is_chinese,
    loaded,
)

unit = pytest.mark.unit

CORPUS_DIR = jsonl_corpus(NEWDOCS2)
UNANSWERABLE_SHARE = (0.30, 0.40)  # near-miss share the set promises (~30-35 %)
MIN_LANG_SHARE = 0.4  # each language has at least this share of the questions
REQUIRED_TAGS = ("cross-lingual", "follow-up", "paraphrase", "mixed-script", "near-miss", "acronym", "metadata",
                 "weekday", "second-sentence", "list", "money", "email", "definition", "date", "number", "person",
                 "place", "url", "duration")




@pytest.fixture(scope="module")
def items():
    return load_jsonl(NEWDOCS2)


@pytest.fixture(scope="module")
def paragraphs() -> dict[str, list[str]]:
    """Each document's paragraphs as ingest cleans them (breadcrumbs and footers dropped)."""
    return ingested_paragraphs(CORPUS_DIR)



@unit
def test_builtin_newdocs2_loads_its_own_corpus_and_is_all_heldout(items):
    assert_heldout_only("builtin:newdocs2", CORPUS_DIR, items)


@unit
def test_corpus_has_the_kinds_of_documents_staff_add():
    paths = sorted(CORPUS_DIR.iterdir())
    assert 5 <= len(paths) <= 6
    texts = {p.name: p.read_text(encoding="utf-8") for p in paths}
    english_txt = [n for n, t in texts.items() if n.endswith(".txt") and not any("\u4e00" <= c <= "\u9fff" for c in t)]
    chinese_news = [n for n, t in texts.items() if n.endswith(".txt") and is_chinese(t)
                    and "稿件来源" in t and "发布时间" in t]
    pairs = [n for n in texts if n.endswith(".en.md") and n.replace(".en.md", ".zh.md") in texts]
    html = [t for n, t in texts.items() if n.endswith(".html")]
    assert english_txt and chinese_news and pairs and html
    assert all("<title>" in t and 'rel="canonical"' in t for t in html)
    for name in pairs:  # both versions carry front matter, which ingest keeps out of the body text
        for version in (name, name.replace(".en.md", ".zh.md")):
            assert texts[version].startswith("---\n") and not loaded(CORPUS_DIR / version).lstrip().startswith("---")


@unit
def test_ids_unique_both_languages_a_third_unanswerable_and_tags(items):
    assert_balanced(items, "nd2-", MIN_LANG_SHARE, UNANSWERABLE_SHARE)
    for tag in REQUIRED_TAGS:
        assert any(tag in i.tags for i in items), tag


@unit
def test_follow_ups_carry_a_history_that_ends_with_the_assistant(items):
    follow_ups = [i for i in items if "follow-up" in i.tags]
    assert {i.lang for i in follow_ups} == {"zh", "en"}
    assert any(not i.answerable for i in follow_ups)
    for item in follow_ups:
        assert item.history and item.history[0].role == "user" and item.history[-1].role == "assistant", item.id
    assert all("follow-up" in i.tags for i in items if i.history)


@unit
def test_every_evidence_string_is_inside_one_paragraph_of_one_document(items, paragraphs):
    for item in items:
        assert not item.answerable or item.evidence, item.id
        for evidence in item.evidence:
            assert documents_holding(evidence, paragraphs), (item.id, evidence)


@unit
def test_cross_lingual_items_need_the_other_language_document(items, paragraphs):
    """A cross-lingual item's evidence is only in a document in the other language; the rest in the question's own."""
    language = {name: "zh" if is_chinese("".join(paras)) else "en" for name, paras in paragraphs.items()}
    for item in (i for i in items if i.answerable):
        holders = {language[name] for evidence in item.evidence for name in documents_holding(evidence, paragraphs)}
        expected = {"en": "zh", "zh": "en"}[item.lang] if "cross-lingual" in item.tags else item.lang
        assert holders == {expected}, (item.id, holders)


@unit
def test_gold_answers_are_spans_of_the_evidence(items, paragraphs):
    """Every gold answer is copied from the documents; a cross-lingual item may add a translation of it."""
    corpus = "\n\n".join(para for paras in paragraphs.values() for para in paras)
    assert_gold_answers_are_spans(items, corpus)
