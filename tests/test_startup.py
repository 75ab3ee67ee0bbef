"""Start-up hygiene: one-shot `anso ask` imports only what extractive answering uses; exact in-memory dense
search returns what Chroma returns; the small helpers of the HTTP API."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

UNUSED_IN_EXTRACTIVE = {"gradio", "chromadb", "langchain_chroma", "langchain_openai", "langchain_core", "openai",
                        "fastapi", "uvicorn", "pkg_resources", "tiktoken"}

PROBE = """
import json, runpy, sys
sys.argv = ["anso", "ask", "--json", sys.argv[1]]
try:
    runpy.run_module("ui.cli", run_name="__main__")
except SystemExit as exc:
    assert not exc.code, exc.code
print(json.dumps(sorted({name.split(".")[0] for name in sys.modules})), file=sys.stderr)
"""


@pytest.mark.integration
@pytest.mark.parametrize("question, expected", [("When was ANSO established?", "4 November 2018"),
                                                ("联盟是哪一天成立的？", "2018年11月4日")])
def test_one_shot_ask_imports_nothing_extractive_mode_does_not_use(corpus_data_dir, question, expected):
    env = {**os.environ, "ANSO_DATA_DIR": str(corpus_data_dir)}
    proc = subprocess.run([sys.executable, "-c", PROBE, question], env=env, capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr
    assert expected in json.loads(proc.stdout)["answer"]
    loaded = set(json.loads(proc.stderr.strip().splitlines()[-1]))
    assert not loaded & UNUSED_IN_EXTRACTIVE, loaded & UNUSED_IN_EXTRACTIVE


@pytest.mark.integration
def test_exact_dense_search_returns_what_chroma_returns(corpus_index):
    from eval.datasets import BUILTIN, load_jsonl
    from rag.retrieve import ExactVectors

    exact = ExactVectors(corpus_index)
    assert exact.usable(20000) and not ExactVectors(corpus_index).usable(3)
    for item in load_jsonl(BUILTIN)[:40]:
        vector = corpus_index.embedder.query_vector(item.question)
        for lang in ("zh", "en"):
            chroma = [cid for cid, _ in corpus_index.vectors.search(vector, 5, lang)]
            assert exact.search(vector, 5, lang) == chroma, item.question


@pytest.mark.unit
def test_api_key_entries_and_bearer_tokens():
    from ui.auth import ApiKeys, bearer_token, hash_password, parse_entries

    portal, bare = hash_password("sk-portal"), hash_password("密钥🔑-mixed")
    entries = parse_entries(f" portal:{portal} ,{bare}, junk, nohash:plain")
    assert list(entries) == ["portal", "key2"]
    keys = ApiKeys(entries)
    assert keys.required and not ApiKeys({}).required
    assert keys.owner("sk-portal") == "portal" and keys.remembered("sk-portal")
    assert keys.owner("密钥🔑-mixed") == "key2" and keys.owner("wrong") is None and keys.remembered("wrong")
    assert bearer_token("Bearer  abc ") == "abc" and bearer_token("bearer abc") == "abc"
    assert bearer_token("Basic abc") is None and bearer_token(None) is None and bearer_token("Bearer ") is None


@pytest.mark.unit
@pytest.mark.parametrize("text", ["On 4 November 2018, ANSO was formally established in Beijing. [1]",
                                  "2018年11月4日，“一带一路”国际科学组织联盟在北京正式成立。[1] 🎉 mixed 文字",
                                  "", "x" * 250])
def test_answer_text_is_streamed_in_pieces_that_join_back(text):
    from ui.openai_compat import pieces

    parts = list(pieces(text, 20))
    assert "".join(parts) == text and all(0 < len(p) <= 20 for p in parts)


@pytest.mark.unit
def test_page_slot_shows_a_starting_page_until_the_page_is_mounted():
    from starlette.applications import Starlette
    from starlette.responses import PlainTextResponse
    from starlette.routing import Mount
    from starlette.testclient import TestClient

    from ui.api import PageSlot

    slot = PageSlot()
    client = TestClient(Starlette(routes=[Mount("/", slot)]))
    starting = client.get("/", headers={"Accept-Language": "zh-CN,zh;q=0.9"})
    assert starting.status_code == 503 and starting.headers["retry-after"] and "正在启动" in starting.text
    assert 'http-equiv="refresh"' in client.get("/anything").text
    slot.state = "failed"
    assert "could not start" in client.get("/").text and 'http-equiv="refresh"' not in client.get("/").text
    slot.app, slot.state = PlainTextResponse("the page"), "ready"
    assert client.get("/").text == "the page"
