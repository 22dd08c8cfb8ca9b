"""Alert rules, the outbox payload and its delivery (log line, JSONL file, Apprise URLs).

A change that matches a rule gets exactly one `alerts` row, written by detect_changes in the
change's own transaction. Delivery is at-least-once: each alert is sent to every channel that
has not accepted it yet; a channel that fails leaves the alert pending with its error, retried
with exponential backoff, and marked failed after ALERT_MAX_ATTEMPTS. Every message carries
the alert's stable id (a uuid5 of the change's natural key), so a receiver can drop repeats;
the JSONL file itself never holds one alert id twice.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
import time
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import psycopg
from psycopg.rows import dict_row

from pipeline.config import (
    ALERT_BACKOFF_BASE_S,
    ALERT_BACKOFF_MAX_S,
    ALERT_DELIVERY_BATCH,
    ALERT_MAX_ATTEMPTS,
    ALERT_STALLED_CHANNEL_S,
    Settings,
)
from pipeline.errors import ConfigError
from pipeline.figures import norm_text, series_label

if TYPE_CHECKING:
    from pipeline.figures import Candidate, Obs

log = logging.getLogger(__name__)

ALERT_KINDS = ("new", "changed", "contradicts")  # restated never alerts: it is no news
JSONL_CHANNEL = "jsonl"

DEFAULT_ALERT_RULES: tuple[dict[str, Any], ...] = (
    {"name": "troop-figures", "metrics": ["troops"], "kinds": list(ALERT_KINDS)},
    {
        "name": "loss-figures",
        "metrics": ["killed", "wounded", "casualties", "captured", "missing"],
        "kinds": list(ALERT_KINDS),
    },
)

_RULE_KEYS = {
    "name": str, "kinds": list, "metrics": list, "forces": list, "actors": list,
    "claimants": list, "types": list, "theatres": list, "min_pct": (int, float),
    "min_delta": (int, float), "include_hedged": bool,
}  # fmt: skip


@dataclass(frozen=True)
class AlertRule:
    """Which changes alert. Empty filters match everything; min_pct/min_delta apply to
    `changed` (a new figure or a contradiction is always news)."""

    name: str
    kinds: frozenset[str] = frozenset(ALERT_KINDS)
    metrics: frozenset[str] = frozenset()
    forces: frozenset[str] = frozenset()
    actors: frozenset[str] = frozenset()
    claimants: frozenset[str] = frozenset()
    types: frozenset[str] = frozenset()
    theatres: frozenset[str] = frozenset()
    min_pct: float = 0.0
    min_delta: float = 0.0
    include_hedged: bool = True


def _lower_set(values: list[Any], where: str) -> frozenset[str]:
    if not all(isinstance(v, str) for v in values):
        raise ConfigError(f"{where} must be a list of strings")
    return frozenset(norm_text(v) for v in values)


def parse_rule(raw: dict[str, Any], index: int = 0, *, where: str | None = None) -> AlertRule:
    """One rule from configuration, checked: unknown keys and wrong types are a ConfigError
    (`where`, the config file, starts the message)."""
    where = f"{where}: alerts.rules[{index}]" if where else f"alerts.rules[{index}]"
    for key, value in raw.items():
        expected = _RULE_KEYS.get(key)
        if expected is None:
            raise ConfigError(f"{where}: unknown key {key!r} (known: {', '.join(_RULE_KEYS)})")
        if not isinstance(value, expected) or isinstance(value, bool) != (expected is bool):
            raise ConfigError(f"{where}.{key} has the wrong type")
    kinds = frozenset(raw.get("kinds", ALERT_KINDS))
    bad = kinds - {"new", "changed", "restated", "contradicts"}
    if bad:
        raise ConfigError(f"{where}.kinds: unknown kind(s) {', '.join(sorted(bad))}")
    return AlertRule(
        name=raw.get("name") or f"rule-{index}",
        kinds=kinds,
        metrics=_lower_set(raw.get("metrics", []), f"{where}.metrics"),
        forces=_lower_set(raw.get("forces", []), f"{where}.forces"),
        actors=_lower_set(raw.get("actors", []), f"{where}.actors"),
        claimants=_lower_set(raw.get("claimants", []), f"{where}.claimants"),
        types=_lower_set(raw.get("types", []), f"{where}.types"),
        theatres=_lower_set(raw.get("theatres", []), f"{where}.theatres"),
        min_pct=float(raw.get("min_pct", 0.0)),
        min_delta=float(raw.get("min_delta", 0.0)),
        include_hedged=bool(raw.get("include_hedged", True)),
    )


def load_rules(settings: Settings) -> list[AlertRule]:
    """The configured rules ([[alerts.rules]] in the config file), else the defaults."""
    raw = settings.alert_rules or DEFAULT_ALERT_RULES
    return [parse_rule(dict(r), i) for i, r in enumerate(raw)]


def match_rule(
    rules: list[AlertRule], kind: str, cand: Candidate, pct: Any, delta: Any = None
) -> str | None:
    """The name of the first rule the change matches, or None. `forces` filters whose forces
    are counted, `actors` the event's actor (who deploys, estimates, asks or gives)."""
    row = cand.row
    for rule in rules:
        if kind not in rule.kinds:
            continue
        if rule.metrics and cand.metric not in rule.metrics:
            continue
        if rule.forces and cand.force not in rule.forces:
            continue
        if rule.theatres and cand.theatre not in rule.theatres:
            continue
        if rule.actors and rule.actors.isdisjoint(
            norm_text(a) for a in (row.get("actor") or "").split(";")
        ):
            continue  # a joint actor ("United States; United Kingdom") is each member
        if rule.types and norm_text(row["type"]) not in rule.types:
            continue
        if rule.claimants and norm_text(cand.claimant) not in rule.claimants:
            continue
        if not rule.include_hedged and row["hedged"]:
            continue
        if kind == "changed" and pct is not None and abs(float(pct)) < rule.min_pct:
            continue
        if kind == "changed" and delta is not None and abs(float(delta)) < rule.min_delta:
            continue
        return rule.name
    return None


# --- the message --------------------------------------------------------------------------
def _num(d: Any) -> str:
    if d is None:
        return "?"
    if type(d) is not Decimal:  # a Decimal is already exact (str() round-trips it)
        d = Decimal(str(d))
    return f"{d:,.0f}" if d == d.to_integral_value() else f"{d:,.2f}"


def describe_figure(value: Any, low: Any, high: Any, qualifier: str | None) -> str:
    """A figure as a reader would write it: "about 10,000", "10,000-12,000", "at least 3,000"."""
    if low is not None and high is not None and value is None:
        return f"{_num(low)}-{_num(high)}"
    if qualifier == "at_least" or (value is None and low is not None):
        return f"at least {_num(low if low is not None else value)}"
    if qualifier == "at_most" or (value is None and high is not None):
        return f"up to {_num(high if high is not None else value)}"
    if qualifier in ("approx", "vague"):
        return f"about {_num(value)}"
    return _num(value)


def _plain(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dt.datetime):
        return value.isoformat()
    return value


def build_payload(alert_id, rule: str, cand: Candidate, obs: Obs, change: dict) -> dict:
    """Everything a channel or an analyst needs, JSON-able; `message` is the human text."""
    row = cand.row
    prev = change["previous"]
    figure = describe_figure(obs.value, obs.low, obs.high, obs.qualifier)
    payload = {
        "id": str(alert_id),
        "rule": rule,
        "kind": change["kind"],
        "series": cand.key,
        "label": series_label(cand.force, cand.metric, cand.theatre),
        "force": cand.force,
        "metric": cand.metric,
        "theatre": cand.theatre,
        "claimant": cand.claimant,
        "value": _plain(obs.value),
        "low": _plain(obs.low),
        "high": _plain(obs.high),
        "qualifier": obs.qualifier,
        "figure": figure,
        "previous": _plain(change["from_value"]),
        "previous_figure": describe_figure(prev.value, prev.low, prev.high, prev.qualifier)
        if prev
        else None,
        "previous_claimant": prev.claimant if prev else None,
        "previous_published_at": _plain(prev.published_at) if prev else None,
        "delta": _plain(change["delta"]),
        "pct": _plain(change["pct"]),
        "same_claimant_revision": change["same_claimant_revision"],
        "hedged": bool(row["hedged"]),
        "event_type": row["type"],
        "outlet": row["outlet"],
        "article_url": row["url"],
        "published_at": _plain(obs.published_at),
        "sentence": row["sentence"],
    }
    payload["title"], payload["message"] = format_message(payload)
    return payload


def format_message(p: dict[str, Any]) -> tuple[str, str]:
    """Title and body: what changed, from what to what, who claims it, where, evidence, link."""
    who = p["claimant"] if p["claimant"] != "unattributed" else "an unattributed source"
    label = p["label"]
    if p["kind"] == "changed":
        what = f"{label} changed: {p['previous_figure']} -> {p['figure']}"
        if p.get("pct") is not None:
            what += f" ({'+' if p['delta'] >= 0 else ''}{_num(p['delta'])}, {p['pct']:+.1f}%)"
        claim = f"{who} revised its own estimate" if p["same_claimant_revision"] else f"per {who}"
    elif p["kind"] == "contradicts":
        what = (
            f"{label} contradicts: {p['figure']} vs {p['previous_figure']} "
            f"from {p['previous_claimant']}"
        )
        claim = f"claimed by {who}"
    else:
        what = f"{label} new figure: {p['figure']}"
        if p.get("previous_figure"):
            what += f" (series stood at {p['previous_figure']} per {p['previous_claimant']})"
        claim = f"claimed by {who}"
    hedge = " (hedged: reportedly)" if p.get("hedged") else ""
    title = f"newswatch: {what}"
    body = (
        f"{what}; {claim}{hedge}.\n"
        f"Reported by {p.get('outlet') or 'unknown outlet'} on {p['published_at']}:\n"
        f'"{p["sentence"]}"\n'
        f"{p['article_url']}\n"
        f"alert id: {p['id']}"
    )
    return title, body


# --- secrets ------------------------------------------------------------------------------
_HOST_SCHEMES = {
    "json",
    "jsons",
    "xml",
    "xmls",
    "form",
    "forms",
    "http",
    "https",
    "mailto",
    "mailtos",
}


def mask_alert_url(url: str) -> str:
    """Show only what identifies a channel without its tokens: `json://host:port/***`."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "***"
    scheme = (parts.scheme or "?").lower()
    if scheme in _HOST_SCHEMES and parts.hostname:
        port = f":{parts.port}" if parts.port else ""
        user = "***@" if parts.username or parts.password else ""
        rest = "/***" if parts.path.strip("/") or parts.query else ""
        return f"{scheme}://{user}{parts.hostname}{port}{rest}"
    return f"{scheme}://***"


def mask_secrets(text: str, urls: list[str] | tuple[str, ...]) -> str:
    """Replace every token of the given alert URLs in `text` (an error, a log line)."""
    from pipeline.redact import MIN_SECRET_CHARS, alert_url_secrets, redact

    for url in urls:
        text = text.replace(url, mask_alert_url(url))
        pieces = [p for p in alert_url_secrets(url) if len(p) >= MIN_SECRET_CHARS]
        for piece in sorted(set(pieces), key=len, reverse=True):
            text = text.replace(piece, "***")
    return redact(text)


def channel_id(url: str) -> str:
    """A stable name for a channel in `alerts.channels_done` that reveals no token."""
    return f"{mask_alert_url(url)}#{hashlib.sha256(url.encode()).hexdigest()[:10]}"


# --- delivery -----------------------------------------------------------------------------
def _backoff(attempts: int) -> float:
    return min(ALERT_BACKOFF_BASE_S * 2 ** max(attempts - 1, 0), ALERT_BACKOFF_MAX_S)


class _JsonlLog:
    """The JSONL alert log; knows which alert ids it already holds so appends are idempotent."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._seen: set[str] | None = None

    def seen(self) -> set[str]:
        if self._seen is None:
            self._seen = set()
            if self.path.is_file():
                with self.path.open(encoding="utf-8", errors="replace") as fh:
                    for line in fh:
                        m = re.search(r'"id":\s*"([0-9a-f-]{36})"', line)
                        if m:
                            self._seen.add(m.group(1))
        return self._seen

    def append(self, payload: dict[str, Any]) -> None:
        if payload["id"] in self.seen():
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        line = json.dumps(payload, ensure_ascii=False, sort_keys=True)
        with self.path.open("a", encoding="utf-8") as fh:
            fh.write(line + "\n")
            fh.flush()
        self.seen().add(payload["id"])


def _with_alert_id(url: str, alert_id: str) -> str:
    """For generic JSON/XML/form webhooks, also put the id in the payload and a header."""
    scheme = url.split("://", 1)[0].lower()
    if scheme not in {"json", "jsons", "xml", "xmls", "form", "forms"}:
        return url
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}:alert_id={alert_id}&+X-Newswatch-Alert-Id={alert_id}"


def _notify(url: str, payload: dict[str, Any]) -> tuple[str | None, float]:
    """Send one message through Apprise: (None when accepted, else the unmasked reason;
    seconds the sending took, not counting Apprise's one-off plugin loading)."""
    import apprise

    target = _with_alert_id(url, payload["id"])
    app = apprise.Apprise()
    if not app.add(target):
        return "Apprise does not understand this URL", 0.0
    with apprise.LogCapture(level=apprise.logging.WARNING, fmt="%(message)s") as captured:
        started = time.monotonic()
        ok = app.notify(
            title=payload["title"], body=payload["message"], body_format=apprise.NotifyFormat.TEXT
        )
        took = time.monotonic() - started
        detail = captured.getvalue().strip().splitlines()
    if ok:
        return None, took
    return (detail[-1] if detail else "notification failed"), took


class _MaskingFilter(logging.Filter):
    """Rewrites records of Apprise and urllib3 so alert URL tokens never reach a log."""

    def __init__(self, urls: list[str]) -> None:
        super().__init__()
        self.urls = urls

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = mask_secrets(record.getMessage(), self.urls)
        record.args = ()
        return True


_LIBRARY_LOGGERS = ("apprise", "urllib3.connectionpool", "requests")


def deliver_alerts(
    settings: Settings, conn: psycopg.Connection, *, now: dt.datetime | None = None
) -> dict[str, int]:
    """Send every due pending alert to every channel; one transaction (row lock) per alert.

    `now` lets a caller (a test, a replay) act as if at another time; default: the server's now.
    """
    urls = list(settings.alert_urls)
    jsonl = _JsonlLog(settings.alerts_log)
    counts = {"sent": 0, "retrying": 0, "failed": 0}
    done_ids: set[int] = set()
    masking = _MaskingFilter(urls)
    loggers = [logging.getLogger(name) for name in _LIBRARY_LOGGERS]
    for lg in loggers:
        lg.addFilter(masking)
    try:
        _deliver_due(conn, urls, jsonl, now, counts, done_ids)
    finally:
        for lg in loggers:
            lg.removeFilter(masking)
    return counts


def _deliver_due(conn, urls, jsonl, now, counts, done_ids) -> None:
    stalled: dict[str, str] = {}  # channels that failed slowly in this pass, with the reason
    while True:
        with conn.transaction():
            with conn.cursor(row_factory=dict_row) as cur:
                row = cur.execute(
                    """SELECT id, alert_id, payload, attempts, channels_done FROM alerts
                       WHERE status = 'pending' AND next_attempt_at <= COALESCE(%s, now())
                         AND NOT (id = ANY(%s))
                       ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED""",
                    (now, list(done_ids)),
                ).fetchone()
            if row is None:
                break
            done_ids.add(row["id"])
            _deliver_one(conn, row, urls, jsonl, now, counts, stalled)
        if len(done_ids) >= ALERT_DELIVERY_BATCH:
            break


def _deliver_one(
    conn, row, urls, jsonl: _JsonlLog, now, counts: dict[str, int], stalled: dict[str, str]
) -> None:
    """Send one alert to every channel that has not accepted it. A channel that needed
    ALERT_STALLED_CHANNEL_S or more to fail (a timeout: blackholed or hanging) is not tried
    again in this pass: the remaining alerts record why and wait for their backoff, instead
    of each waiting out the same timeout."""
    payload = dict(row["payload"])
    payload["id"] = str(row["alert_id"])
    done = set(row["channels_done"])
    errors: list[str] = []
    log.info("alert %s: %s", payload["id"], payload.get("title", payload.get("kind")))
    if JSONL_CHANNEL not in done:
        try:
            jsonl.append(payload)
            done.add(JSONL_CHANNEL)
        except OSError as exc:
            errors.append(f"{JSONL_CHANNEL}: {exc}")
    for url in urls:
        cid = channel_id(url)
        if cid in done:
            continue
        if url in stalled:
            errors.append(f"{mask_alert_url(url)}: not tried, stalled earlier: {stalled[url]}")
            continue
        try:
            reason, took = _notify(url, payload)
        except Exception as exc:  # a plugin bug must not lose the alert
            reason, took = f"{exc.__class__.__name__}: {exc}", 0.0
        if reason is not None and took >= ALERT_STALLED_CHANNEL_S:
            stalled[url] = reason
        if reason is None:
            done.add(cid)
        else:
            errors.append(f"{mask_alert_url(url)}: {reason}")
    attempts = row["attempts"] + 1
    if not errors:
        conn.execute(
            """UPDATE alerts SET status = 'sent', sent_at = COALESCE(%s, now()), attempts = %s,
               channels_done = %s, last_error = NULL WHERE id = %s""",
            (now, attempts, sorted(done), row["id"]),
        )
        counts["sent"] += 1
        return
    error = mask_secrets("; ".join(errors), urls)[:2000]
    status = "failed" if attempts >= ALERT_MAX_ATTEMPTS else "pending"
    conn.execute(
        """UPDATE alerts SET status = %s, attempts = %s, channels_done = %s, last_error = %s,
           next_attempt_at = COALESCE(%s, now()) + make_interval(secs => %s) WHERE id = %s""",
        (status, attempts, sorted(done), error, now, _backoff(attempts), row["id"]),
    )
    counts["failed" if status == "failed" else "retrying"] += 1
    log.warning("alert %s not delivered (attempt %d): %s", payload["id"], attempts, error)
