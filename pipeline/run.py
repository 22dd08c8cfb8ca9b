"""One newswatch cycle: every step of the flow, in order, each in its own transactions.

The Airflow DAGs call the same step functions one task per step; this module is the
single-process equivalent behind `newswatch run`. Every step takes (settings, conn) and
returns a dict of counts, so a DAG can pass it through XCom.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg

from pipeline import db, migrations
from pipeline.config import Settings
from pipeline.events import extract_articles

log = logging.getLogger(__name__)


@dataclass
class RunSummary:
    """What one cycle did, step by step (counts only)."""

    steps: dict[str, dict[str, Any]] = field(default_factory=dict)
    seconds: float = 0.0
    migrations_applied: int = 0

    def lines(self) -> list[str]:
        out = [f"newswatch run finished in {self.seconds:.1f}s"]
        if self.migrations_applied:
            out.append(f"  migrations applied: {self.migrations_applied}")
        for step, counts in self.steps.items():
            shown = ", ".join(f"{k} {v}" for k, v in counts.items())
            out.append(f"  {step:<10} {shown}")
        return out


def default_feeds_file() -> Path:
    """`seeds/feeds.toml` in a checkout, or the copy packed into the wheel."""
    here = Path(__file__).resolve().parent
    packed = here / "_seeds" / "feeds.toml"
    return packed if packed.is_file() else here.parent / "seeds" / "feeds.toml"


def prepare_database(settings: Settings) -> tuple[str, int]:
    """Resolve the database (starting the embedded one if needed) and apply migrations."""
    url = db.resolve_url(settings)
    with db.connection(url, autocommit=True) as conn:
        applied = migrations.upgrade(conn)
    return url, len(applied)


def run_cycle(settings: Settings, feeds_file: Path | None = None) -> RunSummary:
    """Run every step once: sync feeds, poll, fetch, extract, detect changes, deliver alerts."""
    started = time.monotonic()
    summary = RunSummary()
    feeds_file = feeds_file or settings.feeds_file or default_feeds_file()
    from pipeline.feeds import load_feed_list

    load_feed_list(feeds_file)  # a bad feed list is refused before any work starts
    url, summary.migrations_applied = prepare_database(settings)
    with db.connection(url, autocommit=True) as conn:
        from pipeline.alerts import deliver_alerts
        from pipeline.articles import fetch_articles
        from pipeline.claims import upstream_phase
        from pipeline.feeds import poll_feeds, sync_feeds
        from pipeline.figures import detect_changes

        with upstream_phase(conn):  # another run's detection waits for all three steps
            summary.steps["feed list"] = sync_feeds(settings, conn, feeds_file)
            summary.steps["feeds"] = poll_feeds(settings, conn)
            summary.steps["articles"] = fetch_articles(settings, conn)
            summary.steps["extract"] = extract_articles(settings, conn)
        summary.steps["figures"] = detect_changes(settings, conn)
        summary.steps["alerts"] = deliver_alerts(settings, conn)
        summary.steps["database"] = _table_counts(conn)
    summary.seconds = time.monotonic() - started
    return summary


def _table_counts(conn: psycopg.Connection) -> dict[str, int]:
    counts = {}
    for table in ("feeds", "articles", "events"):
        counts[table] = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    return counts
