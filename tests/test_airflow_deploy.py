"""The ways of running Airflow (make airflow, docker compose) agree with the code.

Docker is not available on CI: these tests read the files instead of running them.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.config import POLLING_POOL, POLLING_POOL_SLOTS

ROOT = Path(__file__).resolve().parent.parent
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")


def test_make_airflow_creates_the_polling_pool_with_the_configured_slots() -> None:
    assert f"pools set {POLLING_POOL} {POLLING_POOL_SLOTS} " in MAKEFILE


def test_make_airflow_keeps_airflow_home_in_the_gitignored_checkout_folder() -> None:
    assert "AIRFLOW_HOME=$(CURDIR)/.airflow" in MAKEFILE
    assert ".airflow/" in (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()


def test_make_airflow_serves_the_dags_folder_on_loopback_without_examples() -> None:
    assert "AIRFLOW__CORE__DAGS_FOLDER=$(CURDIR)/dags" in MAKEFILE
    assert "AIRFLOW__CORE__LOAD_EXAMPLES=False" in MAKEFILE
    assert "AIRFLOW__API__HOST=127.0.0.1" in MAKEFILE
