"""Unit tests of the stores and the numbers around them: the fake embedder, the docstore's per-thread
connections and generation-keyed chunk map, the scoring profile, fusion, parallel alignment, encodings.

No model, no Chroma, no server: SQLite on a temp dir and the deterministic fake embedder."""
from __future__ import annotations

import threading
from types import SimpleNamespace

import numpy as np
import pytest

from ingest.parallel import _align, _centre_by_language, _monotone, _sections, parallel_links
from rag.settings import E5_PROFILE, FAKE_PROFILE, ScoringProfile
from rag.store.docstore import DocStore, StoreClosed, chunk_vector
from rag.store.embed import FAKE_DIM, FakeEmbedder
from rag.types import Chunk, Occurrence
from tests.conftest import fake_settings, make_settings

pytestmark = pytest.mark.unit

TEXTS = ["联盟成立于2018年11月4日。", "The alliance was founded on 4 November 2018.", "🎉🎉", "", "Ж e\u0301 שלום",
         "ANSO 在北京 opened an office 🏢"]


def _chunk(cid: str, text: str, lang: str = "en", file: str = "a.txt", start: int = 0) -> Chunk:
    return Chunk(id=cid, text=text, lang=lang, doc_id=file, title="t",
                 occurrences=[Occurrence(file=file, paragraph=1, sentences=(1, 1), start=start, end=start + len(text))])


def _record(name: str = "a.txt") -> dict:
    return {"name": name, "sha": "x", "doc_id": name, "title": "t", "published": None, "source_org": None,
            "text": "", "paragraphs": 1}


def _store_with(tmp_path, texts: dict[str, tuple[str, str]], embedder: FakeEmbedder | None = None) -> DocStore:
    """A docstore holding one file whose chunks are ``id → (lang, text)``, one sentence each."""
    embedder = embedder or FakeEmbedder()
    store = DocStore(tmp_path / "docstore.sqlite")
    rows = []
    for n, (cid, (lang, text)) in enumerate(texts.items()):
        rows.append((_chunk(cid, text, lang, start=n * 100), [(0, len(text))], embedder.passages([text])))
    store.replace_file("/a.txt", _record(), rows)
    return store


# --- fake embedder -------------------------------------------------------------
def test_fake_embedder_is_deterministic_unit_length_and_never_zero():
    first, second = FakeEmbedder().passages(TEXTS), FakeEmbedder().passages(TEXTS)
    assert first.shape == (len(TEXTS), FAKE_DIM) and np.array_equal(first, second)
    assert np.allclose(np.linalg.norm(first, axis=1), 1.0, atol=1e-5)
    assert np.array_equal(FakeEmbedder().query_vector(TEXTS[0]), first[0])  # query and passage agree


def test_fake_embedder_is_cjk_aware():
    embedder = FakeEmbedder()
    q_zh, near_zh, far_zh = embedder.passages(["联盟秘书处设在哪里？", "联盟秘书处设在怀柔科学城。",
                                               "研讨会在利马举行。"])
    assert q_zh @ near_zh > q_zh @ far_zh + 0.2
    q_en, near_en, far_en = embedder.passages(["Where is the secretariat?", "The secretariat settles in Huairou.",
                                               "The workshop was held in Lima."])
    assert q_en @ near_en > q_en @ far_en + 0.2  # stems: "secretariat" in both
    assert "联盟" in embedder.features("联盟成立") and "settl" in embedder.features("settles")


def test_query_cache_is_shared_safely_between_threads():
    embedder = FakeEmbedder()
    results: list[tuple[int, np.ndarray]] = []  # (question number, vector): threads interleave their appends

    def ask():
        for n in range(200):
            results.append((n % 7, embedder.query_vector(f"问题 {n % 7} question")))

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 1600 and not results[0][1].flags.writeable
    assert all(np.array_equal(v, embedder.query_vector(f"问题 {n} question")) for n, v in results)


# --- docstore ------------------------------------------------------------------
def test_docstore_serves_one_generation_from_memory_and_renews_after_a_write(tmp_path):
    store = _store_with(tmp_path, {"c1": ("en", "Alpha beta."), "c2": ("zh", "联盟成立。")})
    first = store.get(["c1", "c2", "missing"])
    assert set(first) == {"c1", "c2"} and first["c1"].svecs.dtype == np.float16
    assert not first["c1"].svecs.flags.writeable  # shared between requests: read-only
    assert store.get(["c1"])["c1"] is first["c1"]  # warm: the same object, no SQLite row read
    generation = store.generation
    store.replace_file("/b.txt", _record("b.txt"), [(_chunk("c3", "Gamma.", file="b.txt"), [(0, 6)],
                                                      FakeEmbedder().passages(["Gamma."]))])
    assert store.generation == generation + 1
    again = store.get(["c1", "c3"])
    assert again["c1"] is not first["c1"] and set(again) == {"c1", "c3"}
    store.remove_file("/a.txt")
    assert store.get(["c1", "c2"]) == {} and set(store.live_ids()) == {"c3"}


def test_docstore_gives_each_thread_its_own_connection_and_close_ends_them(tmp_path):
    store = _store_with(tmp_path, {"c1": ("en", "Alpha beta.")})
    seen: dict[str, object] = {}

    def read(name):
        seen[name] = store.db
        assert set(store.get(["c1"])) == {"c1"}

    threads = [threading.Thread(target=read, args=(f"t{n}",)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(conn) for conn in seen.values()} | {id(store.db)}) == 5
    store.close()
    with pytest.raises(StoreClosed):
        store.get(["c1"])


def test_docstore_clear_keeps_connections_and_the_embedding_cache(tmp_path):
    store = _store_with(tmp_path, {"c1": ("en", "Alpha beta.")})
    store.cache_vectors({"k": np.ones(3, np.float32)})
    store.set_meta("embedder", "fake")
    connection = store.db
    assert store.clear() == ["c1"]
    assert store.db is connection and store.live_ids() == [] and store.get(["c1"]) == {}
    assert store.get_meta("embedder") is None and list(store.cached_vectors(["k"])) == ["k"]


def test_chunk_vector_is_the_normalised_float32_mean():
    svecs = np.array([[1, 0, 0], [0, 1, 0]], dtype=np.float16)
    vector = chunk_vector(svecs)
    assert vector.dtype == np.float32 and np.allclose(vector, [2 ** -0.5, 2 ** -0.5, 0])


# --- scoring profile -----------------------------------------------------------
def test_scoring_profile_is_chosen_by_embedder_and_overridable(tmp_path):
    assert make_settings(tmp_path).scoring == E5_PROFILE
    assert fake_settings(tmp_path).scoring == FAKE_PROFILE
    changed = make_settings(tmp_path, scoring_overrides={"parallel_link_score": 0.3}).scoring
    assert changed.parallel_link_score == 0.3 and changed.parallel_section_score == E5_PROFILE.parallel_section_score
    with pytest.raises(ValueError):
        make_settings(tmp_path, scoring_overrides={"no_such_number": 1.0})
    assert all(field.description for field in ScoringProfile.model_fields.values())


# --- fusion --------------------------------------------------------------------
def test_fuse_adds_reciprocal_ranks_then_a_best_sentence_list_and_drops_orphans(tmp_path):
    from rag.retrieve import Retriever

    embedder = FakeEmbedder()
    store = _store_with(tmp_path, {"a": ("en", "Workshop in Lima."), "b": ("en", "Budget of the alliance."),
                                   "c": ("zh", "联盟预算。")}, embedder)
    settings = fake_settings(tmp_path, rrf_k=60, dense_weight=1.0)
    retriever = Retriever(SimpleNamespace(docstore=store, settings=settings), settings)
    vector = embedder.query_vector("alliance budget")
    lists = [(1.0, ["a", "b", "orphan"]), (1.0, ["b", "c"])]
    without = retriever._fuse(lists, vector, k=3, use_sentences=False)
    assert [h.chunk.id for h in without] == ["b", "a", "c"]  # b: 1/62 + 1/61 beats a: 1/61
    assert without[0].score == pytest.approx(1 / 62 + 1 / 61)
    assert all(h.chunk.id != "orphan" for h in without)  # in Chroma but not the docstore: never returned
    with_sentences = retriever._fuse(lists, vector, k=2, use_sentences=True)
    assert [h.chunk.id for h in with_sentences if not h.companion] == ["b", "a"]
    best = {h.chunk.id: h.best_sentence for h in with_sentences}
    assert best["b"] == pytest.approx(float(store.get(["b"])["b"].svecs.astype(np.float32)[0] @ vector), abs=1e-6)


def test_fuse_adds_parallel_companions_after_the_ranked_hits(tmp_path):
    from rag.retrieve import Retriever

    store = _store_with(tmp_path, {"en1": ("en", "The alliance was founded."), "zh1": ("zh", "联盟成立了。")})
    store.set_parallel([("en1", "zh1", 0.9), ("zh1", "en1", 0.9)], rules="test")
    settings = fake_settings(tmp_path)
    retriever = Retriever(SimpleNamespace(docstore=store, settings=settings), settings)
    hits = retriever._fuse([(1.0, ["en1"])], FakeEmbedder().query_vector("founded"), k=1, use_sentences=True)
    assert [(h.chunk.id, h.companion) for h in hits] == [("en1", False), ("zh1", True)]


def test_the_chunks_next_to_the_best_ranked_ones_in_their_paragraph_come_along(tmp_path):
    from rag.retrieve import Retriever

    embedder = FakeEmbedder()
    store = DocStore(tmp_path / "docstore.sqlite")
    paragraphs = {"p1a": (1, "The city has two universities 🎓."), "p1b": (1, "Newcastle University is the older."),
                  "p1c": (1, "诺桑比亚大学成立于1992年。"), "p2a": (2, "The bridge opened in 1981.")}
    rows = []
    for n, (cid, (paragraph, text)) in enumerate(paragraphs.items()):
        occurrence = Occurrence(file="a.txt", paragraph=paragraph, sentences=(n + 1, n + 1), start=n * 100,
                                end=n * 100 + len(text))
        chunk = Chunk(id=cid, text=text, lang="zh" if "大学" in text else "en", doc_id="a.txt", title="t",
                      occurrences=[occurrence])
        rows.append((chunk, [(0, len(text))], embedder.passages([text])))
    store.replace_file("/a.txt", _record(), rows)
    assert store.neighbour_ids(["p1b"]) == ["p1a", "p1c"]
    assert store.neighbour_ids(["p1c"]) == ["p1b"]  # the next paragraph's chunk is no neighbour
    settings = fake_settings(tmp_path, paragraph_neighbours=1)
    retriever = Retriever(SimpleNamespace(docstore=store, settings=settings), settings)
    hits = retriever._fuse([(1.0, ["p1a", "p2a"])], embedder.query_vector("universities"), k=2, use_sentences=False)
    assert [(h.chunk.id, h.companion, h.neighbour) for h in hits] == [
        ("p1a", False, False), ("p2a", False, False), ("p1b", True, True)]  # only the best hit's neighbours
    off = fake_settings(tmp_path, paragraph_neighbours=0)
    hits = Retriever(SimpleNamespace(docstore=store, settings=off), off)._fuse(
        [(1.0, ["p1a"])], embedder.query_vector("universities"), k=1, use_sentences=False)
    assert [h.chunk.id for h in hits] == ["p1a"]


def test_the_best_chunks_of_the_other_language_join_the_hits_fusion_left_out(tmp_path):
    from rag.retrieve import Retriever

    store = _store_with(tmp_path, {"zh1": ("zh", "网络2024年培训技术人员64名。"), "zh2": ("zh", "网络由11名委员组成。"),
                                   "en1": ("en", "The summer school is open to 40 participants 🌊."),
                                   "en2": ("en", "Fees are CNY 1,200."), "en3": ("en", "Lunch is provided.")})
    settings = fake_settings(tmp_path, other_language_hits=2, paragraph_neighbours=0)
    retriever = Retriever(SimpleNamespace(docstore=store, settings=settings), settings)
    vector = FakeEmbedder().query_vector("海岸带夏季学校招收多少名学员？")
    english = ["en1", "en2", "en3"]  # the English dense list: BM25 and the Chinese dense list both rank zh first
    lists = [(1.0, ["zh1", "zh2"]), (1.0, ["zh1", "zh2"]), (1.0, english)]
    hits = retriever._fuse(lists, vector, k=2, use_sentences=False, others=[english])
    assert [(h.chunk.id, h.companion) for h in hits] == [("zh1", False), ("zh2", False), ("en1", False), ("en2", False)]
    none = fake_settings(tmp_path, other_language_hits=0, paragraph_neighbours=0)
    hits = Retriever(SimpleNamespace(docstore=store, settings=none), none)._fuse(
        lists, vector, k=2, use_sentences=False, others=[english])
    assert [h.chunk.id for h in hits] == ["zh1", "zh2"]



def test_the_best_other_language_chunks_of_the_translated_search_join_the_hits(tmp_path):
    from rag.retrieve import Retriever

    store = _store_with(tmp_path, {"zh1": ("zh", "网络2024年培训技术人员64名。"), "zh2": ("zh", "网络由11名委员组成。"),
                                   "en1": ("en", "The summer school is open to 40 participants 🌊."),
                                   "en2": ("en", "Fees are CNY 1,200."), "en3": ("en", "Lunch is provided.")})
    vector = FakeEmbedder().query_vector("海岸带夏季学校招收多少名学员？")
    lists = [(1.0, ["zh1", "en1", "zh2"])]
    translated = ["zh2", "en1", "en3", "en2"]  # the BM25 search of the question's English terms
    settings = fake_settings(tmp_path, other_language_hits=0, paragraph_neighbours=0, translated_hits=1)
    retriever = Retriever(SimpleNamespace(docstore=store, settings=settings), settings)
    hits = retriever._fuse(lists, vector, k=2, use_sentences=False, asked_in="zh", translated=translated)
    # en1 is already ranked, zh2 is in the asker's language: en3, never fused, joins (the fused ranking is kept)
    assert [h.chunk.id for h in hits] == ["zh1", "en1", "en3"] and hits[-1].score == 0.0
    two = fake_settings(tmp_path, other_language_hits=0, paragraph_neighbours=0, translated_hits=2)
    hits = Retriever(SimpleNamespace(docstore=store, settings=two), two)._fuse(
        lists, vector, k=2, use_sentences=False, asked_in="zh", translated=translated)
    assert [h.chunk.id for h in hits] == ["zh1", "en1", "en3", "en2"]
    hits = retriever._fuse(lists, vector, k=2, use_sentences=False, asked_in="zh", translated=[])
    assert [h.chunk.id for h in hits] == ["zh1", "en1"]


def test_the_translated_search_asks_in_the_other_language(tmp_path):
    from rag.lexicon import Lexicon
    from rag.retrieve import Retriever

    lexicon = Lexicon.from_lines(["學員 学员 [xue2 yuan2] /participant/trainee/", "夏季 夏季 [xia4 ji4] /summer/"])
    settings = fake_settings(tmp_path, translated_hits=2)
    retriever = Retriever(SimpleNamespace(settings=settings), settings, SimpleNamespace(get=lambda: lexicon))
    english = retriever._translated_query("夏季学校招收多少名学员？🌊 (QISS)").split()
    assert {"summer", "particip", "qiss"} <= set(english) and not any("学" in w for w in english)
    assert "学员" in retriever._translated_query("How many participants? 🌊").split()
    assert Retriever(SimpleNamespace(settings=settings), settings, None)._translated_query("学员") == ""

# --- parallel alignment --------------------------------------------------------
def test_monotone_alignment_keeps_document_order_and_maximises_similarity():
    sims = np.array([[0.9, 0.1, 0.0], [0.2, 0.8, 0.1], [0.0, 0.7, 0.6], [0.0, 0.1, 0.9]])
    path = _monotone(sims)
    assert path == [(0, 0), (1, 1), (2, 1), (3, 2)]
    assert all(a[1] <= b[1] for a, b in zip(path, path[1:], strict=False))
    crossing = np.array([[0.1, 0.9], [0.9, 0.1]])  # the best pairs cross: order wins over the second one
    assert _monotone(crossing) in ([(0, 1), (1, 1)], [(0, 0), (1, 0)])


def test_align_links_pairs_above_the_threshold_and_strong_neighbours():
    ids_a, ids_b = ("a0", "a1"), ("b0", "b1", "b2")
    matrix = np.eye(5, dtype=np.float32)
    matrix[2] = matrix[0]                                     # b0 says what a0 says
    matrix[3] = matrix[1]                                     # b1 says what a1 says
    matrix[4] = (matrix[1] + 0.001 * np.eye(5)[4]) / np.linalg.norm(matrix[1] + 0.001 * np.eye(5)[4])  # b2 too
    row = {cid: n for n, cid in enumerate(ids_a + ids_b)}
    links = {(a, b) for a, b, _ in _align(ids_a, ids_b, matrix, row, threshold=0.5, neighbour_factor=1.5)}
    assert {("a0", "b0"), ("a1", "b1"), ("a1", "b2")} <= links and ("a0", "b1") not in links
    assert _align(ids_a, ids_b, matrix, row, threshold=1.01, neighbour_factor=1.5) == []


def test_sections_are_same_language_runs_in_document_order():
    files = {"/x": [("e1", "en"), ("e2", "en"), ("z1", "zh"), ("e3", "en")], "/y": [("e1", "en"), ("e2", "en")]}
    assert _sections(files) == [("en", ("e1", "e2")), ("zh", ("z1",)), ("en", ("e3",))]


def test_centring_falls_back_to_raw_cosines_for_small_languages():
    matrix = np.eye(4, dtype=np.float32)
    raw, thresholds = _centre_by_language(matrix, ["en", "en", "zh", "zh"], E5_PROFILE)
    assert raw is matrix and thresholds == (E5_PROFILE.parallel_raw_section_score, E5_PROFILE.parallel_raw_link_score)
    many = np.random.default_rng(1).normal(size=(20, 8)).astype(np.float32)
    centred, thresholds = _centre_by_language(many, ["en"] * 10 + ["zh"] * 10, E5_PROFILE)
    assert thresholds == (E5_PROFILE.parallel_section_score, E5_PROFILE.parallel_link_score)
    assert np.allclose(np.linalg.norm(centred, axis=1), 1.0, atol=1e-5)


def test_parallel_links_pair_a_bilingual_file_with_the_fake_embedder(tmp_path):
    """Names and numbers are shared across languages, so the fake embedder links versions by them."""
    texts = {"e1": ("en", "ANSO 2018 Beijing"), "e2": ("en", "CAS 2019 Huairou"),
             "z1": ("zh", "ANSO 2018 Beijing 联盟"), "z2": ("zh", "CAS 2019 Huairou 怀柔")}
    store = _store_with(tmp_path, texts)
    links = {(a, b) for a, b, _ in parallel_links(store, FAKE_PROFILE)}
    assert {("e1", "z1"), ("z1", "e1"), ("e2", "z2"), ("z2", "e2")} <= links
    assert ("e1", "z2") not in links


# --- encodings -----------------------------------------------------------------
@pytest.mark.parametrize("text, encoding", [
    ("联盟秘书处设在怀柔科学城。第二段内容，用于测试编码。", "gbk"),
    ("Café crème brûlée, naïve façade: the workshop costs 3 € per day.", "cp1252"),
    ("聯盟成立於2018年11月4日，秘書處設在北京。這是繁體中文的測試文字。", "big5"),
    ("联盟 ANSO 🎉 mixed scripts Ж", "utf-16"),
    ("\ufeffA file with a byte order mark 🎓.", "utf-8"),
])
def test_decode_text_reads_common_encodings(text, encoding):
    from ingest.load import decode_text

    decoded, _ = decode_text(text.encode(encoding))
    assert decoded == text.lstrip("\ufeff")


def test_decode_text_refuses_binary():
    from ingest.load import LoadError, decode_text

    with pytest.raises(LoadError):
        decode_text(bytes(range(256)) * 10)
