"""Articles: canonical URLs, page -> text, and the fetch step that stores text without loss.

The text path is a chain of small functions: `decode_text` (charset) -> `page_text`
(trafilatura with TEXT_OPTIONS) -> `content_hash` (dedup). When a page cannot be fetched or
has no main text, the feed entry's own content (HTML stripped by `html_to_text`) stands in,
and `text_source` says which one we kept. Failures are stored with their reason and retried
with backoff up to MAX_FETCH_ATTEMPTS; the run goes on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
from collections import deque
from dataclasses import dataclass
from functools import partial
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

import psycopg
from psycopg.rows import dict_row

from pipeline.claims import CLAIMER_COLUMNS, feeds_detection, release_dead_claims
from pipeline.config import (
    BACKOFF_BASE_S,
    BACKOFF_MAX_S,
    CLAIM_LEASE_S,
    FETCH_BATCH_SIZE,
    FUTURE_DATE_SLACK_S,
    MAX_ERROR_CHARS,
    MAX_FETCH_ATTEMPTS,
    MAX_PAGE_BYTES,
    STORE_GROUP_SIZE,
    Settings,
)
from pipeline.errors import FetchError

log = logging.getLogger(__name__)

# Chosen by measurement on ../shared/corpora/pages (bench/bench_text.py): favouring precision
# and dropping reader comments scores F1 0.964 there against 0.953 for the defaults. Precision
# matters more than recall here: a number in a sidebar becomes a false event downstream.
TEXT_OPTIONS: dict[str, bool] = {
    "favor_precision": True,
    "include_comments": False,
    "include_tables": True,
}
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
_HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml")

# --- canonical URLs --------------------------------------------------------------------------
TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid",
        "ttclid", "igshid", "igsh", "li_fat_id", "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc",
        "_hsmi", "hsctatracking", "mkt_tok", "oly_anon_id", "oly_enc_id", "rb_clickid", "s_cid",
        "vero_conv", "vero_id", "wickedid", "ocid", "cmpid", "ncid", "sr_share", "smid",
        "ref_src", "ref_url", "__twitter_impression", "at_medium", "at_campaign", "spm",
        "cmp", "xtor", "guccounter", "guce_referrer", "guce_referrer_sig",
    }
)  # fmt: skip
TRACKING_PREFIXES = ("utm_", "pk_", "hsa_", "mtm_")


def _is_tracking(key: str) -> bool:
    key = unquote(key).strip().lower()
    return key in TRACKING_PARAMS or key.startswith(TRACKING_PREFIXES)


def canonical_url(url: str, base: str | None = None) -> str:
    """One spelling per article: absolute, lower-case host, no default port, no fragment,
    no tracking parameters (utm_*, fbclid, gclid, ...); other parameters keep their order."""
    url = url.strip()
    if base:
        url = urljoin(base, url)
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme == "file":  # a local demo page: the query means nothing to a file
        return urlunsplit((scheme, parts.netloc, parts.path, "", ""))
    if scheme not in ("http", "https"):
        return urlunsplit((scheme, parts.netloc, parts.path, parts.query, ""))
    host = (parts.hostname or "").rstrip(".")
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host if ":" not in host else f"[{host}]"
    if port and port != {"http": 80, "https": 443}[scheme]:
        netloc += f":{port}"
    if parts.username:
        netloc = parts.netloc.rsplit("@", 1)[0] + "@" + netloc
    query = "&".join(
        seg for seg in parts.query.split("&") if seg and not _is_tracking(seg.split("=", 1)[0])
    )
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


# --- text ------------------------------------------------------------------------------------
_BLOCK_TAGS = [
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section",
    "article", "pre", "ul", "ol", "table", "hr", "figure", "figcaption", "dd", "dt", "header",
    "footer", "aside",
]  # fmt: skip
_DROP_TAGS = ["script", "style", "noscript", "template", "iframe", "object", "embed", "svg"]
_TAG_LIKE = re.compile(r"<[a-zA-Z/!]")


# NUL cannot be stored in PostgreSQL text at all; other C0 controls, DEL and lone surrogates
# (from invalid UTF-8 decoded with surrogateescape) are noise that breaks terminals and JSON.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def strip_controls(text: str) -> str:
    """`text` with NUL, control characters and lone surrogates replaced by spaces."""
    return _CONTROL_CHARS.sub(" ", text)


def _tidy(text: str) -> str:
    text = strip_controls(text)
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def html_to_text(html: str) -> str:
    """Feed HTML (content or summary) as plain text, one line per block; scripts dropped."""
    if not _TAG_LIKE.search(html):
        import html as htmllib

        return _tidy(htmllib.unescape(html))
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    for tag in soup(_DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(_BLOCK_TAGS):
        tag.insert_after("\n")
    return _tidy(soup.get_text())


def page_text(html: str, url: str | None = None) -> str | None:
    """The main text of an article page (trafilatura with TEXT_OPTIONS), or None."""
    import trafilatura

    try:
        text = trafilatura.extract(html, url=url, **TEXT_OPTIONS)
    except Exception as exc:  # noqa: BLE001 - a page that breaks the extractor has no text
        log.debug("trafilatura failed on %s: %s", url, exc)
        return None
    text = _tidy(text or "")
    return text or None


def page_date(html: str, url: str | None = None) -> dt.datetime | None:
    """The page's own publication date (trafilatura metadata), as midnight UTC of that day."""
    from trafilatura import extract_metadata

    try:
        meta = extract_metadata(html, default_url=url)
        value = dt.datetime.strptime(meta.date, "%Y-%m-%d") if meta and meta.date else None
    except Exception:  # noqa: BLE001 - no usable date is not an error
        return None
    if value is None:
        return None
    value = value.replace(tzinfo=dt.UTC)
    now = dt.datetime.now(dt.UTC)
    if value.year < 1990 or (value - now).total_seconds() > FUTURE_DATE_SLACK_S:
        return None
    return value


def content_hash(text: str) -> str:
    """Same words, same hash: whitespace differences do not make a new article."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


# --- the fetch step --------------------------------------------------------------------------
@dataclass
class _Pending:
    id: int
    url: str
    feed_url: str | None
    attempts: int
    feed_content: str | None
    published_at: dt.datetime | None
    content_hash: str | None
    has_text: bool


@dataclass
class _Fetched:
    """What fetching one page gave (computed in a worker thread, stored by the caller)."""

    text: str | None = None
    page_date: dt.datetime | None = None
    error: str | None = None
    permanent: bool = False
    fetched_at: dt.datetime | None = None
    no_page_text: bool = False  # the page was read (or there is none) but has no main text


def page_to_text(
    body: bytes, charset: str | None, url: str, want_date: bool
) -> tuple[str | None, dt.datetime | None]:
    """Bytes of a page -> (main text, page date if wanted): charset, trafilatura, date."""
    from pipeline.http import decode_text

    html = decode_text(body, charset)
    text = page_text(html, url)
    date = page_date(html, url) if text and want_date else None
    return text, date


def _fetch_page(client, art: _Pending) -> _Fetched:
    from pipeline.http import is_local

    now = dt.datetime.now(dt.UTC)
    if art.url.startswith("urn:"):
        return _Fetched(error="the entry has no link", permanent=True, no_page_text=True)
    allow_files = art.feed_url is not None and is_local(art.feed_url)
    try:
        resp = client.fetch(
            art.url, max_bytes=MAX_PAGE_BYTES, allow_files=allow_files, accept=PAGE_ACCEPT
        )
    except FetchError as exc:
        return _Fetched(error=exc.reason, permanent=exc.permanent, fetched_at=now)
    except Exception as exc:  # noqa: BLE001 - recorded on the article; the run goes on
        return _Fetched(error=f"{exc.__class__.__name__}: {exc}", fetched_at=now)
    ctype = resp.content_type
    if ctype and not ctype.startswith(_HTML_TYPES):
        return _Fetched(error=f"not an HTML page ({ctype})", permanent=True, fetched_at=now)
    text, date = page_to_text(resp.body, resp.charset, resp.url, art.published_at is None)
    if not text:
        return _Fetched(
            error="no main text found in the page",
            permanent=True,
            fetched_at=now,
            no_page_text=True,
        )
    return _Fetched(text=text, page_date=date, fetched_at=now)


def _claim(conn: psycopg.Connection, limit: int) -> list[_Pending]:
    """Due articles, leased so that a second run at the same time takes other rows."""
    release_dead_claims(conn, "articles")
    with conn.cursor(row_factory=dict_row) as cur:
        rows = cur.execute(
            f"""WITH due AS (
                   SELECT id FROM articles
                   WHERE status IN ('pending', 'failed') AND next_fetch_at <= now()
                   ORDER BY next_fetch_at, id LIMIT %s FOR UPDATE SKIP LOCKED)
               UPDATE articles a SET next_fetch_at = now() + make_interval(secs => %s),
                   {CLAIMER_COLUMNS}
               FROM due WHERE a.id = due.id
               RETURNING a.id, a.url, a.fetch_attempts, a.feed_content, a.published_at,
                         a.content_hash, a.text IS NOT NULL AS has_text,
                         (SELECT f.url FROM feeds f WHERE f.id = a.feed_id) AS feed_url""",
            (limit, CLAIM_LEASE_S),
        ).fetchall()
    return [
        _Pending(
            r["id"],
            r["url"],
            r["feed_url"],
            r["fetch_attempts"],
            r["feed_content"],
            r["published_at"],
            r["content_hash"],
            r["has_text"],
        )  # fmt: skip
        for r in sorted(rows, key=lambda r: r["id"])
    ]


def _plan(art: _Pending, got: _Fetched, counts: dict) -> tuple[dict, str | None]:
    """The column values for one outcome, and the new content hash when the text changed."""
    now = got.fetched_at or dt.datetime.now(dt.UTC)
    attempts = art.attempts + (1 if got.error and not got.no_page_text else 0)
    # status is about the page: fetched (read; text from it, or from the feed when the page
    # has no main text), failed (will be retried), gave_up (permanent or out of attempts).
    if got.text:
        text, source, status = got.text, "page", "fetched"
    else:
        text, source = art.feed_content, "feed" if art.feed_content else None
        if got.no_page_text:
            status = "fetched" if text else "gave_up"
        elif got.permanent or attempts >= MAX_FETCH_ATTEMPTS:
            status = "gave_up"
        else:
            status = "failed"
    retry_in = min(BACKOFF_MAX_S, BACKOFF_BASE_S * 2.0 ** max(attempts - 1, 0))
    fields = {
        "status": status,
        "fetch_attempts": attempts,
        "last_error": (got.error or "")[:MAX_ERROR_CHARS] or None,
        "next_fetch_at": now + dt.timedelta(seconds=retry_in),
        "fetched_at": now,
        "claimed_by_pid": None,
        "claimed_by_start": None,
    }
    digest = None
    if text:
        new_digest = content_hash(text)
        if new_digest != art.content_hash:
            digest = new_digest
            fields.update(text=text, text_source=source, content_hash=digest)
            counts["updated" if art.has_text else "new"] += 1
        else:
            counts["unchanged"] += 1
        if art.published_at is None:
            fields["published_at"] = got.page_date or now
            fields["published_source"] = "page" if got.page_date else "fetched"
        counts["feed_text" if source == "feed" else "page_text"] += 1
    if status in ("failed", "gave_up"):
        counts[status] += 1
    return fields, digest


# A changed text links to the original of the other articles with the same hash (syndication),
# in the same statement, after an advisory lock on the hash so that two runs cannot both miss it.
_DEDUP = """, duplicate_of = (SELECT o.id FROM articles o WHERE o.content_hash = %(content_hash)s
                          AND o.id <> %(id)s AND o.duplicate_of IS NULL ORDER BY o.id LIMIT 1),
    needs_extraction = NOT EXISTS (SELECT 1 FROM articles o WHERE o.content_hash = %(content_hash)s
                          AND o.id <> %(id)s AND o.duplicate_of IS NULL)"""

# Then the original becomes the earliest-published copy (ties: the first stored), so that the
# figure history names the outlet that published first, whichever feed was polled first. Only
# while the current original has never been extracted: once it has, its figures may be
# recorded under it, and moving them would record (and alert) the same figures again.
_PROMOTE_EARLIEST = """
WITH copies AS (
    SELECT a.id, a.duplicate_of, a.published_at, a.extracted_at FROM articles a
    WHERE a.content_hash = %(content_hash)s
      AND (a.duplicate_of IS NULL OR a.duplicate_of = (
          SELECT o.id FROM articles o WHERE o.content_hash = %(content_hash)s
          AND o.duplicate_of IS NULL ORDER BY o.id LIMIT 1))),
original AS (SELECT id, extracted_at FROM copies WHERE duplicate_of IS NULL ORDER BY id LIMIT 1),
earliest AS (SELECT id FROM copies ORDER BY published_at NULLS LAST, id LIMIT 1)
UPDATE articles a SET duplicate_of = NULLIF(earliest.id, a.id),
                      needs_extraction = (a.id = earliest.id), updated_at = now()
FROM original, earliest
WHERE earliest.id <> original.id AND original.extracted_at IS NULL
  AND a.id IN (SELECT id FROM copies)"""


def _store(conn: psycopg.Connection, outcomes: list[tuple[_Pending, _Fetched]], counts: dict):
    """Write a group of outcomes in one transaction, pipelined (one round trip, one commit).

    A crash loses at most this group's writes, never corrupts: the rows stay claimed by a
    session that is gone, so the next run takes them again at once (pipeline/claims.py).
    Hence synchronous_commit off is safe here.
    """
    cursors = []
    with conn.transaction(), conn.pipeline():
        conn.execute("SET LOCAL synchronous_commit TO OFF")
        for art, got in outcomes:
            fields, digest = _plan(art, got, counts)
            assignments = ", ".join(f"{k} = %({k})s" for k in fields)
            sql = f"UPDATE articles SET {assignments}, updated_at = now()"
            if digest:
                conn.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", (digest,))
                sql += _DEDUP + " WHERE id = %(id)s RETURNING duplicate_of"
                cursors.append(conn.cursor())
                cursors[-1].execute(sql, {**fields, "id": art.id})
                conn.execute(_PROMOTE_EARLIEST, {"content_hash": digest})
            else:
                conn.execute(sql + " WHERE id = %(id)s", {**fields, "id": art.id})
    counts["duplicates"] += sum(1 for cur in cursors if cur.fetchone()[0] is not None)


@feeds_detection
def fetch_articles(
    settings: Settings,
    conn: psycopg.Connection,
    limit: int | None = None,
    *,
    client=None,
) -> dict:
    """Fetch pending pages concurrently, store their text (or the feed's), dedup, mark for
    extraction. Returns counts; never raises for a page's own failure."""
    from pipeline.http import HttpClient, fetch_all
    from pipeline.progress import progress

    counts = {"new": 0, "updated": 0, "unchanged": 0, "duplicates": 0, "page_text": 0,
              "feed_text": 0, "failed": 0, "gave_up": 0}  # fmt: skip
    own = client is None
    client = client or HttpClient(settings)
    seen: set[int] = set()
    remaining = limit if limit is not None else float("inf")
    try:
        while remaining > 0:
            batch = [
                a for a in _claim(conn, int(min(FETCH_BATCH_SIZE, remaining))) if a.id not in seen
            ]
            if not batch:
                break
            seen.update(a.id for a in batch)
            remaining -= len(batch)
            results = fetch_all(batch, partial(_fetch_page, client), url_of=lambda a: a.url)
            # Stored in id order (as soon as every lower id is done), so that of two copies of
            # one text the older article is the original and the newer the duplicate.
            order = deque(a.id for a in batch)
            done: dict[int, tuple[_Pending, _Fetched]] = {}
            for art, future in progress(results, "fetching articles", total=len(batch)):
                try:
                    got = future.result()
                except Exception as exc:  # noqa: BLE001 - _fetch_page catches; last guard
                    got = _Fetched(error=f"{exc.__class__.__name__}: {exc}")
                done[art.id] = (art, got)
                ready = []
                while order and order[0] in done and len(ready) < STORE_GROUP_SIZE:
                    ready.append(done.pop(order.popleft()))
                if ready:
                    _store(conn, ready, counts)
            while order:  # nothing left to wait for; store what remains in groups
                ready = [
                    done.pop(order.popleft()) for _ in range(min(len(order), STORE_GROUP_SIZE))
                ]
                _store(conn, ready, counts)
    finally:
        if own:
            client.close()
    return counts
