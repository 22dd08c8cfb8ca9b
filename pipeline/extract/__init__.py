"""Events from article text: who did what, how many, and who says so.

`extract_events(text)` is pure (no database, no network); `EXTRACTOR_VERSION` changes whenever
rules or data change, so stored events from an older version are re-extracted.
"""

from __future__ import annotations

from pipeline.extract.model import Event, Quantity

EXTRACTOR_VERSION = "rules-18"

__all__ = ["EXTRACTOR_VERSION", "Event", "Quantity", "extract_events"]


def extract_events(text: str, *, outlet: str | None = None) -> list[Event]:
    """Every deployment, intelligence estimate, diplomatic request and military aid event in
    `text`, each with its figure, claimant and evidence sentence (offsets into `text`)."""
    from pipeline.extract.engine import extract

    return extract(text, outlet, EXTRACTOR_VERSION)
