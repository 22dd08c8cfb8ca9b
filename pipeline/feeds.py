"""The feed list and feed polling: feeds.toml -> `feeds` rows -> new entries as pending articles.

The feed list is a public contract: a TOML file of `[[feeds]]` tables with `name`, `url`,
optional `tags` (list of strings) and `interval` (seconds, or "30m", "2h"). Relative paths in
`url` are local feed files, resolved against the TOML file's folder.

Polling is polite and cheap when nothing changed: conditional GET with the stored ETag and
Last-Modified (a local file's modification time plays that role), Retry-After honoured on
429/503, exponential backoff per feed after failures (the next poll time is stored), and the
feed recovers on its next success. Feeds are parsed by feedparser from the bytes our own HTTP
client fetched, so every limit applies; a malformed ("bozo") feed still gives its entries and
the problem is recorded on the feed.
"""

from __future__ import annotations

import calendar
import datetime as dt
import io
import logging
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg
from psycopg.rows import dict_row

from pipeline.articles import canonical_url, html_to_text, strip_controls
from pipeline.claims import CLAIMER_COLUMNS, RELEASED_COLUMNS, feeds_detection, release_dead_claims
from pipeline.config import (
    BACKOFF_MAX_S,
    CLAIM_LEASE_S,
    DEFAULT_FEED_INTERVAL_S,
    FUTURE_DATE_SLACK_S,
    MAX_ERROR_CHARS,
    MAX_FEED_BYTES,
    MAX_FEED_ENTRIES,
    MIN_FEED_INTERVAL_S,
    Settings,
)
from pipeline.errors import ConfigError, FetchError
from pipeline.http import HttpClient, Response, fetch_all, is_local

log = logging.getLogger(__name__)

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, "
    "text/xml;q=0.9, */*;q=0.5"
)
_FEED_KEYS = {"name": str, "url": str, "tags": list, "interval": (int, str)}
_DURATION = re.compile(r"^\s*(\d+)\s*([smhd]?)\s*$")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


# --- the feed list ---------------------------------------------------------------------------
@dataclass(frozen=True)
class FeedSpec:
    """One `[[feeds]]` table of the feed list, validated; `url` is absolute."""

    name: str
    url: str
    tags: tuple[str, ...] = ()
    interval: int = DEFAULT_FEED_INTERVAL_S


def _interval(value: Any, where: str) -> int:
    if isinstance(value, bool):
        raise ConfigError(f"{where}: interval must be seconds or a duration like '30m'")
    if isinstance(value, int):
        seconds = value
    else:
        match = _DURATION.match(value)
        if not match:
            raise ConfigError(
                f"{where}: interval {value!r} is not seconds or a duration like '30m'"
            )
        seconds = int(match.group(1)) * _UNITS[match.group(2)]
    if seconds < MIN_FEED_INTERVAL_S:
        raise ConfigError(f"{where}: interval must be at least {MIN_FEED_INTERVAL_S} seconds")
    return seconds


def feed_url(raw: str, base_dir: Path) -> str:
    """http(s) URLs as given; local paths (relative to the list's folder) as file:// URLs."""
    raw = raw.strip()
    if not raw:
        raise ValueError("url is empty")
    if is_local(raw):
        if raw.lower().startswith("file:"):
            from pipeline.http import file_path

            path = file_path(raw)
        else:
            path = Path(raw).expanduser()
        if not path.is_absolute():
            path = base_dir / path
        return path.resolve().as_uri()
    scheme = raw.split(":", 1)[0].lower()
    if scheme not in ("http", "https"):
        raise ValueError(f"unsupported scheme {scheme!r} (use http, https or a local file path)")
    if "://" not in raw or not raw.split("://", 1)[1].split("/", 1)[0]:
        raise ValueError(f"not a URL: {raw!r}")
    return raw


def load_feed_list(path: Path) -> list[FeedSpec]:
    """Read and validate a feed list; ConfigError names the file, the feed and the key."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"feed list not found: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read feed list {path}: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    unknown = set(data) - {"feeds"}
    if unknown:
        raise ConfigError(f"{path}: unknown key {sorted(unknown)[0]!r} (expected [[feeds]] tables)")
    tables = data.get("feeds", [])
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise ConfigError(f"{path}: 'feeds' must be [[feeds]] tables")
    specs: list[FeedSpec] = []
    seen: dict[str, str] = {}
    base = Path(path).resolve().parent
    for i, table in enumerate(tables):
        where = f"{path}: feeds[{i}]" + (
            f" ({table['name']})" if isinstance(table.get("name"), str) else ""
        )
        for key, value in table.items():
            expected = _FEED_KEYS.get(key)
            if expected is None:
                raise ConfigError(
                    f"{where}: unknown key {key!r} (allowed: name, url, tags, interval)"
                )
            if not isinstance(value, expected) or (key != "interval" and isinstance(value, bool)):
                kind = {"name": "a string", "url": "a string", "tags": "a list of strings",
                        "interval": "seconds or a duration like '30m'"}[key]  # fmt: skip
                raise ConfigError(f"{where}: {key} must be {kind}")
        for key in ("name", "url"):
            if not str(table.get(key, "")).strip():
                raise ConfigError(f"{where}: missing required key {key!r}")
        tags = table.get("tags", [])
        if not all(isinstance(t, str) for t in tags):
            raise ConfigError(f"{where}: tags must be a list of strings")
        try:
            url = feed_url(table["url"], base)
        except ValueError as exc:
            raise ConfigError(f"{where}: url: {exc}") from None
        if url in seen:
            raise ConfigError(f"{where}: url {url} is already listed by {seen[url]!r}")
        seen[url] = table["name"]
        interval = _interval(table.get("interval", DEFAULT_FEED_INTERVAL_S), where)
        specs.append(FeedSpec(table["name"].strip(), url, tuple(tags), interval))
    return specs


def sync_feeds(settings: Settings, conn: psycopg.Connection, feeds_file: Path) -> dict:
    """Make the `feeds` table match the list: add new, update changed, disable removed.

    Nothing is deleted: a removed feed keeps its history and its articles, and comes back
    enabled if it is listed again.
    """
    specs = load_feed_list(feeds_file)
    source = str(Path(feeds_file).resolve())
    added = updated = 0
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(hashtext('newswatch.sync_feeds'))")
        for spec in specs:
            row = conn.execute(
                """INSERT INTO feeds (url, name, tags, interval_seconds, source_file)
                   VALUES (%s, %s, %s, %s, %s)
                   ON CONFLICT (url) DO UPDATE SET
                       name = EXCLUDED.name, tags = EXCLUDED.tags,
                       interval_seconds = EXCLUDED.interval_seconds, enabled = true,
                       source_file = EXCLUDED.source_file, updated_at = now()
                   WHERE (feeds.name, feeds.tags, feeds.interval_seconds, feeds.enabled,
                          feeds.source_file)
                         IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.tags,
                          EXCLUDED.interval_seconds, true, EXCLUDED.source_file)
                   RETURNING (xmax = 0) AS inserted""",
                (spec.url, spec.name, list(spec.tags), spec.interval, source),
            ).fetchone()
            if row is not None:
                added += row[0]
                updated += not row[0]
        disabled = conn.execute(
            "UPDATE feeds SET enabled = false, updated_at = now() "
            "WHERE enabled AND NOT (url = ANY(%s))",
            ([s.url for s in specs],),
        ).rowcount
    return {"listed": len(specs), "added": added, "updated": updated, "disabled": disabled}


def due_feeds(settings: Settings, conn: psycopg.Connection) -> list[int]:
    """Ids of enabled feeds whose next poll time has come, most overdue first."""
    rows = conn.execute(
        "SELECT id FROM feeds WHERE enabled AND next_poll_at <= now() ORDER BY next_poll_at, id"
    ).fetchall()
    return [r[0] for r in rows]


def feed_health(conn: psycopg.Connection) -> list[dict[str, Any]]:
    """Every feed with its polling health and article count, for `newswatch feeds`."""
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(
            """SELECT f.id, f.name, f.url, f.enabled, f.tags, f.interval_seconds, f.title,
                      f.last_polled_at, f.last_status, f.last_http_status,
                      f.consecutive_failures, f.last_error, f.next_poll_at, f.last_success_at,
                      f.last_entry_count,
                      (SELECT count(*) FROM articles a WHERE a.feed_id = f.id) AS articles
               FROM feeds f ORDER BY f.enabled DESC, f.name, f.id"""
        ).fetchall()


# --- parsing ---------------------------------------------------------------------------------
@dataclass
class Entry:
    """A feed entry reduced to what an article row needs."""

    url: str
    guid: str | None
    title: str | None
    published_at: dt.datetime | None
    updated_at: dt.datetime | None
    content: str | None


@dataclass
class ParsedFeed:
    title: str | None
    entries: list[Entry]
    problem: str | None  # the bozo reason, when the feed was malformed
    is_feed: bool
    seen: int = 0  # entries feedparser found, usable as articles or not


def _when(parsed: Any, now: dt.datetime) -> dt.datetime | None:
    """feedparser's UTC struct_time -> aware datetime; absurd dates count as no date."""
    if not parsed:
        return None
    try:
        value = dt.datetime.fromtimestamp(calendar.timegm(parsed), dt.UTC)
    except (OverflowError, ValueError, OSError, TypeError):
        return None
    if value.year < 1990 or (value - now).total_seconds() > FUTURE_DATE_SLACK_S:
        return None
    return value


def _entry_content(entry: Any) -> str | None:
    """The longest of the entry's content blocks or its summary, as plain text."""
    candidates = [c.get("value", "") for c in entry.get("content", []) or [] if isinstance(c, dict)]
    candidates.append(entry.get("summary", "") or "")
    best = max(candidates, key=len, default="")
    text = html_to_text(best) if best else ""
    return text or None


def parse_feed(body: bytes, url: str, headers: dict[str, str] | None = None) -> ParsedFeed:
    """Entries from feed bytes. Never raises: a broken feed is a ParsedFeed with a problem."""
    import feedparser

    now = dt.datetime.now(dt.UTC)
    # feedparser resolves relative links against Content-Location, but mangles file:///
    # bases; local feeds get their links resolved by canonical_url instead.
    response_headers = {} if is_local(url) else {"content-location": url}
    if headers and headers.get("content-type"):
        response_headers["content-type"] = headers["content-type"]
    try:
        # A file object, never bytes: feedparser would treat bytes that look like a path as
        # a filename to open. DOCTYPE entity declarations are stripped by feedparser before
        # expat sees them (billion laughs, external entities).
        parsed = feedparser.parse(io.BytesIO(body), response_headers=response_headers)
    except Exception as exc:  # noqa: BLE001 - a parser crash is recorded on the feed
        return ParsedFeed(None, [], f"parser failed: {exc.__class__.__name__}: {exc}"[:300], False)
    problem = None
    exc = parsed.get("bozo_exception")
    # A wrong Content-Type (text/html, text/plain) is common and harmless: not a problem.
    if parsed.get("bozo") and not isinstance(exc, feedparser.NonXMLContentType):
        problem = f"{exc.__class__.__name__}: {exc}" if exc else "malformed feed"
    entries: list[Entry] = []
    for raw in parsed.entries[:MAX_FEED_ENTRIES]:
        try:
            entry = _entry(raw, url, now)
        except Exception as exc:  # noqa: BLE001 - one odd entry must not lose the others
            log.debug("skipping an entry of %s: %s", url, exc)
            continue
        if entry is not None:
            entries.append(entry)
    is_feed = bool(parsed.get("version")) or bool(entries)
    title = strip_controls(parsed.feed.get("title") or "").strip() or None
    problem = strip_controls(problem) if problem else None
    return ParsedFeed(title, entries, problem, is_feed, len(parsed.entries))


def _entry(raw: Any, base_url: str, now: dt.datetime) -> Entry | None:
    guid = strip_controls(raw.get("id") or "").strip() or None
    link = strip_controls(raw.get("link") or "").strip()
    if not link:
        for alt in raw.get("links", []) or []:
            if alt.get("href") and alt.get("rel", "alternate") == "alternate":
                link = alt["href"].strip()
                break
    if not link and guid and guid.lower().startswith(("http://", "https://")):
        link = guid
    content = _entry_content(raw)
    if link:
        url = canonical_url(link, base_url)
    elif guid or content:
        # No link: keep the entry under a stable made-up URL, its text comes from the feed.
        import hashlib

        key = hashlib.sha256(f"{base_url}\n{guid or content}".encode()).hexdigest()[:32]
        url = f"urn:newswatch:entry:{key}"
    else:
        return None
    title = raw.get("title")
    title = html_to_text(title) if title else None
    published = _when(raw.get("published_parsed"), now) or _when(raw.get("updated_parsed"), now)
    published = published or _when(raw.get("created_parsed"), now)
    updated = _when(raw.get("updated_parsed"), now) or published
    return Entry(url, guid or link or None, title or None, published, updated, content)


# --- polling ---------------------------------------------------------------------------------
@dataclass
class _Feed:
    id: int
    url: str
    name: str
    interval: int
    etag: str | None
    last_modified: str | None
    failures: int


@dataclass
class PollResult:
    """What one poll found; written to the database by the caller's thread."""

    feed: _Feed
    status: str  # ok | not_modified | bozo | error | refused
    http_status: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    title: str | None = None
    entries: list[Entry] = field(default_factory=list)
    error: str | None = None
    retry_after: float | None = None
    seen: int = 0  # entries in the feed, including ones with no link, guid or text


def poll_feed(client: HttpClient, feed: _Feed) -> PollResult:
    """Fetch and parse one feed; failures come back as a PollResult, never as an exception."""
    try:
        resp: Response = client.fetch(
            feed.url,
            max_bytes=MAX_FEED_BYTES,
            etag=feed.etag,
            last_modified=feed.last_modified,
            allow_files=is_local(feed.url),
            accept=FEED_ACCEPT,
        )
    except FetchError as exc:
        return PollResult(
            feed,
            "refused" if exc.refused else "error",
            http_status=exc.status,
            error=exc.reason,
            retry_after=exc.retry_after,
        )
    except Exception as exc:  # noqa: BLE001 - recorded on the feed; the run goes on
        return PollResult(feed, "error", error=f"{exc.__class__.__name__}: {exc}")
    if resp.not_modified:
        return PollResult(feed, "not_modified", 304, feed.etag, feed.last_modified)
    parsed = parse_feed(resp.body, resp.url, resp.headers)
    if not parsed.is_feed:
        return PollResult(
            feed, "error", resp.status, error=f"not a feed ({parsed.problem or 'no entries'})"
        )
    return PollResult(
        feed,
        "bozo" if parsed.problem else "ok",
        resp.status,
        resp.etag,
        resp.last_modified,
        parsed.title,
        parsed.entries,
        error=parsed.problem,
        seen=parsed.seen,
    )


def _backoff_seconds(result: PollResult) -> float:
    if result.retry_after is not None:
        return max(float(MIN_FEED_INTERVAL_S), result.retry_after)
    failures = result.feed.failures + 1
    return min(BACKOFF_MAX_S, result.feed.interval * 2.0 ** min(failures, 20))


def _claim(conn: psycopg.Connection, feed_ids: list[int] | None) -> list[_Feed]:
    """Feeds to poll now. Due feeds are claimed with a lease so two runs do not share them."""
    with conn.cursor(row_factory=dict_row) as cur:
        if feed_ids is None:
            release_dead_claims(conn, "feeds")
            rows = cur.execute(
                f"""UPDATE feeds SET next_poll_at = now() + make_interval(secs => %s),
                       {CLAIMER_COLUMNS}
                   WHERE id IN (SELECT id FROM feeds WHERE enabled AND next_poll_at <= now()
                                ORDER BY next_poll_at FOR UPDATE SKIP LOCKED)
                   RETURNING id, url, name, interval_seconds, etag, last_modified,
                             consecutive_failures""",
                (CLAIM_LEASE_S,),
            ).fetchall()
        else:
            rows = cur.execute(
                """SELECT id, url, name, interval_seconds, etag, last_modified,
                          consecutive_failures
                   FROM feeds WHERE id = ANY(%s) AND enabled ORDER BY id""",
                (list(feed_ids),),
            ).fetchall()
    return [
        _Feed(
            r["id"],
            r["url"],
            r["name"],
            r["interval_seconds"],
            r["etag"],
            r["last_modified"],
            r["consecutive_failures"],
        )  # fmt: skip
        for r in rows
    ]


_INSERT_ENTRY = """
INSERT INTO articles (url, feed_id, guid, outlet, title, published_at, published_source,
                      entry_updated_at, feed_content)
VALUES (%(url)s, %(feed_id)s, %(guid)s, %(outlet)s, %(title)s, %(published_at)s,
        %(published_source)s, %(updated_at)s, %(content)s)
ON CONFLICT (url) DO UPDATE SET
    status = 'pending', next_fetch_at = now(), fetch_attempts = 0,
    entry_updated_at = EXCLUDED.entry_updated_at,
    title = COALESCE(EXCLUDED.title, articles.title),
    feed_content = COALESCE(EXCLUDED.feed_content, articles.feed_content),
    updated_at = now()
WHERE EXCLUDED.entry_updated_at > articles.entry_updated_at
RETURNING (xmax = 0) AS inserted
"""


def _store(conn: psycopg.Connection, result: PollResult) -> tuple[int, int]:
    """Record the poll on the feed and its new entries as pending articles, atomically."""
    feed = result.feed
    new = refreshed = 0
    with conn.transaction():
        if result.status in ("ok", "bozo", "not_modified"):
            for entry in result.entries:
                row = conn.execute(
                    _INSERT_ENTRY,
                    {
                        "url": entry.url,
                        "feed_id": feed.id,
                        "guid": entry.guid,
                        "outlet": feed.name,
                        "title": entry.title,
                        "published_at": entry.published_at,
                        "published_source": "feed" if entry.published_at else None,
                        "updated_at": entry.updated_at,
                        "content": entry.content,
                    },
                ).fetchone()
                if row is not None:
                    new += row[0]
                    refreshed += not row[0]
            conn.execute(
                f"""UPDATE feeds SET last_polled_at = now(), last_success_at = now(),
                       {RELEASED_COLUMNS},
                       next_poll_at = now() + make_interval(secs => interval_seconds),
                       last_status = %s, last_http_status = %s, consecutive_failures = 0,
                       last_error = %s, etag = %s, last_modified = %s,
                       title = COALESCE(%s, title),
                       last_entry_count = COALESCE(%s, last_entry_count), updated_at = now()
                   WHERE id = %s""",
                (
                    result.status,
                    result.http_status,
                    (result.error or "")[:MAX_ERROR_CHARS] or None,
                    result.etag,
                    result.last_modified,
                    result.title,
                    None if result.status == "not_modified" else len(result.entries),
                    feed.id,
                ),
            )
        else:
            conn.execute(
                f"""UPDATE feeds SET last_polled_at = now(), {RELEASED_COLUMNS},
                       next_poll_at = now() + make_interval(secs => %s),
                       last_status = %s, last_http_status = %s,
                       consecutive_failures = consecutive_failures + 1, last_error = %s,
                       updated_at = now()
                   WHERE id = %s""",
                (
                    _backoff_seconds(result),
                    result.status,
                    result.http_status,
                    (result.error or "unknown error")[:MAX_ERROR_CHARS],
                    feed.id,
                ),
            )
    return new, refreshed


@feeds_detection
def poll_feeds(
    settings: Settings,
    conn: psycopg.Connection,
    feed_ids: list[int] | None = None,
    *,
    client: HttpClient | None = None,
) -> dict:
    """Poll feeds concurrently (None: every due feed) and store new entries as pending articles."""
    from pipeline.progress import progress

    feeds = _claim(conn, feed_ids)
    counts = {"polled": 0, "ok": 0, "not_modified": 0, "bozo": 0, "failed": 0,
              "new_articles": 0, "refreshed": 0}  # fmt: skip
    if not feeds:
        return counts
    own = client is None
    client = client or HttpClient(settings)
    try:
        results = fetch_all(feeds, lambda f: poll_feed(client, f), url_of=lambda f: f.url)
        for feed, future in progress(results, "polling feeds", total=len(feeds)):
            try:
                result = future.result()
            except Exception as exc:  # noqa: BLE001 - poll_feed catches; this is a last guard
                result = PollResult(feed, "error", error=f"{exc.__class__.__name__}: {exc}")
            new, refreshed = _store(conn, result)
            counts["polled"] += 1
            counts["new_articles"] += new
            counts["refreshed"] += refreshed
            if result.status in ("error", "refused"):
                counts["failed"] += 1
                log.warning("feed %s (%s): %s", feed.name, feed.url, result.error)
            else:
                counts[result.status] += 1
    finally:
        if own:
            client.close()
    return counts
