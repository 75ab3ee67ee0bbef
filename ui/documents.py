"""Read-only views of the live index for the page and the staff tab (documents, their chunks, metadata).

Each call opens its own short read-only SQLite connection to the index's docstore file, so these views never
share a connection with request threads and never write."""
from __future__ import annotations

import json
import logging
import sqlite3
from contextlib import closing
from pathlib import Path

from ui.render import DocInfo

log = logging.getLogger(__name__)


def _connect(index) -> sqlite3.Connection:
    path = Path(index.docstore.path)
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)


def _columns(db: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in db.execute(f"PRAGMA table_info({table})")}


def doc_infos(index) -> dict[str, DocInfo]:
    """file name → title, date and original URL."""
    try:
        with closing(_connect(index)) as db:
            url = "url" if "url" in _columns(db, "files") else "NULL"
            rows = db.execute(f"SELECT name, title, published, {url} FROM files").fetchall()
    except sqlite3.Error as exc:
        log.info("document metadata unavailable: %s", exc)
        return {}
    return {name: DocInfo(title or "", published, link) for name, title, published, link in rows}


def documents(index) -> list[dict]:
    """One row per indexed file: path, name, title, language, date, chunks, parallel links, when ingested."""
    with closing(_connect(index)) as db:
        url = "f.url" if "url" in _columns(db, "files") else "NULL"
        rows = db.execute(
            f"SELECT f.path, f.name, f.title, f.published, f.updated, {url}, f.paragraphs, "
            "  (SELECT COUNT(DISTINCT o.chunk_id) FROM occurrences o WHERE o.path = f.path), "
            "  (SELECT GROUP_CONCAT(lang) FROM (SELECT DISTINCT c.lang FROM occurrences o "
            "     JOIN chunks c ON c.id = o.chunk_id WHERE o.path = f.path)), "
            "  (SELECT COUNT(DISTINCT p.a) FROM parallel p JOIN occurrences o ON o.chunk_id = p.a "
            "     WHERE o.path = f.path) "
            "FROM files f ORDER BY f.name").fetchall()
    return [{"path": r[0], "name": r[1], "title": r[2] or "", "published": r[3] or "", "updated": r[4], "url": r[5],
             "paragraphs": r[6], "chunks": r[7], "langs": sorted((r[8] or "").split(",")) if r[8] else [],
             "parallel": r[9]} for r in rows]


def document_chunks(index, path: str) -> list[dict]:
    """The chunks of one file in document order, each with the chunk it is linked to in the other language."""
    with closing(_connect(index)) as db:
        rows = db.execute(
            "SELECT o.chunk_id, o.paragraph, o.s_from, o.s_to, c.kind, c.lang, c.text FROM occurrences o "
            "JOIN chunks c ON c.id = o.chunk_id WHERE o.path = ? ORDER BY o.start", (path,)).fetchall()
        out = []
        for cid, paragraph, s_from, s_to, kind, lang, text in rows:
            link = db.execute("SELECT c.id, c.lang, c.text, p.score FROM parallel p JOIN chunks c ON c.id = p.b "
                              "WHERE p.a = ? ORDER BY p.score DESC LIMIT 1", (cid,)).fetchone()
            out.append({"id": cid, "paragraph": paragraph, "sentences": (s_from, s_to), "kind": kind, "lang": lang,
                        "text": text, "linked": {"id": link[0], "lang": link[1], "text": link[2], "score": link[3]}
                        if link else None})
    return out


def chunk_places(index, chunk_ids: list[str]) -> dict[str, str]:
    """chunk id → 'file ¶n' of its first occurrence (for the feedback table)."""
    if not chunk_ids:
        return {}
    marks = ",".join("?" * len(chunk_ids))
    with closing(_connect(index)) as db:
        rows = db.execute(f"SELECT chunk_id, MIN(file || ' ¶' || paragraph) FROM occurrences "
                          f"WHERE chunk_id IN ({marks}) GROUP BY chunk_id", chunk_ids).fetchall()
    return dict(rows)


def cited_ids(feedback_rows: list[dict]) -> list[str]:
    ids: list[str] = []
    for row in feedback_rows:
        try:
            ids += json.loads(row.get("chunk_ids") or "[]")
        except ValueError:
            continue
    return list(dict.fromkeys(ids))
