"""Serving figures for `anso bench`: start to /healthz, to the first answer and to the page, concurrency
through POST /api/ask, memory.

All traffic goes to a server this process starts on loopback; request counts and time are bounded."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from eval.metrics import percentile
from rag.settings import Settings


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(settings: Settings, timeout: float = 120) -> tuple[subprocess.Popen, str, dict]:
    """Start `anso serve`; seconds from start until /healthz answers, a POST /api/ask is answered,
    and the page is mounted."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "ANSO_DATA_DIR": str(settings.data_dir), "ANSO_RATE_LIMIT_PER_MINUTE": "1000000",
           "ANSO_CONCURRENCY": "8"}
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "ui.cli", "serve", "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    marks: dict[str, float] = {}
    while time.perf_counter() - started < timeout:
        try:
            health = httpx.get(url + "/healthz", timeout=1)
            marks.setdefault("healthz_s", time.perf_counter() - started)
            if "ask_ready_s" not in marks:
                answered = httpx.post(url + "/api/ask", json={"question": "When was ANSO established?"}, timeout=60)
                if answered.status_code == 200:
                    marks["ask_ready_s"] = time.perf_counter() - started
                    continue
            if health.json().get("page") in ("ready", "failed", "off"):
                marks["page_ready_s"] = time.perf_counter() - started
                return proc, url, {key: round(value, 2) for key, value in marks.items()}
        except httpx.HTTPError:
            pass
        time.sleep(0.02)
    proc.kill()
    raise RuntimeError("anso serve did not become ready")


def load(url: str, questions: list[str], clients: int, per_client: int, deadline_s: float = 120) -> dict:
    latencies, errors = [], 0
    stop_at = time.perf_counter() + deadline_s

    def client(number: int) -> list[float | None]:
        out = []
        with httpx.Client(timeout=60) as http:
            for i in range(per_client):
                if time.perf_counter() > stop_at:
                    break
                question = questions[(number * per_client + i) % len(questions)]
                t0 = time.perf_counter()
                try:
                    ok = http.post(url + "/api/ask", json={"question": question}).status_code == 200
                except httpx.HTTPError:
                    ok = False
                out.append((time.perf_counter() - t0) * 1000 if ok else None)
        return out

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        for result in pool.map(client, range(clients)):
            latencies += [r for r in result if r is not None]
            errors += sum(r is None for r in result)
    elapsed = time.perf_counter() - started
    return {"requests": len(latencies) + errors, "rps": round(len(latencies) / elapsed, 1),
            "p50_ms": round(percentile(latencies, 0.5), 1), "p95_ms": round(percentile(latencies, 0.95), 1),
            "errors": errors}


def peak_rss_mb(pid: int) -> float:
    try:
        line = next(row for row in Path(f"/proc/{pid}/status").read_text().splitlines() if row.startswith("VmHWM"))
        return round(int(line.split()[1]) / 1024, 1)
    except (OSError, StopIteration):
        return 0.0


def serve_figures(settings: Settings, questions: list[str], quick: bool) -> dict:
    proc, url, ready = start_server(settings)
    try:
        per_client = 5 if quick else 20
        concurrency = {str(n): load(url, questions, n, per_client) for n in (1, 8, 32)}
        return {"cold_start_s": ready["healthz_s"], "ask_ready_s": ready.get("ask_ready_s"),
                "page_ready_s": ready["page_ready_s"],
                "concurrency": concurrency, "peak_rss_mb": peak_rss_mb(proc.pid)}
    finally:
        proc.terminate()
        proc.wait(timeout=20)
