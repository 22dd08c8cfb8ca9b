"""The DAGs end to end: `dag.test()` of each over the seed feeds served on 127.0.0.1.

Airflow runs in one child process (tests/airflow_runner.py) with a SQLite metadata database in
a temporary AIRFLOW_HOME; the data goes to a fresh PostgreSQL database named by the Airflow
connection `newswatch_db`. The runs build on each other, in order: ingest, ingest again,
alerts, reprocess; the tests then read what each run did.
"""

from __future__ import annotations

import functools
import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from airflow_runner import HAVE_AIRFLOW, ROOT, child_env, migrate_metadata, run_child, uri_of

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
    """A fresh, empty database (the tasks apply the migrations), as a postgresql:// URI."""
    return uri_of(database_factory.create(migrate=False))


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


COUNTS_SQL = "SELECT " + ", ".join(f"(SELECT count(*) FROM {t})" for t in TABLES)
ALERTS_SQL = "SELECT status, count(*) FROM alerts GROUP BY status"
TEXTS_SQL = "SELECT count(*) FROM articles WHERE status = 'fetched' AND length(text) > 200"
ESTIMATES_SQL = (
    "SELECT count(*) FROM events WHERE type = 'intelligence_estimate'"
    " AND source IS NOT NULL AND value IS NOT NULL"
)


@pytest.fixture(scope="module")
def story(env: dict) -> dict:
    """The whole sequence in one Airflow process; table counts and alert states after each run."""
    actions = [
        {"name": "ingest1", "run": "news_ingest"},
        {"name": "counts1", "sql": COUNTS_SQL},
        {"name": "alerts1", "sql": ALERTS_SQL},
        {"name": "texts1", "sql": TEXTS_SQL},
        {"name": "estimates1", "sql": ESTIMATES_SQL},
        {"name": "due_again", "sql": "UPDATE feeds SET next_poll_at = now() - interval '1 s'"},
        {"name": "ingest2", "run": "news_ingest"},
        {"name": "counts2", "sql": COUNTS_SQL},
        {"name": "alerts2", "sql": ALERTS_SQL},
        {"name": "deliver", "run": "news_alerts"},
        {"name": "counts3", "sql": COUNTS_SQL},
        {"name": "alerts3", "sql": ALERTS_SQL},
        {"name": "reprocess", "run": "news_reprocess", "conf": {"since": "2024-01-01"}},
        {"name": "counts4", "sql": COUNTS_SQL},
        {"name": "alerts4", "sql": ALERTS_SQL},
    ]
    done = run_child(["script", json.dumps(actions)], env)
    for name in ("counts1", "counts2", "counts3", "counts4"):
        done[name] = dict(zip(TABLES, done[name][0], strict=True))
    for name in ("alerts1", "alerts2", "alerts3", "alerts4"):
        done[name] = dict(done[name])
    return done


@pytest.fixture(scope="module")
def first_ingest(story: dict) -> dict:
    return {
        "run": story["ingest1"],
        "counts": story["counts1"],
        "alerts": story["alerts1"],
        "articles_with_text": story["texts1"][0][0],
        "estimates": story["estimates1"][0][0],
    }


@pytest.fixture(scope="module")
def second_ingest(story: dict) -> dict:
    """After every feed was made due again: polled, fetched, extracted once more."""
    return {"run": story["ingest2"], "counts": story["counts2"]}


@pytest.fixture(scope="module")
def alerts_run(story: dict) -> dict:
    return {"run": story["deliver"], "before": story["alerts2"], "after": story["alerts3"]}


@pytest.fixture(scope="module")
def reprocess_run(story: dict) -> dict:
    return {
        "run": story["reprocess"],
        "before": story["counts3"],
        "after": story["counts4"],
        "alerts": story["alerts4"],
    }


def test_ingest_run_succeeds_task_by_task(first_ingest: dict) -> None:
    run = first_ingest["run"]
    assert run["state"] == "success", run["tasks"]
    assert set(run["tasks"].values()) == {"success"}


def test_ingest_polls_the_due_feeds_in_one_mapped_batch_per_host(first_ingest: dict) -> None:
    run = first_ingest["run"]
    assert run["xcom"]["due_feed_batches"] == [[1, 2, 3]]
    assert run["labels"]["poll_feeds[0]"] == "3 feeds: 1-3"


def test_ingest_stores_every_seed_article_with_its_text(first_ingest: dict) -> None:
    assert first_ingest["counts"]["feeds"] == len(SEED_FEEDS)
    assert first_ingest["articles_with_text"] == SEED_ENTRIES


def test_ingest_extracts_events_with_their_claimants(first_ingest: dict) -> None:
    assert first_ingest["estimates"] >= 2


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


def test_reprocess_queues_no_alert_for_a_change_already_alerted(reprocess_run: dict) -> None:
    assert set(reprocess_run["alerts"]) == {"sent"}
