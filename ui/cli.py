"""The `anso` command: thin wrappers over library functions; errors become one line and an exit code."""
from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path
from typing import Optional

import typer

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

app = typer.Typer(add_completion=False, no_args_is_help=True, help="ANSO Assistant: bilingual cited answers from ANSO documents.")
index_app = typer.Typer(no_args_is_help=True, help="Inspect, rebuild or reset the index.")
app.add_typer(index_app, name="index")
log = logging.getLogger("anso")


def _settings(**overrides):
    from pydantic import ValidationError

    from rag.settings import Settings

    try:
        return Settings(**{k: v for k, v in overrides.items() if v is not None})
    except ValidationError as exc:
        first = exc.errors()[0]
        _fail(f"invalid setting {'.'.join(map(str, first['loc']))}: {first['msg']} (check the ANSO_* environment)", 2)


def _fail(message: str, code: int = 1):
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code)


def _open_index(settings):
    from rag.store.embed import ConfigError
    from rag.store.index import Index
    from rag.store.vectorstore import VectorStoreUnavailable

    from ingest.rebuild import live_settings

    try:
        return Index(live_settings(settings))
    except (ConfigError, VectorStoreUnavailable) as exc:
        _fail(str(exc), 2)


@app.callback()
def main_callback(verbose: bool = typer.Option(False, "--verbose", "-v", help="Log details to stderr.")) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


@app.command()
def ingest(paths: list[Path] = typer.Argument(..., help="Files or directories (.txt .md .html .pdf .docx)."),
           prune: bool = typer.Option(False, help="Drop chunks of files that no longer exist."),
           quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar.")) -> None:
    """Ingest documents: bad files are reported and skipped; exit code 1 when anything was skipped."""
    import sqlite3

    from ingest.pipeline import ingest_paths
    from rag.store.vectorstore import VectorStoreUnavailable

    settings = _settings()
    index = _open_index(settings)
    try:
        report = ingest_paths(index, paths, prune=prune, progress=not quiet)
    except (sqlite3.Error, OSError, VectorStoreUnavailable) as exc:
        log.debug("ingest failed", exc_info=True)
        _fail(f"could not write the index in {settings.data_dir} ({exc}); free disk space or check permissions "
              "and run the ingest again — documents stored before are intact", 2)
    typer.echo(report.summary())
    raise typer.Exit(0 if report.ok else 1)


@index_app.command("stats")
def index_stats(as_json: bool = typer.Option(False, "--json", help="One JSON object.")) -> None:
    """Chunks, documents, languages and the embedder of the index."""
    stats = _open_index(_settings()).stats()
    if as_json:
        typer.echo(json.dumps(stats, ensure_ascii=False))
        return
    typer.echo(f"chunks: {stats['chunks']} (en {stats['by_lang']['en']}, zh {stats['by_lang']['zh']}); "
               f"documents: {stats['documents']}; parallel links: {stats['parallel_links']}")
    typer.echo(f"embedder: {stats['embedder']}; data dir: {stats['data_dir']}")
    for f in stats["files"]:
        typer.echo(f"  {f['name']}: {f['title']} ({f['paragraphs']} paragraphs, published {f['published'] or '-'})")


@index_app.command("reset")
def index_reset(yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask for confirmation.")) -> None:
    """Delete everything indexed."""
    if not yes and not typer.confirm("Delete the whole index?"):
        raise typer.Exit(1)
    settings = _settings()
    _reset_index(settings)
    typer.echo("index reset")


def _reset_index(settings):
    from rag.store.embed import ConfigError
    from rag.store.index import Index
    from rag.store.vectorstore import VectorStoreUnavailable

    from ingest.rebuild import live_settings

    try:
        return Index.fresh(live_settings(settings))
    except (ConfigError, VectorStoreUnavailable) as exc:
        _fail(str(exc), 2)


@index_app.command("rebuild")
def index_rebuild(paths: Optional[list[Path]] = typer.Argument(None, help="What to ingest (default: the files indexed now, else the bundled corpus)."),
                  yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask for confirmation.")) -> None:
    """Re-ingest from scratch with the configured embedder and chunking, beside the live index (a running
    server keeps answering from the old one and switches when the new one is complete)."""
    from ingest.rebuild import Change, build_beside, make_live

    settings = _settings()
    if not yes and not typer.confirm("Rebuild the whole index?"):
        raise typer.Exit(1)
    built = build_beside(settings, Change(fresh=True, sources=paths or None))
    make_live(settings, built.name)
    built.index.close()
    typer.echo(built.report.summary())
    raise typer.Exit(0 if built.report.ok else 1)


@index_app.command("export")
def index_export(file: Path = typer.Argument(..., help="Snapshot file to write (.tar.gz).")) -> None:
    """Write a consistent snapshot of the index (safe while the server runs)."""
    from ingest.backup import BackupError, export_index
    from ingest.rebuild import live_settings

    try:
        manifest = export_index(live_settings(_settings()), file)
    except BackupError as exc:
        _fail(str(exc), 2)
    typer.echo(f"exported {manifest['chunks']} chunks to {file}")


@index_app.command("import")
def index_import(file: Path = typer.Argument(..., help="Snapshot written by `anso index export`.")) -> None:
    """Restore a snapshot into an empty data dir (Chroma and BM25 are rebuilt from it)."""
    from ingest.backup import BackupError, import_index
    from ingest.rebuild import live_settings

    try:
        manifest = import_index(live_settings(_settings()), file)
    except BackupError as exc:
        _fail(str(exc), 2)
    typer.echo(f"imported {manifest['chunks']} chunks ({manifest['embedder']})")


@app.command()
def ask(question: str = typer.Argument(..., help="The question, or '-' to read one question per line from stdin."),
        as_json: bool = typer.Option(False, "--json", help="Print the result object as JSON."),
        mode: Optional[str] = typer.Option(None, help="extractive | llm (default: llm when configured)."),
        k: Optional[int] = typer.Option(None, help="Chunks handed to the answerer."),
        retriever: Optional[str] = typer.Option(None, help="dense | bm25 | hybrid."),
        history: Optional[Path] = typer.Option(None, help="JSON file: [{role, content}, …] of earlier turns.")) -> None:
    """Answer a question with citations (or abstain). Exit code 2 when the index cannot be used."""
    from rag.store.vectorstore import VectorStoreUnavailable
    from rag.chain import Assistant

    settings = _settings()
    index = _open_index(settings)
    if index.docstore.stats()["chunks"] == 0:
        _fail("the index is empty; run `anso ingest data/corpus` (or `make run`) first", 2)
    assistant = Assistant(settings, index)
    turns = _read_history(history)
    questions = (line.strip() for line in sys.stdin) if question == "-" else iter([question])
    for q in questions:
        if not q:
            continue
        try:
            result = assistant.answer(q, history=turns, mode=mode, k=k, retriever=retriever)
        except (ValueError, OSError, VectorStoreUnavailable) as exc:
            _fail(str(exc), 2)
        typer.echo(result.model_dump_json() if as_json else format_answer(result))


def _read_history(path: Path | None):
    from pydantic import ValidationError

    from rag.types import as_turns

    if path is None:
        return None
    try:
        turns = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        _fail(f"cannot read history file {path}: {exc}", 2)
    try:
        return as_turns(turns if isinstance(turns, list) else [turns])
    except (ValidationError, TypeError):
        _fail("history file must be a JSON list of {\"role\": \"user\"|\"assistant\", \"content\"} objects", 2)


def format_answer(result) -> str:
    lines = [result.answer, ""]
    for note in result.notices:
        lines.append(f"! {note}")
    for c in result.citations or result.nearest:
        where = "; ".join(f"{s.file} ¶{s.paragraph}" for s in c.sources)
        lines.append(f"[{c.n}] {c.title} — {where} ({c.lang})")
        lines.append(f"    “{c.quote}”")
        if c.parallel:
            lines.append(f"    ↔ ({c.parallel.lang}) {c.parallel.text[:160]}")
    lines.append("timings (ms): " + ", ".join(f"{k} {v:.1f}" for k, v in result.timings_ms.items()))
    return "\n".join(lines)


LOOPBACK = ("127.0.0.1", "localhost", "::1")


@app.command()
def serve(host: Optional[str] = typer.Option(None, help="Address to bind (default 127.0.0.1)."),
          port: Optional[int] = typer.Option(None, help="Port (default 7860).")) -> None:
    """Serve /healthz, /api/ask and /v1/chat/completions at once, the chat page at / a few seconds later;
    ingests the bundled corpus first if the index is empty."""
    import uvicorn

    from ui.api import create_app
    from ui.services import Services

    settings = _settings(host=host, port=port)
    index = _open_index(settings)
    if index.docstore.stats()["chunks"] == 0:
        from ingest.pipeline import ingest_paths

        typer.echo(f"index empty: ingesting {settings.corpus_dir}")
        typer.echo(ingest_paths(index, [settings.corpus_dir]).summary())
    if settings.host not in LOOPBACK and not settings.api_keys:
        typer.secho(f"warning: serving on {settings.host} without API keys; set ANSO_API_KEYS to require one",
                    fg=typer.colors.YELLOW, err=True)
    services = Services.build(settings, index)
    application = create_app(settings, services, page=settings.serve_page, warm_up=lambda: warm_up(services))
    typer.echo(f"ANSO Assistant on http://{settings.host}:{settings.port} (API now, chat page in a few seconds)")
    uvicorn.run(application, host=settings.host, port=settings.port, log_level="warning")


def warm_up(services) -> None:
    """What the first question would otherwise pay once (the embedder, jieba, the BM25 and exact-search
    indexes), then Chroma made to hold exactly the docstore's chunks after an interrupted ingest."""
    services.assistant.answer("ANSO 联盟成立 established", mode="extractive")
    services.index.reconcile()


feedback_app = typer.Typer(no_args_is_help=True, help="User feedback.")
app.add_typer(feedback_app, name="feedback")


@feedback_app.command("export")
def feedback_export(fmt: str = typer.Option("csv", "--format", help="csv | jsonl")) -> None:
    """Print all feedback (question, answer, cited chunk ids, mode, rating, comment, time)."""
    from ui.feedback import FeedbackStore

    if fmt not in ("csv", "jsonl"):
        _fail("--format must be csv or jsonl", 2)
    typer.echo(FeedbackStore(_settings().data_dir).export(fmt), nl=False)


@app.command("hash-password")
def hash_password_command(password: str = typer.Option(..., prompt=True, hide_input=True, confirmation_prompt=True)) -> None:
    """Print a bcrypt hash for ANSO_STAFF_USERS=user:HASH or ANSO_API_KEYS=name:HASH."""
    from ui.auth import hash_password

    typer.echo(hash_password(password))


@app.command("eval")
def eval_command(dataset: str = typer.Option("builtin:anso", help="builtin:anso | builtin:newdocs | builtin:newdocs2 | builtin:newdocs3 | builtin:newdocs4 | builtin:newdocs5 | builtin:newdocs6 | builtin:newdocs7 | builtin:newdocs8 | builtin:newdocs9 | builtin:newdocs10 | builtin:newdocs11 | xquad:en | xquad:zh | xquad:zh+en | cmrc | PATH (.jsonl or SQuAD .json) | support (the LLM support-check benchmark)"),
                 split: str = typer.Option("test", help="dev | test | all (builtin split; public sets have one); builtin:anso also has probe; support also has heldout, heldout2, heldout3, heldout4, heldout5, heldout6, heldout7, heldout8, heldout9, heldout10 and heldout11; builtin:newdocs2 to builtin:newdocs11 are all heldout"),
                 mode: str = typer.Option("extractive", help="extractive | llm"),
                 retriever: str = typer.Option("hybrid", help="dense | bm25 | hybrid"),
                 k: Optional[int] = typer.Option(None, help="Chunks handed to the answerer (default: the k setting)."),
                 out: Path = typer.Option(Path("eval-out"), help="Where results.jsonl, summary.json, report.md and report.html go."),
                 grid: bool = typer.Option(False, help="Also run the retriever × k × chunk-size ablation."),
                 baseline: bool = typer.Option(True, help="Also evaluate the plain LangChain tutorial pipeline."),
                 limit: Optional[int] = typer.Option(None, help="Only the first N items."),
                 workers: int = typer.Option(4, help="Parallel workers in llm mode."),
                 update_baseline: bool = typer.Option(False, "--update-baseline", help="Rewrite the committed regression baseline from this run."),
                 calibrate: bool = typer.Option(False, help="Only find the abstention threshold that maximises accuracy on the split (dev).")) -> None:
    """Evaluate a QA dataset; exit code 1 when a headline metric fell below its committed baseline."""
    from eval.harness import gate, run_eval
    from eval.harness import update_baseline as write_baseline

    settings = _settings()
    if dataset == "support":  # the support-check benchmark (labelled answer sentences, not questions)
        from eval.support import SPLITS, format_summary, run_support

        if split not in SPLITS:  # before the embedder loads
            _fail(f"unknown split {split!r} for --dataset support: use one of {', '.join(SPLITS)}", 2)
        summary = run_support(settings, split)
        typer.echo(format_summary(summary))
        raise typer.Exit(0 if summary["goal_met"] else 1)
    if calibrate:
        from eval.calibrate import calibrate as find_threshold

        try:
            typer.echo(json.dumps(find_threshold(settings, dataset, "dev" if split == "test" else split)))
        except (FileNotFoundError, ValueError) as exc:
            _fail(str(exc), 2)
        return
    try:
        result = run_eval(settings, dataset, split, mode, retriever, k, out, grid, baseline, limit, workers)
    except (FileNotFoundError, ValueError) as exc:
        _fail(str(exc), 2)
    ours, base = result["ours"], result["langchain_tutorial"]
    typer.echo(f"{'metric':24} {'ours':>8} {'langchain':>10}")
    for key in ("answer_em", "answer_f1", "answer_contains", "hit@k", "mrr", "ndcg@10", "citation_precision",
                "citation_recall", "abstain_f1", "false_abstention_rate", "answer_language_match"):
        typer.echo(f"{key:24} {ours[key]:8.3f} {base[key] if base else float('nan'):10.3f}")
    typer.echo(f"latency total p50/p95 ms: {ours['latency_ms'].get('total', {}).get('p50')} / {ours['latency_ms'].get('total', {}).get('p95')}")
    if ours.get("llm"):
        llm = ours["llm"]
        typer.echo(f"llm: {llm['kept_llm_answers']} of {llm['answers']} answers verified and shown, {llm['fell_back']} fell back "
                   f"{llm['fallback_reasons']}; sentences removed {llm['sentences_removed']}/{llm['sentences_drafted']} "
                   f"({llm['removed_share']:.1%}); first token p50/p95 ms {llm['first_token_ms']}; total {llm['llm_total_ms']}")
    typer.echo(f"reports: {out}/report.md, {out}/report.html")
    if update_baseline:
        typer.echo(f"baseline written: {write_baseline(ours, dataset, split, mode)}")
        return
    drops = gate(ours, dataset, split, mode)
    for drop in drops:
        typer.secho(f"regression: {drop}", fg=typer.colors.RED, err=True)
    raise typer.Exit(1 if drops else 0)


@app.command()
def bench(quick: bool = typer.Option(False, "--quick", help="Smaller corpus and stores (a few minutes)."),
          startup: bool = typer.Option(False, "--startup", help="Only the start-up rows: one-shot ask, serve readiness, bundled query ratio."),
          as_json: bool = typer.Option(False, "--json", help="One JSON object with every figure and ratio.")) -> None:
    """Performance as ratios to the embedder's floor: one-shot ask and serve start-up, ingest, re-ingest, query
    latency at 3 store sizes, serving."""
    from eval.bench import format_startup, format_table, run_bench, run_startup_bench, to_json

    def progress(line: str) -> None:
        typer.echo(line, err=True)

    if startup:
        results = run_startup_bench(_settings(), progress=progress)
        typer.echo(to_json(results) if as_json else format_startup(results))
        return
    results = run_bench(_settings(), quick=quick, progress=progress)
    typer.echo(to_json(results) if as_json else format_table(results))


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        typer.secho("interrupted", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
