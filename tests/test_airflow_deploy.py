"""The ways of running Airflow (make airflow, docker compose) agree with the code.

Docker is not available on CI: these tests read the files instead of running them.
"""

from __future__ import annotations

import ast
import importlib.metadata
import re
import tomllib
from pathlib import Path

import pytest
import yaml

from pipeline.config import POLLING_POOL, POLLING_POOL_SLOTS
from pipeline.tasks import CONN_ENV

ROOT = Path(__file__).resolve().parent.parent
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")
CONSTRAINTS = (ROOT / "constraints.txt").read_text(encoding="utf-8")


def test_make_airflow_creates_the_polling_pool_with_the_configured_slots() -> None:
    assert f"pools set {POLLING_POOL} {POLLING_POOL_SLOTS} " in MAKEFILE


def test_make_airflow_keeps_airflow_home_in_the_gitignored_checkout_folder() -> None:
    assert "AIRFLOW_HOME=$(CURDIR)/.airflow" in MAKEFILE
    assert ".airflow/" in (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()


def test_make_airflow_serves_the_dags_folder_on_loopback_without_examples() -> None:
    assert "AIRFLOW__CORE__DAGS_FOLDER=$(CURDIR)/dags" in MAKEFILE
    assert "AIRFLOW__CORE__LOAD_EXAMPLES=False" in MAKEFILE
    assert "AIRFLOW__API__HOST=127.0.0.1" in MAKEFILE


# --- docker compose ---------------------------------------------------------------------------
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
SERVICES = COMPOSE["services"]
AIRFLOW_SERVICES = [
    "airflow-init", "airflow-apiserver", "airflow-scheduler", "airflow-dag-processor",
    "airflow-triggerer",
]  # fmt: skip
DOCKERFILE = (ROOT / "Dockerfile").read_text(encoding="utf-8")


def _code_env_names() -> set[str]:
    names: set[str] = set()
    for path in (ROOT / "pipeline").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        names |= set(re.findall(r"""["'](NEWSWATCH_[A-Z_]+|DATABASE_URL)["']""", text))
    return names


def _airflow_options() -> set[tuple[str, str]] | None:
    """(section, key) of every core Airflow option, read from its config.yml without importing."""
    try:
        files = importlib.metadata.files("apache-airflow-core") or []
    except importlib.metadata.PackageNotFoundError:
        return None
    for f in files:
        if str(f).endswith("config_templates/config.yml"):
            spec = yaml.safe_load(Path(f.locate()).read_text(encoding="utf-8"))
            return {(s, k) for s, body in spec.items() for k in (body.get("options") or {})}
    return None


def test_compose_has_both_databases_and_every_airflow_component() -> None:
    for name in ["postgres-data", "postgres-airflow", *AIRFLOW_SERVICES]:
        assert name in SERVICES


def test_every_service_a_service_depends_on_exists() -> None:
    missing = {
        (name, dep)
        for name, svc in SERVICES.items()
        for dep in (svc.get("depends_on") or {})
        if dep not in SERVICES
    }
    assert missing == set()


def test_no_service_waits_for_itself() -> None:
    assert [n for n, s in SERVICES.items() if n in (s.get("depends_on") or {})] == []


def test_local_executor_by_default_and_celery_only_in_its_profile() -> None:
    env = SERVICES["airflow-scheduler"]["environment"]
    assert env["AIRFLOW__CORE__EXECUTOR"] == "${AIRFLOW_EXECUTOR:-LocalExecutor}"
    for name in ("redis", "airflow-worker"):
        assert SERVICES[name]["profiles"] == ["celery"]
    for name in ["postgres-data", "postgres-airflow", *AIRFLOW_SERVICES]:
        assert "profiles" not in SERVICES[name]


def test_init_service_migrates_both_databases_and_creates_the_pool() -> None:
    command = " ".join(SERVICES["airflow-init"]["command"])
    assert "airflow db migrate" in command
    assert "newswatch db upgrade" in command
    assert f"pools set {POLLING_POOL} {POLLING_POOL_SLOTS} " in command


def test_compose_sets_only_newswatch_variables_the_code_reads() -> None:
    env = SERVICES["airflow-scheduler"]["environment"]
    ours = {k for k in env if k.startswith("NEWSWATCH_") or k == "DATABASE_URL"}
    assert ours - _code_env_names() == set()
    assert CONN_ENV in env and "@postgres-data:5432/" in env[CONN_ENV]


def test_compose_airflow_settings_are_real_airflow_options() -> None:
    options = _airflow_options()
    if options is None:
        pytest.skip("needs the airflow extra")
    env = SERVICES["airflow-scheduler"]["environment"]
    unknown = []
    for key in env:
        if key.startswith("AIRFLOW__"):
            section, option = key[len("AIRFLOW__") :].lower().split("__", 1)
            if section != "celery" and (section, option) not in options:  # celery: a provider's
                unknown.append(key)
    assert unknown == []


def test_every_airflow_component_shares_one_environment() -> None:
    envs = [SERVICES[name]["environment"] for name in AIRFLOW_SERVICES]
    assert all(e == envs[0] for e in envs)


# --- Dockerfile -----------------------------------------------------------------------------
def test_dockerfile_builds_on_the_airflow_version_the_tests_pin() -> None:
    pinned = re.search(r"^apache-airflow==(\S+)", CONSTRAINTS, re.M).group(1)
    base = re.search(r"^FROM apache/airflow:(\S+)-python(\S+)", DOCKERFILE, re.M)
    assert base.group(1) == pinned
    assert tuple(map(int, base.group(2).split("."))) >= (3, 11)


def test_dockerfile_installs_the_package_the_dags_import_with_the_constraints() -> None:
    imported = set()
    for path in (ROOT / "dags").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                imported.add(node.module.split(".")[0])
            elif isinstance(node, ast.Import):
                imported |= {a.name.split(".")[0] for a in node.names}
    assert imported - {"__future__", "typing", "airflow"} == {"pipeline"}
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["packages"] == ["pipeline"]
    assert re.search(r"pip install .*-c /opt/newswatch/constraints\.txt", DOCKERFILE)
    assert re.search(
        r"^\s+\"apache-airflow==\$\{AIRFLOW_VERSION\}\" /opt/newswatch", DOCKERFILE, re.M
    )


def test_dockerfile_copies_only_paths_that_exist_and_everything_the_wheel_needs() -> None:
    copied = set()
    for line in DOCKERFILE.splitlines():
        if line.startswith("COPY "):
            parts = [p for p in line.split()[1:] if not p.startswith("--")]
            copied |= set(parts[:-1])
    assert all((ROOT / p).exists() for p in copied)
    assert {"pyproject.toml", "constraints.txt", "pipeline", "sql", "seeds", "dags"} <= copied


def test_docker_build_context_leaves_out_local_state() -> None:
    ignored = (ROOT / ".dockerignore").read_text(encoding="utf-8").split()
    assert {".venv", ".newswatch", ".airflow", ".git"} <= set(ignored)
