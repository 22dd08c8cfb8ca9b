# newswatch: two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
UV     := $(BIN)/uv
CONSTRAINTS := constraints.txt

.PHONY: run test bench lint format constraints airflow clean help

help:
	@echo "make run          set up .venv and the embedded PostgreSQL, run one cycle over seeds/"
	@echo "make test         set up .venv (with dev + airflow extras) and run the test suite"
	@echo "make bench        run the benchmarks in bench/ (one JSON line each)"
	@echo "make lint         ruff check + ruff format --check"
	@echo "make airflow      airflow standalone on 127.0.0.1:8080 with the project's DAGs"
	@echo "make constraints  re-pin every dependency into constraints.txt"

$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit("newswatch needs Python 3.11+") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip uv

# Base install (no Airflow): what `make run` needs.
$(VENV)/.base: $(BIN)/python pyproject.toml $(CONSTRAINTS)
	$(UV) pip install --quiet --python $(BIN)/python -c $(CONSTRAINTS) -e .
	@touch $@

# Everything the tests need: dev tools and the airflow extra.
$(VENV)/.dev: $(BIN)/python pyproject.toml $(CONSTRAINTS)
	$(UV) pip install --quiet --python $(BIN)/python -c $(CONSTRAINTS) -e ".[dev,airflow]"
	@touch $@ $(VENV)/.base

run: $(VENV)/.base
	$(BIN)/newswatch run

test: $(VENV)/.dev
	$(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(VENV)/.dev
	$(BIN)/python bench/run.py $(BENCH)

lint: $(VENV)/.dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Re-pin the tested set of every dependency (all extras) for Python 3.11+ on Linux and macOS.
constraints: $(BIN)/python
	$(UV) pip compile pyproject.toml --extra dev --extra airflow --universal \
	    --python-version 3.11 --no-header --quiet -o $(CONSTRAINTS)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
