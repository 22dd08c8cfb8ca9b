-- A run claims due feeds and articles by pushing their next_poll_at / next_fetch_at forward by
-- a lease (CLAIM_LEASE_S), so a second run at the same time takes other rows. A run that is
-- killed or loses its connection used to leave its claims in place for the whole lease: the
-- next run skipped those feeds and articles for ten minutes. Each claim now also records the
-- claiming backend (pid and start time); a claim whose backend is gone is void at once.
ALTER TABLE feeds
    ADD COLUMN claimed_by_pid   integer,
    ADD COLUMN claimed_by_start timestamptz;
COMMENT ON COLUMN feeds.claimed_by_pid IS
    'Backend pid of the run polling this feed now (NULL: not claimed); void once that backend ends';
COMMENT ON COLUMN feeds.claimed_by_start IS
    'backend_start of the claiming backend: with the pid, names one session (pids are reused)';
CREATE INDEX feeds_claimed_idx ON feeds (claimed_by_pid) WHERE claimed_by_pid IS NOT NULL;

ALTER TABLE articles
    ADD COLUMN claimed_by_pid   integer,
    ADD COLUMN claimed_by_start timestamptz;
COMMENT ON COLUMN articles.claimed_by_pid IS
    'Backend pid of the run fetching this article now (NULL: not claimed); void once it ends';
COMMENT ON COLUMN articles.claimed_by_start IS
    'backend_start of the claiming backend: with the pid, names one session (pids are reused)';
CREATE INDEX articles_claimed_idx ON articles (claimed_by_pid) WHERE claimed_by_pid IS NOT NULL;
