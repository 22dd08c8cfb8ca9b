"""Figures over time: a written timeline gives exactly the expected alerts, once."""

from __future__ import annotations

import threading
from decimal import Decimal

import psycopg
import pytest
from figures_helpers import add_article, add_event, alerts_list, claim, day

from pipeline import figures
from pipeline.config import load_settings
from pipeline.figures import detect_changes

TROOPS = "north korea|troops|russia-ukraine"
KILLED = "north korea|killed|russia-ukraine"
WOUNDED = "north korea|wounded|russia-ukraine"


@pytest.fixture
def settings(tmp_path):
    return load_settings(env={"NEWSWATCH_HOME": str(tmp_path)})


def losses_article(conn, url, published):
    """One article with a killed and a wounded figure: two series beside the troop series."""
    aid = add_article(conn, url, published, "Kyiv Wire")
    for metric, value in (("killed", 1200), ("wounded", 2500)):
        add_event(
            conn, aid, value=value, metric=metric, source="Ukraine", outlet="Kyiv Wire",
            subject=f"North Korean soldiers {metric}", location="Kursk region",
            location_code=None,
        )  # fmt: skip
    return aid


# (published day, url, value, claimant, outlet, extra event fields); the last one arrives late
TIMELINE = [
    (0, "https://ledger.example/nk-troops", 10000, "United States", "Daily Ledger", {}),
    (7, "https://ledger.example/nk-rise", 12000, "United States", "Daily Ledger", {}),
    (10, "https://harbour.example/restated", 12000, "United States", "Harbour Times",
     {"location": "Ukraine", "location_code": "UA", "target": None}),
    (14, "https://seoul.example/estimate", 15000, "South Korea", "Seoul Herald",
     {"location": "Russia", "location_code": "RU"}),
    (21, "https://ledger.example/revised", 11000, "United States", "Daily Ledger", {}),
]  # fmt: skip
LATE = (3, "https://archive.example/old-report", 10500, "United States", "Archive Post", {})
LOSSES = (24, "https://kyiv.example/losses")

EXPECTED = [
    ("new", TROOPS, "United States", None, 10000),
    ("changed", TROOPS, "United States", 10000, 12000),
    ("contradicts", TROOPS, "South Korea", 12000, 15000),
    ("changed", TROOPS, "United States", 12000, 11000),
    ("new", KILLED, "Ukraine", None, 1200),
    ("new", WOUNDED, "Ukraine", None, 2500),
]


def add_step(conn, step):
    published, url, value, claimant, outlet, extra = step
    claim(conn, url, day(published), value, source=claimant, outlet=outlet, **extra)


def run_one_by_one(conn, settings):
    for step in TIMELINE:
        add_step(conn, step)
        detect_changes(settings, conn)
    losses_article(conn, LOSSES[1], day(LOSSES[0]))
    detect_changes(settings, conn)
    add_step(conn, LATE)
    detect_changes(settings, conn)


def kinds(conn):
    return [
        r[0]
        for r in conn.execute(
            "SELECT c.kind || CASE WHEN c.late THEN ' (late)' ELSE '' END FROM figure_changes c "
            "JOIN figure_observations o ON o.id = c.observation_id ORDER BY o.published_at, o.id"
        ).fetchall()
    ]


def test_timeline_raises_exactly_the_expected_alerts(conn, settings):
    run_one_by_one(conn, settings)
    assert alerts_list(conn) == EXPECTED


def test_every_observation_gets_one_change_of_the_right_kind(conn, settings):
    run_one_by_one(conn, settings)
    assert kinds(conn) == [
        "new", "changed (late)", "changed", "restated", "contradicts", "changed", "new", "new",
    ]  # fmt: skip


def test_kursk_russia_and_ukraine_locations_stay_one_troop_series(conn, settings):
    run_one_by_one(conn, settings)
    keys = [r[0] for r in conn.execute("SELECT key FROM figure_series ORDER BY key")]
    assert keys == [KILLED, TROOPS, WOUNDED]


def test_revision_by_the_same_claimant_is_flagged_with_delta_and_percent(conn, settings):
    run_one_by_one(conn, settings)
    row = conn.execute(
        "SELECT from_value, to_value, delta, pct, same_claimant_revision FROM figure_changes "
        "WHERE to_value = 11000"
    ).fetchone()
    assert row == (12000, 11000, -1000, Decimal("-8.33"), True)


def test_late_old_article_joins_history_without_an_alert(conn, settings):
    run_one_by_one(conn, settings)
    late = conn.execute(
        "SELECT kind, late, from_value FROM figure_history WHERE value = 10500"
    ).fetchone()
    assert late == ("changed", True, 10000)
    latest = conn.execute("SELECT value FROM figure_latest WHERE series = %s", (TROOPS,))
    assert latest.fetchone() == (11000,)


def test_second_detection_pass_creates_nothing(conn, settings):
    run_one_by_one(conn, settings)
    again = detect_changes(settings, conn)
    assert (again["events"], again["changes"], again["alerts"]) == (0, 0, 0)
    assert len(alerts_list(conn)) == len(EXPECTED)


def test_backlog_in_one_pass_matches_one_by_one_arrival(conn, settings, db_url):
    for step in TIMELINE:
        add_step(conn, step)
        detect_changes(settings, conn)
    one_by_one = conn.execute("SELECT alert_id FROM alerts ORDER BY id").fetchall()
    conn.execute("TRUNCATE articles, figure_series RESTART IDENTITY CASCADE")
    for step in reversed(TIMELINE):  # stored newest first: order must come from published time
        add_step(conn, step)
    detect_changes(settings, conn)
    assert conn.execute("SELECT alert_id FROM alerts ORDER BY id").fetchall() == one_by_one
    assert alerts_list(conn) == EXPECTED[:4]


def test_backlog_split_over_small_batches_matches_one_pass(conn, tmp_path):
    small = load_settings(env={"NEWSWATCH_HOME": str(tmp_path)})
    small.extra["figure_batch_size"] = 2
    for step in reversed(TIMELINE):
        add_step(conn, step)
    counts = detect_changes(small, conn)
    assert counts["changes"] == len(TIMELINE)
    assert alerts_list(conn) == EXPECTED[:4]


def test_lookups_in_chunks_of_two_series_give_the_same_alerts(conn, settings, monkeypatch):
    monkeypatch.setattr(figures, "ID_CHUNK", 2)  # three series: every lookup spans two chunks
    for step in reversed(TIMELINE):
        add_step(conn, step)
    losses_article(conn, LOSSES[1], day(LOSSES[0]))
    detect_changes(settings, conn)
    assert alerts_list(conn) == EXPECTED


def test_latest_figure_view_copies_the_newest_observation_and_its_change(conn, settings):
    run_one_by_one(conn, settings)  # the late article last: it must not move the copy
    latest = conn.execute(
        """SELECT claimant, value, qualifier, mid, outlet, url, published_at, kind,
                  previous_value, delta, pct, observations, claimants
           FROM figure_latest WHERE series = %s""",
        (TROOPS,),
    ).fetchone()
    assert latest == (
        "United States", 11000, "approx", 11000, "Daily Ledger", TIMELINE[4][1], day(21),
        "changed", 12000, -1000, Decimal("-8.33"), 6, 2,
    )  # fmt: skip


def test_a_series_latest_outside_its_lines_is_still_compared_with(conn, settings):
    claim(conn, "https://ledger.example/first", day(0), 10000, outlet="Daily Ledger")
    detect_changes(settings, conn)
    conn.execute("DELETE FROM figure_lines")  # the pointer on the series is all that is left
    claim(conn, "https://harbour.example/second", day(2), 10500, source="South Korea")
    detect_changes(settings, conn)
    row = conn.execute(
        "SELECT kind, from_value FROM figure_changes WHERE to_value = 10500"
    ).fetchone()
    assert row == ("new", 10000)


def test_deleting_an_article_clears_the_comparisons_with_its_figure(conn, settings):
    run_one_by_one(conn, settings)
    conn.execute("DELETE FROM articles WHERE url = %s", (TIMELINE[0][1],))
    rows = conn.execute(
        """SELECT kind, from_value, previous_claimant FROM figure_change_log
           WHERE series = %s AND value IN (10500, 12000) ORDER BY change_id""",
        (TROOPS,),
    ).fetchall()
    # the revision and the late report were compared with the deleted 10,000: the numbers stay
    assert rows == [("changed", 10000, None), ("restated", 12000, "United States"),
                    ("changed", 10000, None)]  # fmt: skip
    dangling = conn.execute(
        """SELECT count(*) FROM figure_changes c WHERE previous_observation_id IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM figure_observations o
                           WHERE o.id = c.previous_observation_id)"""
    ).fetchone()
    assert dangling == (0,)


def test_deleting_a_series_deletes_its_changes_and_alerts(conn, settings):
    run_one_by_one(conn, settings)
    conn.execute("DELETE FROM figure_series WHERE key = %s", (TROOPS,))
    left = conn.execute("SELECT DISTINCT series FROM figure_change_log ORDER BY 1").fetchall()
    assert left == [(KILLED,), (WOUNDED,)]
    assert conn.execute("SELECT count(*) FROM figure_changes").fetchone() == (2,)
    assert [a[1] for a in alerts_list(conn)] == [KILLED, WOUNDED]


def test_re_extraction_of_an_article_links_to_the_same_observation(conn, settings):
    run_one_by_one(conn, settings)
    article = conn.execute("SELECT id FROM articles WHERE url = %s", (TIMELINE[1][1],)).fetchone()[
        0
    ]
    old = conn.execute("SELECT * FROM events WHERE article_id = %s", (article,)).fetchone()
    conn.execute("DELETE FROM events WHERE article_id = %s", (article,))
    add_event(conn, article, value=12000, source="United States", outlet="Daily Ledger",
              ordinal=old[2])  # fmt: skip
    counts = detect_changes(settings, conn)
    assert (counts["observations"], counts["changes"], counts["alerts"]) == (0, 0, 0)
    assert counts["linked"] == 1
    assert conn.execute(
        "SELECT count(*) FROM figure_observations WHERE article_id = %s AND event_id IS NOT NULL",
        (article,),
    ).fetchone() == (1,)


def test_syndicated_copy_is_one_observation_and_no_second_alert(conn, settings):
    first = claim(conn, "https://ledger.example/a", day(0), 10000, outlet="Daily Ledger")
    detect_changes(settings, conn)
    copy = add_article(conn, "https://mirror.example/a", day(0.5), "Mirror", duplicate_of=first)
    add_event(conn, copy, value=10000, outlet="Mirror")
    counts = detect_changes(settings, conn)
    assert (counts["observations"], counts["alerts"]) == (0, 0)
    assert conn.execute("SELECT supporting_events FROM figure_observations").fetchall() == [(2,)]


def test_same_claim_in_two_sentences_of_one_article_is_one_observation(conn, settings):
    aid = claim(conn, "https://ledger.example/a", day(0), 10000)
    add_event(conn, aid, value=10000, sentence="Again, some 10,000 soldiers, officials said.")
    counts = detect_changes(settings, conn)
    assert (counts["observations"], counts["linked"], counts["alerts"]) == (1, 1, 1)


def test_two_detectors_at_once_record_each_change_once(conn, settings, db_url):
    for step in TIMELINE:
        add_step(conn, step)
    errors = []

    def detect():
        try:
            with psycopg.connect(db_url, autocommit=True) as c:
                detect_changes(settings, c)
        except Exception as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=detect) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert conn.execute("SELECT count(*) FROM figure_changes").fetchone() == (len(TIMELINE),)
    assert alerts_list(conn) == EXPECTED[:4]


def test_events_without_figures_are_skipped_once_with_a_reason(conn, settings):
    aid = add_article(conn, "https://ledger.example/a", day(0))
    add_event(conn, aid, type="diplomatic_request", value=None, metric=None, subject=None)
    first = detect_changes(settings, conn)
    second = detect_changes(settings, conn)
    assert (first["skipped"], second["events"]) == (1, 0)
    assert conn.execute("SELECT skipped_reason FROM figure_event_links").fetchone() == (
        "no figure",
    )


def test_ranges_compare_by_bounds_and_deltas_by_midpoint(conn, settings):
    claim(conn, "https://a.example/1", day(0), None, low=10000, high=12000, qualifier="range")
    claim(conn, "https://a.example/2", day(1), None, low=10000, high=12000, qualifier="range")
    claim(conn, "https://a.example/3", day(2), 14000, qualifier="approx")
    detect_changes(settings, conn)
    rows = conn.execute(
        "SELECT kind, from_value, to_value, delta FROM figure_changes ORDER BY id"
    ).fetchall()
    assert rows == [("new", None, 11000, None), ("restated", 11000, 11000, 0),
                    ("changed", 11000, 14000, 3000)]  # fmt: skip


def test_a_figure_without_a_place_takes_its_articles_theatre(conn, settings):
    aid = add_article(conn, "https://kyiv.example/a", day(0), "Kyiv Wire")
    add_event(conn, aid, value=1200, metric="killed", source="Ukraine")
    add_event(conn, aid, value=2500, metric="wounded", source="Ukraine", location=None,
              location_code=None, target="North Korea", type="deployment")  # fmt: skip
    detect_changes(settings, conn)
    keys = [r[0] for r in conn.execute("SELECT key FROM figure_series ORDER BY key")]
    assert keys == [KILLED, WOUNDED]


def test_claimant_names_with_quotes_backslashes_and_braces_are_kept_exactly(conn, settings):
    odd = 'The "Joint" Staff\\HQ, {north}'
    claim(conn, "https://ledger.example/first", day(0), 10000, source=odd)
    claim(conn, "https://ledger.example/second", day(2), 12000, source="NULL")
    detect_changes(settings, conn)
    lines = conn.execute("SELECT claimant FROM figure_lines ORDER BY claimant").fetchall()
    assert lines == [("NULL",), (odd,)]
    latest = conn.execute("SELECT claimant, claimants FROM figure_latest").fetchone()
    assert latest == ("NULL", 2)
