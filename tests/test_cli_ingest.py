"""`newswatch run` on the bundled seeds (offline, guard on), `newswatch feeds`, and a newcomer's feed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from feedkit import page, paras, rss

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def newswatch(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args], env=env, capture_output=True, text=True,
        timeout=180,
    )  # fmt: skip


def test_run_on_the_seeds_stores_every_demo_article_offline_with_the_guard_on(cli_env, conn):
    env = {k: v for k, v in cli_env.items() if k != "NEWSWATCH_ALLOW_PRIVATE_NETWORKS"}
    result = newswatch("run", env=env)
    assert result.returncode == 0, result.stderr
    assert "feeds      polled 3" in result.stdout
    assert "articles   new 7" in result.stdout
    rows = conn.execute("SELECT text_source, published_source, outlet FROM articles").fetchall()
    assert len(rows) == 7
    assert {r[:2] for r in rows} == {("page", "feed")}
    assert {r[2] for r in rows} == {"The Meridian Post", "Eastgate Wire", "Harbour Daily"}
    again = newswatch("run", env=env)
    assert "articles   new 0" in again.stdout
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 7


def test_feeds_lists_health_as_a_table_and_as_json(cli_env, conn):
    newswatch("run", env=cli_env)
    table = newswatch("feeds", env=cli_env)
    assert table.returncode == 0, table.stderr
    assert "Eastgate Wire" in table.stdout and "consecutive_failures" in table.stdout
    listed = json.loads(newswatch("feeds", "--json", env=cli_env).stdout)
    assert {f["name"] for f in listed} == {"The Meridian Post", "Eastgate Wire", "Harbour Daily"}
    for feed in listed:
        assert feed["last_status"] == "ok" and feed["consecutive_failures"] == 0
        assert feed["last_polled_at"] and feed["next_poll_at"] and feed["articles"] >= 2


def test_a_newcomer_adds_a_real_feed_url_to_the_list_and_runs(cli_env, conn, web, tmp_path):
    items = [{"title": "New outlet story", "link": web.url_for("/news/1")}]
    web.expect_request("/rss").respond_with_data(rss(items), content_type="application/rss+xml")
    web.expect_request("/news/1").respond_with_data(
        page("New", paras("newcomer")), content_type="text/html"
    )
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(
        (SEEDS / "feeds.toml").read_text().replace('url = "feeds/', f'url = "{SEEDS}/feeds/')
        + f'\n[[feeds]]\nname = "Newcomer Daily"\nurl = "{web.url_for("/rss")}"\n'
    )
    result = newswatch("run", "--feeds", str(feeds), env=cli_env)
    assert result.returncode == 0, result.stderr
    assert "articles   new 8" in result.stdout
    outlet, source = conn.execute(
        "SELECT outlet, text_source FROM articles WHERE url = %s", (web.url_for("/news/1"),)
    ).fetchone()
    assert (outlet, source) == ("Newcomer Daily", "page")
    assert conn.execute("SELECT count(*) FROM feeds WHERE enabled").fetchone()[0] == 4
