"""The migrations runner: order, idempotency, checksum refusal, concurrency."""

from __future__ import annotations

import threading
from pathlib import Path

import psycopg
import pytest

from pipeline import migrations
from pipeline.errors import MigrationError


def write(dirpath: Path, name: str, sql: str) -> None:
    (dirpath / name).write_text(sql, encoding="utf-8")


def test_applies_files_in_numeric_order_and_records_them(database_factory, tmp_path):
    write(tmp_path, "010_second.sql", "INSERT INTO t VALUES (2);")
    write(tmp_path, "002_first.sql", "CREATE TABLE t (n int); INSERT INTO t VALUES (1);")
    write(tmp_path, "notes.txt", "ignored")
    url = database_factory.create(migrate=False)
    with psycopg.connect(url, autocommit=True) as conn:
        done = migrations.upgrade(conn, tmp_path)
        assert [m.version for m in done] == [2, 10]
        assert [r[0] for r in conn.execute("SELECT n FROM t ORDER BY ctid")] == [1, 2]
        assert set(migrations.applied(conn)) == {2, 10}


def test_second_upgrade_is_a_no_op(database_factory, tmp_path):
    write(tmp_path, "001_a.sql", "CREATE TABLE a (n int);")
    url = database_factory.create(migrate=False)
    with psycopg.connect(url, autocommit=True) as conn:
        assert len(migrations.upgrade(conn, tmp_path)) == 1
        assert migrations.upgrade(conn, tmp_path) == []


def test_only_new_files_are_applied_later(database_factory, tmp_path):
    write(tmp_path, "001_a.sql", "CREATE TABLE a (n int);")
    url = database_factory.create(migrate=False)
    with psycopg.connect(url, autocommit=True) as conn:
        migrations.upgrade(conn, tmp_path)
        write(tmp_path, "002_b.sql", "ALTER TABLE a ADD COLUMN m int;")
        assert [m.name for m in migrations.upgrade(conn, tmp_path)] == ["b"]


def test_an_edited_applied_migration_is_refused(database_factory, tmp_path):
    write(tmp_path, "001_a.sql", "CREATE TABLE a (n int);")
    url = database_factory.create(migrate=False)
    with psycopg.connect(url, autocommit=True) as conn:
        migrations.upgrade(conn, tmp_path)
        write(tmp_path, "001_a.sql", "CREATE TABLE a (n bigint);")
        write(tmp_path, "002_b.sql", "CREATE TABLE b (n int);")
        with pytest.raises(MigrationError, match="001_a.sql was edited"):
            migrations.upgrade(conn, tmp_path)
        assert conn.execute("SELECT to_regclass('b')").fetchone()[0] is None


def test_a_removed_applied_migration_is_refused(database_factory, tmp_path):
    write(tmp_path, "001_a.sql", "CREATE TABLE a (n int);")
    url = database_factory.create(migrate=False)
    with psycopg.connect(url, autocommit=True) as conn:
        migrations.upgrade(conn, tmp_path)
        (tmp_path / "001_a.sql").unlink()
        with pytest.raises(MigrationError, match="missing from disk"):
            migrations.upgrade(conn, tmp_path)


def test_a_failing_migration_leaves_nothing_half_applied(database_factory, tmp_path):
    write(tmp_path, "001_a.sql", "CREATE TABLE a (n int);")
    write(tmp_path, "002_bad.sql", "CREATE TABLE b (n int); SELECT no_such_function();")
    url = database_factory.create(migrate=False)
    with psycopg.connect(url, autocommit=True) as conn:
        with pytest.raises(MigrationError, match="002_bad.sql failed"):
            migrations.upgrade(conn, tmp_path)
        assert set(migrations.applied(conn)) == {1}
        assert conn.execute("SELECT to_regclass('b')").fetchone()[0] is None


def test_duplicate_numbers_are_refused(tmp_path):
    write(tmp_path, "001_a.sql", "SELECT 1;")
    write(tmp_path, "001_b.sql", "SELECT 1;")
    with pytest.raises(MigrationError, match="two migrations numbered 1"):
        migrations.discover(tmp_path)


def test_concurrent_upgrades_apply_each_migration_once(database_factory, tmp_path):
    write(tmp_path, "001_a.sql", "CREATE TABLE a (n int); SELECT pg_sleep(0.3);")
    url = database_factory.create(migrate=False)
    errors: list[BaseException] = []

    def upgrade() -> None:
        try:
            with psycopg.connect(url, autocommit=True) as conn:
                migrations.upgrade(conn, tmp_path)
        except BaseException as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)

    threads = [threading.Thread(target=upgrade) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] == 1


def test_project_migrations_create_commented_tables(conn):
    rows = conn.execute(
        """SELECT c.relname, obj_description(c.oid, 'pg_class')
           FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'public' AND c.relkind = 'r'"""
    ).fetchall()
    tables = dict(rows)
    for name in ("feeds", "articles", "events", "schema_migrations"):
        assert name in tables
    missing = [t for t, comment in tables.items() if not comment]
    assert missing == [], f"tables without COMMENT ON: {missing}"
