"""A small runner for the numbered plain-SQL migrations in `sql/`.

Chosen over yoyo-migrations and Alembic because our needs are exactly three rules that fit in
a page: apply `NNN_name.sql` files in numeric order, each in its own transaction, recorded with
a SHA-256 checksum in `schema_migrations`; refuse to run when an applied file was edited or
removed. An advisory lock makes concurrent upgrades (two runs, a DAG and a CLI) safe.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from pathlib import Path

import psycopg

from pipeline.errors import MigrationError

log = logging.getLogger(__name__)

_NAME = re.compile(r"^(\d{3,})_([a-z0-9_]+)\.sql$")
_LOCK_KEY = 0x6E657773  # "news": serialises migration runs across processes


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    path: Path
    sql: str

    @property
    def checksum(self) -> str:
        return hashlib.sha256(self.sql.encode("utf-8")).hexdigest()


def default_sql_dir() -> Path:
    """`sql/` beside the package in a checkout, or the copy packed into the wheel."""
    here = Path(__file__).resolve().parent
    packed = here / "_sql"
    return packed if packed.is_dir() else here.parent / "sql"


def discover(sql_dir: Path | None = None) -> list[Migration]:
    """Every `NNN_name.sql` file in order; other files are ignored, duplicates refused."""
    sql_dir = sql_dir or default_sql_dir()
    found: dict[int, Migration] = {}
    for path in sorted(sql_dir.glob("*.sql")):
        m = _NAME.match(path.name)
        if not m:
            continue
        version = int(m.group(1))
        if version in found:
            raise MigrationError(
                f"two migrations numbered {version}: {found[version].path.name}, {path.name}"
            )
        found[version] = Migration(version, m.group(2), path, path.read_text(encoding="utf-8"))
    return [found[v] for v in sorted(found)]


_LEDGER = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version    integer PRIMARY KEY,
    name       text NOT NULL,
    checksum   text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE schema_migrations IS
    'Applied sql/NNN_*.sql migrations with their SHA-256; an edited applied file is refused.';
"""


def applied(conn: psycopg.Connection) -> dict[int, tuple[str, str]]:
    """version -> (name, checksum) of every applied migration."""
    rows = conn.execute("SELECT version, name, checksum FROM schema_migrations").fetchall()
    return {v: (n, c) for v, n, c in rows}


def upgrade(conn: psycopg.Connection, sql_dir: Path | None = None) -> list[Migration]:
    """Apply every pending migration; return the ones applied now (empty when up to date)."""
    migrations = discover(sql_dir)
    done: list[Migration] = []
    prev_autocommit = conn.autocommit
    conn.autocommit = True
    try:
        conn.execute("SELECT pg_advisory_lock(%s)", (_LOCK_KEY,))
        try:
            conn.execute(_LEDGER)
            have = applied(conn)
            on_disk = {m.version: m for m in migrations}
            for version, (name, checksum) in sorted(have.items()):
                mig = on_disk.get(version)
                if mig is None:
                    raise MigrationError(
                        f"migration {version:03d}_{name}.sql was applied but is missing from disk"
                    )
                if mig.checksum != checksum:
                    raise MigrationError(
                        f"migration {mig.path.name} was edited after it was applied "
                        "(checksum differs); add a new migration instead"
                    )
            for mig in migrations:
                if mig.version in have:
                    continue
                log.info("applying migration %s", mig.path.name)
                try:
                    with conn.transaction():
                        conn.execute(mig.sql)
                        conn.execute(
                            "INSERT INTO schema_migrations (version, name, checksum) "
                            "VALUES (%s, %s, %s)",
                            (mig.version, mig.name, mig.checksum),
                        )
                except psycopg.OperationalError:
                    raise
                except psycopg.Error as exc:
                    first = str(exc).strip().splitlines()[0] if str(exc).strip() else exc
                    raise MigrationError(f"migration {mig.path.name} failed: {first}") from None
                done.append(mig)
        finally:
            if not conn.closed and not conn.broken:
                conn.execute("SELECT pg_advisory_unlock(%s)", (_LOCK_KEY,))
    finally:
        if not conn.closed:
            conn.autocommit = prev_autocommit
    return done
