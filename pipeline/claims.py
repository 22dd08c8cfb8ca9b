"""Claims on feeds and articles that die with the session that made them.

A run claims due rows by pushing their due time forward by a lease, so a second run at the
same time takes other rows. The claim also records the claiming backend (pid and start
time): when that backend is gone (the run was killed, crashed or lost the server), the claim
is void at once and the rows are due again, instead of waiting out the lease. The lease
remains the backstop for a backend that the server still believes alive.
"""

from __future__ import annotations

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
