"""Connections to the one store, PostgreSQL: `DATABASE_URL` when set, else an embedded server.

The embedded default is a real PostgreSQL 16 from the `pgserver` pip package, with its data
under `<home>/pgdata` (default `.newswatch/pgdata`). It is started on first use and left
running, so later commands (and `psql "$(newswatch db url)"`) reuse it.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import psycopg

from pipeline.config import DB_CONNECT_TIMEOUT_S, Settings
from pipeline.errors import DatabaseError
from pipeline.redact import redact

log = logging.getLogger(__name__)

EMBEDDED_DBNAME = "newswatch"


def mask_url(text: str) -> str:
    """Hide passwords in URLs and key=value DSNs (and every registered secret) in a message."""
    return redact(text)


def describe_target(url: str) -> str:
    """`host:port/dbname` (or the socket directory) for one-line error messages."""
    try:
        info = psycopg.conninfo.conninfo_to_dict(url)
    except psycopg.Error:
        parts = urlsplit(url)
        return mask_url(f"{parts.hostname or '?'}:{parts.port or 5432}{parts.path}")
    host = info.get("host") or "localhost"
    port = info.get("port") or "5432"
    dbname = info.get("dbname") or info.get("user") or "?"
    if str(host).startswith("/"):
        return f"socket {host}/{dbname}"
    return f"{host}:{port}/{dbname}"


def embedded_url(pgdata: Path, dbname: str = EMBEDDED_DBNAME) -> str:
    """Start (or reuse) the embedded PostgreSQL in `pgdata` and return a URL to `dbname`."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # platformdirs warns when XDG_RUNTIME_DIR is unset
            import pgserver
    except ImportError as exc:  # pragma: no cover - pgserver is a base dependency
        raise DatabaseError(f"embedded PostgreSQL unavailable ({exc}); set DATABASE_URL") from None
    pgdata = Path(pgdata).resolve()
    pgdata.parent.mkdir(parents=True, exist_ok=True)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # platformdirs warns when XDG_RUNTIME_DIR is unset
            server = pgserver.get_server(pgdata, cleanup_mode=None)
    except Exception as exc:
        raise DatabaseError(f"cannot start embedded PostgreSQL in {pgdata}: {exc}") from None
    admin = server.get_uri()
    try:
        with psycopg.connect(admin, autocommit=True, connect_timeout=DB_CONNECT_TIMEOUT_S) as conn:
            exists = conn.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", (dbname,)
            ).fetchone()
            if not exists:
                conn.execute(f'CREATE DATABASE "{dbname}"')
    except psycopg.errors.DuplicateDatabase:
        pass  # a concurrent first start created it
    except psycopg.Error as exc:
        raise DatabaseError(f"embedded PostgreSQL in {pgdata}: {_first_line(exc)}") from None
    return server.get_uri(dbname)


def resolve_url(settings: Settings) -> str:
    """The URL of newswatch's database: DATABASE_URL, or the embedded default."""
    if settings.database_url:
        return settings.database_url
    return embedded_url(settings.pgdata)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return mask_url(text[0] if text else exc.__class__.__name__)


def connect(url: str, *, autocommit: bool = False) -> psycopg.Connection:
    """Open a connection, turning any failure into one line that names the host."""
    try:
        return psycopg.connect(url, autocommit=autocommit, connect_timeout=DB_CONNECT_TIMEOUT_S)
    except psycopg.Error as exc:
        raise DatabaseError(
            f"cannot connect to PostgreSQL at {describe_target(url)}: {_first_line(exc)}"
        ) from None


@contextmanager
def connection(url: str, *, autocommit: bool = False) -> Iterator[psycopg.Connection]:
    """A connection that is closed afterwards; a lost server becomes a one-line DatabaseError."""
    conn = connect(url, autocommit=autocommit)
    try:
        yield conn
    except psycopg.OperationalError as exc:
        raise DatabaseError(
            f"lost connection to PostgreSQL at {describe_target(url)}: {_first_line(exc)}"
        ) from None
    finally:
        conn.close()
