"""Chinese word segmentation by jieba without loading its whole dictionary at start.

``jieba.initialize()`` unmarshals a prefix dictionary of ~580k entries (about 1 s) before the first
word is cut, although one question only looks up a few dozen of them. Here jieba's own ``Tokenizer``
does the cutting (same DAG, same route, same HMM for unknown words, so the same words), but its
``FREQ`` mapping reads the entries it needs from a SQLite copy of that prefix dictionary, built once
per jieba version in the user's cache directory. After many look-ups (bulk tokenising at ingest) the
whole table is read into memory once, so long jobs run at jieba's usual speed.
"""
from __future__ import annotations

import logging
import os
import sqlite3
import sys
import tempfile
import threading
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger(__name__)

BULK_AFTER_MISSES = 20_000  # look-ups that missed the memo before the whole table is read into memory
SQL_BATCH = 900  # words per batched look-up (SQLite allows 999 parameters by default)
SCHEMA_VERSION = 1  # bump when the table layout changes (old files are then ignored)


class PrefixDict:
    """The subset of ``dict`` jieba's ``Tokenizer`` uses on ``FREQ`` (``in``, ``[]``, ``get``), read on demand."""

    def __init__(self, path: Path) -> None:
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        self._memo: dict[str, int | None] = {}
        self._misses = 0
        self._complete = False
        self.total = int(self._db.execute("SELECT value FROM meta WHERE key='total'").fetchone()[0])

    def get(self, word: str, default=None):
        try:
            value = self._memo[word]
        except KeyError:
            value = self._lookup(word)
        return default if value is None else value

    def __contains__(self, word: str) -> bool:
        return self.get(word) is not None

    def __getitem__(self, word: str) -> int:
        value = self.get(word)
        if value is None:
            raise KeyError(word)
        return value

    def frequencies(self, words: Iterable[str]) -> dict[str, int]:
        """The frequencies of those of ``words`` that are in the dictionary, read in a few batched queries."""
        words = list(dict.fromkeys(words))
        out: dict[str, int] = {}
        with self._lock:
            for start in range(0, len(words), SQL_BATCH):
                batch = words[start:start + SQL_BATCH]
                marks = ",".join("?" * len(batch))
                out.update(self._db.execute(f"SELECT word, freq FROM freq WHERE word IN ({marks})", batch))
        return out

    def _lookup(self, word: str) -> int | None:
        if self._complete:
            return None
        with self._lock:
            self._misses += 1
            if self._misses > BULK_AFTER_MISSES:
                self._memo.update(self._db.execute("SELECT word, freq FROM freq"))
                self._complete = True
                return self._memo.get(word)
            row = self._db.execute("SELECT freq FROM freq WHERE word=?", (word,)).fetchone()
        value = row[0] if row else None
        self._memo[word] = value
        return value


def cache_dir() -> Path:
    """``$XDG_CACHE_HOME/anso`` (else ``~/.cache/anso``), falling back to the temp directory."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    target = Path(base) / "anso"
    try:
        target.mkdir(parents=True, exist_ok=True)
        return target
    except OSError:
        return Path(tempfile.gettempdir())


def prefix_dict_path(jieba) -> Path:
    source = Path(jieba.get_dict_file().name)
    stamp = f"{jieba.__version__}-{source.stat().st_size}-v{SCHEMA_VERSION}"
    return cache_dir() / f"jieba-prefix-{stamp}.sqlite"


def build_prefix_dict(jieba, path: Path) -> None:
    """Write jieba's prefix dictionary (word → frequency, 0 for bare prefixes) to SQLite, atomically."""
    freq, total = jieba.Tokenizer.gen_pfdict(jieba.get_dict_file())
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(fd)
    try:
        db = sqlite3.connect(tmp)
        db.execute("CREATE TABLE freq (word TEXT PRIMARY KEY, freq INTEGER) WITHOUT ROWID")
        db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        db.executemany("INSERT INTO freq VALUES (?, ?)", freq.items())
        db.execute("INSERT INTO meta VALUES ('total', ?)", (str(total),))
        db.commit()
        db.close()
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)


def import_jieba():
    """``import jieba`` without ``pkg_resources``: jieba imports it (~0.2 s, deprecated) only to open its own
    data files and opens them directly when it is missing, so it is hidden during the import (unless
    something already loaded it)."""
    if "pkg_resources" in sys.modules or "jieba" in sys.modules:
        import jieba

        return jieba
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # `import pkg_resources` → ImportError
    try:
        import jieba
    finally:
        del sys.modules["pkg_resources"]
    return jieba


def tokenizer():
    """A jieba ``Tokenizer`` whose dictionary is read on demand (jieba's own loading if SQLite fails)."""
    jieba = import_jieba()
    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    try:
        path = prefix_dict_path(jieba)
        if not path.exists():
            build_prefix_dict(jieba, path)
        freq = PrefixDict(path)
    except (OSError, sqlite3.Error) as exc:
        log.warning("jieba's on-demand dictionary is unavailable (%s); loading the whole dictionary", exc)
        tok.initialize()
        return tok
    tok.FREQ, tok.total, tok.initialized = freq, freq.total, True
    return tok
