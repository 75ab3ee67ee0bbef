"""A rebuild and an upload ingest while clients ask over real HTTP: no error, no answer changes, nothing logged
as unanswered that was answered before (issue 12, defect 4).

The server runs in this process (uvicorn in a thread, the same ``create_app`` as `anso serve`) so the test can
start the staff tab's rebuild path (``Services.rebuild``) itself while 8 client threads ask."""
from __future__ import annotations

import shutil
import threading
import time

import httpx
import pytest

from tests.live_server import free_port

pytestmark = [pytest.mark.integration, pytest.mark.slow]

CLIENTS = 8
QUESTIONS_PER_CLIENT = 20
QUESTIONS = ["When was ANSO established?", "Who presided over the ceremony?", "联盟是哪一天成立的？",
             "Where did the representatives come from?", "谁为联盟成立发来贺信？", "揭牌仪式是星期几举行的？"]
UPLOAD = ("# Field course\n\nThe ANSO glacier field course took place in Lhasa in August 2022 with 40 students.\n"
          "\nParticipants measured the retreat of two glaciers.\n")


def _key(answer: dict) -> tuple:
    """What must not change: the text, whether it abstained, and which chunks it cites."""
    return answer["answer"], answer["abstained"], tuple(c["chunk_id"] for c in answer["citations"])


@pytest.fixture()
def live(corpus_data_dir, tmp_path):
    import uvicorn

    from tests.conftest import make_settings
    from ui.api import create_app
    from ui.services import Services

    data = tmp_path / "data"
    shutil.copytree(corpus_data_dir, data)
    settings = make_settings(data, rate_limit_per_minute=100000, concurrency=8)
    services = Services.build(settings)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(settings, services), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            if httpx.get(url + "/healthz", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.2)
    yield url, services, tmp_path
    server.should_exit = True
    thread.join(timeout=30)


def test_rebuild_and_ingest_while_clients_ask_lose_nothing(live):
    from ingest.rebuild import Change, read_pointer

    url, services, tmp_path = live
    with httpx.Client(timeout=120) as client:
        before = {q: _key(client.post(url + "/api/ask", json={"question": q}).json()) for q in QUESTIONS}
    answered = [q for q in QUESTIONS if not before[q][1]]  # only these: an abstention would be a legitimate log row
    assert len(answered) >= 4, before
    unanswered_before = len(services.feedback.unanswered_rows())
    errors: list[str] = []
    changed: list[tuple[str, tuple]] = []
    changing = threading.Event()  # set while a rebuild or an ingest runs
    lock = threading.Lock()
    during = [0]  # answers that came back while the index was being changed

    def ask(number: int) -> None:
        with httpx.Client(timeout=120) as client:
            for i in range(QUESTIONS_PER_CLIENT):
                question = answered[(number + i) % len(answered)]
                try:
                    response = client.post(url + "/api/ask", json={"question": question})
                except httpx.HTTPError as exc:
                    errors.append(f"{question}: {exc!r}")
                    continue
                with lock:
                    during[0] += changing.is_set()
                if response.status_code != 200:
                    errors.append(f"{question}: HTTP {response.status_code} {response.text[:200]}")
                elif _key(response.json()) != before[question]:
                    changed.append((question, _key(response.json())))

    clients = [threading.Thread(target=ask, args=(n,)) for n in range(CLIENTS)]
    for thread in clients:
        thread.start()
    upload = tmp_path / "field-course.md"
    upload.write_text(UPLOAD, encoding="utf-8")
    switches = 0
    while any(thread.is_alive() for thread in clients) or switches < 2:  # rebuild, ingest, rebuild, … while they ask
        changing.set()
        if switches % 2 == 0:
            rebuilt = last = services.rebuild(Change(fresh=True))
        else:
            upload.write_text(UPLOAD + f"\nRound {switches}.\n", encoding="utf-8")  # a changed file each time
            ingested = last = services.rebuild(Change(add=[upload]))
        changing.clear()
        switches += 1
    for thread in clients:
        thread.join(timeout=600)
    asked = CLIENTS * QUESTIONS_PER_CLIENT
    print(f"\n{asked} questions by {CLIENTS} clients while the index was switched {switches} times "
          f"(rebuilds and upload ingests; {during[0]} answers came back during a change): {len(errors)} errors, "
          f"{len(changed)} changed answers, {len(services.feedback.unanswered_rows()) - unanswered_before} new unanswered rows")
    assert during[0] > 0
    assert errors == [] and changed == []
    assert len(services.feedback.unanswered_rows()) == unanswered_before
    assert rebuilt.report.ok and ingested.report.ok
    assert read_pointer(services.settings.data_dir) == last.name  # a restart opens the newest index
    with httpx.Client(timeout=120) as client:
        new = client.post(url + "/api/ask", json={"question": "Where did the ANSO glacier field course take place?"}).json()
        assert "Lhasa" in new["answer"]
        for question, key in before.items():
            assert _key(client.post(url + "/api/ask", json={"question": question}).json()) == key
