"""Airflow's cost: DAG parse time per file, and one ingest cycle as a DAG against `run_cycle`.

Parse time is what the dag-processor pays every 30 s per file; the baseline is a one-task DAG
file parsed in the same DagBag. The cycle compares `dag.test()` of news_ingest (Airflow's own
per-task overhead included, the scheduler's polling loop not) with `newswatch run`'s
`run_cycle` in one process, both over the seed feeds served on 127.0.0.1 into fresh databases.
Needs the airflow extra and a PostgreSQL (NEWSWATCH_TEST_DATABASE_URL / DATABASE_URL, else an
embedded one in a temporary directory).
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import secrets
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from airflow_runner import DAGS, child_env, migrate_metadata, run_child, uri_of  # noqa: E402

BASELINE_DAG = """
from airflow.sdk import dag, task
import datetime as dt

@dag(dag_id="baseline", schedule=None, start_date=dt.datetime(2024, 1, 1), catchup=False)
def baseline():
    @task
    def noop():
        return 0
    noop()

baseline()
"""
SEED_FEEDS = ["feeds/meridian-post.xml", "feeds/eastgate-wire.atom", "feeds/harbour-daily.xml"]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def _admin_url() -> tuple[str, object]:
    url = os.environ.get("NEWSWATCH_TEST_DATABASE_URL") or os.environ.get("DATABASE_URL")
    if url:
        return url, None
    import pgserver

    tmp = tempfile.mkdtemp(prefix="bench-pg-")
    server = pgserver.get_server(Path(tmp), cleanup_mode="delete")
    return server.get_uri(), server


def _fresh_db(admin: str) -> tuple[str, str]:
    import psycopg

    name = f"newswatch_bench_{secrets.token_hex(4)}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return name, psycopg.conninfo.make_conninfo(admin, dbname=name)


def _drop(admin: str, names: list[str]) -> None:
    import psycopg

    with psycopg.connect(admin, autocommit=True) as conn:
        for name in names:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="bench-airflow-"))
    admin, server = _admin_url()
    created: list[str] = []
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(ROOT / "seeds"))
    handler.log_message = lambda *a: None  # type: ignore[attr-defined]
    site = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=site.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{site.server_address[1]}"
    try:
        # 1. parse time: the three DAG files and a one-task baseline, in one DagBag
        folder = work / "dags"
        folder.mkdir()
        for path in DAGS.glob("*.py"):
            shutil.copy(path, folder / path.name)
        (folder / "baseline.py").write_text(BASELINE_DAG, encoding="utf-8")
        home = work / "home"
        home.mkdir()
        env = child_env(home, AIRFLOW__CORE__DAGS_FOLDER=str(folder))
        parse = run_child(["dagbag"], env)["parse_seconds"]

        # 2. one cycle over the seeds: dag.test(news_ingest) vs run_cycle
        feeds = work / "feeds.toml"
        feeds.write_text(
            "".join(
                f'[[feeds]]\nname = "S{i}"\nurl = "{base}/{p}"\n\n'
                for i, p in enumerate(SEED_FEEDS)
            ),
            encoding="utf-8",
        )
        name, dag_db = _fresh_db(admin)
        created.append(name)
        env = child_env(
            home,
            AIRFLOW_CONN_NEWSWATCH_DB=uri_of(dag_db),
            NEWSWATCH_FEEDS=str(feeds),
            NEWSWATCH_ALLOW_PRIVATE_NETWORKS="1",
        )
        migrate_metadata(env)
        started = time.perf_counter()
        story = run_child(["script", json.dumps([{"name": "ingest", "run": "news_ingest"}])], env)
        child_seconds = time.perf_counter() - started
        dag_seconds = story["ingest"]["seconds"]

        from pipeline.config import load_settings
        from pipeline.run import run_cycle

        name, cli_db = _fresh_db(admin)
        created.append(name)
        settings = load_settings(
            env={"DATABASE_URL": cli_db, "NEWSWATCH_ALLOW_PRIVATE_NETWORKS": "1",
                 "NEWSWATCH_HOME": str(work / "cli-home")},
        )  # fmt: skip
        started = time.perf_counter()
        run_cycle(settings, feeds)
        cycle_seconds = time.perf_counter() - started
    finally:
        site.shutdown()
        _drop(admin, created)
        if server is not None:
            server.cleanup()
        shutil.rmtree(work, ignore_errors=True)

    baseline = parse.pop("baseline.py")
    print(
        json.dumps(
            {
                "bench": "airflow",
                "parse_seconds": {k: round(v, 4) for k, v in sorted(parse.items())},
                "parse_baseline_seconds": round(baseline, 4),
                "ingest_dag_test_seconds": round(dag_seconds, 2),
                "ingest_child_process_seconds": round(child_seconds, 2),
                "run_cycle_seconds": round(cycle_seconds, 2),
                "dag_over_cycle": round(dag_seconds / cycle_seconds, 2),
                "dag_state": story["ingest"]["state"],
            }
        ),
        flush=True,
    )


if __name__ == "__main__":
    main()
