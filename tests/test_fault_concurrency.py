"""Two `newswatch run` processes at once: neither crashes, nothing is stored twice.

The mechanisms, step by step: feeds and articles are claimed with FOR UPDATE SKIP LOCKED and
a lease tied to the claiming session; `articles.url` is unique (ON CONFLICT); extraction
locks each article row (SKIP LOCKED) and replaces its events in one transaction; change
detection waits for other sessions' in-flight poll/fetch/extract (a shared/exclusive
advisory lock, pipeline/claims.py) and runs under an advisory lock with unique constraints
behind it; each alert is sent under its row lock (SKIP LOCKED), so one process delivers it.
Together they make two runs at once store exactly what one run stores.
"""

from __future__ import annotations

import json

import psycopg
import pytest
from faults import (
    assert_same_content,
    canonical_dump,
    newswatch_env,
    run,
    serve_directory,
    start_run,
    write_corpus,
)

ARTICLES = 60


def duplicates(url: str) -> dict[str, int]:
    """Rows that repeat a natural key (each must be 0)."""
    checks = {
        "articles": "SELECT count(*) - count(DISTINCT url) FROM articles",
        "events": "SELECT count(*) - count(DISTINCT (article_id, sentence, start_offset, "
        "end_offset, value, low, high)) FROM events",
        "observations": "SELECT count(*) - count(DISTINCT (series_id, claimant, article_id, "
        "value, low, high)) FROM figure_observations",
        "changes": "SELECT count(*) - count(DISTINCT observation_id) FROM figure_changes",
        "alerts": "SELECT count(*) - count(DISTINCT change_id) FROM alerts",
        "alert ids": "SELECT count(*) - count(DISTINCT alert_id) FROM alerts",
    }
    with psycopg.connect(url, autocommit=True) as conn:
        return {name: conn.execute(sql).fetchone()[0] for name, sql in checks.items()}


@pytest.mark.slow
def test_two_runs_at_once_store_everything_once(database_factory, tmp_path):
    reference_db = database_factory.create(migrate=False)
    shared_db = database_factory.create(migrate=False)
    with serve_directory(tmp_path / "web") as base:
        feeds = write_corpus(tmp_path / "web", base, ARTICLES)
        run(feeds, newswatch_env(reference_db, tmp_path / "home-ref"))
        env = newswatch_env(shared_db, tmp_path / "home")
        procs = [start_run(feeds, env) for _ in range(2)]
        outcomes = [p.communicate(timeout=600) for p in procs]
    for proc, (_, err) in zip(procs, outcomes, strict=True):
        assert proc.returncode == 0, err
        assert "Traceback" not in err

    assert duplicates(shared_db) == dict.fromkeys(duplicates(shared_db), 0)
    reference = canonical_dump(reference_db)
    together = canonical_dump(shared_db)
    assert_same_content(reference, together)
    lines = (tmp_path / "home" / "alerts.jsonl").read_text(encoding="utf-8").splitlines()
    ids = [json.loads(line)["id"] for line in lines]
    assert len(ids) == len(set(ids)) == len(reference["alerts"])
