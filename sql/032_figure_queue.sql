-- Change detection's work queue, fed by a trigger on events, so finding new work costs
-- O(new events) instead of an anti-join over every event ever stored (bench/figures).
-- And figure_latest rewritten so each series costs index lookups, never a scan of history.

CREATE TABLE figure_queue (
    event_id    bigint PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    queued_at   timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE figure_queue IS
    'Events inserted since change detection last ran (filled by a trigger on events; emptied '
    'by pipeline.figures.detect_changes in the same transaction that records their observations).';

CREATE FUNCTION figure_queue_new_events() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO figure_queue (event_id)
    SELECT id FROM new_events
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION figure_queue_new_events() IS
    'Queues every inserted event for change detection (statement-level: cheap for COPY).';

CREATE TRIGGER events_queue_for_figures
    AFTER INSERT ON events
    REFERENCING NEW TABLE AS new_events
    FOR EACH STATEMENT EXECUTE FUNCTION figure_queue_new_events();

-- events stored before this migration that detection has not seen yet
INSERT INTO figure_queue (event_id)
SELECT e.id FROM events e
WHERE NOT EXISTS (SELECT 1 FROM figure_event_links l WHERE l.event_id = e.id);

-- The latest figure of each series, kept on the series row itself (maintained by
-- detect_changes with the pointer), so `figure_latest` reads one small table: 10,000 series in
-- a few milliseconds however long the history (bench/figures).
ALTER TABLE figure_series
    ADD COLUMN claimants        integer NOT NULL DEFAULT 0 CHECK (claimants >= 0),
    ADD COLUMN claimant         text,
    ADD COLUMN value            numeric,
    ADD COLUMN low              numeric,
    ADD COLUMN high             numeric,
    ADD COLUMN qualifier        text,
    ADD COLUMN mid              numeric,
    ADD COLUMN outlet           text,
    ADD COLUMN url              text,
    ADD COLUMN sentence         text,
    ADD COLUMN published_at     timestamptz,
    ADD COLUMN kind             text,
    ADD COLUMN previous_value   numeric,
    ADD COLUMN delta            numeric,
    ADD COLUMN pct              numeric;
COMMENT ON COLUMN figure_series.claimants IS 'How many claimants have a line in this series';
COMMENT ON COLUMN figure_series.claimant IS
    'claimant ... pct: copy of the latest observation and its change (summary for figure_latest)';

UPDATE figure_series s
SET claimants = (SELECT count(*) FROM figure_lines l WHERE l.series_id = s.id),
    claimant = o.claimant, value = o.value, low = o.low, high = o.high,
    qualifier = o.qualifier, mid = o.mid, outlet = o.outlet, url = o.url,
    sentence = o.sentence, published_at = o.published_at, kind = c.kind,
    previous_value = c.from_value, delta = c.delta, pct = c.pct
FROM figure_observations o
LEFT JOIN figure_changes c ON c.observation_id = o.id
WHERE o.id = s.latest_observation_id;

CREATE OR REPLACE VIEW figure_latest AS
SELECT s.id                  AS series_id,
       s.key                 AS series,
       s.label,
       s.force,
       s.metric,
       s.theatre,
       s.claimant,
       s.value,
       s.low,
       s.high,
       s.qualifier,
       s.mid,
       s.kind,
       s.previous_value,
       s.delta,
       s.pct,
       s.outlet,
       s.published_at,
       s.url,
       s.sentence,
       s.observations,
       s.claimants::bigint   AS claimants
FROM figure_series s
WHERE s.latest_observation_id IS NOT NULL;

-- Fewer indexes to maintain per observation: the natural key leads with the article (it
-- serves the lookup by article), and per-claimant history is read through the series index.
ALTER TABLE figure_observations DROP CONSTRAINT figure_observations_natural_key;
ALTER TABLE figure_observations ADD CONSTRAINT figure_observations_natural_key
    UNIQUE NULLS NOT DISTINCT (article_id, series_id, claimant, value, low, high);
DROP INDEX figure_observations_article_idx;
DROP INDEX figure_observations_line_idx;
