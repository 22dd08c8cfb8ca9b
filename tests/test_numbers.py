"""Specification of the figure parser: every way news writes a count, and what is not a count."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.extract.numbers import find_numbers, find_quantities, parse_quantity

# (sentence, expected matched text, value, low, high, qualifier)
COUNTS = [
    ("They sent 10,000 troops.", "10,000", 10000, None, None, "exact"),
    ("They sent 10 000 troops.", "10 000", 10000, None, None, "exact"),
    ("They sent 10\u202f000 troops.", "10\u202f000", 10000, None, None, "exact"),
    ("They sent 10\u00a0000 troops.", "10\u00a0000", 10000, None, None, "exact"),
    ("They sent 10.000 troops.", "10.000", 10000, None, None, "exact"),
    ("They sent 1.250.000 troops.", "1.250.000", 1250000, None, None, "exact"),
    ('They sent 3,800 "Greywolf" soldiers.', "3,800", 3800, None, None, "exact"),
    ("They sent 2,5 thousand troops.", "2,5 thousand", 2500, None, None, "exact"),
    ("They sent 2 thousand 500 men.", "2 thousand 500", 2500, None, None, "exact"),
    ("They sent four and a half thousand men.", "four and a half thousand", 4500, None, None,
     "exact"),
    ("They sent between four thousand and four and a half thousand men.",
     "between four thousand and four and a half thousand", None, 4000, 4500, "range"),
    ("They sent four thousand and four men.", "four thousand and four", 4004, None, None,
     "exact"),
    ("They sent 1,5 mil effectives.", "1,5 mil", 1500, None, None, "exact"),
    ("They sent 12 mil effectives.", "12 mil", 12000, None, None, "exact"),
    ("They sent 10000 troops.", "10000", 10000, None, None, "exact"),
    ("They sent ten thousand troops.", "ten thousand", 10000, None, None, "exact"),
    ("They sent twelve hundred troops.", "twelve hundred", 1200, None, None, "exact"),
    ("They sent 10k troops.", "10k", 10000, None, None, "exact"),
    ("They sent 10K troops.", "10K", 10000, None, None, "exact"),
    ("They sent 1.5 thousand troops.", "1.5 thousand", 1500, None, None, "exact"),
    ("Russia has 1.5 million troops.", "1.5 million", 1500000, None, None, "exact"),
    ("Russia has 1.5m troops.", "1.5m", 1500000, None, None, "exact"),
    ("Russia has 3.5 million soldiers.", "3.5 million", 3500000, None, None, "exact"),
    ("a 12,000-strong force", "12,000-strong", 12000, None, None, "exact"),
    ("the 1,400-strong contingent", "1,400-strong", 1400, None, None, "exact"),
    ("around 12,000 troops", "around 12,000", 12000, None, None, "approx"),
    ("about 12,000 troops", "about 12,000", 12000, None, None, "approx"),
    ("roughly 12,000 troops", "roughly 12,000", 12000, None, None, "approx"),
    ("approximately 12,000 troops", "approximately 12,000", 12000, None, None, "approx"),
    ("some 12,000 troops", "some 12,000", 12000, None, None, "approx"),
    ("an estimated 12,000 troops", "an estimated 12,000", 12000, None, None, "approx"),
    ("estimated 12,000 troops", "estimated 12,000", 12000, None, None, "approx"),
    ("nearly 1,500 troops", "nearly 1,500", 1500, None, None, "approx"),
    ("almost 1,500 troops", "almost 1,500", 1500, None, None, "approx"),
    ("close to 16,000 soldiers", "close to 16,000", 16000, None, None, "approx"),
    ("~10,000 troops", "~10,000", 10000, None, None, "approx"),
    ("10,000 or so troops", "10,000 or so", 10000, None, None, "approx"),
    ("a 10,000-odd force", "10,000-odd", 10000, None, None, "approx"),
    ("between 10,000 and 12,000 troops", "between 10,000 and 12,000", None, 10000, 12000, "range"),
    ("10,000 to 12,000 troops", "10,000 to 12,000", None, 10000, 12000, "range"),
    ("10,000-12,000 troops", "10,000-12,000", None, 10000, 12000, "range"),
    ("10,000\u201312,000 troops", "10,000\u201312,000", None, 10000, 12000, "range"),
    ("from 10,000 to 12,000 troops", "from 10,000 to 12,000", None, 10000, 12000, "range"),
    ("between 150,000-190,000 losses", "between 150,000-190,000", None, 150000, 190000, "range"),
    ("in the range of 240,000-290,000", "in the range of 240,000-290,000", None, 240000, 290000,
     "range"),
    ("One to two thousand militiamen", "One to two thousand", None, 1000, 2000, "range"),
    ("1-2 thousand militiamen", "1-2 thousand", None, 1000, 2000, "range"),
    ("two or three thousand fighters", "two or three thousand", None, 2000, 3000, "range"),
    ("150-200 Nepalis", "150-200", None, 150, 200, "range"),
    ("up to 15,000 troops", "up to 15,000", None, None, 15000, "at_most"),
    ("as many as 15,000 troops", "as many as 15,000", None, None, 15000, "at_most"),
    ("no more than 15,000 troops", "no more than 15,000", None, None, 15000, "at_most"),
    ("at most 15,000 troops", "at most 15,000", None, None, 15000, "at_most"),
    ("as high as 4,000", "as high as 4,000", None, None, 4000, "at_most"),
    ("a maximum of 15,000 troops", "a maximum of 15,000", None, None, 15000, "at_most"),
    ("slightly under 2000 mercenaries", "slightly under 2000", None, None, 2000, "at_most"),
    ("just under two thousand mercenaries", "just under two thousand", None, None, 2000,
     "at_most"),
    ("more than 3,000 troops", "more than 3,000", None, 3000, None, "at_least"),
    ("over 3,000 troops", "over 3,000", None, 3000, None, "at_least"),
    ("at least 3,000 troops", "at least 3,000", None, 3000, None, "at_least"),
    ("in excess of 3,000 troops", "in excess of 3,000", None, 3000, None, "at_least"),
    ("upwards of 3,000 troops", "upwards of 3,000", None, 3000, None, "at_least"),
    ("no fewer than 3,000 troops", "no fewer than 3,000", None, 3000, None, "at_least"),
    ("a little over 1,000 troops", "a little over 1,000", None, 1000, None, "at_least"),
    ("10,000-plus troops", "10,000-plus", None, 10000, None, "at_least"),
    ("at least a half dozen troops", "at least a half dozen", None, 6, None, "at_least"),
    ("tens of thousands of troops", "tens of thousands", None, None, None, "vague"),
    ("hundreds of thousands of troops", "hundreds of thousands", None, None, None, "vague"),
    ("several thousand troops", "several thousand", None, None, None, "vague"),
    ("a few hundred troops", "a few hundred", None, None, None, "vague"),
    ("hundreds of troops", "hundreds", None, None, None, "vague"),
    ("thousands of troops", "thousands", None, None, None, "vague"),
    ("dozens of troops", "dozens", None, None, None, "vague"),
    ("a dozen troops", "a dozen", 12, None, None, "exact"),
    ("two dozen troops", "two dozen", 24, None, None, "exact"),
    ("half a dozen troops", "half a dozen", 6, None, None, "exact"),
    ("a couple of hundred troops", "a couple of hundred", 200, None, None, "approx"),
    ("half a million men", "half a million", 500000, None, None, "exact"),
    ("a thousand men", "a thousand", 1000, None, None, "exact"),
    ("twenty-five thousand men", "twenty-five thousand", 25000, None, None, "exact"),
    ("Fifty Azerbaijani soldiers", "Fifty", 50, None, None, "exact"),
    ("one hundred and twenty thousand men", "one hundred and twenty thousand", 120000, None,
     None, "exact"),
    ("slightly under 2000 Russian mercenaries", "slightly under 2000", None, None, 2000,
     "at_most"),
    ("2000 troops arrived", "2000", 2000, None, None, "exact"),
    ('he said "about 80,000 troops', "about 80,000", 80000, None, None, "approx"),
    ("(roughly 5,000 troops)", "roughly 5,000", 5000, None, None, "approx"),
    ('He said "well over 9,000" of them left.', "well over 9,000", None, 9000, None, "at_least"),
    ("Deaths have topped 4,000 so far.", "topped 4,000", None, 4000, None, "at_least"),
    ("The toll exceeded 300 on Monday.", "exceeded 300", None, 300, None, "at_least"),
    ("the top 20 commanders", "20", 20, None, None, "exact"),
    ("Another thousand or so are on the way.", "Another thousand or so", 1000, None, None,
     "approx"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "text", "value", "low", "high", "qualifier"), COUNTS)
def test_count_expressions_parse_to_their_figures(sentence, text, value, low, high, qualifier):
    found = find_quantities(sentence)
    assert len(found) == 1, found
    q = found[0]
    assert (q.text, q.value, q.low, q.high, q.qualifier) == (text, value, low, high, qualifier)
    assert sentence[q.start : q.end] == q.text


# (sentence, the number's text as written, its kind): none of these is a count.
NOT_COUNTS = [
    ("In 1950, the war began.", "1950", "year"),
    ("since 2024 the army has grown", "2024", "year"),
    ("The 2022 invasion changed everything.", "2022", "year"),
    ("the 2023-24 season", "2023-24", "year"),
    ("in the 1990s", "1990s", "year"),
    ("It rose 20% last year.", "20", "percent"),
    ("It rose 20 per cent.", "20", "percent"),
    ("It rose 20 percent.", "20", "percent"),
    ("a $5bn aid package", "$5bn", "money"),
    ("a £600m contract", "£600m", "money"),
    ("a €1.5 billion loan", "€1.5 billion", "money"),
    ("5 billion dollars in aid", "5 billion", "money"),
    ("US$3m was paid", "US$3m", "money"),
    ("the 3rd Brigade", "3rd", "ordinal"),
    ("the 72nd brigade", "72nd", "ordinal"),
    ("on March 3 the troops left", "3", "date"),
    ("on 3 March the troops left", "3", "date"),
    ("published 2024-10-29", "2024-10-29", "date"),
    ("at 10:30 local time", "10:30", "time"),
    ("at 6 pm", "6", "time"),
    ("3.5 km from the border", "3.5", "measure"),
    ("a 20-kilometre zone", "20", "measure"),
    ("for 34 days", "34", "measure"),
    ("a 3.5 rise", "3.5", "decimal"),
    ('a 12" shell casing', "12", "measure"),
    ("aged 19", "19", "age"),
    ("a 19-year-old soldier", "19", "age"),
    ("Resolution 1701 passed", "1701", "label"),
]


@pytest.mark.parametrize(("sentence", "text", "kind"), NOT_COUNTS)
def test_non_counts_are_marked_with_their_kind(sentence, text, kind):
    found = find_numbers(sentence)
    assert [(m.quantity.text, m.kind) for m in found] == [(text, kind)]
    assert find_quantities(sentence) == []


@pytest.mark.parametrize(
    "sentence", ["F-16 jets arrived", "the M23 rebels", "S-400 systems", "Covid-19", "5G masts"]
)
def test_model_names_hold_no_number(sentence):
    assert find_numbers(sentence) == []


def test_a_year_before_a_count_is_told_apart():
    found = find_numbers("In 1950, 300,000 Chinese soldiers crossed the river.")
    assert [(m.kind, m.quantity.value) for m in found] == [("year", 1950), ("count", 300000)]


def test_change_from_one_figure_to_another_is_two_figures_not_a_range():
    found = find_quantities("troops rose from roughly 70,000 to more than 100,000")
    assert [(q.qualifier, q.value, q.low) for q in found] == [
        ("approx", 70000, None),
        ("at_least", None, 100000),
    ]


def test_a_change_by_an_amount_is_not_a_range():
    found = find_quantities("it increased by 7,000 to 20,000 troops")
    assert [q.value for q in found] == [7000, 20000]


def test_several_figures_in_one_sentence_keep_their_own_spans():
    sentence = "about 1,000 soldiers are in Niamey and 400 others are in the north"
    found = find_quantities(sentence)
    assert [sentence[q.start : q.end] for q in found] == ["about 1,000", "400"]


def test_parse_quantity_reads_one_expression():
    q = parse_quantity("  around 10,000 ")
    assert (q.value, q.qualifier, q.start, q.end) == (10000, "approx", 2, 15)


@pytest.mark.parametrize("text", ["$5bn", "20%", "troops", "10,000 and 12,000 men", ""])
def test_parse_quantity_refuses_what_is_not_one_count(text):
    assert parse_quantity(text) is None


# --- property: any integer, written any way, parses back to itself --------------------------
_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _below_thousand(n: int, hyphen: bool, use_and: bool) -> str:
    parts = []
    if n >= 100:
        parts.append(f"{_ONES[n // 100]} hundred")
        n %= 100
        if n and use_and:
            parts.append("and")
    if n >= 20:
        tens, ones = divmod(n, 10)
        joiner = "-" if hyphen else " "
        parts.append(_TENS[tens - 2] + (joiner + _ONES[ones] if ones else ""))
    elif n:
        parts.append(_ONES[n])
    return " ".join(parts)


def english(n: int, hyphen: bool = True, use_and: bool = False) -> str:
    """Our own writer of English numbers, to check the reader against."""
    if n == 0:
        return "zero"
    words = []
    for size, name in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand"), (1, "")):
        chunk, n = divmod(n, size)
        if chunk:
            words.append((_below_thousand(chunk, hyphen, use_and) + " " + name).strip())
    return " ".join(words)


def grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


_SEPARATORS = [",", " ", "\u00a0", "\u202f", "\u2009", "."]


@given(st.integers(0, 10**9), st.sampled_from(_SEPARATORS))
def test_any_integer_with_any_separator_parses_back(n, sep):
    q = parse_quantity(grouped(n, sep))
    assert q is not None and (q.value, q.qualifier) == (n, "exact")


@given(st.integers(0, 10**9))
def test_any_integer_without_separators_parses_back(n):
    q = parse_quantity(str(n))
    assert q is not None and q.value == n


@given(st.integers(0, 10**9), st.booleans(), st.booleans())
def test_any_integer_in_english_words_parses_back(n, hyphen, use_and):
    text = english(n, hyphen, use_and)
    q = parse_quantity(text)
    assert q is not None and q.value == n, text


@given(st.integers(1, 10**9), st.sampled_from([",", "\u202f", "."]))
def test_an_integer_in_a_sentence_is_found_with_its_span(n, sep):
    sentence = f"Officials said {grouped(n, sep)} soldiers had arrived."
    found = find_quantities(sentence)
    assert [q.value for q in found] == [n]
    assert sentence[found[0].start : found[0].end] == grouped(n, sep)
