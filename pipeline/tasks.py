"""What the Airflow tasks in dags/ call: one function per task, each running one pipeline step.

A DAG file stays wiring only; everything that touches settings, the database or the network
happens here, at run time. Each function builds Settings, finds the data database (the Airflow
connection `newswatch_db`, else `DATABASE_URL`, else the embedded default), applies pending
migrations, calls exactly one step and returns its counts (XCom carries ids and counts only).

Errors that a retry cannot fix (bad configuration, an edited migration) are raised as Airflow's
AirflowFailException so the task fails at once instead of burning its retries; everything else
propagates and is retried with exponential backoff (see default_args in the DAG files).
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import logging
import math
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import psycopg

from pipeline import db, migrations
from pipeline.config import MAX_MAPPED_TASKS, POLL_BATCH_SIZE, Settings, load_settings
from pipeline.errors import ConfigError, MigrationError

log = logging.getLogger(__name__)

CONN_ID = "newswatch_db"
CONN_ENV = "AIRFLOW_CONN_NEWSWATCH_DB"
_LIBPQ_EXTRAS = {
    "sslmode", "sslcert", "sslkey", "sslrootcert", "sslcrl", "options", "application_name",
    "connect_timeout", "target_session_attrs", "keepalives", "keepalives_idle", "gssencmode",
    "channel_binding", "host",
}  # fmt: skip

# Step name -> "module:function" of the step contract (see BRIEF/DESIGN): imported at run time.
STEPS = {
    "sync_feeds": "pipeline.feeds:sync_feeds",
    "due_feeds": "pipeline.feeds:due_feeds",
    "poll_feeds": "pipeline.feeds:poll_feeds",
    "fetch_articles": "pipeline.articles:fetch_articles",
    "extract_articles": "pipeline.events:extract_articles",
    "detect_changes": "pipeline.figures:detect_changes",
    "deliver_alerts": "pipeline.alerts:deliver_alerts",
}


# --- the data database ----------------------------------------------------------------------
def conninfo_from_fields(fields: dict[str, Any]) -> str:
    """A libpq conninfo from Airflow connection fields (host, port, login, password, schema).

    Extras that libpq understands (sslmode, options, ...) are kept; Airflow-only extras dropped.
    """
    extra = fields.get("extra") or {}
    if isinstance(extra, str):
        try:
            extra = json.loads(extra) if extra.strip() else {}
        except json.JSONDecodeError:
            raise ConfigError(f"{CONN_ENV}: extra is not JSON") from None
    params: dict[str, Any] = {
        k: v for k, v in extra.items() if k in _LIBPQ_EXTRAS and v not in (None, "")
    }
    for field, key in (("host", "host"), ("port", "port"), ("login", "user"),
                       ("password", "password"), ("schema", "dbname")):  # fmt: skip
        if fields.get(field) not in (None, ""):
            params[key] = fields[field]
    return psycopg.conninfo.make_conninfo(**params)


def _from_env_value(value: str) -> str:
    """`AIRFLOW_CONN_NEWSWATCH_DB` as psycopg accepts it: a postgres:// URI, or Airflow's JSON."""
    value = value.strip()
    if value.startswith("{"):
        try:
            fields = json.loads(value)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{CONN_ENV}: invalid JSON: {exc.msg}") from None
        if not isinstance(fields, dict):
            raise ConfigError(f"{CONN_ENV}: JSON must be an object")
        return conninfo_from_fields(fields)
    scheme = value.split("://", 1)[0].lower() if "://" in value else ""
    if scheme not in {"postgres", "postgresql"}:
        raise ConfigError(
            f"{CONN_ENV}: expected a postgres:// URI or JSON, got {scheme or value[:12]!r}"
        )
    if "__extra__" in value:
        raise ConfigError(f"{CONN_ENV}: put extras in the JSON form, not __extra__ in the URI")
    return value  # libpq reads postgres:// URIs as they are, query options included


def _from_airflow_api() -> str | None:
    """The `newswatch_db` connection from Airflow's secrets backends or metadata DB, if any."""
    try:
        from airflow.sdk import Connection
        from airflow.sdk.exceptions import AirflowNotFoundException
    except ImportError:
        return None
    try:
        conn = Connection.get(CONN_ID)
    except AirflowNotFoundException:
        return None
    # Any other failure (API server unreachable) propagates and the task retries: falling back
    # to DATABASE_URL or the embedded database here would write to the wrong place.
    return conninfo_from_fields(
        {
            "host": conn.host,
            "port": conn.port,
            "login": conn.login,
            "password": conn.password,
            "schema": conn.schema,
            "extra": conn.extra_dejson,
        }
    )


def data_database_url(
    settings: Settings, env: dict[str, str] | None = None, *, ask_airflow: bool = True
) -> str | None:
    """The data database: Airflow connection `newswatch_db`, else DATABASE_URL (None: embedded)."""
    env = os.environ if env is None else env
    value = env.get(CONN_ENV)
    if value:
        return _from_env_value(value)
    if ask_airflow:
        found = _from_airflow_api()
        if found:
            return found
    return settings.database_url


# --- running one step -----------------------------------------------------------------------
def _fail_fast(exc: BaseException) -> BaseException:
    """Airflow's exception that skips the remaining retries, carrying one masked line."""
    message = db.mask_url(str(exc))
    try:
        from airflow.sdk.exceptions import AirflowFailException
    except ImportError:  # pragma: no cover - only called inside Airflow tasks
        return exc
    return AirflowFailException(f"{exc.__class__.__name__}: {message}")


@contextmanager
def opened_step(*, ask_airflow: bool = True) -> Iterator[tuple[Settings, psycopg.Connection]]:
    """Settings and a migrated autocommit connection; config errors become fail-fast errors."""
    try:
        settings = load_settings()
        url = data_database_url(settings, ask_airflow=ask_airflow)
        settings = replace(settings, database_url=url)
        url = db.resolve_url(settings)
        log.info("newswatch data database: %s", db.describe_target(url))
        with db.connection(url, autocommit=True) as conn:
            migrations.upgrade(conn)
            yield settings, conn
    except (ConfigError, MigrationError) as exc:
        raise _fail_fast(exc) from None


def step_function(name: str) -> Callable[..., Any]:
    """The step function behind `name`, imported now (so DAG parsing never imports it)."""
    module, _, attr = STEPS[name].partition(":")
    return getattr(importlib.import_module(module), attr)


def run_step(name: str, **kwargs: Any) -> dict[str, Any]:
    """Run one step on the data database and return its counts."""
    with opened_step() as (settings, conn):
        counts = step_function(name)(settings, conn, **kwargs)
    log.info("%s: %s", name, counts)
    return dict(counts or {})


# --- one function per task ------------------------------------------------------------------
def feeds_file_for(settings: Settings) -> Path:
    """The feed list: NEWSWATCH_FEEDS / [paths] feeds, else the packaged seeds/feeds.toml."""
    from pipeline.run import default_feeds_file

    path = settings.feeds_file or default_feeds_file()
    if not path.is_file():
        raise ConfigError(f"feed list not found: {path}")
    return path


def sync_feeds() -> dict[str, Any]:
    with opened_step() as (settings, conn):
        return dict(step_function("sync_feeds")(settings, conn, feeds_file_for(settings)))


def batch_feed_ids(
    feeds: Sequence[tuple[int, str]],
    batch_size: int = POLL_BATCH_SIZE,
    max_batches: int = MAX_MAPPED_TASKS,
) -> list[list[int]]:
    """Split (id, url) pairs into batches, keeping each host's feeds in one batch.

    One host in one batch means per-host politeness still holds when batches poll in parallel
    on different workers. Batches grow beyond `batch_size` rather than exceed `max_batches`
    (Airflow refuses to map over more than max_map_length items).
    """
    if not feeds:
        return []
    capacity = max(batch_size, math.ceil(len(feeds) / max_batches))
    by_host: dict[str, list[int]] = {}
    for feed_id, url in feeds:
        by_host.setdefault((urlsplit(url).hostname or "").lower(), []).append(int(feed_id))
    groups = sorted(by_host.values(), key=len, reverse=True)
    batches: list[list[int]] = []
    for group in groups:  # first-fit decreasing
        for batch in batches:
            if len(batch) + len(group) <= capacity:
                batch.extend(group)
                break
        else:
            batches.append(list(group))
    while len(batches) > max_batches:  # only when single hosts are huge: merge the smallest
        batches.sort(key=len)
        smallest = batches.pop(0)
        batches[0].extend(smallest)
    return [sorted(b) for b in batches]


def describe_batch(feed_ids: Sequence[int]) -> str:
    """A short label for one polling batch, shown as the mapped task's name in the UI."""
    if not feed_ids:
        return "no feeds"
    ids = sorted(int(i) for i in feed_ids)
    span = str(ids[0]) if len(ids) == 1 else f"{ids[0]}-{ids[-1]}"
    return f"{len(ids)} feed{'s' if len(ids) != 1 else ''}: {span}"


def due_feed_batches() -> list[list[int]]:
    """Ids of the feeds due now, in batches for the mapped polling task."""
    with opened_step() as (settings, conn):
        ids = list(step_function("due_feeds")(settings, conn))
        if not ids:
            return []
        rows = conn.execute("SELECT id, url FROM feeds WHERE id = ANY(%s)", (ids,)).fetchall()
    batches = batch_feed_ids([(r[0], r[1]) for r in rows])
    log.info("%d due feeds in %d batches", len(ids), len(batches))
    return batches


def poll_feeds(feed_ids: list[int]) -> dict[str, Any]:
    return run_step("poll_feeds", feed_ids=[int(i) for i in feed_ids])


def fetch_articles() -> dict[str, Any]:
    return run_step("fetch_articles")


def extract_articles() -> dict[str, Any]:
    return run_step("extract_articles")


def detect_changes() -> dict[str, Any]:
    return run_step("detect_changes")


def deliver_alerts() -> dict[str, Any]:
    return run_step("deliver_alerts")


def parse_since(value: str | None) -> dt.datetime | None:
    """An ISO date or date-time from a DAG Param (naive means UTC); bad text is a ConfigError."""
    if value is None or not str(value).strip():
        return None
    try:
        parsed = dt.datetime.fromisoformat(str(value).strip())
    except ValueError:
        raise ConfigError(f"since: not an ISO date: {value!r}") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def _int_list(name: str, values: Sequence[Any] | None) -> list[int]:
    try:
        return sorted({int(v) for v in (values or [])})
    except (TypeError, ValueError):
        raise ConfigError(f"{name}: expected a list of integer ids, got {values!r}") from None


def reprocess_articles(
    since: str | None = None,
    feed_ids: Sequence[Any] | None = None,
    article_ids: Sequence[Any] | None = None,
) -> dict[str, Any]:
    """Re-extract stored articles with the current extractor (force), chosen by the Params.

    Article ids and the articles of the given feeds (published or fetched since `since`) are
    united; with neither, every article since `since` (or every stored article) is redone.
    """
    with opened_step() as (settings, conn):
        since_at = parse_since(since)
        feeds = _int_list("feed_ids", feed_ids)
        ids = set(_int_list("article_ids", article_ids))
        if feeds:
            rows = conn.execute(
                "SELECT id FROM articles WHERE feed_id = ANY(%s)"
                " AND (%s::timestamptz IS NULL OR COALESCE(published_at, fetched_at) >= %s)",
                (feeds, since_at, since_at),
            ).fetchall()
            ids.update(r[0] for r in rows)
            if not ids:
                log.info("no stored articles for feeds %s", feeds)
                return {"articles_selected": 0}
        extract = step_function("extract_articles")
        if ids:  # explicit ids are taken as given; `since` already narrowed the feeds' articles
            counts = extract(settings, conn, article_ids=sorted(ids), force=True)
        else:
            counts = extract(settings, conn, since=since_at, force=True)
    result = dict(counts or {})
    result.setdefault("articles_selected", len(ids) if ids else "all")
    log.info("reprocess: %s", result)
    return result
