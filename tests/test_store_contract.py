"""The vector-store contract (``rag.store.vectorstore.VectorStore``): every backend passes the same tests.

Backends: the embedded Chroma store (PersistentClient on disk) and a real `chroma run` server on a
free loopback port. Vectors come from the deterministic fake embedder (no model)."""
from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx
import numpy as np
import pytest

from tests.conftest import fake_settings
from tests.live_server import free_port

pytestmark = pytest.mark.integration

DOCS = {
    "zh-1": ("zh", "联盟于2018年11月4日在北京成立。"),
    "zh-2": ("zh", "联盟秘书处设在怀柔科学城。"),
    "zh-3": ("zh", "研讨会在利马举行，🎉 持续三天。"),
    "en-1": ("en", "The alliance was founded in Beijing on 4 November 2018."),
    "en-2": ("en", "The secretariat settles in Huairou Science City."),
    "en-3": ("en", "The workshop in Lima 🦙 lasted three days."),
}


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    chroma = shutil.which("chroma", path=str(Path(sys.executable).parent)) or shutil.which("chroma")
    if chroma is None:
        pytest.skip("the `chroma` command is not installed (chromadb's CLI): no server to test against")
    port = free_port()
    path = tmp_path_factory.mktemp("chroma-server")
    proc = subprocess.Popen([chroma, "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(300):
            try:
                httpx.get(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.2)
        else:
            raise RuntimeError("chroma run did not start")
        yield port
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@pytest.fixture(params=["embedded", "server"])
def store(request, tmp_path):
    from rag.store.embed import FakeEmbedder
    from rag.store.vectorstore import make_vector_store

    overrides = {}
    if request.param == "server":
        port = request.getfixturevalue("chroma_server")
        # one collection name per test: the server outlives a test
        overrides = {"chroma_host": "127.0.0.1", "chroma_port": port, "collection": f"t{abs(hash(request.node.name))}"}
    settings = fake_settings(tmp_path / "data", **overrides)
    vectors = make_vector_store(settings, FakeEmbedder())
    vectors.clear()
    yield vectors
    vectors.clear()


def _fill(store, ids=None):
    from rag.store.embed import FakeEmbedder

    ids = list(ids or DOCS)
    texts = [DOCS[i][1] for i in ids]
    metas = [{"lang": DOCS[i][0], "doc_id": i} for i in ids]
    store.upsert(ids, FakeEmbedder().passages(texts), texts, metas)


def _query(text):
    from rag.store.embed import FakeEmbedder

    return FakeEmbedder().query_vector(text)


def test_upsert_ids_count_and_upsert_again_replaces(store):
    _fill(store)
    assert sorted(store.ids()) == sorted(DOCS) and store.count() == len(DOCS)
    _fill(store, ["en-1", "zh-1"])  # the same ids again: replaced, not duplicated
    assert store.count() == len(DOCS)


def test_search_is_closest_first_with_cosine_distances(store):
    _fill(store)
    found = store.search(_query("The secretariat settles in Huairou"), 3, "en")
    assert found[0][0] == "en-2"
    distances = [d for _, d in found]
    assert distances == sorted(distances) and 0 <= distances[0] < 0.5
    assert store.search(_query("联盟秘书处设在哪里"), 1, "zh")[0][0] == "zh-2"


def test_languages_are_isolated(store):
    _fill(store)
    english = store.search(_query("联盟秘书处设在怀柔科学城"), 10, "en")
    assert {i for i, _ in english} == {"en-1", "en-2", "en-3"}
    both = store.search(_query("Lima 利马"), 10)
    assert {i for i, _ in both} == set(DOCS)


def test_delete_removes_only_the_given_ids(store):
    _fill(store)
    store.delete(["en-2", "zh-3", "never-stored"])
    assert sorted(store.ids()) == sorted(set(DOCS) - {"en-2", "zh-3"})
    assert all(i != "en-2" for i, _ in store.search(_query("secretariat Huairou"), 5, "en"))
    store.delete([])


def test_clear_empties_and_accepts_another_dimension(store):
    _fill(store)
    store.clear()
    assert store.ids() == [] and store.count() == 0
    wide = np.zeros((2, 64), dtype=np.float32)
    wide[0, 0] = wide[1, 1] = 1.0
    store.upsert(["w-0", "w-1"], wide, ["zero", "one"], [{"lang": "en"}, {"lang": "zh"}])
    query = np.zeros(64, dtype=np.float32)
    query[1] = 1.0
    assert store.search(query, 1)[0][0] == "w-1" and store.count() == 2
