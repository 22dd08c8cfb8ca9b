"""Settings: environment variables, an optional TOML file, and every limit with its reason.

Precedence: explicit arguments > environment > config file > defaults. The config file is
`--config FILE`, else `$NEWSWATCH_CONFIG`, else `./newswatch.toml` when it exists. Unknown keys
and wrong types are refused before any work starts (ConfigError names the key and the file).
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from pipeline.errors import ConfigError

# --- Limits (one line of reason each) -------------------------------------------------------
CONNECT_TIMEOUT_S = 10.0  # a host that cannot accept a TCP connection in 10 s is down for us
READ_TIMEOUT_S = 20.0  # between bytes; a stalled server must not hold a worker
TOTAL_TIMEOUT_S = 60.0  # a drip-feeding server must not hold a worker either
MAX_FEED_BYTES = 10 * 1024 * 1024  # real feeds are < 2 MB; 10 MB leaves room, stops abuse
MAX_PAGE_BYTES = 5 * 1024 * 1024  # article pages are tens of KB; counted after decompression
MAX_REDIRECTS = 5  # more than five hops is a loop or a trap
PER_HOST_CONCURRENCY = 2  # politeness: never hammer one site
PER_HOST_DELAY_S = (
    0.1  # min gap between requests to one host: <= 10/s, 2 at a time, like one reader
)
MAX_WORKERS = 16  # concurrency across hosts: 200 feeds must not be 200 sequential round trips
MAX_FETCH_ATTEMPTS = 5  # a page that failed five times is given up (kept, with its reason)
BACKOFF_BASE_S = 60.0  # first retry delay after a failure; doubles per consecutive failure
BACKOFF_MAX_S = 6 * 3600.0  # never wait more than six hours to retry a feed
DEFAULT_FEED_INTERVAL_S = 900  # poll a feed every 15 minutes unless it says otherwise
ALERT_MAX_ATTEMPTS = 8  # after eight failed deliveries an alert is marked failed, kept
ALERT_BACKOFF_BASE_S = 30.0  # first alert retry after 30 s, doubling
ALERT_BACKOFF_MAX_S = 3600.0  # a channel down for hours is retried at least hourly
ALERT_DELIVERY_BATCH = 1000  # alerts per delivery pass (seconds of work); the rest wait a run
ALERT_STALLED_CHANNEL_S = 3.0  # failing this slowly is a timeout: skip the channel for the pass
ALERTS_RECENT_LIMIT = 100  # `newswatch alerts` lists this many unless told otherwise
FIGURE_BATCH_SIZE = (
    5000  # events per change-detection transaction: big enough for COPY, short locks
)
CONTRADICTION_MIN_PCT = (
    10.0  # two claimants' disjoint figures closer than 10% are noise, not a clash
)
FIGURE_HISTORY_POINTS = 12  # `newswatch figures` shows this many recent points per series
DB_CONNECT_TIMEOUT_S = 5  # a wrong DATABASE_URL should fail in seconds, not minutes
MAX_FEED_ENTRIES = 500  # more entries than this in one feed is a dump or a trap; newest first
RETRY_AFTER_MAX_S = 24 * 3600.0  # a server's Retry-After is honoured up to a day, not forever
MIN_FEED_INTERVAL_S = 60  # polling one feed more than once a minute is rude and finds nothing new
CLAIM_LEASE_S = 600.0  # a feed/article claimed by a run is due again after 10 min if the run died
STORE_GROUP_SIZE = 50  # fetched articles written per transaction: one commit, not fifty
FETCH_BATCH_SIZE = 1000  # pending articles claimed per round: bounds memory on a big backlog
FUTURE_DATE_SLACK_S = (
    86400.0  # a date more than a day ahead is a wrong date, not news from the future
)
MAX_ERROR_CHARS = 300  # stored error reasons stay one short line
EXTRACT_BATCH_SIZE = 200  # articles read per query: bounded memory, few round trips

# --- Airflow (dags/ and pipeline/tasks.py) ---
AIRFLOW_OWNER = "newswatch"  # shown in the UI's owner column; one team owns every DAG
AIRFLOW_RETRIES = 3  # a transient failure (database restart, network blip) gets three more tries
AIRFLOW_RETRY_DELAY_S = 30.0  # first retry after 30 s; doubles each time (exponential backoff)
AIRFLOW_RETRY_BACKOFF = 2.0  # backoff multiplier: 30 s, 60 s, 120 s
AIRFLOW_MAX_RETRY_DELAY_S = 600.0  # never wait more than 10 minutes between task retries
AIRFLOW_TASK_TIMEOUT_S = 3600.0  # a task stuck for an hour is killed and retried
POLL_BATCH_SIZE = 25  # feeds per mapped polling task: one task per feed is too much overhead
MAX_MAPPED_TASKS = 1024  # Airflow's default max_map_length; batches grow instead of exceeding it
POLLING_POOL = "newswatch_polling"  # Airflow pool capping concurrent polling tasks across DAG runs
POLLING_POOL_SLOTS = 4  # 4 batches at once x MAX_WORKERS each is already ~64 open requests
FIGURES_ASSET = "newswatch_figure_changes"  # asset news_ingest updates and news_alerts waits on
DEFAULT_INGEST_SCHEDULE = (
    "*/15 * * * *"  # NEWSWATCH_INGEST_SCHEDULE overrides; matches feed interval
)
DEFAULT_ALERTS_FALLBACK_SCHEDULE = "0 * * * *"  # retry pending alerts hourly even if no run ends

USER_AGENT = "newswatch/{version} (+news-monitoring; polite polling with conditional GET)"


@dataclass(frozen=True)
class Settings:
    """Everything a run needs, passed down explicitly (no globals read mid-work)."""

    database_url: str | None = None
    home: Path = Path(".newswatch")
    feeds_file: Path | None = None
    allow_private_networks: bool = False
    alert_urls: tuple[str, ...] = ()
    alerts_jsonl: Path | None = None
    alert_rules: tuple[dict[str, Any], ...] = ()
    config_file: Path | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def pgdata(self) -> Path:
        """Where the embedded PostgreSQL keeps its data (under `home` unless overridden)."""
        override = self.extra.get("pgdata")
        return Path(override) if override else self.home / "pgdata"

    @property
    def alerts_log(self) -> Path:
        return self.alerts_jsonl or self.home / "alerts.jsonl"


_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"", "0", "false", "no", "off"}


def _env_flag(env: dict[str, str], name: str) -> bool | None:
    """A yes/no environment variable; anything but a plain yes or no is a ConfigError."""
    value = env.get(name)
    if value is None:
        return None
    word = value.strip().lower()
    if word not in _TRUE | _FALSE:
        raise ConfigError(f"{name} must be 1/0, true/false, yes/no or on/off")
    return word in _TRUE


# section -> key -> type
_FILE_KEYS: dict[str, dict[str, type | tuple[type, ...]]] = {
    "database": {"url": str, "pgdata": str},
    "paths": {"home": str, "feeds": str, "alerts_jsonl": str},
    "http": {"allow_private_networks": bool},
    "alerts": {"urls": list, "rules": list},
}
_TYPE_NAMES = {str: "string", bool: "boolean (true or false)", list: "list"}


def _load_file(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {path}") from None
    except IsADirectoryError:
        raise ConfigError(f"config file is a directory: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read config file {path}: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    for section, body in data.items():
        if section not in _FILE_KEYS:
            raise ConfigError(
                f"{path}: unknown section [{section}] (known: {', '.join(_FILE_KEYS)})"
            )
        if not isinstance(body, dict):
            raise ConfigError(f"{path}: [{section}] must be a table")
        for key, value in body.items():
            expected = _FILE_KEYS[section].get(key)
            if expected is None:
                known = ", ".join(_FILE_KEYS[section])
                raise ConfigError(f"{path}: unknown key {section}.{key} (known: {known})")
            if not isinstance(value, expected):
                name = _TYPE_NAMES.get(expected, "value")  # type: ignore[arg-type]
                raise ConfigError(f"{path}: {section}.{key} must be a {name}")
            if expected is str and not value.strip():
                raise ConfigError(f"{path}: {section}.{key} is empty")
    return data


def check_database_url(url: str, where: str) -> None:
    """Refuse a database URL that is not PostgreSQL; the message never repeats the URL."""
    import psycopg

    scheme = url.split("://", 1)[0].lower() if "://" in url else None
    if scheme is not None and scheme not in ("postgresql", "postgres"):
        raise ConfigError(
            f"{where}: not a PostgreSQL URL (scheme {scheme!r}; "
            "expected postgresql://user@host:port/dbname)"
        )
    try:
        info = psycopg.conninfo.conninfo_to_dict(url)
    except psycopg.Error:
        raise ConfigError(
            f"{where}: not a PostgreSQL URL (expected postgresql://user@host:port/dbname)"
        ) from None
    port = str(info.get("port") or "5432")
    if not all(p.isdigit() and 0 < int(p) < 65536 for p in port.split(",")):
        raise ConfigError(f"{where}: port {port!r} is not a TCP port")


def check_alert_url(url: str, where: str) -> None:
    """Refuse an alert URL that Apprise cannot load, before any work starts.

    Apprise itself is the judge (the same call delivery makes); its own log lines, which
    repeat the URL with its token, are swallowed here.
    """
    import logging

    import apprise

    from pipeline.alerts import mask_alert_url

    shown = mask_alert_url(url)
    if "://" not in url:
        raise ConfigError(f"{where}: not a URL ({shown})")
    apprise_log = logging.getLogger("apprise")
    saved = apprise_log.disabled
    apprise_log.disabled = True
    try:
        loaded = apprise.Apprise().add(url)
    finally:
        apprise_log.disabled = saved
    if not loaded:
        raise ConfigError(
            f"{where}: Apprise cannot deliver to {shown} (unknown scheme, or a token or "
            "host missing; see the Apprise URL formats)"
        )


def _check_rules(rules: list[Any], where: str) -> None:
    from pipeline.alerts import parse_rule

    for i, rule in enumerate(rules):
        if not isinstance(rule, dict):
            raise ConfigError(f"{where}: alerts.rules[{i}] must be a table")
        parse_rule(rule, i, where=where)


def _split_urls(value: str) -> list[str]:
    return [u for u in value.replace(",", " ").split() if u]


def load_settings(
    config_file: str | os.PathLike[str] | None = None,
    *,
    env: dict[str, str] | None = None,
    **overrides: Any,
) -> Settings:
    """Build Settings from defaults, the optional config file, the environment and overrides."""
    env = dict(os.environ if env is None else env)
    path: Path | None = None
    if config_file:
        path = Path(config_file)
    elif env.get("NEWSWATCH_CONFIG"):
        path = Path(env["NEWSWATCH_CONFIG"])
    elif Path("newswatch.toml").is_file():
        path = Path("newswatch.toml")
    data = _load_file(path) if path else {}

    db = data.get("database", {})
    paths = data.get("paths", {})
    http = data.get("http", {})
    alerts = data.get("alerts", {})
    if "url" in db:
        check_database_url(db["url"], f"{path}: database.url")
    for i, url in enumerate(alerts.get("urls", [])):
        if not isinstance(url, str):
            raise ConfigError(f"{path}: alerts.urls[{i}] must be a string")
        check_alert_url(url, f"{path}: alerts.urls[{i}]")
    _check_rules(alerts.get("rules", []), str(path))

    if env.get("DATABASE_URL"):
        check_database_url(env["DATABASE_URL"], "DATABASE_URL")
    env_urls = _split_urls(env.get("NEWSWATCH_ALERT_URLS", ""))
    for i, url in enumerate(env_urls):
        check_alert_url(url, f"NEWSWATCH_ALERT_URLS[{i}]")

    extra: dict[str, Any] = {}
    pgdata = env.get("NEWSWATCH_PGDATA") or db.get("pgdata")
    if pgdata:
        extra["pgdata"] = pgdata

    feeds = env.get("NEWSWATCH_FEEDS") or paths.get("feeds")
    jsonl = env.get("NEWSWATCH_ALERTS_JSONL") or paths.get("alerts_jsonl")
    allow = _env_flag(env, "NEWSWATCH_ALLOW_PRIVATE_NETWORKS")
    settings = Settings(
        database_url=env.get("DATABASE_URL") or db.get("url") or None,
        home=Path(env.get("NEWSWATCH_HOME") or paths.get("home") or ".newswatch"),
        feeds_file=Path(feeds) if feeds else None,
        allow_private_networks=allow
        if allow is not None
        else bool(http.get("allow_private_networks", False)),
        alert_urls=tuple(env_urls or alerts.get("urls", [])),
        alerts_jsonl=Path(jsonl) if jsonl else None,
        alert_rules=tuple(alerts.get("rules", [])),
        config_file=path,
        extra=extra,
    )
    from pipeline import redact

    redact.register_settings(settings.database_url, settings.alert_urls)
    known = {f.name for f in fields(Settings)}
    unknown = set(overrides) - known
    if unknown:
        raise ConfigError(f"unknown setting(s): {', '.join(sorted(unknown))}")
    clean = {k: v for k, v in overrides.items() if v is not None}
    if clean:
        from dataclasses import replace

        settings = replace(settings, **clean)
    return settings
