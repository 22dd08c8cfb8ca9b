-- Views for analysts (psql, notebooks, Metabase, Grafana) and the read-only role they log in
-- through. Every view joins the facts an analyst asks for into readable columns.

CREATE VIEW events_readable AS
SELECT e.id                              AS event_id,
       e.type,
       e.actor,
       e.target,
       e.third_party,
       e.location,
       e.location_code,
       e.subject,
       e.metric,
       e.value,
       e.low,
       e.high,
       e.qualifier,
       e.source                          AS claimant,
       e.hedged,
       e.confidence,
       COALESCE(e.outlet, a.outlet)      AS outlet,
       COALESCE(a.published_at, a.fetched_at) AS published_at,
       a.title,
       a.url,
       e.sentence,
       a.id                              AS article_id,
       e.extractor_version
FROM events e
JOIN articles a ON a.id = e.article_id;
COMMENT ON VIEW events_readable IS
    'Every extracted event with its article''s outlet, title, link and published time.';

CREATE VIEW figure_history AS
SELECT o.id                  AS observation_id,
       s.id                  AS series_id,
       s.key                 AS series,
       s.label,
       s.force,
       s.metric,
       s.theatre,
       o.claimant,
       o.value,
       o.low,
       o.high,
       o.qualifier,
       o.mid,
       c.kind,
       c.from_value,
       c.delta,
       c.pct,
       c.same_claimant_revision,
       c.late,
       o.outlet,
       o.published_at,
       o.url,
       o.sentence,
       o.hedged,
       o.supporting_events,
       o.event_id,
       o.article_id
FROM figure_observations o
JOIN figure_series s ON s.id = o.series_id
LEFT JOIN figure_changes c ON c.observation_id = o.id;
COMMENT ON VIEW figure_history IS
    'Every observation of every series, with claimant, outlet, evidence sentence, link, published '
    'time and what it changed; order by (series, published_at, observation_id) for a timeline.';

CREATE VIEW figure_latest AS
SELECT s.id                  AS series_id,
       s.key                 AS series,
       s.label,
       s.force,
       s.metric,
       s.theatre,
       o.claimant,
       o.value,
       o.low,
       o.high,
       o.qualifier,
       o.mid,
       c.kind,
       c.from_value          AS previous_value,
       c.delta,
       c.pct,
       o.outlet,
       o.published_at,
       o.url,
       o.sentence,
       s.observations,
       (SELECT count(*) FROM figure_lines l WHERE l.series_id = s.id) AS claimants
FROM figure_series s
JOIN figure_observations o ON o.id = s.latest_observation_id
LEFT JOIN figure_changes c ON c.observation_id = o.id;
COMMENT ON VIEW figure_latest IS
    'The latest figure of each series (by published time), who gave it, and what it was before.';

CREATE VIEW figure_latest_by_claimant AS
SELECT s.id                  AS series_id,
       s.key                 AS series,
       s.label,
       l.claimant,
       o.value,
       o.low,
       o.high,
       o.qualifier,
       o.mid,
       c.kind,
       c.from_value          AS previous_value,
       c.delta,
       c.pct,
       o.outlet,
       o.published_at,
       o.url,
       o.sentence,
       l.observations
FROM figure_lines l
JOIN figure_series s ON s.id = l.series_id
JOIN figure_observations o ON o.id = l.latest_observation_id
LEFT JOIN figure_changes c ON c.observation_id = o.id;
COMMENT ON VIEW figure_latest_by_claimant IS
    'Each claimant''s latest figure in each series: the claims that currently stand side by side.';

CREATE VIEW figure_change_log AS
SELECT c.id                  AS change_id,
       c.kind,
       s.key                 AS series,
       s.label,
       o.claimant,
       c.from_value,
       c.to_value,
       o.value,
       o.low,
       o.high,
       o.qualifier,
       c.delta,
       c.pct,
       c.same_claimant_revision,
       c.late,
       p.claimant            AS previous_claimant,
       p.published_at        AS previous_published_at,
       o.outlet,
       o.published_at,
       o.url,
       o.sentence,
       c.detected_at,
       a.alert_id,
       a.status              AS alert_status
FROM figure_changes c
JOIN figure_observations o ON o.id = c.observation_id
JOIN figure_series s ON s.id = c.series_id
LEFT JOIN figure_observations p ON p.id = c.previous_observation_id
LEFT JOIN alerts a ON a.change_id = c.id;
COMMENT ON VIEW figure_change_log IS
    'Every change (new, changed, restated, contradicts) with both figures, claimants and the alert it raised.';

CREATE VIEW alert_log AS
SELECT a.alert_id,
       a.rule,
       a.status,
       a.attempts,
       a.last_error,
       a.created_at,
       a.sent_at,
       a.next_attempt_at,
       c.kind,
       s.key                 AS series,
       o.claimant,
       o.value,
       o.low,
       o.high,
       c.from_value          AS previous,
       c.delta,
       c.pct,
       o.outlet,
       o.published_at,
       o.url                 AS article_url,
       o.sentence,
       a.payload ->> 'message' AS message
FROM alerts a
JOIN figure_changes c ON c.id = a.change_id
JOIN figure_observations o ON o.id = c.observation_id
JOIN figure_series s ON s.id = c.series_id;
COMMENT ON VIEW alert_log IS 'Alerts with their delivery status, the change and its evidence.';

-- The analysts' read-only group role. A login is a member of it, for example:
--   CREATE ROLE alice LOGIN PASSWORD '...' IN ROLE newswatch_readonly;
-- Roles are cluster-wide: the role is created once and granted in every newswatch database.
-- Where the migrating user may not create roles (some managed services), a notice says so
-- and the grants are skipped; an administrator runs this block later.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'newswatch_readonly') THEN
        BEGIN
            CREATE ROLE newswatch_readonly NOLOGIN;
        EXCEPTION
            WHEN duplicate_object OR unique_violation THEN NULL;  -- created concurrently
            WHEN insufficient_privilege THEN
                RAISE NOTICE 'cannot create role newswatch_readonly: grant it by hand';
                RETURN;
        END;
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO newswatch_readonly', current_database());
    GRANT USAGE ON SCHEMA public TO newswatch_readonly;
    GRANT SELECT ON ALL TABLES IN SCHEMA public TO newswatch_readonly;
    -- tables and views created later by the same migrating user are readable too
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO newswatch_readonly;
END
$$;
