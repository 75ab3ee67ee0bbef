"""The second evaluation set (``builtin:newdocs``): new staff-style documents and questions about them.

Checks the set is sound as data — every evidence string and gold answer is really in the documents
(as ingest reads them), ids are unique, both languages and splits are present, about a third is
unanswerable — so a score on it measures the answerer, not mistakes in the set.
"""
from collections import Counter

import pytest

from eval.datasets import NEWDOCS, jsonl_corpus, load_dataset, load_jsonl
from ingest.load import html_to_text
from tests.dataset_docs import assert_gold_answers_are_spans

unit = pytest.mark.unit

CORPUS_DIR = jsonl_corpus(NEWDOCS)
MIN_UNANSWERABLE = 0.30  # near-miss share the set promises (issue 10: ~30-35 %)
REQUIRED_TAGS = ("cross-lingual", "follow-up", "paraphrase", "mixed-script", "near-miss", "acronym", "metadata",
                 "weekday", "second-sentence", "list", "money", "email", "definition")


def document_texts() -> dict[str, str]:
    """Each document's text as ingest sees it: HTML through the loader's own extraction, the rest raw."""
    texts = {}
    for path in sorted(CORPUS_DIR.iterdir()):
        raw = path.read_text(encoding="utf-8")
        texts[path.name] = html_to_text(raw)[0] if path.suffix == ".html" else raw
    return texts


@pytest.fixture(scope="module")
def items():
    return load_jsonl(NEWDOCS)


@pytest.fixture(scope="module")
def corpus() -> str:
    return "\n\n".join(document_texts().values())


@unit
def test_builtin_newdocs_loads_with_its_own_corpus_folder():
    dataset = load_dataset("builtin:newdocs", "test")
    assert dataset.corpus == [CORPUS_DIR]
    assert dataset.items and {i.split for i in dataset.items} == {"test"}
    assert len(load_dataset("builtin:newdocs", "all").items) > len(dataset.items)


@unit
def test_corpus_has_the_kinds_of_documents_staff_add():
    names = {p.name for p in CORPUS_DIR.iterdir()}
    texts = document_texts()
    english_txt = [n for n in names if n.endswith(".txt") and not any("\u4e00" <= c <= "\u9fff" for c in texts[n])]
    chinese_txt = [n for n in names if n.endswith(".txt") and "稿件来源" in texts[n]]
    pairs = [n for n in names if n.endswith(".en.md") and n.replace(".en.md", ".zh.md") in names]
    assert english_txt and chinese_txt and pairs
    html = [p for p in CORPUS_DIR.glob("*.html")]
    assert html and all("<title>" in p.read_text(encoding="utf-8") for p in html)
    assert all('rel="canonical"' in p.read_text(encoding="utf-8") for p in html)


@unit
def test_ids_unique_both_languages_both_splits_and_a_third_unanswerable(items):
    ids = [i.id for i in items]
    assert len(ids) == len(set(ids))
    assert Counter(i.lang for i in items).keys() == {"zh", "en"}
    langs = Counter(i.lang for i in items)
    assert min(langs.values()) >= 0.4 * len(items), langs
    splits = Counter(i.split for i in items)
    assert splits.keys() == {"dev", "test"} and min(splits.values()) >= 0.4 * len(items), splits
    unanswerable = [i for i in items if not i.answerable]
    assert len(unanswerable) >= MIN_UNANSWERABLE * len(items)
    assert all(not i.answers and "near-miss" in i.tags for i in unanswerable)
    for tag in REQUIRED_TAGS:
        assert any(tag in i.tags for i in items), tag
    assert all(i.history for i in items if "follow-up" in i.tags)


@unit
def test_every_evidence_string_is_in_the_documents(items, corpus):
    for item in items:
        assert not item.answerable or item.evidence, item.id
        for evidence in item.evidence:
            assert evidence in corpus, (item.id, evidence)


@unit
def test_gold_answers_are_spans_of_the_documents(items, corpus):
    """Every gold answer is copied from the documents; a cross-lingual item may add a translation of it."""
    assert_gold_answers_are_spans(items, corpus)
