"""Builds beside the live index (ingest/rebuild.py): the pointer moves only to a complete index."""
from __future__ import annotations

import pytest

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def test_delete_builds_beside_and_a_failed_build_changes_nothing(corpus_copy, tmp_path):
    from ingest.rebuild import INDEXES, Change, build_beside, live_settings, make_live, open_live_index, read_pointer
    from tests.conftest import make_settings

    settings = make_settings(corpus_copy)
    live = open_live_index(settings)
    files = live.docstore.file_paths()
    chunks = live.docstore.stats()["chunks"]
    built = build_beside(settings, Change(remove=[files[0]]), embedder=live.embedder)
    assert read_pointer(corpus_copy) is None and live.docstore.stats()["chunks"] == chunks  # live index untouched
    make_live(settings, built.name)
    assert read_pointer(corpus_copy) == built.name
    assert live_settings(settings).data_dir == corpus_copy / INDEXES / built.name
    assert built.index.docstore.file_paths() == files[1:] and built.index.vectors.count() == built.index.docstore.stats()["chunks"]
    upload = tmp_path / "新文件 🎉.md"
    upload.write_text("# 新闻\n\n联盟于2023年在昆明举办了冰川培训班。\n", encoding="utf-8")

    def crash(*_):
        raise OSError("disk full (simulated)")

    with pytest.raises(OSError):
        build_beside(settings, Change(add=[upload]), embedder=live.embedder, on_progress=crash)
    assert read_pointer(corpus_copy) == built.name
    assert [p.name for p in (corpus_copy / INDEXES).iterdir()] == [built.name]  # the half-built one is gone
    reopened = open_live_index(settings, embedder=live.embedder)
    assert reopened.docstore.file_paths() == files[1:]
