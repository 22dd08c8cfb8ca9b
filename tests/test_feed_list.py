"""The feed list (a public contract): validation with clear errors, and syncing into `feeds`."""

from __future__ import annotations

import subprocess
import sys

import pytest
from feedkit import SETTINGS

from pipeline.errors import ConfigError
from pipeline.feeds import load_feed_list, sync_feeds


def write(tmp_path, text: str):
    path = tmp_path / "feeds.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_valid_list_gives_absolute_urls_tags_and_intervals(tmp_path):
    path = write(tmp_path, """
[[feeds]]
name = "World"
url = "https://news.example/world.rss"
tags = ["world", "asia"]
interval = "30m"

[[feeds]]
name = "Local demo"
url = "feeds/demo.xml"
""")  # fmt: skip
    world, local = load_feed_list(path)
    assert (world.url, world.tags, world.interval) == (
        "https://news.example/world.rss", ("world", "asia"), 1800)  # fmt: skip
    assert local.url == (tmp_path / "feeds" / "demo.xml").as_uri()
    assert local.interval == 900


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('name = "A"\nurl = "https://a.test/f"\ncolour = "red"', "unknown key 'colour'"),
        ('name = "A"\nurl = "https://a.test/f"\ntags = "world"', "tags must be a list of strings"),
        ('name = "A"\nurl = "https://a.test/f"\ninterval = true', "interval must be"),
        ('name = "A"\nurl = "https://a.test/f"\ninterval = 5', "at least 60 seconds"),
        ('name = "A"\nurl = "https://a.test/f"\ninterval = "soon"', "not seconds or a duration"),
        ('name = 3\nurl = "https://a.test/f"', "name must be a string"),
        ('url = "https://a.test/f"', "missing required key 'name'"),
        ('name = "A"\nurl = "ftp://a.test/f"', "unsupported scheme 'ftp'"),
        ('name = "A"\nurl = "https://"', "not a URL"),
    ],
)
def test_bad_entries_are_refused_naming_the_key_and_the_file(tmp_path, body, message):
    path = write(tmp_path, f"[[feeds]]\n{body}\n")
    with pytest.raises(ConfigError, match=message) as info:
        load_feed_list(path)
    assert str(path) in str(info.value)


def test_an_unknown_top_level_key_is_refused(tmp_path):
    with pytest.raises(ConfigError, match="unknown key 'feed'"):
        load_feed_list(write(tmp_path, '[[feed]]\nname = "A"\nurl = "https://a.test/f"\n'))


def test_a_duplicate_url_is_refused(tmp_path):
    path = write(tmp_path, '[[feeds]]\nname="A"\nurl="https://a.test/f"\n'
                           '[[feeds]]\nname="B"\nurl="https://a.test/f"\n')  # fmt: skip
    with pytest.raises(ConfigError, match="already listed by 'A'"):
        load_feed_list(path)


def test_invalid_toml_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="invalid TOML"):
        load_feed_list(write(tmp_path, "[[feeds]\n"))


def test_sync_adds_updates_and_disables_but_never_deletes(conn, tmp_path):
    path = write(tmp_path, '[[feeds]]\nname="A"\nurl="https://a.test/f"\n'
                           '[[feeds]]\nname="B"\nurl="https://b.test/f"\n')  # fmt: skip
    assert sync_feeds(SETTINGS, conn, path) == {
        "listed": 2,
        "added": 2,
        "updated": 0,
        "disabled": 0,
    }
    feed_b = conn.execute("SELECT id FROM feeds WHERE name = 'B'").fetchone()[0]
    conn.execute("INSERT INTO articles (url, feed_id) VALUES ('https://b.test/1', %s)", (feed_b,))
    write(tmp_path, '[[feeds]]\nname="A, renamed"\nurl="https://a.test/f"\ninterval=120\n')
    assert sync_feeds(SETTINGS, conn, path) == {
        "listed": 1,
        "added": 0,
        "updated": 1,
        "disabled": 1,
    }
    rows = dict(conn.execute("SELECT name, enabled FROM feeds").fetchall())
    assert rows == {"A, renamed": True, "B": False}
    assert conn.execute("SELECT feed_id FROM articles").fetchone()[0] == feed_b


def test_sync_twice_changes_nothing(conn, tmp_path):
    path = write(tmp_path, '[[feeds]]\nname="A"\nurl="https://a.test/f"\n')
    sync_feeds(SETTINGS, conn, path)
    assert sync_feeds(SETTINGS, conn, path) == {
        "listed": 1,
        "added": 0,
        "updated": 0,
        "disabled": 0,
    }


def test_a_relisted_feed_is_enabled_again(conn, tmp_path):
    path = write(tmp_path, '[[feeds]]\nname="A"\nurl="https://a.test/f"\n')
    sync_feeds(SETTINGS, conn, path)
    write(tmp_path, "")
    sync_feeds(SETTINGS, conn, path)
    write(tmp_path, '[[feeds]]\nname="A"\nurl="https://a.test/f"\n')
    sync_feeds(SETTINGS, conn, path)
    assert conn.execute("SELECT enabled FROM feeds").fetchone()[0] is True


def test_run_with_a_bad_feed_list_is_one_line_and_exit_2(cli_env, tmp_path):
    path = write(tmp_path, '[[feeds]]\nname="A"\nurl="gopher://a.test/f"\n')
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "run", "--feeds", str(path)],
        env=cli_env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "gopher" in result.stderr and str(path) in result.stderr
