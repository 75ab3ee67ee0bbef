"""The support-check benchmark as data (eval/datasets/support.jsonl): its splits, the held-out split's
sources, and the per-kind report. Nothing here runs the checker itself (that is `anso eval --dataset support`).
"""
import importlib.util
import json
import os
import subprocess
import sys
from collections import Counter

import pytest

from eval.datasets import (
    NEWDOCS,
    NEWDOCS2,
    NEWDOCS3,
    NEWDOCS4,
    NEWDOCS5,
    NEWDOCS6,
    NEWDOCS7,
    NEWDOCS8,
    NEWDOCS9,
    NEWDOCS10,
    jsonl_corpus,
)
from eval.support import DATASET, SPLITS, format_summary, load, summarise
from ingest.load import html_to_text

unit = pytest.mark.unit

MAKE_SUPPORT = DATASET.parent / "make_support.py"


def generated_rows() -> list[dict]:
    spec = importlib.util.spec_from_file_location("make_support", MAKE_SUPPORT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.items()


@unit
def test_the_committed_file_is_what_the_script_writes():
    rows = [json.loads(line) for line in DATASET.read_text(encoding="utf-8").splitlines()]
    assert rows == generated_rows(), "run `python eval/datasets/make_support.py` from the project root and commit"


@unit
def test_splits_partition_the_set_and_all_means_everything():
    every = load("all")
    parts = {split: load(split) for split in SPLITS if split != "all"}
    assert set(parts) == {"dev", "test", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6",
                          "heldout7", "heldout8", "heldout9", "heldout10", "heldout11"}
    assert all(parts.values()) and sum(len(p) for p in parts.values()) == len(every)
    assert len({r["id"] for r in every}) == len(every)
    sources = {split: {r["source"] for r in rows} for split, rows in parts.items()}
    assert not sources["heldout"] & (sources["dev"] | sources["test"])  # blind: no source paragraph reused
    assert not sources["heldout2"] & (sources["dev"] | sources["test"] | sources["heldout"])
    assert not sources["heldout3"] & (sources["dev"] | sources["test"] | sources["heldout"] | sources["heldout2"])
    earlier = set().union(*(sources[s] for s in ("dev", "test", "heldout", "heldout2", "heldout3")))
    assert not sources["heldout4"] & earlier
    assert not sources["heldout5"] & (earlier | sources["heldout4"])
    assert not sources["heldout6"] & (earlier | sources["heldout4"] | sources["heldout5"])
    assert not sources["heldout7"] & (earlier | sources["heldout4"] | sources["heldout5"] | sources["heldout6"])
    for blind in ("heldout8", "heldout9", "heldout10", "heldout11"):  # no source paragraph shared with any other split
        assert not sources[blind] & set().union(*(sources[s] for s in parts if s != blind))
    with pytest.raises(ValueError, match="heldout"):
        load("validation")


@unit
def test_heldout_covers_both_languages_both_directions_and_the_new_kinds():
    rows = load("heldout")
    pairs = Counter((r["lang"], r["source_lang"]) for r in rows)
    assert min(pairs[p] for p in (("en", "en"), ("zh", "zh"), ("en", "zh"), ("zh", "en"))) >= 10, pairs
    assert 0.40 <= sum(r["supported"] for r in rows) / len(rows) <= 0.50
    kinds = Counter(r["kind"] for r in rows if not r["supported"])
    for kind in ("number", "date", "name", "negation", "added", "other_paragraph", "quantifier", "relation"):
        assert kinds[kind] >= 4, kinds
    assert all(r["source"] for r in rows)
    assert any(r["parallel"] is None for r in rows) and any(r["parallel"] for r in rows)  # one- and two-language sources


@unit
def test_heldout2_stresses_relations_and_comparisons_in_both_languages():
    rows = load("heldout2")
    assert 35 <= len(rows) <= 60
    assert 0.40 <= sum(r["supported"] for r in rows) / len(rows) <= 0.50
    corrupted = Counter((r["kind"], r["lang"]) for r in rows if not r["supported"])
    for kind in ("relation", "comparison"):
        assert corrupted[(kind, "en")] >= 2 and corrupted[(kind, "zh")] >= 2, corrupted
    faithful = [r["sentence"] for r in rows if r["supported"]]
    assert any("respectively" in s for s in faithful) and any("分别" in s for s in faithful)
    assert any(" than " in s for s in faithful) and any("多于" in s or "比" in s for s in faithful)  # comparisons that hold
    pairs = Counter((r["lang"], r["source_lang"]) for r in rows)
    assert min(pairs[p] for p in (("en", "en"), ("zh", "zh"), ("en", "zh"), ("zh", "en"))) >= 4, pairs


@unit
def test_heldout3_names_every_kind_in_both_languages_and_both_directions():
    rows = load("heldout3")
    assert 60 <= len(rows) <= 80
    assert 0.35 <= sum(r["supported"] for r in rows) / len(rows) <= 0.45
    langs = Counter(r["lang"] for r in rows)
    assert abs(langs["en"] - langs["zh"]) <= len(rows) // 10, langs
    pairs = Counter((r["lang"], r["source_lang"]) for r in rows)
    assert min(pairs[p] for p in (("en", "en"), ("zh", "zh"), ("en", "zh"), ("zh", "en"))) >= 8, pairs
    faithful = Counter(r["kind"] for r in rows if r["supported"])
    assert set(faithful) == {"paraphrase", "translation", "reorder", "summary", "respectively", "number_format"}, faithful
    corrupted = Counter(r["kind"] for r in rows if not r["supported"])
    for kind in ("number", "date", "year", "name", "negation", "added", "relation", "quantifier", "unit", "other_paragraph"):
        assert corrupted[kind] >= 3, corrupted
    assert any(r["kind"] == "added" and r["lang"] != r["source_lang"] for r in rows)  # a claim added in the other language
    sentences = [r["sentence"] for r in rows if r["supported"]]
    assert any("respectively" in s for s in sentences) and any("分别" in s for s in sentences)
    assert any(r["parallel"] is None for r in rows) and any(r["parallel"] for r in rows)  # one- and two-language sources


@unit
def test_heldout4_has_every_kind_in_both_languages_and_both_directions():
    rows = load("heldout4")
    assert 70 <= len(rows) <= 95
    assert 0.40 <= sum(r["supported"] for r in rows) / len(rows) <= 0.50
    langs = Counter(r["lang"] for r in rows)
    assert abs(langs["en"] - langs["zh"]) <= len(rows) // 10, langs
    pairs = Counter((r["lang"], r["source_lang"]) for r in rows)
    assert min(pairs[p] for p in (("en", "en"), ("zh", "zh"), ("en", "zh"), ("zh", "en"))) >= 15, pairs
    faithful = Counter(r["kind"] for r in rows if r["supported"])
    assert set(faithful) == {"paraphrase", "translation", "reorder", "summary", "respectively", "number_format",
                             "date_format"}, faithful
    corrupted = Counter(r["kind"] for r in rows if not r["supported"])
    assert set(corrupted) == {"number", "date", "year", "name", "post", "affiliation", "negation", "added", "relation",
                              "quantifier", "unit", "other_paragraph"}, corrupted
    assert min(corrupted.values()) >= 3, corrupted
    for kind in set(faithful) | set(corrupted):  # each kind in both sentence languages, within and across languages
        of_kind = [r for r in rows if r["kind"] == kind]
        assert {r["lang"] for r in of_kind} == {"en", "zh"}, kind
        directions = {r["lang"] == r["source_lang"] for r in of_kind}
        expected = {False} if kind == "translation" else {True} if kind == "paraphrase" else {True, False}
        assert directions == expected, kind
    assert not {r["kind"] for r in rows if r["supported"]} & {r["kind"] for r in rows if not r["supported"]}
    sentences = [r["sentence"] for r in rows if r["supported"]]
    assert any("respectively" in s for s in sentences) and any("分别" in s for s in sentences)
    assert any(r["parallel"] is None for r in rows) and any(r["parallel"] for r in rows)  # one- and two-language
    # faithful cross-language sentences with no other-language version to lean on (pinyin ↔ characters)
    assert any(r["parallel"] is None and r["lang"] != r["source_lang"] for r in rows if r["supported"])


def _assert_blind_split_is_balanced(rows: list[dict], previous: str) -> None:
    """A blind split's shape: 85-95 sentences, 40-50 % faithful, both languages about equally, every direction
    (en/zh sentence on en/zh source) at least 15 times and faithful and corrupted both ways across languages, the
    kinds of the ``previous`` split and no new one, each kind at least 3 times and in both sentence languages, within
    and across languages (translation only across, paraphrase only within), "respectively" and 分别 among the
    faithful sentences."""
    assert 85 <= len(rows) <= 95
    assert 0.40 <= sum(r["supported"] for r in rows) / len(rows) <= 0.50
    langs = Counter(r["lang"] for r in rows)
    assert abs(langs["en"] - langs["zh"]) <= len(rows) // 10, langs
    pairs = Counter((r["lang"], r["source_lang"]) for r in rows)
    assert min(pairs[p] for p in (("en", "en"), ("zh", "zh"), ("en", "zh"), ("zh", "en"))) >= 15, pairs
    faithful = Counter(r["kind"] for r in rows if r["supported"])
    corrupted = Counter(r["kind"] for r in rows if not r["supported"])
    assert set(faithful) == {r["kind"] for r in load(previous) if r["supported"]}, faithful  # no new kind
    assert set(corrupted) == {r["kind"] for r in load(previous) if not r["supported"]}, corrupted
    assert min(faithful.values()) >= 3 and min(corrupted.values()) >= 3, (faithful, corrupted)
    for kind in set(faithful) | set(corrupted):  # each kind in both sentence languages, within and across languages
        of_kind = [r for r in rows if r["kind"] == kind]
        assert {r["lang"] for r in of_kind} == {"en", "zh"}, kind
        directions = {r["lang"] == r["source_lang"] for r in of_kind}
        expected = {False} if kind == "translation" else {True} if kind == "paraphrase" else {True, False}
        assert directions == expected, kind
    for lang, cited in (("en", "zh"), ("zh", "en")):  # both directions across languages, faithful and corrupted
        assert {r["supported"] for r in rows if r["lang"] == lang and r["source_lang"] == cited} == {True, False}
    sentences = [r["sentence"] for r in rows if r["supported"]]
    assert any("respectively" in s for s in sentences) and any("分别" in s for s in sentences)


@unit
def test_heldout5_has_every_kind_in_both_languages_and_both_directions():
    rows = load("heldout5")
    _assert_blind_split_is_balanced(rows, "heldout4")
    for lang, cited in (("en", "zh"), ("zh", "en")):  # faithful ones with and without the other-language version
        across = [r for r in rows if r["lang"] == lang and r["source_lang"] == cited and r["supported"]]
        assert {r["parallel"] is None for r in across} == {True, False}, (lang, cited)


@unit
@pytest.mark.parametrize("split, previous, words", [
    ("heldout6", "heldout5", ("fifteen", "sixty")),                # 十五 / fifteen / 2026-03-01 / 周六
    ("heldout7", "heldout6", ("sixty", "nineteen", "fourteen")),  # 二十三 / sixty / 2026-04-01 / 周四
    ("heldout8", "heldout7", ("fourteen",)),                      # 五百八十七 / fourteen / 2026-02-01 / 周五
    ("heldout9", "heldout8", ("nine", "twenty", "thirty")),       # 五十一 / twenty / 2026-03-01 / 周二
    ("heldout10", "heldout9", ("nineteen", "two hundred")),       # 三十七 / nineteen / 2026-06-01 / 周五
    ("heldout11", "heldout10", ("eighteen", "seventy")),          # 二十四 / eighteen / 2027-01-01 / 周四
])
def test_a_later_blind_split_has_every_kind_both_ways_and_values_written_out(split, previous, words):
    rows = load(split)
    _assert_blind_split_is_balanced(rows, previous)
    for lang, cited in (("en", "zh"), ("zh", "en")):  # faithful and corrupted, each with and without the other version
        across = [r for r in rows if r["lang"] == lang and r["source_lang"] == cited]
        for supported in (True, False):
            leans = {r["parallel"] is None for r in across if r["supported"] == supported}
            assert leans == {True, False}, (lang, cited, supported)
    written_out = [r["sentence"] for r in rows if r["kind"] in ("number_format", "date_format")]
    assert any(c in s for s in written_out for c in "二三四五六七八九十")
    assert any(word in s for s in written_out for word in words)
    assert any(c in s for s in written_out for c in ("周", "-0"))  # a weekday as 周X, an ISO date


@unit
@pytest.mark.parametrize("split, unit, corpora", [
    ("heldout5", "f", (NEWDOCS, NEWDOCS2, NEWDOCS3, NEWDOCS4)),
    ("heldout6", "j", (NEWDOCS, NEWDOCS2, NEWDOCS3, NEWDOCS4, NEWDOCS5)),
    ("heldout7", "k", (NEWDOCS, NEWDOCS2, NEWDOCS3, NEWDOCS4, NEWDOCS5, NEWDOCS6)),
    ("heldout8", "m", (NEWDOCS, NEWDOCS2, NEWDOCS3, NEWDOCS4, NEWDOCS5, NEWDOCS6, NEWDOCS7)),
    ("heldout9", "n", (NEWDOCS, NEWDOCS2, NEWDOCS3, NEWDOCS4, NEWDOCS5, NEWDOCS6, NEWDOCS7, NEWDOCS8)),
    ("heldout10", "p", (NEWDOCS, NEWDOCS2, NEWDOCS3, NEWDOCS4, NEWDOCS5, NEWDOCS6, NEWDOCS7, NEWDOCS8, NEWDOCS9)),
    ("heldout11", "q", (NEWDOCS, NEWDOCS2, NEWDOCS3, NEWDOCS4, NEWDOCS5, NEWDOCS6, NEWDOCS7, NEWDOCS8, NEWDOCS9,
                        NEWDOCS10)),
])
def test_a_blind_split_sources_are_new_paragraphs_from_ten_units(split, unit, corpora):
    texts = [path.read_text(encoding="utf-8") for corpus in corpora for path in sorted(jsonl_corpus(corpus).iterdir())]
    rows = load(split)
    assert {r["id"].split("-")[1] for r in rows} == {f"{unit}{n}" for n in range(1, 11)}
    sources = {r["source"] for r in rows} | {r["parallel"] for r in rows if r["parallel"]}
    assert len(sources) == 14  # ten paragraphs, four of them with an other-language version
    earlier = {text for r in load("all") if r["split"] != split for text in (r["source"], r["parallel"]) if text}
    for source in sources:
        assert not any(source[:30] in text for text in texts), source
        assert not any(source[:30] in text for text in earlier), source


@unit
def test_heldout_sources_from_the_new_documents_are_really_in_them():
    texts = []
    for path in sorted(jsonl_corpus(NEWDOCS).iterdir()):
        raw = path.read_text(encoding="utf-8")
        texts.append(html_to_text(raw)[0] if path.suffix == ".html" else raw)
    written = ("The Silk Road Marine", "2025年丝路海洋", "From Monday 14 October", "2024年10月14日")  # paragraphs written for the set
    sources = {r["source"] for r in load("heldout")} | {r["parallel"] for r in load("heldout") if r["parallel"]}
    from_documents = [s for s in sources if not s.startswith(written)]
    assert len(from_documents) >= 10
    for source in from_documents:
        assert any(source in text for text in texts), source


@unit
def test_heldout4_sources_are_written_for_it_not_taken_from_the_new_document_sets():
    texts = [path.read_text(encoding="utf-8") for corpus in (NEWDOCS, NEWDOCS2, NEWDOCS3)
             for path in sorted(jsonl_corpus(corpus).iterdir())]
    rows = load("heldout4")
    sources = {r["source"] for r in rows} | {r["parallel"] for r in rows if r["parallel"]}
    assert len(sources) == 14  # ten paragraphs, four of them with an other-language version
    for source in sources:
        assert not any(source[:30] in text for text in texts), source


@unit
def test_the_report_lists_every_kind_including_new_ones():
    rows = [{"id": f"x-{i}", "kind": kind, "supported": supported, "flagged": flagged, "reason": "unsupported" if flagged else None,
             "sentence": "联盟 ANSO 🌏 sentence"}
            for i, (kind, supported, flagged) in enumerate([("quantifier", False, True), ("quantifier", False, False),
                                                             ("relation", False, True), ("paraphrase", True, False)])]
    summary = summarise(rows, "heldout")
    assert summary["flagged_by_kind"] == {"paraphrase": "0/1", "quantifier": "1/2", "relation": "1/1"}
    text = format_summary(summary)
    assert "support check (heldout): 4 sentences (3 corrupted, 1 faithful)" in text
    assert "paraphrase 0/1, quantifier 1/2, relation 1/1" in text
    assert "missed      x-1 [quantifier]" in text


@unit
def test_cli_rejects_an_unknown_split_before_loading_the_model(tmp_path):
    env = {**os.environ, "ANSO_DATA_DIR": str(tmp_path / "d"), "ANSO_EMBEDDER": "fake"}
    done = subprocess.run([sys.executable, "-m", "ui.cli", "eval", "--dataset", "support", "--split", "holdout"],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "heldout" in done.stderr
    splits = ("dev, test, heldout, heldout2, heldout3, heldout4, heldout5, heldout6, heldout7, heldout8, heldout9, "
              "heldout10, heldout11, all")
    assert splits in done.stderr
    assert SPLITS == ("dev", "test", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
                      "heldout8", "heldout9", "heldout10", "heldout11", "all")
