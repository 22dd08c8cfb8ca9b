"""Alert delivery: nothing lost, nothing doubled, every message carries its stable id."""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import replace

import pytest
from figures_helpers import claim, day
from webhook_receiver import webhook_receiver

from pipeline.alerts import deliver_alerts, load_rules, mask_alert_url
from pipeline.config import ALERT_MAX_ATTEMPTS, load_settings
from pipeline.errors import ConfigError
from pipeline.figures import detect_changes

LATER = dt.timedelta(days=1)


@pytest.fixture
def settings(tmp_path):
    return load_settings(env={"NEWSWATCH_HOME": str(tmp_path)})


def three_alerts(conn, settings):
    claim(conn, "https://ledger.example/1", day(0), 10000)
    claim(conn, "https://ledger.example/2", day(7), 12000)
    claim(conn, "https://seoul.example/1", day(9), 15000, source="South Korea")
    detect_changes(settings, conn)
    ids = [str(r[0]) for r in conn.execute("SELECT alert_id FROM alerts ORDER BY id")]
    assert len(ids) == 3
    return ids


def far_future(n: int) -> dt.datetime:
    return dt.datetime.now(dt.UTC) + LATER * n


def statuses(conn):
    return [r[0] for r in conn.execute("SELECT status FROM alerts ORDER BY id")]


def test_failing_webhook_keeps_alerts_pending_then_each_arrives_exactly_once(conn, settings):
    with webhook_receiver(fail_first=3) as hook:
        s = replace(settings, alert_urls=(hook.url,))
        ids = three_alerts(conn, s)
        first = deliver_alerts(s, conn)
        assert first == {"sent": 0, "retrying": 3, "failed": 0}
        assert statuses(conn) == ["pending"] * 3
        errors = [r[0] for r in conn.execute("SELECT last_error FROM alerts")]
        assert all("500" in e or "fail" in e.lower() for e in errors), errors
        assert deliver_alerts(s, conn) == {"sent": 0, "retrying": 0, "failed": 0}  # backoff
        second = deliver_alerts(s, conn, now=far_future(1))
        assert second["sent"] == 3
        deliver_alerts(s, conn, now=far_future(2))
    assert sorted(hook.alert_ids()) == sorted(ids)
    assert statuses(conn) == ["sent"] * 3


def test_every_webhook_message_carries_the_alert_id_in_body_header_and_text(conn, settings):
    with webhook_receiver() as hook:
        s = replace(settings, alert_urls=(hook.url,))
        ids = three_alerts(conn, s)
        deliver_alerts(s, conn)
    assert hook.alert_ids() == ids
    assert [h.get("X-Newswatch-Alert-Id") for h in hook.headers] == ids
    assert all(i in body["message"] for i, body in zip(ids, hook.accepted, strict=True))


def test_message_says_what_changed_who_claims_it_where_and_links(conn, settings):
    with webhook_receiver() as hook:
        s = replace(settings, alert_urls=(hook.url,))
        three_alerts(conn, s)
        deliver_alerts(s, conn)
    changed = hook.accepted[1]
    assert "10,000 -> about 12,000" in changed["title"]
    body = changed["message"]
    assert "United States revised its own estimate" in body
    assert "Example News" in body
    assert "https://ledger.example/2" in body
    assert "North Korean soldiers" in body  # the evidence sentence


def test_alert_is_marked_failed_after_the_maximum_attempts(conn, settings):
    with webhook_receiver(fail_first=10_000) as hook:
        s = replace(settings, alert_urls=(hook.url,))
        three_alerts(conn, s)
        for n in range(ALERT_MAX_ATTEMPTS + 2):
            deliver_alerts(s, conn, now=far_future(n + 1))
    rows = conn.execute("SELECT DISTINCT status, attempts FROM alerts").fetchall()
    assert rows == [("failed", ALERT_MAX_ATTEMPTS)]


def test_jsonl_log_holds_each_alert_once_even_when_a_channel_retries(conn, settings):
    with webhook_receiver(fail_first=3) as hook:
        s = replace(settings, alert_urls=(hook.url,))
        ids = three_alerts(conn, s)
        deliver_alerts(s, conn)
        conn.execute("UPDATE alerts SET channels_done = '{}'")  # as if the commit was lost
        deliver_alerts(s, conn, now=far_future(1))
    lines = settings.alerts_log.read_text().splitlines()
    assert [json.loads(line)["id"] for line in lines] == ids


def test_without_alert_urls_the_log_line_and_jsonl_file_still_deliver(conn, settings, caplog):
    ids = three_alerts(conn, settings)
    with caplog.at_level(logging.INFO, logger="pipeline.alerts"):
        assert deliver_alerts(settings, conn)["sent"] == 3
    assert all(any(i in m for m in caplog.messages) for i in ids)
    assert len(settings.alerts_log.read_text().splitlines()) == 3


def test_tokens_in_alert_urls_never_reach_errors_or_logs(conn, settings, caplog):
    secret = "json://user:s3cretpass@127.0.0.1:9/T0KEN-abc123/more?key=val-secret"
    s = replace(settings, alert_urls=(secret,))
    three_alerts(conn, s)
    with caplog.at_level(logging.DEBUG):
        deliver_alerts(s, conn)
    errors = " ".join(r[0] for r in conn.execute("SELECT last_error FROM alerts"))
    for text in (errors, caplog.text):
        for token in ("s3cretpass", "T0KEN-abc123", "val-secret"):
            assert token not in text
    assert "127.0.0.1" in errors


def test_mask_alert_url_hides_tokens_of_token_style_services():
    assert mask_alert_url("slack://TokenA/TokenB/TokenC/#chan") == "slack://***"
    assert mask_alert_url("jsons://u:p@hooks.example.org/x") == "jsons://***@hooks.example.org/***"


def test_rules_filter_by_metric_and_percent(conn, tmp_path):
    rules = ({"name": "big", "metrics": ["troops"], "kinds": ["changed"], "min_pct": 50},)
    s = load_settings(env={"NEWSWATCH_HOME": str(tmp_path)}, alert_rules=rules)
    claim(conn, "https://a.example/1", day(0), 10000)
    claim(conn, "https://a.example/2", day(1), 12000)  # +20%: under the threshold
    claim(conn, "https://a.example/3", day(2), 20000)  # +67%
    detect_changes(s, conn)
    rows = conn.execute("SELECT rule, payload->>'value' FROM alerts").fetchall()
    assert rows == [("big", "20000")]


def test_unknown_rule_key_is_a_config_error(tmp_path):
    s = load_settings(env={"NEWSWATCH_HOME": str(tmp_path)}, alert_rules=({"metricz": []},))
    with pytest.raises(ConfigError, match="metricz"):
        load_rules(s)


def test_restatements_never_alert_by_default(conn, settings):
    claim(conn, "https://a.example/1", day(0), 10000)
    claim(conn, "https://b.example/1", day(1), 10000, outlet="Other Outlet")
    detect_changes(settings, conn)
    assert conn.execute("SELECT count(*) FROM alerts").fetchone() == (1,)


def test_rules_filter_by_absolute_change(conn, tmp_path):
    rules = ({"name": "big", "metrics": ["troops"], "kinds": ["changed"], "min_delta": 5000},)
    s = load_settings(env={"NEWSWATCH_HOME": str(tmp_path)}, alert_rules=rules)
    claim(conn, "https://a.example/1", day(0), 10000)
    claim(conn, "https://a.example/2", day(1), 10100)  # +100: under the threshold
    claim(conn, "https://a.example/3", day(2), 16000)  # +5,900
    detect_changes(s, conn)
    rows = conn.execute("SELECT rule, payload->>'value' FROM alerts").fetchall()
    assert rows == [("big", "16000")]


def test_actors_filter_by_the_events_actor_not_the_counted_force(conn, tmp_path):
    rules = ({"name": "us", "actors": ["united states"]},)
    s = load_settings(env={"NEWSWATCH_HOME": str(tmp_path)}, alert_rules=rules)
    # an estimate by the United States of North Korean troops: the actor is the estimator
    claim(conn, "https://a.example/1", day(0), 10000, actor="United States; United Kingdom")
    claim(conn, "https://b.example/1", day(1), 13000, source="South Korea", actor="South Korea")
    detect_changes(s, conn)
    rows = conn.execute("SELECT rule, payload->>'claimant' FROM alerts").fetchall()
    assert rows == [("us", "United States")]


def test_a_figure_that_keeps_the_previous_midpoint_restates_it(conn, settings):
    claim(conn, "https://a.example/1", day(0), 10000)
    claim(conn, "https://a.example/2", day(1), None, low=9000, high=11000, qualifier="range")
    claim(conn, "https://a.example/3", day(2), 10000, qualifier="approx")
    detect_changes(settings, conn)
    kinds = [r[0] for r in conn.execute("SELECT kind FROM figure_changes ORDER BY id")]
    assert kinds == ["new", "restated", "restated"]
    assert conn.execute("SELECT count(*) FROM alerts").fetchone() == (1,)


def test_an_open_bound_after_a_point_is_a_change(conn, settings):
    claim(conn, "https://a.example/1", day(0), 10000)
    claim(conn, "https://a.example/2", day(1), None, low=10000, qualifier="at_least")
    detect_changes(settings, conn)
    kinds = [r[0] for r in conn.execute("SELECT kind FROM figure_changes ORDER BY id")]
    assert kinds == ["new", "changed"]
