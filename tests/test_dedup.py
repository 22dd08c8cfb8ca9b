"""Dedup: one row per canonical URL; a syndicated copy links to the first; changed text updates."""

from __future__ import annotations

import datetime as dt

from feedkit import SETTINGS, page, paras, rss

from pipeline.articles import content_hash, fetch_articles
from pipeline.feeds import poll_feeds


def add_feed(conn, url: str, name: str) -> int:
    return conn.execute(
        "INSERT INTO feeds (url, name) VALUES (%s, %s) RETURNING id", (url, name)
    ).fetchone()[0]


def test_the_same_canonical_url_from_two_feeds_is_one_article(web, conn):
    link = web.url_for("/story")
    web.expect_request("/f1").respond_with_data(
        rss([{"title": "S", "link": link + "?utm_source=a"}])
    )
    web.expect_request("/f2").respond_with_data(rss([{"title": "S", "link": link + "#x"}]))
    add_feed(conn, web.url_for("/f1"), "One")
    add_feed(conn, web.url_for("/f2"), "Two")
    counts = poll_feeds(SETTINGS, conn)
    assert counts["new_articles"] == 1
    assert conn.execute("SELECT url FROM articles").fetchall() == [(link,)]


def test_the_same_text_under_another_url_is_a_duplicate_of_the_first(web, conn):
    body = page("Wire story", paras("wire"))
    web.expect_request("/feed").respond_with_data(rss([
        {"title": "Wire story", "link": web.url_for("/outlet-a/story")},
        {"title": "Wire story", "link": web.url_for("/outlet-b/copy")},
    ]))  # fmt: skip
    web.expect_request("/outlet-a/story").respond_with_data(body, content_type="text/html")
    web.expect_request("/outlet-b/copy").respond_with_data(body, content_type="text/html")
    add_feed(conn, web.url_for("/feed"), "Wire")
    poll_feeds(SETTINGS, conn)
    counts = fetch_articles(SETTINGS, conn)
    rows = conn.execute(
        "SELECT id, duplicate_of, needs_extraction FROM articles ORDER BY id"
    ).fetchall()
    (first, first_dup, first_needs), (second, second_dup, second_needs) = rows
    assert counts["duplicates"] == 1
    assert (first_dup, first_needs) == (None, True)
    assert (second_dup, second_needs) == (first, False)


def two_copies(web, conn, mirror_first: bool):
    """A wire story published at 09:00 and a mirror's word-for-word copy at 15:00, the feed
    listing them in either order (so either may get the lower id)."""
    body = page("Wire story", paras("wire"))
    early = dt.datetime(2024, 10, 29, 9, 0, tzinfo=dt.UTC)
    items = [
        {"title": "Wire story", "link": web.url_for("/wire/story"), "date": early},
        {"title": "Wire story", "link": web.url_for("/mirror/copy"),
         "date": early + dt.timedelta(hours=6)},
    ]  # fmt: skip
    web.expect_request("/feed").respond_with_data(rss(items[::-1] if mirror_first else items))
    web.expect_request("/wire/story").respond_with_data(body, content_type="text/html")
    web.expect_request("/mirror/copy").respond_with_data(body, content_type="text/html")
    add_feed(conn, web.url_for("/feed"), "Wire")
    poll_feeds(SETTINGS, conn)


def roles(conn) -> dict[str, tuple]:
    rows = conn.execute(
        "SELECT a.url, o.url, a.needs_extraction FROM articles a "
        "LEFT JOIN articles o ON o.id = a.duplicate_of"
    ).fetchall()
    return {
        url.rsplit("/", 2)[-2]: (dup and dup.rsplit("/", 2)[-2], needs) for url, dup, needs in rows
    }


def test_the_earliest_published_copy_is_the_original_whichever_was_stored_first(web, conn):
    two_copies(web, conn, mirror_first=True)
    counts = fetch_articles(SETTINGS, conn)
    assert counts["duplicates"] == 1
    assert roles(conn) == {"wire": (None, True), "mirror": ("wire", False)}


def test_a_copy_already_extracted_stays_the_original(web, conn):
    """Its figures may already be recorded under it: moving them would repeat alerts."""
    two_copies(web, conn, mirror_first=True)
    conn.execute("UPDATE articles SET next_fetch_at = now() + interval '1 day' WHERE url LIKE %s",
                 ("%/wire/%",))  # fmt: skip
    fetch_articles(SETTINGS, conn)  # the mirror's copy alone
    conn.execute("UPDATE articles SET needs_extraction = false, extracted_at = now()")
    conn.execute("UPDATE articles SET next_fetch_at = now() WHERE url LIKE %s", ("%/wire/%",))
    fetch_articles(SETTINGS, conn)
    assert roles(conn) == {"mirror": (None, False), "wire": ("mirror", False)}


def test_a_newer_entry_with_changed_text_updates_the_article_and_marks_it(web, conn):
    link = web.url_for("/developing")
    v1 = dt.datetime(2024, 10, 29, 9, 0, tzinfo=dt.UTC)
    feed_id = add_feed(conn, web.url_for("/feed"), "Live")
    web.expect_oneshot_request("/feed").respond_with_data(
        rss([{"title": "D", "link": link, "date": v1, "updated": v1}])
    )
    web.expect_oneshot_request("/developing").respond_with_data(
        page("D", paras("v1")), content_type="text/html"
    )
    poll_feeds(SETTINGS, conn, [feed_id])
    fetch_articles(SETTINGS, conn)
    conn.execute("UPDATE articles SET needs_extraction = false")
    v2 = v1 + dt.timedelta(hours=2)
    web.expect_oneshot_request("/feed").respond_with_data(
        rss([{"title": "D", "link": link, "date": v1, "updated": v2}])
    )
    web.expect_oneshot_request("/developing").respond_with_data(
        page("D", paras("v2")), content_type="text/html"
    )
    assert poll_feeds(SETTINGS, conn, [feed_id])["refreshed"] == 1
    counts = fetch_articles(SETTINGS, conn)
    text, needs = conn.execute("SELECT text, needs_extraction FROM articles").fetchone()
    assert counts["updated"] == 1
    assert "Reference v2" in text and needs is True
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


def test_a_refetch_with_the_same_text_changes_nothing(web, conn):
    link = web.url_for("/same")
    v1 = dt.datetime(2024, 10, 29, 9, 0, tzinfo=dt.UTC)
    feed_id = add_feed(conn, web.url_for("/feed"), "Live")
    web.expect_oneshot_request("/feed").respond_with_data(
        rss([{"title": "S", "link": link, "updated": v1}])
    )
    web.expect_request("/same").respond_with_data(
        page("S", paras("same")), content_type="text/html"
    )
    poll_feeds(SETTINGS, conn, [feed_id])
    fetch_articles(SETTINGS, conn)
    conn.execute("UPDATE articles SET needs_extraction = false")
    later = v1 + dt.timedelta(minutes=5)
    web.expect_oneshot_request("/feed").respond_with_data(
        rss([{"title": "S", "link": link, "updated": later}])
    )
    poll_feeds(SETTINGS, conn, [feed_id])
    counts = fetch_articles(SETTINGS, conn)
    assert counts["unchanged"] == 1
    assert conn.execute("SELECT needs_extraction FROM articles").fetchone()[0] is False


def test_whitespace_does_not_change_the_content_hash():
    assert content_hash("North Korean  troops\nin Russia") == content_hash(
        "North Korean troops in Russia"
    )
