"""SQLite connections, one per thread: a thread never uses another's connection, so request threads
never share cursor or transaction state; WAL mode lets them read while one writer writes."""
from __future__ import annotations

import sqlite3
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

BUSY_TIMEOUT_S = 30  # how long a writer waits for another process's write transaction


class StoreClosed(RuntimeError):
    """The store was closed (the process is shutting down); open a new one."""


class ThreadConnections:
    """Connections to one SQLite file, opened per thread on first use and closed when their thread
    has ended (checked whenever a new one opens) or all at once by ``close``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._open: list[tuple[weakref.ref[threading.Thread], sqlite3.Connection]] = []
        self._lock = threading.Lock()
        self._closed = False

    def get(self) -> sqlite3.Connection:
        """This thread's connection."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None or self._closed:
            conn = self._connect()
            self._local.conn = conn
        return conn

    def _connect(self) -> sqlite3.Connection:
        with self._lock:
            if self._closed:
                raise StoreClosed(f"the store {self.path} is closed")
            alive = []
            for thread, conn in self._open:  # threads that ended leave their connection behind: close it
                if (owner := thread()) is not None and owner.is_alive():
                    alive.append((thread, conn))
                else:
                    conn.close()
            conn = sqlite3.connect(str(self.path), check_same_thread=False, isolation_level=None,
                                   timeout=BUSY_TIMEOUT_S)
            conn.execute("PRAGMA synchronous=NORMAL")
            alive.append((weakref.ref(threading.current_thread()), conn))
            self._open = alive
        return conn

    def close(self) -> None:
        """Close every thread's connection (at shutdown; later use raises ``StoreClosed``)."""
        with self._lock:
            self._closed = True
            for _, conn in self._open:
                conn.close()
            self._open = []

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction on this thread's connection (other writers wait, readers do not)."""
        db = self.get()
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A read transaction: every query inside sees the same committed state."""
        db = self.get()
        if db.in_transaction:
            yield db
            return
        db.execute("BEGIN")
        try:
            yield db
        finally:
            db.execute("COMMIT")
