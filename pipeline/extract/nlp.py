"""The spaCy side: one blank English pipeline with sentence segmentation and a PhraseMatcher
over the gazetteer, plus the cheap prefilter that decides which paragraphs deserve it.

A trained pipeline is never required; when `en_core_web_sm` happens to be installed it is not
used either, because the rules below are written for token patterns, not parses, and must
behave the same on every install.
"""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.extract.lexicon import Entity, load_lexicon, words
from pipeline.extract.numbers import NUMBER_WORDS

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")
_WORD = re.compile(r"[a-z][a-z0-9-]*")
_DIGIT = re.compile(r"\d")
_FORCE_EXTRA = words(
    "troop troops forces army military militia contingent brigade brigades battalion "
    "battalions division divisions regiment garrison detachment"
)
_WEAK = words("men people citizens citizen nationals volunteers officers advisers others reserves")
_COMBAT = words(
    "fight fought fighting force war army military volunteered recruited serving serve "
    "mercenaries militia legion combat"
)
_COUNTED = frozenset(
    [
        "dead",
        "killed",
        "died",
        "deaths",
        "casualties",
        "losses",
        "wounded",
        "injured",
        "captured",
        "prisoners",
        "eliminated",
        "toll",
        "estimate",
        "estimates",
        "estimated",
        "strength",
        "recruited",
    ]
)
_MOVES = frozenset(
    [
        "deploy",
        "deploys",
        "deployed",
        "deploying",
        "deployment",
        "deployments",
        "redeploy",
        "redeployed",
        "mobilise",
        "mobilised",
        "mobilises",
        "mobilising",
        "mobilisation",
        "mobilize",
        "mobilized",
        "mobilizes",
        "mobilizing",
        "mobilization",
        "call-up",
        "callup",
        "up",
        "withdraw",
        "withdraws",
        "withdrew",
        "withdrawing",
        "withdrawn",
        "withdrawal",
        "station",
        "stationed",
        "stationing",
        "send",
        "sends",
        "sent",
        "sending",
        "dispatch",
        "dispatched",
        "reinforce",
        "reinforced",
        "reinforcements",
        "presence",
        "present",
        "arrive",
        "arrived",
        "arriving",
        "arrival",
        "pullout",
        "pull-out",
        "out",
        "move",
        "moved",
        "moving",
        "training",
        "trained",
        "raid",
        "raiding",
        "raided",
        "operation",
        "offensive",
        "incursion",
        "buildup",
        "build-up",
        "massed",
        "massing",
        "amassed",
        "concentrated",
        "based",
        "employ",
        "employs",
        "employed",
        "maintains",
        "maintain",
        "leave",
        "leaving",
        "left",
        "exit",
        "entered",
        "enter",
        "ordered",
        "heading",
    ]
)
_ASKS = words(
    "urge urged urges urging call called calls calling press pressed presses pressing pressure "
    "pressured pressuring pressures demand demanded demands demanding request requested "
    "requests requesting appeal appealed appeals ask asked asks asking push pushed pushes "
    "pushing persuade persuaded implore implored ordered instructed told encouraged invited "
    "pleaded lobbied sought seeking"
)
_AID = frozenset(
    [
        "weapons",
        "arms",
        "ammunition",
        "munitions",
        "aid",
        "assistance",
        "air-defence",
        "air-defense",
        "jets",
        "f-16s",
        "f-16",
        "pilots",
        "equipment",
    ]
)


_CAPITAL = re.compile(r"\b[A-Z][\w.'’-]*")


_CLAIMED_BY = re.compile(r"^\W*(?:This|That|These|It) (?:was|were|is|has been) \w+ by\b")


def needs_next(sentence: str, following: str) -> bool:
    """Whether the next sentence names the claimant ("This was stated by ...") or closes a
    quotation this one opens."""
    if _CLAIMED_BY.search(following):
        return True
    opened = sentence.count("“") + sentence.count('"') % 2
    return opened > sentence.count("”") or sentence.lstrip()[:1] in '“"'


_ABBREVIATIONS = words(
    "u.s. u.k. u.n. e.u. mr. mrs. ms. dr. gen. lt. col. maj. sgt. capt. cpl. adm. rep. sen. "
    "gov. st. no. jan. feb. mar. apr. aug. sept. sep. oct. nov. dec. inc. co. corp. jr. sr. "
    "vs. etc. approx. est. d.c. r.s.f."
)
_LAST_WORD = re.compile(r"(\S+)\s*$")


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A cheap sentence split (no tokenizing) to decide which sentences deserve spaCy; it does
    not split after "U.S." or "Gen." (the spaCy sentencizer later decides for the kept text)."""
    spans, a = [], start
    for m in _SENTENCE_END.finditer(text, start, end):
        last = _LAST_WORD.search(text, max(a, m.start() - 12), m.start())
        word = last.group(1).lower().strip('"”’)') if last else ""
        if word in _ABBREVIATIONS or (len(word) == 2 and word[0].isalpha()):
            continue  # "the U.S. Army", "Gen. Smith", "John F. Kennedy"
        spans.append((a, m.start()))
        a = m.end()
    spans.append((a, end))
    return [(x, y) for x, y in spans if y > x]


def _names_someone(sentence: str) -> bool:
    heads = _alias_heads()
    return any(w.rstrip(".'’s") in heads or w in heads for w in _CAPITAL.findall(sentence))


@lru_cache(maxsize=1)
def _alias_heads() -> frozenset[str]:
    from pipeline.extract.lexicon import load_lexicon

    return frozenset(alias.split()[0] for alias in load_lexicon().aliases)


@lru_cache(maxsize=1)
def _party_heads() -> frozenset[str]:
    """First words of names that can be asked to act (news outlets are told, not asked)."""
    from pipeline.extract.lexicon import MEDIA, load_lexicon

    aliases = load_lexicon().aliases
    return frozenset(a.split()[0] for a, e in aliases.items() if e.kind != MEDIA)


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


_GROUND_OPS = words("operation operations offensive invasion incursion")
_BARE_PRESENCE = re.compile(r"\b(?:are|were|remain|remained) (?:based|present|deployed)\b")
_KEEPS = words("keep keeps kept keeping remain remains remained")
_STATIONED = words("deployed stationed positioned garrisoned")
_ASK_AT = re.compile(
    r"\b(?:urg\w+|call(?:ed|s|ing)? (?:on|upon)|press(?:ed|es|ing)?|pressur\w+|ask(?:ed|s|ing)?|"
    r"push(?:ed|es|ing)?|persuad\w+|ordered|request\w*|demand\w*|appeal\w*|implor\w+|"
    r"instructed|told|encourag\w+|invited|pleaded with|lobbied|appealed to|sought)\s+"
    r"(?:(?:the|its|their|both|all|on|to)\s+)?([A-Z][\w.'’-]*)"
)
_CALL_FOR = re.compile(
    r"\b(?:call(?:ed|s|ing)?|a call) for\b|\bdemand\w* (?:for|from)\b|"
    r"\b(?:call(?:ed|s|ing)?|urg\w+|ask\w*) (?:on |upon )?(?:both|all|the two) (?:sides|parties)\b|"
    r"\b(?:call(?:ed|s|ing)? (?:on|upon)|urg\w+|appeal\w* to) (?:the )?(?:\w+ )?"
    r"(?:world|community|west|allies|partners)\b"
)


@lru_cache(maxsize=1)
def _force_set() -> frozenset[str]:
    from pipeline.extract.lexicon import load_lexicon

    nouns = load_lexicon().words["force_nouns.strong"]
    return frozenset(n.split()[-1] for n in nouns) | _FORCE_EXTRA


NUMBER_REACH = 14  # words between a number and its noun or frame ("the number ... to be 10,000")
_TOKEN = re.compile(r"[a-z][a-z0-9-]*|\d")


def _near_number(sentence: str) -> bool:
    """A number within a few words of what it could count (either side: "12,000 troops",
    "armed forces, estimated at about 85,000")."""
    toks = _TOKEN.findall(sentence.lower())
    counted = _force_set() | _COUNTED
    nums = [i for i, t in enumerate(toks) if t.isdigit() or t in NUMBER_WORDS]
    keys = [i for i, t in enumerate(toks) if t in counted]
    return any(abs(i - j) <= NUMBER_REACH for i in nums for j in keys)


def is_hot(sentence: str) -> bool:
    """Whether a sentence may hold a figure or an event: a number with something counted, a
    movement of forces, or a request or aid word with a known name. Set lookups only."""
    ws = _words(sentence)
    force = not _force_set().isdisjoint(ws)
    number = bool(_DIGIT.search(sentence)) or not NUMBER_WORDS.isdisjoint(ws)
    if number and (force or not _COUNTED.isdisjoint(ws)) and _near_number(sentence):
        return True
    if number and not _WEAK.isdisjoint(ws) and not _COMBAT.isdisjoint(ws):
        return True
    if force and not (_MOVES.isdisjoint(ws) and _KEEPS.isdisjoint(ws)):
        return True
    if "ground" in ws and not _GROUND_OPS.isdisjoint(ws):
        return True  # "the launch of a ground operation in Lebanon"
    if number and (not _STATIONED.isdisjoint(ws) or _BARE_PRESENCE.search(sentence)):
        return True  # "Some 300 are based in Ouallam" after a sentence about soldiers
    aid = not _AID.isdisjoint(ws) or {"air", "defence"} <= ws or {"air", "defense"} <= ws
    if not aid and _ASKS.isdisjoint(ws):
        return False
    if not aid:
        heads = _party_heads()
        if any(m.group(1).rstrip(".'’s") in heads for m in _ASK_AT.finditer(sentence)):
            return True  # "urged China", "asked Moscow", "called on the EU"
        return bool(_CALL_FOR.search(sentence)) and _names_someone(sentence)
    return _names_someone(sentence)


@lru_cache(maxsize=1)
def pipeline() -> tuple[spacy.Language, PhraseMatcher]:
    """The blank English pipeline with a sentencizer, and the gazetteer matcher."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    lex = load_lexicon()
    patterns: dict[str, list[Doc]] = {}
    for alias in lex.aliases:
        patterns.setdefault(alias, []).append(nlp.make_doc(alias))
    for alias, docs in patterns.items():
        matcher.add(alias, docs)
    return nlp, matcher


def entity_spans(doc: Doc) -> list[tuple[Span, Entity]]:
    """Gazetteer mentions in `doc`, longest match first, no overlaps."""
    nlp, matcher = pipeline()
    lex = load_lexicon()
    spans = []
    for match_id, start, end in matcher(doc):
        span = Span(doc, start, end, label=match_id)
        spans.append(span)
    out = []
    for span in filter_spans(spans):
        alias = nlp.vocab.strings[span.label]
        out.append((span, lex.aliases[alias]))
    return out
