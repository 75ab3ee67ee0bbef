"""Chinese word segmentation by jieba without loading its whole dictionary at start.

``jieba.initialize()`` unmarshals a prefix dictionary of ~580k entries (about 1 s) before the first
word is cut, although one question only looks up a few dozen of them. Here jieba's own ``Tokenizer``
does the cutting (same DAG, same route, same HMM for unknown words, so the same words), but its
``FREQ`` mapping reads the entries it needs from a SQLite copy of that prefix dictionary, built once
per jieba version in the user's cache directory. After many look-ups (bulk tokenising at ingest) the
whole table is read into memory once, so long jobs run at jieba's usual speed.

Part-of-speech tagging (``jieba.posseg``) is served the same way: its tag table (word → tag, read from the
whole dictionary file when ``jieba.posseg`` is imported) comes from a second table of the same SQLite file, and
its tokenizer is the on-demand one above — the first Chinese question no longer pays 1–3 s of loading.
"""
from __future__ import annotations

import io
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
SCHEMA_VERSION = 2  # bump when the table layout changes (old files are then ignored); 2: the tag table
TABLES = {"freq": "freq", "tag": "tag"}  # table → value column (a fixed set: no name is interpolated from input)


class OnDemandTable:
    """The subset of ``dict`` jieba uses on its word tables (``in``, ``[]``, ``get``), read on demand from one
    table of the SQLite copy."""

    def __init__(self, path: Path, table: str = "freq") -> None:
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        self._memo: dict[str, int | str | None] = {}
        self._misses = 0
        self._complete = False
        self._table, self._column = table, TABLES[table]
        self.path = path

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

    def _lookup(self, word: str):
        if self._complete:
            return None
        with self._lock:
            self._misses += 1
            if self._misses > BULK_AFTER_MISSES:
                self._memo.update(self._db.execute(f"SELECT word, {self._column} FROM {self._table}"))
                self._complete = True
                return self._memo.get(word)
            row = self._db.execute(f"SELECT {self._column} FROM {self._table} WHERE word=?", (word,)).fetchone()
        value = row[0] if row else None
        self._memo[word] = value
        return value


class PrefixDict(OnDemandTable):
    """jieba's ``Tokenizer.FREQ`` (word → frequency, 0 for bare prefixes) and its ``total``."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, "freq")
        self.total = int(self._db.execute("SELECT value FROM meta WHERE key='total'").fetchone()[0])

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
    """Write jieba's prefix dictionary (word → frequency, 0 for bare prefixes) and its part-of-speech tags (word →
    tag, as ``jieba.posseg`` reads them) to SQLite, atomically."""
    freq, total = jieba.Tokenizer.gen_pfdict(jieba.get_dict_file())
    tags = _word_tags(jieba.get_dict_file())
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(fd)
    try:
        db = sqlite3.connect(tmp)
        db.execute("CREATE TABLE freq (word TEXT PRIMARY KEY, freq INTEGER) WITHOUT ROWID")
        db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        db.executemany("INSERT INTO freq VALUES (?, ?)", freq.items())
        db.execute("CREATE TABLE tag (word TEXT PRIMARY KEY, tag TEXT) WITHOUT ROWID")
        db.executemany("INSERT INTO tag VALUES (?, ?)", tags.items())
        db.execute("INSERT INTO meta VALUES ('total', ?)", (str(total),))
        db.commit()
        db.close()
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)


def _word_tags(dictionary) -> dict[str, str]:
    """word → tag from jieba's dictionary file ("word freq tag" lines), the last line of a word winning as in
    ``jieba.posseg.POSTokenizer.load_word_tag``."""
    tags: dict[str, str] = {}
    with dictionary:
        for line in dictionary:
            fields = line.strip().decode("utf-8").split(" ")
            if len(fields) == 3:
                tags[fields[0]] = fields[2]
    return tags


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


def pos_tokenizer(tok):
    """A ``jieba.posseg.POSTokenizer`` cutting with ``tok`` and reading tags on demand (jieba's own tag table when
    ``tok`` loaded the whole dictionary). Importing ``jieba.posseg`` builds its module-level tagger from the whole
    dictionary file: that tagger is replaced by this one, so ``jieba.posseg.cut`` gives the same words and tags."""
    posseg = _import_posseg()
    if not isinstance(tok.FREQ, PrefixDict):
        tagger = posseg.POSTokenizer(tok)
    else:
        tagger = posseg.POSTokenizer.__new__(posseg.POSTokenizer)  # its __init__ only reads the whole tag table
        tagger.tokenizer = tok
        tagger.word_tag_tab = OnDemandTable(tok.FREQ.path, "tag")
    posseg.dt = tagger
    return tagger


def _import_posseg():
    """``import jieba.posseg`` without reading the dictionary file for the module-level tagger it builds."""
    jieba = import_jieba()
    if "jieba.posseg" in sys.modules:
        return sys.modules["jieba.posseg"]
    jieba.dt.get_dict_file = lambda: io.BytesIO()  # shadows the method during the import only
    try:
        import jieba.posseg as posseg
    finally:
        del jieba.dt.get_dict_file
    return posseg
