"""pipeline.tasks, the layer the DAG tasks call: database choice and feed batching.

These run without Airflow (the connection lookup through Airflow's API is switched off).
"""

from __future__ import annotations

import json

import psycopg
import pytest

from pipeline.config import Settings
from pipeline.errors import ConfigError
from pipeline.tasks import CONN_ENV, batch_feed_ids, data_database_url, describe_batch, parse_since


def _feeds(*urls: str) -> list[tuple[int, str]]:
    return list(enumerate(urls, start=1))


# --- which database -------------------------------------------------------------------------
def test_airflow_connection_uri_wins_over_database_url() -> None:
    settings = Settings(database_url="postgresql://other/db")
    env = {CONN_ENV: "postgres://u:p@db.example:5433/news?sslmode=require"}
    assert (
        data_database_url(settings, env, ask_airflow=False)
        == "postgres://u:p@db.example:5433/news?sslmode=require"
    )


def test_airflow_connection_json_becomes_a_libpq_conninfo() -> None:
    value = json.dumps(
        {
            "conn_type": "postgres",
            "host": "db.example",
            "port": 5433,
            "login": "news",
            "password": "s3cret",
            "schema": "newswatch",
            "extra": {"sslmode": "require", "cursor": "dictcursor"},
        }
    )
    url = data_database_url(Settings(), {CONN_ENV: value}, ask_airflow=False)
    assert psycopg.conninfo.conninfo_to_dict(url) == {
        "host": "db.example",
        "port": "5433",
        "user": "news",
        "password": "s3cret",
        "dbname": "newswatch",
        "sslmode": "require",
    }


def test_database_url_is_used_when_no_airflow_connection_is_set() -> None:
    settings = Settings(database_url="postgresql://localhost/newswatch")
    assert data_database_url(settings, {}, ask_airflow=False) == "postgresql://localhost/newswatch"


def test_no_connection_and_no_database_url_means_the_embedded_default() -> None:
    assert data_database_url(Settings(), {}, ask_airflow=False) is None


@pytest.mark.parametrize(
    "value", ["mysql://u@h/db", "{not json", "[1, 2]", "postgres://h/db?__extra__=%7B%7D"]
)
def test_an_unusable_airflow_connection_is_a_config_error(value: str) -> None:
    with pytest.raises(ConfigError, match=CONN_ENV):
        data_database_url(Settings(), {CONN_ENV: value}, ask_airflow=False)


# --- batches for the mapped polling task ----------------------------------------------------
def test_no_due_feeds_make_no_batches() -> None:
    assert batch_feed_ids([]) == []


def test_batches_hold_at_most_the_batch_size_and_every_feed_once() -> None:
    feeds = _feeds(*(f"https://host{i}.example/rss" for i in range(10)))
    batches = batch_feed_ids(feeds, batch_size=3)
    assert all(len(b) <= 3 for b in batches)
    assert sorted(i for b in batches for i in b) == list(range(1, 11))


def test_feeds_of_one_host_stay_in_one_batch() -> None:
    feeds = _feeds(
        "https://a.example/1", "https://b.example/1", "https://a.example/2",
        "https://c.example/1", "https://A.example/3",
    )  # fmt: skip
    batches = batch_feed_ids(feeds, batch_size=3)
    holding_a = [b for b in batches if {1, 3, 5} & set(b)]
    assert len(holding_a) == 1 and {1, 3, 5} <= set(holding_a[0])


def test_batches_grow_instead_of_exceeding_the_mapping_limit() -> None:
    feeds = _feeds(*(f"https://host{i}.example/rss" for i in range(100)))
    batches = batch_feed_ids(feeds, batch_size=2, max_batches=8)
    assert len(batches) <= 8
    assert sum(len(b) for b in batches) == 100


def test_one_huge_host_never_pushes_the_batch_count_past_the_limit() -> None:
    feeds = _feeds(*(f"https://big.example/{i}" for i in range(50)),
                   *(f"https://h{i}.example/" for i in range(20)))  # fmt: skip
    assert len(batch_feed_ids(feeds, batch_size=2, max_batches=5)) <= 5


def test_a_batch_is_named_by_its_size_and_id_range() -> None:
    assert describe_batch([7, 3, 5]) == "3 feeds: 3-7"
    assert describe_batch([4]) == "1 feed: 4"


# --- reprocess Params -----------------------------------------------------------------------
def test_since_accepts_a_date_and_reads_it_as_utc() -> None:
    since = parse_since("2024-11-01")
    assert since is not None and since.isoformat() == "2024-11-01T00:00:00+00:00"


def test_an_empty_since_means_no_limit() -> None:
    assert parse_since("") is None and parse_since(None) is None


def test_a_malformed_since_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="since"):
        parse_since("last tuesday")
