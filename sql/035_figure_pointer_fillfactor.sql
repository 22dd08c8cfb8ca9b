-- Every change-detection batch rewrites, for each series it touches, one figure_lines row per
-- claimant that spoke (its pointer, count and figure copy) and the figure_series row (its
-- pointer, counts and figure_latest's summary). Neither update changes an indexed column, so
-- PostgreSQL can make it a heap-only tuple (HOT: the new version on the same page, no index
-- entry) -- but only where the page has room. Packed full, as a bulk load or a long run of
-- inserts leaves them, about 60% of these updates moved the row to another page and added an
-- entry to every index (bench/figures: 10,000 lines and 10,000 series updated, 4,000 of each
-- HOT). Leaving a fifth of each lines page and a third of each series page free makes them all
-- HOT. Applies to pages written from now on; existing pages gain room as they are vacuumed.
ALTER TABLE figure_lines SET (fillfactor = 80);
ALTER TABLE figure_series SET (fillfactor = 70);
