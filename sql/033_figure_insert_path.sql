-- Change detection writes an observation, an event link, a change and usually an alert per
-- event, and the server's cost of that is mostly what each row drags along: a locked lookup
-- per foreign key and an entry per index (bench/figures: a third of its time was foreign-key
-- checks). Three things on figure_changes guard or serve nothing the rest does not:
-- * the key on series_id: a change's series is its observation's (detect_changes writes both
--   together), the observation's own key guarantees that series, and deleting a series still
--   deletes its changes through their observations;
-- * the key on previous_observation_id: it points at an older observation detect_changes read
--   in the same transaction, and checking it locked that old row, on a random page of the
--   history, for every new change. Deleting an observation still clears the pointers to it,
--   now in one statement per delete (the key's ON DELETE SET NULL scanned figure_changes once
--   per deleted observation);
-- * the index on (series_id, id): every insert touched a random leaf of it. The analysts'
--   views below now reach the series through the observation, whose history index
--   (series_id, published_at, id) serves "the changes of this series".

ALTER TABLE figure_changes DROP CONSTRAINT figure_changes_series_id_fkey;
ALTER TABLE figure_changes DROP CONSTRAINT figure_changes_previous_observation_id_fkey;
DROP INDEX figure_changes_series_idx;

CREATE FUNCTION figure_changes_forget_deleted_previous() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM deleted_observations) THEN
        UPDATE figure_changes c SET previous_observation_id = NULL
        FROM deleted_observations d
        WHERE c.previous_observation_id = d.id;
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION figure_changes_forget_deleted_previous() IS
    'ON DELETE SET NULL for figure_changes.previous_observation_id, once per statement.';

CREATE TRIGGER figure_observations_forget_previous
    AFTER DELETE ON figure_observations
    REFERENCING OLD TABLE AS deleted_observations
    FOR EACH STATEMENT EXECUTE FUNCTION figure_changes_forget_deleted_previous();

COMMENT ON COLUMN figure_changes.series_id IS
    'The series of the change''s observation, written with it (the observation''s key guards it)';
COMMENT ON COLUMN figure_changes.previous_observation_id IS
    'What it was compared with: the claimant''s own previous figure for changed/restated, the other '
    'claimant''s conflicting figure for contradicts, the series'' latest for new; NULL once that '
    'observation is deleted (trigger figure_observations_forget_previous)';

CREATE OR REPLACE VIEW figure_change_log AS
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
JOIN figure_series s ON s.id = o.series_id
LEFT JOIN figure_observations p ON p.id = c.previous_observation_id
LEFT JOIN alerts a ON a.change_id = c.id;

CREATE OR REPLACE VIEW alert_log AS
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
JOIN figure_series s ON s.id = o.series_id;
