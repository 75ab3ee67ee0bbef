"""Shared fixtures: real components on temp dirs; nothing reaches the network."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
os.environ["ANONYMIZED_TELEMETRY"] = "False"
for var in ("OPENAI_API_KEY", "ANSO_LLM_BASE_URL", "ANSO_LLM_API_KEY", "ANSO_CHROMA_HOST", "ANSO_DATA_DIR"):
    os.environ.pop(var, None)

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def make_settings(data_dir: Path, **overrides):
    from rag.settings import Settings

    return Settings(data_dir=data_dir, corpus_dir=CORPUS, _env_file=None, **overrides)


@pytest.fixture()
def settings(tmp_path):
    return make_settings(tmp_path / "data")


@pytest.fixture(scope="session")
def corpus_data_dir(tmp_path_factory) -> Path:
    """The bundled corpus ingested once per session; tests that write copy it first."""
    from rag.store.index import Index
    from ingest.pipeline import ingest_paths

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
