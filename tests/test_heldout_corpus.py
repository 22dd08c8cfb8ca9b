"""The held-out extraction sets are well-formed: a broken gold line would silently skew scores."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent / "corpus"
# the dev sets written blind, scored once, then opened to drive the rules
OPENED = (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21)
SETS = [
    CORPUS / f"heldout{n}"
    for n in (
        "",
        "2",
        "3",
        "4",
        "5",
        "6",
        "7",
        "8",
        "9",
        "10",
        "11",
        "12",
        "13",
        "14",
        "15",
        "16",
        "17",
        "18",
        "19",
        "20",
        "21",
        "22",
        "23",
        "24",
    )
] + [CORPUS / f"dev{n}" for n in OPENED]
QUALIFIERS = {"exact", "approx", "at_least", "at_most", "range"}
METRICS = {"troops", "killed", "wounded", "casualties", "captured"}
EVENT_TYPES = {"deployment", "intelligence_estimate", "diplomatic_request", "military_aid"}


def _gold() -> list[dict]:
    entries = []
    for set_dir in SETS:
        lines = (set_dir / "gold.jsonl").read_text(encoding="utf-8").splitlines()
        entries += [dict(json.loads(line), _set=set_dir) for line in lines if line.strip()]
    return entries


GOLD = _gold()


def _doc(entry: dict) -> str:
    return (entry["_set"] / "docs" / f"{entry['id']}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("set_dir", SETS, ids=lambda p: p.name)
def test_every_document_has_exactly_one_gold_line(set_dir: Path) -> None:
    doc_ids = sorted(p.stem for p in (set_dir / "docs").glob("*.txt"))
    assert sorted(e["id"] for e in GOLD if e["_set"] == set_dir) == doc_ids


@pytest.mark.parametrize("entry", GOLD, ids=lambda e: e["id"])
def test_document_has_headline_then_blank_line(entry: dict) -> None:
    lines = _doc(entry).split("\n")
    assert lines[0].strip() and lines[1] == "" and lines[2].strip()


@pytest.mark.parametrize("entry", GOLD, ids=lambda e: e["id"])
def test_every_gold_sentence_occurs_verbatim_in_its_document(entry: dict) -> None:
    text = _doc(entry)
    missing = [
        item["sentence"]
        for item in entry["figures"] + entry["events"]
        if item["sentence"] not in text
    ]
    assert missing == []


@pytest.mark.parametrize("entry", GOLD, ids=lambda e: e["id"])
def test_kind_agrees_with_annotations(entry: dict) -> None:
    annotated = bool(entry["figures"] or entry["events"])
    assert entry["kind"] == ("relevant" if annotated else "distractor")


@pytest.mark.parametrize("entry", GOLD, ids=lambda e: e["id"])
def test_figure_numbers_agree_with_qualifier(entry: dict) -> None:
    for fig in entry["figures"]:
        assert fig["metric"] in METRICS and fig["qualifier"] in QUALIFIERS
        present = {k for k in ("value", "low", "high") if fig[k] is not None}
        expected = {
            "range": {"low", "high"},
            "at_least": {"low"},
            "at_most": {"high"},
        }.get(fig["qualifier"], {"value"})
        assert present == expected, fig["sentence"]


@pytest.mark.parametrize("entry", GOLD, ids=lambda e: e["id"])
def test_events_have_a_known_type(entry: dict) -> None:
    assert {event["type"] for event in entry["events"]} <= EVENT_TYPES
