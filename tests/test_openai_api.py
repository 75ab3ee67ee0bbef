"""The OpenAI-compatible API over real HTTP to a live `anso serve`, through the official `openai` client,
plus /api/ask as server-sent events and the optional API keys."""
from __future__ import annotations

import json
import shutil

import httpx
import pytest

from tests.live_server import LiveServer

pytestmark = [pytest.mark.integration, pytest.mark.slow]

REFERENCE_FIELDS = {"n", "chunk_id", "title", "file", "paragraph", "quote", "language", "parallel"}


def start(tmp_path_factory, corpus_data_dir, **env) -> LiveServer:
    data = tmp_path_factory.mktemp("openai") / "data"
    shutil.copytree(corpus_data_dir, data)
    return LiveServer({"ANSO_DATA_DIR": str(data), "ANSO_SERVE_PAGE": "false", **env}, wait_page=False)


@pytest.fixture(scope="module")
def server(tmp_path_factory, corpus_data_dir):
    live = start(tmp_path_factory, corpus_data_dir, ANSO_RATE_LIMIT_PER_MINUTE="1000")
    yield live
    live.stop()


@pytest.fixture(scope="module")
def client(server):
    from openai import OpenAI

    return OpenAI(base_url=server.url + "/v1", api_key="not-needed", max_retries=0, timeout=120)


def check_references(refs: list[dict], lang: str) -> None:
    assert refs, "no references"
    for ref in refs:
        assert REFERENCE_FIELDS <= set(ref)
        assert ref["chunk_id"] and ref["title"] and ref["file"] and ref["paragraph"] >= 1 and ref["quote"]
    assert refs[0]["language"] == lang
    assert refs[0]["parallel"] and refs[0]["parallel"]["lang"] != lang


@pytest.mark.parametrize("question, expected, lang", [
    ("When was ANSO established?", "4 November 2018", "en"),
    ("联盟是哪一天成立的？", "2018年11月4日", "zh")])
def test_openai_client_non_streaming(client, question, expected, lang):
    completion = client.chat.completions.create(model="anso-assistant", messages=[{"role": "user", "content": question}])
    assert completion.object == "chat.completion" and completion.choices[0].finish_reason == "stop"
    text = completion.choices[0].message.content
    assert expected in text and "[1]" in text
    extra = completion.model_extra
    check_references(extra["references"], lang)
    assert extra["anso"]["language"] == lang and not extra["anso"]["abstained"]
    assert completion.usage.total_tokens > 0


@pytest.mark.parametrize("question, expected, lang", [
    ("Who presided over the ceremony?", "Dai Binbin", "en"),
    ("谁为联盟成立发来贺信？", "习近平", "zh")])
def test_openai_client_streaming(client, question, expected, lang):
    stream = client.chat.completions.create(model="anso-assistant", stream=True,
                                            stream_options={"include_usage": True},
                                            messages=[{"role": "system", "content": "Be brief. 😀"},
                                                      {"role": "user", "content": question}])
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert expected in text and "[1]" in text
    final = [c for c in chunks if c.choices and c.choices[0].finish_reason == "stop"]
    assert len(final) == 1
    check_references(final[0].model_extra["references"], lang)
    assert final[0].model_extra["anso"]["answer"] == text
    assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens > 0


def test_openai_client_history_is_the_earlier_turns(client):
    completion = client.chat.completions.create(model="anso-assistant-extractive", messages=[
        {"role": "user", "content": "Who presided over the ceremony?"},
        {"role": "assistant", "content": "Dai Binbin presided over the ceremony. [1]"},
        {"role": "user", "content": [{"type": "text", "text": "What other posts does he hold?"}]}])
    assert "Huairou" in completion.choices[0].message.content
    assert completion.model_extra["anso"]["mode"] == "extractive"


def test_abstention_has_no_references_and_says_so(client):
    completion = client.chat.completions.create(model="anso-assistant", messages=[
        {"role": "user", "content": "What is the recipe for Peking duck? 🦆"}])
    assert completion.model_extra["anso"]["abstained"] and completion.model_extra["references"] == []
    assert completion.choices[0].message.content


def test_models_lists_the_assistant(client):
    ids = [m.id for m in client.models.list()]
    assert "anso-assistant" in ids and "anso-assistant-extractive" in ids
    assert "anso-assistant-llm" not in ids  # no LLM configured


@pytest.mark.parametrize("body, param", [
    ({"model": "anso-assistant"}, "messages"),
    ({"model": "anso-assistant", "messages": []}, "messages"),
    ({"model": "anso-assistant", "messages": "hello"}, "messages"),
    ({"messages": [{"role": "user", "content": "hi"}]}, "model"),
    ({"model": "anso-assistant", "messages": [{"role": "wizard", "content": "hi"}]}, "messages.0.role"),
    ({"model": "anso-assistant", "messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "yo"}]}, "messages"),
    ({"model": "anso-assistant", "messages": [{"role": "user", "content": "   "}]}, "messages"),
    ({"model": "anso-assistant", "messages": [{"role": "user", "content": "x" * 2001}]}, "messages"),
    ({"model": "anso-assistant", "n": 2, "messages": [{"role": "user", "content": "hi"}]}, "n")])
def test_malformed_requests_get_openai_errors(server, body, param):
    response = httpx.post(server.url + "/v1/chat/completions", json=body, timeout=30)
    assert response.status_code == 400
    error = response.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert error["type"] == "invalid_request_error" and error["message"] and error["param"].startswith(param)


def test_openai_client_raises_its_own_errors(client):
    import openai

    with pytest.raises(openai.BadRequestError) as bad:
        client.chat.completions.create(model="anso-assistant", messages=[{"role": "assistant", "content": "hi"}])
    assert "last message" in bad.value.message
    with pytest.raises(openai.NotFoundError) as unknown:
        client.chat.completions.create(model="gpt-9", messages=[{"role": "user", "content": "hi"}])
    assert unknown.value.code == "model_not_found"


def test_error_messages_follow_the_language_of_the_request(server):
    response = httpx.post(server.url + "/v1/chat/completions", headers={"Accept-Language": "zh-CN,zh;q=0.9"}, timeout=30,
                          json={"model": "anso-assistant", "messages": [{"role": "assistant", "content": "你好"}]})
    assert response.status_code == 400 and "最后一条消息" in response.json()["error"]["message"]


def read_events(response: httpx.Response) -> list[tuple[str, dict]]:
    events, name = [], "message"
    for line in response.iter_lines():
        if line.startswith("event: "):
            name = line[7:]
        elif line.startswith("data: "):
            events.append((name, json.loads(line[6:])))
            name = "message"
    return events


@pytest.mark.parametrize("how", [{"json": {"question": "When was ANSO established?", "stream": True}},
                                 {"json": {"question": "联盟是哪一天成立的？"}, "headers": {"Accept": "text/event-stream"}}])
def test_api_ask_streams_server_sent_events(server, how):
    with httpx.stream("POST", server.url + "/api/ask", timeout=60, **how) as response:
        assert response.status_code == 200 and response.headers["content-type"].startswith("text/event-stream")
        events = read_events(response)
    assert events[-1][0] == "answer" and all(name == "delta" for name, _ in events[:-1])
    answer = events[-1][1]
    assert answer["citations"] and not answer["abstained"] and ("2018" in answer["answer"])


def test_api_ask_without_stream_is_still_one_json_object(server):
    body = httpx.post(server.url + "/api/ask", json={"question": "When was ANSO established?"}, timeout=60).json()
    assert "4 November 2018" in body["answer"] and body["citations"]


def test_healthz_reports_the_page(server):
    body = httpx.get(server.url + "/healthz").json()
    assert body["status"] == "ok" and body["page"] == "off" and body["chunks"] > 20


def test_api_keys_and_rate_limit(tmp_path_factory, corpus_data_dir):
    import openai

    from ui.auth import hash_password

    live = start(tmp_path_factory, corpus_data_dir, ANSO_API_KEYS=f"portal:{hash_password('sk-anso-3f9Q_x')}",
                 ANSO_RATE_LIMIT_PER_MINUTE="2")
    try:
        def client(key):
            return openai.OpenAI(base_url=live.url + "/v1", api_key=key, max_retries=0, timeout=120)

        messages = [{"role": "user", "content": "When was ANSO established?"}]
        with pytest.raises(openai.AuthenticationError) as wrong:
            client("wrong-key").chat.completions.create(model="anso-assistant", messages=messages)
        assert wrong.value.code == "invalid_api_key"
        missing = httpx.post(live.url + "/api/ask", json={"question": "When was ANSO established?"}, timeout=30)
        assert missing.status_code == 401 and "Bearer" in missing.json()["detail"]
        assert httpx.get(live.url + "/healthz").status_code == 200  # health needs no key
        good = client("sk-anso-3f9Q_x")
        assert "4 November 2018" in good.chat.completions.create(model="anso-assistant", messages=messages).choices[0].message.content
        assert next(m.id for m in good.models.list()) == "anso-assistant"
        assert good.chat.completions.create(model="anso-assistant", messages=messages).choices
        with pytest.raises(openai.RateLimitError) as limited:
            good.chat.completions.create(model="anso-assistant", messages=messages)
        assert limited.value.code == "rate_limit_exceeded"
    finally:
        live.stop()
