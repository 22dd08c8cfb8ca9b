"""Hostile feeds and pages: SQL-looking titles, control characters, NUL bytes, invalid UTF-8,
10 MB single lines, deeply nested HTML. Each is stored safely or refused with a recorded
reason; the run never crashes and nothing is executed."""

from __future__ import annotations

import datetime as dt

import psycopg
import pytest
from faults import newswatch_env, run, serve_directory

SQL_TITLE = "Robert'); DROP TABLE articles; -- $$; DELETE FROM events; /*"
GOOD_BODY = (
    "About 12,000 North Korean troops have been deployed to Russia's Kursk region, South "
    "Korea's intelligence agency said on Monday."
)


def page(title: str, body: bytes) -> bytes:
    return (
        b"<!DOCTYPE html><html><head><meta charset='utf-8'><title>"
        + title.encode()
        + b"</title></head><body><article><h1>"
        + title.encode()
        + b"</h1><p>"
        + body
        + b"</p></article></body></html>"
    )


PAGES: dict[str, bytes] = {
    "sql": page("x", SQL_TITLE.encode() + b" " + GOOD_BODY.encode()),
    "control": page("c", b"Ctrl \x01\x02\x07\x08\x0b\x0c\x1b[31m text. " + GOOD_BODY.encode()),
    "nul": page("n", b"Nul \x00 byte \x00\x00 in the text. " + GOOD_BODY.encode()),
    "utf8": page("u", b"Bad \xff\xfe\xc3\x28 bytes \xed\xa0\x80 here. " + GOOD_BODY.encode()),
    "bigline": page("b", b"word " * (2 * 1024 * 1024)),  # 10 MB, one line
    "midline": page("m", GOOD_BODY.encode() + b" " + b"lorem " * 150_000),  # 900 KB, one line
    "nested": b"<html><body>" + b"<div>" * 100_000 + GOOD_BODY.encode() + b"</div>" * 100_000,
    "good": page("g", GOOD_BODY.encode()),
}


def rss(base: str, titles: dict[str, bytes]) -> bytes:
    items = b""
    for i, (name, title) in enumerate(titles.items()):
        when = (dt.datetime(2025, 1, 1, tzinfo=dt.UTC) + dt.timedelta(hours=i)).strftime(
            "%a, %d %b %Y %H:%M:%S +0000"
        )
        items += (
            b"<item><title>" + title + b"</title><link>" + f"{base}/{name}.html".encode()
            + b"</link><guid>" + name.encode() + b"</guid><pubDate>" + when.encode()
            + b"</pubDate><description>" + title + b"</description></item>"
        )  # fmt: skip
    return (
        b"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Hostile</title>"
        b"<link>" + base.encode() + b"/</link><description>d</description>" + items
        + b"</channel></rss>"
    )  # fmt: skip


@pytest.fixture
def hostile_site(tmp_path):
    root = tmp_path / "web"
    root.mkdir()
    with serve_directory(root) as base:
        for name, body in PAGES.items():
            (root / f"{name}.html").write_bytes(body)
        titles = {
            "sql": SQL_TITLE.replace("&", "&amp;").replace("<", "&lt;").encode(),
            "control": b"Control \x01\x07\x1b chars",
            "nul": b"Nul \x00 in a title",
            "utf8": b"Invalid \xff\xfe UTF-8",
            "bigline": b"A ten megabyte line",
            "midline": b"A long line",
            "nested": b"Nested",
            "good": b"North Korean troops in Kursk",
        }
        (root / "hostile.xml").write_bytes(rss(base, titles))
        (root / "huge.xml").write_bytes(
            b"<?xml version='1.0'?><rss><channel><title>"
            + b"x" * (11 * 1024 * 1024)
            + b"</title></channel></rss>"
        )
        (root / "garbage.xml").write_bytes(b"\x00\xff\xfe<rss><<<<\x00 not a feed" * 1000)
        feeds = tmp_path / "feeds.toml"
        feeds.write_text(
            f'[[feeds]]\nname = "Hostile"\nurl = "{base}/hostile.xml"\n'
            f'[[feeds]]\nname = "Huge"\nurl = "{base}/huge.xml"\n'
            f'[[feeds]]\nname = "Garbage"\nurl = "{base}/garbage.xml"\n',
            encoding="utf-8",
        )
        yield feeds


@pytest.mark.slow
def test_hostile_input_is_stored_safely_or_refused_with_a_reason(db_url, hostile_site, tmp_path):
    env = newswatch_env(db_url, tmp_path / "home")
    run(hostile_site, env, timeout=300)
    again = run(hostile_site, env, timeout=300)
    assert "Traceback" not in again.stderr
    with psycopg.connect(db_url, autocommit=True) as conn:
        tables = {r[0] for r in conn.execute("SELECT tablename FROM pg_tables").fetchall()}
        assert {"articles", "events", "feeds"} <= tables, "a title was executed"
        rows = conn.execute(
            """SELECT url, title, text, status, last_error, extraction_error,
                      (SELECT count(*) FROM events e WHERE e.article_id = a.id)
               FROM articles a"""
        ).fetchall()
        feeds = dict(conn.execute("SELECT name, last_error FROM feeds").fetchall())
    by_name = {r[0].rsplit("/", 1)[-1].removesuffix(".html"): r for r in rows}
    assert set(by_name) == set(PAGES), "an entry of the hostile feed is missing"
    for name, (_, title, text, _status, error, xerror, _) in by_name.items():
        for value in (title or "", text or ""):
            assert "\x00" not in value, name
        assert text or error or xerror, f"{name}: neither stored nor refused with a reason"
    assert SQL_TITLE in by_name["sql"][1]
    assert by_name["bigline"][3] == "gave_up" or by_name["bigline"][4], "10 MB page accepted"
    for name in ("good", "sql", "control", "nul", "utf8"):
        assert by_name[name][6] >= 1, f"{name}: the figure beside the hostile bytes was lost"
    assert feeds["Huge"], "an oversized feed was not refused with a reason"
    assert feeds["Garbage"], "a feed of garbage bytes was not refused with a reason"
