"""bench/figures: change detection and the latest-figures view at analyst scale.

Loads 1,000,000 events in 10,000 series (three claimants each) into a throw-away database with
COPY, builds their observations, changes and per-claimant lines set-wise (as if
detect_changes had processed them), then times:
- detect_changes over 10,000 new events (one per series, newer than everything stored);
  target < 2 s. Baseline in the same run: the same step one event per transaction
  (figure_batch_size = 1) over 500 more events, i.e. what a naive per-event loop costs;
- the analysts' `figure_latest` view (10,000 rows); target < 50 ms. Baseline: the same
  answer computed from the raw history with DISTINCT ON, without the maintained pointers.

Database: a new database on $NEWSWATCH_BENCH_DATABASE_URL / $NEWSWATCH_TEST_DATABASE_URL /
$DATABASE_URL's server (the first set), else an
embedded PostgreSQL in a temporary directory; dropped at the end either way.
Prints one JSON line.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import secrets
import shutil
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import migrations  # noqa: E402
from pipeline.config import load_settings  # noqa: E402
from pipeline.figures import detect_changes  # noqa: E402

EVENTS = int(os.environ.get("BENCH_FIGURES_EVENTS", 1_000_000))  # smaller for a quick try
SERIES = 10_000
EVENTS_PER_ARTICLE = 10
NEW_EVENTS = 10_000
BASELINE_EVENTS = 500
CLAIMANTS = ("United States", "South Korea", "Ukraine")
VIEW_RUNS = 15
T0 = dt.datetime(2023, 1, 1, tzinfo=dt.UTC)


def admin_url() -> tuple[str, callable]:
    url = (
        os.environ.get("NEWSWATCH_BENCH_DATABASE_URL")
        or os.environ.get("NEWSWATCH_TEST_DATABASE_URL")
        or os.environ.get("DATABASE_URL")
    )
    if url:
        return url, lambda: None
    import pgserver

    tmp = tempfile.mkdtemp(prefix="newswatch-bench-")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        server = pgserver.get_server(Path(tmp), cleanup_mode="delete")

    def cleanup() -> None:
        server.cleanup()
        shutil.rmtree(tmp, ignore_errors=True)

    return server.get_uri(), cleanup


def copy_articles(conn: psycopg.Connection, first: int, count: int, start: dt.datetime) -> None:
    with conn.cursor().copy(
        "COPY articles (id, url, outlet, published_at, published_source, text, text_source, "
        "status) FROM STDIN"
    ) as copy:
        buf = []
        for i in range(first, first + count):
            published = (start + dt.timedelta(minutes=(i - first) * 5)).isoformat()
            buf.append(
                f"{i}\thttps://outlet{i % 50}.example/a/{i}\tOutlet {i % 50}\t{published}"
                "\tfeed\tx\tpage\tfetched\n"
            )
            if len(buf) >= 20_000:
                copy.write("".join(buf))
                buf.clear()
        copy.write("".join(buf))


def copy_events(conn: psycopg.Connection, first_article: int, count: int, salt: int) -> None:
    """`count` events, EVENTS_PER_ARTICLE per article, event n in series n % SERIES."""
    with conn.cursor().copy(
        "COPY events (article_id, ordinal, type, actor, target, location, location_code, "
        "subject, metric, value, qualifier, source, outlet, sentence, start_offset, end_offset, "
        "extractor_version) FROM STDIN"
    ) as copy:
        buf = []
        for n in range(count):
            article = first_article + n // EVENTS_PER_ARTICLE
            series = n % SERIES
            claimant = CLAIMANTS[(n // SERIES + salt) % len(CLAIMANTS)]
            value = 1000 + (series % 97) * 100 + ((n // SERIES + salt) % 7) * 250
            buf.append(
                f"{article}\t{n % EVENTS_PER_ARTICLE}\tdeployment\tLand {series}"
                f"\tRussia\tKursk Oblast\tRU-KRS\tLand {series}\ttroops\t{value}\tapprox\t{claimant}"
                f"\tOutlet {article % 50}\tAbout {value} soldiers of land {series}.\t0\t30\tbench\n"
            )
            if len(buf) >= 20_000:
                copy.write("".join(buf))
                buf.clear()
        copy.write("".join(buf))


PRESTATE_SQL = """
INSERT INTO figure_series (key, force, metric, theatre, label)
SELECT DISTINCT lower(actor) || '|troops|russia-ukraine', lower(actor),
       'troops', 'russia-ukraine', actor || ' troops (russia-ukraine)'
FROM events;

CREATE TEMP TABLE ev AS
SELECT e.id, s.id AS series_id, e.source, e.article_id, e.value, a.url, a.outlet,
       a.published_at, e.sentence
FROM events e JOIN articles a ON a.id = e.article_id
JOIN figure_series s ON s.force = lower(e.actor);

INSERT INTO figure_observations (id, series_id, claimant, attributed, article_id, event_id,
    value, qualifier, mid, outlet, url, sentence, published_at)
SELECT id, series_id, source, true, article_id, id, value, 'approx', value, outlet, url,
       sentence, published_at FROM ev;
SELECT setval('figure_observations_id_seq', (SELECT max(id) FROM figure_observations));

INSERT INTO figure_event_links (event_id, observation_id) SELECT id, id FROM ev;

INSERT INTO figure_changes (series_id, observation_id, previous_observation_id, kind,
    from_value, to_value, delta)
SELECT series_id, id, prev,
       CASE WHEN prev IS NULL THEN 'new' WHEN prev_value = value THEN 'restated' ELSE 'changed' END,
       prev_value, value, value - prev_value
FROM (SELECT id, series_id, value,
             lag(id) OVER w AS prev, lag(value) OVER w AS prev_value
      FROM ev WINDOW w AS (PARTITION BY series_id, source ORDER BY published_at, id)) t;

INSERT INTO figure_lines (series_id, claimant, latest_observation_id, observations,
    attributed, value, low, high, qualifier, published_at)
SELECT l.series_id, l.source, l.latest, l.n, o.attributed, o.value, o.low, o.high, o.qualifier,
       o.published_at
FROM (SELECT series_id, source, (array_agg(id ORDER BY published_at DESC, id DESC))[1] AS latest,
             count(*) AS n
      FROM ev GROUP BY series_id, source) l
JOIN figure_observations o ON o.id = l.latest;

UPDATE figure_series s SET latest_observation_id = v.latest, observations = v.n
FROM (SELECT series_id, (array_agg(id ORDER BY published_at DESC, id DESC))[1] AS latest,
             count(*) AS n FROM ev GROUP BY series_id) v
WHERE s.id = v.series_id;
UPDATE figure_series s
SET claimants = (SELECT count(*) FROM figure_lines l WHERE l.series_id = s.id),
    claimant = o.claimant, value = o.value, low = o.low, high = o.high,
    qualifier = o.qualifier, mid = o.mid, outlet = o.outlet, url = o.url,
    sentence = o.sentence, published_at = o.published_at, kind = c.kind,
    previous_value = c.from_value, delta = c.delta, pct = c.pct
FROM figure_observations o
LEFT JOIN figure_changes c ON c.observation_id = o.id
WHERE o.id = s.latest_observation_id;
DROP TABLE ev;
TRUNCATE figure_queue;
"""

NAIVE_LATEST = """
SELECT DISTINCT ON (o.series_id) s.key, o.claimant, o.value, o.low, o.high, o.published_at,
       o.outlet, o.url, o.sentence
FROM figure_observations o JOIN figure_series s ON s.id = o.series_id
ORDER BY o.series_id, o.published_at DESC, o.id DESC
"""


def time_query(conn: psycopg.Connection, sql: str, runs: int) -> tuple[float, int]:
    """Median wall time (ms) of running the query and fetching every row."""
    times, rows = [], 0
    for _ in range(runs):
        t = time.perf_counter()
        rows = len(conn.execute(sql).fetchall())
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), rows


def server_ms(conn: psycopg.Connection, sql: str) -> float:
    plan = conn.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + sql).fetchone()[0]
    return float(plan[0]["Execution Time"])


def main() -> None:
    admin, cleanup = admin_url()
    name = f"newswatch_bench_{secrets.token_hex(4)}"
    with psycopg.connect(admin, autocommit=True) as c:
        c.execute(f'CREATE DATABASE "{name}"')
    url = psycopg.conninfo.make_conninfo(admin, dbname=name)
    try:
        result = run(url)
    finally:
        with psycopg.connect(admin, autocommit=True) as c:
            c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        cleanup()
    print(json.dumps(result), flush=True)


def run(url: str) -> dict:
    settings = load_settings(env={"NEWSWATCH_HOME": tempfile.mkdtemp(prefix="nw-bench-home-")})
    with psycopg.connect(url, autocommit=True) as conn:
        migrations.upgrade(conn)
        t = time.perf_counter()
        articles = EVENTS // EVENTS_PER_ARTICLE
        copy_articles(conn, 1, articles, T0)
        copy_events(conn, 1, EVENTS, salt=0)
        load_s = time.perf_counter() - t
        t = time.perf_counter()
        conn.execute(PRESTATE_SQL)
        conn.execute("VACUUM ANALYZE")
        prestate_s = time.perf_counter() - t
        stored = conn.execute("SELECT count(*) FROM figure_observations").fetchone()[0]
        series = conn.execute("SELECT count(*) FROM figure_series").fetchone()[0]

        # 10,000 new events, newer than everything stored, one per series
        later = T0 + dt.timedelta(days=3650)
        new_articles = NEW_EVENTS // EVENTS_PER_ARTICLE
        copy_articles(conn, articles + 1, new_articles, later)
        copy_events(conn, articles + 1, NEW_EVENTS, salt=1)
        conn.execute("ANALYZE events; ANALYZE articles")
        t = time.perf_counter()
        counts = detect_changes(settings, conn)
        detect_s = time.perf_counter() - t

        # baseline: one event per transaction
        base_first = articles + new_articles + 1
        copy_articles(
            conn, base_first, BASELINE_EVENTS // EVENTS_PER_ARTICLE, later + dt.timedelta(days=30)
        )
        copy_events(conn, base_first, BASELINE_EVENTS, salt=2)
        one_by_one = load_settings(env={"NEWSWATCH_HOME": settings.home.as_posix()})
        one_by_one.extra["figure_batch_size"] = 1
        t = time.perf_counter()
        base_counts = detect_changes(one_by_one, conn)
        base_s = time.perf_counter() - t

        conn.execute("VACUUM ANALYZE")
        view_ms, view_rows = time_query(conn, "SELECT * FROM figure_latest", VIEW_RUNS)
        view_server_ms = server_ms(conn, "SELECT * FROM figure_latest")
        naive_ms, naive_rows = time_query(conn, NAIVE_LATEST, 3)
        total_obs = conn.execute("SELECT count(*) FROM figure_observations").fetchone()[0]
    return {
        "bench": "figures",
        "events_loaded": EVENTS,
        "series": series,
        "observations_stored": stored,
        "load_copy_s": round(load_s, 2),
        "prestate_s": round(prestate_s, 2),
        "detect_new_events": counts["events"],
        "detect_changes": counts["changes"],
        "detect_alerts": counts["alerts"],
        "detect_s": round(detect_s, 3),
        "detect_events_per_s": round(counts["events"] / detect_s),
        "detect_target_s": 2.0,
        "baseline_one_per_txn_events": base_counts["events"],
        "baseline_one_per_txn_events_per_s": round(base_counts["events"] / base_s),
        "speedup_vs_one_per_txn": round(
            (counts["events"] / detect_s) / (base_counts["events"] / base_s), 1
        ),
        "latest_view_rows": view_rows,
        "latest_view_ms": round(view_ms, 2),
        "latest_view_server_ms": round(view_server_ms, 2),
        "latest_view_target_ms": 50.0,
        "baseline_distinct_on_rows": naive_rows,
        "baseline_distinct_on_ms": round(naive_ms, 1),
        "observations_total": total_obs,
    }


if __name__ == "__main__":
    main()
