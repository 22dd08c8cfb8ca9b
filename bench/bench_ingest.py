"""Ingestion speed: poll 100 feeds on 20 hosts and fetch their 2,000 pages, then a no-change run.

Setup: 20 local HTTP servers, one per loopback address 127.0.0.1 ... 127.0.0.20 (distinct hosts
for the per-host politeness limits), each adding 50 ms of latency to every response, as real
sites do. 100 feeds (5 per host), 20 items each, linking to article pages of tens of KB with
navigation, scripts and footers around the body. Feeds answer conditional GETs with 304.

Measured: our steps (sync_feeds, poll_feeds, fetch_articles) into a fresh PostgreSQL database,
with the project's own politeness limits; then a no-change run (every feed polled again: all
304, nothing fetched). Same-run baseline: a plain sequential loop doing the same work
(`feedparser.parse(url)` per feed, then fetch and trafilatura per page). Targets: cold run at
least 5x faster than the baseline; the no-change run under 2 s.
"""

from __future__ import annotations

import json
import os
import random
import resource
import shutil
import sys
import tempfile
import threading
import time
import warnings
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HOSTS = 20
FEEDS = 100
ITEMS = 20
LATENCY_S = 0.05
TARGET_SPEEDUP = 5.0
TARGET_NO_CHANGE_S = 2.0

_VOCABULARY = (
    "officials said the government would review its plans after talks with regional partners "
    "on trade security energy prices and the budget as ministers met on monday in the capital "
    "where analysts expected a decision before the end of the month while opposition leaders "
    "called for more transparency about the costs of the programme and its effect on jobs "
    "industry exports farmers and households across the country according to a statement"
)
WORDS = _VOCABULARY.split()


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(12, 24))]
    return " ".join(words).capitalize() + "."


def article_page(feed: int, item: int) -> bytes:
    """A realistic page: ~35 KB with head scripts, menus, the article, related links, footer."""
    rng = random.Random(feed * 1000 + item)
    nav = "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(60))
    css = "".join(f".c{i}{{margin:{i}px;padding:{i % 7}px;color:#{i:06x}}}" for i in range(200))
    script = "var cfg = " + json.dumps({f"k{i}": i * 7 for i in range(300)}) + ";"
    body = "".join("<p>" + " ".join(_sentence(rng) for _ in range(4)) + "</p>" for _ in range(12))
    related = "".join(
        f'<li><a href="/story/{rng.randint(1, 99999)}">{_sentence(rng)}</a></li>' for _ in range(15)
    )
    footer = "".join(f'<a href="/about/{i}">About page {i}</a> ' for i in range(40))
    html = (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Story {feed}-{item}</title>"
        f"<style>{css}</style><script>{script}</script></head><body>"
        f"<header><nav><ul>{nav}</ul></nav><form><input name='q'></form></header>"
        f"<main><article><h1>Story {feed}-{item}: {_sentence(rng)}</h1>"
        f"<p class='byline'>By Staff Reporter</p>{body}</article>"
        f"<aside><h2>Related</h2><ul>{related}</ul></aside></main>"
        f"<footer>{footer}<p>Copyright 2024 Bench Outlet. All rights reserved.</p></footer>"
        "</body></html>"
    )
    return html.encode("utf-8")


def feed_xml(base: str, feed: int) -> bytes:
    items = "".join(
        f"<item><title>Story {feed}-{i}</title><link>{base}/p/{feed}/{i}.html</link>"
        f"<guid>{base}/p/{feed}/{i}</guid><pubDate>Tue, 29 Oct 2024 09:{i:02d}:00 GMT</pubDate>"
        f"<description>Summary of story {feed}-{i}.</description></item>"
        for i in range(ITEMS)
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
        f"<title>Bench feed {feed}</title><link>{base}/</link><description>bench</description>"
        f"{items}</channel></rss>"
    ).encode()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    pages: dict[str, bytes] = {}

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        time.sleep(LATENCY_S)
        body = self.server.pages.get(self.path)  # type: ignore[attr-defined]
        if body is None:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        etag = f'"{hash(body) & 0xFFFFFFFF:x}"'
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        ctype = (
            "application/rss+xml" if self.path.startswith("/feed/") else "text/html; charset=utf-8"
        )
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", etag)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


def start_servers() -> tuple[list[ThreadingHTTPServer], list[str]]:
    servers, bases = [], []
    for h in range(HOSTS):
        address = f"127.0.0.{h + 1}"
        try:
            server = ThreadingHTTPServer((address, 0), _Handler)
        except OSError:  # macOS has only 127.0.0.1 without aliases: one host, many ports
            server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        server.daemon_threads = True
        server.pages = {}
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        bases.append(f"http://{server.server_address[0]}:{server.server_address[1]}")
    for feed in range(FEEDS):
        server, base = servers[feed % HOSTS], bases[feed % HOSTS]
        server.pages[f"/feed/{feed}.xml"] = feed_xml(base, feed)
        for item in range(ITEMS):
            server.pages[f"/p/{feed}/{item}.html"] = article_page(feed, item)
    return servers, bases


def _database() -> tuple[str, callable]:
    """A fresh database: on $NEWSWATCH_BENCH_DATABASE_URL/$DATABASE_URL's server, else embedded."""
    import secrets

    import psycopg

    admin = (
        os.environ.get("NEWSWATCH_BENCH_DATABASE_URL")
        or os.environ.get("NEWSWATCH_TEST_DATABASE_URL")
        or os.environ.get("DATABASE_URL")
    )
    tmp = None
    if not admin:
        import pgserver

        tmp = tempfile.mkdtemp(prefix="newswatch-bench-")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            server = pgserver.get_server(Path(tmp), cleanup_mode="delete")
        admin = server.get_uri()
    name = f"newswatch_bench_{secrets.token_hex(4)}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')

    def drop() -> None:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if tmp:
            server.cleanup()
            shutil.rmtree(tmp, ignore_errors=True)

    return psycopg.conninfo.make_conninfo(admin, dbname=name), drop


def run_ours(urls: list[str], workdir: Path) -> dict:
    import psycopg

    from pipeline import migrations
    from pipeline.articles import fetch_articles
    from pipeline.config import Settings
    from pipeline.feeds import poll_feeds, sync_feeds

    url, drop = _database()
    try:
        with psycopg.connect(url, autocommit=True) as conn:
            migrations.upgrade(conn)
            feeds_file = workdir / "feeds.toml"
            feeds_file.write_text(
                "".join(
                    f'[[feeds]]\nname = "Bench {i}"\nurl = "{u}"\n\n' for i, u in enumerate(urls)
                )
            )
            settings = Settings(database_url=url, allow_private_networks=True)
            started = time.perf_counter()
            sync_feeds(settings, conn, feeds_file)
            polled = poll_feeds(settings, conn)
            poll_s = time.perf_counter() - started
            fetched = fetch_articles(settings, conn)
            cold = time.perf_counter() - started
            peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            if sys.platform == "darwin":
                peak_mb /= 1024
            stored = conn.execute(
                "SELECT count(*) FROM articles WHERE text_source = 'page'"
            ).fetchone()[0]
            feed_ids = [r[0] for r in conn.execute("SELECT id FROM feeds")]
            started = time.perf_counter()
            again = poll_feeds(settings, conn, feed_ids)
            refetch = fetch_articles(settings, conn)
            no_change = time.perf_counter() - started
    finally:
        drop()
    return {
        "cold_s": round(cold, 2),
        "poll_s": round(poll_s, 2),
        "articles": stored,
        "articles_per_s": round(stored / cold, 1),
        "peak_rss_mb": round(peak_mb, 1),
        "polled": polled,
        "fetched": {k: v for k, v in fetched.items() if v},
        "no_change_s": round(no_change, 2),
        "no_change_not_modified": again["not_modified"],
        "no_change_new": again["new_articles"] + refetch["new"] + refetch["updated"],
    }


def run_baseline(urls: list[str]) -> dict:
    """The plain way: feedparser fetches each feed, then each page is fetched and extracted."""
    import feedparser
    import httpx
    import trafilatura

    started = time.perf_counter()
    texts = 0
    with httpx.Client(timeout=20) as client:
        for url in urls:
            parsed = feedparser.parse(url)
            for entry in parsed.entries:
                html = client.get(entry.link).text
                texts += bool(trafilatura.extract(html))
    seconds = time.perf_counter() - started
    return {
        "seconds": round(seconds, 2),
        "articles": texts,
        "articles_per_s": round(texts / seconds, 1),
    }


def main() -> None:
    servers, bases = start_servers()
    urls = [f"{bases[f % HOSTS]}/feed/{f}.xml" for f in range(FEEDS)]
    try:
        with tempfile.TemporaryDirectory() as tmp:
            ours = run_ours(urls, Path(tmp))
        baseline = run_baseline(urls) if not os.environ.get("BENCH_NO_BASELINE") else {"seconds": 0}
    finally:
        for server in servers:
            server.shutdown()
    speedup = baseline["seconds"] / ours["cold_s"]
    print(json.dumps({
        "bench": "ingest",
        "hosts": len({b.rsplit(":", 1)[0] for b in bases}),
        "feeds": FEEDS,
        "pages": FEEDS * ITEMS,
        "page_kb": round(len(article_page(0, 0)) / 1024, 1),
        "latency_ms": LATENCY_S * 1000,
        **ours,
        "baseline": baseline,
        "speedup": round(speedup, 1),
        "target_speedup": TARGET_SPEEDUP,
        "target_no_change_s": TARGET_NO_CHANGE_S,
        "meets_targets": speedup >= TARGET_SPEEDUP and ours["no_change_s"] < TARGET_NO_CHANGE_S,
    }))  # fmt: skip


if __name__ == "__main__":
    main()
