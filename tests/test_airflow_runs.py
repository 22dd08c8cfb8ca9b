"""The DAGs end to end: `dag.test()` of each over the seed feeds served on 127.0.0.1.

Airflow runs in child processes (tests/airflow_runner.py) with a SQLite metadata database in a
temporary AIRFLOW_HOME; the data goes to a fresh PostgreSQL database named by the Airflow
connection `newswatch_db`. The runs build on each other, in order: ingest, ingest again,
alerts, reprocess.
"""

from __future__ import annotations

import functools
import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest
from airflow_runner import HAVE_AIRFLOW, ROOT, child_env, migrate_metadata, run_child

pytestmark = [
    pytest.mark.airflow,
    pytest.mark.skipif(not HAVE_AIRFLOW, reason="needs the airflow extra"),
]

SEEDS = ROOT / "seeds"
SEED_FEEDS = ["feeds/meridian-post.xml", "feeds/eastgate-wire.atom", "feeds/harbour-daily.xml"]
SEED_ENTRIES = 7  # items in the three seed feeds, each a distinct article page
TABLES = ["feeds", "articles", "events", "figure_observations", "figure_changes", "alerts"]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def seed_site() -> Iterator[str]:
    """seeds/ over HTTP on 127.0.0.1 (the feeds' relative links resolve to its pages)."""
    handler = functools.partial(_QuietHandler, directory=str(SEEDS))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def data_url(database_factory) -> str:
    """A fresh, empty database as a postgresql:// URI (the form Airflow connections take).

    The tasks themselves apply the migrations.
    """
    info = psycopg.conninfo.conninfo_to_dict(database_factory.create(migrate=False))
    return make_uri(info)


def make_uri(info: dict) -> str:
    user = quote(str(info.get("user") or "postgres"), safe="")
    password = f":{quote(str(info['password']), safe='')}" if info.get("password") else ""
    host = str(info.get("host") or "127.0.0.1")
    query = ""
    if host.startswith("/"):  # a socket directory (the embedded server)
        query, host = f"?host={quote(host, safe='')}", ""
    port = f":{info['port']}" if info.get("port") else ""
    return f"postgresql://{user}{password}@{host}{port}/{info['dbname']}{query}"


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory, seed_site: str, data_url: str) -> dict:
    home = tmp_path_factory.mktemp("airflow-home")
    feeds = home / "feeds.toml"
    feeds.write_text(
        "".join(
            f'[[feeds]]\nname = "Seed {i}"\nurl = "{seed_site}/{path}"\n\n'
            for i, path in enumerate(SEED_FEEDS)
        ),
        encoding="utf-8",
    )
    environment = child_env(
        home,
        AIRFLOW_CONN_NEWSWATCH_DB=data_url,
        NEWSWATCH_FEEDS=str(feeds),
        NEWSWATCH_ALLOW_PRIVATE_NETWORKS="1",
        NEWSWATCH_ALERTS_JSONL=str(home / "alerts.jsonl"),
    )
    migrate_metadata(environment)
    return environment


def counts(url: str) -> dict[str, int]:
    with psycopg.connect(url) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def alert_statuses(url: str) -> dict[str, int]:
    with psycopg.connect(url) as conn:
        rows = conn.execute("SELECT status, count(*) FROM alerts GROUP BY status").fetchall()
    return dict(rows)


@pytest.fixture(scope="module")
def first_ingest(env: dict, data_url: str) -> dict:
    run = run_child(["test", "news_ingest"], env)
    return {"run": run, "counts": counts(data_url), "alerts": alert_statuses(data_url)}


@pytest.fixture(scope="module")
def second_ingest(first_ingest: dict, env: dict, data_url: str) -> dict:
    with psycopg.connect(data_url, autocommit=True) as conn:  # every feed due again
        conn.execute("UPDATE feeds SET next_poll_at = now() - interval '1 second'")
    run = run_child(["test", "news_ingest"], env)
    return {"run": run, "counts": counts(data_url)}


@pytest.fixture(scope="module")
def alerts_run(second_ingest: dict, env: dict, data_url: str) -> dict:
    before = alert_statuses(data_url)
    run = run_child(["test", "news_alerts"], env)
    return {"run": run, "before": before, "after": alert_statuses(data_url)}


@pytest.fixture(scope="module")
def reprocess_run(alerts_run: dict, env: dict, data_url: str) -> dict:
    before = counts(data_url)
    run = run_child(["test", "news_reprocess", json.dumps({"since": "2024-01-01"})], env)
    return {"run": run, "before": before, "after": counts(data_url)}


def test_ingest_run_succeeds_task_by_task(first_ingest: dict) -> None:
    run = first_ingest["run"]
    assert run["state"] == "success", run["tasks"]
    assert set(run["tasks"].values()) == {"success"}


def test_ingest_polls_the_due_feeds_in_one_mapped_batch_per_host(first_ingest: dict) -> None:
    run = first_ingest["run"]
    assert run["xcom"]["due_feed_batches"] == [[1, 2, 3]]
    assert "poll_feeds[0]" in run["tasks"]


def test_ingest_stores_every_seed_article_with_its_text(first_ingest: dict, data_url: str) -> None:
    assert first_ingest["counts"]["feeds"] == len(SEED_FEEDS)
    with psycopg.connect(data_url) as conn:
        with_text = conn.execute(
            "SELECT count(*) FROM articles WHERE status = 'fetched' AND length(text) > 200"
        ).fetchone()[0]
    assert with_text == SEED_ENTRIES


def test_ingest_extracts_events_with_their_claimants(first_ingest: dict, data_url: str) -> None:
    with psycopg.connect(data_url) as conn:
        estimates = conn.execute(
            "SELECT count(*) FROM events WHERE type = 'intelligence_estimate'"
            " AND source IS NOT NULL AND value IS NOT NULL"
        ).fetchone()[0]
    assert estimates >= 2


def test_ingest_records_figure_changes_and_queues_their_alerts(first_ingest: dict) -> None:
    found = first_ingest["counts"]
    assert found["figure_observations"] >= 2
    assert found["figure_changes"] >= 2
    assert found["alerts"] >= 1
    assert first_ingest["alerts"] == {"pending": found["alerts"]}


def test_xcom_carries_counts_not_text(first_ingest: dict) -> None:
    assert len(json.dumps(first_ingest["run"]["xcom"])) < 5000


def test_a_second_ingest_creates_nothing_new(first_ingest: dict, second_ingest: dict) -> None:
    assert second_ingest["run"]["state"] == "success", second_ingest["run"]["tasks"]
    assert second_ingest["counts"] == first_ingest["counts"]


def test_alerts_run_delivers_every_pending_alert_once(alerts_run: dict, env: dict) -> None:
    assert alerts_run["run"]["state"] == "success", alerts_run["run"]["tasks"]
    pending = alerts_run["before"]["pending"]
    assert alerts_run["after"] == {"sent": pending}
    lines = Path(env["NEWSWATCH_ALERTS_JSONL"]).read_text(encoding="utf-8").splitlines()
    assert len(lines) == pending


def test_reprocess_re_extracts_every_article_since_the_date(reprocess_run: dict) -> None:
    run = reprocess_run["run"]
    assert run["state"] == "success", run["tasks"]
    assert run["xcom"]["reprocess_articles"]["articles"] == SEED_ENTRIES


def test_reprocess_creates_no_duplicate_events_changes_or_alerts(reprocess_run: dict) -> None:
    assert reprocess_run["after"] == reprocess_run["before"]


def test_reprocess_queues_no_alert_for_a_change_already_alerted(
    reprocess_run: dict, data_url: str
) -> None:
    assert set(alert_statuses(data_url)) == {"sent"}
