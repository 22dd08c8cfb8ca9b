"""The shapes that flow out of extraction: a Quantity (a parsed figure) and an Event.

Event fields are the columns of the `events` table (start/end are `start_offset/end_offset`
there) and the keys of `newswatch extract --json`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

EventType = Literal["deployment", "intelligence_estimate", "diplomatic_request", "military_aid"]
Qualifier = Literal["exact", "approx", "at_least", "at_most", "range", "vague"]


@dataclass(frozen=True)
class Quantity:
    """A figure as written: a single value, or bounds, and how exact the text says it is.

    "around 10,000" -> value 10000, approx; "10,000-12,000" -> low 10000, high 12000, range;
    "up to 15,000" -> high 15000, at_most; "more than 3,000" -> low 3000, at_least;
    "several thousand" -> no numbers, vague.
    """

    value: float | None = None
    low: float | None = None
    high: float | None = None
    qualifier: Qualifier = "exact"
    start: int = 0  # character span of the figure's words in the text it was found in
    end: int = 0
    text: str = ""


@dataclass
class Event:
    """One extracted event with its evidence. Offsets are characters in the article text."""

    type: EventType | None  # None: a figure stated outside the four events
    sentence: str
    start: int
    end: int
    actor: str | None = None
    target: str | None = None
    third_party: str | None = None
    location: str | None = None
    location_code: str | None = None
    subject: str | None = None
    metric: str | None = None
    value: float | None = None
    low: float | None = None
    high: float | None = None
    qualifier: Qualifier | None = None
    source: str | None = None
    source_text: str | None = None
    hedged: bool = False
    confidence: float = 0.5
    extractor_version: str = ""
    outlet: str | None = None  # the outlet that published the article, when known
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("extra")
        for key in ("value", "low", "high"):
            v = data[key]
            if isinstance(v, float) and v.is_integer():
                data[key] = int(v)
        return data
