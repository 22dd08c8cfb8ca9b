-- A syndicated copy's original is the earliest-published copy (pipeline/articles.py), not the
-- first one stored: the column's description says so.
COMMENT ON COLUMN articles.duplicate_of IS
    'The original (earliest-published copy, unless another copy was already extracted) of this syndicated copy; a copy is not extracted again';
