"""Fetching article pages: main text, feed fallback, dates, bounded retries, the run goes on."""

from __future__ import annotations

import datetime as dt

import pytest
from feedkit import SETTINGS, page, paras, rss
from psycopg.rows import dict_row

from pipeline.articles import fetch_articles
from pipeline.config import MAX_FETCH_ATTEMPTS
from pipeline.feeds import poll_feeds

FEED_DATE = dt.datetime(2024, 10, 29, 9, 15, tzinfo=dt.UTC)


def serve_feed(web, conn, items) -> int:
    web.expect_request("/feed").respond_with_data(rss(items), content_type="application/rss+xml")
    feed_id = conn.execute(
        "INSERT INTO feeds (url, name) VALUES (%s, 'Test Outlet') RETURNING id",
        (web.url_for("/feed"),),
    ).fetchone()[0]
    poll_feeds(SETTINGS, conn, [feed_id])
    return feed_id


def article(conn, path: str) -> dict:
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute("SELECT * FROM articles WHERE url LIKE %s", ("%" + path,)).fetchone()


def make_due(conn) -> None:
    conn.execute("UPDATE articles SET next_fetch_at = now() WHERE status IN ('pending', 'failed')")


def test_a_page_gives_its_main_text_without_boilerplate(web, conn):
    serve_feed(web, conn, [{"title": "Talks", "link": web.url_for("/a/1"), "date": FEED_DATE}])
    web.expect_request("/a/1").respond_with_data(
        page("Talks", paras("one")), content_type="text/html"
    )
    counts = fetch_articles(SETTINGS, conn)
    row = article(conn, "/a/1")
    assert counts["new"] == 1 and counts["page_text"] == 1
    assert (row["status"], row["text_source"], row["needs_extraction"]) == ("fetched", "page", True)
    assert "talks over the port agreement had resumed" in row["text"]
    assert "boilerplate" not in row["text"]
    assert row["content_hash"] and row["fetched_at"] and row["last_error"] is None


def test_an_unreachable_page_falls_back_to_feed_content_and_is_retried(web, conn):
    items = [{"title": "T", "link": web.url_for("/gone"), "date": FEED_DATE,
              "content": "<p>Feed <b>body</b> of the story.</p><script>alert(1)</script>"}]  # fmt: skip
    serve_feed(web, conn, items)
    web.expect_request("/gone").respond_with_data("no", status=404)
    counts = fetch_articles(SETTINGS, conn)
    row = article(conn, "/gone")
    assert counts["feed_text"] == 1 and counts["failed"] == 1
    assert (row["text"], row["text_source"]) == ("Feed body of the story.", "feed")
    assert (row["status"], row["fetch_attempts"], row["last_error"]) == ("failed", 1, "HTTP 404")
    assert row["needs_extraction"] is True
    assert row["next_fetch_at"] > dt.datetime.now(dt.UTC)


def test_retries_are_bounded_then_the_article_is_given_up(web, conn):
    serve_feed(web, conn, [{"title": "T", "link": web.url_for("/flaky"), "summary": "Short."}])
    web.expect_request("/flaky").respond_with_data("err", status=500)
    for _ in range(MAX_FETCH_ATTEMPTS + 2):
        make_due(conn)
        fetch_articles(SETTINGS, conn)
    row = article(conn, "/flaky")
    page_requests = [r for r, _ in web.log if r.path == "/flaky"]
    assert len(page_requests) == MAX_FETCH_ATTEMPTS
    assert (row["status"], row["fetch_attempts"]) == ("gave_up", MAX_FETCH_ATTEMPTS)
    assert row["text"] == "Short."


def test_a_page_that_recovers_replaces_the_feed_text(web, conn):
    serve_feed(web, conn, [{"title": "T", "link": web.url_for("/later"), "summary": "Teaser."}])
    web.expect_oneshot_request("/later").respond_with_data("busy", status=503)
    fetch_articles(SETTINGS, conn)
    conn.execute("UPDATE articles SET needs_extraction = false")
    web.expect_request("/later").respond_with_data(
        page("T", paras("later")), content_type="text/html"
    )
    make_due(conn)
    counts = fetch_articles(SETTINGS, conn)
    row = article(conn, "/later")
    assert counts["updated"] == 1
    assert (row["status"], row["text_source"], row["last_error"]) == ("fetched", "page", None)
    assert row["needs_extraction"] is True


def test_a_410_page_is_given_up_at_once(web, conn):
    serve_feed(web, conn, [{"title": "T", "link": web.url_for("/removed")}])
    web.expect_request("/removed").respond_with_data("", status=410)
    fetch_articles(SETTINGS, conn)
    row = article(conn, "/removed")
    assert (row["status"], row["fetch_attempts"], row["text"]) == ("gave_up", 1, None)


def test_a_page_without_main_text_uses_the_feed_text(web, conn):
    serve_feed(
        web, conn, [{"title": "T", "link": web.url_for("/empty"), "summary": "From the feed."}]
    )
    web.expect_request("/empty").respond_with_data(
        "<html><body></body></html>", content_type="text/html"
    )
    fetch_articles(SETTINGS, conn)
    row = article(conn, "/empty")
    assert (row["status"], row["text_source"], row["text"]) == ("fetched", "feed", "From the feed.")
    assert row["last_error"] == "no main text found in the page"


def test_a_non_html_page_uses_the_feed_text(web, conn):
    serve_feed(web, conn, [{"title": "T", "link": web.url_for("/doc.pdf"), "summary": "Summary."}])
    web.expect_request("/doc.pdf").respond_with_data(b"%PDF-1.4", content_type="application/pdf")
    fetch_articles(SETTINGS, conn)
    row = article(conn, "/doc.pdf")
    assert (row["text_source"], row["status"]) == ("feed", "gave_up")
    assert "not an HTML page" in row["last_error"]


def test_published_time_comes_from_the_feed_first(web, conn):
    serve_feed(web, conn, [{"title": "T", "link": web.url_for("/dated"), "date": FEED_DATE}])
    web.expect_request("/dated").respond_with_data(
        page("T", paras("dated"), date="2020-01-01"), content_type="text/html"
    )
    fetch_articles(SETTINGS, conn)
    row = article(conn, "/dated")
    assert (row["published_at"], row["published_source"]) == (FEED_DATE, "feed")


def test_published_time_falls_back_to_the_page_date(web, conn):
    serve_feed(web, conn, [{"title": "T", "link": web.url_for("/pagedate")}])
    web.expect_request("/pagedate").respond_with_data(
        page("T", paras("pagedate"), date="2024-11-06T11:20:00+00:00"), content_type="text/html"
    )
    fetch_articles(SETTINGS, conn)
    row = article(conn, "/pagedate")
    assert row["published_source"] == "page"
    assert row["published_at"].date() == dt.date(2024, 11, 6)


def test_published_time_falls_back_to_the_fetch_time_flagged_as_such(web, conn):
    serve_feed(web, conn, [{"title": "T", "link": web.url_for("/undated")}])
    web.expect_request("/undated").respond_with_data(
        page("T", paras("undated")), content_type="text/html"
    )
    fetch_articles(SETTINGS, conn)
    row = article(conn, "/undated")
    assert row["published_source"] == "fetched"
    assert row["published_at"] == row["fetched_at"]


def test_one_failing_page_does_not_stop_the_others(web, conn):
    items = [{"title": f"T{i}", "link": web.url_for(f"/p/{i}")} for i in range(4)]
    serve_feed(web, conn, items)
    for i in range(4):
        if i == 2:
            web.expect_request(f"/p/{i}").respond_with_data("boom", status=500)
        else:
            web.expect_request(f"/p/{i}").respond_with_data(
                page(f"T{i}", paras(str(i))), content_type="text/html"
            )
    counts = fetch_articles(SETTINGS, conn)
    assert (counts["page_text"], counts["failed"]) == (3, 1)


def test_a_remote_feed_cannot_make_us_read_local_files(web, conn, tmp_path):
    secret = tmp_path / "secret.html"
    secret.write_text(page("secret", ["TOPSECRET " * 30]))
    serve_feed(web, conn, [{"title": "T", "link": secret.as_uri(), "summary": "Teaser."}])
    fetch_articles(SETTINGS, conn)
    row = article(conn, "secret.html")
    assert "TOPSECRET" not in (row["text"] or "")
    assert "only followed from local feeds" in row["last_error"]


def test_limit_bounds_the_number_of_pages_fetched(web, conn):
    items = [{"title": f"T{i}", "link": web.url_for(f"/l/{i}")} for i in range(3)]
    serve_feed(web, conn, items)
    web.expect_request("/l/0").respond_with_data(page("T", paras("l0")), content_type="text/html")
    web.expect_request("/l/1").respond_with_data(page("T", paras("l1")), content_type="text/html")
    web.expect_request("/l/2").respond_with_data(page("T", paras("l2")), content_type="text/html")
    assert fetch_articles(SETTINGS, conn, limit=2)["page_text"] == 2
    assert fetch_articles(SETTINGS, conn)["page_text"] == 1


@pytest.mark.parametrize("charset", ["utf-8", None])
def test_a_page_with_a_wrong_or_missing_charset_keeps_its_accents(web, conn, charset):
    serve_feed(web, conn, [{"title": "T", "link": web.url_for("/latin")}])
    html = page("T", [p + " Café in Zürich." for p in paras("latin")]).replace(
        "<meta charset='utf-8'>", ""
    )
    ctype = "text/html" + (f"; charset={charset}" if charset else "")
    web.expect_request("/latin").respond_with_data(html.encode("cp1252"), content_type=ctype)
    fetch_articles(SETTINGS, conn)
    assert "Café in Zürich" in article(conn, "/latin")["text"]
