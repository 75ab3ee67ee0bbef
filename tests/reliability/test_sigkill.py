"""kill -9 during ingest, 20 seeded trials (heavy: run by `make test-reliability`)."""
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

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
    state = (sorted(index.docstore.live_ids()),
             sorted(index.docstore.db.execute("SELECT a, b FROM parallel").fetchall()),
             sorted((path.replace(prefix, ""), sha) for path, sha in index.docstore.db.execute("SELECT path, sha FROM files")))
    index.close()
    return state


def _anso_ingest(corpus: Path, data: Path, timeout: float = 300):
    env = {**os.environ, "ANSO_DATA_DIR": str(data)}
    return subprocess.run([sys.executable, "-m", "ui.cli", "ingest", "-q", str(corpus)], env=env,
                          capture_output=True, text=True, timeout=timeout)


@pytest.mark.timeout(900)
def test_sigkill_during_ingest_leaves_a_working_index_and_the_next_run_completes(tmp_path):
    """20 seeded trials; odd ones interrupt the re-ingest of changed files over an older index."""
    from rag.store.index import Index
    from rag.chain import Assistant

    reference = _corpus(tmp_path / "reference")
    assert _anso_ingest(reference, tmp_path / "reference" / "data").returncode == 0
    expected = _snapshot(make_settings(tmp_path / "reference" / "data"), reference)
    rng = random.Random(20261123)
    killed_mid_run = 0
    for trial in range(20):
        root = tmp_path / f"trial-{trial}"
        data = root / "data"
        if trial % 2:
            assert _anso_ingest(_corpus(root, version=" (old)"), data).returncode == 0
        corpus = _corpus(root)
        proc = subprocess.Popen([sys.executable, "-m", "ui.cli", "ingest", "-q", str(corpus)],
                                env={**os.environ, "ANSO_DATA_DIR": str(data)},
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(1.0, 4.5))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed_mid_run += 1
        proc.wait()
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
    assert killed_mid_run >= 10


