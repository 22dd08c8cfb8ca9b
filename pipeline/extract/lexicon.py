"""Domain knowledge loaded from `data/`: who is who (gazetteer) and which words mean what.

Everything an analyst may want to extend lives in the YAML files beside this module; this
module only reads them once per process and indexes them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pycountry
import yaml

DATA_DIR = Path(__file__).resolve().parent / "data"
TITLE_CASE_ACRONYM_MIN = 5  # shorter acronyms title-cased are too often words or names ("Rand")

# Entity kinds. A claimant is named after the entity itself, except agencies and people, whose
# claims belong to the state or body they serve.
COUNTRY, INTERNATIONAL, ARMED_GROUP, AGENCY, RESEARCH, MEDIA, REGION, PERSON = (
    "country", "international", "armed_group", "agency", "research", "media", "region", "person",
)  # fmt: skip


def words(text: str) -> frozenset[str]:
    """A set of words written as one space-separated string (for short built-in lists)."""
    return frozenset(text.split())


@dataclass(frozen=True)
class Entity:
    """A thing the gazetteer knows: a country, an organisation, a place or a person."""

    name: str
    kind: str
    country: str | None = None  # the state an agency, person or region belongs to
    code: str | None = None  # ISO 3166-1 alpha-2 (countries) or 3166-2 (subdivisions)
    state_run: bool = False  # an armed group that is its state's own force (Africa Corps)

    @property
    def party(self) -> str | None:
        """The name this entity stands for as actor or claimant (None for places)."""
        if self.kind == REGION:
            return None
        if self.kind in (AGENCY, PERSON) or self.state_run:
            return self.country or self.name
        return self.name

    @property
    def is_state_like(self) -> bool:
        return self.kind in (COUNTRY, AGENCY, PERSON, INTERNATIONAL, ARMED_GROUP)


@dataclass(frozen=True)
class Lexicon:
    aliases: dict[str, Entity]  # alias as written -> entity
    countries: dict[str, Entity]  # canonical name -> country entity
    words: dict[str, frozenset[str]]  # list name -> lower-case entries
    # a name that means different things in different news -> its readings, the default first
    homonyms: dict[str, tuple[Reading, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Reading:
    """One meaning of a homonym, and the words that show an article means it."""

    entity: Entity
    cues: re.Pattern[str]


def _read(name: str):
    with (DATA_DIR / name).open(encoding="utf-8") as fh:
        return yaml.safe_load(fh) or []


def _iso2(name: str, override: str | None) -> str | None:
    if override:
        return override
    try:
        return pycountry.countries.lookup(name).alpha_2
    except LookupError:
        return None


def _flatten(prefix: str, node, out: dict[str, frozenset[str]]) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            _flatten(f"{prefix}.{key}" if prefix else key, value, out)
    else:
        bad = [w for w in node if not isinstance(w, str)]
        if bad:  # YAML reads a bare no/yes/on/off/true/false as a boolean: quote those words
            raise ValueError(f"lexicon list {prefix!r} has non-text entries {bad}; quote them")
        out[prefix] = frozenset(w.lower() for w in node)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read every data file once; later calls reuse the result."""
    aliases: dict[str, Entity] = {}
    countries: dict[str, Entity] = {}
    for row in _read("countries.yaml"):
        ent = Entity(row["name"], COUNTRY, row["name"], _iso2(row["name"], row.get("iso")))
        countries[ent.name] = ent
        for alias in [row["name"], *row.get("aliases", [])]:
            aliases[str(alias)] = ent
    for row in _read("regions.yaml"):
        country = row.get("country") or None
        code = row.get("code") or (countries[country].code if country in countries else None)
        ent = Entity(row["name"], REGION, country, code)
        for alias in [row["name"], *row.get("aliases", [])]:
            aliases.setdefault(str(alias), ent)
    for row in _read("organisations.yaml"):
        kind = row["kind"]
        ent = Entity(row["name"], kind, row.get("country"), state_run=bool(row.get("state_run")))
        if kind == AGENCY:
            ent = Entity(row["country"], AGENCY, row["country"], _iso2(row["country"], None))
        for alias in [row["name"], *row.get("aliases", [])]:
            aliases.setdefault(str(alias), ent)
            if (
                len(str(alias)) >= TITLE_CASE_ACRONYM_MIN
                and str(alias).isalpha()
                and str(alias).isupper()
            ):  # British style writes "Unifil", "Monusco", "Ecowas"
                aliases.setdefault(str(alias).title(), ent)
    for row in _read("people.yaml"):
        for name in row["names"]:
            aliases.setdefault(str(name), Entity(str(name), PERSON, row["of"]))
    words: dict[str, frozenset[str]] = {}
    _flatten("", _read("lexicon.yaml"), words)
    homonyms = {str(row["alias"]): _readings(row, aliases) for row in _read("homonyms.yaml")}
    return Lexicon(aliases=aliases, countries=countries, words=words, homonyms=homonyms)


def _readings(row: dict, aliases: dict[str, Entity]) -> tuple[Reading, ...]:
    out = []
    for reading in row["readings"]:
        if "of" in reading:  # a person: speaks for a state or body, as in people.yaml
            ent = Entity(str(row["alias"]), PERSON, str(reading["of"]))
        elif str(reading.get("means")) in aliases:
            ent = aliases[str(reading["means"])]
        else:
            raise ValueError(f"homonyms.yaml: {row['alias']!r} reads as unknown {reading!r}")
        cues = "|".join(re.escape(str(w)) for w in reading.get("when", []))
        out.append(Reading(ent, re.compile(rf"\b(?:{cues})\b" if cues else r"(?!)")))
    return tuple(out)
