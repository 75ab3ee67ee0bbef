"""The docstore: SQLite beside Chroma, holding provenance and the commit point of every ingest.

A chunk is *live* when at least one file occurrence names it. Each file is replaced in one SQLite
transaction, so after any interruption every document is in its old or its new state; vectors
written to Chroma before a commit that never happened are orphans, ignored by queries and removed
by the next ingest (``reconcile``).

Threads: every thread gets its own SQLite connection (WAL: readers never wait for the writer and
see one committed state per read transaction). Live chunks are served from an in-memory map tied to
the docstore *generation* (bumped by every commit that changes what is live or how it is linked):
a reader gets the rows of exactly one generation, and after a write the next reader starts a new map.
"""
from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from rag.meta import index_text
from rag.store.connections import StoreClosed, ThreadConnections
from rag.types import Chunk, Occurrence

__all__ = ["DocStore", "StoreClosed", "StoredChunk", "chunk_vector"]

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS files (
  path TEXT PRIMARY KEY, name TEXT, sha TEXT, doc_id TEXT, title TEXT, published TEXT,
  source_org TEXT, text TEXT, paragraphs INTEGER, updated REAL);
CREATE TABLE IF NOT EXISTS chunks (
  id TEXT PRIMARY KEY, text TEXT, lang TEXT, kind TEXT, doc_id TEXT, title TEXT, published TEXT,
  source_org TEXT, sentences TEXT, svecs BLOB);
CREATE TABLE IF NOT EXISTS occurrences (
  chunk_id TEXT, path TEXT, file TEXT, paragraph INTEGER, s_from INTEGER, s_to INTEGER,
  start INTEGER, "end" INTEGER, title TEXT, PRIMARY KEY (chunk_id, path, start));
CREATE INDEX IF NOT EXISTS occ_path ON occurrences(path);
CREATE INDEX IF NOT EXISTS chunks_doc ON chunks(doc_id);
CREATE TABLE IF NOT EXISTS parallel (a TEXT, b TEXT, score REAL, PRIMARY KEY (a, b));
CREATE TABLE IF NOT EXISTS emb_cache (key TEXT PRIMARY KEY, vec BLOB);
"""
# the chunk just before / just after a chunk in the same paragraph of the same file
_NEIGHBOUR = ("SELECT n.chunk_id FROM occurrences o JOIN occurrences n "
              "ON n.path = o.path AND n.paragraph = o.paragraph "
              "WHERE o.chunk_id = ? AND {where} ORDER BY {order} LIMIT 1")
NEIGHBOUR_BEFORE = _NEIGHBOUR.format(where="n.\"end\" <= o.start", order="n.\"end\" DESC")
NEIGHBOUR_AFTER = _NEIGHBOUR.format(where="n.start >= o.\"end\"", order="n.start")
LINK_RULES_META = "parallel_rules"  # meta key: the version of the rules that made the stored parallel links
SQL_BATCH = 500  # ids per `IN (…)` query (SQLite's default limit on parameters is 999 in old builds)
# Live chunks kept in memory per generation: ~5.7 kB each for a 3-sentence e5 chunk (2.3 kB of float16
# sentence vectors, the rest text and provenance), so ~115 MB at most; only chunks queries touched are kept.
MAX_MAPPED_CHUNKS = 20_000


class StoredChunk:
    """A live chunk with what answering needs: the Chunk, its sentence spans and sentence vectors.

    ``svecs`` are float16 as stored (half the memory) and read-only: the object is shared by every
    request that reads this generation. ``svecs @ query`` gives float32 results as before."""

    __slots__ = ("chunk", "sentences", "svecs")

    def __init__(self, chunk: Chunk, sentences: list[tuple[int, int]], svecs: np.ndarray) -> None:
        self.chunk, self.sentences, self.svecs = chunk, sentences, svecs


@dataclass
class _ChunkMap:
    """Live chunks of one docstore generation, filled on demand; only ever extended under ``lock``."""

    generation: int
    chunks: dict[str, StoredChunk] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, loaded: dict[str, StoredChunk]) -> None:
        with self.lock:
            self.chunks.update(loaded)


class DocStore:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._connections = ThreadConnections(path)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.executescript(SCHEMA)
        if "url" not in {row[1] for row in self.db.execute("PRAGMA table_info(files)")}:
            self.db.execute("ALTER TABLE files ADD COLUMN url TEXT")  # the document's original address (additive)
        self._map = _ChunkMap(generation=-1)

    @property
    def db(self) -> sqlite3.Connection:
        """This thread's connection, opened on first use (never shared with another thread)."""
        return self._connections.get()

    def close(self) -> None:
        """Close every thread's connection (at shutdown; later calls raise ``StoreClosed``)."""
        self._connections.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction on this thread's connection (other writers wait, readers do not)."""
        with self._connections.write() as db:
            yield db

    def _read(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        return self._connections.read()

    # --- meta ----------------------------------------------------------------
    def get_meta(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str, db: sqlite3.Connection | None = None) -> None:
        (db or self.db).execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    @property
    def generation(self) -> int:
        """Bumped by every commit that changes the live chunks or their links."""
        return _generation(self.db)

    # --- files ---------------------------------------------------------------
    def file_sha(self, path: str) -> str | None:
        row = self.db.execute("SELECT sha FROM files WHERE path=?", (path,)).fetchone()
        return row[0] if row else None

    def file_paths(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT path FROM files")]

    def has_chunk(self, chunk_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM chunks WHERE id=?", (chunk_id,)).fetchone() is not None

    def replace_file(self, path: str, record: dict[str, Any],
                     chunks: list[tuple[Chunk, list[tuple[int, int]], np.ndarray]]) -> list[str]:
        """Atomically make ``path`` hold exactly ``chunks``; returns chunk ids no file names any more.

        Chunks already stored keep their row (their vectors in ``chunks`` are not read)."""
        with self.transaction() as db:
            db.executemany(
                "INSERT OR IGNORE INTO chunks VALUES (?,?,?,?,?,?,?,?,?,?)",
                [(c.id, c.text, c.lang, c.kind, c.doc_id, c.title, c.published, c.source_org,
                  json.dumps(sents), svecs.astype(np.float16).tobytes()) for c, sents, svecs in chunks])
            old = {r[0] for r in db.execute("SELECT chunk_id FROM occurrences WHERE path=?", (path,))}
            db.execute("DELETE FROM occurrences WHERE path=?", (path,))
            db.executemany(
                "INSERT OR REPLACE INTO occurrences VALUES (?,?,?,?,?,?,?,?,?)",
                [(c.id, path, o.file, o.paragraph, o.sentences[0], o.sentences[1], o.start, o.end, o.title)
                 for c, _, _ in chunks for o in c.occurrences])
            db.execute("INSERT OR REPLACE INTO files (path, name, sha, doc_id, title, published, source_org, text, "
                       "paragraphs, updated, url) VALUES (?,?,?,?,?,?,?,?,?,?,?)", (
                path, record["name"], record["sha"], record["doc_id"], record["title"], record["published"],
                record["source_org"], record["text"], record["paragraphs"], time.time(), record.get("url")))
            orphans = self._drop_orphans(db, old)
            self._bump(db)
        return orphans

    def remove_file(self, path: str) -> list[str]:
        with self.transaction() as db:
            old = {r[0] for r in db.execute("SELECT chunk_id FROM occurrences WHERE path=?", (path,))}
            db.execute("DELETE FROM occurrences WHERE path=?", (path,))
            db.execute("DELETE FROM files WHERE path=?", (path,))
            orphans = self._drop_orphans(db, old)
            self._bump(db)
        return orphans

    def clear(self) -> list[str]:
        """Forget every file, chunk and link and the embedder that built them; returns the chunk ids.

        The embedding cache stays (its keys name the embedder). Connections stay open: readers on
        other threads simply see an empty index from their next read on."""
        with self.transaction() as db:
            ids = [r[0] for r in db.execute("SELECT id FROM chunks")]
            for table in ("occurrences", "files", "chunks", "parallel"):
                db.execute(f"DELETE FROM {table}")
            db.execute("DELETE FROM meta WHERE key='embedder'")
            self._bump(db)
        return ids

    def _drop_orphans(self, db: sqlite3.Connection, candidates: set[str]) -> list[str]:
        orphans = [cid for cid in candidates
                   if db.execute("SELECT 1 FROM occurrences WHERE chunk_id=? LIMIT 1", (cid,)).fetchone() is None]
        db.executemany("DELETE FROM chunks WHERE id=?", [(c,) for c in orphans])
        db.executemany("DELETE FROM parallel WHERE a=? OR b=?", [(c, c) for c in orphans])
        return orphans

    def _bump(self, db: sqlite3.Connection) -> None:
        db.execute("INSERT OR REPLACE INTO meta VALUES ('generation', "
                   "CAST(COALESCE((SELECT value FROM meta WHERE key='generation'), 0) + 1 AS TEXT))")

    # --- chunks --------------------------------------------------------------
    def live_ids(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM chunks ORDER BY id")]

    def live_texts(self) -> tuple[int, list[str], list[str]]:
        """(generation, ids, index texts) of the live chunks, read together, for the BM25 index."""
        with self._read() as db:
            generation = _generation(db)
            rows = db.execute("SELECT id, text, kind FROM chunks ORDER BY id").fetchall()
        return generation, [r[0] for r in rows], [index_text(r[1], r[2]) for r in rows]

    def doc_title(self, doc_id: str) -> str:
        """The document's title ("" when it has none)."""
        with self._read() as db:
            title = db.execute("SELECT title FROM files WHERE doc_id = ? LIMIT 1", (doc_id,)).fetchone()
        return (title[0] or "") if title else ""

    def doc_lead(self, doc_id: str) -> str:
        """What a document says it is about: its title and the first sentence of its first body paragraph."""
        with self._read() as db:
            title = db.execute("SELECT title FROM files WHERE doc_id = ? LIMIT 1", (doc_id,)).fetchone()
            first = db.execute(
                "SELECT c.text, c.sentences FROM chunks c JOIN occurrences o ON o.chunk_id = c.id "
                "WHERE c.doc_id = ? AND c.kind = 'body' ORDER BY o.start LIMIT 1", (doc_id,)).fetchone()
        lead = [title[0] or ""] if title else []
        if first:
            spans = json.loads(first[1])
            lead.append(first[0][spans[0][0]:spans[0][1]] if spans else first[0])
        return " ".join(lead)

    def meta_ids(self, doc_ids: list[str]) -> list[str]:
        """Ids of the meta chunks (datelines, source lines) of these documents, in id order."""
        if not doc_ids:
            return []
        marks = ",".join("?" * len(doc_ids))
        with self._read() as db:
            rows = db.execute(f"SELECT id FROM chunks WHERE kind = 'meta' AND doc_id IN ({marks}) ORDER BY id",
                              list(doc_ids)).fetchall()
        return [r[0] for r in rows]

    def neighbour_ids(self, chunk_ids: list[str]) -> list[str]:
        """Ids of the chunks just before and just after these ones in the same paragraph (a long paragraph is split
        into several chunks; the sentence that answers may sit in the next one), in the order of ``chunk_ids``."""
        out: list[str] = []
        with self._read() as db:
            for cid in chunk_ids:
                for side in (NEIGHBOUR_BEFORE, NEIGHBOUR_AFTER):
                    out += [r[0] for r in db.execute(side, (cid,)).fetchall() if r[0] != cid]
        return list(dict.fromkeys(out))

    def get(self, ids: list[str]) -> dict[str, StoredChunk]:
        """Live chunks by id, all of one generation (ids that are not live are left out).

        A dict lookup once the chunks were read in this generation; SQLite only for the others."""
        wanted = list(dict.fromkeys(ids))
        with self._read() as db:
            chunk_map = self._map_for(_generation(db))
            missing = [i for i in wanted if i not in chunk_map.chunks]
            for start in range(0, len(missing), SQL_BATCH):
                chunk_map.add(_load(db, missing[start:start + SQL_BATCH]))
        found = chunk_map.chunks
        return {i: found[i] for i in wanted if i in found}

    def _map_for(self, generation: int) -> _ChunkMap:
        current = self._map
        if current.generation == generation and len(current.chunks) < MAX_MAPPED_CHUNKS:
            return current
        if generation < current.generation:  # a reader still on an older state: a private map
            return _ChunkMap(generation)
        fresh = _ChunkMap(generation)
        self._map = fresh  # one atomic swap; readers holding the old map keep a consistent one
        return fresh

    def chunk_vectors(self) -> tuple[list[str], list[str], list[str], np.ndarray]:
        """(ids, langs, paths-of-first-occurrence, chunk vectors) for parallel linking."""
        rows = self.db.execute(
            "SELECT c.id, c.lang, MIN(o.path || char(0) || printf('%09d', o.start)), c.svecs, c.sentences "
            "FROM chunks c JOIN occurrences o ON o.chunk_id = c.id GROUP BY c.id").fetchall()
        vectors = [chunk_vector(_svecs(r[3], len(json.loads(r[4])))) for r in rows]
        matrix = np.vstack(vectors) if vectors else np.zeros((0, 1), dtype=np.float32)
        return [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows], matrix

    def file_sections(self) -> dict[str, list[tuple[str, str]]]:
        """path → [(chunk_id, lang)] of body and heading chunks, in document order."""
        out: dict[str, list[tuple[str, str]]] = {}
        for path, cid, lang in self.db.execute(
                "SELECT o.path, o.chunk_id, c.lang FROM occurrences o JOIN chunks c ON c.id = o.chunk_id "
                "WHERE c.kind != 'meta' ORDER BY o.path, o.start"):
            out.setdefault(path, []).append((cid, lang))
        return out

    def set_parallel(self, links: list[tuple[str, str, float]], rules: str) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM parallel")
            db.executemany("INSERT OR REPLACE INTO parallel VALUES (?,?,?)", links)
            self.set_meta(LINK_RULES_META, rules, db)
            self._bump(db)  # the chunks' `parallel` lists changed

    def link_rules(self) -> str | None:
        """The version of the linking rules the stored parallel links were made by (None before they were versioned)."""
        return self.get_meta(LINK_RULES_META)

    def parallel_count(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM parallel WHERE a < b").fetchone()[0])

    # --- embedding cache -----------------------------------------------------
    def cached_vectors(self, keys: list[str]) -> dict[str, np.ndarray]:
        out = {}
        for start in range(0, len(keys), SQL_BATCH):
            part = keys[start:start + SQL_BATCH]
            marks = ",".join("?" * len(part))
            for key, blob in self.db.execute(f"SELECT key, vec FROM emb_cache WHERE key IN ({marks})", part):
                out[key] = np.frombuffer(blob, dtype=np.float32)
        return out

    def cache_vectors(self, items: dict[str, np.ndarray]) -> None:
        with self.transaction() as db:
            db.executemany("INSERT OR REPLACE INTO emb_cache VALUES (?, ?)",
                           [(k, v.astype(np.float32).tobytes()) for k, v in items.items()])

    # --- stats ---------------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        with self._read() as db:
            by_lang = dict(db.execute("SELECT lang, COUNT(*) FROM chunks GROUP BY lang").fetchall())
            return {
                "chunks": sum(by_lang.values()),
                "documents": db.execute("SELECT COUNT(*) FROM files").fetchone()[0],
                "by_lang": {"en": by_lang.get("en", 0), "zh": by_lang.get("zh", 0)},
                "occurrences": db.execute("SELECT COUNT(*) FROM occurrences").fetchone()[0],
                "parallel_links": self.parallel_count(),
                "files": [dict(zip(("name", "title", "published", "paragraphs"), r, strict=True)) for r in
                          db.execute("SELECT name, title, published, paragraphs FROM files ORDER BY name")],
            }


def _generation(db: sqlite3.Connection) -> int:
    row = db.execute("SELECT value FROM meta WHERE key='generation'").fetchone()
    return int(row[0]) if row else 0


def _svecs(blob: bytes, sentences: int) -> np.ndarray:
    """Sentence vectors as stored: float16, read-only (``np.frombuffer`` over the row's bytes)."""
    return np.frombuffer(blob, dtype=np.float16).reshape(sentences, -1)


def _load(db: sqlite3.Connection, ids: list[str]) -> dict[str, StoredChunk]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = db.execute(f"SELECT * FROM chunks WHERE id IN ({marks})", ids).fetchall()
    occ: dict[str, list[Occurrence]] = {}
    for r in db.execute(f"SELECT * FROM occurrences WHERE chunk_id IN ({marks}) ORDER BY file, start", ids):
        occ.setdefault(r[0], []).append(Occurrence(file=r[2], paragraph=r[3], sentences=(r[4], r[5]),
                                                   start=r[6], end=r[7], title=r[8] or ""))
    par: dict[str, list[str]] = {}
    for a, b in db.execute(f"SELECT a, b FROM parallel WHERE a IN ({marks}) ORDER BY score DESC", ids):
        par.setdefault(a, []).append(b)
    out = {}
    for r in rows:
        sentences = [(int(s), int(e)) for s, e in json.loads(r[8])]
        chunk = Chunk(id=r[0], text=r[1], lang=r[2], kind=r[3], doc_id=r[4], title=r[5] or "", published=r[6],
                      source_org=r[7], occurrences=occ.get(r[0], []), parallel=par.get(r[0], []))
        out[r[0]] = StoredChunk(chunk, sentences, _svecs(r[9], len(sentences)))
    return out


def chunk_vector(svecs: np.ndarray) -> np.ndarray:
    """The chunk's vector: the normalised mean of its sentence vectors (computed in float32)."""
    mean = np.asarray(svecs, dtype=np.float32).mean(axis=0)
    return (mean / max(float(np.linalg.norm(mean)), 1e-12)).astype(np.float32)
