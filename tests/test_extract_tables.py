"""A plain-text table's rows are figures: its header says what each column holds."""

from __future__ import annotations

from pipeline.extract import extract_events
from pipeline.extract.tables import table_rows

FACT_BOX = """Factbox: foreign forces in the Sahel

Estimates as of March; the sources are named in the last column.

FORCE          | DEPLOYED IN          | TROOPS            | SOURCE
Russia         | Mali (Bamako, Gao)   | 2,000-2,500       | Centre for Sahel Studies
Turkey         | Niger                | about 300         | Turkish defence ministry
Chad           | Niger                | n/a               | -
United States  | Niger                | fewer than 100    | Western diplomats
"""


def _figures(text: str) -> list[dict]:
    events = [e.to_dict() for e in extract_events(text)]
    return [e for e in events if any(e[k] is not None for k in ("value", "low", "high"))]


def test_each_row_under_a_header_is_one_figure_with_its_row_as_evidence():
    figures = _figures(FACT_BOX)
    assert [(f["subject"], f["low"], f["high"], f["value"]) for f in figures] == [
        ("Russia", 2000, 2500, None),
        ("Turkey", None, None, 300),
        ("United States", None, 100, None),
    ]
    first = figures[0]
    assert FACT_BOX[first["start"] : first["end"]] == first["sentence"]
    assert first["sentence"].startswith("Russia") and first["sentence"].endswith("Studies")


def test_a_source_column_names_the_claimant_and_makes_another_partys_count_an_estimate():
    events = [e.to_dict() for e in extract_events(FACT_BOX)]
    russia = [e for e in events if e["subject"] == "Russia"]
    estimate = next(e for e in russia if e["type"] == "intelligence_estimate")
    assert estimate["source"] == "Centre for Sahel Studies"
    assert estimate["actor"] == "Centre for Sahel Studies" and estimate["target"] == "Russia"
    assert any(e["type"] == "deployment" and e["location"] == "Mali" for e in russia)


def test_a_state_counting_its_own_forces_abroad_is_a_deployment_and_anonymous_sources_nobody():
    events = [e for e in _figures(FACT_BOX) if e["value"] or e["high"]]
    turkey = next(e for e in events if e["subject"] == "Turkey")
    assert (turkey["type"], turkey["source"], turkey["location"]) == (
        "deployment",
        "Turkey",
        "Niger",
    )
    us = next(e for e in events if e["subject"] == "United States")
    assert (us["type"], us["source"], us["qualifier"]) == ("deployment", None, "at_most")


def test_a_loss_column_counts_losses():
    text = "SIDE    | KILLED      | CLAIMED BY\nUkraine | about 1,200 | Russian defence ministry\n"
    (figure,) = _figures(text)
    assert (figure["metric"], figure["value"], figure["source"]) == ("killed", 1200, "Russia")


def test_a_table_of_anything_but_forces_is_no_figure():
    prices = "PRODUCT | PRICE | STOCK\nRifle scope | 120 | 40\nTent | 80 | 300\n"
    assert table_rows(prices) == [] and _figures(prices) == []
    no_header = "Russia | Mali | 2,000\nTurkey | Niger | 300\n"
    assert _figures(no_header) == []
