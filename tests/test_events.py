"""The extraction step on real PostgreSQL: events stored with evidence, idempotent, robust."""

from __future__ import annotations

import datetime as dt
import threading

import psycopg

import pipeline.extract
from pipeline.config import Settings
from pipeline.events import extract_articles
from pipeline.extract import EXTRACTOR_VERSION

# Our own sentences, in the style of the news the extractor is built for.
REPORT = (
    "North Korea has sent troops to Russia, officials in Seoul said on Tuesday.\n\n"
    "US and UK intelligence estimate that around 10,000 North Korean soldiers are now in "
    "Russia's Kursk region. South Korea's spy agency put the number at 13,000 troops.\n\n"
    "Washington urged Beijing to press Pyongyang to withdraw its soldiers."
)
QUIET = "The county fair opened on Saturday with a record number of prize pumpkins."
SETTINGS = Settings()


def add_article(conn: psycopg.Connection, url: str, text: str | None, **cols) -> int:
    cols = {"outlet": "Example Wire", "needs_extraction": True, "status": "fetched", **cols}
    names = ", ".join(["url", "text", *cols])
    marks = ", ".join(["%s"] * (2 + len(cols)))
    row = conn.execute(
        f"INSERT INTO articles ({names}) VALUES ({marks}) RETURNING id", [url, text, *cols.values()]
    ).fetchone()
    return row[0]


def events_of(conn: psycopg.Connection, article_id: int) -> list[tuple]:
    return conn.execute(
        "SELECT id, type, value, sentence, start_offset, end_offset, outlet, extractor_version "
        "FROM events WHERE article_id = %s ORDER BY ordinal",
        [article_id],
    ).fetchall()


def article_state(conn: psycopg.Connection, article_id: int) -> tuple:
    return conn.execute(
        "SELECT needs_extraction, extracted_version, extraction_error, extracted_at IS NOT NULL "
        "FROM articles WHERE id = %s",
        [article_id],
    ).fetchone()


def test_events_are_stored_with_their_evidence(conn):
    article = add_article(conn, "https://example.test/a", REPORT)
    counts = extract_articles(SETTINGS, conn)
    rows = events_of(conn, article)
    assert counts["articles"] == 1 and counts["events"] == len(rows) > 0
    for _id, _type, _value, sentence, start, end, outlet, version in rows:
        assert REPORT[start:end] == sentence
        assert outlet == "Example Wire"
        assert version == EXTRACTOR_VERSION
    assert article_state(conn, article) == (False, EXTRACTOR_VERSION, None, True)


def test_the_troop_estimate_is_stored_with_its_figure(conn):
    article = add_article(conn, "https://example.test/a", REPORT)
    extract_articles(SETTINGS, conn)
    values = {r[2] for r in events_of(conn, article) if r[2] is not None}
    assert 10000 in values


def test_a_rerun_stores_nothing_new(conn):
    article = add_article(conn, "https://example.test/a", REPORT)
    extract_articles(SETTINGS, conn)
    before = events_of(conn, article)
    counts = extract_articles(SETTINGS, conn)
    assert counts["articles"] == 0 and counts["events"] == 0
    assert events_of(conn, article) == before


def test_an_older_extractor_version_is_replaced(conn):
    article = add_article(
        conn, "https://example.test/a", REPORT, needs_extraction=False, extracted_version="0.0.1"
    )
    conn.execute(
        "INSERT INTO events (article_id, ordinal, type, sentence, start_offset, end_offset, "
        "extractor_version) VALUES (%s, 0, 'deployment', 'stale', 0, 5, '0.0.1')",
        [article],
    )
    extract_articles(SETTINGS, conn)
    rows = events_of(conn, article)
    assert rows and {r[7] for r in rows} == {EXTRACTOR_VERSION}
    assert "stale" not in {r[3] for r in rows}


def test_changed_text_replaces_the_events(conn):
    article = add_article(conn, "https://example.test/a", REPORT)
    extract_articles(SETTINGS, conn)
    conn.execute(
        "UPDATE articles SET text = %s, needs_extraction = true WHERE id = %s", [QUIET, article]
    )
    extract_articles(SETTINGS, conn)
    assert events_of(conn, article) == []


def test_syndicated_copies_are_not_extracted(conn):
    first = add_article(conn, "https://example.test/a", REPORT)
    copy = add_article(conn, "https://example.test/copy", REPORT, duplicate_of=first)
    counts = extract_articles(SETTINGS, conn)
    assert counts["articles"] == 1 and counts["duplicates"] == 1
    assert events_of(conn, first) and events_of(conn, copy) == []
    assert article_state(conn, copy)[0] is False


def test_articles_without_text_are_left_alone(conn):
    pending = add_article(conn, "https://example.test/p", None, status="pending")
    counts = extract_articles(SETTINGS, conn)
    assert counts["articles"] == 0
    assert article_state(conn, pending) == (True, None, None, False)


def test_a_failing_article_is_recorded_and_the_others_go_on(conn, monkeypatch):
    real = pipeline.extract.extract_events

    def fragile(text, *, outlet=None):
        if "BOOM" in text:
            raise RuntimeError("cannot read this text")
        return real(text, outlet=outlet)

    monkeypatch.setattr(pipeline.extract, "extract_events", fragile)
    bad = add_article(conn, "https://example.test/bad", "BOOM. " + REPORT)
    good = add_article(conn, "https://example.test/good", REPORT)
    counts = extract_articles(SETTINGS, conn)
    assert counts["failed"] == 1 and counts["articles"] == 1
    assert events_of(conn, good)
    needs, version, error, _ = article_state(conn, bad)
    assert (needs, version) == (False, EXTRACTOR_VERSION)
    assert error == "RuntimeError: cannot read this text"


def test_a_failed_article_keeps_its_previous_events(conn, monkeypatch):
    article = add_article(conn, "https://example.test/a", REPORT)
    extract_articles(SETTINGS, conn)
    before = events_of(conn, article)

    def broken(text, *, outlet=None):
        raise ValueError("bad data file")

    monkeypatch.setattr(pipeline.extract, "extract_events", broken)
    extract_articles(SETTINGS, conn, force=True)
    assert events_of(conn, article) == before
    assert article_state(conn, article)[2] == "ValueError: bad data file"


def test_events_whose_offsets_do_not_slice_the_text_are_refused(conn, monkeypatch):
    real = pipeline.extract.extract_events

    def shifted(text, *, outlet=None):
        events = real(text, outlet=outlet)
        for event in events:
            event.start += 1
        return events

    monkeypatch.setattr(pipeline.extract, "extract_events", shifted)
    article = add_article(conn, "https://example.test/a", REPORT)
    counts = extract_articles(SETTINGS, conn)
    assert counts["failed"] == 1 and events_of(conn, article) == []
    assert "does not match" in article_state(conn, article)[2]


def test_only_the_given_articles_are_extracted(conn):
    one = add_article(conn, "https://example.test/1", REPORT)
    two = add_article(conn, "https://example.test/2", REPORT)
    extract_articles(SETTINGS, conn, article_ids=[two])
    assert events_of(conn, one) == [] and events_of(conn, two)


def test_force_extracts_up_to_date_articles_again(conn):
    article = add_article(conn, "https://example.test/a", REPORT)
    extract_articles(SETTINGS, conn)
    first_ids = [r[0] for r in events_of(conn, article)]
    counts = extract_articles(SETTINGS, conn, force=True)
    assert counts["articles"] == 1
    assert [r[0] for r in events_of(conn, article)] != first_ids


def test_since_limits_the_run_to_recent_articles(conn):
    old = add_article(
        conn,
        "https://example.test/old",
        REPORT,
        published_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC),
    )
    new = add_article(
        conn,
        "https://example.test/new",
        REPORT,
        published_at=dt.datetime(2024, 1, 1, tzinfo=dt.UTC),
    )
    extract_articles(SETTINGS, conn, since=dt.datetime(2023, 1, 1, tzinfo=dt.UTC))
    assert events_of(conn, old) == [] and events_of(conn, new)


def test_two_runs_at_once_store_each_event_once(conn, db_url):
    ids = [add_article(conn, f"https://example.test/{i}", REPORT) for i in range(30)]
    results: list[dict] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            with psycopg.connect(db_url, autocommit=True) as own:
                results.append(extract_articles(SETTINGS, own))
        except BaseException as exc:  # surfaced by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sum(r["articles"] for r in results) == len(ids)
    per_article = {len(events_of(conn, i)) for i in ids}
    assert len(per_article) == 1 and per_article != {0}
