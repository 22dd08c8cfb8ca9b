"""Killed in the middle: SIGKILL `newswatch run` at random points, again and again; after one
final clean run the database holds exactly what a single clean run produces.

Each round lists one more feed (whose articles are newer than the last feed's), so every
run finds new work to be killed in the middle of: polling, fetching, extraction, detection
or delivery, wherever the signal lands.
"""

from __future__ import annotations

import random
import signal
import time

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

KILLS = 8  # rounds; each lands somewhere in the poll/fetch/extract/detect/deliver steps
ARTICLES_PER_FEED = 5


@pytest.mark.slow
def test_sigkill_at_random_points_then_a_clean_run_equals_one_clean_run(database_factory, tmp_path):
    reference_db = database_factory.create(migrate=False)
    faulted_db = database_factory.create(migrate=False)
    feed_count = KILLS + 1
    with serve_directory(tmp_path / "web") as base:
        feeds = write_corpus(
            tmp_path / "web", base, ARTICLES_PER_FEED * feed_count, feed_count, in_order=True
        )
        tables = ["[[feeds]]" + t for t in feeds.read_text(encoding="utf-8").split("[[feeds]]")[1:]]
        started = time.monotonic()
        run(feeds, newswatch_env(reference_db, tmp_path / "home-ref"))
        clean_seconds = time.monotonic() - started

        env = newswatch_env(faulted_db, tmp_path / "home-faulted")
        rng = random.Random(20251125)
        killed = 0
        for round_ in range(KILLS):
            feeds.write_text("\n".join(tables[: round_ + 1]), encoding="utf-8")
            proc = start_run(feeds, env)
            time.sleep(rng.uniform(0.5, clean_seconds * 0.8))
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                killed += 1
            proc.communicate(timeout=60)
        assert killed >= KILLS // 2, f"only {killed} runs were killed mid-way"
        feeds.write_text("\n".join(tables), encoding="utf-8")
        run(feeds, env)

    reference = canonical_dump(reference_db)
    faulted = canonical_dump(faulted_db)
    assert len(reference["articles"]) == ARTICLES_PER_FEED * feed_count
    assert len(reference["events"]) > 0 and len(reference["alerts"]) > 0
    assert_same_content(reference, faulted)
