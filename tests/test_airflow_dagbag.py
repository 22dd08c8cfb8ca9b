"""The DAG files parse cleanly, quickly, and state what operators rely on.

Airflow runs in a child process (tests/airflow_runner.py) so its configuration stays out of
the rest of the suite.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from airflow_runner import DAGS, HAVE_AIRFLOW, child_env, run_child

pytestmark = [
    pytest.mark.airflow,
    pytest.mark.skipif(not HAVE_AIRFLOW, reason="needs the airflow extra"),
]

DAG_IDS = {"news_ingest", "news_alerts", "news_reprocess"}
MAX_PARSE_SECONDS = 1.0


@pytest.fixture(scope="module")
def bag(tmp_path_factory: pytest.TempPathFactory) -> dict:
    home = tmp_path_factory.mktemp("airflow-home")
    return run_child(["dagbag"], child_env(home))


def test_every_dag_file_imports_without_errors(bag: dict) -> None:
    assert bag["import_errors"] == {}


def test_the_three_dags_are_defined(bag: dict) -> None:
    assert set(bag["dags"]) == DAG_IDS


def test_each_dag_file_parses_in_under_a_second(bag: dict) -> None:
    files = {p.name for p in DAGS.glob("*.py")}
    assert set(bag["parse_seconds"]) == files
    slow = {f: s for f, s in bag["parse_seconds"].items() if s >= MAX_PARSE_SECONDS}
    assert slow == {}


def test_no_dag_has_a_cycle(bag: dict) -> None:
    assert {d: info["cycle"] for d, info in bag["dags"].items() if info["cycle"]} == {}


@pytest.mark.parametrize("dag_id", sorted(DAG_IDS))
def test_every_dag_has_tags_owner_and_retries_with_backoff(bag: dict, dag_id: str) -> None:
    info = bag["dags"][dag_id]
    assert "newswatch" in info["tags"]
    assert info["owners"] == ["newswatch"]
    assert all(n >= 1 for n in info["retries"].values())
    assert all(b > 1 for b in info["backoff"].values())


@pytest.mark.parametrize("dag_id", sorted(DAG_IDS))
def test_no_dag_catches_up_or_overlaps_itself(bag: dict, dag_id: str) -> None:
    info = bag["dags"][dag_id]
    assert info["catchup"] is False
    assert info["max_active_runs"] == 1


def test_ingest_polls_in_the_polling_pool(bag: dict) -> None:
    assert bag["dags"]["news_ingest"]["pools"]["poll_feeds"] == "newswatch_polling"


def test_ingest_ends_by_updating_the_figure_changes_asset(bag: dict) -> None:
    outlets = bag["dags"]["news_ingest"]["outlets"]
    assert outlets["detect_changes"] == ["newswatch_figure_changes"]


def test_alerts_run_on_the_asset_or_a_fallback_time(bag: dict) -> None:
    schedule = bag["dags"]["news_alerts"]["schedule"]
    assert schedule.startswith("AssetOrTimeSchedule")
    assert "newswatch_figure_changes" in schedule
    assert "CronTriggerTimetable" in schedule


def test_reprocess_is_manual_and_takes_since_feed_and_article_params(bag: dict) -> None:
    info = bag["dags"]["news_reprocess"]
    assert "NullTimetable" in info["schedule"]
    assert info["params"] == ["article_ids", "feed_ids", "since"]


def test_ingest_schedule_comes_from_the_environment(tmp_path: Path) -> None:
    env = child_env(tmp_path, NEWSWATCH_INGEST_SCHEDULE="*/5 * * * *")
    schedule = run_child(["dagbag"], env)["dags"]["news_ingest"]["schedule"]
    assert "*/5 * * * *" in schedule


def test_dag_files_import_no_database_or_http_modules_at_parse_time(bag: dict) -> None:
    assert bag["heavy_modules"] == []
