"""Figures in plain-text tables: a fact box's rows under a header that says what each column is.

    COUNTRY        | WHERE                | PERSONNEL   | SOURCE
    United States  | Syria (north-east)   | about 1,500 | Pentagon

Text extracted from HTML renders a page's table this way (cells between "|" or tabs), and no
sentence rule reads it: a row has no verb, and its header says what its numbers count. The
header's words (`table_columns` in the lexicon) name each column's role; every row under it
with the same number of cells is one figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.lexicon import COUNTRY, MEDIA, PERSON, REGION, Entity, load_lexicon
from pipeline.extract.numbers import find_quantities

MIN_CELLS = 3  # a subject, a count and one more column: fewer is a label and its value
ROLES = ("subject", "count", "location", "source")


@dataclass(frozen=True)
class TableRow:
    """One row of a table: where it stands in the text, and its cell per column role."""

    offset: int
    text: str
    cells: dict[str, str]
    metric: str  # what the count column counts: troops, or a loss ("killed", "wounded", ...)


def table_rows(text: str) -> list[TableRow]:
    """Every row of every table in `text` whose header names a subject and a count."""
    if "|" not in text and "\t" not in text:
        return []
    rows: list[TableRow] = []
    header: tuple[dict[str, int], str, int] | None = None
    offset = 0
    for line in text.splitlines(keepends=True):
        cells = _cells(line)
        if header is not None and len(cells) == header[2]:
            roles, metric, _ = header
            picked = {role: cells[i] for role, i in roles.items()}
            rows.append(TableRow(offset + _indent(line), line.strip(), picked, metric))
        else:
            header = _header(cells)
        offset += len(line)
    return rows


def _cells(line: str) -> list[str]:
    sep = "|" if "|" in line else "\t"
    if sep not in line:
        return []
    cells = [c.strip() for c in line.strip().strip("|").split(sep)]
    return cells if len(cells) >= MIN_CELLS else []


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _header(cells: list[str]) -> tuple[dict[str, int], str, int] | None:
    """The role of each column, read from the header's words, and the count's metric."""
    if not cells or any(find_quantities(c) for c in cells):
        return None  # a header names columns; a row of numbers is data under no header
    columns = load_lexicon().words
    roles: dict[str, int] = {}
    metric = "troops"
    for i, cell in enumerate(cells):
        words = set(re.findall(r"[a-z]+", cell.lower()))
        for role in ROLES:
            if role not in roles and not words.isdisjoint(columns[f"table_columns.{role}"]):
                roles[role] = i
                break
        else:
            for loss in ("killed", "wounded", "casualties", "captured"):
                if "count" not in roles and not words.isdisjoint(columns[f"table_columns.{loss}"]):
                    roles["count"], metric = i, loss
    if "subject" not in roles or "count" not in roles:
        return None
    return roles, metric, len(cells)


def entity_in(cell: str) -> Entity | None:
    """The first name the gazetteer knows in a cell, longest name first at each word."""
    aliases = load_lexicon().aliases
    words = re.findall(r"[\w.'’-]+", cell)
    for i in range(len(words)):
        for j in range(len(words), i, -1):
            ent = aliases.get(" ".join(words[i:j]))
            if ent is not None:
                return ent
    return None


def subject_of(row: TableRow) -> Entity | None:
    ent = entity_in(row.cells["subject"])
    return ent if ent is not None and ent.party and ent.kind not in (MEDIA, PERSON) else None


def place_of(row: TableRow) -> Entity | None:
    ent = entity_in(row.cells.get("location", ""))
    return ent if ent is not None and ent.kind in (COUNTRY, REGION) else None


def source_of(row: TableRow) -> str | None:
    """Who gives the row's figure: a state or body the gazetteer knows ("US defence officials"
    -> United States), else a body's own capitalised name; anonymous sources are nobody."""
    cell = row.cells.get("source", "")
    ent = entity_in(cell)
    if ent is not None and ent.party and ent.kind not in (MEDIA, REGION):
        return ent.party
    words = cell.split()
    heads = load_lexicon().words["new_bodies.heads"]
    named = len(words) >= 2 and all(w[:1].isupper() or w in _NAME_LINKS for w in words)
    return cell if named and any(w.lower() in heads for w in words) else None


_NAME_LINKS = frozenset({"for", "of", "on", "and", "the"})
