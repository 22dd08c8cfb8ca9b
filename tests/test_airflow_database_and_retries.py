"""How DAG tasks find their database and fail: bad configuration fails at once, an outage is
retried, and a connection stored in Airflow (the UI's Admin -> Connections) is used.

Both run `dag.test()` of news_alerts in one child process (tests/airflow_runner.py) with a
SQLite metadata database in a temporary AIRFLOW_HOME and retries 1 s apart.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from airflow_runner import HAVE_AIRFLOW, child_env, migrate_metadata, run_child, uri_of

pytestmark = [
    pytest.mark.airflow,
    pytest.mark.skipif(not HAVE_AIRFLOW, reason="needs the airflow extra"),
]


@pytest.fixture(scope="module")
def airflow_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("airflow-home")
    migrate_metadata(child_env(home))
    return home


@pytest.fixture(scope="module")
def runs(airflow_home: Path, session_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Both failing runs in one Airflow process: a missing config file, a closed port."""
    missing = tmp_path_factory.mktemp("config") / "missing.toml"
    actions = [
        {"name": "bad_config", "run": "news_alerts", "retries": 2,
         "env": {"NEWSWATCH_CONFIG": str(missing)}},
        {"name": "no_database", "run": "news_alerts", "retries": 1,
         "env": {"AIRFLOW_CONN_NEWSWATCH_DB": "postgresql://postgres@127.0.0.1:1/nowhere"}},
        # The connection as the UI stores it; DATABASE_URL points nowhere, so only it can work.
        {"name": "stored", "connection": uri_of(session_db_url)},
        {"name": "from_metadata", "run": "news_alerts", "unset": ["AIRFLOW_CONN_NEWSWATCH_DB"],
         "env": {"DATABASE_URL": "postgresql://postgres@127.0.0.1:1/nowhere"}},
    ]  # fmt: skip
    env = child_env(airflow_home, AIRFLOW_CONN_NEWSWATCH_DB=uri_of(session_db_url))
    return run_child(["script", json.dumps(actions)], env)


def test_bad_configuration_fails_the_task_without_using_its_retries(runs: dict) -> None:
    run = runs["bad_config"]
    assert run["tasks"]["deliver_alerts"] == "failed"
    assert run["tries"]["deliver_alerts"] == 1


def test_an_unreachable_database_is_retried_before_the_task_fails(runs: dict) -> None:
    run = runs["no_database"]
    assert run["tasks"]["deliver_alerts"] == "failed"
    assert run["tries"]["deliver_alerts"] == 2


def test_the_connection_stored_in_airflow_wins_over_database_url(runs: dict) -> None:
    run = runs["from_metadata"]
    assert run["tasks"]["deliver_alerts"] == "success"
    assert run["tries"]["deliver_alerts"] == 1
