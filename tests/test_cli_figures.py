"""`newswatch alerts`, `newswatch alerts deliver`, `newswatch figures` and `figures plot`."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from figures_helpers import claim, day

from pipeline.config import load_settings
from pipeline.figures import detect_changes

ALERT_KEYS = {"id", "kind", "series", "claimant", "value", "low", "high", "previous",
              "article_url", "outlet", "published_at", "sentence", "status"}  # fmt: skip


def newswatch(env, *args):
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "-q", *args], env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture
def timeline(conn, tmp_path):
    claim(conn, "https://ledger.example/1", day(0), 10000, outlet="Daily Ledger")
    claim(conn, "https://ledger.example/2", day(7), None, low=11000, high=13000,
          qualifier="range", outlet="Daily Ledger")  # fmt: skip
    claim(conn, "https://seoul.example/1", day(9), 15000, source="South Korea",
          outlet="Seoul Herald")  # fmt: skip
    detect_changes(load_settings(env={"NEWSWATCH_HOME": str(tmp_path)}), conn)


def test_alerts_json_lists_newest_first_with_the_documented_keys(cli_env, timeline):
    alerts = json.loads(newswatch(cli_env, "alerts", "--json"))
    assert [a["kind"] for a in alerts] == ["contradicts", "changed", "new"]
    assert all(set(a) >= ALERT_KEYS for a in alerts)
    changed = alerts[1]
    assert (changed["low"], changed["high"], changed["previous"]) == (11000, 13000, 10000)
    assert changed["status"] == "pending"
    assert changed["article_url"] == "https://ledger.example/2"


def test_alerts_deliver_marks_them_sent_and_writes_the_jsonl_file(cli_env, timeline, tmp_path):
    out = newswatch(cli_env, "alerts", "deliver")
    assert "sent 3" in out
    statuses = {a["status"] for a in json.loads(newswatch(cli_env, "alerts", "--json"))}
    assert statuses == {"sent"}
    lines = (tmp_path / "home" / "alerts.jsonl").read_text().splitlines()
    assert len(lines) == 3


def test_alerts_atom_is_a_feed_with_one_entry_per_alert(cli_env, timeline, tmp_path):
    path = tmp_path / "alerts.xml"
    newswatch(cli_env, "alerts", "--atom", str(path))
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entries = ET.parse(path).getroot().findall("a:entry", ns)
    assert len(entries) == 3
    ids = {e.find("a:id", ns).text for e in entries}
    assert all(i.startswith("urn:uuid:") for i in ids)
    links = {e.find("a:link", ns).get("href") for e in entries}
    assert "https://seoul.example/1" in links


def test_figures_json_gives_latest_previous_change_claimants_and_history(cli_env, timeline):
    (series,) = json.loads(newswatch(cli_env, "figures", "--json"))
    assert series["series"] == "north korea|troops|russia-ukraine"
    assert (series["value"], series["claimant"], series["previous"]) == (
        15000,
        "South Korea",
        12000,
    )
    assert series["change"]["kind"] == "contradicts"
    assert sorted(c["claimant"] for c in series["claimants"]) == ["South Korea", "United States"]
    assert [h["value"] for h in series["history"]] == [10000, None, 15000]


def test_figures_table_shows_each_series(cli_env, timeline):
    out = newswatch(cli_env, "figures")
    assert "north korea|troops|russia-ukraine" in out
    assert "about 15,000" in out


def test_figures_plot_writes_a_png(cli_env, timeline, tmp_path):
    out = tmp_path / "chart.png"
    newswatch(cli_env, "figures", "plot", "north korea|troops", "-o", str(out))
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert out.stat().st_size > 10_000


def test_figures_plot_of_an_unknown_series_is_a_one_line_error(cli_env, timeline, tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "figures", "plot", "nothing-like-it", "-o",
         str(tmp_path / "x.png")],
        env=cli_env, capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "nothing-like-it" in result.stderr


def test_alerts_atom_without_a_file_writes_the_feed_to_standard_output(cli_env, timeline):
    out = newswatch(cli_env, "alerts", "--atom")
    root = ET.fromstring(out.encode())
    assert len(root.findall("{http://www.w3.org/2005/Atom}entry")) == 3


def failing(env, *args):
    """Run a command that must fail as a user error: exit 2, one line on stderr."""
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", *args], env=env, capture_output=True, text=True
    )
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert result.stderr.strip().count("\n") == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stderr


def test_a_chart_or_feed_that_cannot_be_written_is_a_one_line_error(cli_env, timeline, tmp_path):
    missing = tmp_path / "no-such-folder" / "chart.png"
    err = failing(cli_env, "figures", "plot", "north korea", "-o", str(missing))
    assert "cannot write" in err and str(missing) in err
    err = failing(cli_env, "figures", "plot", "north korea", "-o", str(tmp_path))
    assert "cannot write" in err
    err = failing(cli_env, "alerts", "--atom", str(tmp_path / "gone" / "feed.xml"))
    assert "cannot write" in err


def test_a_negative_limit_is_refused(cli_env, timeline):
    assert "at least 1" in failing(cli_env, "alerts", "--limit", "-5")


def test_a_series_name_is_matched_literally_not_as_a_pattern(cli_env, timeline, tmp_path):
    err = failing(cli_env, "figures", "plot", "%", "-o", str(tmp_path / "x.png"))
    assert "no figure series matches" in err
    assert "required" in failing(cli_env, "figures", "plot", " ", "-o", str(tmp_path / "y.png"))


def test_alerts_deliver_exits_non_zero_when_a_channel_fails(cli_env, timeline):
    env = dict(cli_env, NEWSWATCH_ALERT_URLS="json://127.0.0.1:9/unreachable")
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "-q", "alerts", "deliver"],
        env=env, capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 1
    assert "retrying 3" in result.stdout
    # nothing is lost: the alerts wait for the next attempt
    listed = json.loads(newswatch(cli_env, "alerts", "--json"))
    assert {a["status"] for a in listed} == {"pending"}
