"""Feedback and unanswered questions, in SQLite in the data dir."""
from __future__ import annotations

import csv
import io
import json
import sqlite3
import threading
import time
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (id INTEGER PRIMARY KEY, time REAL, question TEXT, answer TEXT,
  chunk_ids TEXT, mode TEXT, rating TEXT, comment TEXT, language TEXT);
CREATE TABLE IF NOT EXISTS unanswered (id INTEGER PRIMARY KEY, time REAL, question TEXT, language TEXT, mode TEXT);
"""
COLUMNS = ["id", "time", "question", "answer", "chunk_ids", "mode", "rating", "comment", "language"]


class FeedbackStore:
    def __init__(self, data_dir: Path) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(data_dir / "feedback.sqlite"), check_same_thread=False, timeout=30)
        self.db.executescript(SCHEMA)
        self.lock = threading.Lock()

    def add(self, answer: dict, rating: str | None, comment: str = "") -> None:
        chunk_ids = [c["chunk_id"] for c in answer.get("citations", [])]
        with self.lock, self.db:
            self.db.execute("INSERT INTO feedback (time, question, answer, chunk_ids, mode, rating, comment, language) "
                            "VALUES (?,?,?,?,?,?,?,?)",
                            (time.time(), answer.get("question", ""), answer.get("answer", ""), json.dumps(chunk_ids),
                             answer.get("mode", ""), rating, comment[:2000], answer.get("language", "")))

    def log_unanswered(self, question: str, language: str, mode: str) -> None:
        with self.lock, self.db:
            self.db.execute("INSERT INTO unanswered (time, question, language, mode) VALUES (?,?,?,?)",
                            (time.time(), question[:2000], language, mode))

    def feedback_rows(self, limit: int = 500) -> list[dict]:
        with self.lock:
            rows = self.db.execute(f"SELECT {', '.join(COLUMNS)} FROM feedback ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
        return [dict(zip(COLUMNS, r)) for r in rows]

    def unanswered_rows(self, limit: int = 500) -> list[dict]:
        with self.lock:
            rows = self.db.execute("SELECT question, language, COUNT(*), MAX(time) FROM unanswered "
                                   "GROUP BY question ORDER BY COUNT(*) DESC, MAX(time) DESC LIMIT ?", (limit,)).fetchall()
        return [{"question": q, "language": lang, "count": n, "last": last} for q, lang, n, last in rows]

    def export(self, fmt: str) -> str:
        rows = self.feedback_rows(limit=10**9)
        if fmt == "jsonl":
            return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
        return out.getvalue()
