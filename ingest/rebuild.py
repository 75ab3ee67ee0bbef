"""Build a new index beside the live one, then switch over in one step.

Layout of the data dir: ``indexes/<name>/`` holds one complete index (docstore, Chroma, BM25) and the
file ``CURRENT`` names the live one (no pointer: the index written directly in the data dir, as before).
A rebuild, an upload ingest or a delete never writes to the live index: it copies (or re-chunks) into a
new directory, and only a complete index becomes live — by replacing the pointer atomically (``os.replace``),
so a crash at any moment leaves the old or the new index, never half of one, and a restart opens the new one.
The CLI (`anso index rebuild`) and the staff tab use these same functions.
"""
from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from ingest.parallel import link_parallel
from ingest.pipeline import IngestReport, ingest_paths
from rag.settings import Settings
from rag.store.embed import Embedder
from rag.store.index import Index

log = logging.getLogger(__name__)

POINTER = "CURRENT"  # file in the data dir naming the live index directory under INDEXES
INDEXES = "indexes"  # sub-directory of the data dir holding one directory per built index
# an index written in the data dir itself (before the first build beside it)
LEGACY_FILES = ("docstore.sqlite", "docstore.sqlite-wal", "docstore.sqlite-shm")
LEGACY_DIRS = ("chroma", "bm25")


def read_pointer(data_dir: Path) -> str | None:
    """The live index's directory name, or None when the index lives in the data dir itself."""
    try:
        name = (data_dir / POINTER).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return name if name and (data_dir / INDEXES / name).is_dir() else None


def index_settings(settings: Settings, name: str | None) -> Settings:
    """Settings for the index called ``name`` (None: the legacy index in the data dir)."""
    if name is None:
        return settings
    update: dict = {"data_dir": settings.data_dir / INDEXES / name}
    if settings.chroma_host:  # a Chroma server: the new index gets its own collections
        update["collection"] = f"{settings.collection}-{name}"
    return settings.model_copy(update=update)


def live_settings(settings: Settings) -> Settings:
    """Settings that open the live index (the one ``CURRENT`` names)."""
    return index_settings(settings, read_pointer(settings.data_dir))


def open_live_index(settings: Settings, embedder: Embedder | None = None) -> Index:
    return Index(live_settings(settings), embedder=embedder)


@dataclass
class Change:
    """What a build does: ``fresh`` re-chunks every source from scratch; otherwise the live index is copied,
    ``remove`` (docstore file keys) dropped and ``add`` (files) ingested into the copy."""

    fresh: bool = False
    add: list[Path] = field(default_factory=list)
    remove: list[str] = field(default_factory=list)
    sources: list[Path] | None = None  # fresh builds: what to ingest (default: the files indexed now, else the corpus)


@dataclass
class Built:
    name: str
    index: Index
    report: IngestReport
    removed: int = 0


def build_beside(settings: Settings, change: Change, *, embedder: Embedder | None = None,
                 on_progress=None) -> Built:
    """A complete new index in ``indexes/<new name>``; the live one is only read (its docstore copied)."""
    collect_garbage(settings)
    live_docstore = live_settings(settings).data_dir / "docstore.sqlite"
    name = time.strftime("%Y%m%d-%H%M%S") + "-" + uuid.uuid4().hex[:6]
    target = index_settings(settings, name)
    target.data_dir.mkdir(parents=True)
    try:
        if change.fresh:
            sources = change.sources or _existing_sources(live_docstore) or [settings.corpus_dir]
            _seed_embedding_cache(live_docstore, target.data_dir / "docstore.sqlite")
            index = Index(target, embedder=embedder)
            index.vectors.clear()
            report = ingest_paths(index, sources, progress=False, on_progress=on_progress)
            return Built(name, index, report)
        _copy_docstore(live_docstore, target.data_dir / "docstore.sqlite")
        index = Index(target, embedder=embedder)
        index.reconcile()  # the vectors come back from the docstore's stored sentence vectors: no embedding
        removed = 0
        if change.remove:
            with index.writer() as writer:  # the index's one write protocol
                for key in change.remove:
                    writer.remove_file(key)
                    removed += 1
                link_parallel(writer)
        report = ingest_paths(index, change.add, progress=False, on_progress=on_progress)
        report.files_removed += removed
        return Built(name, index, report, removed)
    except BaseException:
        shutil.rmtree(target.data_dir, ignore_errors=True)
        raise


def make_live(settings: Settings, name: str) -> None:
    """Point ``CURRENT`` at ``indexes/<name>`` in one atomic step (durable before it returns)."""
    pointer = settings.data_dir / POINTER
    partial = pointer.with_name(POINTER + ".partial")
    with partial.open("w", encoding="utf-8") as out:
        out.write(name + "\n")
        out.flush()
        os.fsync(out.fileno())
    os.replace(partial, pointer)
    log.info("live index is now %s", name)


def collect_garbage(settings: Settings) -> None:
    """Delete index directories that are no longer live (and the legacy index once a pointer exists)."""
    live = read_pointer(settings.data_dir)
    if live is None:
        return
    for child in (settings.data_dir / INDEXES).iterdir():
        if child.is_dir() and child.name != live:
            shutil.rmtree(child, ignore_errors=True)
    for name in LEGACY_FILES:
        (settings.data_dir / name).unlink(missing_ok=True)
    for name in LEGACY_DIRS:
        shutil.rmtree(settings.data_dir / name, ignore_errors=True)


def _existing_sources(docstore: Path) -> list[Path]:
    if not docstore.exists():
        return []
    with _read_only(docstore) as db:
        paths = [Path(row[0]) for row in db.execute("SELECT path FROM files ORDER BY path")]
    return [p for p in paths if p.exists()]


def _copy_docstore(source: Path, target: Path) -> None:
    """A consistent copy of the live docstore (SQLite's online backup: readers and writers may go on)."""
    with sqlite3.connect(str(target)) as out:
        if source.exists():
            with _read_only(source) as db:
                db.backup(out)


def _seed_embedding_cache(source: Path, target: Path) -> None:
    """Carry the sentence-embedding cache over, so a rebuild re-embeds only sentences never seen before."""
    from rag.store.docstore import SCHEMA

    with sqlite3.connect(str(target)) as out:
        out.executescript(SCHEMA)
        if source.exists():
            out.execute("ATTACH DATABASE ? AS live", (str(source),))
            out.execute("INSERT OR IGNORE INTO emb_cache SELECT key, vec FROM live.emb_cache")
            out.commit()
            out.execute("DETACH DATABASE live")


class _read_only:
    """A short-lived read-only connection to a docstore file."""

    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)

    def __enter__(self) -> sqlite3.Connection:
        return self.db

    def __exit__(self, *exc) -> None:
        self.db.close()
