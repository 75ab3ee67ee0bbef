"""The ingestion pipeline: load → clean → split → embed → store, file by file, incremental."""
from __future__ import annotations

import hashlib
import logging
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from tqdm import tqdm

from ingest.clean import clean_text
from ingest.load import SUPPORTED, LoadError, is_sidecar, load_file, sidecar_path
from ingest.parallel import link_parallel, links_are_current
from ingest.split import SplitChunk, file_fingerprint, split_document
from rag.meta import index_text
from rag.store.index import Index
from rag.store.writer import IndexWriter

log = logging.getLogger(__name__)
EMBED_BATCHES_PER_COMMIT = 4  # files are committed once their new sentences fill this many embedding batches


@dataclass
class IngestReport:
    files_read: int = 0
    files_unchanged: int = 0
    files_removed: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    paragraphs: int = 0
    chunks_by_lang: dict[str, int] = field(default_factory=lambda: {"en": 0, "zh": 0})
    duplicates_merged: int = 0
    parallel_links: int = 0
    new_embeddings: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.skipped

    def summary(self) -> str:
        lines = [
            f"files read: {self.files_read} (unchanged: {self.files_unchanged}, removed: {self.files_removed}), "
            f"skipped: {len(self.skipped)}",
            f"paragraphs: {self.paragraphs}; chunks: en {self.chunks_by_lang.get('en', 0)}, "
            f"zh {self.chunks_by_lang.get('zh', 0)}; duplicates merged: {self.duplicates_merged}; "
            f"parallel links: {self.parallel_links}",
            f"new embeddings: {self.new_embeddings}; seconds: {self.seconds:.2f}",
        ]
        lines += [f"  skipped {path}: {reason}" for path, reason in self.skipped]
        return "\n".join(lines)


def discover(paths: list[Path], report: IngestReport, exclude: Path | None = None) -> list[Path]:
    """Files under ``paths`` (hidden files and the data dir itself left out)."""
    files: list[Path] = []
    skip = exclude.resolve() if exclude else None
    for path in paths:
        if path.is_dir():
            children = (p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            for child in sorted(c for c in children if not (skip and c.resolve().is_relative_to(skip))):
                if child.suffix.lower() in SUPPORTED:
                    files.append(child)
                elif is_sidecar(child):
                    continue  # metadata beside a document, read with it
                else:
                    report.skipped.append((str(child), f"unsupported file type '{child.suffix or '(none)'}'"))
        elif path.exists():
            files.append(path)
        else:
            report.skipped.append((str(path), "no such file or directory"))
    return list(dict.fromkeys(files))


@dataclass
class PreparedFile:
    """A changed file, loaded, cleaned and split, waiting for its new sentences to be embedded."""

    key: str
    path: Path
    record: dict[str, Any]
    pieces: list[SplitChunk]
    new: list[SplitChunk]


def ingest_paths(index: Index, paths: list[Path], prune: bool = False, progress: bool = True,
                 on_progress: Callable[[int, int, str], object] | None = None) -> IngestReport:
    """Ingest files and directories; bad files are reported and skipped, the rest goes on.

    Changed files are prepared one by one, their new sentences embedded together in full batches
    (small files would otherwise make small batches), then each file is committed on its own
    through the index's writer (``rag.store.writer``: vectors, docstore commit, BM25 refresh)."""
    started = time.perf_counter()
    report = IngestReport()
    index.reconcile()
    files = discover([Path(p) for p in paths], report, exclude=index.settings.data_dir)
    pending: list[PreparedFile] = []
    with index.writer() as writer:
        bar = tqdm(files, desc="ingest", unit="file", disable=not progress, file=sys.stderr)
        for number, path in enumerate(bar, 1):
            try:
                prepared = _prepare(index, path, report)
            except LoadError as exc:
                report.skipped.append((str(path), str(exc)))
                prepared = None
            if prepared is not None:
                pending.append(prepared)
            if _sentences(pending) >= EMBED_BATCHES_PER_COMMIT * index.settings.embed_batch or number == len(files):
                _commit(index, writer, pending, report)
                pending = []
            if on_progress:
                on_progress(number, len(files), path.name)
        _commit(index, writer, pending, report)
        if prune:
            _prune(index, writer, report)
        if writer.changed or index.docstore.get_meta("embedder") is None or not links_are_current(index.docstore):
            report.parallel_links = link_parallel(writer)
        else:
            report.parallel_links = index.docstore.parallel_count()
    stats = index.docstore.stats()
    report.chunks_by_lang = stats["by_lang"]
    report.duplicates_merged = stats["occurrences"] - stats["chunks"]
    report.seconds = time.perf_counter() - started
    return report


def _sentences(files: list[PreparedFile]) -> int:
    return sum(len(p.sentences) for f in files for p in f.new)


def _prepare(index: Index, path: Path, report: IngestReport) -> PreparedFile | None:
    settings = index.settings
    key = str(path.resolve())
    side = sidecar_path(path) if path.is_file() else None
    content = (path.read_bytes() if path.is_file() else b"") + (side.read_bytes() if side else b"")
    sha = file_fingerprint(content, settings.chunk_tokens)
    report.files_read += 1
    if index.docstore.file_sha(key) == sha:
        report.files_unchanged += 1
        return None
    try:
        loaded = load_file(path, int(settings.max_file_mb * 1024 * 1024))
        doc = clean_text(loaded.text, fallback_title=loaded.html_title or path.stem)
        if not doc.paragraphs:
            raise LoadError("no text left after cleaning")
        doc.title = loaded.meta.get("title") or doc.title  # staff metadata wins over what the text suggests
        doc.published = loaded.meta.get("published") or doc.published
    except LoadError:
        report.files_read -= 1
        raise
    pieces = _merge_same_file(split_document(doc, path.name, path.stem, settings.chunk_tokens))
    new = [p for p in pieces if not index.docstore.has_chunk(p.chunk.id)]
    record = {"name": path.name, "sha": sha, "doc_id": path.stem, "title": doc.title, "published": doc.published,
              "source_org": doc.source_org, "text": doc.text, "paragraphs": len(doc.paragraphs),
              "url": loaded.meta.get("url")}
    report.paragraphs += len(doc.paragraphs)
    return PreparedFile(key, path, record, pieces, new)


def _commit(index: Index, writer: IndexWriter, files: list[PreparedFile], report: IngestReport) -> None:
    """Embed the files' new sentences in batches, then write each file through the writer."""
    if not files:
        return
    unique = list({p.chunk.id: p for f in files for p in f.new}.values())
    svecs = _embed_sentences(index, unique, report)
    writer.add_vectors([(p.chunk, svecs[p.chunk.id]) for p in unique])  # one Chroma write for the batch
    for prepared in files:
        # what is new is decided again now: an earlier file of this batch may have orphaned a shared chunk
        missing = [p for p in prepared.pieces if p.chunk.id not in svecs and not index.docstore.has_chunk(p.chunk.id)]
        if missing:
            svecs.update(_embed_sentences(index, missing, report))
        writer.replace_file(prepared.key, prepared.record,
                            [(p.chunk, p.sentences, svecs.get(p.chunk.id)) for p in prepared.pieces])


def _merge_same_file(pieces: list[SplitChunk]) -> list[SplitChunk]:
    """A paragraph repeated inside one file becomes one chunk with several occurrences."""
    merged: dict[str, SplitChunk] = {}
    for piece in pieces:
        if piece.chunk.id in merged:
            merged[piece.chunk.id].chunk.occurrences.extend(piece.chunk.occurrences)
        else:
            merged[piece.chunk.id] = piece
    return list(merged.values())


def _embed_sentences(index: Index, pieces: list[SplitChunk], report: IngestReport) -> dict[str, np.ndarray]:
    """Sentence vectors per chunk, through the content-hash cache, in batches."""
    embedder = index.embedder
    texts = {p.chunk.id: [index_text(p.chunk.text[s:e], p.chunk.kind) for s, e in p.sentences] for p in pieces}
    keys = {t: hashlib.sha1(f"{embedder.name}\x00passage\x00{t}".encode()).hexdigest()
            for sents in texts.values() for t in sents}
    cached = index.docstore.cached_vectors(list(set(keys.values())))
    todo = [t for t, k in keys.items() if k not in cached]
    batch = index.settings.embed_batch
    fresh: dict[str, np.ndarray] = {}
    for start in range(0, len(todo), batch):
        part = todo[start:start + batch]
        for text, vector in zip(part, embedder.passages(part), strict=True):
            fresh[keys[text]] = vector
    if fresh:
        index.docstore.cache_vectors(fresh)
        report.new_embeddings += len(fresh)
    vectors = {**cached, **fresh}
    # rounded as the docstore stores them, so vectors rebuilt from the docstore are identical
    return {cid: np.vstack([vectors[keys[t]] for t in sents]).astype(np.float16).astype(np.float32)
            for cid, sents in texts.items()}


def _prune(index: Index, writer: IndexWriter, report: IngestReport) -> None:
    for key in index.docstore.file_paths():
        if not Path(key).exists():
            writer.remove_file(key)
            report.files_removed += 1
