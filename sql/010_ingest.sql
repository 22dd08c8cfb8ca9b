-- Ingestion bookkeeping on top of 001_core: what the feed calls itself, when it last worked,
-- and the entry's own "updated" time (a newer one sends the article back for a refetch).

ALTER TABLE feeds
    ADD COLUMN title            text,
    ADD COLUMN last_success_at  timestamptz,
    ADD COLUMN last_entry_count integer CHECK (last_entry_count >= 0),
    ADD COLUMN source_file      text;
COMMENT ON COLUMN feeds.title IS 'The feed''s own title from its last successful parse';
COMMENT ON COLUMN feeds.last_success_at IS 'Last poll that got a feed (200 or 304)';
COMMENT ON COLUMN feeds.last_entry_count IS 'Entries in the feed at its last parse';
COMMENT ON COLUMN feeds.source_file IS 'The feed list (TOML) that last declared this feed';

ALTER TABLE articles
    ADD COLUMN entry_updated_at timestamptz;
COMMENT ON COLUMN articles.entry_updated_at IS
    'The feed entry''s updated time; a newer one makes the article pending again (refetch)';

CREATE INDEX feeds_due_idx ON feeds (next_poll_at) WHERE enabled;
