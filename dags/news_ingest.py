"""news_ingest: sync the feed list, poll due feeds, fetch articles, extract events, find changes.

Runs every 15 minutes by default (`NEWSWATCH_INGEST_SCHEDULE` takes a cron expression or a
preset). Polling is mapped over batches of due feeds, each host's feeds in one batch, and runs
in the `newswatch_polling` pool so parallel runs and workers cannot flood the network. The last
task updates the figure-changes asset, which triggers `news_alerts`.

Wiring only: every task imports `pipeline.tasks` when it runs and calls one function there.
The data database is the Airflow connection `newswatch_db` (`AIRFLOW_CONN_NEWSWATCH_DB`), else
`DATABASE_URL`, else the embedded PostgreSQL.
"""

from __future__ import annotations

from typing import Any

from airflow.sdk import Asset, dag, get_current_context, task

from pipeline.config import FIGURES_ASSET, POLLING_POOL
from pipeline.dagdefaults import DEFAULT_ARGS, START_DATE, TAGS, ingest_schedule

FIGURE_CHANGES = Asset(FIGURES_ASSET)


@dag(
    dag_id="news_ingest",
    schedule=ingest_schedule(),
    start_date=START_DATE,
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    tags=[*TAGS, "ingest"],
    doc_md=__doc__,
)
def news_ingest() -> None:
    @task
    def sync_feeds() -> dict[str, Any]:
        from pipeline import tasks

        return tasks.sync_feeds()

    @task(show_return_value_in_logs=False)
    def due_feed_batches() -> list[list[int]]:
        from pipeline import tasks

        return tasks.due_feed_batches()

    # The UI names each mapped task by its batch ("3 feeds: 1-3") instead of a bare index.
    @task(
        pool=POLLING_POOL,
        show_return_value_in_logs=False,
        map_index_template="{{ feed_batch }}",
    )
    def poll_feeds(feed_ids: list[int]) -> dict[str, Any]:
        from pipeline import tasks

        get_current_context()["feed_batch"] = tasks.describe_batch(feed_ids)
        return tasks.poll_feeds(feed_ids)

    # Runs even when no feed was due (the mapped task is then skipped): pending articles
    # from earlier runs still get fetched, and stored ones extracted.
    @task(trigger_rule="none_failed")
    def fetch_articles() -> dict[str, Any]:
        from pipeline import tasks

        return tasks.fetch_articles()

    @task
    def extract_articles() -> dict[str, Any]:
        from pipeline import tasks

        return tasks.extract_articles()

    @task(outlets=[FIGURE_CHANGES])
    def detect_changes() -> dict[str, Any]:
        from pipeline import tasks

        return tasks.detect_changes()

    batches = due_feed_batches()
    sync_feeds() >> batches
    polled = poll_feeds.expand(feed_ids=batches)
    polled >> fetch_articles() >> extract_articles() >> detect_changes()


news_ingest()
