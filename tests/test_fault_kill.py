"""Killed in the middle: SIGKILL `newswatch run` at random points, again and again; after one
final clean run the database holds exactly what a single clean run produces."""

from __future__ import annotations

import random
import signal
import time

import pytest
from faults import canonical_dump, newswatch_env, run, serve_directory, start_run, write_corpus

KILLS = 8  # kill points per test; each lands somewhere in the poll/fetch/extract/alert steps
ARTICLES = 40


@pytest.mark.slow
def test_sigkill_at_random_points_then_a_clean_run_equals_one_clean_run(database_factory, tmp_path):
    reference_db = database_factory.create(migrate=False)
    faulted_db = database_factory.create(migrate=False)
    with serve_directory(tmp_path / "web") as base:
        feeds = write_corpus(tmp_path / "web", base, ARTICLES)
        started = time.monotonic()
        run(feeds, newswatch_env(reference_db, tmp_path / "home-ref"))
        clean_seconds = time.monotonic() - started

        env = newswatch_env(faulted_db, tmp_path / "home-faulted")
        rng = random.Random(20251125)
        killed = 0
        for _ in range(KILLS):
            proc = start_run(feeds, env)
            time.sleep(rng.uniform(0.2, clean_seconds))
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                killed += 1
            proc.communicate(timeout=60)
        assert killed >= KILLS // 2, "too few runs were killed mid-way to prove anything"
        run(feeds, env)

    reference = canonical_dump(reference_db)
    faulted = canonical_dump(faulted_db)
    assert len(reference["articles"]) == ARTICLES
    assert len(reference["events"]) > 0 and len(reference["alerts"]) > 0
    for table in reference:
        assert faulted[table] == reference[table], f"{table} differs after kills"
