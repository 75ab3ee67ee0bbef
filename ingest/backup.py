"""`anso index export FILE` / `anso index import FILE`: a consistent snapshot of the index.

The docstore holds everything (chunks, provenance, sentence vectors, parallel links, the embedding
cache); Chroma's vectors and the BM25 index are derived from it, so a snapshot is the docstore copied
with SQLite's online backup (consistent while the server runs) plus a manifest. Import restores it
into an empty data dir and rebuilds Chroma and BM25 from it.
"""
from __future__ import annotations

import json
import sqlite3
import tarfile
import tempfile
import time
from pathlib import Path
from typing import Any

from rag.settings import Settings

FORMAT = "anso-index-snapshot/1"


class BackupError(Exception):
    pass


def export_index(settings: Settings, target: Path) -> dict[str, Any]:
    source = settings.data_dir / "docstore.sqlite"
    if not source.exists():
        raise BackupError(f"no index in {settings.data_dir} to export")
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "docstore.sqlite"
        with sqlite3.connect(str(source)) as src, sqlite3.connect(str(copy)) as dst:
            src.backup(dst)
            meta = dict(dst.execute("SELECT key, value FROM meta").fetchall())
            chunks = dst.execute("SELECT COUNT(*) FROM chunks").fetchone()[0]
        manifest = {"format": FORMAT, "embedder": meta.get("embedder"), "generation": meta.get("generation"),
                    "chunks": chunks, "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
        (Path(tmp) / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".partial")
        with tarfile.open(partial, "w:gz") as tar:
            tar.add(Path(tmp) / "manifest.json", arcname="manifest.json")
            tar.add(copy, arcname="docstore.sqlite")
        partial.replace(target)
    return manifest


def import_index(settings: Settings, source: Path) -> dict[str, Any]:
    from rag.store.index import Index

    if (settings.data_dir / "docstore.sqlite").exists():
        raise BackupError(f"{settings.data_dir} already holds an index; import into an empty data dir "
                          "(set ANSO_DATA_DIR) or run `anso index reset` first")
    try:
        with tarfile.open(source, "r:gz") as tar:
            manifest = json.loads(_member(tar, "manifest.json"))
            if manifest.get("format") != FORMAT:
                raise BackupError(f"{source} is not an ANSO index snapshot")
            settings.data_dir.mkdir(parents=True, exist_ok=True)
            (settings.data_dir / "docstore.sqlite").write_bytes(_member(tar, "docstore.sqlite"))
    except (tarfile.TarError, KeyError, OSError, json.JSONDecodeError) as exc:
        raise BackupError(f"cannot read snapshot {source}: {exc}") from None
    index = Index(settings)
    with index.writer() as writer:
        manifest["restored_vectors"] = writer.restore_vectors()
    index.close()
    return manifest


def _member(tar: tarfile.TarFile, name: str) -> bytes:
    """A regular file's bytes from the snapshot (KeyError when missing or not a file)."""
    data = tar.extractfile(name)
    if data is None:
        raise KeyError(f"{name} is not a regular file")
    with data:
        return data.read()
