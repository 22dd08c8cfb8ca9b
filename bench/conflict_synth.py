"""A conflict-heavy corpus for benchmarks, generated from our own templates (no copied text).

Each article is a headline and about twenty sentences: most carry a force figure, a claimant, a
request or an aid pledge, written in the varied ways wire copy phrases them; the rest are the
filler that surrounds them in real reports. Deterministic for a given seed.
"""

from __future__ import annotations

import random

STATES = [
    ("North Korea", "North Korean", "Pyongyang"),
    ("Russia", "Russian", "Moscow"),
    ("Ukraine", "Ukrainian", "Kyiv"),
    ("South Korea", "South Korean", "Seoul"),
    ("United States", "American", "Washington"),
    ("United Kingdom", "British", "London"),
    ("China", "Chinese", "Beijing"),
    ("France", "French", "Paris"),
    ("Israel", "Israeli", "Jerusalem"),
    ("Iran", "Iranian", "Tehran"),
    ("Turkey", "Turkish", "Ankara"),
    ("Poland", "Polish", "Warsaw"),
]
PLACES = [
    "the Kursk region", "eastern Ukraine", "the Donbas", "the border area", "the Sahel",
    "northern Syria", "southern Lebanon", "the Black Sea coast", "Belarus", "the Baltic states",
]  # fmt: skip
FORCES = ["troops", "soldiers", "personnel", "fighters", "military advisers", "servicemen"]
CLAIMANTS = [
    "{adj} intelligence", "the {adj} defence ministry", "{adj} officials", "the Pentagon",
    "NATO Secretary General", "a senior {adj} official", "the Institute for the Study of War",
    "{capital}", "the {adj} military", "{adj} lawmakers briefed by the spy agency",
]  # fmt: skip
ATTRIBUTIONS = ["said", "estimated", "told reporters", "said on Tuesday", "said in a statement"]


def _figure(rng: random.Random) -> str:
    n = rng.choice([300, 1500, 3000, 8000, 10000, 12000, 13000, 15000, 40000, 100000, 300000])
    style = rng.randrange(12)
    words = {
        300: "three hundred", 1500: "fifteen hundred", 3000: "three thousand",
        8000: "eight thousand", 10000: "ten thousand", 12000: "twelve thousand",
        13000: "thirteen thousand", 15000: "fifteen thousand", 40000: "forty thousand",
        100000: "one hundred thousand", 300000: "three hundred thousand",
    }  # fmt: skip
    if style == 0:
        return f"{n:,}"
    if style == 1:
        return f"around {n:,}"
    if style == 2:
        return words[n]
    if style == 3:
        return f"between {n:,} and {n + n // 5:,}"
    if style == 4:
        return f"up to {n:,}"
    if style == 5:
        return f"more than {n:,}"
    if style == 6:
        return f"an estimated {n:,}"
    if style == 7:
        return f"{n // 1000}k" if n >= 1000 else f"{n}"
    if style == 8:
        return f"{n:,}".replace(",", "\u202f")
    if style == 9:
        return f"nearly {n:,}"
    if style == 10:
        return f"{n:,}-{n + n // 10:,}"
    return f"some {n:,}"


def _sentence(rng: random.Random) -> str:
    a, b, c = rng.sample(STATES, 3)
    place = rng.choice(PLACES)
    force = rng.choice(FORCES)
    claimant = rng.choice(CLAIMANTS).format(adj=b[1], capital=b[2])
    fig = _figure(rng)
    verb = rng.choice(ATTRIBUTIONS)
    kind = rng.randrange(14)
    if kind == 0:
        return f"{claimant[0].upper()}{claimant[1:]} {verb} that {fig} {a[1]} {force} were deployed to {place}."
    if kind == 1:
        return f"According to {claimant}, {fig} {a[1]} {force} are now stationed in {place}."
    if kind == 2:
        return f"{b[0]} put the number of {a[1]} {force} in {place} at {fig}."
    if kind == 3:
        return f"The {a[1]} contingent, estimated at {fig} {force}, arrived in {place} last week."
    if kind == 4:
        return f"{a[2]} has sent {fig} {force} to help {c[0]}, {claimant} {verb}."
    if kind == 5:
        return f"{b[2]} urged {c[2]} to press {a[0]} to withdraw its {force} from {place}."
    if kind == 6:
        return f"{b[0]} is weighing military aid to {c[0]}, including air-defence systems."
    if kind == 7:
        return f"{a[0]} pledged a new package of weapons and ammunition for {c[0]} on Monday."
    if kind == 8:
        return f"{a[2]} denied sending any {force} to {place}."
    if kind == 9:
        return f"{a[0]} could send up to {fig} more {force} if the fighting spreads, analysts say."
    if kind == 10:
        return f"In 1950, {fig} {a[1]} soldiers crossed into the peninsula."
    if kind == 11:
        return f"At least {rng.randint(2, 60)} {a[1]} {force} were killed in clashes near {place}."
    if kind == 12:
        return f"It is estimated by {claimant} that {fig} {force} have been lost since the spring."
    return f"The {a[1]} {force}, reportedly numbering {fig}, are training in {place}."


FILLER = [
    "Markets in the region were calm on Wednesday, with the currency little changed.",
    "The talks are expected to resume next month in Geneva, diplomats said.",
    "Satellite images published by a private company showed new vehicles at the base.",
    "The minister is due to visit the capital on March 3 for a two-day summit.",
    "Officials declined to comment on the report, citing security concerns.",
    "Prices for wheat rose 4% on the news, while oil slipped to $81 a barrel.",
    "The ministry said a 19-year-old conscript had been detained near the border.",
    "Residents described hearing explosions for several hours after midnight.",
    "The parliament approved a budget of 12 billion euros for the coming year.",
    "Analysts said the move could change the course of the war within weeks.",
]


def conflict_articles(count: int = 300, seed: int = 20241029) -> list[str]:
    """`count` synthetic conflict reports of about 250-300 words each."""
    rng = random.Random(seed)
    articles = []
    for _ in range(count):
        a = rng.choice(STATES)
        headline = f"{a[0]} moves more forces as allies trade estimates"
        body = []
        for _ in range(rng.randint(16, 24)):
            body.append(_sentence(rng) if rng.random() < 0.7 else rng.choice(FILLER))
        paragraphs = [" ".join(body[i : i + 3]) for i in range(0, len(body), 3)]
        articles.append(headline + "\n\n" + "\n\n".join(paragraphs))
    return articles
