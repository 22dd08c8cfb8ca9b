"""Claims on feeds and articles that die with the session that made them.

A run claims due rows by pushing their due time forward by a lease, so a second run at the
same time takes other rows. The claim also records the claiming backend (pid and start
time): when that backend is gone (the run was killed, crashed or lost the server), the claim
is void at once and the rows are due again, instead of waiting out the lease. The lease
remains the backstop for a backend that the server still believes alive.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Iterator
from typing import ParamSpec, TypeVar

import psycopg

# The claiming session, as stored in claimed_by_pid / claimed_by_start.
CLAIMER_COLUMNS = (
    "claimed_by_pid = pg_backend_pid(), "
    "claimed_by_start = (SELECT backend_start FROM pg_stat_activity WHERE pid = pg_backend_pid())"
)
RELEASED_COLUMNS = "claimed_by_pid = NULL, claimed_by_start = NULL"

_DUE_COLUMN = {"feeds": "next_poll_at", "articles": "next_fetch_at"}


def release_dead_claims(conn: psycopg.Connection, table: str) -> int:
    """Make rows claimed by sessions that no longer exist due now; return how many.

    Another database user's backend_start is hidden from us (NULL): then a live pid is
    taken as the claimer still being alive, erring on the side of the lease.
    """
    due = _DUE_COLUMN[table]
    return conn.execute(
        f"""UPDATE {table} t SET {due} = LEAST(t.{due}, now()), {RELEASED_COLUMNS}
            WHERE t.claimed_by_pid IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM pg_stat_activity s
                              WHERE s.pid = t.claimed_by_pid
                                AND (s.backend_start = t.claimed_by_start
                                     OR s.backend_start IS NULL))"""
    ).rowcount


# --- order between steps -------------------------------------------------------------------
# Change detection judges each figure against the series as of its published time, and an
# article that lands after newer ones is `late` (kept, no alert). Two runs at once would split
# the work: one run's detection could pass while the other still polls, fetches or extracts
# earlier articles, which would then arrive late and lose their alerts. So the steps that feed
# detection hold a shared lock for their duration, and detection takes it exclusively: it
# waits until in-flight upstream work of every other session has landed. Session-level locks
# end with their session, so a killed run never blocks the next one.
UPSTREAM_LOCK = 7_263_011_060  # any constant bigint unique to newswatch; 060: this range

P = ParamSpec("P")
R = TypeVar("R")


def _conn_of(args: tuple, kwargs: dict) -> psycopg.Connection:
    conn = kwargs.get("conn", args[1] if len(args) > 1 else None)
    if not isinstance(conn, psycopg.Connection):
        raise TypeError("a step takes (settings, conn, ...)")
    return conn


def _holding(lock_sql: str, unlock_sql: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    def decorate(step: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(step)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            conn = _conn_of(args, kwargs)
            conn.execute(lock_sql, (UPSTREAM_LOCK,))
            try:
                return step(*args, **kwargs)
            finally:
                with contextlib.suppress(psycopg.Error):  # a lost server released it already
                    conn.execute(unlock_sql, (UPSTREAM_LOCK,))

        return wrapper

    return decorate


@contextlib.contextmanager
def upstream_phase(conn: psycopg.Connection) -> Iterator[None]:
    """Hold the shared lock across several upstream steps (poll, fetch, extract in one run),
    so that another run's detection cannot slip in between them. Advisory locks count: the
    steps' own acquisitions nest inside this one."""
    conn.execute("SELECT pg_advisory_lock_shared(%s)", (UPSTREAM_LOCK,))
    try:
        yield
    finally:
        with contextlib.suppress(psycopg.Error):  # a lost server released it already
            conn.execute("SELECT pg_advisory_unlock_shared(%s)", (UPSTREAM_LOCK,))


feeds_detection = _holding(
    "SELECT pg_advisory_lock_shared(%s)", "SELECT pg_advisory_unlock_shared(%s)"
)
feeds_detection.__doc__ = "Mark a step (poll, fetch, extract) that produces detection's input."
waits_for_upstream = _holding("SELECT pg_advisory_lock(%s)", "SELECT pg_advisory_unlock(%s)")
waits_for_upstream.__doc__ = "Mark detection: it starts once no other session is mid-upstream."
