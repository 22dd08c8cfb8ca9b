"""Alert channel down for a while: alerts stay pending with their error, are retried with
backoff, and each arrives exactly once when the channel returns (a real local receiver that
first does not listen at all, then answers 503, then recovers), through the real CLI."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import psycopg
import pytest
from faults import free_port, newswatch_env, run, serve_directory, write_corpus

FAIL_FIRST = 5  # requests answered 503 once the receiver is back
APPRISE_TIMEOUT_S = 4  # Apprise's default read timeout: what one hanging request costs


class Receiver:
    def __init__(self, port: int) -> None:
        self.requests = 0
        self.accepted: Counter[str] = Counter()
        lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                with lock:
                    receiver.requests += 1
                    ok = receiver.requests > FAIL_FIRST
                    if ok:
                        receiver.accepted[body["alert_id"]] += 1
                self.send_response(200 if ok else 503)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def deliver(env: dict[str, str]) -> int:
    """`newswatch alerts deliver`: 0 when no channel failed, 1 when one did (alerts kept)."""
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "-q", "alerts", "deliver"],
        env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode in (0, 1) and "Traceback" not in result.stderr, result.stderr
    return result.returncode


def alerts(url: str) -> list[tuple]:
    with psycopg.connect(url, autocommit=True) as conn:
        return conn.execute(
            """SELECT alert_id::text, status, attempts, last_error,
                      extract(epoch FROM next_attempt_at - now())::float
               FROM alerts ORDER BY id"""
        ).fetchall()


def time_passes(url: str) -> None:
    """Every pending alert's backoff is over (as if the clock moved on)."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("UPDATE alerts SET next_attempt_at = now() WHERE status = 'pending'")


@pytest.mark.slow
def test_channel_down_then_back_delivers_each_alert_exactly_once(db_url, tmp_path):
    port = free_port()  # nothing listens here yet: the channel is down
    env = newswatch_env(
        db_url, tmp_path / "home", NEWSWATCH_ALERT_URLS=f"json://127.0.0.1:{port}/hook"
    )
    with serve_directory(tmp_path / "web") as base:
        feeds = write_corpus(tmp_path / "web", base, articles=20)
        run(feeds, env)

    down = alerts(db_url)
    assert len(down) >= 10
    assert {a[1] for a in down} == {"pending"} and {a[2] for a in down} == {1}
    assert all(a[3] and str(port) in a[3] for a in down), "the error is not recorded"
    assert all(a[4] > 0 for a in down), "no backoff after the failure"

    assert deliver(env) == 0  # still inside the backoff: nothing is attempted, nothing failed
    assert [a[2] for a in alerts(db_url)] == [1] * len(down)

    receiver = Receiver(port)
    try:
        time_passes(db_url)
        assert deliver(env) == 1  # the channel is back but answers 503 to the first requests
        middle = alerts(db_url)
        retrying = [a for a in middle if a[1] == "pending"]
        assert len(retrying) == FAIL_FIRST
        assert all(a[2] == 2 and "503" in a[3] for a in retrying)
        first_wait = min(a[4] for a in down)
        assert all(a[4] > first_wait * 1.5 for a in retrying), "backoff did not grow"

        time_passes(db_url)
        assert deliver(env) == 0
        assert deliver(env) == 0
    finally:
        receiver.close()

    final = alerts(db_url)
    assert {a[1] for a in final} == {"sent"}
    assert set(receiver.accepted) == {a[0] for a in final}
    assert set(receiver.accepted.values()) == {1}, "an alert arrived more than once"
    assert receiver.requests == len(final) + FAIL_FIRST


def test_a_hanging_channel_costs_one_timeout_per_pass_not_one_per_alert(conn, tmp_path):
    """A blackholed or hanging receiver times out once; the pass does not wait out the same
    timeout for every alert (they stay pending with the reason and are retried later)."""
    from dataclasses import replace

    from figures_helpers import claim, day

    from pipeline.alerts import deliver_alerts
    from pipeline.config import load_settings
    from pipeline.figures import detect_changes

    stop = threading.Event()
    requests = []

    class Hanging(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
            requests.append(self.path)
            stop.wait(30)

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Hanging)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        settings = replace(
            load_settings(env={"NEWSWATCH_HOME": str(tmp_path)}),
            alert_urls=(f"json://127.0.0.1:{server.server_address[1]}/hook",),
        )
        for i in range(6):
            claim(conn, f"https://ledger.example/{i}", day(i), 10000 + 1000 * i)
        detect_changes(settings, conn)
        started = time.monotonic()
        counts = deliver_alerts(settings, conn)
        elapsed = time.monotonic() - started
    finally:
        stop.set()
        server.shutdown()
        server.server_close()
    assert counts == {"sent": 0, "retrying": 6, "failed": 0}
    assert len(requests) == 1, "the hanging channel was tried again in the same pass"
    assert elapsed < APPRISE_TIMEOUT_S + 4, f"the pass took {elapsed:.1f}s"
    errors = [r[0] for r in conn.execute("SELECT last_error FROM alerts ORDER BY id")]
    assert all(errors) and "stalled" in errors[-1]
