"""news_alerts: deliver pending alerts from the outbox.

Triggered whenever `news_ingest` or `news_reprocess` updates the figure-changes asset, and on
a slow time-based fallback (hourly; `NEWSWATCH_ALERTS_SCHEDULE`) so alerts whose delivery
failed are retried even when no ingest run finishes. Delivery itself is idempotent: an alert
sent once is never sent again.
"""

from __future__ import annotations

from typing import Any

from airflow.sdk import Asset, AssetOrTimeSchedule, CronTriggerTimetable, dag, task

from pipeline.config import FIGURES_ASSET
from pipeline.dagdefaults import DEFAULT_ARGS, START_DATE, TAGS, alerts_fallback_schedule

FIGURE_CHANGES = Asset(FIGURES_ASSET)


@dag(
    dag_id="news_alerts",
    schedule=AssetOrTimeSchedule(
        timetable=CronTriggerTimetable(alerts_fallback_schedule(), timezone="UTC"),
        assets=[FIGURE_CHANGES],
    ),
    start_date=START_DATE,
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    tags=[*TAGS, "alerts"],
    doc_md=__doc__,
)
def news_alerts() -> None:
    @task
    def deliver_alerts() -> dict[str, Any]:
        from pipeline import tasks

        return tasks.deliver_alerts()

    deliver_alerts()


news_alerts()
