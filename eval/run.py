"""Run a dataset through our pipeline (and the LangChain tutorial baseline) and score it."""
from __future__ import annotations

import json
import statistics
import sys
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tqdm import tqdm

from eval.datasets import Dataset, Item, is_relevant
from eval.metrics import answer_scores, percentile, prf, retrieval_scores
from rag.settings import Settings

HEADLINE = ["answer_f1", "answer_contains", "abstain_f1", "citation_recall", "citation_precision", "hit@k", "mrr"]


def prepare_index(settings: Settings, dataset: Dataset, progress: bool = True):
    """An index of the dataset's corpus in its own data dir (incremental: a second run embeds nothing)."""
    from ingest.pipeline import ingest_paths
    from rag.store.index import Index

    paths = list(dataset.corpus)
    if dataset.corpus_texts:
        # outside the data dir: ingest skips that
        corpus_dir = settings.data_dir.with_name(settings.data_dir.name + "-corpus")
        corpus_dir.mkdir(parents=True, exist_ok=True)
        for name, text in dataset.corpus_texts.items():
            target = corpus_dir / name
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                target.write_text(text, encoding="utf-8")
        paths.append(corpus_dir)
    index = Index(settings)
    report = ingest_paths(index, paths, prune=True, progress=progress)
    return index, report


def evaluate_item(assistant, item: Item, mode: str, k: int, retriever: str) -> dict:
    result = assistant.answer(item.question, history=item.history, mode=mode, k=k, retriever=retriever)
    chunks = assistant.index.docstore.get(result.retrieved)  # the retrieval the answer was built from
    ranked = [chunks[cid].chunk.text for cid in result.retrieved if cid in chunks]
    relevant = [is_relevant(text, item) for text in ranked]
    scores: dict[str, float] = {}
    if item.answerable:
        scores.update(retrieval_scores(relevant, 1, k))
        if result.abstained:
            scores.update({"em": 0.0, "f1": 0.0, "contains": 0.0})
        else:
            scores.update(answer_scores(result.answer, item.answers, item.lang))
        cited = [is_relevant(c.text, item) for c in result.citations]
        scores["citation_precision"] = sum(cited) / len(cited) if cited else 0.0
        scores["citation_recall"] = float(any(cited))
    return {
        "id": item.id, "question": item.question, "lang": item.lang, "tags": item.tags, "answerable": item.answerable,
        "expected": item.answers, "answer": result.answer, "abstained": result.abstained,
        "answer_lang": result.language, "citations": [c.model_dump() for c in result.citations],
        "scores": scores, "timings_ms": result.timings_ms, "notices": result.notices,
    }


def evaluate_baseline_item(pipeline, item: Item, k: int) -> dict:
    answer, docs, timings = pipeline.answer(item.question, k)
    relevant = [is_relevant(d.page_content, item) for d in docs]
    scores: dict[str, float] = {}
    if item.answerable:
        scores.update(retrieval_scores(relevant, 1, k))
        scores.update(answer_scores(answer, item.answers, item.lang))
        scores["citation_precision"] = float(relevant[0]) if relevant else 0.0
        scores["citation_recall"] = float(relevant[0]) if relevant else 0.0
    return {"id": item.id, "lang": item.lang, "tags": item.tags, "answerable": item.answerable, "answer": answer,
            "abstained": False, "answer_lang": item.lang, "scores": scores, "timings_ms": timings}


def run_items(fn, items: list[Item], workers: int = 1, desc: str = "eval", progress: bool = True) -> list[dict]:
    bar = tqdm(total=len(items), desc=desc, unit="q", disable=not progress, file=sys.stderr)
    results: list[dict] = []
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        for row in pool.map(fn, items):
            results.append(row)
            bar.update(1)
    bar.close()
    return results


def summarise(rows: list[dict], k: int) -> dict:
    answerable = [r for r in rows if r["answerable"]]
    unanswerable = [r for r in rows if not r["answerable"]]

    def mean(key: str, subset: list[dict]) -> float:
        values = [r["scores"][key] for r in subset if key in r["scores"]]
        return round(statistics.fmean(values), 4) if values else 0.0

    tp = sum(r["abstained"] for r in unanswerable)
    fp = sum(r["abstained"] for r in answerable)
    abstention = prf(tp, fp, len(unanswerable) - tp)
    summary = {
        "items": len(rows), "answerable": len(answerable), "unanswerable": len(unanswerable),
        "answer_em": mean("em", answerable), "answer_f1": mean("f1", answerable),
        "answer_contains": mean("contains", answerable),
        "hit@k": mean(f"hit@{k}", answerable), "recall@k": mean(f"recall@{k}", answerable),
        "mrr": mean("mrr", answerable), "ndcg@10": mean("ndcg@10", answerable),
        "citation_precision": mean("citation_precision", answerable),
        "citation_recall": mean("citation_recall", answerable),
        "abstain_precision": round(abstention["precision"], 4), "abstain_recall": round(abstention["recall"], 4),
        "abstain_f1": round(abstention["f1"], 4),
        "false_abstention_rate": round(fp / len(answerable), 4) if answerable else 0.0,
        "answer_language_match":
            round(statistics.fmean(r["answer_lang"] == r["lang"] for r in rows), 4) if rows else 0.0,
        "latency_ms": _latency(rows), "k": k,
    }
    summary["by_lang"] = {lang: _slice(rows, lambda r, lang=lang: r["lang"] == lang) for lang in ("en", "zh")}
    tags = sorted({t for r in rows for t in r["tags"]})
    summary["by_tag"] = {tag: _slice(rows, lambda r, tag=tag: tag in r["tags"]) for tag in tags}
    return summary


def _slice(rows: list[dict], keep) -> dict:
    subset = [r for r in rows if keep(r)]
    answerable = [r for r in subset if r["answerable"]]
    correct = [r for r in subset
               if (r["answerable"] and r["scores"].get("contains")) or (not r["answerable"] and r["abstained"])]
    f1 = round(statistics.fmean(r["scores"].get("f1", 0) for r in answerable), 4) if answerable else 0.0
    return {"items": len(subset), "accuracy": round(len(correct) / len(subset), 4) if subset else 0.0, "answer_f1": f1}


def _latency(rows: list[dict]) -> dict:
    stages = defaultdict(list)
    for row in rows:
        for stage, value in row["timings_ms"].items():
            stages[stage].append(value)
    return {stage: {"p50": round(percentile(v, 0.5), 2), "p95": round(percentile(v, 0.95), 2)}
            for stage, v in stages.items()}


def write_results(out: Path, rows: list[dict]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with (out / "results.jsonl").open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def check_against_baseline(summary: dict, baseline: dict) -> list[str]:
    """Headline metrics that dropped below the committed baseline by more than its tolerance."""
    tolerance = baseline.get("tolerance", 0.02)
    return [f"{key}: {summary[key]:.3f} < baseline {baseline['metrics'][key]:.3f} - {tolerance}"
            for key in HEADLINE
            if key in baseline["metrics"] and summary.get(key, 0) < baseline["metrics"][key] - tolerance]
