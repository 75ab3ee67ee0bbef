"""`anso eval`: one function from a dataset spec to the four report files."""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from eval.baseline import TutorialPipeline, corpus_texts
from eval.datasets import load_dataset
from eval.report import write_reports
from eval.run import (
    check_against_baseline,
    evaluate_baseline_item,
    evaluate_item,
    prepare_index,
    run_items,
    summarise,
    write_results,
)
from rag.settings import Settings

BASELINES = Path(__file__).resolve().parent / "baselines"
TUTORIAL_K = 4  # chunks the LangChain tutorial pipeline retrieves (its documented default), whatever our own k


def dataset_settings(settings: Settings, spec: str, chunk_tokens: int | None = None) -> Settings:
    """Each dataset gets its own data dir (and chunk size), so evaluation never touches the served index."""
    slug = re.sub(r"[^\w]+", "-", spec).strip("-")
    suffix = f"-c{chunk_tokens}" if chunk_tokens else ""
    return settings.model_copy(update={"data_dir": settings.data_dir / "eval" / f"{slug}{suffix}", "chroma_host": None,
                                       **({"chunk_tokens": chunk_tokens} if chunk_tokens else {})})


def run_eval(settings: Settings, spec: str, split: str = "test", mode: str = "extractive", retriever: str = "hybrid",
             k: int | None = None, out: Path = Path("eval-out"), grid: bool = False, with_baseline: bool = True,
             limit: int | None = None, workers: int = 1, progress: bool = True) -> dict:
    """``k``: chunks handed to the answerer (default: the ``k`` setting); the tutorial baseline keeps its own 4."""
    from rag.chain import Assistant

    k = k or settings.k

    dataset = load_dataset(spec, split, limit)
    if not dataset.items:
        raise ValueError(f"dataset {spec} has no items for split {split!r}")
    eval_settings = dataset_settings(settings, spec)
    index, _ = prepare_index(eval_settings, dataset, progress)
    assistant = Assistant(eval_settings, index)
    rows = run_items(lambda item: evaluate_item(assistant, item, mode, k, retriever), dataset.items,
                     workers if mode == "llm" else 1, "ours", progress)
    ours = summarise(rows, k)
    baseline = None
    if with_baseline:
        texts = dataset.corpus_texts or corpus_texts(dataset.corpus)
        pipeline = TutorialPipeline(index.embedder, texts, eval_settings.data_dir / "tutorial-chroma")
        base_rows = run_items(lambda item: evaluate_baseline_item(pipeline, item, TUTORIAL_K), dataset.items, 1,
                              "langchain", progress)
        baseline = summarise(base_rows, TUTORIAL_K)
    grid_rows = run_grid(settings, spec, dataset, split, mode, progress) if grid else None
    meta = {"dataset": spec, "split": split, "mode": mode, "retriever": retriever, "k": k,
            "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "embedder": settings.embedder_id, "abstain_threshold": settings.abstain_threshold}
    write_results(out, rows)
    write_reports(out, meta, ours, baseline, rows, grid_rows)
    return {"meta": meta, "ours": ours, "langchain_tutorial": baseline, "grid": grid_rows}


def run_grid(settings: Settings, spec: str, dataset, split: str, mode: str, progress: bool) -> list[dict]:
    """Ablation: retriever × k × chunk size (each chunk size ingested into its own data dir)."""
    from rag.chain import Assistant

    rows = []
    for chunk_tokens in (80, 160, 320):
        grid_settings = dataset_settings(settings, spec, chunk_tokens)
        index, _ = prepare_index(grid_settings, dataset, progress=False)
        assistant = Assistant(grid_settings, index)
        for retriever in ("dense", "bm25", "hybrid"):
            for k in (2, 4, 8):
                results = run_items(lambda item, a=assistant, k=k, r=retriever: evaluate_item(a, item, mode, k, r),
                                    dataset.items, 1,
                                    f"grid {retriever} k={k} c={chunk_tokens}", progress)
                summary = summarise(results, k)
                rows.append({"retriever": retriever, "k": k, "chunk_tokens": chunk_tokens,
                             **{key: summary[key] for key in summary if not isinstance(summary[key], dict)}})
    return rows


def baseline_path(spec: str, split: str, mode: str) -> Path:
    slug = re.sub(r"[^\w]+", "-", spec).strip("-")
    return BASELINES / f"{slug}-{split}-{mode}.json"


def gate(summary: dict, spec: str, split: str, mode: str) -> list[str]:
    path = baseline_path(spec, split, mode)
    if not path.exists():
        return []
    return check_against_baseline(summary, json.loads(path.read_text(encoding="utf-8")))


def update_baseline(summary: dict, spec: str, split: str, mode: str, tolerance: float = 0.02) -> Path:
    from eval.run import HEADLINE

    path = baseline_path(spec, split, mode)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {"dataset": spec, "split": split, "mode": mode, "tolerance": tolerance,
               "metrics": {key: summary[key] for key in HEADLINE}}
    path.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    return path
