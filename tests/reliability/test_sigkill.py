"""kill -9 during ingest, 20 trials (heavy: run by `make test-reliability`).

Each kill is placed by what the ingest has durably done, not by a timer: the test watches the
docstore (read-only, from outside) and kills the child once ``target`` files are committed in their
new version, so every kill lands mid-ingest on any machine, at points spread over the commits and
the steps after the last one (parallel linking, the BM25 refresh)."""
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ingest.split import file_fingerprint
from tests.conftest import CORPUS, make_settings

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def _corpus(root: Path, version: str = "") -> Path:
    corpus = root / "corpus"
    if not corpus.exists():
        shutil.copytree(CORPUS, corpus)
    for n in range(4):
        (corpus / f"extra-{n}.md").write_text(
            f"# Note {n}{version}\n\n" + "\n\n".join(
                f"Paragraph {i} of note {n} mentions workshop {n * 10 + i}{version} in Lima 🦙. "
                f"第{i}段：第{n}次研讨会在利马举行{version}。" for i in range(6)), encoding="utf-8")
    return corpus


def _snapshot(settings, corpus: Path):
    from rag.store.index import Index

    index = Index(settings)
    prefix = str(corpus.resolve())
    db = index.docstore.db
    state = (sorted(index.docstore.live_ids()),
             sorted(db.execute("SELECT a, b FROM parallel").fetchall()),
             sorted((path.replace(prefix, ""), sha) for path, sha in db.execute("SELECT path, sha FROM files")))
    index.close()
    return state


def _anso_ingest(corpus: Path, data: Path, timeout: float = 300):
    env = {**os.environ, "ANSO_DATA_DIR": str(data)}
    return subprocess.run([sys.executable, "-m", "ui.cli", "ingest", "-q", str(corpus)], env=env,
                          capture_output=True, text=True, timeout=timeout)


def _committed(data: Path, wanted: dict[str, str]) -> int:
    """How many of the files are committed in the docstore with their new content (sha)."""
    path = data / "docstore.sqlite"
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as db:
            rows = db.execute("SELECT path, sha FROM files").fetchall()
    except sqlite3.Error:  # the schema is not created yet
        return 0
    return sum(1 for key, sha in rows if wanted.get(key) == sha)


def _kill_when(proc: subprocess.Popen, data: Path, wanted: dict[str, str], target: int, timeout: float = 600) -> bool:
    """SIGKILL once ``target`` files are committed; True when the child was still running then."""
    deadline = time.monotonic() + timeout
    while proc.poll() is None and time.monotonic() < deadline:
        if _committed(data, wanted) >= target:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            return True
        time.sleep(0.01)
    proc.kill()
    proc.wait()
    return False


@pytest.mark.timeout(1800)
def test_sigkill_during_ingest_leaves_a_working_index_and_the_next_run_completes(tmp_path):
    """20 trials; odd ones interrupt the re-ingest of changed files over an older index."""
    from rag.chain import Assistant
    from rag.store.index import Index

    reference = _corpus(tmp_path / "reference")
    assert _anso_ingest(reference, tmp_path / "reference" / "data").returncode == 0
    expected = _snapshot(make_settings(tmp_path / "reference" / "data"), reference)
    killed_mid_run = 0
    for trial in range(20):
        root = tmp_path / f"trial-{trial}"
        data = root / "data"
        if trial % 2:
            assert _anso_ingest(_corpus(root, version=" (old)"), data).returncode == 0
        corpus = _corpus(root)
        budget = make_settings(data).chunk_tokens  # the fingerprint ingest stores: bytes, splitting rules, budget
        wanted = {str(p.resolve()): file_fingerprint(p.read_bytes(), budget) for p in corpus.iterdir()}
        target = 1 + trial % len(wanted)  # 1 … all files committed (then linking or BM25 is under way)
        proc = subprocess.Popen([sys.executable, "-m", "ui.cli", "ingest", "-q", str(corpus)],
                                env={**os.environ, "ANSO_DATA_DIR": str(data)},
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        killed_mid_run += _kill_when(proc, data, wanted, target)
        settings = make_settings(data)
        if (data / "docstore.sqlite").exists():
            index = Index(settings)
            index.reconcile()  # what the next ingest and `anso serve` do first
            assert set(index.vectors.ids()) == set(index.bm25.ids) == set(index.docstore.live_ids())
            Assistant(settings, index).answer("When was ANSO established?")  # every query works
            index.close()
        report = _anso_ingest(corpus, data)
        assert report.returncode == 0, report.stdout + report.stderr
        assert _snapshot(settings, corpus) == expected, f"trial {trial}"
    assert killed_mid_run == 20, f"only {killed_mid_run} of 20 kills landed before the ingest finished"
