"""The gazetteer files: they load, they do not contradict themselves, and new names work end to end.

Every sentence here was written for this suite.
"""

from __future__ import annotations

from collections import defaultdict

import pycountry
import pytest
import yaml

from pipeline.extract import extract_events
from pipeline.extract.lexicon import AGENCY, DATA_DIR, load_lexicon

# Aliases deliberately listed under two names. The loader keeps the first one it reads
# (countries, then regions, then organisations, then people); each line says which wins and why.
KNOWN_SHARED_ALIASES: dict[str, str] = {}  # none today: "CSIS" (the think tank, not Canada's
# service), "ADF" (Allied Democratic Forces, not Australia's) and "SDF" (Syrian Democratic Forces,
# not Japan's) were each given to one name, the other matched by its full name only.

UN_MEMBER_COUNT = 193
NON_MEMBERS_LISTED = {"Taiwan", "Kosovo", "Palestine"}


def _rows(name: str) -> list[dict]:
    with (DATA_DIR / name).open(encoding="utf-8") as fh:
        return yaml.safe_load(fh) or []


def _alias_parties() -> dict[str, set[str]]:
    """Every alias written in the files -> the names it would stand for."""
    parties: dict[str, set[str]] = defaultdict(set)
    for row in _rows("countries.yaml"):
        for alias in [row["name"], *row.get("aliases", [])]:
            parties[str(alias)].add(row["name"])
    for row in _rows("regions.yaml"):
        for alias in [row["name"], *row.get("aliases", [])]:
            parties[str(alias)].add(row["name"])
    for row in _rows("organisations.yaml"):
        party = row["country"] if row["kind"] == AGENCY else row["name"]
        for alias in [row["name"], *row.get("aliases", [])]:
            parties[str(alias)].add(party)
    for row in _rows("people.yaml"):
        for alias in row["names"]:
            parties[str(alias)].add(row["of"])
    return parties


def test_the_loader_accepts_every_data_file():
    lex = load_lexicon()
    assert len(lex.countries) == UN_MEMBER_COUNT + len(NON_MEMBERS_LISTED)


@pytest.mark.parametrize("alpha_2", ["NG", "GY", "VE", "LT", "SZ", "MK", "TL", "CV", "FM", "SS"])
def test_un_member_states_beyond_the_first_list_are_present(alpha_2):
    assert alpha_2 in {ent.code for ent in load_lexicon().countries.values()}


def test_no_alias_stands_for_two_names_unless_documented():
    clashes = {a: p for a, p in _alias_parties().items() if len(p) > 1}
    assert set(clashes) <= set(KNOWN_SHARED_ALIASES), clashes


def test_every_country_resolves_to_an_iso_code():
    no_code = [name for name, ent in load_lexicon().countries.items() if not ent.code]
    assert no_code == []


def test_iso_codes_given_by_hand_are_real_or_kosovo():
    for row in _rows("countries.yaml"):
        if row.get("iso") and row["iso"] != "XK":
            assert pycountry.countries.get(alpha_2=row["iso"]) is not None, row["name"]


def test_iso_codes_are_not_shared_between_countries():
    codes = [ent.code for ent in load_lexicon().countries.values()]
    assert len(codes) == len(set(codes))


def test_people_belong_to_a_known_country_or_body():
    known = {r["name"] for r in _rows("countries.yaml")} | {
        r["name"] for r in _rows("organisations.yaml")
    }
    assert {r["of"] for r in _rows("people.yaml")} <= known


def test_every_homonym_has_two_readings_and_the_first_is_the_gazetteers():
    lex = load_lexicon()
    for alias, readings in lex.homonyms.items():
        assert len(readings) >= 2, alias
        assert readings[0].entity.party == lex.aliases[alias].party, alias


def test_no_alias_is_a_fragment_of_a_comma_split_name():
    # an unquoted "Foreign, Commonwealth and Development Office" would make "Foreign" an alias
    assert not {"Foreign", "Commonwealth", "Washington, D.C"} & set(load_lexicon().aliases)


@pytest.mark.parametrize(
    "alias, party",
    [
        ("Burma", "Myanmar"),
        ("Türkiye", "Turkey"),
        ("Czechia", "Czech Republic"),
        ("DRC", "Democratic Republic of the Congo"),
        ("Congo-Brazzaville", "Republic of the Congo"),
        ("Côte d'Ivoire", "Ivory Coast"),
        ("Guyanese", "Guyana"),
        ("Swaziland", "Eswatini"),
        ("Timor-Leste", "East Timor"),
        ("KFOR", "NATO"),
        ("MINUSCA", "United Nations"),
        ("ATMIS", "African Union"),
        ("EUFOR", "European Union"),
        ("Tatmadaw", "Myanmar"),
        ("FARDC", "Democratic Republic of the Congo"),
        ("BND", "Germany"),
        ("DGSE", "France"),
        ("IRGC", "Iran"),
        ("CSIS", "Center for Strategic and International Studies"),
        ("Canadian Security Intelligence Service", "Canada"),
        ("ADF", "Allied Democratic Forces"),
        ("Australian Defence Force", "Australia"),
        ("SDF", "Syrian Democratic Forces"),
        ("ACLED", "Armed Conflict Location & Event Data Project"),
        ("IISS", "International Institute for Strategic Studies"),
    ],
)
def test_alias_resolves_to_its_party(alias, party):
    assert load_lexicon().aliases[alias].party == party


def _figure(text: str):
    figs = [e for e in extract_events(text) if e.value is not None or e.low is not None]
    assert len(figs) == 1, figs
    return figs[0]


def test_a_country_new_to_the_gazetteer_is_a_claimant_through_its_ministry():
    fig = _figure(
        "Lithuania's defence ministry said about 4,000 German soldiers would be based in the "
        "country by 2027."
    )
    assert (fig.value, fig.source, fig.subject) == (4000, "Lithuania", "Germany")


def test_a_think_tank_by_its_full_name_is_its_own_claimant():
    fig = _figure(
        "The Institute for the Study of War estimated that some 12,000 Russian troops were "
        "massed near the border."
    )
    assert (fig.value, fig.source) == (12000, "Institute for the Study of War")


def test_a_think_tank_acronym_gives_the_full_name():
    fig = _figure("The IISS estimated that Venezuela now fields about 120,000 active troops.")
    assert (fig.source, fig.subject) == (
        "International Institute for Strategic Studies",
        "Venezuela",
    )


def test_an_intelligence_service_speaks_for_its_country():
    fig = _figure(
        "The Estonian Foreign Intelligence Service estimated that Russia had moved 2,500 troops "
        "closer to the border."
    )
    assert (fig.source, fig.subject) == ("Estonia", "Russia")


def test_a_monitor_counts_losses_under_its_own_name():
    fig = _figure(
        "The Syrian Observatory for Human Rights said 42 fighters were killed in clashes on Tuesday."
    )
    assert (fig.value, fig.metric, fig.source) == (
        42,
        "killed",
        "Syrian Observatory for Human Rights",
    )


def test_a_nato_mission_claims_for_nato():
    fig = _figure("KFOR said it had deployed 600 additional troops to northern Kosovo.")
    assert (fig.value, fig.source) == (600, "NATO")


def test_a_un_mission_claims_for_the_united_nations():
    fig = _figure("UNIFIL said about 10,000 peacekeepers remain in southern Lebanon.")
    assert (fig.value, fig.source) == (10000, "United Nations")


def test_an_army_known_by_its_own_name_speaks_for_its_country():
    fig = _figure("The Tatmadaw said it had killed 50 Arakan Army fighters.")
    assert (fig.value, fig.source, fig.subject) == (50, "Myanmar", "Arakan Army")


def test_a_country_claims_losses_of_an_armed_group():
    fig = _figure(
        "Nigeria's army said its soldiers had killed 35 Boko Haram fighters in Borno state."
    )
    assert (fig.source, fig.subject, fig.metric) == ("Nigeria", "Boko Haram", "killed")


def test_a_small_state_deploying_is_the_actor():
    fig = _figure("Hungary sent 200 soldiers to Chad, the Hungarian defence ministry said.")
    assert (fig.value, fig.source, fig.subject) == (200, "Hungary", "Hungary")


def test_a_capital_new_to_the_gazetteer_speaks_for_its_country():
    fig = _figure("Venezuela has deployed 5,000 troops to its border with Guyana, Caracas said.")
    assert (fig.value, fig.source, fig.subject) == (5000, "Venezuela", "Venezuela")


def test_an_alternative_country_name_resolves_to_the_short_name():
    fig = _figure(
        "Cote d'Ivoire has stationed 1,000 soldiers on its northern border, its defence ministry "
        "said."
    )
    assert (fig.source, fig.subject) == ("Ivory Coast", "Ivory Coast")


def test_an_army_acronym_claims_losses_of_an_armed_group_acronym():
    fig = _figure("The FARDC said it had killed 30 ADF fighters in Ituri.")
    assert (fig.source, fig.subject) == (
        "Democratic Republic of the Congo",
        "Allied Democratic Forces",
    )


def test_a_short_ngo_name_gives_its_full_name():
    fig = _figure(
        "Ethiopia has moved 10,000 troops toward the Eritrean border, according to Crisis Group."
    )
    assert (fig.source, fig.subject) == ("International Crisis Group", "Ethiopia")
