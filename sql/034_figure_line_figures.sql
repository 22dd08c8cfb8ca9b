-- Change detection compares each new figure with the latest figure of every claimant line in
-- its series. It read those through figure_lines' pointer, one observation per line: for
-- 10,000 touched series, 30,000 index probes into random pages of the whole history, most of
-- the time spent loading a batch's state (bench/figures). Each line now also keeps a copy of
-- what classification compares in the figure it points at, written together with the pointer
-- by detect_changes, so a batch's state is one scan of figure_lines' own key.
ALTER TABLE figure_lines
    ADD COLUMN attributed    boolean,
    ADD COLUMN value         numeric,
    ADD COLUMN low           numeric,
    ADD COLUMN high          numeric,
    ADD COLUMN qualifier     text,
    ADD COLUMN published_at  timestamptz;
COMMENT ON COLUMN figure_lines.attributed IS
    'Copy of the latest observation''s attributed (maintained by detect_changes with the pointer)';
COMMENT ON COLUMN figure_lines.value IS 'Copy of the latest observation''s value';
COMMENT ON COLUMN figure_lines.low IS 'Copy of the latest observation''s low bound';
COMMENT ON COLUMN figure_lines.high IS 'Copy of the latest observation''s high bound';
COMMENT ON COLUMN figure_lines.qualifier IS 'Copy of the latest observation''s qualifier';
COMMENT ON COLUMN figure_lines.published_at IS
    'Copy of the latest observation''s published time; NULL: no copy yet (a line written by hand), '
    'and detect_changes reads the observation itself';

UPDATE figure_lines l
SET attributed = o.attributed, value = o.value, low = o.low, high = o.high,
    qualifier = o.qualifier, published_at = o.published_at
FROM figure_observations o
WHERE o.id = l.latest_observation_id;
