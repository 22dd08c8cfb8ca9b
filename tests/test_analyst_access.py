"""Analysts: the read-only role reads every view and table, writes nothing; README SQL runs."""

from __future__ import annotations

import re
import secrets
from pathlib import Path

import psycopg
import pytest
from figures_helpers import claim, day

from pipeline.config import load_settings
from pipeline.figures import detect_changes

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
VIEWS = ["events_readable", "figure_history", "figure_latest", "figure_latest_by_claimant",
         "figure_change_log", "alert_log"]  # fmt: skip


def querying_section() -> str:
    return README.split("## Querying the data", 1)[1].split("\n## ", 1)[0]


def readme_queries() -> list[str]:
    blocks = re.findall(r"```sql\n(.*?)```", querying_section(), re.S)
    return [b for b in blocks if b.lstrip().upper().startswith("SELECT")]


@pytest.fixture
def analyst_url(conn, db_url):
    """A login role in newswatch_readonly, as the README tells an administrator to create."""
    name = f"analyst_{secrets.token_hex(4)}"
    conn.execute(f"CREATE ROLE {name} LOGIN PASSWORD 'pw' IN ROLE newswatch_readonly")
    try:
        yield psycopg.conninfo.make_conninfo(db_url, user=name, password="pw")
    finally:
        conn.execute(f"DROP OWNED BY {name}")
        conn.execute(f"DROP ROLE {name}")


@pytest.fixture
def timeline(conn, tmp_path):
    claim(conn, "https://ledger.example/1", day(0), 10000)
    claim(conn, "https://ledger.example/2", day(7), 12000)
    claim(conn, "https://seoul.example/1", day(9), 15000, source="South Korea")
    detect_changes(load_settings(env={"NEWSWATCH_HOME": str(tmp_path)}), conn)


def test_readme_has_five_analyst_questions():
    assert len(readme_queries()) >= 5


@pytest.mark.parametrize("index", range(5))
def test_readme_query_runs_as_the_read_only_role(analyst_url, timeline, index):
    with psycopg.connect(analyst_url) as c:
        rows = c.execute(readme_queries()[index]).fetchall()
    assert isinstance(rows, list)


def test_read_only_role_reads_every_view(analyst_url, timeline):
    with psycopg.connect(analyst_url) as c:
        counts = {v: c.execute(f"SELECT count(*) FROM {v}").fetchone()[0] for v in VIEWS}
    assert counts["figure_history"] == 3
    assert counts["figure_latest"] == 1
    assert counts["alert_log"] == 3


@pytest.mark.parametrize(
    "statement",
    ["DELETE FROM alerts", "UPDATE figure_series SET label = 'x'",
     "INSERT INTO figure_theatres VALUES ('x', 'y')", "DROP VIEW figure_latest",
     "CREATE TABLE mine (id int)"],
)  # fmt: skip
def test_read_only_role_cannot_write_or_alter(analyst_url, timeline, statement):
    with psycopg.connect(analyst_url) as c, pytest.raises(psycopg.errors.InsufficientPrivilege):
        c.execute(statement)


def test_every_figures_table_and_view_has_a_comment(conn):
    missing = conn.execute(
        """SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v')
             AND (c.relname LIKE 'figure%%' OR c.relname LIKE 'alert%%'
                  OR c.relname = 'events_readable')
             AND obj_description(c.oid, 'pg_class') IS NULL"""
    ).fetchall()
    assert missing == []
