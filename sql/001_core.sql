-- Core tables of the flow: feeds -> articles -> events.
-- Figure series, changes and alerts come in their own migrations (030+).

CREATE TABLE feeds (
    id                    bigserial PRIMARY KEY,
    url                   text NOT NULL UNIQUE,
    name                  text NOT NULL,
    tags                  text[] NOT NULL DEFAULT '{}',
    interval_seconds      integer NOT NULL DEFAULT 900 CHECK (interval_seconds > 0),
    enabled               boolean NOT NULL DEFAULT true,
    etag                  text,
    last_modified         text,
    last_polled_at        timestamptz,
    next_poll_at          timestamptz NOT NULL DEFAULT now(),
    last_status           text,
    last_http_status      integer,
    consecutive_failures  integer NOT NULL DEFAULT 0 CHECK (consecutive_failures >= 0),
    last_error            text,
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE feeds IS
    'News feeds from feeds.toml with their polling health; removed feeds are disabled, never deleted.';
COMMENT ON COLUMN feeds.last_status IS 'ok | not_modified | bozo | error | refused, of the last poll';
COMMENT ON COLUMN feeds.next_poll_at IS 'When the feed is due again (interval, Retry-After or backoff)';

CREATE TABLE articles (
    id                bigserial PRIMARY KEY,
    url               text NOT NULL UNIQUE,
    feed_id           bigint REFERENCES feeds (id) ON DELETE SET NULL,
    guid              text,
    outlet            text,
    title             text,
    published_at      timestamptz,
    published_source  text CHECK (published_source IN ('feed', 'page', 'fetched')),
    fetched_at        timestamptz,
    text              text,
    text_source       text CHECK (text_source IN ('page', 'feed', 'file')),
    content_hash      text,
    duplicate_of      bigint REFERENCES articles (id) ON DELETE SET NULL,
    status            text NOT NULL DEFAULT 'pending'
                      CHECK (status IN ('pending', 'fetched', 'failed', 'gave_up')),
    fetch_attempts    integer NOT NULL DEFAULT 0 CHECK (fetch_attempts >= 0),
    next_fetch_at     timestamptz NOT NULL DEFAULT now(),
    last_error        text,
    feed_content      text,
    needs_extraction  boolean NOT NULL DEFAULT false,
    extracted_version text,
    extracted_at      timestamptz,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CHECK (duplicate_of IS NULL OR duplicate_of <> id)
);
COMMENT ON TABLE articles IS
    'One row per canonical article URL: its text, where the text came from, and fetch/extraction state.';
COMMENT ON COLUMN articles.url IS 'Canonical URL (tracking parameters and fragment removed)';
COMMENT ON COLUMN articles.published_source IS 'feed date, page date, or fetch time when neither was given';
COMMENT ON COLUMN articles.duplicate_of IS 'First article with the same text (syndicated copy); not extracted again';
COMMENT ON COLUMN articles.feed_content IS 'The feed entry''s own content or summary, the fallback text';
COMMENT ON COLUMN articles.needs_extraction IS 'Text is new or changed since the last extraction';
CREATE INDEX articles_content_hash_idx ON articles (content_hash);
CREATE INDEX articles_pending_fetch_idx ON articles (next_fetch_at) WHERE status IN ('pending', 'failed');
CREATE INDEX articles_needs_extraction_idx ON articles (id) WHERE needs_extraction;
CREATE INDEX articles_published_idx ON articles (published_at);

CREATE TABLE events (
    id                bigserial PRIMARY KEY,
    article_id        bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal           integer NOT NULL CHECK (ordinal >= 0),
    type              text NOT NULL CHECK (type IN
                      ('deployment', 'intelligence_estimate', 'diplomatic_request', 'military_aid')),
    actor             text,
    target            text,
    third_party       text,
    location          text,
    location_code     text,
    subject           text,
    metric            text,
    value             numeric,
    low               numeric,
    high              numeric,
    qualifier         text CHECK (qualifier IN ('exact', 'approx', 'at_least', 'at_most', 'range', 'vague')),
    source            text,
    source_text       text,
    outlet            text,
    hedged            boolean NOT NULL DEFAULT false,
    sentence          text NOT NULL,
    start_offset      integer NOT NULL CHECK (start_offset >= 0),
    end_offset        integer NOT NULL,
    confidence        real NOT NULL DEFAULT 0.5 CHECK (confidence BETWEEN 0 AND 1),
    extractor_version text NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now(),
    CHECK (end_offset >= start_offset),
    CHECK (low IS NULL OR high IS NULL OR low <= high),
    UNIQUE (article_id, ordinal)
);
COMMENT ON TABLE events IS
    'Events extracted from article text, each with its figure, claimant (source) and evidence sentence.';
COMMENT ON COLUMN events.source IS 'The claimant of the figure, normalised (e.g. United States, South Korea)';
COMMENT ON COLUMN events.outlet IS 'The outlet that reported it (from the article)';
COMMENT ON COLUMN events.start_offset IS 'Character offset of the evidence sentence in articles.text';
COMMENT ON COLUMN events.third_party IS 'The state a diplomatic request is about (US urges China to press North Korea)';
CREATE INDEX events_type_idx ON events (type);
CREATE INDEX events_actor_idx ON events (actor);
