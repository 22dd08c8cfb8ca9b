"""Configuration errors: one line naming the key and the file, exit 2, before any work starts.

Each case runs the real `newswatch run` in a subprocess with no DATABASE_URL and an empty
NEWSWATCH_HOME: had any work started, the embedded PostgreSQL would have been created there.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SECRET = "Zq7secretTOKEN99"


def run_newswatch(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    full_env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("NEWSWATCH_") and k != "DATABASE_URL"
    }
    full_env.update(NEWSWATCH_HOME=str(tmp_path / "home"), **env)
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args, "run"],
        env=full_env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )


def assert_refused(result: subprocess.CompletedProcess[str], tmp_path: Path, *names: str) -> None:
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("newswatch: error: ")
    for name in names:
        assert name in lines[0]
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "home").exists(), "work started before the configuration was checked"
    assert result.stdout == ""


CONFIG_CASES = {
    "unknown section": ("[databse]\nurl = 'postgresql://h/d'\n", ["[databse]"]),
    "unknown key": ("[database]\nuri = 'postgresql://h/d'\n", ["database.uri"]),
    "wrong type: boolean as string": (
        "[http]\nallow_private_networks = 'yes'\n",
        ["http.allow_private_networks", "boolean"],
    ),
    "wrong type: list as string": ("[alerts]\nurls = 'json://h/x'\n", ["alerts.urls", "list"]),
    "wrong type: number as path": ("[paths]\nhome = 3\n", ["paths.home", "string"]),
    "section is not a table": ("database = 'postgresql://h/d'\n", ["[database]"]),
    "empty value": ("[database]\nurl = ''\n", ["database.url", "empty"]),
    "database URL of another scheme": (
        f"[database]\nurl = 'mysql://u:{SECRET}@h/d'\n",
        ["database.url", "PostgreSQL"],
    ),
    "database URL with a bad port": (
        f"[database]\nurl = 'postgresql://u:{SECRET}@h:99999/d'\n",
        ["database.url", "port"],
    ),
    "database URL that does not parse": (
        "[database]\nurl = 'postgresql://[::1/d'\n",
        ["database.url"],
    ),
    "alert URL of an unknown scheme": (
        f"[alerts]\nurls = ['nosuchservice://{SECRET}@h/x']\n",
        ["alerts.urls[0]", "Apprise"],
    ),
    "alert URL missing its tokens": (
        f"[alerts]\nurls = ['json://h/x', 'slack://{SECRET}']\n",
        ["alerts.urls[1]", "slack://***"],
    ),
    "alert URL that is not a URL": (f"[alerts]\nurls = ['{SECRET}']\n", ["alerts.urls[0]"]),
    "alert URL that is not a string": ("[alerts]\nurls = [1]\n", ["alerts.urls[0]"]),
    "alert rule with an unknown key": (
        "[[alerts.rules]]\nname = 'x'\nmetric = ['troops']\n",
        ["alerts.rules[0]", "'metric'"],
    ),
    "alert rule with a wrong type": (
        "[[alerts.rules]]\nname = 'x'\nmin_pct = '5'\n",
        ["alerts.rules[0].min_pct"],
    ),
    "alert rule with an unknown kind": (
        "[[alerts.rules]]\nkinds = ['new', 'gone']\n",
        ["alerts.rules[0].kinds", "gone"],
    ),
    "invalid TOML": ("[database\nurl = 1\n", ["invalid TOML"]),
}


@pytest.mark.parametrize("case", list(CONFIG_CASES))
def test_config_file_error_is_one_line_naming_key_and_file(tmp_path, case):
    text, names = CONFIG_CASES[case]
    config = tmp_path / "bad.toml"
    config.write_text(text, encoding="utf-8")
    result = run_newswatch(tmp_path, "--config", str(config))
    assert_refused(result, tmp_path, str(config), *names)
    assert SECRET not in result.stderr


def test_config_file_from_the_environment_is_checked_too(tmp_path):
    config = tmp_path / "env.toml"
    config.write_text("[paths]\nhomedir = 'x'\n", encoding="utf-8")
    result = run_newswatch(tmp_path, NEWSWATCH_CONFIG=str(config))
    assert_refused(result, tmp_path, str(config), "paths.homedir")


def test_missing_config_file_is_refused(tmp_path):
    result = run_newswatch(tmp_path, "--config", str(tmp_path / "absent.toml"))
    assert_refused(result, tmp_path, "absent.toml")


ENV_CASES = {
    "DATABASE_URL of another scheme": (
        {"DATABASE_URL": f"mysql://u:{SECRET}@h/d"},
        ["DATABASE_URL"],
    ),
    "DATABASE_URL that is not a URL": ({"DATABASE_URL": f"{SECRET}"}, ["DATABASE_URL"]),
    "alert URL Apprise cannot load": (
        {"NEWSWATCH_ALERT_URLS": f"json://127.0.0.1:9/x,slack://{SECRET}"},
        ["NEWSWATCH_ALERT_URLS[1]"],
    ),
    "yes/no flag with another word": (
        {"NEWSWATCH_ALLOW_PRIVATE_NETWORKS": "maybe"},
        ["NEWSWATCH_ALLOW_PRIVATE_NETWORKS"],
    ),
    "feed list that does not exist": (
        {"NEWSWATCH_FEEDS": "no-such-feeds.toml"},
        ["no-such-feeds.toml", "NEWSWATCH_FEEDS"],
    ),
}


@pytest.mark.parametrize("case", list(ENV_CASES))
def test_environment_error_is_one_line_naming_the_variable(tmp_path, case):
    env, names = ENV_CASES[case]
    result = run_newswatch(tmp_path, **env)
    assert_refused(result, tmp_path, *names)
    assert SECRET not in result.stderr


def test_a_valid_apprise_url_is_accepted(tmp_path):
    """The check is Apprise's own: a well-formed webhook URL passes config loading."""
    from pipeline.config import load_settings

    settings = load_settings(env={"NEWSWATCH_ALERT_URLS": "json://127.0.0.1:9/hook"})
    assert settings.alert_urls == ("json://127.0.0.1:9/hook",)


FEED_LIST_CASES = {
    "unknown top-level key": ("[[feed]]\nname = 'a'\nurl = 'https://a.example/rss'\n", ["'feed'"]),
    "unknown feed key": (
        "[[feeds]]\nname = 'a'\nurl = 'https://a.example/rss'\nevery = '5m'\n",
        ["feeds[0]", "'every'"],
    ),
    "wrong type": ("[[feeds]]\nname = 'a'\nurl = 'https://a.example/rss'\ntags = 'x'\n", ["tags"]),
    "missing url": ("[[feeds]]\nname = 'a'\n", ["feeds[0]", "'url'"]),
    "URL of another scheme": ("[[feeds]]\nname = 'a'\nurl = 'ftp://a.example/rss'\n", ["url"]),
    "URL without a host": ("[[feeds]]\nname = 'a'\nurl = 'https:///rss'\n", ["url"]),
    "interval that is not a duration": (
        "[[feeds]]\nname = 'a'\nurl = 'https://a.example/rss'\ninterval = 'often'\n",
        ["interval"],
    ),
    "same URL twice": (
        "[[feeds]]\nname = 'a'\nurl = 'https://a.example/rss'\n"
        "[[feeds]]\nname = 'b'\nurl = 'https://a.example/rss'\n",
        ["feeds[1]", "already listed"],
    ),
    "invalid TOML": ("[[feeds]\nname = 'a'\n", ["invalid TOML"]),
}


@pytest.mark.parametrize("case", list(FEED_LIST_CASES))
def test_feed_list_error_is_one_line_naming_key_and_file(tmp_path, case):
    text, names = FEED_LIST_CASES[case]
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(text, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "run", "--feeds", str(feeds)],
        env={**os.environ, "NEWSWATCH_HOME": str(tmp_path / "home"), "DATABASE_URL": ""},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert_refused(result, tmp_path, str(feeds), *names)
