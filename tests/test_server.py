"""The live server: /healthz, /api/ask over HTTP, Gradio's `ask` endpoint through gradio_client."""
import httpx
import pytest

from tests.live_server import LiveServer

pytestmark = [pytest.mark.integration, pytest.mark.slow]


@pytest.fixture(scope="module")
def server(tmp_path_factory, corpus_data_dir):
    import shutil

    data = tmp_path_factory.mktemp("srv") / "data"
    shutil.copytree(corpus_data_dir, data)
    live = LiveServer({"ANSO_DATA_DIR": str(data), "ANSO_RATE_LIMIT_PER_MINUTE": "1000"})
    yield live
    live.stop()


def test_healthz(server):
    body = httpx.get(server.url + "/healthz").json()
    assert body["status"] == "ok" and body["chunks"] > 20


def test_api_ask_english_and_chinese(server):
    en = httpx.post(server.url + "/api/ask", json={"question": "When was ANSO established?"}, timeout=60).json()
    assert "4 November 2018" in en["answer"] and en["citations"][0]["lang"] == "en"
    zh = httpx.post(server.url + "/api/ask", json={"question": "联盟是哪一天成立的？", "mode": "extractive"}, timeout=60).json()
    assert "2018年11月4日" in zh["answer"] and zh["citations"][0]["quote"]
    follow = httpx.post(server.url + "/api/ask", timeout=60, json={
        "question": "What other posts does he hold?",
        "history": [{"role": "user", "content": "Who presided over the ceremony?"},
                    {"role": "assistant", "content": "Dai Binbin presided over the ceremony. [1]"}]}).json()
    assert "Huairou" in follow["answer"]


@pytest.mark.parametrize("payload, status", [
    ({"question": ""}, 400), ({"question": "   "}, 400), ({"question": "x" * 2001}, 400),
    ({"question": "ok?", "mode": "magic"}, 400), ({}, 400)])
def test_api_ask_rejects_bad_input_with_a_message(server, payload, status):
    response = httpx.post(server.url + "/api/ask", json=payload, timeout=30)
    assert response.status_code == status
    assert response.json()["detail"]


def test_gradio_client_ask_endpoint(server):
    from gradio_client import Client

    client = Client(server.url, verbose=False, download_files=False)
    result = client.predict("谁为联盟成立发来贺信？", None, api_name="/ask")
    assert "习近平" in result["answer"] and result["citations"]
    result = client.predict("Who presided over the ceremony?", "extractive", api_name="/ask")
    assert "Dai Binbin" in result["answer"]


def test_rate_limit_answers_429(tmp_path, corpus_data_dir):
    import shutil

    data = tmp_path / "data"
    shutil.copytree(corpus_data_dir, data)
    live = LiveServer({"ANSO_DATA_DIR": str(data), "ANSO_RATE_LIMIT_PER_MINUTE": "2"})
    try:
        codes = [httpx.post(live.url + "/api/ask", json={"question": "When was ANSO established?"}, timeout=30).status_code
                 for _ in range(3)]
        assert codes == [200, 200, 429]
    finally:
        live.stop()
