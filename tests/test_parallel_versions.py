"""Parallel versions are texts that say the same thing, not texts on a similar topic: a Chinese training report and an
English meeting announcement are never linked as each other's "other-language version" (their numbers differ),
while a zh/en pair of one page is. Real embedder."""
import pytest

from ingest.parallel import _numbers_agree, figures
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


@pytest.mark.unit
def test_figures_are_values_not_digit_runs():
    en = "Running costs were USD 684,000 🌋: USD 300,000 from ANSO; 1,146 visitors; uptime 97.8%; CNY 3.4 million."
    zh = "运行经费68.4万美元🌋，其中30万美元来自联盟；访客1146人；运行率97.8%；资助340万元人民币。"
    assert figures(en) == figures(zh) == {"684000", "300000", "1146", "97.8", "3400000"}
    # days, months, small counts and years identify no text
    assert figures("2026年9月17日（星期四）14:00, 9 countries, 31 scientists, 6 November 2026") == set()
    assert figures("Tel. +86 10 6859 7216") == figures("MKAO 电话+86-10-6859 7216") == {"86", "6859", "7216"}


@pytest.mark.unit
def test_texts_of_one_season_with_other_figures_are_not_versions():
    """A cruise report and a meeting's minutes share their year, days and small counts, not their figures."""
    cruise = ("On Friday, 6 November 2026 48 scientists from nine countries left Sanya on the 52-day cruise; it "
              "will take samples at 86 stations; more than 400 million people live around the Bay of Bengal. 🚢")
    minutes = ("2026年9月17日会议在北京召开，现有来自15个国家的19名成员；共收回问卷64份，回收率为82%，"
               "41%的成员单位尚未设立机构；培训班规模40人。联系电话010-6859 7216。")
    assert not _numbers_agree(frozenset(figures(cruise)), frozenset(figures(minutes)))
    assert _numbers_agree(frozenset(figures(PAIR_EN)), frozenset(figures(PAIR_ZH)))


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


@pytest.mark.integration
def test_links_made_under_older_rules_are_remade_on_the_next_ingest(tmp_path):
    """An index linked by an older release (its links stale, or unversioned) is relinked by the next ingest even when
    no file changed; a later ingest with nothing new leaves the links alone."""
    from ingest.parallel import LINK_RULES
    from ingest.pipeline import ingest_paths
    from rag.store.index import Index
    from tests.conftest import make_settings

    files = {"drylands.en.md": PAIR_EN, "drylands.zh.md": PAIR_ZH, "ysf.txt": FORUM_EN}
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    paths = [tmp_path / n for n in files]
    index = Index(make_settings(tmp_path / "data"))
    try:
        first = ingest_paths(index, paths, progress=False)
        assert first.parallel_links > 0 and index.docstore.link_rules() == LINK_RULES
        chunks = index.docstore.get(index.docstore.live_ids())
        forum = next(c.chunk.id for c in chunks.values() if c.chunk.doc_id == "ysf")
        pair_zh = next(c.chunk.id for c in chunks.values() if c.chunk.doc_id == "drylands.zh")
        # an older release's link between two unrelated texts, and no record of the rules that made it
        index.docstore.set_parallel([(forum, pair_zh, 0.9), (pair_zh, forum, 0.9)], "older rules")
        assert pair_zh in index.docstore.get([forum])[forum].chunk.parallel

        again = ingest_paths(index, paths, progress=False)
        assert again.parallel_links == first.parallel_links
        assert index.docstore.link_rules() == LINK_RULES
        assert pair_zh not in index.docstore.get([forum])[forum].chunk.parallel

        generation = index.docstore.generation
        ingest_paths(index, paths, progress=False)
        assert index.docstore.generation == generation  # nothing new, current rules: no relink
    finally:
        index.close()

