"""Reruns: unchanged feeds store nothing new and cost only conditional requests."""

from __future__ import annotations

from feedkit import SETTINGS, page, paras, rss
from werkzeug.wrappers import Response as WsgiResponse

from pipeline.articles import fetch_articles
from pipeline.feeds import poll_feeds


def conditional_feed(body: bytes, etag: str = '"feed-v1"'):
    def handler(request):
        if request.headers.get("If-None-Match") == etag:
            return WsgiResponse(status=304)
        return WsgiResponse(body, headers={"ETag": etag}, content_type="application/rss+xml")

    return handler


def test_a_second_run_over_unchanged_feeds_stores_nothing_and_only_revalidates(web, conn):
    feeds = []
    for n in range(3):
        items = [{"title": f"S{n}{i}", "link": web.url_for(f"/f{n}/a{i}")} for i in range(3)]
        web.expect_request(f"/f{n}").respond_with_handler(conditional_feed(rss(items)))
        for i in range(3):
            web.expect_request(f"/f{n}/a{i}").respond_with_data(
                page("S", paras(f"{n}-{i}")), content_type="text/html"
            )
        feeds.append(conn.execute(
            "INSERT INTO feeds (url, name) VALUES (%s, %s) RETURNING id",
            (web.url_for(f"/f{n}"), f"Feed {n}"),
        ).fetchone()[0])  # fmt: skip
    poll_feeds(SETTINGS, conn, feeds)
    first = fetch_articles(SETTINGS, conn)
    assert first["new"] == 9
    before = conn.execute("SELECT count(*), max(updated_at) FROM articles").fetchone()
    requests_before = len(web.log)

    again = poll_feeds(SETTINGS, conn, feeds)
    refetch = fetch_articles(SETTINGS, conn)

    second_requests = [req for req, _ in web.log[requests_before:] if req.path.startswith("/f")]
    assert again["not_modified"] == 3 and again["new_articles"] == 0
    assert sum(refetch.values()) == 0
    assert all(r.headers.get("If-None-Match") == '"feed-v1"' for r in second_requests)
    assert sorted(r.path for r in second_requests) == ["/f0", "/f1", "/f2"]
    assert conn.execute("SELECT count(*), max(updated_at) FROM articles").fetchone() == before


def test_a_server_without_validators_still_stores_no_duplicates(web, conn):
    items = [{"title": "S", "link": web.url_for("/plain/a")}]
    web.expect_request("/plain").respond_with_data(rss(items))
    feed_id = conn.execute(
        "INSERT INTO feeds (url, name) VALUES (%s, 'Plain') RETURNING id", (web.url_for("/plain"),)
    ).fetchone()[0]
    assert poll_feeds(SETTINGS, conn, [feed_id])["new_articles"] == 1
    assert poll_feeds(SETTINGS, conn, [feed_id])["new_articles"] == 0
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
