"""Database selection: DATABASE_URL, the embedded default, and clean one-line failures."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import psycopg
import pytest

from pipeline.db import describe_target, mask_url


def newswatch(
    *args: str, env: dict[str, str], cwd: Path | None = None
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=180,
    )


def stop_embedded(pgdata: Path) -> None:
    from pgserver._commands import pg_ctl

    user = "pgserver" if os.geteuid() == 0 else None
    pg_ctl(["-w", "-m", "fast", "stop"], pgdata=pgdata, user=user)


@pytest.fixture
def own_tmp_path():
    """A private temp dir outside pytest's shared, rotated /tmp/pytest-of-<user> tree.

    As root, pgserver runs PostgreSQL as the `pgserver` user and opens up the permissions of
    every parent directory; pytest's base directory is shared with other runs and rotated,
    which made this test flaky when several suites ran at once.
    """
    path = Path(tempfile.mkdtemp(prefix="newswatch-embedded-"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


def test_embedded_default_starts_real_postgres_and_is_reused(own_tmp_path):
    tmp_path = own_tmp_path
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "NEWSWATCH_CONFIG")}
    env["NEWSWATCH_HOME"] = str(tmp_path / "home")
    pgdata = tmp_path / "home" / "pgdata"
    try:
        first = newswatch("db", "upgrade", env=env, cwd=tmp_path)
        assert first.returncode == 0, first.stderr
        assert "applied 001_core.sql" in first.stdout
        url = newswatch("db", "url", env=env, cwd=tmp_path)
        assert url.returncode == 0, url.stderr
        with psycopg.connect(url.stdout.strip()) as conn:
            version = conn.execute("SHOW server_version").fetchone()[0]
            assert version.startswith("16")
            assert conn.execute("SELECT to_regclass('events')").fetchone()[0] == "events"
        again = newswatch("db", "upgrade", env=env, cwd=tmp_path)
        assert again.returncode == 0
        assert "applied" not in again.stdout.replace("up to date", "")
        assert (pgdata / "PG_VERSION").read_text().strip() == "16"
    finally:
        if (pgdata / "postmaster.pid").exists():
            stop_embedded(pgdata)


def test_unreachable_database_is_one_line_naming_the_host_with_password_masked(tmp_path):
    env = dict(os.environ, DATABASE_URL="postgresql://analyst:s3cret@127.0.0.1:1/newsdb")
    result = newswatch("db", "upgrade", env=env, cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "127.0.0.1:1/newsdb" in lines[0]
    assert "s3cret" not in result.stderr + result.stdout
    assert "Traceback" not in result.stderr


def test_wrong_database_name_is_one_line(tmp_path, session_db_url):
    url = psycopg.conninfo.make_conninfo(session_db_url, dbname="no_such_db_for_newswatch")
    result = newswatch("events", env=dict(os.environ, DATABASE_URL=url), cwd=tmp_path)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "no_such_db_for_newswatch" in result.stderr


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("postgresql://u:pw@h:5432/d", "postgresql://u:***@h:5432/d"),
        ("postgresql://u@h/d", "postgresql://u@h/d"),
        ("host=h password=pw dbname=d", "host=h password=*** dbname=d"),
        ("error at json://user:tok3n@hook.example/x", "error at json://user:***@hook.example/x"),
    ],
)
def test_passwords_are_masked(text, masked):
    assert mask_url(text) == masked


def test_describe_target_names_host_port_and_database():
    assert describe_target("postgresql://u:pw@db.example:6543/news") == "db.example:6543/news"
    assert describe_target("postgresql://u@/news?host=/tmp/sock") == "socket /tmp/sock/news"
