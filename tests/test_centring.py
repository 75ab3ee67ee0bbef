"""Language centring of the best-sentence ranking (``rag.centring``): each language's mean chunk vector is taken
out before chunks of both languages are compared with one question.

Synthetic vectors on a real docstore (SQLite on a temp dir): every chunk is "its language's offset + its topic",
the way multilingual-e5 places texts, so the raw cosine prefers any same-language chunk to the other-language
chunk on the question's topic."""
from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from rag.centring import LanguageCentres, centre, centred_best
from rag.retrieve import Retriever
from rag.store.docstore import DocStore
from rag.types import Chunk, Occurrence
from tests.conftest import fake_settings

pytestmark = pytest.mark.unit

DIM = 24
LANGUAGE_AXIS = {"en": 0, "zh": 1}  # the shared direction every text of a language carries
TOPICS = 10  # chunks per language; English chunk i is on topic i, Chinese chunk i on topic i + 1 (axes 2 … 12)
OFFSET = 3.0  # how much stronger the language direction is than the topic: raw cosines follow the language

EN_TEXTS = ["The summer school is open to 40 participants 🌊.", "Fees are CNY 1,200 for students.",
            "Lunch is provided on weekdays.", "Applications close on 15 April 2026.", "The venue is in Qingdao.",
            "Contact corss2026@example.org 📧.", "Two credits are awarded.", "The field trip visits the Yellow Sea.",
            "Travel grants cover economy fares.", "Lectures are given in English."]
ZH_TEXTS = ["网络2024年培训技术人员64名。", "网络由11名委员组成。", "实验室设在昆明 🌿。", "首期建设期为三年。",
            "研讨会约80名专家参加。", "秘书处设在北京。", "传感器数据每三个月校准一次。", "2026年年会在乌兰巴托举行。",
            "成员机构来自19个国家。", "联盟提供300万元资助。"]


def _vector(lang: str, topic: int) -> np.ndarray:
    vector = np.zeros(DIM, dtype=np.float32)
    vector[LANGUAGE_AXIS[lang]] = OFFSET
    vector[2 + topic] = 1.0
    return vector / np.linalg.norm(vector)


def _chunk(cid: str, text: str, lang: str, n: int) -> Chunk:
    return Chunk(id=cid, text=text, lang=lang, doc_id="call", title="t",
                 occurrences=[Occurrence(file="call.txt", paragraph=n + 1, sentences=(1, 1), start=n * 100,
                                         end=n * 100 + len(text))])


def _store(tmp_path, per_language: int = TOPICS) -> DocStore:
    """English chunk ``en<i>`` on topic i and Chinese chunk ``zh<i>`` on topic i + 1, ``per_language`` of each:
    only English states topic 0."""
    store = DocStore(tmp_path / "docstore.sqlite")
    rows = []
    for lang, texts in (("en", EN_TEXTS), ("zh", ZH_TEXTS)):
        for topic, text in enumerate(texts[:per_language]):
            vector = _vector(lang, topic + (lang == "zh"))[None]
            rows.append((_chunk(f"{lang}{topic}", text, lang, len(rows)), [(0, len(text))], vector))
    store.replace_file("/call.txt", {"name": "call.txt", "sha": "x", "doc_id": "call", "title": "t",
                                     "published": None, "source_org": None, "text": "", "paragraphs": len(rows)}, rows)
    return store


def _index(store: DocStore) -> SimpleNamespace:
    return SimpleNamespace(docstore=store)


def _candidates(store: DocStore) -> dict[str, tuple[str, np.ndarray]]:
    stored = store.get(store.live_ids())
    return {cid: (s.chunk.lang, s.svecs) for cid, s in stored.items()}


def test_centre_removes_the_mean_and_keeps_unit_length():
    rows = np.array([[3.0, 1.0], [3.0, -1.0]], dtype=np.float32)
    centred = centre(rows, rows.mean(axis=0))
    assert np.allclose(centred, [[0.0, 1.0], [0.0, -1.0]])
    assert np.allclose(centre(rows[0], rows[0]), 0.0)  # a vector equal to the mean: zero, not NaN


def test_means_are_per_language_and_follow_the_docstore_generation(tmp_path):
    store = _store(tmp_path)
    centres = LanguageCentres(_index(store), min_chunks=8)
    means = centres.means()
    assert set(means) == {"en", "zh"}
    assert means["en"][LANGUAGE_AXIS["en"]] > 0.9 and means["en"][LANGUAGE_AXIS["zh"]] == pytest.approx(0.0)
    assert centres.means() is means  # same generation: not read again
    store.remove_file("/call.txt")
    assert centres.means() == {}  # a write: recomputed (no chunks left, nothing to centre by)


def test_a_language_with_too_few_chunks_turns_centring_off(tmp_path):
    store = _store(tmp_path, per_language=5)
    strict = LanguageCentres(_index(store), min_chunks=8)
    assert strict.means() == {}
    assert centred_best(strict, _vector("zh", 0), "zh", _candidates(store)) is None
    assert set(LanguageCentres(_index(store), min_chunks=5).means()) == {"en", "zh"}


def test_centred_cosines_let_the_other_language_chunk_on_the_topic_win(tmp_path):
    store = _store(tmp_path)
    candidates = _candidates(store)
    question = _vector("zh", 0)  # a Chinese question on topic 0, which only the English chunk en0 states …
    question[2 + 3] = 0.3  # … and a little of topic 3, which zh2 states
    question /= np.linalg.norm(question)
    raw = {cid: float((svecs @ question).max()) for cid, (_, svecs) in candidates.items()}
    assert max(raw, key=raw.get) == "zh2"
    assert sorted(raw, key=raw.get, reverse=True).index("en0") >= 5  # below every Chinese chunk
    centred = centred_best(LanguageCentres(_index(store), min_chunks=8), question, "zh", candidates)
    assert centred is not None
    assert max(centred, key=centred.get) == "en0"
    assert sorted(centred, key=centred.get, reverse=True)[1] == "zh2"


def test_vectors_of_another_size_fall_back_to_raw_cosines(tmp_path):
    store = _store(tmp_path)
    centres = LanguageCentres(_index(store), min_chunks=8)
    assert centred_best(centres, np.ones(DIM + 1, dtype=np.float32), "en", _candidates(store)) is None
    assert centred_best(centres, _vector("en", 0), "fr", _candidates(store)) is None  # no mean for the language


@pytest.mark.parametrize("centring", [True, False])
def test_fusion_ranks_the_other_language_answer_into_the_top_k_only_when_centring(tmp_path, centring):
    store = _store(tmp_path)
    settings = fake_settings(tmp_path, centre_languages=centring, paragraph_neighbours=0, other_language_hits=0)
    retriever = Retriever(SimpleNamespace(docstore=store, settings=settings), settings)
    question = _vector("zh", 0)
    chinese = [f"zh{i}" for i in range(1, TOPICS)]  # BM25 and the Chinese dense list: Chinese chunks only
    lists = [(1.0, chinese), (1.0, [f"en{i}" for i in range(TOPICS)])]  # en0 first in the English dense list
    hits = retriever._fuse(lists, question, k=3, use_sentences=True, asked_in="zh")
    ranked = [h.chunk.id for h in hits if not h.companion]
    assert ("en0" in ranked) is centring
    if centring:
        assert ranked[0] == "en0"  # first of the English dense list and first of the sentence list
