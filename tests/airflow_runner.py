"""Runs Airflow in a child process for the DAG tests, so its config never leaks into the suite.

Airflow reads AIRFLOW_HOME and its settings once, at import; the tests start this script with
an environment of their own and read one JSON line from its stdout.

    python tests/airflow_runner.py dagbag
    python tests/airflow_runner.py script '[{"name": "first", "run": "news_ingest"}, ...]'
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
DAGS = ROOT / "dags"
HAVE_AIRFLOW = importlib.util.find_spec("airflow") is not None


# --- used by the tests (parent process; imports no Airflow) ----------------------------------
def child_env(home: Path, **extra: str) -> dict[str, str]:
    """A clean environment for Airflow in `home`: no inherited AIRFLOW_* or newswatch settings."""
    drop = ("AIRFLOW", "NEWSWATCH_", "DATABASE_URL")
    env = {k: v for k, v in os.environ.items() if not k.startswith(drop)}
    env.update(
        AIRFLOW_HOME=str(home),
        AIRFLOW__CORE__DAGS_FOLDER=str(DAGS),
        AIRFLOW__CORE__LOAD_EXAMPLES="False",
        NEWSWATCH_HOME=str(home / "newswatch"),
    )
    env.update(extra)
    return env


def run_child(args: list[str], env: dict[str, str], timeout: float = 300) -> dict:
    """Run this script with `args` in `env`; return its RESULT JSON (fail with its output)."""
    proc = subprocess.run(
        [sys.executable, __file__, *args],
        env=env,
        cwd=env["AIRFLOW_HOME"],
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith("RESULT "):
            return json.loads(line[len("RESULT ") :])
    raise AssertionError(
        f"airflow child failed (exit {proc.returncode}):\n{proc.stdout[-4000:]}\n{proc.stderr[-4000:]}"
    )


def uri_of(conninfo: str) -> str:
    """A postgresql:// URI for a libpq conninfo (Airflow connections take URIs)."""
    import psycopg

    info = psycopg.conninfo.conninfo_to_dict(conninfo)
    user = quote(str(info.get("user") or "postgres"), safe="")
    password = f":{quote(str(info['password']), safe='')}" if info.get("password") else ""
    host = str(info.get("host") or "127.0.0.1")
    query = ""
    if host.startswith("/"):  # a socket directory (the embedded server)
        query, host = f"?host={quote(host, safe='')}", ""
    port = f":{info['port']}" if info.get("port") else ""
    return f"postgresql://{user}{password}@{host}{port}/{info['dbname']}{query}"


_MIGRATED: list[Path] = []  # one migrated metadata database per test session, copied after


def migrate_metadata(env: dict[str, str]) -> None:
    """A migrated SQLite metadata database in AIRFLOW_HOME (`airflow db migrate` once, then copies)."""
    home = Path(env["AIRFLOW_HOME"])
    if _MIGRATED:
        for f in _MIGRATED[0].glob("airflow.db*"):
            shutil.copy2(f, home / f.name)
        return
    airflow = Path(sys.executable).with_name("airflow")
    proc = subprocess.run(
        [str(airflow), "db", "migrate"], env=env, capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    _MIGRATED.append(home)


# --- run in the child process ----------------------------------------------------------------


def dagbag() -> dict:
    """Import errors, per-file parse time and the facts every DAG must state."""
    started = time.perf_counter()
    import airflow.sdk  # noqa: F401  (loaded by Airflow itself before any DAG file)
    from airflow.dag_processing.dagbag import DagBag

    before = set(sys.modules)
    bag = DagBag(os.environ["AIRFLOW__CORE__DAGS_FOLDER"])
    added = set(sys.modules) - before
    dags = {}
    for dag_id, dag in bag.dags.items():
        cycle = None
        try:
            dag.check_cycle()
        except Exception as exc:  # AirflowDagCycleException
            cycle = str(exc)
        dags[dag_id] = {
            "file": os.path.basename(dag.fileloc),
            "tags": sorted(dag.tags),
            "owners": sorted({t.owner for t in dag.tasks}),
            "retries": {t.task_id: t.retries for t in dag.tasks},
            "backoff": {t.task_id: t.retry_exponential_backoff for t in dag.tasks},
            "pools": {t.task_id: t.pool for t in dag.tasks},
            "catchup": dag.catchup,
            "max_active_runs": dag.max_active_runs,
            "schedule": repr(dag.timetable),
            "outlets": {t.task_id: [a.name for a in t.outlets] for t in dag.tasks},
            "params": sorted(dag.params.keys()),
            "cycle": cycle,
        }
    heavy = ("psycopg", "httpx", "feedparser", "trafilatura", "spacy", "pipeline.tasks")
    return {
        "heavy_modules": sorted(m for m in added if m.startswith(heavy)),
        "import_errors": bag.import_errors,
        "parse_seconds": {s.file: s.duration.total_seconds() for s in bag.dagbag_stats},
        "dags": dags,
        "seconds": time.perf_counter() - started,
    }


def test_dag(dag_id: str, conf: dict | None = None, retries: int = 0) -> dict:
    """dag.test() once, with `retries` 1 s apart (default none: a failure shows at once)."""
    from airflow.dag_processing.dagbag import DagBag

    bag = DagBag(os.environ["AIRFLOW__CORE__DAGS_FOLDER"])
    dag = bag.get_dag(dag_id)
    for t in dag.tasks:
        t.retries = retries
        t.retry_delay = dt.timedelta(seconds=1)
        t.retry_exponential_backoff = 0
    started = time.perf_counter()
    run = dag.test(run_conf=conf)
    states, tries, xcoms, labels = {}, {}, {}, {}
    for ti in run.get_task_instances():
        key = ti.task_id if ti.map_index < 0 else f"{ti.task_id}[{ti.map_index}]"
        states[key] = str(ti.state)
        tries[key] = ti.try_number
        labels[key] = ti.rendered_map_index
        xcoms[key] = ti.xcom_pull(task_ids=ti.task_id, map_indexes=ti.map_index)
    return {
        "state": str(run.state),
        "tasks": states,
        "tries": tries,
        "labels": labels,
        "xcom": xcoms,
        "seconds": time.perf_counter() - started,
    }


def script(actions: list[dict]) -> dict:
    """Several steps in one process (Airflow starts once): DAG runs and SQL on the data database.

    {"name": N, "run": DAG_ID, "conf": {...}, "retries": 0, "env": {...}, "unset": [...]} runs
    a DAG with environment variables set or removed (the tasks read them when they run);
    {"name": N, "connection": URI} stores the Airflow connection `newswatch_db` in the metadata
    database, as the UI would; {"name": N, "sql": Q}
    runs Q on the database of AIRFLOW_CONN_NEWSWATCH_DB and keeps the rows it returns.
    """
    import psycopg

    results: dict = {}
    for action in actions:
        if "run" in action:
            saved = dict(os.environ)
            os.environ.update(action.get("env", {}))
            for name in action.get("unset", []):
                os.environ.pop(name, None)
            try:
                results[action["name"]] = test_dag(
                    action["run"], action.get("conf"), action.get("retries", 0)
                )
            finally:
                os.environ.clear()
                os.environ.update(saved)
        elif "connection" in action:
            from airflow.models.connection import Connection
            from airflow.utils.session import create_session

            with create_session() as session:
                session.add(Connection(conn_id="newswatch_db", uri=action["connection"]))
            results[action["name"]] = "added"
        else:
            url = os.environ["AIRFLOW_CONN_NEWSWATCH_DB"]
            with psycopg.connect(url, autocommit=True) as conn:
                cur = conn.execute(action["sql"])
                rows = cur.fetchall() if cur.description else []
            results[action["name"]] = [list(r) for r in rows]
    return results


def main(argv: list[str]) -> int:
    if argv[0] == "dagbag":
        result = dagbag()
    elif argv[0] == "script":
        result = script(json.loads(argv[1]))
    else:
        raise SystemExit(f"unknown command {argv[0]}")
    print("RESULT " + json.dumps(result, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
