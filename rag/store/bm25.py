"""Store (lexical): the BM25 side index (bm25s; jieba for Chinese, stemmed words for English).

Always built from the docstore's live chunks and saved with the docstore generation it reflects, so
it holds exactly the chunk ids the docstore and Chroma hold at that generation. Built and saved only
by a writer (``Index.refresh_bm25``, after a write); readers load the newest saved one.
"""
from __future__ import annotations

import json
import logging
import os
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from rag.text import coverage_terms, lexical_tokens

SavedToken = tuple[int, int]  # (inode, mtime in ns) of a saved index's ids.json: changes with every save


def _bm25s() -> Any:
    import bm25s

    logging.getLogger("bm25s").setLevel(logging.WARNING)  # it logs every index build at DEBUG to stderr
    return bm25s


class BM25Index:
    def __init__(self, ids: list[str], retriever: Any, generation: int, doc_freq: dict[str, int] | None = None) -> None:
        self.ids = ids
        self.retriever = retriever
        self.generation = generation
        self.vocab = retriever.vocab_dict if retriever is not None else {}
        self.doc_freq = doc_freq or {}  # over coverage_terms, for the answerer's idf weights

    @classmethod
    def build(cls, ids: list[str], texts: list[str], generation: int) -> BM25Index:
        bm25s = _bm25s()
        if not ids:
            return cls([], None, generation)
        tokens = [lexical_tokens(t) or [""] for t in texts]
        doc_freq = Counter(t for text in texts for t in coverage_terms(text))
        retriever = bm25s.BM25()
        retriever.index(tokens, show_progress=False)
        return cls(list(ids), retriever, generation, dict(doc_freq))

    def save(self, path: Path) -> None:
        tmp = path.with_name(path.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        if self.retriever is not None:
            self.retriever.save(str(tmp / "bm25"))
        meta = {"generation": self.generation, "ids": self.ids, "doc_freq": self.doc_freq}
        (tmp / "ids.json").write_text(json.dumps(meta))
        old = path.with_name(path.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if path.exists():
            os.replace(path, old)
        os.replace(tmp, path)
        shutil.rmtree(old, ignore_errors=True)

    @classmethod
    def load(cls, path: Path) -> BM25Index | None:
        bm25s = _bm25s()
        meta_file = path / "ids.json"
        if not meta_file.exists():
            return None
        meta = json.loads(meta_file.read_text())
        retriever = bm25s.BM25.load(str(path / "bm25")) if meta["ids"] else None
        return cls(meta["ids"], retriever, int(meta["generation"]), meta.get("doc_freq", {}))

    @staticmethod
    def saved_token(path: Path) -> SavedToken | None:
        """Identifies the saved index at ``path`` (None: none saved); cheap, for "is there a newer one?"."""
        try:
            stat = (path / "ids.json").stat()
        except OSError:
            return None
        return stat.st_ino, stat.st_mtime_ns

    def search(self, query: str, n: int) -> list[tuple[str, float]]:
        tokens = [t for t in lexical_tokens(query) if t in self.vocab]
        if not tokens or self.retriever is None:
            return []
        scores = self.retriever.get_scores(tokens)
        n = min(n, len(scores))
        top = np.argpartition(-scores, n - 1)[:n]
        top = top[np.argsort(-scores[top])]
        return [(self.ids[i], float(scores[i])) for i in top if scores[i] > 0]
