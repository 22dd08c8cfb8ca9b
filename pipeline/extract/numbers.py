"""Figures as news writes them: "10,000", "ten thousand", "around 12,000", "10,000-12,000".

`find_numbers` finds every numeric expression in a text and says what kind it is (a count, or a
year, percentage, sum of money, date, time, measure, age, ordinal, decimal or label), so that
the event rules never mistake "in 1950" or "$5bn" for a force. `find_quantities` keeps the
counts; `parse_quantity` reads one expression. Qualifiers follow the annotation standard
(FORMAT.md): "nearly"/"almost"/"close to"/"approaching" are approx, "just under" is at_most, "a little over"
is at_least; a range has low/high and no value; "several thousand" is vague, with no numbers.

This is pure string work with a few compiled regular expressions: it runs on every candidate
sentence, so it must cost far less than tokenising the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from pipeline.extract.model import Qualifier, Quantity

Kind = Literal[
    "count",
    "year",
    "percent",
    "money",
    "ordinal",
    "date",
    "time",
    "measure",
    "age",
    "decimal",
    "label",
]

__all__ = [
    "THRESHOLD_WORDS",
    "Kind",
    "NumberMention",
    "find_numbers",
    "find_quantities",
    "parse_quantity",
    "trie_regex",
]


@dataclass(frozen=True)
class NumberMention:
    """A numeric expression and what it counts or measures ("count" is the only force-like kind)."""

    quantity: Quantity
    kind: Kind

    @property
    def is_count(self) -> bool:
        return self.kind == "count"


# --- vocabulary -------------------------------------------------------------------------------
_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
# "mil" is the thousand of Spanish and Portuguese wires in translation ("1,5 mil effectives")
_BIG = {"thousand": 10**3, "mil": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_INDIAN = {"lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7}
_SUFFIX = {
    "k": 10**3, "m": 10**6, "mn": 10**6, "mln": 10**6, "b": 10**9, "bn": 10**9,
    "bln": 10**9, "tn": 10**12, "trn": 10**12,
}  # fmt: skip
_MULTIPLIER_WORDS = {"hundred": 100, **_BIG, **_INDIAN, "dozen": 12}


def _alts(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


def trie_regex(words: Iterable[str]) -> str:
    """A regex alternation shaped as a trie: one character test per step, not one per word."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(tree)


# Every word that can spell a count, singular and plural: the extractor's cheap prefilter uses
# this set so that a sentence the parser could read ("seventeen soldiers") is never skipped.
NUMBER_WORDS = frozenset(
    [*_UNITS, *_TENS, *_MULTIPLIER_WORDS] + [w + "s" for w in ("hundred", *_BIG, "dozen")]
)
_SMALL_RE = trie_regex([*_UNITS, *_TENS])
_MULT_RE = trie_regex(["hundred", *_BIG, *_INDIAN, "dozen"])
_NUMBER_WORD_RE = trie_regex([*_UNITS, *_TENS, "hundred", *_BIG, *_INDIAN, "dozen"])
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)
_SPACE = "[ \u00a0\u202f\u2009]"

# Order matters: at one position the first alternative that matches wins, so the shapes that
# are never counts (dates, times, ordinals, decades, model names) come before plain digits.
_ATOM = re.compile(
    rf"""
    (?<![A-Za-z])  # only word starts and digits: cheap rejection elsewhere
    (?:(?=[\d'])
    (?:(?P<date>\b\d{{4}}-\d{{1,2}}-\d{{1,2}}\b|\b\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}\b)
    |(?P<time>\b\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?\s*(?:[ap]\.?m\.?|GMT|UTC|[Hh]rs?\b)
        |\b\d{{1,2}}:\d{{2}}\b)
    |(?P<yrange>\b(?:1[89]|20)\d{{2}}[-–/](?:\d{{2}}|(?:1[89]|20)\d{{2}})\b(?![-–,.]?\d))
    |(?P<ordinal>\b\d+(?:st|nd|rd|th)\b)
    |(?P<decade>(?:\b|')\d{{1,3}}0s\b)
    |(?P<digits>(?<![\w.,/])(?<![A-Za-z]-)
        (?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?
          |\d{{1,3}}(?:{_SPACE}\d{{3}})+(?![\d,.]\d)
          |\d{{1,3}}(?:\.\d{{3}}){{2,}}
          |\d+,\d{{1,2}}(?=[\s-]*(?:hundred|thousand|million|billion|mil)\b)
          |\d+(?:\.\d+)?)
        (?:(?P<mult>[\s-]*(?:hundred|thousand|million|billion|trillion|lakhs?|crores?|mil)\b)
          |(?P<suffix>(?:k|mn|mln|m|bn|bln|b|tn|trn)\b))?
        (?![\w]|/\d)))
    |(?=[adefhmnostz])  # the first letters of every number word and vague phrase
    (?:(?P<vague>\b(?:
        (?:tens|hundreds)\s+of\s+(?:thousands|millions)
        |(?:several|a\s+few|a\s+handful\s+of|many|multiple|a\s+couple\s+of\s+dozen)
            (?:[\s-]+(?:dozen|hundred|thousand|million))+\b
        |(?:several|many|multiple)\s+(?:dozens|hundreds|thousands)
        |scores(?=\s+of\b)
        |(?:dozens|hundreds|thousands|millions)\b
    ))
    |(?P<words>
        (?:(?:\bhalf\s+a|\ba\s+half|\ba\s+quarter(?:\s+of)?\s+a|\bthree[\s-]quarters\s+of\s+a
            |\ba\s+couple(?:\s+of)?|\ba|\banother)\s+(?=(?:{_MULT_RE})\b)
          |\b(?=(?:{_SMALL_RE})\b))
        {_NUMBER_WORD_RE}\b
        (?:(?:[\s-]+|\s+and\s+(?!(?:{_NUMBER_WORD_RE})\s+and\s+a\s+half\b))
            {_NUMBER_WORD_RE}\b)*)))
    """,
    re.IGNORECASE | re.VERBOSE,
)

_QUALIFIER_PREFIXES: list[tuple[Qualifier, str]] = [
    (
        "at_least",
        r"more\s+than|over|at\s+least|in\s+excess\s+of|upwards?\s+of|no\s+(?:fewer|less)\s+than"
        r"|not\s+(?:fewer|less)\s+than|a\s+minimum\s+of|minimum\s+of|above|exceeding|north\s+of"
        r"|(?:just|slightly|a\s+little|a\s+bit|well|far|much|some)\s+(?:over|above|more\s+than)"
        r"|as\s+few\s+as|\>|>="
        r"|(?<!\bthe\s)(?<!\bits\s)(?<!\ba\s)top(?:s|ped|ping)?|exceed(?:s|ed|ing)?"
        r"|surpass(?:es|ed|ing)?",
    ),
    (
        "at_most",
        r"up\s+to|as\s+many\s+as|as\s+high\s+as|as\s+much\s+as|no\s+more\s+than"
        r"|not\s+more\s+than|at\s+(?:the\s+)?most|(?:a\s+)?maximum\s+of|under|below"
        r"|(?:less|fewer)\s+than|not\s+exceeding|"
        r"(?:just|slightly|a\s+little|a\s+bit|well)\s+(?:under|below|short\s+of|less\s+than)|\<",
    ),
    (
        "approx",
        r"about|around|approximately|approx\.?|roughly|some|(?:an\s+)?estimated|nearly|almost"
        r"|close\s+to|circa|ca\.|c\.|~|≈|more\s+or\s+less|in\s+the\s+(?:region|order)\s+of"
        r"|the\s+better\s+part\s+of"
        r"|on\s+the\s+order\s+of|(?:an\s+)?approximate|just\s+about|around\s+about"
        r"|(?:just\s+)?shy\s+of|an\s+approximated|a\s+rough"
        r"|approach(?:es|ed|ing)?|near(?:s|ed|ing)",
    ),
]
_PREFIX = re.compile(
    r"(?:(?<![\w])|(?<=[~≈<>]))(?:"
    + "|".join(f"(?P<{q}>{alts})" for q, alts in _QUALIFIER_PREFIXES)
    + r")\s*$",
    re.IGNORECASE,
)
_POSTFIX = re.compile(
    r"(?:\s+or\s+so|\s+or\s+thereabouts|[\s-]+odd\b)(?P<approx>)"
    r"|(?:\s+or\s+more|\s+and\s+more|\s+and\s+counting|\s*-?plus\b|\+|\s+at\s+least)(?P<at_least>)"
    r"|(?:\s+or\s+(?:fewer|less)|\s+at\s+most|\s+at\s+the\s+most)(?P<at_most>)",
    re.IGNORECASE,
)
_STRONG = re.compile(r"[\s-](?:strong|member|man|men|person|troop|soldier)\b", re.IGNORECASE)
_RANGE_GAP = re.compile(r"\s*(?:[-–‐‑]|to|and|or)\s*$", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_CHANGE_BEFORE_FROM = re.compile(
    r"\b(?:increas|ris|rose|grow|grew|rais|reduc|cut|drop|fell|fall|climb|jump|doubl|tripl"
    r"|swell|swollen|shr[iau]nk|boost|expand|bring|brought|decreas|declin|lower|surg|soar"
    r"|revis|upgrad|downgrad|balloon|went|gone|go|up|down|chang|mov|shift|trim|slash)\w*"
    r"(?:\s+[\w'’-]+){0,6}\s+from\s+$",
    re.IGNORECASE,
)
_BY_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)

_CURRENCY_SIGNS = "$£€¥₹₽₩₴"
_CURRENCY_CODES = {
    "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "UAH", "RUB", "CHF", "RS", "RS.", "RP",
    "DH", "SAR", "AED",
}  # fmt: skip
_CURRENCY_BEFORE = re.compile(
    r"(?:[$£€¥₹₽₩₴]|\b(?:US|A|C|HK|NZ|S|R)\$|\b(?:USD|EUR|GBP|JPY|CNY|RMB|INR|UAH|RUB|CHF|Rs\.?"
    r"|Rp|Dh|SAR|AED))\s*$"
)
_CURRENCY_AFTER = re.compile(
    r"\s*(?:(?:US\s+|American\s+|Canadian\s+|Australian\s+|Hong\s+Kong\s+)?dollars?|euros?"
    r"|pounds?(?:\s+sterling)?|sterling|yen|yuan|renminbi|rupees?|roubles?|rubles?"
    r"|hryvnias?|won|francs?|shekels?|dinars?|riyals?|dirhams?|lira|liras|rand|pesos?|cents?"
    r"|pence|USD|EUR|GBP)\b",
    re.IGNORECASE,
)
_PERCENT_AFTER = re.compile(
    r"\s*(?:%|per\s*cent\b|percent\b|pc\b|percentage\s+points?\b|pct\b|basis\s+points?\b)",
    re.IGNORECASE,
)
_TIME_AFTER = re.compile(
    r"\s*(?:[ap]\.m\.|[ap]m\b|GMT\b|UTC\b|BST\b|EST\b|EDT\b|CET\b|o'clock\b|hrs\b|local\s+time)",
    re.IGNORECASE,
)
_AGE_WORDS = {"aged", "age", "ages", "ageing", "aging"}
_AGE_AFTER = re.compile(r"(?:[\s-]+years?[\s-]+old|[\s-]+years?-olds?\b|[\s-]+yo\b)", re.IGNORECASE)
_MEASURE_AFTER = re.compile(
    r"[\s-]*(?:km|kms|kilomet(?:re|er)s?|miles?|mi|met(?:re|er)s?|cm|mm|ft|feet|foot|inch(?:es)?"
    r"|yards?|yds|kg|kgs|kilo(?:gram)?s?|grams?|g|tonnes?|tons?|lbs?|hectares?|ha|acres?"
    r"|sq|square|cubic|litres?|liters?|gallons?|barrels?|bpd|mph|kph|km/h|knots?|degrees?"
    r"|°\w?|[kMG]W|[kMG]Wh|[KMGT]B|millimet(?:re|er)s?|centimet(?:re|er)s?|calibre|caliber"
    r"|years?|months?|weeks?|days?|nights?|hours?|hrs?|minutes?|mins?|seconds?|secs?|decades?"
    r"|centuries|century|times|fold|storey|story|floors?|pages?|points?|votes?|seats?)\b"
    r"|[\s-]*(?:°|″|′|\")",
    re.IGNORECASE,
)
_METRES_AFTER = re.compile(
    r"\s+(?:away|from|wide|long|high|deep|tall|above|below|north|south|east|west|in\s+diameter)\b",
    re.IGNORECASE,
)
_MONTH_SET = set(_MONTHS.split("|"))
_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)?,?$")
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b")
_YEAR_WORDS = {
    "in", "since", "by", "until", "till", "of", "from", "during", "before", "after", "early",
    "late", "mid", "circa", "year", "years", "summer", "winter", "spring", "autumn", "fall",
    "through", "throughout", "between", "and", "to", "the", "fiscal", "fy", "election",
    "elections", "census", "budget", "vintage", "model", "class", "season",
}  # fmt: skip
_PLURAL_SOON_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:[a-z]+s|people|men|women|personnel|police|staff|militia"
    r"|infantry|crew|cavalry|youth|children|troops)\b"
)
_LABEL_WORDS = """Resolution Article Section Chapter Flight Route Highway Hill Base Unit No. Nos. Number
    Paragraph Protocol Amendment Level Phase Stage Gate Exit Road Street Room Page Volume Vol.
    Episode Season Bus Line Item Table Figure Box Station Sector Category Class Grade Model Mark
    Mk Apollo Platform Block Building Terminal Pier Lot Case Bill Act Title Rule Point Zone Area
    District Ward Camp Checkpoint Post Kilometre Kilometer Km Interstate Windows iPhone
    PlayStation Galaxy Brigade Battalion Regiment Division Corps Squadron Army Fleet Radio War
    Channel Formula Studio Xbox Version Tier Form Year Day Round Game Test Match Week Part Book
    Symphony Series Group Top Vision Office League Premiership"""
_LABELS = set(_LABEL_WORDS.split())  # a number right after one of these names a thing
# Verbs that pass a threshold: "deaths topped 4,000" states at least that many.
THRESHOLD_WORDS = frozenset(
    {"top", "tops", "topped", "topping", "exceed", "exceeds", "exceeded", "exceeding"}
    | {"surpass", "surpasses", "surpassed", "surpassing"}
    # "casualties were approaching 950,000", "a toll nearing 1,000": about that many
    | {"approach", "approaches", "approached", "approaching", "nears", "neared", "nearing"}
)
# Last words of the qualifier phrases: only numbers after one of them are searched for a
# qualifier, which keeps the regex off nine numbers in ten.
_PREFIX_LAST_WORDS = {
    "than", "over", "least", "of", "above", "exceeding", "as", "to", "most", "under", "below",
    "about", "around", "approximately", "approx", "approx.", "roughly", "some", "estimated",
    "nearly", "almost", "circa", "ca.", "c.", "approximate", "approximated", "rough", "less",
    *THRESHOLD_WORDS,
}  # fmt: skip


@dataclass
class _Atom:
    start: int
    end: int
    value: float | None  # None for vague
    kind: Kind
    mult: int = 1  # the multiplier word or suffix, for "1-2 thousand"
    vague: bool = False
    approx: bool = False
    words: bool = False


# --- word numbers ---------------------------------------------------------------------------
_LEADS = {
    "a": 1.0,
    "half a": 0.5,
    "a half": 0.5,
    "a quarter a": 0.25,
    "a quarter of a": 0.25,
    "three quarters of a": 0.75,
    "a couple": 2.0,
    "a couple of": 2.0,
    "another": 1.0,  # "another thousand or so are being moved"
}
_LEAD = re.compile(
    r"(half\s+a|a\s+half|a\s+quarter(?:\s+of)?\s+a|three[\s-]quarters\s+of\s+a"
    r"|a\s+couple(?:\s+of)?|another|a)\s+",
    re.IGNORECASE,
)
_TOKEN_SPLIT = re.compile(r"[\s-]+")


def _parse_words(text: str) -> list[tuple[int, int, float, int, bool]]:
    """Read a run of number words; returns (start, end, value, multiplier, approx) pieces.

    A run that is not one number ("two three", "nineteen fifty") is split where it stops being
    one, so each piece is a valid number on its own.
    """
    lead = _LEAD.match(text)
    lead_factor: float | None = None
    approx = False
    offset = 0
    if lead:
        key = re.sub(r"[\s-]+", " ", lead.group(1).lower())
        lead_factor = _LEADS[key]
        approx = "couple" in key
        offset = lead.end()
    tokens = [
        (m.group().lower(), m.start(), m.end())
        for m in re.finditer(r"[A-Za-z]+", text)
        if m.start() >= offset
    ]
    i = 0
    pieces: list[tuple[int, int, float, int, bool]] = []
    piece_start = 0 if lead else (tokens[0][1] if tokens else 0)
    total = 0.0
    current = 0.0
    last_big = None  # the last thousand/million/... seen, to refuse "thousand million"
    state = "start"  # start | unit | teen | tens | tens_unit | hundred | big
    last_end = piece_start
    mult = 1
    had_value = False

    def flush(end: int) -> None:
        nonlocal total, current, last_big, state, had_value, mult, approx, lead_factor
        if had_value:
            pieces.append((piece_start, end, total + current, mult, approx))
        total = current = 0.0
        last_big = None
        state = "start"
        had_value = False
        mult = 1
        approx = False
        lead_factor = None

    while i < len(tokens):
        word, s, e = tokens[i]
        if word == "and":
            nxt = tokens[i + 1][0] if i + 1 < len(tokens) else ""
            if state in ("hundred", "big") and (nxt in _UNITS or nxt in _TENS):
                i += 1
                continue
            flush(last_end)
            i += 1
            if i < len(tokens):
                piece_start = tokens[i][1]
            continue
        ok = True
        if word in _UNITS:
            n = _UNITS[word]
            if state in ("start", "hundred", "big"):
                current += n
                state = "teen" if n >= 10 else "unit"
            elif state == "tens" and n < 10:
                current += n
                state = "tens_unit"
            else:
                ok = False
        elif word in _TENS:
            if state in ("start", "hundred", "big"):
                current += _TENS[word]
                state = "tens"
            else:
                ok = False
        elif word == "hundred":
            if state == "start" and lead_factor is not None:
                current = 100 * lead_factor
                state = "hundred"
            elif state in ("unit", "teen", "tens", "tens_unit") and current % 100 and current < 100:
                current *= 100
                state = "hundred"
            else:
                ok = False
            mult = 100
        elif word == "dozen":
            if state == "start" and lead_factor is not None:
                current = 12 * lead_factor
            elif state in ("unit", "teen") and current < 100:
                current *= 12
            else:
                ok = False
            state = "big"
            mult = 12
        elif word in _BIG or word in _INDIAN:
            size = _BIG.get(word) or _INDIAN[word]
            if last_big is not None and size >= last_big:
                ok = False
            elif state == "start" and lead_factor is not None:
                total += size * lead_factor
                current = 0
                last_big = size
                state = "big"
            elif state in ("unit", "teen", "tens", "tens_unit", "hundred") and current > 0:
                total += current * size
                current = 0
                last_big = size
                state = "big"
            else:
                ok = False
            mult = size
        else:
            ok = False
        if not ok:
            flush(last_end)
            piece_start = s
            if word in _UNITS or word in _TENS:
                continue  # start a new number at this word
            i += 1
            continue
        had_value = True
        last_end = e
        i += 1
    flush(last_end)
    return pieces


# --- scanning ---------------------------------------------------------------------------------
def _digits_value(raw: str) -> tuple[float, bool]:
    """The value of a digit string and whether it is a true decimal ("3.5", not "10.000")."""
    if re.fullmatch(r"\d+,\d{1,2}", raw):
        return float(raw.replace(",", ".")), True  # a decimal comma: "1,5 thousand"
    if "," in raw:
        return float(raw.replace(",", "")), "." in raw
    for sp in " \u00a0\u202f\u2009":
        if sp in raw:
            return float(re.sub(r"\D", "", raw)), False
    if raw.count(".") >= 2:
        return float(raw.replace(".", "")), False
    if "." in raw:
        whole, frac = raw.split(".")
        if len(frac) == 3 and whole[0] != "0":
            return float(whole + frac), False  # European thousands: "10.000"
        return float(raw), True
    return float(raw), False


def _atoms(text: str) -> list[_Atom]:
    atoms: list[_Atom] = []
    for m in _ATOM.finditer(text):
        kind = m.lastgroup
        s, e = m.span()
        if kind in ("date", "yrange"):
            atoms.append(_Atom(s, e, None, "date" if kind == "date" else "year"))
        elif kind == "time":
            atoms.append(_Atom(s, e, None, "time"))
        elif kind == "ordinal":
            atoms.append(_Atom(s, e, float(re.match(r"\d+", m.group()).group()), "ordinal"))
        elif kind == "decade":
            atoms.append(_Atom(s, e, None, "year"))
        elif kind == "vague":
            atoms.append(_Atom(s, e, None, "count", vague=True))
        elif kind == "digits" or m.group("digits") is not None:
            raw = m.group()
            mult = 1
            mword = m.group("mult")
            suffix = m.group("suffix")
            number = raw
            if mword:
                number = raw[: m.start("mult") - s]
                w = mword.strip(" -\u00a0").lower()
                mult = _BIG.get(w) or _INDIAN.get(w) or 100
            elif suffix:
                number = raw[: m.start("suffix") - s]
                mult = _SUFFIX[suffix.lower()]
            value, decimal = _digits_value(number.strip())
            if mult > 1 and "." in number and "," not in number:
                value = float(number.strip())  # "1.500 million" is 1.5 million
                decimal = False
            akind: Kind = "decimal" if decimal and mult == 1 else "count"
            atoms.append(_Atom(s, e, value * mult, akind, mult=mult))
        elif kind == "words":
            for ps, pe, value, mult, approx in _parse_words(m.group()):
                atoms.append(
                    _Atom(s + ps, s + pe, value, "count", mult=mult, approx=approx, words=True)
                )
    return _joined_calques(text, atoms)


_THOUSANDS_REST = re.compile(r"\d{1,3}")


def _joined_calques(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """Translated copy writes "2 thousand 500" (for 2,500) and "four and a half thousand":
    two pieces that are one number."""
    out: list[_Atom] = []
    for b in atoms:
        a = out[-1] if out else None
        if a is not None and a.kind == b.kind == "count" and a.value is not None and b.value:
            gap = text[a.end : b.start]
            rest = text[b.start : b.end]
            if (
                gap == " "
                and a.mult >= 1000
                and b.mult == 1
                and not a.words
                and _THOUSANDS_REST.fullmatch(rest)
                and b.value < a.mult
            ):
                out[-1] = _Atom(a.start, b.end, a.value + b.value, "count", approx=a.approx)
                continue
            if (
                gap.lower() == " and "
                and a.words
                and b.words
                and a.mult == 1
                and a.value < 1000
                and b.mult >= 1000
                and b.value * 2 == b.mult
            ):
                value = (a.value + 0.5) * b.mult  # "four and a half thousand": 4,500
                out[-1] = _Atom(a.start, b.end, value, "count", mult=b.mult, words=True)
                continue
        out.append(b)
    return out


def _words_before(text: str, start: int) -> list[str]:
    return text[max(0, start - 40) : start].split()


_OPENS_QUOTE = re.compile(r'\s+"[A-Za-z]')  # '3,800 "Greywolf" soldiers': a name, not inches


def _closes_quote(text: str, start: int, end: int) -> bool:
    """Whether a straight quote right after the number at text[start:end] closes a quotation
    opened earlier in its sentence ('said "well over 9,000" of those', 'killed "some 1.5
    thousand" enemy troops'), rather than marking inches."""
    if text[end : end + 2].lstrip(" ")[:1] != '"':
        return False
    opened = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), 0)
    return text.count('"', opened, start) % 2 == 1


def _classify(text: str, start: int, end: int, atom: _Atom) -> Kind:
    """What a number at text[start:end] is, from the words around it."""
    if atom.kind not in ("count", "decimal") or atom.vague:
        return atom.kind
    words = _words_before(text, start)
    last = words[-1].lstrip("([\"'“‘") if words else ""
    after = text[end : end + 40]
    if (last and last[-1] in _CURRENCY_SIGNS) or last.upper() in _CURRENCY_CODES:
        return "money"
    if _CURRENCY_AFTER.match(after):
        return "money"
    if _PERCENT_AFTER.match(after):
        return "percent"
    age_of = len(words) > 1 and last.lower() == "of" and words[-2].lower() in _AGE_WORDS
    age_of = age_of or (  # "reservists as old as 60", "recruits as young as 16"
        len(words) > 2 and last.lower() == "as" and words[-2].lower() in ("old", "young")
    )
    if last.lower() in _AGE_WORDS or age_of or _AGE_AFTER.match(after):
        return "age"  # "aged 50", "under the age of 50", "50 years old"
    if not atom.words:
        month = last.rstrip(".") in _MONTH_SET or (
            len(words) > 1 and _DAY.match(last) and words[-2].rstrip(".") in _MONTH_SET
        )
        if month or _MONTH_AFTER.match(after):
            value = atom.value or 0
            if value <= 31 or 1800 <= value <= 2100:
                return "date"
    if _TIME_AFTER.match(after):
        return "time"
    if atom.mult == 10**6 and text[end - 1 : end] in "mM" and _METRES_AFTER.match(after):
        return "measure"  # "400m from the border" is metres, not millions
    if (
        _MEASURE_AFTER.match(after)
        and not _STRONG.match(after)
        and not _closes_quote(text, start, end)
        and not _OPENS_QUOTE.match(after)
    ):
        return "measure"  # 12" is inches, but not when it closes or opens a quotation
    if atom.kind == "decimal":
        return "decimal"
    if not atom.words and last in _LABELS:
        return "label"
    raw = text[start:end]
    if not atom.words and atom.mult == 1 and len(raw) == 4 and raw.isdigit():
        value = int(raw)
        if 1800 <= value <= 2100:
            lowered = last.lower()
            if lowered in _YEAR_WORDS or lowered.endswith(("'s", "’s")):
                return "year"
            if not _PLURAL_SOON_AFTER.match(after):
                return "year"
    return "count"


def _qualify(text: str, start: int, end: int) -> tuple[Qualifier | None, int, int]:
    """A qualifier before ("around") or after ("or so") a figure, and the widened span."""
    qualifier: Qualifier | None = None
    words = text[max(0, start - 16) : start].split()
    last = words[-1].lower().lstrip("([\"'“‘") if words else ""
    if last in _PREFIX_LAST_WORDS or (last and last[-1] in "~≈<>"):
        m = _PREFIX.search(text, max(0, start - 30), start)
        if m:
            qualifier = m.lastgroup  # type: ignore[assignment]
            start = m.start()
    post = _POSTFIX.match(text, end)
    if post:
        if qualifier is None:
            qualifier = post.lastgroup  # type: ignore[assignment]
        end = post.end()
    return qualifier, start, end


_SINCE_BEFORE = re.compile(
    rf"\b(?:since|in)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:{_MONTHS})\.?\s+)?$", re.IGNORECASE
)
_YEAR_ATOM = re.compile(r"(?:19|20)\d\d")


def _is_range(text: str, a: _Atom, b: _Atom) -> bool:
    gap = text[a.end : b.start]
    if len(gap) > 7 or not _RANGE_GAP.match(gap) or a.vague or b.vague:
        return False
    if a.kind not in ("count", "decimal") or b.kind not in ("count", "decimal"):
        return False
    word = gap.strip().lower()
    before = text[max(0, a.start - 60) : a.start]
    if word == "and" and not _BETWEEN.search(before):
        return False
    if word == "to" and (_BY_BEFORE.search(before) or _CHANGE_BEFORE_FROM.search(before)):
        return False
    if _SINCE_BEFORE.search(before) and _YEAR_ATOM.fullmatch(text[a.start : a.end]):
        return False  # "the total since 2023 to 12,400": a year, then the count
    spaced_dash = word in ("-", "–", "‐", "‑") and gap != gap.strip()
    # "10,000 - 12,000" is a range, but a spaced dash between "5" and "three" is not.
    return not (spaced_dash and a.words != b.words and not _BETWEEN.search(before))
    return True


def find_numbers(text: str) -> list[NumberMention]:
    """Every numeric expression in `text`, in order, with its kind and qualifier."""
    atoms = _atoms(text)
    out: list[NumberMention] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        if b is not None and a.value is not None and b.value is not None and _is_range(text, a, b):
            low, high = a.value, b.value
            if a.mult == 1 and b.mult > 1 and low * b.mult <= high:
                low *= b.mult  # "1-2 thousand", "two or three million"
            if low < high:
                kind = _classify(text, a.start, b.end, b)
                if kind == "count" and a.kind == "decimal":
                    kind = "decimal"
                if kind == "count":
                    kind = _classify(text, a.start, a.end, a)
                    if kind in ("label", "measure"):
                        kind = "count"
                    if kind == "year" and not _YEAR_ATOM.fullmatch(text[b.start : b.end]):
                        kind = "count"  # "between 2000 and 3,000 troops": no year runs to 3,000
                start = a.start
                before = text[max(0, start - 60) : start]
                between = _BETWEEN.search(before) or _FROM.search(before)
                if between:
                    pre = re.search(
                        r"(?:\b(?:in\s+the\s+range\s+of|of|somewhere|anywhere|ranging|range)\s+)?"
                        r"(?:between|from)\s+$",
                        before,
                        re.IGNORECASE,
                    )
                    start = a.start - (len(before) - pre.start())
                else:
                    pre = re.search(r"\bin\s+the\s+range\s+of\s+$", before, re.IGNORECASE)
                    if pre:
                        start = a.start - (len(before) - pre.start())
                end = b.end
                strong = _STRONG.match(text, end)
                if strong and strong.group().strip(" -").lower() == "strong":
                    end = strong.end()
                q = Quantity(
                    low=low,
                    high=high,
                    qualifier="range",
                    start=start,
                    end=end,
                    text=text[start:end],
                )
                out.append(NumberMention(q, kind))
                i += 2
                continue
        kind = _classify(text, a.start, a.end, a)
        if kind == "measure" and a.mult == _SUFFIX["m"] and not a.words:
            a.value = (a.value or 0) / a.mult  # "400m" away: metres
        start, end = a.start, a.end
        value = low = high = None
        if a.vague:
            qualifier: Qualifier = "vague"
            _, start, end = _qualify(text, start, end)
        else:
            found, start, end = _qualify(text, start, end)
            qualifier = found or ("approx" if a.approx else "exact")
            strong = _STRONG.match(text, end)
            if strong and strong.group().strip(" -").lower() == "strong":
                end = strong.end()
            if qualifier == "at_least":
                low = a.value
            elif qualifier == "at_most":
                high = a.value
            else:
                value = a.value
        if kind == "money":
            symbol = _CURRENCY_BEFORE.search(text, max(0, start - 6), start)
            if symbol:
                start = symbol.start()
        q = Quantity(value, low, high, qualifier, start=start, end=end, text=text[start:end])
        out.append(NumberMention(q, kind))
        i += 1
    return out


def find_quantities(text: str) -> list[Quantity]:
    """The counts in `text` (years, money, percentages, dates, measures and ages left out)."""
    return list(_counts_in(text))


@lru_cache(maxsize=256)
def _counts_in(text: str) -> tuple[Quantity, ...]:
    # the prefilter and the rules both ask about the same sentence; quantities are immutable
    return tuple(m.quantity for m in find_numbers(text) if m.kind == "count")


def parse_quantity(text: str) -> Quantity | None:
    """One figure expression ("about 10,000", "ten thousand"), or None if it is not one count.

    A bare four-digit number parses as itself: without context it is a number, not a year.
    """
    stripped = text.strip()
    offset = text.index(stripped) if stripped else 0
    found = find_numbers(stripped)
    if len(found) != 1:
        return None
    mention = found[0]
    q = mention.quantity
    if q.start != 0 or q.end != len(stripped):
        return None
    if mention.kind not in ("count", "year") or (
        mention.kind == "year" and not re.fullmatch(r"\d{4}", stripped)
    ):
        return None
    return replace(q, start=q.start + offset, end=q.end + offset)
