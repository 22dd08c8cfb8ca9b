"""The article that started newswatch yields the events its readers care about (issue 5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract import EXTRACTOR_VERSION, extract_events


@pytest.fixture(scope="module")
def seed_events(shared_dir: Path):
    text = (shared_dir / "seed" / "north-korean-troops.txt").read_text(encoding="utf-8")
    return text, extract_events(text, outlet="Seed outlet")


def _one(events, **want):
    found = [e for e in events if all(getattr(e, k) == v for k, v in want.items())]
    assert len(found) == 1, f"expected one event with {want}, got {[e.to_dict() for e in events]}"
    return found[0]


def test_north_korean_deployment_to_russia_and_ukraine(seed_events):
    _, events = seed_events
    deployments = [e for e in events if e.type == "deployment" and e.actor == "North Korea"]
    assert {e.location for e in deployments} >= {"Ukraine"}
    assert any(e.target == "Russia" for e in deployments)


def test_deployment_to_the_kursk_region_names_the_subdivision(seed_events):
    _, events = seed_events
    kursk = [e for e in events if e.location_code == "RU-KRS"]
    assert kursk and kursk[0].type == "deployment"


def test_us_and_uk_intelligence_estimate_about_ten_thousand(seed_events):
    _, events = seed_events
    e = _one(events, type="intelligence_estimate", value=10000)
    assert (e.source, e.subject, e.metric, e.qualifier) == (
        "United States; United Kingdom", "North Korea", "troops", "approx",
    )  # fmt: skip


def test_south_korea_estimates_thirteen_thousand_in_russia(seed_events):
    _, events = seed_events
    e = _one(events, type="intelligence_estimate", value=13000)
    assert (e.source, e.subject, e.location, e.qualifier) == (
        "South Korea", "North Korea", "Russia", "approx",
    )  # fmt: skip


def test_us_urges_china_about_north_korea(seed_events):
    _, events = seed_events
    _one(
        events, type="diplomatic_request", actor="United States", target="China",
        third_party="North Korea",
    )  # fmt: skip


def test_instruction_to_urge_other_countries_to_press_china(seed_events):
    _, events = seed_events
    e = _one(events, type="diplomatic_request", actor="United States", third_party="China")
    assert "urge other countries" in e.sentence


def test_south_korea_weighs_military_aid(seed_events):
    _, events = seed_events
    _one(events, type="military_aid", actor="South Korea")


def test_no_other_figures_than_the_two_estimates(seed_events):
    _, events = seed_events
    assert sorted(e.value for e in events if e.value is not None) == [10000, 13000]


def test_evidence_offsets_point_at_the_sentence(seed_events):
    text, events = seed_events
    for e in events:
        assert text[e.start : e.end] == e.sentence
        assert e.extractor_version == EXTRACTOR_VERSION
        assert e.outlet == "Seed outlet"
