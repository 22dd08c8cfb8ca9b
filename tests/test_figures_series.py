"""Series keys and figure comparison: what makes two figures one series, equal or opposed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from pipeline.figures import (
    Obs,
    classify,
    contradicts,
    normalise_force,
    normalise_metric,
    normalise_theatre,
    same_figure,
)

THEATRES = {"ru": "russia-ukraine", "ru-*": "russia-ukraine", "ua": "russia-ukraine",
            "kursk region": "russia-ukraine", "russia": "russia-ukraine",
            "ukraine": "russia-ukraine"}  # fmt: skip
T = dt.datetime(2024, 11, 1, tzinfo=dt.UTC)


def obs(value=None, low=None, high=None, qualifier="exact", claimant="United States", i=1):
    return Obs(i, 1, claimant, True, value, low, high, qualifier, T + dt.timedelta(days=i))


@pytest.mark.parametrize(
    ("code", "location", "target"),
    [("RU-KRS", "Kursk Oblast", "Russia"), ("RU", "Russia", None), ("UA", "Ukraine", None),
     (None, "Kursk region", None), (None, None, "Russia"), (None, "Russia (Kursk Oblast)", None),
     (None, "Ukraine (Sumy Oblast)", None)],
)  # fmt: skip
def test_places_of_one_deployment_map_to_one_theatre(code, location, target):
    assert normalise_theatre(THEATRES, code, location, target) == "russia-ukraine"


def test_unknown_place_keeps_its_own_theatre_and_nothing_is_unspecified():
    assert normalise_theatre(THEATRES, "ML", "Mali", None) == "ml"
    assert normalise_theatre(THEATRES, None, None, None) == "unspecified"


@pytest.mark.parametrize(
    ("metric", "subject", "expected"),
    [("soldiers", None, "troops"), ("personnel", None, "troops"), (None, "North Korean troops", "troops"),
     ("dead", None, "killed"), (None, "soldiers killed", "killed"), ("injured", None, "wounded"),
     (None, "North Korean soldiers wounded", "wounded")],
)  # fmt: skip
def test_metric_synonyms_fold_and_losses_stay_apart_from_strength(metric, subject, expected):
    assert normalise_metric(metric, subject, "intelligence_estimate") == expected


def test_force_is_the_actor_or_the_owner_named_by_the_subject():
    assert normalise_force("North Korea", "North Korean troops") == "north korea"
    assert normalise_force(None, "North Korean troops") == "north korea"
    assert normalise_force("  The Kremlin ", None) == "kremlin"


def test_approximate_and_exact_of_the_same_number_are_the_same_figure():
    assert same_figure(obs(D(10000), qualifier="approx"), obs(D(10000)))
    assert not same_figure(obs(low=D(3000), qualifier="at_least"), obs(D(3000)))


def test_overlapping_ranges_do_not_contradict_but_disjoint_distant_ones_do():
    assert not contradicts(obs(low=D(10000), high=D(12000), qualifier="range"), obs(D(11500)))
    assert not contradicts(obs(low=D(3000), qualifier="at_least"), obs(D(13000)))
    assert contradicts(obs(D(10000)), obs(D(13000)))
    assert not contradicts(obs(D(10000)), obs(D(10500)))  # 5%: under the threshold


def test_first_figure_of_a_second_claimant_that_clashes_is_a_contradiction():
    us = obs(D(10000), claimant="United States", i=1)
    sk = obs(D(13000), claimant="South Korea", i=2)
    verdict = classify(sk, us, {"United States": us})
    assert (verdict.kind, verdict.previous) == ("contradicts", us)


def test_unattributed_revisions_are_not_claimant_revisions():
    a = obs(D(10000), claimant="unattributed", i=1)
    a.attributed = False
    b = obs(D(12000), claimant="unattributed", i=2)
    b.attributed = False
    verdict = classify(b, a, {"unattributed": a})
    assert (verdict.kind, verdict.same_claimant_revision) == ("changed", False)


def test_an_estimates_actor_is_the_estimator_not_the_counted_force():
    assert normalise_force("South Korea", None, "intelligence_estimate", "North Korea") == (
        "north korea"
    )


def test_a_claimant_revising_its_joint_estimate_is_a_revision():
    joint = obs(D(10000), claimant="United States; United Kingdom", i=1)
    alone = obs(D(12000), claimant="United States", i=2)
    verdict = classify(alone, joint, {joint.claimant: joint})
    assert (verdict.kind, verdict.previous, verdict.same_claimant_revision) == (
        "changed", joint, True,
    )  # fmt: skip


def test_an_unmapped_place_with_a_subdivision_keeps_its_country_name():
    assert normalise_theatre({}, None, "Mali (Kidal Region)", None) == "mali"
