"""Figures over time: events with numbers become observations in series, and each new
observation is classified as a change (new, changed, restated, contradicts).

Series key: ``force|metric|theatre``, each part lower-case ASCII with single spaces:
- force: whose people are counted, the event's actor ("north korea"); without an actor, the
  subject with troop words removed and demonyms folded ("north korean troops" -> "north korea").
- metric: synonyms folded (soldiers, personnel, forces -> troops; dead, deaths -> killed;
  injured -> wounded; ...). Killed and wounded are their own series, never troop strength.
- theatre: the first of location code, location name, target that `figure_theatres` maps
  on top of DEFAULT_THEATRES (RU, RU-KRS, UA, "kursk region", "russia", "ukraine" ->
  "russia-ukraine"), so one deployment
  reported in Kursk, in Russia or in Ukraine is one series; else the raw code or name; else
  "unspecified".

Each claimant (events.source; "unattributed" when none) has its own line inside a series.
Ranges are compared as intervals: a single value v is [v, v], "at least" is [low, +inf),
"up to" is (-inf, high]. Two figures are the same when their bounds are equal (approx 10,000
restates 10,000); deltas use midpoints (value, else (low+high)/2, else the one bound).

Kinds, for a new observation O of claimant C in series S, against S as of O's published time:
- new: S had no figure yet, or C's first figure that does not contradict anyone;
- restated: C said the same before (another outlet, a later article): no alert;
- changed: C said something else before (from C's previous figure; same_claimant_revision when
  C is a named claimant);
- contradicts: C's first figure is disjoint from another claimant's standing figure and the
  midpoints differ by more than CONTRADICTION_MIN_PCT.
An observation published before S's newest known figure is `late`: recorded in history with
its kind as of its own time, and never alerted.

Work comes from figure_queue, filled by a trigger on events (sql/032); figure_event_links records
which observation each processed event supports (or why it was skipped). Events are processed in published order in batches, each batch in one transaction under an advisory
lock, so two runs at once never interleave, and a backlog gives the same changes as one-by-one
arrival. Observations have a natural key (series, claimant, canonical article, numbers), so a
syndicated copy or a re-extracted event links to the existing observation instead of a new one.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import itertools
import json
import logging
import re
import struct
import unicodedata
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from functools import lru_cache
from operator import attrgetter, itemgetter
from typing import Any

import psycopg

from pipeline.claims import waits_for_upstream
from pipeline.config import CONTRADICTION_MIN_PCT, FIGURE_BATCH_SIZE, Settings

log = logging.getLogger(__name__)

LOCK_KEY = 0x66696775  # "figu": one change detector at a time, across processes
ALERT_NAMESPACE = uuid.UUID("6f1d3c52-8a0e-4c53-9d59-2f1c2b7e0a61")
UNATTRIBUTED = "unattributed"
UNSPECIFIED = "unspecified"
MAX_BATCH_RETRIES = 3  # an event deleted under us (re-extraction) aborts a batch; try again
MAX_QUEUE_PASSES = 5  # events queued while a pass runs are taken by the next pass, a few times

# Boolean columns that, when extraction adds them to `events`, keep an event out of figures.
EXCLUDING_FLAGS = ("historical", "negated", "hypothetical", "is_historical", "is_negated")

METRIC_SYNONYMS: dict[str, tuple[str, ...]] = {
    "troops": (
        "troops", "troop", "soldiers", "soldier", "personnel", "military personnel", "forces",
        "force", "servicemen", "service members", "servicemembers", "fighters", "infantry",
        "men", "strength", "deployed", "deployment", "army", "military",
    ),
    "killed": (
        "killed", "dead", "deaths", "death", "fatalities", "killed in action", "kia", "died",
    ),
    "wounded": ("wounded", "injured", "injuries", "wia"),
    "casualties": ("casualties", "losses", "killed or wounded", "killed and wounded"),
    "captured": ("captured", "prisoners", "prisoners of war", "pows", "pow", "taken prisoner"),
    "missing": ("missing", "missing in action", "mia"),
    "advisers": ("advisers", "advisors", "adviser", "advisor", "instructors", "officers"),
    "workers": ("workers", "labourers", "laborers", "construction workers"),
}  # fmt: skip
_METRIC_OF = {w: m for m, words in METRIC_SYNONYMS.items() for w in words}


def _phrases_re(phrases: Iterable[str]) -> re.Pattern[str]:
    """One alternation, longest phrase first, on word boundaries: one pass instead of dozens."""
    ordered = sorted(phrases, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in ordered) + r")\b")


_ANY_METRIC_RE = _phrases_re(_METRIC_OF)
_METRIC_RES = {name: _phrases_re(words) for name, words in METRIC_SYNONYMS.items()}
FORCE_METRICS = ("troops",)  # a deployment or estimate without a metric counts troops

# Places that name one theatre; analysts extend this with rows in figure_theatres.
DEFAULT_THEATRES: dict[str, str] = {
    **dict.fromkeys(
        ("ru", "ru-*", "russia", "ua", "ua-*", "ukraine", "kursk", "kursk region",
         "kursk oblast", "donbas", "donbass", "crimea", "belgorod", "belgorod oblast",
         "eastern russia", "russian far east", "donetsk", "luhansk", "zaporizhzhia", "kherson"),
        "russia-ukraine",
    ),
    **dict.fromkeys(("il", "ps", "israel", "gaza", "gaza strip", "west bank"), "israel-gaza"),
    **dict.fromkeys(("sd", "sudan", "darfur"), "sudan"),
    **dict.fromkeys(("ye", "yemen"), "yemen"),
    **dict.fromkeys(("sy", "syria"), "syria"),
}  # fmt: skip

DEMONYMS = {
    "north korean": "north korea", "south korean": "south korea", "russian": "russia",
    "ukrainian": "ukraine", "chinese": "china", "american": "united states",
    "us": "united states", "u.s.": "united states", "iranian": "iran", "belarusian": "belarus",
    "british": "united kingdom", "israeli": "israel", "syrian": "syria", "turkish": "turkey",
}  # fmt: skip


# --- normalisation ----------------------------------------------------------------------------
_SPACES_RE = re.compile(r"[\s_]+")


@lru_cache(maxsize=65536)
def norm_text(text: str | None) -> str:
    """Lower-case ASCII with single spaces and no leading article: the form keys are made of.

    ASCII text skips the Unicode decomposition (it would change nothing): most names are
    ASCII, and a batch of new series normalises thousands of them once each."""
    if not text:
        return ""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = _SPACES_RE.sub(" ", text.lower()).strip(" .,;:'\"()[]")
    if text.startswith("the "):
        text = text[4:]
    return text.replace("|", "/")


@lru_cache(maxsize=65536)
def normalise_metric(metric: str | None, subject: str | None, event_type: str | None) -> str:
    """The metric with synonyms folded; from the subject's words when the metric is missing."""
    m = norm_text(metric)
    if m in _METRIC_OF:
        return _METRIC_OF[m]
    if m:
        return m
    words = norm_text(subject)
    # losses before strength: "soldiers killed" counts the killed, not the soldiers
    for name in sorted(METRIC_SYNONYMS, key=lambda n: n in FORCE_METRICS):
        if _METRIC_RES[name].search(words):
            return name
    if event_type in ("deployment", "intelligence_estimate"):
        return FORCE_METRICS[0]
    return ""


@lru_cache(maxsize=65536)
def normalise_force(
    actor: str | None,
    subject: str | None,
    event_type: str | None = None,
    target: str | None = None,
) -> str:
    """Whose people are counted: the subject's owner ("North Korean troops" -> north korea);
    without a subject, the target of an intelligence estimate (its actor is the estimator),
    else the actor."""
    words = _ANY_METRIC_RE.sub(" ", norm_text(subject))
    force = re.sub(r"\s+", " ", words).strip()
    if not force:
        force = norm_text(target if event_type == "intelligence_estimate" else actor)
    return DEMONYMS.get(force, force)


def normalise_theatre(
    theatres: dict[str, str],
    location_code: str | None,
    location: str | None,
    target: str | None,
) -> str:
    """The theatre scope: mapped code, location or target first; then the raw code or name."""
    code = norm_text(location_code)
    candidates = []
    if code:
        candidates += [code, code.split("-")[0] + "-*" if "-" in code else code]
    place = norm_text(location)
    # "Russia (Kursk Oblast)": the subdivision, then the country, then the whole name
    inner = [norm_text(p) for p in re.findall(r"\(([^)]*)\)", location or "")]
    outer = norm_text(re.sub(r"\s*\([^)]*\)", "", location or ""))
    candidates += [*inner, outer, place, norm_text(target)]
    for cand in candidates:
        if cand and cand in theatres:
            return theatres[cand]
    if code:
        return code.split("-")[0]
    return outer or norm_text(target) or UNSPECIFIED


def series_key(force: str, metric: str, theatre: str) -> str:
    return f"{force}|{metric}|{theatre}"


def series_label(force: str, metric: str, theatre: str) -> str:
    """A readable name: "North Korea troops (russia-ukraine)"."""
    return f"{force.title()} {metric} ({theatre})"


# --- figures and their comparison ----------------------------------------------------------
@dataclass(slots=True)
class Obs:
    """An observation as change detection sees it: bounds, midpoint, time, claimant."""

    id: int
    series_id: int
    claimant: str
    attributed: bool
    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    qualifier: str
    published_at: datetime

    @property
    def lo(self) -> Decimal | None:
        if self.low is not None:
            return self.low
        return self.value if self.qualifier != "at_most" else None

    @property
    def hi(self) -> Decimal | None:
        if self.high is not None:
            return self.high
        return self.value if self.qualifier != "at_least" else None

    @property
    def mid(self) -> Decimal:
        return midpoint(self.value, self.low, self.high)

    @property
    def order(self) -> tuple[datetime, int]:
        return (self.published_at, self.id)


def midpoint(value: Decimal | None, low: Decimal | None, high: Decimal | None) -> Decimal:
    if value is not None:
        return value
    if low is not None and high is not None:
        return (low + high) / 2
    if low is not None:
        return low
    if high is not None:
        return high
    raise ValueError("a figure needs a value or a bound")


def same_figure(a: Obs, b: Obs) -> bool:
    """Equal bounds: "about 10,000" restates "10,000"; "at least 3,000" does not restate 3,000."""
    return a.lo == b.lo and a.hi == b.hi


def overlaps(a: Obs, b: Obs) -> bool:
    lo = max((x for x in (a.lo, b.lo) if x is not None), default=None)
    hi = min((x for x in (a.hi, b.hi) if x is not None), default=None)
    return lo is None or hi is None or lo <= hi


def _same_centre(a: Obs, b: Obs) -> bool:
    """Bounded figures, one inside the other's range, with the same midpoint ("about 10,100"
    after "9,000-11,200"): nothing moved, so no "changed" of +0. Not an open bound: "at least
    3,000" after "3,000" says something new."""
    bounded = None not in (a.lo, a.hi, b.lo, b.hi)
    return bounded and overlaps(a, b) and a.mid == b.mid


def contradicts(a: Obs, b: Obs, min_pct: float = CONTRADICTION_MIN_PCT) -> bool:
    """Disjoint intervals whose midpoints differ by more than min_pct of the smaller one."""
    if overlaps(a, b):
        return False
    base = min(abs(a.mid), abs(b.mid))
    if base == 0:
        return True
    return abs(a.mid - b.mid) / base * 100 > Decimal(str(min_pct))


@dataclass(frozen=True)
class Classification:
    kind: str
    previous: Obs | None
    same_claimant_revision: bool


_ORDER = attrgetter("order")  # max(..., key=_ORDER): the newest of some observations


@lru_cache(maxsize=65536)
def claimant_members(claimant: str) -> frozenset[str]:
    """A joint claim ("United States; United Kingdom") speaks for each of its members."""
    return frozenset(p.strip() for p in claimant.split(";") if p.strip())


def classify(obs: Obs, series_latest: Obs | None, lines: dict[str, Obs]) -> Classification:
    """The kind of change `obs` makes, given the series as it stood at obs's published time.

    The claimant's own previous figure is the latest of every line that shares a member with
    it, so "United States" revising a joint "United States; United Kingdom" estimate is a
    revision, not a new claimant.
    """
    if series_latest is None:
        return Classification("new", None, False)
    members = claimant_members(obs.claimant)
    own_lines: list[Obs] = []
    others: list[Obs] = []
    for claimant, o in lines.items():
        (others if members.isdisjoint(claimant_members(claimant)) else own_lines).append(o)
    own = max(own_lines, key=_ORDER, default=None)
    if own is not None:
        if same_figure(obs, own) or _same_centre(obs, own):
            return Classification("restated", own, False)
        return Classification("changed", own, obs.attributed)
    clashing = [o for o in others if contradicts(obs, o)]
    if clashing:
        return Classification("contradicts", max(clashing, key=_ORDER), False)
    return Classification("new", series_latest, False)


def alert_uuid(series: str, claimant: str, url: str, obs: Obs, kind: str) -> uuid.UUID:
    """Stable id from the observation's natural key: the same change always has the same id."""
    return uuid.UUID(alert_id_text(series, claimant, url, obs, kind))


def _key_num(d: Decimal | None) -> str:
    return "" if d is None else format(d.normalize(), "f")


_ALERT_NAMESPACE_BYTES = ALERT_NAMESPACE.bytes


def alert_id_text(series: str, claimant: str, url: str, obs: Obs, kind: str) -> str:
    """alert_uuid as text, computed as uuid.uuid5 does (SHA-1 of namespace and name, version
    and variant bits set) without building a UUID object: change detection makes thousands."""
    name = "\x1f".join(
        (series, claimant, url, _key_num(obs.value), _key_num(obs.low), _key_num(obs.high), kind)
    )
    b = bytearray(hashlib.sha1(_ALERT_NAMESPACE_BYTES + name.encode()).digest()[:16])
    b[6] = (b[6] & 0x0F) | 0x50  # version 5
    b[8] = (b[8] & 0x3F) | 0x80  # RFC 4122 variant
    h = b.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# --- candidates -----------------------------------------------------------------------------
@dataclass(slots=True)
class Candidate:
    event_id: int
    canonical_id: int
    row: dict[str, Any]
    skip: str | None = None
    key: str = ""
    force: str = ""
    metric: str = ""
    theatre: str = ""
    claimant: str = ""
    attributed: bool = False
    qualifier: str = "exact"


def _excluding_flags(conn: psycopg.Connection) -> list[str]:
    """Which EXCLUDING_FLAGS columns `events` has (boolean ones), read from the catalog itself:
    planning the same question through information_schema took 15-25 ms a run."""
    rows = conn.execute(
        "SELECT attname FROM pg_attribute "
        "WHERE attrelid = to_regclass(format('%%I.events', current_schema())) "
        "AND atttypid = 'boolean'::regtype AND attnum > 0 AND NOT attisdropped "
        "AND attname = ANY(%s) ORDER BY attnum",
        (list(EXCLUDING_FLAGS),),
    ).fetchall()
    return [r[0] for r in rows]


_PUBLISHED = """COALESCE(ca.published_at, a.published_at, ca.fetched_at, a.fetched_at,
                            e.created_at)"""
_SOURCES = """events e
        JOIN figure_queue q ON q.event_id = e.id
        JOIN articles a ON a.id = e.article_id
        LEFT JOIN articles ca ON ca.id = a.duplicate_of"""
ID_CHUNK = 1000  # ids per `= ANY(...)` lookup: small enough that PostgreSQL uses the index
BIG_QUEUE = 20_000  # above this, one hash join over the queue beats index lookups


def _queue_in_published_order(conn: psycopg.Connection) -> list[int]:
    """Every queued event id, ordered by (published time, canonical article, ordinal, id).

    One ordering for the whole queue, so a backlog is processed exactly as if its articles had
    arrived one by one, and each batch needs no sort of the queue again.
    """
    ids = [r[0] for r in conn.execute("SELECT event_id FROM figure_queue").fetchall()]
    select = f"SELECT e.id, {_PUBLISHED}, COALESCE(a.duplicate_of, a.id), e.ordinal FROM {_SOURCES}"
    if len(ids) > BIG_QUEUE:
        rows = conn.execute(select).fetchall()
    else:
        rows = []
        for i in range(0, len(ids), ID_CHUNK):
            rows += conn.execute(
                select + " WHERE e.id = ANY(%s::bigint[])", (_ids(ids[i : i + ID_CHUNK]),)
            ).fetchall()
    rows.sort(key=itemgetter(1, 2, 3, 0))
    return [r[0] for r in rows]


def _fetch_candidates(
    conn: psycopg.Connection, event_ids: list[int], flags: Sequence[str]
) -> tuple[list[dict], int]:
    """These events, if still queued, in published order; dequeued in this transaction.

    One statement per chunk both dequeues and reads (DELETE ... RETURNING): a separate read
    joined the whole queue once per chunk and the delete then looked every event up again."""
    flag_sql = ", ".join(f"COALESCE(e.{f}, false)" for f in flags) or "false"
    sql = f"""
        DELETE FROM figure_queue q
        USING events e
              JOIN articles a ON a.id = e.article_id
              LEFT JOIN articles ca ON ca.id = a.duplicate_of
        WHERE q.event_id = e.id AND q.event_id = ANY(%s::bigint[])
        RETURNING e.id AS event_id, e.article_id, COALESCE(a.duplicate_of, a.id) AS canonical_id,
               e.ordinal, e.type, e.actor, e.target, e.location, e.location_code, e.subject,
               e.metric, e.value, e.low, e.high, e.qualifier, e.source, e.hedged, e.sentence,
               COALESCE(e.outlet, a.outlet, ca.outlet) AS outlet,
               COALESCE(ca.url, a.url) AS url,
               {_PUBLISHED} AS published_at,
               GREATEST({flag_sql}) AS excluded,
               EXISTS (SELECT 1 FROM figure_event_links l WHERE l.event_id = e.id) AS seen"""
    rows: list[dict] = []
    with conn.cursor(row_factory=psycopg.rows.dict_row) as cur:
        for i in range(0, len(event_ids), ID_CHUNK):
            rows += cur.execute(sql, (_ids(event_ids[i : i + ID_CHUNK]),)).fetchall()
    rows.sort(key=itemgetter("published_at", "canonical_id", "ordinal", "event_id"))
    return [r for r in rows if not r["seen"]], len(rows)


def _theatre_memo(theatres: dict[str, str]) -> Callable[[Any, Any, Any], str]:
    """normalise_theatre over one theatre map, each (code, location, target) computed once:
    a batch names the same places over and over."""
    memo: dict[tuple, str] = {}

    def theatre_of(code: Any, location: Any, target: Any) -> str:
        key = (code, location, target)
        found = memo.get(key)
        if found is None:
            found = memo[key] = normalise_theatre(theatres, code, location, target)
        return found

    return theatre_of


def _prepare(row: dict, theatre_of: Callable[[Any, Any, Any], str]) -> Candidate:
    cand = Candidate(row["event_id"], row["canonical_id"], row)
    if row["excluded"]:
        cand.skip = "historical, negated or hypothetical"
        return cand
    if row["value"] is None and row["low"] is None and row["high"] is None:
        cand.skip = "no figure"
        return cand
    cand.metric = normalise_metric(row["metric"], row["subject"], row["type"])
    if not cand.metric:
        cand.skip = "no metric"
        return cand
    cand.force = normalise_force(row["actor"], row["subject"], row["type"], row["target"])
    if not cand.force:
        cand.skip = "no actor or subject"
        return cand
    target = row["target"] if norm_text(row["target"]) != cand.force else None
    cand.theatre = theatre_of(row["location_code"], row["location"], target)
    cand.key = series_key(cand.force, cand.metric, cand.theatre)
    source = (row["source"] or "").strip()
    cand.claimant = source or UNATTRIBUTED
    cand.attributed = bool(source)
    q = row["qualifier"]
    if q not in ("exact", "approx", "at_least", "at_most", "range", "vague"):
        if row["low"] is not None and row["high"] is not None:
            q = "range"
        elif row["low"] is not None and row["value"] is None:
            q = "at_least"
        elif row["high"] is not None and row["value"] is None:
            q = "at_most"
        else:
            q = "exact"
    cand.qualifier = q
    return cand


def _theatre_from_article(
    conn: psycopg.Connection, theatres: dict[str, str], cands: list[Candidate]
) -> None:
    """A figure whose sentence names no place takes the theatre its article names elsewhere
    ("It said another 2,500 were wounded there"): the most frequent one, ties by first."""
    if not cands:
        return
    places: dict[int, Counter] = {}
    for article_id, code, location, target, subject in conn.execute(
        """SELECT article_id, location_code, location, target, subject FROM events
           WHERE article_id = ANY(%s::bigint[]) ORDER BY article_id, ordinal""",
        (_ids({c.row["article_id"] for c in cands}),),
    ).fetchall():
        if norm_text(target) == normalise_force(None, subject):
            target = None
        theatre = normalise_theatre(theatres, code, location, target)
        if theatre != UNSPECIFIED:
            places.setdefault(article_id, Counter())[theatre] += 1
    for c in cands:
        found = places.get(c.row["article_id"])
        if found:
            c.theatre = found.most_common(1)[0][0]
            c.key = series_key(c.force, c.metric, c.theatre)


# --- state of the touched series -------------------------------------------------------------
_OBS_COLS = "o.id, o.series_id, o.claimant, o.attributed, o.value, o.low, o.high, o.qualifier, o.published_at"
# the same, from a line's copy of its latest figure
_LINE_COLS = (
    "l.latest_observation_id, l.series_id, l.claimant, l.attributed, l.value, l.low, l.high, "
    "l.qualifier, l.published_at"
)
# what a line copies from its latest observation (sql/034)
_LINE_FIGURE = ("attributed", "value", "low", "high", "qualifier", "published_at")


def _obs(row: Sequence[Any]) -> Obs:
    return Obs(*row[:9])


def _ids(ids: Iterable[int | None]) -> str:
    """A bigint[] literal: psycopg dumps a 10,000-element Python list far slower than this."""
    return "{" + ",".join("NULL" if i is None else str(int(i)) for i in ids) + "}"


def _texts(texts: Iterable[str]) -> str:
    """A text[] literal, every element quoted (so NULL, commas and braces are plain text)."""
    return (
        "{" + ",".join('"' + t.replace("\\", "\\\\").replace('"', '\\"') + '"' for t in texts) + "}"
    )


# json.dumps with its defaults, less the check for circular references (payloads are trees)
_to_json = json.JSONEncoder(check_circular=False).encode


def _records(rows: list[dict[str, Any]]) -> str:
    """Rows for jsonb_to_recordset (one JSON text instead of many adapted arrays)."""
    return json.dumps(rows, default=str)


@dataclass(slots=True)
class SeriesState:
    id: int
    key: str
    latest: Obs | None = None
    lines: dict[str, Obs] = field(default_factory=dict)
    pending: list[Obs] = field(default_factory=list)  # new in this batch, not yet written
    new_count: int = 0
    line_counts: dict[str, int] = field(default_factory=dict)  # new observations per claimant
    changed_latest: bool = False
    changed_lines: set[str] = field(default_factory=set)


def _load_state(conn: psycopg.Connection, keys: list[tuple[str, str, str, str]]) -> dict:
    """Upsert the series and load each one's latest figure and per-claimant latest figures."""
    # a join on the unnested keys probes the key index (a semi-join on JSON elements hashed
    # the whole table: 15-20 ms a batch instead of 5-9)
    found = conn.execute(
        "SELECT s.id, s.key, s.latest_observation_id "
        "FROM unnest(%s::text[]) AS v(key) JOIN figure_series s ON s.key = v.key",
        (_texts(k[0] for k in keys),),
    ).fetchall()
    known = {key for _, key, _ in found}
    missing = [k for k in keys if k[0] not in known]
    if missing:
        found += conn.execute(
            """INSERT INTO figure_series (key, force, metric, theatre, label)
               SELECT key, force, metric, theatre, label
               FROM jsonb_to_recordset(%s::jsonb)
                    AS v(key text, force text, metric text, theatre text, label text)
               ORDER BY key
               ON CONFLICT (key) DO NOTHING
               RETURNING id, key, latest_observation_id""",
            (
                _records(
                    [
                        {
                            "key": k,
                            "force": f,
                            "metric": m,
                            "theatre": t,
                            "label": series_label(f, m, t),
                        }
                        for k, f, m, t in missing
                    ]
                ),
            ),  # fmt: skip
        ).fetchall()
    states: dict[str, SeriesState] = {}
    by_id: dict[int, SeriesState] = {}
    latest_id: dict[int, int] = {}
    for sid, key, latest in found:
        states[key] = by_id[sid] = SeriesState(sid, key)
        if latest is not None:
            latest_id[sid] = latest
    # Each line carries a copy of its latest figure (sql/034), so this reads figure_lines only.
    # The series' latest figure is one of its lines' latest figures, so it comes with them.
    rows = conn.execute(
        f"SELECT {_LINE_COLS} FROM figure_lines l WHERE l.series_id = ANY(%s::bigint[])",
        (_ids(by_id),),
    ).fetchall()
    uncopied = [r[0] for r in rows if r[8] is None]  # lines written without the copy
    for i in range(0, len(uncopied), ID_CHUNK):
        rows += conn.execute(
            f"SELECT {_OBS_COLS} FROM figure_observations o WHERE o.id = ANY(%s::bigint[])",
            (_ids(uncopied[i : i + ID_CHUNK]),),
        ).fetchall()
    for row in rows:
        if row[8] is None:
            continue
        obs = _obs(row)
        state = by_id[obs.series_id]
        state.lines[obs.claimant] = obs
        if latest_id.get(obs.series_id) == obs.id:
            state.latest = obs
    astray = [oid for sid, oid in latest_id.items() if by_id[sid].latest is None]
    if astray:  # not its line's latest (lines edited by hand): read it on its own
        for row in conn.execute(
            f"SELECT {_OBS_COLS} FROM figure_observations o WHERE o.id = ANY(%s::bigint[])",
            (_ids(astray),),
        ).fetchall():
            by_id[row[1]].latest = _obs(row)
    return states


def _stored_as_of(
    conn: psycopg.Connection, series_id: int, published_at: datetime
) -> dict[str, Obs]:
    """Each claimant's latest stored figure in the series published at or before this time."""
    return {
        row[2]: _obs(row)
        for row in conn.execute(
            f"""SELECT DISTINCT ON (o.claimant) {_OBS_COLS} FROM figure_observations o
                WHERE o.series_id = %s AND o.published_at <= %s
                ORDER BY o.claimant, o.published_at DESC, o.id DESC""",
            (series_id, published_at),
        ).fetchall()
    }


def _as_of(stored: dict[str, Obs], state: SeriesState, obs: Obs) -> dict[str, Obs]:
    """Each claimant's latest figure published before `obs`: the stored ones (_stored_as_of at
    obs's published time) and those pending in this batch."""
    lines = dict(stored)
    for p in state.pending:
        if p.order < obs.order and (p.claimant not in lines or lines[p.claimant].order < p.order):
            lines[p.claimant] = p
    return lines


def _existing(conn: psycopg.Connection, canonical_ids: Iterable[int]) -> dict[tuple, int]:
    """Natural keys of observations already stored for these articles -> observation id."""
    rows = conn.execute(
        "SELECT o.id, s.key, o.claimant, o.article_id, o.value, o.low, o.high "
        "FROM figure_observations o JOIN figure_series s ON s.id = o.series_id "
        "WHERE o.article_id = ANY(%s::bigint[])",
        (_ids(set(canonical_ids)),),
    ).fetchall()
    return {_natural_key(k, c, a, v, lo, hi): oid for oid, k, c, a, v, lo, hi in rows}


def _natural_key(key, claimant, article_id, value, low, high) -> tuple:
    return (key, claimant, article_id, _normal(value), _normal(low), _normal(high))


def _normal(d: Decimal | None) -> Decimal | None:
    """A number in one form per value (10000 and 1.0E+4 alike), as the natural key compares."""
    return None if d is None else d.normalize()


def _next_ids(conn: psycopg.Connection, sequence: str, n: int) -> list[int]:
    if n == 0:
        return []
    rows = conn.execute("SELECT nextval(%s) FROM generate_series(1, %s)", (sequence, n)).fetchall()
    return [r[0] for r in rows]


OBSERVATION_COLUMNS = (
    "id", "series_id", "claimant", "attributed", "article_id", "event_id", "value", "low", "high",
    "qualifier", "mid", "outlet", "url", "sentence", "hedged", "published_at",
)  # fmt: skip
CHANGE_COLUMNS = (
    "id", "series_id", "observation_id", "previous_observation_id", "kind", "from_value",
    "to_value", "delta", "pct", "same_claimant_revision", "late",
)  # fmt: skip


# --- the step ------------------------------------------------------------------------------
@waits_for_upstream
def detect_changes(settings: Settings, conn: psycopg.Connection) -> dict[str, int]:
    """Turn unprocessed events into observations, changes and alert outbox rows.

    One transaction per batch of FIGURE_BATCH_SIZE events, in published order, holding an
    advisory lock: changes and their alerts are committed together, or not at all.
    """
    from pipeline.alerts import load_rules

    rules = load_rules(settings)
    batch_size = int(settings.extra.get("figure_batch_size", FIGURE_BATCH_SIZE))
    totals: Counter = Counter()
    flags = _excluding_flags(conn)
    for _ in range(MAX_QUEUE_PASSES):
        order = _queue_in_published_order(conn)
        if not order:
            break
        for start in range(0, len(order), batch_size):
            batch = order[start : start + batch_size]
            for attempt in range(MAX_BATCH_RETRIES):
                try:
                    with _gc_paused(), conn.transaction():
                        conn.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_KEY,))
                        counts = _process_batch(conn, rules, batch, flags)
                    break
                except (psycopg.errors.ForeignKeyViolation, psycopg.errors.UniqueViolation) as exc:
                    if attempt + 1 == MAX_BATCH_RETRIES:
                        raise
                    log.info("figures batch retried: %s", str(exc).splitlines()[0])
            totals.update(counts)
    out = {k: totals.get(k, 0) for k in ("events", "observations", "changes", "alerts")}
    out.update({k: v for k, v in sorted(totals.items()) if k not in out and k != "dequeued" and v})
    return out


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic garbage collection during a batch: reference counting frees its thousands of
    rows, figures and payloads, yet the collector's passes over them took a tenth of
    detection's Python time (bench/figures). Any cycle left is collected after the batch."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _process_batch(conn, rules, batch: list[int], flags: Sequence[str]) -> Counter:
    counts: Counter = Counter()
    rows, counts["dequeued"] = _fetch_candidates(conn, batch, flags)
    counts["events"] = len(rows)
    if not rows:
        return counts
    theatres = dict(DEFAULT_THEATRES)
    theatres.update(conn.execute("SELECT pattern, theatre FROM figure_theatres").fetchall())
    theatre_of = _theatre_memo(theatres)
    cands = [_prepare(r, theatre_of) for r in rows]
    usable = [c for c in cands if c.skip is None]
    _theatre_from_article(conn, theatres, [c for c in usable if c.theatre == UNSPECIFIED])
    links: list[tuple[int, int | None, str | None]] = [
        (c.event_id, None, c.skip) for c in cands if c.skip is not None
    ]
    counts["skipped"] = len(links)
    if not usable:
        _copy(conn, "figure_event_links", ("event_id", "observation_id", "skipped_reason"), links)
        return counts

    keys = sorted({(c.key, c.force, c.metric, c.theatre) for c in usable})
    states = _load_state(conn, keys)
    existing = _existing(conn, (c.canonical_id for c in usable))

    # Which events state a new observation, and which one already stored (natural key).
    fresh: list[tuple[Candidate, int]] = []
    relinks: Counter = Counter()
    relink_event: dict[int, int] = {}
    obs_ids = iter(_next_ids(conn, "figure_observations_id_seq", len(usable)))
    for c in usable:
        r = c.row
        nk = _natural_key(c.key, c.claimant, c.canonical_id, r["value"], r["low"], r["high"])
        oid = existing.get(nk)
        if oid is None:
            oid = existing[nk] = next(obs_ids)
            fresh.append((c, oid))
        else:
            relinks[oid] += 1
            relink_event.setdefault(oid, c.event_id)
        links.append((c.event_id, oid, None))
    alerts: Iterable[tuple] = ()
    if not fresh:
        _copy(conn, "figure_event_links", ("event_id", "observation_id", "skipped_reason"), links)
    else:
        recorded, alerts = _record_changes(conn, rules, states, fresh, links)
        counts.update(recorded)
    # The server relinks and moves the lines' and series' pointers while Python builds the
    # alerts (pipeline mode sends the statements at once and reads their results at the end
    # of the block); then the alerts go in with one COPY.
    with _pipelined(conn):
        if relinks:
            conn.execute(
                """UPDATE figure_observations o
                   SET event_id = COALESCE(o.event_id, v.event_id),
                       supporting_events = o.supporting_events + v.n
                   FROM jsonb_to_recordset(%s::jsonb) AS v(id bigint, event_id bigint, n int)
                   WHERE o.id = v.id""",
                (
                    _records(
                        [{"id": i, "event_id": relink_event[i], "n": n} for i, n in relinks.items()]
                    ),
                ),
            )
        _save_state(conn, states.values())
        alert_rows = list(alerts)
    _copy_alerts(conn, alert_rows)
    counts["linked"] = sum(relinks.values())
    return counts


def _pipelined(conn: psycopg.Connection) -> contextlib.AbstractContextManager:
    """Pipeline mode where libpq has it (14+), else one statement after the other."""
    return conn.pipeline() if psycopg.Pipeline.is_supported() else contextlib.nullcontext()


def _record_changes(
    conn: psycopg.Connection,
    rules: list,
    states: dict[str, SeriesState],
    fresh: list[tuple[Candidate, int]],
    links: list[tuple[int, int | None, str | None]],
) -> tuple[Counter, Iterable[tuple]]:
    """Classify the new observations and write them, their event links and changes; return
    the counts and the alerts' rows, whose payloads are built as they are iterated.

    The Python work (classifying, deciding which changes alert) runs inside the COPYs, row by
    row, so the server inserts one table while the next rows are being made (bench/figures: the
    two together took twice as long one after the other). Nothing may query the database
    while a COPY runs, so what the loop needs from it is read first: a late figure's series
    as of its own time. The batch is in published order, so figures of this batch never make
    a later one late: a figure is late exactly when its series' newest stored figure is newer.
    """
    from pipeline.alerts import build_payload, match_rule

    counts: Counter = Counter()
    history: dict[int, dict[str, Obs]] = {}
    for c, oid in fresh:
        latest = states[c.key].latest
        if latest is not None and c.row["published_at"] < latest.published_at:
            history[oid] = _stored_as_of(conn, states[c.key].id, c.row["published_at"])
    change_ids = _next_ids(conn, "figure_changes_id_seq", len(fresh))
    changes: list[tuple[int, Obs, Candidate, dict[str, Any]]] = []
    alerting: list[tuple[str, int, str, Obs, Candidate, dict[str, Any]]] = []

    def observations() -> Iterable[tuple]:
        for cid, (c, oid) in zip(change_ids, fresh, strict=True):
            r = c.row
            state = states[c.key]
            obs = Obs(
                oid, state.id, c.claimant, c.attributed,
                r["value"], r["low"], r["high"], c.qualifier, r["published_at"],
            )  # fmt: skip
            late = oid in history
            if late:
                lines = _as_of(history[oid], state, obs)
                latest = max(lines.values(), key=_ORDER, default=None)
                verdict = classify(obs, latest, lines)
            else:
                verdict = classify(obs, state.latest, state.lines)
            state.pending.append(obs)
            state.new_count += 1
            state.line_counts[c.claimant] = state.line_counts.get(c.claimant, 0) + 1
            own = state.lines.get(c.claimant)
            if own is None or own.order < obs.order:
                state.lines[c.claimant] = obs
                state.changed_lines.add(c.claimant)
            if not late:
                state.latest = obs
                state.changed_latest = True

            prev = verdict.previous
            mid = obs.mid
            from_value = prev.mid if prev is not None else None
            delta = mid - from_value if from_value is not None else None
            pct = round(delta / from_value * 100, 2) if delta is not None and from_value else None
            change = {
                "kind": verdict.kind, "previous": prev, "from_value": from_value,
                "to_value": mid, "delta": delta, "pct": pct,
                "same_claimant_revision": verdict.same_claimant_revision, "late": late,
            }  # fmt: skip
            changes.append((cid, obs, c, change))
            counts[verdict.kind] += 1
            counts["late"] += late
            yield (
                oid, state.id, c.claimant, c.attributed, c.canonical_id, c.event_id,
                r["value"], r["low"], r["high"], c.qualifier, mid, r["outlet"], r["url"],
                r["sentence"], r["hedged"], r["published_at"],
            )  # fmt: skip

    def decide(cid: int, obs: Obs, c: Candidate, ch: dict[str, Any]) -> None:
        if not ch["late"]:
            rule = match_rule(rules, ch["kind"], c, ch["pct"], ch["delta"])
            if rule is not None:
                aid = alert_id_text(c.key, c.claimant, c.row["url"], obs, ch["kind"])
                alerting.append((aid, cid, rule, obs, c, ch))

    def link_rows() -> Iterable[tuple]:
        # while the server takes the links (Python has little else to do then), decide which
        # changes alert, one per link
        undecided = iter(changes)
        for link in links:
            yield link
            for change in itertools.islice(undecided, 1):
                decide(*change)
        for change in undecided:
            decide(*change)

    def change_rows() -> Iterable[tuple]:
        for cid, obs, _, ch in changes:
            prev = ch["previous"]
            yield (
                cid, obs.series_id, obs.id, prev.id if prev else None, ch["kind"],
                ch["from_value"], ch["to_value"], ch["delta"], ch["pct"],
                ch["same_claimant_revision"], ch["late"],
            )  # fmt: skip

    def alert_rows() -> Iterable[tuple]:
        for aid, cid, rule, obs, c, ch in alerting:
            # JSON text once: COPY sends it as is and the server parses it into jsonb
            yield (aid, cid, rule, _to_json(build_payload(aid, rule, c, obs, ch)))

    _copy(conn, "figure_observations", OBSERVATION_COLUMNS, observations())
    _copy(conn, "figure_event_links", ("event_id", "observation_id", "skipped_reason"), link_rows())
    _copy(conn, "figure_changes", CHANGE_COLUMNS, change_rows())
    counts["observations"] = len(fresh)
    counts["changes"] = len(changes)
    counts["alerts"] = len(alerting)
    return counts, alert_rows()


# figure_latest's copy of each series' newest observation and its change, refreshed from the
# rows this batch has just written (so no figure text travels back to the server)
_SUMMARY = {
    "claimant": "o.claimant", "value": "o.value", "low": "o.low", "high": "o.high",
    "qualifier": "o.qualifier", "mid": "o.mid", "outlet": "o.outlet", "url": "o.url",
    "sentence": "o.sentence", "published_at": "o.published_at", "kind": "c.kind",
    "previous_value": "c.from_value", "delta": "c.delta", "pct": "c.pct",
}  # fmt: skip


def _save_state(conn: psycopg.Connection, states: Iterable[SeriesState]) -> None:
    """Per-claimant line pointers, and each series' latest pointer, count and summary copy."""
    # one array per column (unnest): cheaper to build and to read than a JSON record per row
    line_series: list[int] = []
    line_claimants: list[str] = []
    line_latest: list[int] = []
    line_n: list[int] = []
    series_ids: list[int] = []
    series_n: list[int] = []
    series_claimants: list[int] = []
    series_latest: list[int | None] = []
    for s in states:
        for claimant in s.changed_lines | set(s.line_counts):
            line_series.append(s.id)
            line_claimants.append(claimant)
            line_latest.append(s.lines[claimant].id)
            line_n.append(s.line_counts.get(claimant, 0))
        if s.new_count:
            moved = s.changed_latest and s.latest is not None
            series_ids.append(s.id)
            series_n.append(s.new_count)
            series_claimants.append(len(s.lines))
            series_latest.append(s.latest.id if moved else None)
    if line_series:
        # the figure copy comes from the observation row itself (just written, or read above)
        copy_cols = ", ".join(_LINE_FIGURE)
        conn.execute(
            f"""INSERT INTO figure_lines (series_id, claimant, latest_observation_id, observations,
                                          {copy_cols})
                SELECT v.series_id, v.claimant, v.latest, v.n,
                       {", ".join(f"o.{c}" for c in _LINE_FIGURE)}
                FROM unnest(%s::bigint[], %s::text[], %s::bigint[], %s::int[])
                     AS v(series_id, claimant, latest, n)
                LEFT JOIN figure_observations o ON o.id = v.latest
                ON CONFLICT (series_id, claimant) DO UPDATE
                SET latest_observation_id = EXCLUDED.latest_observation_id,
                    observations = figure_lines.observations + EXCLUDED.observations,
                    {", ".join(f"{c} = EXCLUDED.{c}" for c in _LINE_FIGURE)}""",
            (_ids(line_series), _texts(line_claimants), _ids(line_latest), _ids(line_n)),
        )
    if series_ids:
        summary = ", ".join(
            f"{col} = CASE WHEN v.latest IS NULL THEN s.{col} ELSE {src} END"
            for col, src in _SUMMARY.items()
        )
        conn.execute(
            f"""UPDATE figure_series s
                SET latest_observation_id = COALESCE(v.latest, s.latest_observation_id),
                    observations = s.observations + v.n, claimants = v.claimants,
                    updated_at = now(), {summary}
                FROM unnest(%s::bigint[], %s::int[], %s::int[], %s::bigint[])
                     AS v(id, n, claimants, latest)
                LEFT JOIN figure_observations o ON o.id = v.latest
                LEFT JOIN figure_changes c ON c.observation_id = v.latest
                WHERE s.id = v.id""",
            (_ids(series_ids), _ids(series_n), _ids(series_claimants), _ids(series_latest)),
        )


# COPY's binary format: signature, flags and header extension; each row: its field count, then
# each field's length and bytes; -1 after the last row.
_BINARY_HEADER = b"PGCOPY\n\xff\r\n\x00" + bytes(8)
_BINARY_TRAILER = struct.pack("!h", -1)
_ALERT_HEAD = struct.Struct("!hi16siqi")  # 4 fields; uuid; bigint change_id; rule's length
_JSONB_HEAD = struct.Struct("!iB")  # the payload's length and jsonb's format version, 1
_COPY_CHUNK = 1 << 16


def _copy_alerts(conn: psycopg.Connection, rows: Iterable[tuple[str, int, str, str]]) -> None:
    """COPY (alert id, change id, rule, payload JSON) rows into alerts in binary format.

    Each payload is 1-2 KB of JSON, and in text format the server first unescapes every
    byte of it before parsing it as jsonb: a quarter of the alerts' insert time
    (bench/figures). In binary each field arrives as length and bytes, and only the jsonb
    parse remains.
    """
    if isinstance(rows, list) and not rows:
        return
    cols = "alert_id, change_id, rule, payload"
    encoding = conn.info.encoding  # binary text fields are in the client encoding too
    with conn.cursor().copy(f"COPY alerts ({cols}) FROM STDIN (FORMAT BINARY)") as copy:
        chunk = [_BINARY_HEADER]
        size = 0
        for alert_id, change_id, rule, payload in rows:
            name, body = rule.encode(encoding), payload.encode(encoding)
            uid = bytes.fromhex(alert_id.replace("-", ""))
            chunk += (
                _ALERT_HEAD.pack(4, 16, uid, 8, change_id, len(name)),
                name,
                _JSONB_HEAD.pack(len(body) + 1, 1),
                body,
            )
            size += len(body)
            if size > _COPY_CHUNK:
                copy.write(b"".join(chunk))
                chunk, size = [], 0
        chunk.append(_BINARY_TRAILER)
        copy.write(b"".join(chunk))


def _copy(conn: psycopg.Connection, table: str, columns: Sequence[str], rows: Iterable) -> None:
    """COPY the rows in; `rows` may be a generator, run while the server takes what it sent."""
    if isinstance(rows, list) and not rows:
        return
    with conn.cursor().copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)
