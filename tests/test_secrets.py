"""Secrets never appear in logs, error messages, --help output, stored errors or alert payloads.

Real runs of the `newswatch` command at -vv, against a database reached through a login role
with a password (created here), delivering to a token-bearing Apprise URL whose receiver
fails: every byte the commands print, every byte the receiver gets and the stored alert rows
are searched for the password and the tokens.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from figures_helpers import claim, day
from werkzeug import Response

PASSWORD = "pw-" + secrets.token_hex(8) + "Secret"
PATH_TOKEN = "T0k3n" + secrets.token_hex(10)
USER_TOKEN = "Us3r" + secrets.token_hex(6)
HEADER_TOKEN = "H3ad" + secrets.token_hex(8)
ALL_SECRETS = (PASSWORD, PATH_TOKEN, USER_TOKEN, HEADER_TOKEN)


@pytest.fixture
def secret_db(database_factory):
    """A fresh database owned by a login role with a password; its URL carries the password."""
    role = f"newswatch_secret_{secrets.token_hex(4)}"
    admin = database_factory.admin_url
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{PASSWORD}'")
    url = database_factory.create(migrate=False)
    dbname = psycopg.conninfo.conninfo_to_dict(url)["dbname"]
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'ALTER DATABASE "{dbname}" OWNER TO {role}')
    info = psycopg.conninfo.conninfo_to_dict(admin)
    host = info.get("host") or "127.0.0.1"
    port = info.get("port") or "5432"
    if str(host).startswith("/"):
        role_url = f"postgresql://{role}:{PASSWORD}@/{dbname}?host={host}&port={port}"
    else:
        role_url = f"postgresql://{role}:{PASSWORD}@{host}:{port}/{dbname}"
    try:
        yield role_url
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')
            conn.execute(f"DROP ROLE IF EXISTS {role}")


def newswatch(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
    )


def assert_no_secret(text: str, where: str) -> None:
    for secret in ALL_SECRETS:
        assert secret not in text, f"{where} shows a secret"


@pytest.fixture
def failing_receiver(web):
    """A webhook receiver that answers 500 to everything and records the bodies it got (the
    URL and headers carry the tokens on purpose: that is how the channel authenticates)."""
    received: list[str] = []

    def handler(request):
        received.append(request.get_data(as_text=True))
        return Response("receiver down", status=500)

    web.expect_request("/hook/" + PATH_TOKEN).respond_with_handler(handler)
    return web, received


def test_no_secret_in_any_output_of_real_runs(secret_db, failing_receiver, tmp_path):
    web, received = failing_receiver
    alert_url = (
        f"json://{USER_TOKEN}:{PASSWORD}@127.0.0.1:{web.port}/hook/{PATH_TOKEN}"
        f"?+X-Api-Key={HEADER_TOKEN}"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSWATCH_")}
    env.update(
        DATABASE_URL=secret_db,
        NEWSWATCH_ALERT_URLS=alert_url,
        NEWSWATCH_HOME=str(tmp_path / "home"),
        NEWSWATCH_ALLOW_PRIVATE_NETWORKS="1",
    )
    upgrade = newswatch("-vv", "db", "upgrade", env=env, cwd=tmp_path)
    assert upgrade.returncode == 0, upgrade.stderr
    with psycopg.connect(secret_db, autocommit=True) as conn:
        claim(conn, "https://news.example/a1", day(0), 10000)
        claim(conn, "https://news.example/a2", day(1), 12000)

    outputs = {"db upgrade": upgrade}
    for args in (
        ("-vv", "run"),
        ("-vv", "alerts", "deliver"),
        ("-vv", "alerts", "--json"),
        ("-vv", "alerts", "--atom", str(tmp_path / "alerts.atom")),
        ("-vv", "figures", "--json"),
        ("-vv", "events", "--csv"),
        ("--help",),
        ("run", "--help"),
        ("alerts", "deliver", "--help"),
    ):
        outputs[" ".join(args)] = newswatch(*args, env=env, cwd=tmp_path)

    run = outputs["-vv run"]
    assert run.returncode == 0, run.stderr
    assert "DEBUG" in run.stderr, "the run was not logged at debug level"
    assert "not delivered" in run.stderr, "the failing channel was not exercised"
    assert received, "the receiver got nothing"
    for name, result in outputs.items():
        assert_no_secret(result.stdout + result.stderr, f"`newswatch {name}`")
    assert_no_secret("\n".join(received), "the alert message sent to the receiver")
    assert_no_secret((tmp_path / "alerts.atom").read_text(encoding="utf-8"), "the Atom feed")
    assert_no_secret(
        (tmp_path / "home" / "alerts.jsonl").read_text(encoding="utf-8"), "the JSONL log"
    )
    with psycopg.connect(secret_db, autocommit=True) as conn:
        stored = conn.execute(
            "SELECT payload::text || coalesce(last_error, '') || channels_done::text FROM alerts"
        ).fetchall()
    assert stored and all(row[0] for row in stored)
    assert_no_secret("\n".join(row[0] for row in stored), "the alerts table")
    errors = [row for row in stored if "500" in row[0] or "receiver" in row[0]]
    assert errors, "no delivery error was stored"


def test_database_errors_do_not_show_the_password(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSWATCH_")}
    env.update(NEWSWATCH_HOME=str(tmp_path / "home"))
    for url in (
        f"postgresql://someone:{PASSWORD}@127.0.0.1:1/newswatch",  # nothing listens on port 1
        f"postgresql://someone:{PASSWORD}@127.0.0.1:1/newswatch?connect_timeout=2",
        f"host=127.0.0.1 port=1 user=someone password={PASSWORD} dbname=newswatch",
    ):
        env["DATABASE_URL"] = url
        for args in (("-vv", "run"), ("events",), ("-v", "db", "upgrade")):
            result = newswatch(*args, env=env, cwd=tmp_path)
            assert result.returncode == 2, result.stderr
            assert len(result.stderr.strip().splitlines()) == 1, result.stderr
            assert "127.0.0.1:1" in result.stderr
            assert_no_secret(result.stdout + result.stderr, f"`newswatch {' '.join(args)}`")


def test_alert_error_message_masks_the_token_but_names_the_channel():
    from pipeline.alerts import mask_alert_url, mask_secrets

    url = f"json://{USER_TOKEN}:{PASSWORD}@hooks.example:8080/hook/{PATH_TOKEN}"
    error = f"Failed to send to {url} (POST http://hooks.example:8080/hook/{PATH_TOKEN}): 500"
    masked = mask_secrets(error, [url])
    assert_no_secret(masked, "the stored error")
    assert "hooks.example:8080" in masked
    assert mask_alert_url(url) == "json://***@hooks.example:8080/***"
