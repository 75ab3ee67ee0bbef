"""Bounded loopback load: 32 clients × 20 mixed-language questions through /api/ask and the Gradio
queue, then a 2,000-request soak with resident memory sampled. Figures go to docs/RELIABILITY.md."""
import json
import shutil
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from eval.bench_serve import load, peak_rss_mb
from eval.datasets import BUILTIN, load_jsonl
from tests.live_server import LiveServer

pytestmark = [pytest.mark.integration, pytest.mark.slow]
QUESTIONS = [item.question for item in load_jsonl(BUILTIN)]


@pytest.fixture(scope="module")
def server(tmp_path_factory, corpus_data_dir):
    data = tmp_path_factory.mktemp("load") / "data"
    shutil.copytree(corpus_data_dir, data)
    live = LiveServer({"ANSO_DATA_DIR": str(data), "ANSO_RATE_LIMIT_PER_MINUTE": "1000000", "ANSO_CONCURRENCY": "8"})
    yield live
    live.stop()


def _rss_mb(pid: int) -> float:
    line = next(l for l in Path(f"/proc/{pid}/status").read_text().splitlines() if l.startswith("VmRSS"))
    return int(line.split()[1]) / 1024


@pytest.mark.timeout(600)
def test_32_clients_through_api_and_gradio_queue(server):
    from gradio_client import Client

    api = load(server.url, QUESTIONS, clients=32, per_client=20, deadline_s=300)
    assert api["errors"] == 0 and api["requests"] == 640

    def gradio_client(number: int) -> int:
        client = Client(server.url, verbose=False, download_files=False)
        errors = 0
        for i in range(20):
            try:
                result = client.predict(QUESTIONS[(number * 20 + i) % len(QUESTIONS)], None, api_name="/ask")
                errors += not result.get("answer")
            except Exception:  # counted, not hidden: the assertion below fails on any
                errors += 1
        return errors

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=32) as pool:
        gradio_errors = sum(pool.map(gradio_client, range(32)))
    gradio_seconds = time.perf_counter() - started
    print(json.dumps({"api": api, "gradio": {"requests": 640, "errors": gradio_errors,
                                             "rps": round(640 / gradio_seconds, 1)}}))
    assert gradio_errors == 0


@pytest.mark.timeout(900)
def test_soak_2000_requests_memory_stays_bounded(server):
    pid = server.proc.pid
    samples = [_rss_mb(pid)]
    with httpx.Client(timeout=60) as http:
        http.post(server.url + "/api/ask", json={"question": "warm up"})
        samples = [_rss_mb(pid)]
        for i in range(2000):
            response = http.post(server.url + "/api/ask", json={"question": QUESTIONS[i % len(QUESTIONS)] + f" #{i % 97}"})
            assert response.status_code == 200
            if i % 200 == 199:
                samples.append(_rss_mb(pid))
    growth = samples[-1] - samples[1]
    print(json.dumps({"rss_mb_samples": [round(s, 1) for s in samples], "growth_mb": round(growth, 1),
                      "peak_mb": peak_rss_mb(pid)}))
    assert growth < 150, samples
