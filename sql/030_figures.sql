-- Figures over time: series, observations (who claimed which figure, where and when),
-- changes between observations, and the alerts outbox. Written by pipeline.figures and
-- pipeline.alerts; see README "Querying the data" for how analysts read them.

CREATE TABLE figure_series (
    id                     bigserial PRIMARY KEY,
    key                    text NOT NULL UNIQUE,
    force                  text NOT NULL,
    metric                 text NOT NULL,
    theatre                text NOT NULL,
    label                  text NOT NULL,
    latest_observation_id  bigint,
    observations           integer NOT NULL DEFAULT 0 CHECK (observations >= 0),
    created_at             timestamptz NOT NULL DEFAULT now(),
    updated_at             timestamptz NOT NULL DEFAULT now(),
    CHECK (key = force || '|' || metric || '|' || theatre),
    CHECK (force <> '' AND metric <> '' AND theatre <> '')
);
COMMENT ON TABLE figure_series IS
    'What is being counted: one row per normalised (force, metric, theatre); key = force|metric|theatre.';
COMMENT ON COLUMN figure_series.key IS
    'force|metric|theatre, each part lower-case ASCII (pipeline.figures.series_key documents the rules)';
COMMENT ON COLUMN figure_series.force IS
    'Whose people are counted: the event actor (north korea), else the subject without troop words';
COMMENT ON COLUMN figure_series.metric IS
    'troops | killed | wounded | casualties | captured | missing | advisers | ... (synonyms folded)';
COMMENT ON COLUMN figure_series.theatre IS
    'Theatre scope from location code, location, target (figure_theatres); unspecified when none';
COMMENT ON COLUMN figure_series.label IS 'Readable name, e.g. "North Korea troops (russia-ukraine)"';
COMMENT ON COLUMN figure_series.latest_observation_id IS
    'The series'' newest current observation by published time (maintained by detect_changes)';

CREATE TABLE figure_theatres (
    pattern   text PRIMARY KEY,
    theatre   text NOT NULL CHECK (theatre <> ''),
    CHECK (pattern = lower(pattern) AND pattern <> '')
);
COMMENT ON TABLE figure_theatres IS
    'Analysts'' additions to the built-in theatre map (pipeline.figures.DEFAULT_THEATRES): a location '
    'code (ml, ru-krs), a code pattern "xx-*" for every subdivision, or a location/target name, '
    'mapped to one theatre so one deployment named by different places stays one series. '
    'Applies to events processed after the row is added.';


CREATE TABLE figure_observations (
    id                 bigserial PRIMARY KEY,
    series_id          bigint NOT NULL REFERENCES figure_series (id) ON DELETE CASCADE,
    claimant           text NOT NULL CHECK (claimant <> ''),
    attributed         boolean NOT NULL,
    article_id         bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    event_id           bigint REFERENCES events (id) ON DELETE SET NULL,
    value              numeric,
    low                numeric,
    high               numeric,
    qualifier          text NOT NULL
                       CHECK (qualifier IN ('exact', 'approx', 'at_least', 'at_most', 'range', 'vague')),
    mid                numeric NOT NULL,
    outlet             text,
    url                text NOT NULL,
    sentence           text NOT NULL,
    hedged             boolean NOT NULL DEFAULT false,
    published_at       timestamptz NOT NULL,
    supporting_events  integer NOT NULL DEFAULT 1 CHECK (supporting_events >= 0),
    created_at         timestamptz NOT NULL DEFAULT now(),
    CHECK (value IS NOT NULL OR low IS NOT NULL OR high IS NOT NULL),
    CHECK (low IS NULL OR high IS NULL OR low <= high),
    CONSTRAINT figure_observations_natural_key
        UNIQUE NULLS NOT DISTINCT (series_id, claimant, article_id, value, low, high)
);
COMMENT ON TABLE figure_observations IS
    'One claim of a figure: series, claimant, numbers, canonical article, outlet, evidence, '
    'published time. Natural key (series, claimant, canonical article, numbers) makes syndicated '
    'copies and re-extraction one observation.';
COMMENT ON COLUMN figure_observations.claimant IS
    'Who claims the figure (events.source); "unattributed" when the article names nobody';
COMMENT ON COLUMN figure_observations.article_id IS
    'The canonical article: articles.duplicate_of for a syndicated copy, else the article itself';
COMMENT ON COLUMN figure_observations.event_id IS
    'The event it came from; NULL while that event is deleted (re-extraction relinks it)';
COMMENT ON COLUMN figure_observations.mid IS
    'The point used for deltas: value, else (low+high)/2, else low (at least) or high (at most)';
COMMENT ON COLUMN figure_observations.supporting_events IS
    'How many events (syndicated copies, repeated sentences) state this same claim';
CREATE INDEX figure_observations_history_idx
    ON figure_observations (series_id, published_at, id);
CREATE INDEX figure_observations_line_idx
    ON figure_observations (series_id, claimant, published_at DESC, id DESC);
CREATE INDEX figure_observations_event_idx ON figure_observations (event_id);
CREATE INDEX figure_observations_article_idx ON figure_observations (article_id);

ALTER TABLE figure_series
    ADD CONSTRAINT figure_series_latest_fk FOREIGN KEY (latest_observation_id)
    REFERENCES figure_observations (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED;

CREATE TABLE figure_lines (
    series_id              bigint NOT NULL REFERENCES figure_series (id) ON DELETE CASCADE,
    claimant               text NOT NULL,
    latest_observation_id  bigint NOT NULL REFERENCES figure_observations (id) ON DELETE CASCADE
                           DEFERRABLE INITIALLY DEFERRED,
    observations           integer NOT NULL DEFAULT 1 CHECK (observations >= 0),
    PRIMARY KEY (series_id, claimant)
);
COMMENT ON TABLE figure_lines IS
    'Each claimant''s own line within a series, with a pointer to its newest observation by '
    'published time (so "latest per claimant" needs no scan of the history).';

CREATE TABLE figure_event_links (
    event_id        bigint PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    observation_id  bigint REFERENCES figure_observations (id) ON DELETE CASCADE,
    skipped_reason  text,
    linked_at       timestamptz NOT NULL DEFAULT now(),
    CHECK ((observation_id IS NULL) <> (skipped_reason IS NULL))
);
COMMENT ON TABLE figure_event_links IS
    'Every event detect_changes has looked at: the observation it supports, or why it was skipped. '
    'Events not in this table are the work queue.';
CREATE INDEX figure_event_links_observation_idx ON figure_event_links (observation_id);

CREATE TABLE figure_changes (
    id                      bigserial PRIMARY KEY,
    series_id               bigint NOT NULL REFERENCES figure_series (id) ON DELETE CASCADE,
    observation_id          bigint NOT NULL UNIQUE
                            REFERENCES figure_observations (id) ON DELETE CASCADE,
    previous_observation_id bigint REFERENCES figure_observations (id) ON DELETE SET NULL,
    kind                    text NOT NULL CHECK (kind IN ('new', 'changed', 'restated', 'contradicts')),
    from_value              numeric,
    to_value                numeric NOT NULL,
    delta                   numeric,
    pct                     numeric,
    same_claimant_revision  boolean NOT NULL DEFAULT false,
    late                    boolean NOT NULL DEFAULT false,
    detected_at             timestamptz NOT NULL DEFAULT now(),
    CHECK (kind = 'new' OR previous_observation_id IS NOT NULL OR from_value IS NOT NULL),
    CHECK (previous_observation_id IS NULL OR previous_observation_id <> observation_id)
);
COMMENT ON TABLE figure_changes IS
    'What each observation meant for its series when it was recorded: new, changed, restated or '
    'contradicts. from/to/delta use midpoints; late = an older article that arrived after newer ones.';
COMMENT ON COLUMN figure_changes.previous_observation_id IS
    'What it was compared with: the claimant''s own previous figure for changed/restated, the other '
    'claimant''s conflicting figure for contradicts, the series'' latest for new';
COMMENT ON COLUMN figure_changes.pct IS 'delta as a percentage of from_value (NULL when from is 0)';
COMMENT ON COLUMN figure_changes.same_claimant_revision IS
    'The same named claimant revised its own earlier estimate';
COMMENT ON COLUMN figure_changes.late IS
    'The article was published before the series'' newest known figure: history only, no alert';
CREATE INDEX figure_changes_series_idx ON figure_changes (series_id, id);

CREATE TABLE alerts (
    id               bigserial PRIMARY KEY,
    alert_id         uuid NOT NULL UNIQUE,
    change_id        bigint NOT NULL UNIQUE REFERENCES figure_changes (id) ON DELETE CASCADE,
    rule             text NOT NULL,
    payload          jsonb NOT NULL,
    status           text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
    attempts         integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    last_error       text,
    channels_done    text[] NOT NULL DEFAULT '{}',
    created_at       timestamptz NOT NULL DEFAULT now(),
    sent_at          timestamptz,
    CHECK ((status = 'sent') = (sent_at IS NOT NULL))
);
COMMENT ON TABLE alerts IS
    'Outbox: one row per change that matched an alert rule, written in the change''s transaction; '
    'delivery retries with backoff until sent, or failed after ALERT_MAX_ATTEMPTS.';
COMMENT ON COLUMN alerts.alert_id IS
    'Stable id (uuid5 of the observation''s natural key and kind) sent in every message, so a '
    'receiver can drop duplicates of at-least-once delivery';
COMMENT ON COLUMN alerts.channels_done IS
    'Masked channel names that already accepted this alert (a retry skips them)';
COMMENT ON COLUMN alerts.last_error IS 'The last delivery error, alert URL tokens masked';
CREATE INDEX alerts_due_idx ON alerts (next_attempt_at) WHERE status = 'pending';
