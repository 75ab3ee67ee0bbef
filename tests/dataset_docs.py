"""Reading a bundled question set's documents as ingest reads them (shared by the dataset tests)."""
from collections import Counter
from pathlib import Path

from eval.datasets import load_dataset
from ingest.clean import clean_text
from ingest.load import load_file

MAX_FILE_BYTES = 10 * 1024 * 1024  # far above any document here; load_file's own limit is a setting


def is_chinese(text: str) -> bool:
    """Mostly Chinese: more CJK characters than Latin letters."""
    cjk = sum("\u4e00" <= c <= "\u9fff" for c in text)
    latin = sum(c.isascii() and c.isalpha() for c in text)
    return cjk > latin


def loaded(path: Path) -> str:
    """A document's text as ingest loads it (HTML extracted, Markdown front matter removed)."""
    return load_file(path, MAX_FILE_BYTES).text


def ingested_paragraphs(corpus_dir: Path) -> dict[str, list[str]]:
    """Each document's paragraphs as ingest cleans them (breadcrumbs and footers dropped)."""
    return {path.name: [p.text for p in clean_text(loaded(path)).paragraphs] for path in sorted(corpus_dir.iterdir())}


def documents_holding(text: str, paragraphs: dict[str, list[str]]) -> list[str]:
    """The documents one of whose paragraphs contains ``text``."""
    return [name for name, paras in paragraphs.items() if any(text in para for para in paras)]


def assert_gold_answers_are_spans(items, corpus: str) -> None:
    """Every gold answer is copied from the documents and lies in its item's evidence; a cross-lingual item may add
    a translation of it."""
    for item in (i for i in items if i.answerable):
        present = [answer for answer in item.answers if answer in corpus]
        assert present, (item.id, item.answers)
        assert any(answer in evidence for answer in present for evidence in item.evidence), item.id
        if "cross-lingual" not in item.tags:
            assert present == item.answers, (item.id, item.answers)


def assert_balanced(items, id_prefix: str, min_lang_share: float, unanswerable_share: tuple[float, float]) -> None:
    """Unique ids, both languages (each at least ``min_lang_share``, each question in its stated language), and
    near-miss unanswerables within ``unanswerable_share`` of the set, in both languages."""
    ids = [i.id for i in items]
    assert len(ids) == len(set(ids)) and all(i.startswith(id_prefix) for i in ids)
    langs = Counter(i.lang for i in items)
    assert langs.keys() == {"zh", "en"} and min(langs.values()) >= min_lang_share * len(items), langs
    assert all(is_chinese(i.question) == (i.lang == "zh") for i in items)
    unanswerable = [i for i in items if not i.answerable]
    low, high = unanswerable_share
    assert low * len(items) <= len(unanswerable) <= high * len(items), len(unanswerable)
    assert all(not i.answers and not i.evidence and "near-miss" in i.tags for i in unanswerable)
    assert {i.lang for i in unanswerable} == {"zh", "en"}


def assert_tagged(items, id_prefix: str, kinds, misses, required, cross_lingual: tuple[int, int]) -> None:
    """Ids name their language; every item names its kind, only near-misses say how they miss (and are never
    cross-lingual); each ``required`` tag occurs; the cross-lingual count lies in ``cross_lingual``."""
    assert all(i.id.startswith(f"{id_prefix}{i.lang}-") for i in items)
    assert all("cross-lingual" not in i.tags for i in items if not i.answerable)
    for tag in required:
        assert any(tag in i.tags for i in items), tag
    assert all(set(i.tags) & set(kinds) for i in items), [i.id for i in items if not set(i.tags) & set(kinds)]
    assert all(bool(set(i.tags) & set(misses)) != i.answerable for i in items)
    low, high = cross_lingual
    assert low <= sum("cross-lingual" in i.tags for i in items) <= high


def assert_standalone(items) -> None:
    """No follow-ups: each question is asked with no earlier turns, and no question is asked twice."""
    assert all(not i.history and "follow-up" not in i.tags for i in items)
    assert len({i.question for i in items}) == len(items)


def assert_heldout_only(spec: str, corpus_dir: Path, items) -> None:
    """The set loads its own corpus and every item is held out: nothing in dev or test to tune on."""
    dataset = load_dataset(spec, "heldout")
    assert dataset.corpus == [corpus_dir]
    assert len(dataset.items) == len(items) and {i.split for i in items} == {"heldout"}
    assert not load_dataset(spec, "dev").items and not load_dataset(spec, "test").items
    assert len(load_dataset(spec, "all").items) == len(items)


def assert_evidence_in_one_document(items, paragraphs: dict[str, list[str]]) -> None:
    """Every answerable item has evidence, and each evidence string lies inside one paragraph of a document."""
    for item in items:
        assert not item.answerable or item.evidence, item.id
        for evidence in item.evidence:
            assert documents_holding(evidence, paragraphs), (item.id, evidence)


def assert_cross_lingual_needs_the_other_language(items, paragraphs: dict[str, list[str]]) -> None:
    """A cross-lingual item's evidence is only in a document in the other language; the rest in the question's own;
    both languages ask across."""
    language = {name: "zh" if is_chinese("".join(paras)) else "en" for name, paras in paragraphs.items()}
    for item in (i for i in items if i.answerable):
        holders = {language[name] for evidence in item.evidence for name in documents_holding(evidence, paragraphs)}
        expected = {"en": "zh", "zh": "en"}[item.lang] if "cross-lingual" in item.tags else item.lang
        assert holders == {expected}, (item.id, holders)
    assert {i.lang for i in items if "cross-lingual" in i.tags} == {"zh", "en"}


def assert_pair_versions_differ(items, paragraphs: dict[str, list[str]]) -> None:
    """The zh/en Markdown pair differs: some cross-lingual item is answered only by the English version, some only by
    the Chinese one."""
    pair = {name for name in paragraphs if name.endswith((".en.md", ".zh.md"))}
    only_in = Counter(holders[0] for i in items if "cross-lingual" in i.tags for evidence in i.evidence
                      if len(holders := documents_holding(evidence, paragraphs)) == 1 and holders[0] in pair)
    assert set(only_in) == pair, only_in
