"""A progress line for long steps, shown only on an interactive terminal.

It writes to stderr with carriage returns, so logs, pipes and CI output never see it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TextIO, TypeVar

T = TypeVar("T")

_enabled = True


def set_enabled(enabled: bool) -> None:
    """The CLI turns progress off for -q."""
    global _enabled
    _enabled = enabled


def progress(
    items: Iterable[T], label: str, total: int | None = None, stream: TextIO | None = None
) -> Iterator[T]:
    """Yield `items`, drawing `label: n/total` on a terminal; a no-op otherwise."""
    stream = stream or sys.stderr
    show = _enabled and hasattr(stream, "isatty") and stream.isatty()
    if total is None and hasattr(items, "__len__"):
        total = len(items)  # type: ignore[arg-type]
    count = 0
    try:
        for item in items:
            yield item
            count += 1
            if show:
                suffix = f"/{total}" if total else ""
                stream.write(f"\r{label}: {count}{suffix}")
                stream.flush()
    finally:
        if show and count:
            stream.write("\r" + " " * (len(label) + 24) + "\r")
            stream.flush()
