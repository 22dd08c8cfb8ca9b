"""Helpers for figure tests: insert articles and events with SQL, as extraction would."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import psycopg

_ordinal = itertools.count()
T0 = dt.datetime(2024, 10, 1, 9, 0, tzinfo=dt.UTC)


def day(n: float) -> dt.datetime:
    """Published time n days after the first article of a timeline."""
    return T0 + dt.timedelta(days=n)


def add_article(
    conn: psycopg.Connection,
    url: str,
    published: dt.datetime,
    outlet: str = "Example News",
    duplicate_of: int | None = None,
) -> int:
    return conn.execute(
        """INSERT INTO articles (url, outlet, title, published_at, published_source, text,
                                 text_source, status, duplicate_of)
           VALUES (%s, %s, %s, %s, 'feed', 'text', 'page', 'fetched', %s) RETURNING id""",
        (url, outlet, f"Story at {url}", published, duplicate_of),
    ).fetchone()[0]


def add_event(conn: psycopg.Connection, article_id: int, **fields: Any) -> int:
    """An event row with troop-estimate defaults; pass any events column to override."""
    row = {
        "type": "intelligence_estimate",
        "actor": "North Korea",
        "target": "Russia",
        "location": "Kursk Oblast",
        "location_code": "RU-KRS",
        "subject": "North Korean troops",
        "metric": "troops",
        "qualifier": "approx",
        "source": "United States",
        "sentence": "Officials estimate about 10,000 North Korean soldiers are in Russia.",
        "start_offset": 0,
        "end_offset": 60,
        "extractor_version": "test-1",
    }
    row.update(fields)
    row["article_id"] = article_id
    row.setdefault("ordinal", next(_ordinal))
    cols = ", ".join(row)
    marks = ", ".join(["%s"] * len(row))
    return conn.execute(
        f"INSERT INTO events ({cols}) VALUES ({marks}) RETURNING id", list(row.values())
    ).fetchone()[0]


def claim(
    conn: psycopg.Connection,
    url: str,
    published: dt.datetime,
    value: float | None,
    source: str | None = "United States",
    outlet: str = "Example News",
    **fields: Any,
) -> int:
    """One article stating one figure: the usual unit of a timeline."""
    aid = add_article(conn, url, published, outlet)
    add_event(conn, aid, value=value, source=source, outlet=outlet, **fields)
    return aid


def alerts_list(conn: psycopg.Connection) -> list[tuple]:
    """(kind, series, claimant, previous, value) of every alert, in creation order."""
    return [
        tuple(r)
        for r in conn.execute(
            """SELECT p->>'kind', p->>'series', p->>'claimant',
                      (p->>'previous')::numeric, (p->>'value')::numeric
               FROM (SELECT payload p, id FROM alerts) a ORDER BY id"""
        ).fetchall()
    ]
