"""Helpers for fault tests: a generated corpus of feeds and pages on a real local HTTP server,
a PostgreSQL cluster the test may stop abruptly, the real `newswatch` command, and a
canonical dump of every data table to compare two databases by content.

The corpus text is written here from templates (invented outlets, figures and wording).
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import psycopg

T0 = dt.datetime(2025, 3, 1, 8, 0, tzinfo=dt.UTC)
CLAIMANTS = [
    ("South Korea's intelligence agency said", "South Korea"),
    ("the Pentagon said", "the Pentagon"),
    ("Ukraine's military intelligence said", "Ukraine"),
    ("the British defence ministry said", "the British defence ministry"),
]
FILLER = (
    "Diplomats met again on Thursday without announcing any agreement. Local officials said "
    "the roads into the border district had been reopened after the weekend's storms, and "
    "that schools would follow their normal timetable for the rest of the month."
)


def article_text(i: int) -> tuple[str, str]:
    """(title, body) of the i-th generated article: one troop figure, or none (every 5th)."""
    if i % 5 == 4:
        return f"Port traffic report {i}", f"{FILLER} Container volumes rose {i % 9 + 1} percent."
    lead, _ = CLAIMANTS[i % len(CLAIMANTS)]
    value = 10000 + (i * 700) % 6000
    body = (
        f"About {value:,} North Korean troops have been deployed to Russia's Kursk region, "
        f"{lead} on {(T0 + dt.timedelta(hours=i)).strftime('%A')}. {FILLER}"
    )
    return f"Estimate {i}: North Korean troops in Kursk put at {value:,}", body


def write_corpus(
    root: Path, base_url: str, articles: int, feeds: int = 3, *, in_order: bool = False
) -> Path:
    """Pages under root/a/, RSS feeds under root/f/, and root/feeds.toml listing the feeds.

    Articles are dealt to the feeds in turn, or (in_order) in blocks, so that each feed's
    articles are all newer than the previous feed's."""
    (root / "a").mkdir(parents=True, exist_ok=True)
    (root / "f").mkdir(parents=True, exist_ok=True)
    items: dict[int, list[str]] = {f: [] for f in range(feeds)}
    for i in range(articles):
        title, body = article_text(i)
        published = T0 + dt.timedelta(hours=i)
        page = (
            "<!DOCTYPE html><html><head><meta charset='utf-8'>"
            f"<title>{html.escape(title)}</title></head><body><header>Demo outlet</header>"
            f"<article><h1>{html.escape(title)}</h1><p>{html.escape(body)}</p>"
            f"<p>{html.escape(FILLER)}</p></article><footer>(c) demo</footer></body></html>"
        )
        (root / "a" / f"{i}.html").write_text(page, encoding="utf-8")
        feed = i * feeds // articles if in_order else i % feeds
        items[feed].append(
            f"<item><title>{html.escape(title)}</title><link>{base_url}/a/{i}.html</link>"
            f"<guid>gen-{i}</guid><pubDate>{published.strftime('%a, %d %b %Y %H:%M:%S +0000')}"
            f"</pubDate><description>{html.escape(body)}</description></item>"
        )
    toml = []
    for f, entries in items.items():
        rss = (
            "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
            f"<title>Generated {f}</title><link>{base_url}/</link><description>test</description>"
            + "".join(reversed(entries))
            + "</channel></rss>"
        )
        (root / "f" / f"{f}.xml").write_text(rss, encoding="utf-8")
        toml.append(f'[[feeds]]\nname = "Generated {f}"\nurl = "{base_url}/f/{f}.xml"\n')
    feeds_file = root / "feeds.toml"
    feeds_file.write_text("\n".join(toml), encoding="utf-8")
    return feeds_file


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args: Any) -> None:
        pass


@contextmanager
def serve_directory(root: Path) -> Iterator[str]:
    """A real threaded HTTP server on 127.0.0.1 serving `root`; yields its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pg_bin() -> Path:
    """PostgreSQL server binaries: pgserver's bundled ones, else the system's."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # platformdirs warns when XDG_RUNTIME_DIR is unset
        import pgserver

    bundled = Path(pgserver.__file__).parent / "pginstall" / "bin"
    if (bundled / "pg_ctl").exists():
        return bundled
    for candidate in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (candidate / "pg_ctl").exists():
            return candidate
    raise RuntimeError("no PostgreSQL binaries found")


class Cluster:
    """A PostgreSQL cluster of our own on a TCP port, which a test may stop abruptly."""

    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="newswatch-fault-pg-"))
        self.dir.chmod(0o755)
        self.data = self.dir / "data"
        self.port = free_port()
        self.bin = pg_bin()
        self.user: str | None = None
        if os.geteuid() == 0:  # PostgreSQL refuses to run as root
            self.user = "pgserver" if _user_exists("pgserver") else "nobody"
            os.chown(self.dir, pwd.getpwnam(self.user).pw_uid, pwd.getpwnam(self.user).pw_gid)
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8")
        self.start()
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute("CREATE DATABASE newswatch")

    def _run(self, exe: str, *args: str) -> None:
        subprocess.run(
            [str(self.bin / exe), *args],
            check=True,
            user=self.user,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd=self.dir,
            timeout=60,
        )

    def url(self, dbname: str = "newswatch") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{dbname}"

    def start(self) -> None:
        self._run(
            "pg_ctl", "-D", str(self.data), "-w", "-l", str(self.dir / "log"),
            "-o", f"-h 127.0.0.1 -p {self.port} -k {self.data}", "start",
        )  # fmt: skip

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-w", "-m", mode, "stop")

    def destroy(self) -> None:
        with suppress(subprocess.CalledProcessError):
            self.stop("immediate")
        shutil.rmtree(self.dir, ignore_errors=True)


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


def newswatch_env(database_url: str, home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSWATCH_")}
    env.update(
        DATABASE_URL=database_url,
        NEWSWATCH_HOME=str(home),
        NEWSWATCH_ALLOW_PRIVATE_NETWORKS="1",
        **extra,
    )
    return env


def start_run(feeds: Path, env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    """`newswatch run --feeds FILE` as its own process (not waited for)."""
    return subprocess.Popen(
        [sys.executable, "-m", "pipeline", "-q", *args, "run", "--feeds", str(feeds)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def run(
    feeds: Path, env: dict[str, str], timeout: float = 600, noise: str = "-q"
) -> subprocess.CompletedProcess:
    """`newswatch run --feeds FILE` to its end; it must succeed."""
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", noise, "run", "--feeds", str(feeds)],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert result.returncode == 0, result.stderr
    return result


# --- canonical content --------------------------------------------------------------------
# Columns that differ between two equivalent databases: surrogate ids, clock times, the
# claiming session. Foreign keys are replaced by the natural key of the row they point to.
_DROPPED_SUFFIXES = ("_id", "_ids", "_at", "_pid", "_start")
_NATURAL = {
    "feed_id": "(SELECT url FROM feeds WHERE id = t.feed_id)",
    "article_id": "(SELECT url FROM articles WHERE id = t.article_id)",
    "duplicate_of": "(SELECT url FROM articles WHERE id = t.duplicate_of)",
    "series_id": "(SELECT key FROM figure_series WHERE id = t.series_id)",
    "event_id": "(SELECT a.url || '#' || e.ordinal FROM events e JOIN articles a "
    "ON a.id = e.article_id WHERE e.id = t.event_id)",
}


def data_tables(conn: psycopg.Connection) -> list[str]:
    return [
        r[0]
        for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
            "AND tablename <> 'schema_migrations' ORDER BY 1"
        ).fetchall()
    ]


def canonical_dump(url: str) -> dict[str, list[tuple]]:
    """Every data table as a sorted list of rows, without ids, timestamps or claims."""
    dump: dict[str, list[tuple]] = {}
    with psycopg.connect(url, autocommit=True) as conn:
        for table in data_tables(conn):
            columns = [
                r[0]
                for r in conn.execute(
                    "SELECT column_name FROM information_schema.columns "
                    "WHERE table_schema = 'public' AND table_name = %s ORDER BY ordinal_position",
                    (table,),
                ).fetchall()
            ]
            exprs = []
            for col in columns:
                if col in _NATURAL:
                    exprs.append(_NATURAL[col])
                elif col in ("id", "supporting_events") or col.endswith(_DROPPED_SUFFIXES):
                    continue
                else:
                    exprs.append(f't."{col}"::text')
            rows = conn.execute(f'SELECT {", ".join(exprs)} FROM "{table}" t').fetchall()
            dump[table] = sorted(tuple("" if v is None else str(v) for v in r) for r in rows)
    return dump


def count_rows(url: str, *tables: str) -> dict[str, int]:
    with psycopg.connect(url, autocommit=True) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def assert_same_content(expected: dict[str, list[tuple]], actual: dict[str, list[tuple]]) -> None:
    """Every table holds the same rows; on failure, say which rows only one side has."""
    from collections import Counter

    for table, rows in expected.items():
        want, got = Counter(rows), Counter(actual.get(table, []))
        if want != got:
            missing = list((want - got).elements())[:3]
            extra = list((got - want).elements())[:3]
            raise AssertionError(
                f"{table}: {len(rows)} rows expected, {sum(got.values())} found\n"
                f"  only expected: {missing}\n  only found:    {extra}"
            )
