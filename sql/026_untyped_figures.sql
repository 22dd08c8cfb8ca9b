-- A figure can be stated without any of the four events: a side's report of its own strength
-- or its own dead, or a count the outlet gives with no claimant. Such a row keeps its figure,
-- claimant and evidence (it feeds the figure series like any other) with type NULL.

ALTER TABLE events ALTER COLUMN type DROP NOT NULL;
COMMENT ON COLUMN events.type IS
    'deployment, intelligence_estimate, diplomatic_request or military_aid; NULL for a figure '
    'stated outside those events (a side''s report of its own forces or losses, an unattributed count)';
