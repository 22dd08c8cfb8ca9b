"""news_reprocess: re-extract stored articles with the current extractor, recompute changes.

Triggered by hand ("Trigger DAG" with the form): choose articles by id, by feed id, and/or
published since a date; with no choice every stored article is re-extracted. Changes are
recomputed idempotently, so a change that was already alerted is never alerted again; new
changes update the figure-changes asset and `news_alerts` delivers them.
"""

from __future__ import annotations

from typing import Any

from airflow.sdk import Asset, Param, dag, get_current_context, task

from pipeline.config import FIGURES_ASSET
from pipeline.dagdefaults import DEFAULT_ARGS, START_DATE, TAGS

FIGURE_CHANGES = Asset(FIGURES_ASSET)


@dag(
    dag_id="news_reprocess",
    schedule=None,
    start_date=START_DATE,
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    tags=[*TAGS, "reprocess"],
    doc_md=__doc__,
    params={
        "since": Param(
            None,
            type=["null", "string"],
            title="Since",
            description="Only articles published since this ISO date (e.g. 2024-11-01).",
        ),
        "feed_ids": Param(
            [],
            type="array",
            items={"type": "integer"},
            title="Feed ids",
            description="Re-extract the stored articles of these feeds.",
        ),
        "article_ids": Param(
            [],
            type="array",
            items={"type": "integer"},
            title="Article ids",
            description="Re-extract these articles (taken as given, whatever their date).",
        ),
    },
)
def news_reprocess() -> None:
    @task
    def reprocess_articles() -> dict[str, Any]:
        from pipeline import tasks

        params = get_current_context()["params"]
        return tasks.reprocess_articles(
            since=params.get("since"),
            feed_ids=params.get("feed_ids"),
            article_ids=params.get("article_ids"),
        )

    @task(outlets=[FIGURE_CHANGES])
    def detect_changes() -> dict[str, Any]:
        from pipeline import tasks

        return tasks.detect_changes()

    reprocess_articles() >> detect_changes()


news_reprocess()
