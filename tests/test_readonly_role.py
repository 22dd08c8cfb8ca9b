"""The analysts' read-only role: a login in group `newswatch_readonly` reads every table and
view, and can neither write nor change anything (tested by connecting as it)."""

from __future__ import annotations

import secrets

import psycopg
import pytest
from figures_helpers import claim, day
from psycopg import sql

from pipeline.alerts import deliver_alerts
from pipeline.config import load_settings
from pipeline.figures import detect_changes

ANALYST_VIEWS = {
    "events_readable",
    "figure_history",
    "figure_latest",
    "figure_latest_by_claimant",
    "figure_change_log",
    "alert_log",
}


@pytest.fixture
def analyst(db_url, database_factory, tmp_path):
    """(url as the analyst, owner connection) over a database holding one change and alert."""
    login = f"newswatch_analyst_{secrets.token_hex(4)}"
    password = secrets.token_hex(12)
    with psycopg.connect(database_factory.admin_url, autocommit=True) as admin:
        admin.execute(
            sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE newswatch_readonly").format(
                sql.Identifier(login), sql.Literal(password)
            )
        )
    with psycopg.connect(db_url, autocommit=True) as owner:
        claim(owner, "https://news.example/one", day(0), 10000)
        settings = load_settings(env={"NEWSWATCH_HOME": str(tmp_path)})
        detect_changes(settings, owner)
        deliver_alerts(settings, owner)
        url = psycopg.conninfo.make_conninfo(db_url, user=login, password=password)
        try:
            yield url, owner
        finally:
            with psycopg.connect(database_factory.admin_url, autocommit=True) as admin:
                admin.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(login)))


def relations(conn: psycopg.Connection, kinds: str) -> list[str]:
    return [
        r[0]
        for r in conn.execute(
            """SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
               WHERE n.nspname = 'public' AND c.relkind = ANY(%s) ORDER BY 1""",
            (list(kinds),),
        ).fetchall()
    ]


def refused(url: str, statement: sql.Composable | str) -> bool:
    """True when the analyst's statement fails for lack of privilege (and nothing changed)."""
    with psycopg.connect(url, autocommit=True) as conn:
        try:
            conn.execute(statement)
        except (psycopg.errors.InsufficientPrivilege, psycopg.errors.ReadOnlySqlTransaction):
            return True
    return False


def test_analyst_reads_every_table_and_view(analyst):
    url, owner = analyst
    tables = relations(owner, "rp")
    views = relations(owner, "vm")
    assert set(views) >= ANALYST_VIEWS
    assert {"articles", "events", "figure_series", "alerts"} <= set(tables)
    with psycopg.connect(url, autocommit=True) as conn:
        for name in tables + views:
            conn.execute(sql.SQL("SELECT * FROM {} LIMIT 5").format(sql.Identifier(name)))
        latest = conn.execute("SELECT claimant, value FROM figure_latest").fetchall()
        alerts = conn.execute("SELECT status FROM alert_log").fetchall()
    assert latest == [("United States", 10000)]
    assert alerts == [("sent",)]


def test_analyst_cannot_insert_update_delete_or_truncate_any_table(analyst):
    url, owner = analyst
    for table in relations(owner, "rp"):
        name = sql.Identifier(table)
        column = owner.execute(
            """SELECT attname FROM pg_attribute WHERE attrelid = %s::regclass
               AND attnum > 0 AND NOT attisdropped ORDER BY attnum LIMIT 1""",
            (table,),
        ).fetchone()[0]
        col = sql.Identifier(column)
        assert refused(url, sql.SQL("INSERT INTO {} DEFAULT VALUES").format(name)), table
        assert refused(url, sql.SQL("UPDATE {} SET {} = {}").format(name, col, col)), table
        assert refused(url, sql.SQL("DELETE FROM {}").format(name)), table
        assert refused(url, sql.SQL("TRUNCATE {}").format(name)), table
        assert refused(url, sql.SQL("SELECT * FROM {} FOR UPDATE").format(name)), table
    assert owner.execute("SELECT count(*) FROM alerts").fetchone()[0] == 1


def test_analyst_cannot_create_alter_or_drop(analyst):
    url, _ = analyst
    for statement in (
        "CREATE TABLE public.scratch (x int)",
        "CREATE VIEW public.scratch_v AS SELECT 1 AS x",
        "CREATE FUNCTION public.f() RETURNS int LANGUAGE sql AS 'SELECT 1'",
        "CREATE SCHEMA scratch",
        "CREATE INDEX ON articles (title)",
        "ALTER TABLE articles ADD COLUMN note text",
        "ALTER TABLE events RENAME TO events_old",
        "ALTER VIEW figure_latest RENAME TO fl",
        "DROP VIEW alert_log",
        "DROP TABLE alerts CASCADE",
        "COMMENT ON TABLE articles IS 'mine now'",
        "ALTER ROLE newswatch_readonly CREATEROLE",
        "CREATE ROLE intruder LOGIN",
    ):
        assert refused(url, statement), statement


def test_analyst_cannot_advance_sequences(analyst):
    url, owner = analyst
    for seq in relations(owner, "S"):
        assert refused(url, sql.SQL("SELECT nextval({})").format(sql.Literal(seq))), seq
