"""The evaluation harness: metrics against hand-computed values, importers, the regression gate."""
import json

import pytest

from eval.datasets import BUILTIN, is_relevant, load_dataset, load_jsonl, load_squad
from eval.metrics import answer_scores, cmrc_em, cmrc_f1, cmrc_segment, percentile, retrieval_scores, squad_em, squad_f1
from tests.conftest import CORPUS, FIXTURES

unit = pytest.mark.unit


@unit
def test_squad_metrics_match_hand_computed_values():
    # normalisation: lower-case, punctuation and articles removed
    assert squad_em("The Beijing!", ["beijing"]) == 1.0
    # pred tokens [4, november, 2018] vs gold [november, 4, 2018, beijing]: common 3, P=1, R=3/4 → F1=6/7
    assert squad_f1("4 November 2018", ["November 4, 2018 Beijing"]) == pytest.approx(6 / 7)
    assert squad_f1("nothing", ["else"]) == 0.0
    assert squad_f1("a b", ["b c", "a b"]) == 1.0  # max over golds


@unit
def test_cmrc_metrics_match_hand_computed_values():
    assert cmrc_segment("2018年ANSO成立。", remove_punct=True) == ["2018", "年", "anso", "成", "立"]
    # pred 北京正式成立 (6 chars) vs gold 在北京成立 (5): longest common run 北京 = 2 → P=2/6, R=2/5, F1=4/11
    assert cmrc_f1("北京正式成立", ["在北京成立"]) == pytest.approx(2 * (2 / 6) * (2 / 5) / ((2 / 6) + (2 / 5)))
    assert cmrc_em("2018年11月4日。", ["2018年11月4日"]) == 1.0
    assert cmrc_em("2018年11月5日", ["2018年11月4日"]) == 0.0


@unit
def test_answer_scores_choose_the_method_by_language_and_ignore_markers():
    en = answer_scores("On 4 November 2018, ANSO was established. [1]", ["4 November 2018"], "en")
    assert en["contains"] == 1.0 and en["em"] == 0.0 and 0 < en["f1"] < 1
    zh = answer_scores("联盟于2018年11月4日成立【1】", ["2018年11月4日"], "zh")
    assert zh["contains"] == 1.0 and zh["f1"] > 0.5


@unit
def test_a_gold_answer_inside_curly_quotes_is_held_but_a_different_one_is_not():
    said = "They looked forward to “the new opportunities for HSC”, and to “Café 🌏 cooperation — 合作”."
    assert answer_scores(said, ["the new opportunities for HSC"], "en")["contains"] == 1.0
    assert answer_scores(said, ["Café 🌏 cooperation"], "en")["contains"] == 1.0
    assert answer_scores(said, ["new opportunities for Beijing"], "en")["contains"] == 0.0
    assert answer_scores(said, ["opportunities for Café"], "en")["contains"] == 0.0
    official = answer_scores("to “the new opportunities for HSC”", ["the new opportunities for HSC"], "en")
    assert official["em"] == 0.0  # EM keeps SQuAD's own normaliser (curly quotes stay)


@unit
def test_retrieval_metrics_and_percentiles():
    scores = retrieval_scores([False, True, False, False], 1, 4)
    assert scores["hit@4"] == 1.0 and scores["mrr"] == 0.5
    assert scores["ndcg@10"] == pytest.approx(1 / 1.5849625, rel=1e-6)
    assert retrieval_scores([False] * 4, 1, 4)["mrr"] == 0.0
    assert percentile([1, 2, 3, 4], 0.5) == 2.5 and percentile([], 0.9) == 0.0


@unit
def test_builtin_benchmark_shape_and_evidence_exists_in_the_corpus():
    items = load_jsonl(BUILTIN)
    assert len(items) >= 120
    assert sum(not i.answerable for i in items) >= 0.2 * len(items)
    assert {i.lang for i in items} == {"zh", "en"} and {i.split for i in items} == {"dev", "test", "probe"}
    for tag in ("cross-lingual", "paraphrase", "follow-up", "unanswerable", "near-miss"):
        assert any(tag in i.tags for i in items), tag
    corpus = "".join(p.read_text(encoding="utf-8") for p in CORPUS.iterdir())
    for item in items:
        assert not item.answerable or item.evidence, item.id
        for evidence in item.evidence:
            assert evidence in corpus, (item.id, evidence)


@unit
def test_squad_and_cmrc_importers():
    items, corpus = load_squad(FIXTURES / "xquad_en_slice.json", "en", prefix="x-")
    assert len(corpus) == 2 and len(items) == 7
    impossible = [i for i in items if not i.answerable]
    assert [i.id for i in impossible] == ["x-impossible-1"] and impossible[0].answers == []
    assert all(i.evidence[0] in corpus.values() for i in items)
    zh, _ = load_squad(FIXTURES / "cmrc_slice.json", "zh")
    assert zh and all(i.lang == "zh" and i.answers for i in zh)
    assert is_relevant(zh[0].evidence[0][:50], zh[0])


@pytest.mark.integration
@pytest.mark.slow
@pytest.mark.parametrize("fixture", ["xquad_en_slice.json", "cmrc_slice.json"])
def test_eval_runs_on_squad_format_fixtures(settings, tmp_path, fixture):
    from eval.harness import run_eval

    out = tmp_path / "out"
    result = run_eval(settings, str(FIXTURES / fixture), out=out, progress=False)
    ours = result["ours"]
    assert ours["items"] == len(load_dataset(str(FIXTURES / fixture)).items)
    assert 0 <= ours["answer_f1"] <= 1 and ours["hit@k"] > 0.5
    for name in ("results.jsonl", "summary.json", "report.md", "report.html"):
        assert (out / name).stat().st_size > 0
    rows = [json.loads(line) for line in (out / "results.jsonl").read_text().splitlines()]
    assert all({"question", "expected", "answer", "citations", "scores", "timings_ms"} <= set(r) for r in rows)
    assert "LangChain tutorial" in (out / "report.md").read_text()


@pytest.mark.integration
@pytest.mark.slow
@pytest.mark.parametrize("spec", ["builtin:anso", "builtin:newdocs"])
def test_regression_gate_on_the_builtin_test_split(settings, tmp_path, spec):
    """Fails when a headline metric drops below the committed baseline by more than its tolerance (both datasets)."""
    from eval.harness import baseline_path, gate, run_eval

    path = baseline_path(spec, "test", "extractive")
    assert path.exists(), f"run `anso eval --dataset {spec} --split test --update-baseline` and commit the file"
    result = run_eval(settings, spec, "test", out=tmp_path / "out", with_baseline=False, progress=False)
    assert gate(result["ours"], spec, "test", "extractive") == []
    worse = {**result["ours"], "answer_contains": result["ours"]["answer_contains"] - 0.2}
    assert gate(worse, spec, "test", "extractive")
    html = (tmp_path / "out" / "report.html").read_text()
    assert "<script" not in html and "<svg" in html
