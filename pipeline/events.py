"""The extraction step: article text -> rows in `events`, one article per transaction.

An article is extracted when its text is new or changed (`needs_extraction`) or was extracted
by another extractor version. Its events are replaced as a whole, so a rerun stores nothing
new and a version change leaves no stale rows. Syndicated copies (`duplicate_of`) are skipped:
their events live on the first copy. A text the extractor fails on is recorded in
`articles.extraction_error` with the reason; it keeps its previous events and the run goes on.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator, Sequence
from typing import Any

import psycopg

from pipeline.claims import feeds_detection
from pipeline.config import EXTRACT_BATCH_SIZE, MAX_ERROR_CHARS, Settings
from pipeline.extract.model import Event
from pipeline.progress import progress

log = logging.getLogger(__name__)

_EVENT_COLUMNS = (
    "article_id", "ordinal", "type", "actor", "target", "third_party", "location",
    "location_code", "subject", "metric", "value", "low", "high", "qualifier", "source",
    "source_text", "outlet", "hedged", "sentence", "start_offset", "end_offset", "confidence",
    "extractor_version",
)  # fmt: skip
_INSERT_EVENT = (
    f"INSERT INTO events ({', '.join(_EVENT_COLUMNS)}) "
    f"VALUES ({', '.join(['%s'] * len(_EVENT_COLUMNS))})"
)


class BadEvents(ValueError):
    """The extractor returned an event that cannot be stored as evidence of this text."""


def _candidate_filter(
    version: str, article_ids: Sequence[int] | None, since: dt.datetime | None, force: bool
) -> tuple[str, list[Any]]:
    """The WHERE clause for articles this run should extract, and its parameters."""
    where = ["text IS NOT NULL", "duplicate_of IS NULL"]
    params: list[Any] = []
    if not force:
        where.append("(needs_extraction OR extracted_version IS DISTINCT FROM %s)")
        params.append(version)
    if article_ids is not None:
        where.append("id = ANY(%s)")
        params.append(list(article_ids))
    if since is not None:
        where.append("COALESCE(published_at, fetched_at, created_at) >= %s")
        params.append(since)
    return " AND ".join(where), params


def _batches(conn: psycopg.Connection, where: str, params: list[Any], max_id: int) -> Iterator[int]:
    """Candidate ids in id order, read EXTRACT_BATCH_SIZE at a time (keyset pagination)."""
    last = 0
    while True:
        rows = conn.execute(
            f"SELECT id FROM articles WHERE {where} AND id > %s AND id <= %s ORDER BY id LIMIT %s",
            [*params, last, max_id, EXTRACT_BATCH_SIZE],
        ).fetchall()
        if not rows:
            return
        for (article_id,) in rows:
            yield article_id
        last = rows[-1][0]


def _check(events: list[Event], text: str) -> None:
    """Every event must point at its own sentence in this text: offsets are evidence."""
    for event in events:
        if not 0 <= event.start <= event.end <= len(text):
            raise BadEvents(f"event offsets {event.start}-{event.end} outside the text")
        if text[event.start : event.end] != event.sentence:
            raise BadEvents(f"event sentence does not match text[{event.start}:{event.end}]")


def _row(article_id: int, ordinal: int, event: Event, outlet: str | None, version: str) -> tuple:
    confidence = min(1.0, max(0.0, float(event.confidence)))
    return (
        article_id, ordinal, event.type, event.actor, event.target, event.third_party,
        event.location, event.location_code, event.subject, event.metric, event.value,
        event.low, event.high, event.qualifier, event.source, event.source_text, outlet,
        bool(event.hedged), event.sentence, event.start, event.end, confidence,
        event.extractor_version or version,
    )  # fmt: skip


def _describe(exc: BaseException) -> str:
    message = " ".join(str(exc).split())
    return f"{exc.__class__.__name__}: {message}"[:MAX_ERROR_CHARS]


@feeds_detection
def extract_articles(
    settings: Settings,
    conn: psycopg.Connection,
    article_ids: list[int] | None = None,
    since: dt.datetime | None = None,
    force: bool = False,
) -> dict:
    """Extract events from every article that needs it (or the given ones); return counts.

    `force` re-extracts even articles that are up to date (e.g. after editing data files
    without bumping the version). Safe to run twice at once: an article locked by another
    run is skipped, and each article is rechecked under its lock.
    """
    from pipeline.extract import EXTRACTOR_VERSION, extract_events

    counts = {"articles": 0, "events": 0, "failed": 0, "skipped": 0, "duplicates": 0}
    where, params = _candidate_filter(EXTRACTOR_VERSION, article_ids, since, force)
    max_id, total = conn.execute(
        f"SELECT COALESCE(max(id), 0), count(*) FROM articles WHERE {where}", params
    ).fetchone()
    counts["duplicates"] = _settle_duplicates(conn, article_ids)
    for article_id in progress(_batches(conn, where, params, max_id), "extract", total):
        outcome = _extract_one(conn, article_id, where, params, EXTRACTOR_VERSION, extract_events)
        if outcome is None:
            counts["skipped"] += 1
        elif isinstance(outcome, str):
            counts["failed"] += 1
            log.warning("extraction failed for article %s: %s", article_id, outcome)
        else:
            counts["articles"] += 1
            counts["events"] += outcome
    return counts


def _extract_one(
    conn: psycopg.Connection,
    article_id: int,
    where: str,
    params: list[Any],
    version: str,
    extract_events,
) -> int | str | None:
    """Replace one article's events in one transaction: the number stored, an error, or None.

    None means another run holds the article or already did the work.
    """
    try:
        with conn.transaction():
            row = conn.execute(
                f"SELECT text, outlet FROM articles WHERE id = %s AND {where} "
                "FOR UPDATE SKIP LOCKED",
                [article_id, *params],
            ).fetchone()
            if row is None:
                return None
            text, outlet = row
            events = extract_events(text, outlet=outlet)
            _check(events, text)
            conn.execute("DELETE FROM events WHERE article_id = %s", [article_id])
            if events:
                with conn.cursor() as cur:
                    cur.executemany(
                        _INSERT_EVENT,
                        [_row(article_id, i, e, outlet, version) for i, e in enumerate(events)],
                    )
            conn.execute(
                "UPDATE articles SET extracted_version = %s, extracted_at = now(), "
                "needs_extraction = false, extraction_error = NULL, updated_at = now() "
                "WHERE id = %s",
                [version, article_id],
            )
            return len(events)
    except (psycopg.OperationalError, psycopg.InterfaceError):
        raise  # the database is gone: not this article's fault
    except Exception as exc:  # one bad article must not stop the run
        reason = _describe(exc)
    with conn.transaction():
        conn.execute(
            "UPDATE articles SET extraction_error = %s, extracted_version = %s, "
            "extracted_at = now(), needs_extraction = false, updated_at = now() WHERE id = %s",
            [reason, version, article_id],
        )
    return reason


def _settle_duplicates(conn: psycopg.Connection, article_ids: list[int] | None) -> int:
    """Syndicated copies are not extracted: clear their flag and any events they once had."""
    scope = "AND id = ANY(%s)" if article_ids is not None else ""
    params = [list(article_ids)] if article_ids is not None else []
    with conn.transaction():
        rows = conn.execute(
            "UPDATE articles SET needs_extraction = false, updated_at = now() "
            f"WHERE duplicate_of IS NOT NULL AND needs_extraction {scope} RETURNING id",
            params,
        ).fetchall()
        ids = [r[0] for r in rows]
        if ids:
            conn.execute("DELETE FROM events WHERE article_id = ANY(%s)", [ids])
    return len(ids)
