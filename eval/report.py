"""report.md and a self-contained report.html (inline SVG charts, no scripts, everything escaped)."""
from __future__ import annotations

import json
from html import escape
from pathlib import Path

from eval.run import HEADLINE

ROWS = ["answer_em", "answer_f1", "answer_contains", "hit@k", "recall@k", "mrr", "ndcg@10", "citation_precision",
        "citation_recall", "abstain_precision", "abstain_recall", "abstain_f1", "false_abstention_rate",
        "short_answer_rate", "short_in_citation", "answer_language_match"]


def comparison_table(ours: dict, baseline: dict | None) -> list[tuple[str, str, str]]:
    return [(key, f"{ours.get(key, 0):.3f}", f"{baseline.get(key, 0):.3f}" if baseline else "—") for key in ROWS]


def write_reports(out: Path, meta: dict, ours: dict, baseline: dict | None, rows: list[dict], grid: list[dict] | None = None) -> None:
    out.mkdir(parents=True, exist_ok=True)
    summary = {"meta": meta, "ours": ours, "langchain_tutorial": baseline, "grid": grid}
    (out / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=2), encoding="utf-8")
    (out / "report.md").write_text(markdown(meta, ours, baseline, rows, grid), encoding="utf-8")
    (out / "report.html").write_text(html(meta, ours, baseline, rows, grid), encoding="utf-8")


def markdown(meta, ours, baseline, rows, grid) -> str:
    lines = [f"# Evaluation: {meta['dataset']} ({meta['split']}, {meta['mode']}, {meta['retriever']}, k={meta['k']})", "",
             f"{ours['items']} items ({ours['answerable']} answerable, {ours['unanswerable']} unanswerable).", "",
             "| metric | ANSO Assistant | LangChain tutorial |", "|---|---|---|"]
    lines += [f"| {k} | {a} | {b} |" for k, a, b in comparison_table(ours, baseline)]
    lines += ["", "## Latency (ms)", "", "| stage | p50 | p95 |", "|---|---|---|"]
    lines += [f"| {stage} | {v['p50']} | {v['p95']} |" for stage, v in ours["latency_ms"].items()]
    lines += ["", "## By language and tag (accuracy = contains a gold answer, or abstains when unanswerable)", "",
              "| slice | items | accuracy | answer F1 |", "|---|---|---|---|"]
    for group in ("by_lang", "by_tag"):
        lines += [f"| {name} | {v['items']} | {v['accuracy']:.3f} | {v['answer_f1']:.3f} |" for name, v in ours[group].items()]
    if grid:
        lines += ["", "## Grid", "", "| retriever | k | chunk tokens | " + " | ".join(HEADLINE) + " |",
                  "|---" * (3 + len(HEADLINE)) + "|"]
        lines += [f"| {g['retriever']} | {g['k']} | {g['chunk_tokens']} | " + " | ".join(f"{g[h]:.3f}" for h in HEADLINE) + " |"
                  for g in grid]
    failures = _failures(rows)
    lines += ["", f"## Failures ({len(failures)})", ""]
    for row in failures[:60]:
        cited = row["citations"][0]["quote"] if row.get("citations") else ""
        short = f" [short: {row['short_answer']}]" if row.get("short_answer") else ""
        lines.append(f"- **{row['id']}** {row['question']} — expected {row['expected'] or 'abstain'}; got{short}: {row['answer'][:200]}"
                     + (f" — cited: “{cited[:120]}”" if cited else ""))
    return "\n".join(lines) + "\n"


def _failures(rows: list[dict]) -> list[dict]:
    return [r for r in rows if (r["answerable"] and not r["scores"].get("contains")) or (not r["answerable"] and not r["abstained"])]


def _bars(title: str, values: dict[str, float]) -> str:
    width, bar_h = 420, 18
    height = 24 + bar_h * len(values) + 6
    parts = [f'<svg width="{width + 200}" height="{height}" role="img" aria-label="{escape(title)}">',
             f'<text x="0" y="14" font-weight="bold">{escape(title)}</text>']
    for i, (label, value) in enumerate(values.items()):
        y = 24 + i * bar_h
        parts.append(f'<text x="0" y="{y + 13}" font-size="12">{escape(label)}</text>')
        parts.append(f'<rect x="160" y="{y + 2}" width="{max(1, value * width):.0f}" height="{bar_h - 5}" fill="#2f6fb3"/>')
        parts.append(f'<text x="{165 + value * width:.0f}" y="{y + 13}" font-size="12">{value:.2f}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _latency_hist(rows: list[dict]) -> str:
    totals = sorted(r["timings_ms"].get("total", 0) for r in rows)
    if not totals:
        return ""
    buckets = [0] * 10
    top = max(totals) or 1
    for value in totals:
        buckets[min(9, int(value / top * 10))] += 1
    labels = {f"≤{top * (i + 1) / 10:.0f} ms": n / len(totals) for i, n in enumerate(buckets)}
    return _bars("Latency distribution (share of questions)", labels)


def html(meta, ours, baseline, rows, grid) -> str:
    table = "".join(f"<tr><td>{escape(k)}</td><td>{a}</td><td>{b}</td></tr>" for k, a, b in comparison_table(ours, baseline))
    failures = "".join(
        f"<tr><td>{escape(r['id'])}</td><td>{escape(r['question'])}</td><td>{escape(', '.join(r['expected']) or 'abstain')}</td>"
        f"<td>{escape(r['answer'][:300])}</td><td>{escape(r['citations'][0]['quote'][:200]) if r.get('citations') else ''}</td></tr>"
        for r in _failures(rows)[:100])
    grid_html = ""
    if grid:
        head = "".join(f"<th>{escape(h)}</th>" for h in ["retriever", "k", "chunk tokens", *HEADLINE])
        body = "".join("<tr>" + "".join(f"<td>{escape(str(g[h]) if not isinstance(g[h], float) else f'{g[h]:.3f}')}</td>"
                                        for h in ["retriever", "k", "chunk_tokens", *HEADLINE]) + "</tr>" for g in grid)
        grid_html = f"<h2>Grid</h2><table><tr>{head}</tr>{body}</table>"
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>ANSO evaluation</title>
<style>body{{font-family:sans-serif;max-width:1100px;margin:2em auto}}table{{border-collapse:collapse}}
td,th{{border:1px solid #ccc;padding:3px 8px;vertical-align:top}}</style></head><body>
<h1>Evaluation: {escape(meta['dataset'])} ({escape(str(meta['split']))}, {escape(meta['mode'])}, {escape(meta['retriever'])}, k={meta['k']})</h1>
<p>{ours['items']} items; {ours['answerable']} answerable, {ours['unanswerable']} unanswerable.</p>
<table><tr><th>metric</th><th>ANSO Assistant</th><th>LangChain tutorial</th></tr>{table}</table>
{_bars("Accuracy by language", {k: v['accuracy'] for k, v in ours['by_lang'].items()})}
{_bars("Accuracy by tag", {k: v['accuracy'] for k, v in ours['by_tag'].items()})}
{_latency_hist(rows)}
{grid_html}
<h2>Failures</h2><table><tr><th>id</th><th>question</th><th>expected</th><th>got</th><th>cited</th></tr>{failures}</table>
</body></html>"""
