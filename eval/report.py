"""report.md and a self-contained report.html (inline SVG charts, no scripts; a Jinja2 template that
escapes everything it is given: questions, answers and quotes come from documents and users)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from eval.run import HEADLINE

Row = dict[str, Any]

ROWS = ["answer_em", "answer_f1", "answer_contains", "hit@k", "recall@k", "mrr", "ndcg@10", "citation_precision",
        "citation_recall", "abstain_precision", "abstain_recall", "abstain_f1", "false_abstention_rate",
        "answer_language_match"]


def comparison_table(ours: Row, baseline: Row | None) -> list[tuple[str, str, str]]:
    return [(key, f"{ours.get(key, 0):.3f}", f"{baseline.get(key, 0):.3f}" if baseline else "—") for key in ROWS]


def write_reports(out: Path, meta: Row, ours: Row, baseline: Row | None, rows: list[Row],
                  grid: list[Row] | None = None) -> None:
    out.mkdir(parents=True, exist_ok=True)
    summary = {"meta": meta, "ours": ours, "langchain_tutorial": baseline, "grid": grid}
    (out / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=2), encoding="utf-8")
    (out / "report.md").write_text(markdown(meta, ours, baseline, rows, grid), encoding="utf-8")
    (out / "report.html").write_text(html(meta, ours, baseline, rows, grid), encoding="utf-8")


def markdown(meta: Row, ours: Row, baseline: Row | None, rows: list[Row], grid: list[Row] | None) -> str:
    title = f"{meta['dataset']} ({meta['split']}, {meta['mode']}, {meta['retriever']}, k={meta['k']})"
    lines = [f"# Evaluation: {title}", "",
             f"{ours['items']} items ({ours['answerable']} answerable, {ours['unanswerable']} unanswerable).", "",
             "| metric | ANSO Assistant | LangChain tutorial |", "|---|---|---|"]
    lines += [f"| {k} | {a} | {b} |" for k, a, b in comparison_table(ours, baseline)]
    lines += ["", "## Latency (ms)", "", "| stage | p50 | p95 |", "|---|---|---|"]
    lines += [f"| {stage} | {v['p50']} | {v['p95']} |" for stage, v in ours["latency_ms"].items()]
    lines += ["", "## By language and tag (accuracy = contains a gold answer, or abstains when unanswerable)", "",
              "| slice | items | accuracy | answer F1 |", "|---|---|---|---|"]
    for group in ("by_lang", "by_tag"):
        lines += [f"| {name} | {v['items']} | {v['accuracy']:.3f} | {v['answer_f1']:.3f} |"
                  for name, v in ours[group].items()]
    if grid:
        lines += ["", "## Grid", "", "| retriever | k | chunk tokens | " + " | ".join(HEADLINE) + " |",
                  "|---" * (3 + len(HEADLINE)) + "|"]
        lines += [f"| {g['retriever']} | {g['k']} | {g['chunk_tokens']} | "
                  + " | ".join(f"{g[h]:.3f}" for h in HEADLINE) + " |" for g in grid]
    failures = _failures(rows)
    lines += ["", f"## Failures ({len(failures)})", ""]
    for row in failures[:60]:
        cited = row["citations"][0]["quote"] if row.get("citations") else ""
        lines.append(f"- **{row['id']}** {row['question']} — expected {row['expected'] or 'abstain'}; "
                     f"got: {row['answer'][:200]}" + (f" — cited: “{cited[:120]}”" if cited else ""))
    return "\n".join(lines) + "\n"


def _failures(rows: list[Row]) -> list[Row]:
    return [r for r in rows
            if (r["answerable"] and not r["scores"].get("contains")) or (not r["answerable"] and not r["abstained"])]


def _latency_shares(rows: list[Row]) -> dict[str, float]:
    """Share of questions per tenth of the slowest total time."""
    totals = sorted(r["timings_ms"].get("total", 0) for r in rows)
    if not totals:
        return {}
    buckets = [0] * 10
    top = max(totals) or 1
    for value in totals:
        buckets[min(9, int(value / top * 10))] += 1
    return {f"≤{top * (i + 1) / 10:.0f} ms": n / len(totals) for i, n in enumerate(buckets)}


def _template_env() -> Environment:
    return Environment(loader=PackageLoader("eval", "templates"), autoescape=select_autoescape(default=True),
                       undefined=StrictUndefined, trim_blocks=False)


def html(meta: Row, ours: Row, baseline: Row | None, rows: list[Row], grid: list[Row] | None) -> str:
    columns = ["retriever", "k", "chunk_tokens", *HEADLINE]
    return _template_env().get_template("report.html").render(
        meta=meta, ours=ours, comparison=comparison_table(ours, baseline),
        by_lang={k: v["accuracy"] for k, v in ours["by_lang"].items()},
        by_tag={k: v["accuracy"] for k, v in ours["by_tag"].items()},
        latency=_latency_shares(rows), grid=grid or [], grid_keys=columns,
        grid_columns=["retriever", "k", "chunk tokens", *HEADLINE], failures=_failures(rows)[:100])
