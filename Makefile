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

# Airflow standalone (api-server, scheduler, dag-processor, triggerer) for this checkout:
# metadata on SQLite in .airflow/, DAGs from dags/, data in the embedded PostgreSQL unless
# DATABASE_URL or AIRFLOW_CONN_NEWSWATCH_DB is set. Login: .airflow/simple_auth_manager_passwords.json.generated
AIRFLOW_PORT ?= 8080
AIRFLOW_ENV := PATH="$(CURDIR)/$(BIN):$$PATH" AIRFLOW_HOME=$(CURDIR)/.airflow \
	AIRFLOW__CORE__DAGS_FOLDER=$(CURDIR)/dags \
	AIRFLOW__CORE__LOAD_EXAMPLES=False \
	AIRFLOW__CORE__PARALLELISM=8 \
	AIRFLOW__API__HOST=127.0.0.1 \
	AIRFLOW__API__PORT=$(AIRFLOW_PORT) \
	AIRFLOW__CORE__EXECUTION_API_SERVER_URL=http://127.0.0.1:$(AIRFLOW_PORT)/execution/ \
	NEWSWATCH_HOME=$(CURDIR)/.newswatch

airflow: $(VENV)/.dev
	@$(BIN)/python -c 'import socket,sys; s=socket.socket(); r=s.connect_ex(("127.0.0.1",$(AIRFLOW_PORT))); sys.exit("port $(AIRFLOW_PORT) is in use (an earlier Airflow still running? stop it, or AIRFLOW_PORT=8081 make airflow)" if r==0 else 0)'
	@mkdir -p .airflow
	$(AIRFLOW_ENV) $(BIN)/airflow db migrate
	$(AIRFLOW_ENV) $(BIN)/airflow pools set newswatch_polling 4 "newswatch: concurrent feed-polling batches"
	@if [ -z "$$DATABASE_URL$$AIRFLOW_CONN_NEWSWATCH_DB" ]; then \
	  echo "newswatch data: embedded PostgreSQL in .newswatch/pgdata"; fi
	@echo "UI: http://127.0.0.1:$(AIRFLOW_PORT)  login: user admin, password in .airflow/simple_auth_manager_passwords.json.generated"
	@if [ -z "$$DATABASE_URL$$AIRFLOW_CONN_NEWSWATCH_DB" ]; then \
	  DATABASE_URL="$$($(BIN)/newswatch db url)" || exit 1; export DATABASE_URL; fi; \
	$(AIRFLOW_ENV) exec $(BIN)/airflow standalone

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
