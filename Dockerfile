# newswatch on Airflow: the official Airflow 3.3 image plus this project, pinned by the same
# constraints.txt the tests run with. Built by docker-compose.yml (`docker compose build`).
FROM apache/airflow:3.3.2-python3.11

# The project is installed as a package (`import pipeline`, the `newswatch` command); its SQL
# migrations and seeds travel inside the wheel. apache-airflow is named so pip never moves it.
COPY --chown=airflow:root pyproject.toml README.md constraints.txt /opt/newswatch/
COPY --chown=airflow:root pipeline /opt/newswatch/pipeline
COPY --chown=airflow:root sql /opt/newswatch/sql
COPY --chown=airflow:root seeds /opt/newswatch/seeds
RUN pip install --no-cache-dir -c /opt/newswatch/constraints.txt \
        "apache-airflow==${AIRFLOW_VERSION}" /opt/newswatch \
    && python -c "import pipeline.tasks, pipeline.feeds, pipeline.events, pipeline.figures, pipeline.alerts"

# The DAGs are baked in too (mount ./dags over /opt/airflow/dags while developing).
COPY --chown=airflow:root dags /opt/airflow/dags
