"""The database dies mid-run: `pg_ctl stop -m immediate` during extraction. The run exits
non-zero with one line; after a restart the next run completes the work, and the database
then holds exactly what one uninterrupted run produces: every article, event, change and
alert once, nothing from the feeds missing."""

from __future__ import annotations

import json
import time

import psycopg
import pytest
from faults import (
    Cluster,
    assert_same_content,
    canonical_dump,
    newswatch_env,
    run,
    serve_directory,
    start_run,
    write_corpus,
)

ARTICLES = 200


def extracted(url: str) -> int:
    try:
        with psycopg.connect(url, autocommit=True, connect_timeout=2) as conn:
            if conn.execute("SELECT to_regclass('articles')").fetchone()[0] is None:
                return 0
            return conn.execute(
                "SELECT count(*) FROM articles WHERE extracted_at IS NOT NULL"
            ).fetchone()[0]
    except psycopg.OperationalError:
        return 0


@pytest.fixture
def cluster():
    c = Cluster()
    try:
        yield c
    finally:
        c.destroy()


@pytest.mark.slow
def test_database_stopped_during_extraction_loses_and_doubles_nothing(
    cluster, database_factory, tmp_path
):
    reference_db = database_factory.create(migrate=False)
    with serve_directory(tmp_path / "web") as base:
        feeds = write_corpus(tmp_path / "web", base, ARTICLES)
        run(feeds, newswatch_env(reference_db, tmp_path / "home-ref"))

        env = newswatch_env(cluster.url(), tmp_path / "home")
        proc = start_run(feeds, env)
        deadline = time.monotonic() + 300
        while extracted(cluster.url()) < 10:
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "extraction never started"
            time.sleep(0.1)
        cluster.stop("immediate")
        _, err = proc.communicate(timeout=120)
        assert proc.returncode != 0
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("newswatch: error: "), err
        assert "Traceback" not in err
        assert "postgresql" in lines[0].lower() or "database" in lines[0].lower(), err

        cluster.start()
        assert 10 <= extracted(cluster.url()) < ARTICLES, "the stop was not mid-extraction"
        run(feeds, env)

    reference = canonical_dump(reference_db)
    recovered = canonical_dump(cluster.url())
    assert len(reference["articles"]) == ARTICLES
    assert_same_content(reference, recovered)
    log = (tmp_path / "home" / "alerts.jsonl").read_text(encoding="utf-8").splitlines()
    ids = [json.loads(line)["id"] for line in log]
    assert len(ids) == len(set(ids)) == len(reference["alerts"])
