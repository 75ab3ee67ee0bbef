"""Parallel versions are texts that say the same thing, not texts on a similar topic: a Chinese training report and an
English meeting announcement are never linked as each other's "other-language version" (their numbers differ),
while a zh/en pair of one page is. Real embedder."""
import pytest

from ingest.parallel import _numbers_agree
from tests.test_page_meta import FORUM_EN, SEISMIC_ZH

PAIR_EN = """# Drylands Network 🌵

The Drylands Network was launched in Urumqi in May 2017 and has 14 member institutions in 9 countries.

In 2021 it trained 120 technicians and funded 7 projects with CNY 3.4 million.
"""
PAIR_ZH = """# 干旱区网络 🌵

干旱区网络于2017年5月在乌鲁木齐启动，现有来自9个国家的14家成员机构。

2021年，网络培训技术人员120名，资助项目7项，资助金额340万元人民币。
"""


@pytest.mark.unit
def test_sections_with_enough_numbers_must_share_them():
    assert _numbers_agree(frozenset({"2017", "14", "9"}), frozenset({"2017", "14", "9", "5"}))
    assert not _numbers_agree(frozenset({"2021", "6", "1", "28", "14"}), frozenset({"2022", "8", "10", "60", "20"}))
    assert _numbers_agree(frozenset({"1"}), frozenset({"2022", "8", "10"}))  # too few numbers to tell


@pytest.mark.integration
def test_only_versions_of_one_page_are_linked(tmp_path):
    from ingest.pipeline import ingest_paths
    from rag.store.index import Index
    from tests.conftest import make_settings

    files = {"seismic.txt": SEISMIC_ZH, "ysf.txt": FORUM_EN, "drylands.en.md": PAIR_EN, "drylands.zh.md": PAIR_ZH}
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    index = Index(make_settings(tmp_path / "data"))
    try:
        assert ingest_paths(index, [tmp_path / n for n in files], progress=False).ok
        chunks = index.docstore.get(index.docstore.live_ids())
        by_doc = {c.chunk.id: c.chunk.doc_id for c in chunks.values()}
        linked = {(by_doc[c.chunk.id], by_doc[p]) for c in chunks.values() for p in c.chunk.parallel if p in by_doc}
        assert ("drylands.en", "drylands.zh") in linked
        assert not {pair for pair in linked if "seismic" in pair or "ysf" in pair}, linked
    finally:
        index.close()
