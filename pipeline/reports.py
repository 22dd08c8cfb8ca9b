"""Read-side of figures and alerts: the rows behind `newswatch alerts`, `newswatch figures`,
the Atom feed of alerts and the history chart. Queries only; nothing here writes."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import psycopg
from psycopg.rows import dict_row

from pipeline.config import FIGURE_HISTORY_POINTS
from pipeline.errors import NewswatchError, output_error

ALERT_JSON_KEYS = (
    "id", "kind", "series", "label", "claimant", "value", "low", "high", "qualifier", "figure",
    "previous", "previous_figure", "previous_claimant", "delta", "pct", "same_claimant_revision",
    "article_url", "outlet", "published_at", "sentence", "rule", "status", "attempts",
    "last_error", "created_at", "sent_at", "message",
)  # fmt: skip


class UnknownSeriesError(NewswatchError):
    """`figures plot` was given a series that does not exist."""

    exit_code = 2


def list_alerts(
    conn: psycopg.Connection, limit: int, status: str | None = None
) -> list[dict[str, Any]]:
    """Most recent alerts first, with their change, evidence and delivery status."""
    with conn.cursor(row_factory=dict_row) as cur:
        rows = cur.execute(
            """SELECT a.alert_id, a.rule, a.status, a.attempts, a.last_error, a.created_at,
                      a.sent_at, a.payload
               FROM alerts a WHERE (%s::text IS NULL OR a.status = %s)
               ORDER BY a.id DESC LIMIT %s""",
            (status, status, limit),
        ).fetchall()
    out = []
    for r in rows:
        p = r["payload"]
        item = {k: p.get(k) for k in ALERT_JSON_KEYS}
        item.update(
            id=str(r["alert_id"]), rule=r["rule"], status=r["status"], attempts=r["attempts"],
            last_error=r["last_error"], created_at=r["created_at"], sent_at=r["sent_at"],
        )  # fmt: skip
        out.append(item)
    return out


def series_overview(conn: psycopg.Connection, points: int = FIGURE_HISTORY_POINTS) -> list[dict]:
    """Each series: latest figure, what it was before, the change, claimants, short history."""
    with conn.cursor(row_factory=dict_row) as cur:
        latest = cur.execute(
            """SELECT series_id, series, label, force, metric, theatre, claimant, value, low,
                      high, qualifier, kind, previous_value, delta, pct, outlet, published_at,
                      url, observations
               FROM figure_latest ORDER BY published_at DESC, series"""
        ).fetchall()
        lines = cur.execute(
            """SELECT series_id, claimant, value, low, high, qualifier, outlet, published_at
               FROM figure_latest_by_claimant ORDER BY series_id, published_at DESC"""
        ).fetchall()
        history = cur.execute(
            """SELECT series_id, published_at, claimant, value, low, high, qualifier, kind
               FROM (SELECT h.*, row_number() OVER (PARTITION BY series_id
                                 ORDER BY published_at DESC, observation_id DESC) AS n
                     FROM figure_history h) t
               WHERE n <= %s ORDER BY series_id, published_at, observation_id""",
            (points,),
        ).fetchall()
    by_series: dict[int, dict] = {}
    for row in latest:
        sid = row.pop("series_id")
        row["previous"] = row.pop("previous_value")
        row["change"] = {"kind": row.pop("kind"), "delta": row.pop("delta"), "pct": row.pop("pct")}
        row["claimants"], row["history"] = [], []
        by_series[sid] = row
    for line in lines:
        if line["series_id"] in by_series:
            by_series[line.pop("series_id")]["claimants"].append(line)
    for point in history:
        if point["series_id"] in by_series:
            by_series[point.pop("series_id")]["history"].append(point)
    return list(by_series.values())


def deep_plain(value: Any) -> Any:
    """Nested rows made JSON-able (Decimal -> int/float, datetime -> ISO text)."""
    from pipeline.output import _plain

    if isinstance(value, dict):
        return {k: deep_plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [deep_plain(v) for v in value]
    return _plain(value)


def series_history(conn: psycopg.Connection, series: str) -> tuple[str, list[dict]]:
    """(label, every observation) of one series given by key, id or a unique label fragment."""
    series = series.strip()
    if not series:
        raise UnknownSeriesError("a series is required: a key, an id or part of a label")
    # the user's text is matched literally: "%" and "_" are not patterns
    like = "%" + re.sub(r"([\\%_])", r"\\\1", series) + "%"
    with conn.cursor(row_factory=dict_row) as cur:
        found = cur.execute(
            """SELECT id, key, label FROM figure_series
               WHERE key = %s OR id::text = %s OR label ILIKE %s OR key ILIKE %s
               ORDER BY (key = %s OR id::text = %s) DESC, id LIMIT 5""",
            (series, series, like, like, series, series),
        ).fetchall()
        if not found:
            raise UnknownSeriesError(
                f"no figure series matches {series!r} (see `newswatch figures`)"
            )
        exact = [f for f in found if series in (f["key"], str(f["id"]))]
        if not exact and len(found) > 1:
            names = ", ".join(f["key"] for f in found)
            raise UnknownSeriesError(f"{series!r} matches several series: {names}")
        chosen = (exact or found)[0]
        rows = cur.execute(
            """SELECT published_at, claimant, value, low, high, qualifier, mid, kind, outlet, url
               FROM figure_history WHERE series_id = %s ORDER BY published_at, observation_id""",
            (chosen["id"],),
        ).fetchall()
    return chosen["label"], rows


def write_atom(alerts: list[dict[str, Any]], path: Path | None) -> bytes:
    """An Atom feed of alerts (feedgen) that any feed reader can subscribe to."""
    import datetime as dt

    from feedgen.feed import FeedGenerator

    fg = FeedGenerator()
    fg.id("urn:newswatch:alerts")
    fg.title("newswatch alerts")
    fg.subtitle("New and changed figures, with claimant, evidence and link")
    fg.link(href="urn:newswatch:alerts", rel="self")
    fg.language("en")
    newest = max((a["created_at"] for a in alerts), default=dt.datetime.now(dt.UTC))
    fg.updated(newest)
    for a in reversed(alerts):  # feedgen prepends: add oldest first
        entry = fg.add_entry()
        entry.id(f"urn:uuid:{a['id']}")
        title = (a.get("message") or a["kind"]).splitlines()[0]
        entry.title(title)
        entry.content(a.get("message") or "", type="text")
        if a.get("article_url"):
            entry.link(href=a["article_url"])
        entry.published(a["created_at"])
        entry.updated(a["created_at"])
        entry.author(name=a.get("claimant") or "newswatch")
    data = fg.atom_str(pretty=True)
    if path is not None:
        try:
            path.write_bytes(data)
        except OSError as exc:
            raise output_error(path, exc) from exc
    return data


def plot_series(label: str, rows: list[dict], out: Path) -> int:
    """A PNG of the series' history, one line per claimant; ranges drawn as error bars."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    by_claimant: dict[str, list[dict]] = {}
    for r in rows:
        by_claimant.setdefault(r["claimant"], []).append(r)
    fig, ax = plt.subplots(figsize=(9, 4.8), dpi=100)
    for claimant, pts in sorted(by_claimant.items()):
        xs = [p["published_at"] for p in pts]
        ys = [float(p["mid"]) for p in pts]
        lo = [float(p["mid"]) - float(p["low"]) if p["low"] is not None else 0 for p in pts]
        hi = [float(p["high"]) - float(p["mid"]) if p["high"] is not None else 0 for p in pts]
        ax.errorbar(xs, ys, yerr=[lo, hi], marker="o", capsize=3, label=claimant)
    ax.set_title(label)
    ax.set_ylabel("figure (midpoint; bars show stated ranges)")
    ax.grid(True, alpha=0.3)
    ax.legend(title="claimant", fontsize="small")
    ax.yaxis.set_major_formatter(matplotlib.ticker.StrMethodFormatter("{x:,.0f}"))
    fig.autofmt_xdate()
    fig.tight_layout()
    try:
        fig.savefig(out, format="png")
    except OSError as exc:  # a missing folder, no permission, a directory given as the file
        raise output_error(out, exc) from exc
    finally:
        plt.close(fig)
    return len(rows)
