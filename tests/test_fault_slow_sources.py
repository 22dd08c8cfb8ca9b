"""Slow or hostile sources: a feed that hangs and one that drips bytes never hold up the
other feeds beyond their own timeout (real servers on loopback addresses, real database)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from faults import serve_directory, write_corpus

from pipeline.config import load_settings
from pipeline.feeds import poll_feeds, sync_feeds
from pipeline.http import HttpClient

READ_TIMEOUT = 1.0  # shortened for the test; the defaults are READ/TOTAL_TIMEOUT_S in config
TOTAL_TIMEOUT = 3.0


@contextmanager
def stalling_server(host: str, drip: bool) -> Iterator[str]:
    """A server that never finishes: silent after the request (drip=False), or one byte of a
    feed every half second (drip=True). Yields the feed URL."""
    stop = threading.Event()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            if drip:
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.end_headers()
                for byte in b"<?xml version='1.0'?><rss><channel>" * 1000:
                    if stop.wait(0.5):
                        return
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
            else:
                stop.wait(60)

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer((host, 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{server.server_address[1]}/feed.xml"
    finally:
        stop.set()
        server.shutdown()
        server.server_close()


def test_hanging_and_dripping_feeds_do_not_hold_up_the_others(conn, tmp_path: Path):
    settings = load_settings(env={"NEWSWATCH_HOME": str(tmp_path)})
    with (
        serve_directory(tmp_path / "web") as base,
        stalling_server("127.0.0.2", drip=False) as hanging,
        stalling_server("127.0.0.3", drip=True) as dripping,
    ):
        good = write_corpus(tmp_path / "web", base, articles=12, feeds=2)
        feeds = tmp_path / "feeds.toml"
        feeds.write_text(
            good.read_text(encoding="utf-8")
            + f'\n[[feeds]]\nname = "Hanging"\nurl = "{hanging}"\n'
            + f'\n[[feeds]]\nname = "Dripping"\nurl = "{dripping}"\n',
            encoding="utf-8",
        )
        sync_feeds(settings, conn, feeds)
        client = HttpClient(
            settings,
            allow_private_networks=True,
            read_timeout=READ_TIMEOUT,
            total_timeout=TOTAL_TIMEOUT,
        )
        started = time.monotonic()
        with client:
            counts = poll_feeds(settings, conn, client=client)
        elapsed = time.monotonic() - started

    assert counts["ok"] == 2 and counts["failed"] == 2, counts
    assert elapsed < TOTAL_TIMEOUT + 2.0, f"the stalled feeds held the step for {elapsed:.1f}s"
    rows = conn.execute(
        """SELECT name, last_error, (SELECT count(*) FROM articles a WHERE a.feed_id = f.id),
                  extract(epoch FROM last_polled_at - (SELECT min(last_polled_at) FROM feeds))
           FROM feeds f ORDER BY name"""
    ).fetchall()
    polled = {name: (error, articles, float(offset)) for name, error, articles, offset in rows}
    for name in ("Generated 0", "Generated 1"):
        error, articles, offset = polled[name]
        assert error is None and articles == 6, (name, polled[name])
        assert offset < READ_TIMEOUT, f"{name} waited for a stalled feed"
    for name in ("Hanging", "Dripping"):
        error, articles, _ = polled[name]
        assert error and articles == 0, (name, polled[name])
        assert "time" in error.lower() or "longer than" in error, f"{name}: reason {error!r}"
