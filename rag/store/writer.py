"""The index's write protocol, in one place (ingest, `anso index import`, the benchmark's synthetic stores).

For every file: its new chunks' vectors go to Chroma first, then the docstore commits the file (the
commit point), then vectors no file names any more are removed. When the writer finishes, the
embedder is recorded and the BM25 index is refreshed (built from the docstore and saved).

A kill at any step leaves every file in its old or its new state: vectors written before a commit
that never happened are orphans, ignored by queries and removed by ``Index.reconcile``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from rag.store.docstore import chunk_vector
from rag.types import Chunk

if TYPE_CHECKING:
    from rag.store.index import Index

Row = tuple[Chunk, list[tuple[int, int]], "np.ndarray | None"]  # chunk, sentence spans, sentence vectors


class IndexWriter:
    """Made by ``Index.writer()`` (which holds the index's write lock); not shared between threads."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self.changed = False  # anything committed that changes what is live or linked
        self._written: set[str] = set()  # chunk ids whose vectors this writer has put into Chroma

    def add_vectors(self, chunks: list[tuple[Chunk, np.ndarray]]) -> None:
        """Put chunk vectors (from sentence vectors) into Chroma ahead of their commits, in one batch."""
        todo = list({c.id: (c, v) for c, v in chunks if c.id not in self._written}.values())
        if not todo:
            return
        self.index.vectors.upsert([c.id for c, _ in todo], np.vstack([chunk_vector(v) for _, v in todo]),
                                  [c.text for c, _ in todo], [chroma_metadata(c) for c, _ in todo])
        self._written.update(c.id for c, _ in todo)

    def replace_file(self, key: str, record: dict[str, Any], rows: list[Row]) -> list[str]:
        """Make file ``key`` hold exactly ``rows``; returns the chunk ids that are no longer live.

        Chunks the docstore does not hold yet need their sentence vectors; the others' are not read."""
        docstore = self.index.docstore
        new = [(c, v) for c, _, v in rows if not docstore.has_chunk(c.id)]
        lacking = [c.id for c, v in new if v is None]
        if lacking:
            raise ValueError(f"{key}: sentence vectors missing for new chunks {lacking[:3]}")
        self.add_vectors([(c, v) for c, v in new if v is not None])
        stored = [(c, s, v if v is not None else np.zeros((len(s), 1), np.float32)) for c, s, v in rows]
        return self._drop(docstore.replace_file(key, record, stored))

    def remove_file(self, key: str) -> list[str]:
        return self._drop(self.index.docstore.remove_file(key))

    def set_parallel(self, links: list[tuple[str, str, float]], rules: str) -> None:
        """Replace every parallel link with ``links``, made under the linking rules named ``rules``."""
        self.index.docstore.set_parallel(links, rules)
        self.changed = True

    def restore_vectors(self) -> int:
        """Chroma rebuilt from the docstore's sentence vectors (after restoring a docstore snapshot)."""
        self.index.vectors.delete(self.index.vectors.ids())
        live = self.index.docstore.live_ids()
        self.index.upsert_vectors(live)
        self.changed = True
        return len(live)

    def _drop(self, orphans: list[str]) -> list[str]:
        self.index.vectors.delete(orphans)
        self._written.difference_update(orphans)  # a later file of this writer may bring one back
        self.changed = True
        return orphans

    def finish(self) -> None:
        """Record the embedder and refresh BM25 when anything changed (or they are missing)."""
        if self.changed or self.index.docstore.get_meta("embedder") is None:
            self.index.record_embedder()
        if self.changed or not self.index.bm25_is_current():
            self.index.refresh_bm25()


def chroma_metadata(chunk: Chunk) -> dict[str, Any]:
    """What Chroma keeps beside a chunk's vector (the docstore stays the source of truth)."""
    first = chunk.occurrences[0] if chunk.occurrences else None
    return {"lang": chunk.lang, "doc_id": chunk.doc_id, "title": chunk.title, "kind": chunk.kind,
            "file": first.file if first else "", "paragraph": first.paragraph if first else 0,
            "published": chunk.published or ""}
