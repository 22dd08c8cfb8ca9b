"""How DAG tasks fail: bad configuration fails at once; a database outage is retried.

Each test runs `dag.test()` of news_alerts in a child process (tests/airflow_runner.py) with a
SQLite metadata database in a temporary AIRFLOW_HOME and retries 1 s apart.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from airflow_runner import HAVE_AIRFLOW, child_env, migrate_metadata, run_child

pytestmark = [
    pytest.mark.airflow,
    pytest.mark.skipif(not HAVE_AIRFLOW, reason="needs the airflow extra"),
]


@pytest.fixture(scope="module")
def airflow_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("airflow-home")
    migrate_metadata(child_env(home))
    return home


def test_bad_configuration_fails_the_task_without_using_its_retries(
    airflow_home: Path, db_url: str, tmp_path: Path
) -> None:
    env = child_env(
        airflow_home,
        AIRFLOW_CONN_NEWSWATCH_DB=db_url,
        NEWSWATCH_CONFIG=str(tmp_path / "missing.toml"),
        RUNNER_RETRIES="2",
    )
    run = run_child(["test", "news_alerts"], env)
    assert run["tasks"]["deliver_alerts"] == "failed"
    assert run["tries"]["deliver_alerts"] == 1


def test_an_unreachable_database_is_retried_before_the_task_fails(airflow_home: Path) -> None:
    env = child_env(
        airflow_home,
        AIRFLOW_CONN_NEWSWATCH_DB="postgresql://postgres@127.0.0.1:1/nowhere",
        RUNNER_RETRIES="1",
    )
    run = run_child(["test", "news_alerts"], env)
    assert run["tasks"]["deliver_alerts"] == "failed"
    assert run["tries"]["deliver_alerts"] == 2
