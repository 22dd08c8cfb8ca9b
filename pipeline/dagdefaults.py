"""Defaults shared by the DAG files in dags/: cheap to import (config only, no I/O).

DAG files are parsed every few seconds by the dag-processor, so this module imports nothing
beyond the standard library and `pipeline.config`; the work itself lives in `pipeline.tasks`.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

from pipeline.config import (
    AIRFLOW_MAX_RETRY_DELAY_S,
    AIRFLOW_OWNER,
    AIRFLOW_RETRIES,
    AIRFLOW_RETRY_BACKOFF,
    AIRFLOW_RETRY_DELAY_S,
    AIRFLOW_TASK_TIMEOUT_S,
    DEFAULT_ALERTS_FALLBACK_SCHEDULE,
    DEFAULT_INGEST_SCHEDULE,
)

# A fixed date in the past: with catchup=False only the latest interval ever runs.
START_DATE = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
TAGS = ["newswatch"]

DEFAULT_ARGS: dict[str, Any] = {
    "owner": AIRFLOW_OWNER,
    "retries": AIRFLOW_RETRIES,
    "retry_delay": dt.timedelta(seconds=AIRFLOW_RETRY_DELAY_S),
    "retry_exponential_backoff": AIRFLOW_RETRY_BACKOFF,
    "max_retry_delay": dt.timedelta(seconds=AIRFLOW_MAX_RETRY_DELAY_S),
    "execution_timeout": dt.timedelta(seconds=AIRFLOW_TASK_TIMEOUT_S),
}


def ingest_schedule() -> str:
    """Cron (or preset such as @hourly) of news_ingest: NEWSWATCH_INGEST_SCHEDULE, else 15 min."""
    return os.environ.get("NEWSWATCH_INGEST_SCHEDULE", "").strip() or DEFAULT_INGEST_SCHEDULE


def alerts_fallback_schedule() -> str:
    """Cron of news_alerts' time-based fallback: NEWSWATCH_ALERTS_SCHEDULE, else hourly."""
    return (
        os.environ.get("NEWSWATCH_ALERTS_SCHEDULE", "").strip() or DEFAULT_ALERTS_FALLBACK_SCHEDULE
    )
