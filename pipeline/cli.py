"""The `newswatch` command: the product's front door.

Each subcommand is a thin layer over a `pipeline` function. Errors a user can cause print one
line and exit non-zero (2 for configuration and database problems); `-v` shows tracebacks
of unexpected failures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from pipeline import __version__
from pipeline.config import ALERTS_RECENT_LIMIT
from pipeline.errors import ConfigError, DatabaseError, NewswatchError

log = logging.getLogger("pipeline")

EVENT_COLUMNS = [
    "id", "type", "actor", "target", "third_party", "location", "location_code", "subject",
    "metric", "value", "low", "high", "qualifier", "source", "hedged", "confidence",
    "outlet", "published_at", "url", "sentence", "start_offset", "end_offset",
    "extractor_version",
]  # fmt: skip


# --- helpers ---------------------------------------------------------------------------------
def _settings(args: argparse.Namespace):
    from pipeline.config import load_settings

    return load_settings(args.config)


def _open_db(args: argparse.Namespace):
    """Resolve the database, apply pending migrations, return (settings, url)."""
    from pipeline.run import prepare_database

    settings = _settings(args)
    url, _ = prepare_database(settings)
    return settings, url


def _date(text: str) -> dt.datetime:
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date: {text!r}") from None
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


# --- commands --------------------------------------------------------------------------------
def cmd_run(args: argparse.Namespace) -> int:
    from pipeline.run import run_cycle

    settings = _settings(args)
    feeds = Path(args.feeds) if args.feeds else settings.feeds_file
    if feeds is not None and not feeds.is_file():
        origin = "--feeds" if args.feeds else "NEWSWATCH_FEEDS or paths.feeds"
        raise ConfigError(f"feed list not found: {feeds} (from {origin})")
    summary = run_cycle(settings, feeds)
    for line in summary.lines():
        print(line)
    return 0


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from pipeline import db, migrations

    settings = _settings(args)
    url = db.resolve_url(settings)
    with db.connection(url, autocommit=True) as conn:
        done = migrations.upgrade(conn)
    for mig in done:
        print(f"applied {mig.path.name}")
    print(f"database is up to date ({db.describe_target(url)})")
    return 0


def cmd_db_url(args: argparse.Namespace) -> int:
    from pipeline import db

    print(db.resolve_url(_settings(args)))
    return 0


def cmd_db_status(args: argparse.Namespace) -> int:
    from pipeline import db, migrations

    url = db.resolve_url(_settings(args))
    with db.connection(url, autocommit=True) as conn:
        exists = conn.execute("SELECT to_regclass('schema_migrations')").fetchone()[0]
        have = migrations.applied(conn) if exists else {}
    for mig in migrations.discover():
        state = "applied" if mig.version in have else "pending"
        print(f"{mig.path.name:<40} {state}")
    return 0


def cmd_events(args: argparse.Namespace) -> int:
    from pipeline import db
    from pipeline.output import write_csv, write_json, write_table

    _, url = _open_db(args)
    where, params = ["TRUE"], []
    if args.type:
        where.append("e.type = %s")
        params.append(args.type)
    if args.since:
        where.append("COALESCE(a.published_at, a.fetched_at) >= %s")
        params.append(args.since)
    sql = f"""
        SELECT e.id, e.type, e.actor, e.target, e.third_party, e.location, e.location_code,
               e.subject, e.metric, e.value, e.low, e.high, e.qualifier, e.source, e.hedged,
               e.confidence, COALESCE(e.outlet, a.outlet) AS outlet, a.published_at, a.url,
               e.sentence, e.start_offset, e.end_offset, e.extractor_version
        FROM events e JOIN articles a ON a.id = e.article_id
        WHERE {" AND ".join(where)}
        ORDER BY a.published_at DESC NULLS LAST, e.id DESC
        LIMIT %s"""
    params.append(args.limit)
    with db.connection(url) as conn:
        from psycopg.rows import dict_row

        with conn.cursor(row_factory=dict_row) as cur:
            rows = cur.execute(sql, params).fetchall()
    if args.json:
        write_json(rows)
    elif args.csv:
        write_csv(rows, EVENT_COLUMNS)
    else:
        write_table(
            rows,
            ["id", "type", "actor", "target", "location", "value", "qualifier", "source",
             "published_at", "sentence"],
        )  # fmt: skip
    return 0


def cmd_feeds(args: argparse.Namespace) -> int:
    from pipeline import db
    from pipeline.feeds import feed_health
    from pipeline.output import write_json, write_table

    _, url = _open_db(args)
    with db.connection(url, autocommit=True) as conn:
        rows = feed_health(conn)
    if args.json:
        write_json(rows)
        return 0
    for row in rows:
        for key in ("last_polled_at", "next_poll_at"):
            if row[key] is not None:
                row[key] = row[key].astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M")
        row["status"] = row["last_status"] if row["enabled"] else "disabled"
    write_table(
        rows,
        ["id", "name", "status", "last_polled_at", "consecutive_failures", "last_error",
         "next_poll_at", "articles"],
    )  # fmt: skip
    return 0


def cmd_alerts(args: argparse.Namespace) -> int:
    from pipeline import db
    from pipeline.output import write_json, write_table
    from pipeline.reports import list_alerts, write_atom

    _, url = _open_db(args)
    with db.connection(url, autocommit=True) as conn:
        rows = list_alerts(conn, args.limit, args.status)
    if args.atom == "-":
        sys.stdout.buffer.write(write_atom(rows, None))
        return 0
    if args.atom:
        write_atom(rows, Path(args.atom))
        print(f"wrote {len(rows)} alerts to {args.atom}", file=sys.stderr)
    if args.json:
        write_json(rows)
    elif not args.atom:
        write_table(
            rows,
            ["id", "status", "kind", "series", "claimant", "previous_figure", "figure",
             "outlet", "published_at"],
        )  # fmt: skip
    return 0


def cmd_alerts_deliver(args: argparse.Namespace) -> int:
    from pipeline import db
    from pipeline.alerts import deliver_alerts

    settings, url = _open_db(args)
    with db.connection(url, autocommit=True) as conn:
        counts = deliver_alerts(settings, conn)
    print(", ".join(f"{k} {v}" for k, v in counts.items()))
    # a channel that failed this time (alerts left to retry, or given up) is worth a non-zero
    # exit, so that a cron job notices a dead channel; nothing is lost either way
    return 1 if counts.get("retrying") or counts.get("failed") else 0


def cmd_figures(args: argparse.Namespace) -> int:
    from pipeline import db
    from pipeline.alerts import describe_figure
    from pipeline.output import write_json, write_table
    from pipeline.reports import deep_plain, series_overview

    _, url = _open_db(args)
    with db.connection(url, autocommit=True) as conn:
        rows = series_overview(conn)
    if args.json:
        write_json(deep_plain(rows))
        return 0
    table = []
    for r in rows:
        change = r["change"]
        pct = change["pct"]
        table.append(
            {
                "series": r["series"],
                "latest": describe_figure(r["value"], r["low"], r["high"], r["qualifier"]),
                "claimant": r["claimant"],
                "previous": (
                    describe_figure(r["previous"], None, None, "exact")
                    if r["previous"] is not None
                    else None
                ),
                "change": f"{change['kind']} {pct:+}%" if pct is not None else change["kind"],
                "claimants": len(r["claimants"]),
                "published_at": r["published_at"],
                "history": " ".join(
                    describe_figure(h["value"], h["low"], h["high"], "exact") for h in r["history"]
                ),
            }
        )
    write_table(
        table,
        ["series", "latest", "claimant", "previous", "change", "claimants", "published_at",
         "history"],
    )  # fmt: skip
    return 0


def cmd_figures_plot(args: argparse.Namespace) -> int:
    from pipeline import db
    from pipeline.reports import plot_series, series_history

    _, url = _open_db(args)
    with db.connection(url, autocommit=True) as conn:
        label, rows = series_history(conn, args.series)
    n = plot_series(label, rows, Path(args.output))
    print(f"wrote {args.output}: {label}, {n} observations")
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    from pipeline.extract import extract_events
    from pipeline.extract.documents import read_document
    from pipeline.output import write_json, write_table

    rows = []
    failed = 0
    for name in args.files:
        text = read_document(Path(name))
        try:
            events = extract_events(text)
        except Exception as exc:  # an extractor fault on one file must not lose the others
            print(f"newswatch: {name}: extraction failed: {type(exc).__name__}", file=sys.stderr)
            failed += 1
            continue
        rows.extend({"file": name, **event.to_dict()} for event in events)
    if args.json:
        write_json(rows)
    else:
        write_table(
            rows,
            ["file", "type", "actor", "target", "location", "metric", "value", "low", "high",
             "qualifier", "source", "hedged", "sentence"],
        )  # fmt: skip
    return 1 if failed else 0


# --- parser ----------------------------------------------------------------------------------
class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line naming the command and where to look."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="newswatch",
        description="Monitor news feeds for force figures and military events; alert on changes.",
    )
    parser.add_argument("--version", action="version", version=f"newswatch {__version__}")
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="TOML config file (default: $NEWSWATCH_CONFIG or ./newswatch.toml)",
    )
    noise = parser.add_mutually_exclusive_group()
    noise.add_argument(
        "-v", "--verbose", action="count", default=0, help="more log output (-vv for debug)"
    )
    noise.add_argument(
        "-q", "--quiet", action="store_true", help="only warnings and errors; no progress display"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser(
        "run", help="run one full cycle: poll, fetch, extract, detect changes, alert"
    )
    p.add_argument("--feeds", metavar="FILE", help="feed list TOML (default: seeds/feeds.toml)")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("db", help="database commands")
    dbsub = p.add_subparsers(dest="db_command", metavar="SUBCOMMAND", required=True)
    dbsub.add_parser("upgrade", help="apply pending migrations from sql/").set_defaults(
        func=cmd_db_upgrade
    )
    dbsub.add_parser("url", help="print the database URL (for psql)").set_defaults(func=cmd_db_url)
    dbsub.add_parser("status", help="list migrations and whether each is applied").set_defaults(
        func=cmd_db_status
    )

    p = sub.add_parser("events", help="list stored events")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="JSON list")
    fmt.add_argument("--csv", action="store_true", help="CSV with a header row")
    p.add_argument(
        "--type",
        choices=["deployment", "intelligence_estimate", "diplomatic_request", "military_aid"],
    )
    p.add_argument(
        "--since", type=_date, metavar="DATE", help="only articles published since DATE (ISO)"
    )
    p.add_argument(
        "--limit", type=_positive_int, default=500, help="at most N events (default 500)"
    )
    p.set_defaults(func=cmd_events)

    p = sub.add_parser(
        "feeds", help="list feeds with their health: last poll, status, failures, next poll"
    )
    p.add_argument("--json", action="store_true", help="JSON list (every column)")
    p.set_defaults(func=cmd_feeds)

    p = sub.add_parser("alerts", help="list recent alerts (table, --json, --atom FILE)")
    p.add_argument("--json", action="store_true", help="JSON list")
    p.add_argument(
        "--atom",
        metavar="FILE",
        nargs="?",
        const="-",
        help="an Atom feed of the alerts, to FILE or (without FILE) to standard output",
    )
    p.add_argument("--status", choices=["pending", "sent", "failed"], help="only this status")
    p.add_argument(
        "--limit", type=_positive_int, default=ALERTS_RECENT_LIMIT, help="at most N alerts"
    )
    p.set_defaults(func=cmd_alerts)
    asub = p.add_subparsers(dest="alerts_command", metavar="SUBCOMMAND")
    asub.add_parser(
        "deliver", help="deliver pending alerts now (log, JSONL file, NEWSWATCH_ALERT_URLS)"
    ).set_defaults(func=cmd_alerts_deliver)

    p = sub.add_parser("figures", help="figure series: latest value, change, claimants, history")
    p.add_argument("--json", action="store_true", help="JSON list")
    p.set_defaults(func=cmd_figures)
    fsub = p.add_subparsers(dest="figures_command", metavar="SUBCOMMAND")
    plot = fsub.add_parser("plot", help="draw one series' history, one line per claimant (PNG)")
    plot.add_argument("series", metavar="SERIES", help="series key, id, or part of its label")
    plot.add_argument("-o", "--output", metavar="FILE", required=True, help="PNG file to write")
    plot.set_defaults(func=cmd_figures_plot)

    p = sub.add_parser(
        "extract", help="print the events in plain-text or HTML files (no database needed)"
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="article files (.txt, .html)")
    p.add_argument("--json", action="store_true", help="a JSON list of events")
    p.set_defaults(func=cmd_extract)

    return parser


def _configure_logging(verbose: int, quiet: bool) -> None:
    from pipeline.redact import RedactingFormatter

    level = logging.WARNING if quiet else (logging.DEBUG if verbose > 1 else logging.INFO)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=level, handlers=[handler])
    if verbose < 2:
        for noisy in ("httpx", "httpcore", "trafilatura", "urllib3", "pgserver"):
            logging.getLogger(noisy).setLevel(logging.WARNING)
        # psycopg warns "error ignored terminating <Pipeline>" while unwinding from a lost
        # connection; the loss itself is reported once, as the command's one-line error
        logging.getLogger("psycopg").setLevel(logging.ERROR)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    _configure_logging(args.verbose, args.quiet)
    from pipeline import progress

    progress.set_enabled(not args.quiet)
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        return func(args)
    except NewswatchError as exc:
        from pipeline.redact import redact

        print(f"newswatch: error: {_one_line(redact(str(exc)))}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("newswatch: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # an unexpected failure: one line unless -v
        import psycopg

        from pipeline.redact import redact

        if isinstance(exc, psycopg.OperationalError):
            err = DatabaseError(f"database connection lost: {_one_line(str(exc)) or exc}")
            print(f"newswatch: error: {redact(str(err))}", file=sys.stderr)
            return err.exit_code
        if args.verbose:
            import traceback

            print(redact(traceback.format_exc()).rstrip(), file=sys.stderr)
            return 1
        print(
            f"newswatch: unexpected error: {exc.__class__.__name__}: "
            f"{redact(_one_line(str(exc)))} (run with -v for details)",
            file=sys.stderr,
        )
        return 1


def _positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1 ("--limit -5" is refused, exit 2)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _one_line(text: str) -> str:
    """The first non-empty line of a message: errors are one line."""
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[0].strip() if lines else ""


if __name__ == "__main__":
    sys.exit(main())
