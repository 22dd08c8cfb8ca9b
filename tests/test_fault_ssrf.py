"""SSRF guard on by default, end to end: `newswatch run` without
NEWSWATCH_ALLOW_PRIVATE_NETWORKS refuses feeds whose names or numbers lead to a private
address (and redirects there), records why, and the server behind them sees no request."""

from __future__ import annotations

import os
import subprocess
import sys

import psycopg


def test_run_refuses_private_targets_by_default_and_records_why(web, db_url, tmp_path):
    web.expect_request("/feed.xml").respond_with_data("<rss></rss>")
    port = web.port
    targets = {
        "name": f"http://localhost:{port}/feed.xml",  # a DNS name resolving to loopback
        "number": f"http://2130706433:{port}/feed.xml",  # 127.0.0.1 as one decimal number
        "ipv6": f"http://[::1]:{port}/feed.xml",
        "mapped": f"http://[::ffff:127.0.0.1]:{port}/feed.xml",
    }
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(
        "".join(f'[[feeds]]\nname = "{k}"\nurl = "{u}"\n' for k, u in targets.items()),
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSWATCH_")}
    env.update(DATABASE_URL=db_url, NEWSWATCH_HOME=str(tmp_path / "home"))
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "-q", "run", "--feeds", str(feeds)],
        env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    with psycopg.connect(db_url, autocommit=True) as conn:
        rows = dict(conn.execute("SELECT name, last_error FROM feeds").fetchall())
    assert set(rows) == set(targets)
    for name, error in rows.items():
        assert error and "refused" in error.lower(), (name, error)
    assert web.log == [], "a request reached the private address"
