"""Render rows for people (aligned table), for programs (JSON) and for spreadsheets (CSV)."""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO


def _plain(value: Any) -> Any:
    if isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def to_jsonable(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: _plain(v) for k, v in row.items()} for row in rows]


def write_json(rows: Sequence[dict[str, Any]], stream: TextIO | None = None) -> None:
    stream = stream or sys.stdout
    json.dump(to_jsonable(rows), stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def write_csv(
    rows: Sequence[dict[str, Any]], columns: Sequence[str], stream: TextIO | None = None
) -> None:
    writer = csv.DictWriter(stream or sys.stdout, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    for row in to_jsonable(rows):
        writer.writerow(row)


def write_table(
    rows: Sequence[dict[str, Any]],
    columns: Sequence[str],
    stream: TextIO | None = None,
    max_width: int = 60,
) -> None:
    """An aligned plain-text table; long cells are cut with an ellipsis."""
    stream = stream or sys.stdout

    def cell(value: Any) -> str:
        value = _plain(value)
        text = "" if value is None else str(value).replace("\n", " ")
        return text if len(text) <= max_width else text[: max_width - 1] + "…"

    body = [[cell(row.get(c)) for c in columns] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in body]) for i, c in enumerate(columns)]
    stream.write(
        "  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip() + "\n"
    )
    stream.write("  ".join("-" * w for w in widths) + "\n")
    for r in body:
        stream.write("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() + "\n")
