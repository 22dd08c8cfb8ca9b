"""Shared fixtures: every test session gets its own fresh PostgreSQL database.

With `NEWSWATCH_TEST_DATABASE_URL` or `DATABASE_URL` set, a database named
`newswatch_test_<random>` is created on that server and dropped at the end; otherwise an
embedded PostgreSQL is started in a temporary directory and deleted afterwards. Two runs
never share state, and no test touches a shared database name.
"""

from __future__ import annotations

import os
import secrets
import shutil
import tempfile
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest

from pipeline import migrations

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DATA_TABLES_SKIP = {"schema_migrations"}


def _server_admin_url() -> tuple[str, Callable[[], None]]:
    """URL of a database we may CREATE DATABASE from, and how to clean up afterwards."""
    url = os.environ.get("NEWSWATCH_TEST_DATABASE_URL") or os.environ.get("DATABASE_URL")
    if url:
        return url, lambda: None
    import pgserver

    tmp = tempfile.mkdtemp(prefix="newswatch-pg-")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        server = pgserver.get_server(Path(tmp), cleanup_mode="delete")

    def cleanup() -> None:
        server.cleanup()
        shutil.rmtree(tmp, ignore_errors=True)

    return server.get_uri(), cleanup


def _with_dbname(url: str, dbname: str) -> str:
    return psycopg.conninfo.make_conninfo(url, dbname=dbname)


class DatabaseFactory:
    """Creates throw-away databases on the test server; drops them all at the end."""

    def __init__(self, admin_url: str) -> None:
        self.admin_url = admin_url
        self.created: list[str] = []

    def create(self, migrate: bool = True) -> str:
        name = f"newswatch_test_{os.getpid()}_{secrets.token_hex(4)}"
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        self.created.append(name)
        url = _with_dbname(self.admin_url, name)
        if migrate:
            with psycopg.connect(url, autocommit=True) as conn:
                migrations.upgrade(conn)
        return url

    def drop_all(self) -> None:
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            for name in self.created:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.created.clear()


@pytest.fixture(scope="session")
def database_factory() -> Iterator[DatabaseFactory]:
    admin_url, cleanup = _server_admin_url()
    factory = DatabaseFactory(admin_url)
    try:
        yield factory
    finally:
        try:
            factory.drop_all()
        finally:
            cleanup()


@pytest.fixture(scope="session")
def session_db_url(database_factory: DatabaseFactory) -> str:
    """One migrated database for the whole session (tables emptied before each test)."""
    return database_factory.create(migrate=True)


def truncate_all(url: str) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
            ).fetchall()
            if r[0] not in DATA_TABLES_SKIP
        ]
        if tables:
            conn.execute(
                "TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE"
            )


@pytest.fixture
def db_url(session_db_url: str) -> str:
    """A migrated, empty database for this test."""
    truncate_all(session_db_url)
    return session_db_url


@pytest.fixture
def conn(db_url: str) -> Iterator[psycopg.Connection]:
    """An autocommit connection to an empty, migrated database."""
    with psycopg.connect(db_url, autocommit=True) as c:
        yield c


@pytest.fixture
def cli_env(db_url: str, tmp_path: Path) -> dict[str, str]:
    """Environment for running the `newswatch` command against this test's database."""
    env = dict(os.environ)
    env.update(
        DATABASE_URL=db_url,
        NEWSWATCH_HOME=str(tmp_path / "home"),
        NEWSWATCH_ALLOW_PRIVATE_NETWORKS="1",
    )
    env.pop("NEWSWATCH_CONFIG", None)
    env.pop("NEWSWATCH_ALERT_URLS", None)
    return env


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """`../shared` beside the checkout; tests that need it skip cleanly when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def _web_server() -> Iterator[object]:
    from pytest_httpserver import HTTPServer

    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    server.server.block_on_close = False  # do not wait for deliberately hanging handlers
    try:
        yield server
    finally:
        server.clear()
        if server.is_running():
            server.stop()


@pytest.fixture
def web(_web_server) -> Iterator[object]:
    """A real threaded HTTP server on 127.0.0.1 (pytest-httpserver), cleared for each test.

    Threaded, so a test's deliberately hanging handler cannot block the next request.
    """
    _web_server.clear()
    yield _web_server
    _web_server.clear()
