"""Polling feeds: statuses, conditional GET, Retry-After, backoff, recovery, bozo and hostile XML."""

from __future__ import annotations

import datetime as dt
import gzip
import time

import pytest
from feedkit import SETTINGS, ago, rss
from werkzeug.wrappers import Response as WsgiResponse

from pipeline.feeds import due_feeds, poll_feeds
from pipeline.http import HttpClient


def add_feed(conn, url: str, name: str = "Test Outlet", interval: int = 900) -> int:
    return conn.execute(
        "INSERT INTO feeds (url, name, interval_seconds) VALUES (%s, %s, %s) RETURNING id",
        (url, name, interval),
    ).fetchone()[0]


def feed_row(conn, feed_id: int) -> dict:
    from psycopg.rows import dict_row

    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute("SELECT * FROM feeds WHERE id = %s", (feed_id,)).fetchone()


def seconds_until(when: dt.datetime) -> float:
    return (when - dt.datetime.now(dt.UTC)).total_seconds()


ITEMS = [
    {"title": "Talks resume", "link": "http://news.test/a/1?utm_source=rss&id=7#top",
     "guid": "g-1", "date": dt.datetime(2024, 10, 24, 15, 5, tzinfo=dt.UTC),
     "summary": "<p>Talks <b>resumed</b> on Monday.</p>"},
    {"title": "Port deal", "link": "/a/2", "guid": "g-2"},
]  # fmt: skip


@pytest.fixture
def short_client():
    with HttpClient(allow_private_networks=True, read_timeout=0.5, total_timeout=1.5,
                    per_host_delay=0) as c:  # fmt: skip
        yield c


def test_a_200_feed_stores_new_entries_as_pending_articles(web, conn):
    web.expect_request("/feed").respond_with_data(rss(ITEMS), content_type="application/rss+xml")
    feed_id = add_feed(conn, web.url_for("/feed"), name="Meridian Test")
    counts = poll_feeds(SETTINGS, conn)
    assert counts["new_articles"] == 2
    rows = conn.execute(
        "SELECT url, guid, title, outlet, status, published_at, published_source, feed_content "
        "FROM articles WHERE feed_id = %s ORDER BY guid", (feed_id,)
    ).fetchall()  # fmt: skip
    first, second = rows
    assert first[0] == "http://news.test/a/1?id=7"
    assert first[1:5] == ("g-1", "Talks resume", "Meridian Test", "pending")
    assert first[5] == dt.datetime(2024, 10, 24, 15, 5, tzinfo=dt.UTC)
    assert first[6] == "feed"
    assert first[7] == "Talks resumed on Monday."
    assert second[0] == web.url_for("/a/2")  # relative link resolved against the feed URL
    assert second[6] is None  # no feed date: the page or the fetch time will supply it


def test_a_successful_poll_records_health_and_validators(web, conn):
    web.expect_request("/feed").respond_with_data(
        rss(ITEMS), headers={"ETag": '"v1"', "Last-Modified": "Tue, 01 Oct 2024 00:00:00 GMT"}
    )
    feed_id = add_feed(conn, web.url_for("/feed"), interval=600)
    poll_feeds(SETTINGS, conn)
    row = feed_row(conn, feed_id)
    assert (row["last_status"], row["last_http_status"], row["etag"]) == ("ok", 200, '"v1"')
    assert row["last_modified"] == "Tue, 01 Oct 2024 00:00:00 GMT"
    assert row["title"] == "Test Outlet"
    assert 590 < seconds_until(row["next_poll_at"]) <= 600


def test_a_304_costs_nothing_and_keeps_the_feed_healthy(web, conn):
    feed_id = add_feed(conn, web.url_for("/feed"))
    conn.execute("UPDATE feeds SET etag = %s WHERE id = %s", ('"v1"', feed_id))
    web.expect_request("/feed", headers={"If-None-Match": '"v1"'}).respond_with_data("", status=304)
    counts = poll_feeds(SETTINGS, conn, [feed_id])
    assert counts["not_modified"] == 1 and counts["new_articles"] == 0
    assert feed_row(conn, feed_id)["last_status"] == "not_modified"


@pytest.mark.parametrize("status", [404, 410, 500])
def test_an_http_error_is_recorded_and_backs_off(web, conn, status):
    web.expect_request("/feed").respond_with_data("nope", status=status)
    feed_id = add_feed(conn, web.url_for("/feed"), interval=600)
    counts = poll_feeds(SETTINGS, conn)
    row = feed_row(conn, feed_id)
    assert counts["failed"] == 1
    assert (row["last_status"], row["last_http_status"]) == ("error", status)
    assert row["consecutive_failures"] == 1
    assert row["last_error"] == f"HTTP {status}"
    assert 1190 < seconds_until(row["next_poll_at"]) <= 1200  # interval x 2


def test_429_honours_retry_after(web, conn):
    web.expect_request("/feed").respond_with_data("", status=429, headers={"Retry-After": "300"})
    feed_id = add_feed(conn, web.url_for("/feed"))
    poll_feeds(SETTINGS, conn)
    row = feed_row(conn, feed_id)
    assert row["last_http_status"] == 429
    assert 290 < seconds_until(row["next_poll_at"]) <= 300


def test_503_honours_a_retry_after_date(web, conn):
    when = dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)
    web.expect_request("/feed").respond_with_data(
        "", status=503, headers={"Retry-After": when.strftime("%a, %d %b %Y %H:%M:%S GMT")}
    )
    feed_id = add_feed(conn, web.url_for("/feed"))
    poll_feeds(SETTINGS, conn)
    assert 3500 < seconds_until(feed_row(conn, feed_id)["next_poll_at"]) <= 3600


def test_backoff_grows_with_consecutive_failures_then_recovers(web, conn):
    feed_id = add_feed(conn, web.url_for("/feed"), interval=600)
    web.expect_request("/feed").respond_with_data("down", status=500)
    poll_feeds(SETTINGS, conn, [feed_id])
    first = seconds_until(feed_row(conn, feed_id)["next_poll_at"])
    poll_feeds(SETTINGS, conn, [feed_id])
    row = feed_row(conn, feed_id)
    assert row["consecutive_failures"] == 2
    assert seconds_until(row["next_poll_at"]) > first * 1.9
    web.clear()
    web.expect_request("/feed").respond_with_data(rss(ITEMS))
    poll_feeds(SETTINGS, conn, [feed_id])
    row = feed_row(conn, feed_id)
    assert (row["last_status"], row["consecutive_failures"], row["last_error"]) == ("ok", 0, None)
    assert seconds_until(row["next_poll_at"]) <= 600


def test_a_hanging_feed_times_out_and_the_run_goes_on(web, conn, short_client):
    def hang(request):
        time.sleep(3)
        return WsgiResponse("late")

    web.expect_request("/hang").respond_with_handler(hang)
    web.expect_request("/ok").respond_with_data(rss(ITEMS))
    hanging = add_feed(conn, web.url_for("/hang"))
    add_feed(conn, web.url_for("/ok"))
    counts = poll_feeds(SETTINGS, conn, client=short_client)
    assert counts["failed"] == 1 and counts["new_articles"] == 2
    assert "timeout" in feed_row(conn, hanging)["last_error"]


def test_a_slow_drip_feed_is_cut_off(web, conn, short_client):
    def drip():
        for _ in range(60):
            yield b" "
            time.sleep(0.1)

    web.expect_request("/drip").respond_with_response(WsgiResponse(drip(), direct_passthrough=True))
    feed_id = add_feed(conn, web.url_for("/drip"))
    poll_feeds(SETTINGS, conn, client=short_client)
    assert "in total" in feed_row(conn, feed_id)["last_error"]


def test_an_oversize_feed_is_refused(web, conn):
    import pipeline.feeds as feeds_module

    body = rss(ITEMS) + b" " * 2_000_000
    web.expect_request("/big").respond_with_data(body)
    feed_id = add_feed(conn, web.url_for("/big"))
    limit = feeds_module.MAX_FEED_BYTES
    feeds_module.MAX_FEED_BYTES = 1_000_000
    try:
        poll_feeds(SETTINGS, conn)
    finally:
        feeds_module.MAX_FEED_BYTES = limit
    assert "larger than 1000000 bytes" in feed_row(conn, feed_id)["last_error"]


def test_a_gzip_bomb_feed_stops_at_the_cap(web, conn):
    bomb = gzip.compress(b"<rss>" + b" " * (100 * 1024 * 1024), compresslevel=9)
    web.expect_request("/bomb").respond_with_data(bomb, headers={"Content-Encoding": "gzip"})
    feed_id = add_feed(conn, web.url_for("/bomb"))
    poll_feeds(SETTINGS, conn)
    assert "after decompression" in feed_row(conn, feed_id)["last_error"]


def test_a_redirect_loop_is_a_recorded_error(web, conn):
    web.expect_request("/loop").respond_with_data("", status=302, headers={"Location": "/loop"})
    feed_id = add_feed(conn, web.url_for("/loop"))
    poll_feeds(SETTINGS, conn)
    assert feed_row(conn, feed_id)["last_error"] == "too many redirects (more than 5)"


def test_a_redirect_to_a_private_address_is_refused_with_the_guard_on(web, conn):
    web.expect_request("/feed").respond_with_data(
        "", status=301, headers={"Location": "http://169.254.169.254/latest/meta-data/"}
    )
    feed_id = add_feed(conn, web.url_for("/feed"))
    with HttpClient(allow_private_networks=False, allow_hosts={"127.0.0.1"}) as guarded:
        poll_feeds(SETTINGS, conn, client=guarded)
    row = feed_row(conn, feed_id)
    assert row["last_status"] == "refused"
    assert "link-local" in row["last_error"]


def test_the_guard_refuses_a_loopback_feed_by_default(web, conn):
    from pipeline.config import Settings

    web.expect_request("/feed").respond_with_data(rss(ITEMS))
    feed_id = add_feed(conn, web.url_for("/feed"))
    poll_feeds(Settings(allow_private_networks=False), conn)
    assert feed_row(conn, feed_id)["last_status"] == "refused"
    assert [r for r, _ in web.log if r.path == "/feed"] == []


def test_a_bozo_feed_keeps_its_entries_and_records_the_problem(web, conn):
    broken = rss(ITEMS).replace(b"</channel></rss>", b"<item><title>cut off")
    web.expect_request("/feed").respond_with_data(broken)
    feed_id = add_feed(conn, web.url_for("/feed"))
    counts = poll_feeds(SETTINGS, conn)
    row = feed_row(conn, feed_id)
    assert counts["bozo"] == 1 and counts["new_articles"] >= 2
    assert row["last_status"] == "bozo"
    assert row["last_error"]
    assert row["consecutive_failures"] == 0


def test_an_html_page_is_not_a_feed(web, conn):
    web.expect_request("/feed").respond_with_data(
        "<html><body><p>Welcome</p></body></html>", content_type="text/html"
    )
    feed_id = add_feed(conn, web.url_for("/feed"))
    poll_feeds(SETTINGS, conn)
    assert feed_row(conn, feed_id)["last_error"].startswith("not a feed")


def test_wrong_declared_charset_still_gives_correct_titles(web, conn):
    items = [{"title": "Café talks in Zürich", "link": "http://news.test/c"}]
    body = rss(items, encoding="iso-8859-1")
    web.expect_request("/feed").respond_with_data(
        body, content_type="application/rss+xml; charset=utf-8"
    )
    add_feed(conn, web.url_for("/feed"))
    poll_feeds(SETTINGS, conn)
    assert conn.execute("SELECT title FROM articles").fetchone()[0] == "Café talks in Zürich"


def test_missing_charset_uses_the_xml_declaration(web, conn):
    items = [{"title": "Łódź port talks", "link": "http://news.test/l"}]
    web.expect_request("/feed").respond_with_data(
        rss(items, encoding="iso-8859-2"), content_type="application/xml"
    )
    add_feed(conn, web.url_for("/feed"))
    poll_feeds(SETTINGS, conn)
    assert conn.execute("SELECT title FROM articles").fetchone()[0] == "Łódź port talks"


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title><link>http://x.test/</link>
<item><title>&lol9;</title><link>http://news.test/laughs</link></item></channel></rss>"""


def test_xml_entity_expansion_does_not_expand(web, conn):
    web.expect_request("/feed").respond_with_data(BILLION_LAUGHS, content_type="application/xml")
    feed_id = add_feed(conn, web.url_for("/feed"))
    poll_feeds(SETTINGS, conn)
    title = conn.execute("SELECT title FROM feeds WHERE id = %s", (feed_id,)).fetchone()[0]
    stored = conn.execute("SELECT coalesce(sum(length(title)), 0) FROM articles").fetchone()[0]
    assert len(title or "") < 1000 and stored < 1000


def test_external_entities_are_not_resolved(web, conn, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET")
    body = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
        '<rss version="2.0"><channel><title>t</title><item><title>&xxe;</title>'
        "<link>http://news.test/xxe</link><description>&xxe;</description></item>"
        "</channel></rss>"
    ).encode()
    web.expect_request("/feed").respond_with_data(body, content_type="application/xml")
    add_feed(conn, web.url_for("/feed"))
    poll_feeds(SETTINGS, conn)
    stored = conn.execute(
        "SELECT coalesce(string_agg(title || feed_content, ''), '') FROM articles"
    ).fetchone()[0]
    assert "TOPSECRET" not in stored


def test_a_body_that_looks_like_a_path_is_not_opened(web, conn, tmp_path):
    secret = tmp_path / "secret.xml"
    secret.write_bytes(rss([{"title": "leaked", "link": "http://news.test/leak"}]))
    web.expect_request("/feed").respond_with_data(str(secret))
    add_feed(conn, web.url_for("/feed"))
    poll_feeds(SETTINGS, conn)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 0


def test_due_feeds_lists_enabled_overdue_feeds_only(conn):
    due = add_feed(conn, "http://a.test/feed")
    later = add_feed(conn, "http://b.test/feed")
    off = add_feed(conn, "http://c.test/feed")
    conn.execute("UPDATE feeds SET next_poll_at = %s WHERE id = %s", (ago(minutes=5), due))
    conn.execute(
        "UPDATE feeds SET next_poll_at = now() + interval '1 hour' WHERE id = %s", (later,)
    )
    conn.execute("UPDATE feeds SET enabled = false WHERE id = %s", (off,))
    assert due_feeds(SETTINGS, conn) == [due]


def test_a_polled_feed_is_not_due_again_until_its_interval(web, conn):
    web.expect_request("/feed").respond_with_data(rss(ITEMS))
    add_feed(conn, web.url_for("/feed"))
    assert poll_feeds(SETTINGS, conn)["polled"] == 1
    assert poll_feeds(SETTINGS, conn)["polled"] == 0
    assert due_feeds(SETTINGS, conn) == []


def test_a_local_feed_file_is_polled_and_unchanged_next_time(conn, tmp_path):
    (tmp_path / "feed.xml").write_bytes(
        rss([{"title": "Local", "link": "pages/one.html?utm_medium=x"}])
    )
    feed_id = add_feed(conn, (tmp_path / "feed.xml").as_uri())
    poll_feeds(SETTINGS, conn, [feed_id])
    url = conn.execute("SELECT url FROM articles").fetchone()[0]
    assert url == (tmp_path / "pages" / "one.html").as_uri()
    assert poll_feeds(SETTINGS, conn, [feed_id])["not_modified"] == 1
