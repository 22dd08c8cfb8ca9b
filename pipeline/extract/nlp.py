"""The spaCy side: the blank English tokenizer, spaCy's sentencizer rule and a PhraseMatcher
over the gazetteer, read out into plain lists (`Tokens`), plus the cheap prefilter that decides
which paragraphs deserve it.

A trained pipeline is never required; when `en_core_web_sm` happens to be installed it is not
used either, because the rules below are written for token patterns, not parses, and must
behave the same on every install.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache

import spacy
from spacy.attrs import IDX, ORTH
from spacy.matcher import PhraseMatcher
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from pipeline.extract.lexicon import COUNTRY, Entity, load_lexicon, words
from pipeline.extract.numbers import NUMBER_WORDS, find_quantities, trie_regex

# the end mark is matched, not looked behind for: a pattern that opens with a character class
# lets the regex engine skip to the next candidate in C (half the time of `sentence_spans`)
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")
_DIGIT = re.compile(r"\d")
_FORCE_EXTRA = words(
    "troop troops forces army military militia contingent brigade brigades battalion "
    "battalions division divisions regiment garrison detachment"
)
_WEAK = words(
    "men people citizens citizen nationals volunteers officers advisers others reserves elements"
)
_COMBAT = words(
    "fight fought fighting force war army military volunteered recruited serving serve "
    "mercenaries militia legion combat mobilised mobilized conscripted drafted enlisted lost "
    "contract contracts guard"
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
        "rush",
        "rushes",
        "rushed",
        "rushing",
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
    "pleaded lobbied sought seeking telling tells wants want wanted solicits solicited "
    "warn warns warned"
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
        "equip",
    ]
)


_CAPITAL = re.compile(r"\b[A-Z][\w.'’-]*")


_CLAIMED_BY = re.compile(
    r"^\W*(?:(?:This|That|These|It|The)(?: (?:figures?|numbers?|estimates?|count|tally))?)"
    r"(?: (?:was|were|is|are|has been|have been) (?:\w+ )?(?:stated|said|reported|confirmed|"
    r"announced|provided|given|released|published|disclosed|estimated|cited|compiled|issued|"
    r"made|put forward|voiced|claimed|asserted|noted|shared|revealed) (?:by|from)| comes? from"
    r"|(?:'s|’s| is| was) according to)\b"
)


def needs_next(sentence: str, following: str) -> bool:
    """Whether the next sentence names the claimant ("This was stated by ...") or closes a
    quotation this one opens."""
    if _CLAIMED_BY.search(following):
        return True
    opened = sentence.count("“") + sentence.count('"') % 2
    return opened > sentence.count("”") or sentence.lstrip()[:1] in '“"'


_ABBREVIATIONS = words(
    "u.s. u.k. u.n. e.u. mr. mrs. ms. dr. gen. lt. col. maj. sgt. capt. cpl. adm. rep. sen. "
    "gov. st. no. brig. cmdr. cdr. lieut. pvt. insp. supt. prof. jan. feb. mar. apr. aug. "
    "sept. sep. oct. nov. dec. inc. co. corp. jr. sr. vs. etc. approx. est. d.c. r.s.f."
)
ABBREVIATION_REACH = 12  # characters before a full stop that may hold the abbreviation


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A cheap sentence split (no tokenizing) to decide which sentences deserve spaCy; it does
    not split after "U.S." or "Gen." (the spaCy sentencizer later decides for the kept text)."""
    spans, a = [], start
    for m in _SENTENCE_END.finditer(text, start, end):
        stop = m.start() + 1  # after the end mark, which the window below always holds
        last = text[max(a, stop - ABBREVIATION_REACH) : stop].rsplit(None, 1)[-1]
        word = last.lower().strip('"”’)')
        if word in _ABBREVIATIONS or (len(word) == 2 and word[0].isalpha()):
            continue  # "the U.S. Army", "Gen. Smith", "John F. Kennedy"
        if stop > a:
            spans.append((a, stop))
        a = m.end()
    if end > a:
        spans.append((a, end))
    return spans


def _names_someone(sentence: str) -> bool:
    heads = _alias_heads()
    return any(not heads.isdisjoint(_name_forms(w)) for w in _CAPITAL.findall(sentence))


def _name_forms(word: str) -> tuple[str, str, str]:
    """A capitalised word as written, without a possessive ("Moscow's"), and without a final
    full stop ("U.N." ending a sentence) - never by stripping letters ("Damascus", "Paris")."""
    bare = word[:-2] if word.endswith(("'s", "’s")) else word
    return word, bare, bare.rstrip(".")


@lru_cache(maxsize=1)
def _alias_heads() -> frozenset[str]:
    from pipeline.extract.lexicon import load_lexicon

    return frozenset(alias.split()[0] for alias in load_lexicon().aliases)


_GROUND_OPS = words("operation operations offensive invasion incursion")
_BARE_PRESENCE = re.compile(r"\b(?:are|were|remain|remained) (?:based|present|deployed)\b")
_KEEPS = words("keep keeps kept keeping remain remains remained")
# "The first 1,200 will leave ...", "Another thousand or so are ...": a sentence that opens with
# a bare count goes on counting the forces of the sentence before
_ANAPHORIC_COUNT = re.compile(
    r"^\W*(?:the\s+(?:first|last|remaining|other)\s+|another\s+|some\s+|about\s+|around\s+"
    r"|only\s+|a\s+further\s+|perhaps\s+|maybe\s+|possibly\s+|roughly\s+|nearly\s+"
    r"|almost\s+|approximately\s+|an\s+estimated\s+|more\s+than\s+|over\s+|at\s+least\s+)?"
    r"([\w,.]+)"
    r"(?:[\s-]+(?:hundred|thousand))?\s+(?:or\s+so\s+)?(?:more\s+)?"
    r"(?:are|were|will|have|had|remain|remained)\b",
    re.IGNORECASE,
)
_STATIONED = words("deployed stationed positioned garrisoned")
_ASK_AT = re.compile(
    r"\b(?:urg\w+|call(?:ed|s|ing)?(?: (?:again|also|repeatedly|publicly|formally|jointly))?(?: on| upon)?|press(?:ed|es|ing)?|pressur\w+|ask(?:ed|s|ing)?|"
    r"push(?:ed|es|ing)?|persuad\w+|ordered|request\w*|demand\w*|appeal\w*|implor\w+|"
    r"instructed|told|tell(?:s|ing)|wants?|wanted|solicit(?:s|ed)?|encourag\w+|invited|warn(?:s|ed)?|"
    r"pleaded with|lobbied|"
    r"appealed to|sought)[\"”]?\s+"
    r"(?:(?:the|its|their|both|all|on|upon|to|that|his|her|by|other|fellow)\s+){0,2}"
    r"(?:(?:leadership|leaders|government|authorities|commanders|command)\s+of\s+(?:the\s+)?)?"
    r"((?:[A-Z][\w.'’-]*\s+(?:of\s+(?:the\s+)?)?){0,3}[A-Z][\w.'’-]*)"  # "the Interim Afghan
    # Government", "the Government of Hungary", titles
)
# "called on him to", "urged them to": the one asked was named before
# "spoke by phone with President Kagame and urged restraint": whom the asker met is asked
_MET_THEN_ASK = re.compile(
    r"\b(?:met|spoke|talked|phoned|telephoned|hosted|received)\b[^.;]{0,90}? and "
    r"(?:\w+ )?(?:urg\w+|press(?:ed|es)|ask(?:ed|s))\b"
)
_MET_WORDS = ("met", "spoke", "talked", "phoned", "telephoned", "hosted", "received")


def _met_then_asked(sentence: str) -> bool:
    """`_MET_THEN_ASK`, tried only where its cheap parts occur (" and ", a verb of meeting)."""
    return (
        " and " in sentence
        and any(w in sentence for w in _MET_WORDS)
        and _MET_THEN_ASK.search(sentence) is not None
    )


_ASK_PRONOUN = re.compile(
    r"\b(?:urg\w+|call(?:ed|s|ing)?(?: (?:again|also|repeatedly|publicly|formally|jointly))?(?: on| upon)?|press(?:ed|es|ing)?|ask(?:ed|s|ing)?|"
    r"told|encourag\w+|appeal\w* to|warn(?:s|ed)?) (?:him|her|both sides|both parties|all sides|"
    r"all parties) (?:to|not)\b"
)


# adjectives of a government asked without its name ("called on the federal government");
# the request rule reads the same list
GOVERNMENT_KINDS = words("federal central national transitional interim military new")


@lru_cache(maxsize=1)
def _ask_state_pattern() -> re.Pattern[str]:
    """An ask verb before "the <state_targets noun>" ("urged the junta")."""
    from pipeline.extract.lexicon import load_lexicon

    # (and "the alliance", "the North", which the request rule reads as NATO or North Korea in
    # an article naming them)
    nouns = "|".join(sorted(load_lexicon().words["state_targets"] | {"alliance", "North", "South"}))
    return re.compile(
        r"\b(?:urg\w+|call(?:ed|s|ing)?(?: (?:again|also|repeatedly|publicly|formally|jointly))?(?: on| upon)?|press(?:ed|es|ing)?|ask(?:ed|s|ing)?|"
        rf"pressur\w+|implor\w+|lobb\w+|appeal\w* to) (?:both )?(?:the|its) "
        rf"(?:(?:{'|'.join(sorted(GOVERNMENT_KINDS))}) )?(?:{nouns})\b"
    )


_CALL_FOR = re.compile(
    r"\b(?:call(?:ed|s|ing)?|a call) for\b|\b(?:demand|request)\w* (?:\w+ ){0,5}(?:for|from)\b|"
    r"\b(?:call(?:ed|s|ing)?|urg\w+|ask\w*) (?:on |upon )?(?:both|all|the two) (?:\w+ )?"
    r"(?:sides|parties|countries|governments|nations|states|leaders|neighbours|neighbors)\b|"
    r"\b(?:call(?:ed|s|ing)? (?:on|upon)|urg\w+|implor\w+|ask(?:ed|s|ing)?|appeal\w* to) "
    r"(?:the |its |our )?"
    r"(?:\w+ )?"
    r"(?:world|community|west|allies|partners|governments|leaders|nations|countries|members|"
    r"authorities|council|states|[Mm]ember [Ss]tates)\b"
)


_PARTICLES = frozenset({"of", "over", "to", "the", "a", "up", "out"})


@lru_cache(maxsize=1)
def _aid_nouns() -> frozenset[str]:
    """`_AID` and every one-word aid noun of the lexicon ("purl"): an analyst's addition passes
    the prefilter too."""
    from pipeline.extract.lexicon import load_lexicon

    words = load_lexicon().words
    nouns = frozenset(n for n in words["triggers.military_aid_nouns"] if " " not in n)
    accused = frozenset(w for p in words["triggers.military_aid_accused"] for w in p.split())
    return _AID | nouns | (accused - {"and"})  # "accused X of arming Y" too


@lru_cache(maxsize=1)
def _aid_word_sets() -> tuple[frozenset[str], frozenset[str]]:
    """Last words of the weapon items and every word of the aid verbs, from the lexicon."""
    from pipeline.extract.lexicon import load_lexicon

    w = load_lexicon().words
    items = frozenset(n.split()[-1] for n in w["triggers.military_aid_items"])
    given = w["triggers.military_aid_verbs"] | w["triggers.military_aid_receive_verbs"]
    # a phrase's last word that is not a particle ("hand over" -> hand, "took delivery of" ->
    # delivery): "of" would make every sentence naming "parts of" an aid candidate
    verbs = frozenset([x for x in v.split() if x not in _PARTICLES][-1] for v in given)
    return items, verbs


@lru_cache(maxsize=1)
def _force_set() -> frozenset[str]:
    from pipeline.extract.lexicon import load_lexicon

    nouns = load_lexicon().words["force_nouns.strong"]
    return frozenset(n.split()[-1] for n in nouns) | _FORCE_EXTRA


@lru_cache(maxsize=1)
def _size_set() -> frozenset[str]:
    """Words that frame the size of a force without naming its people ("the grouping numbers
    40,000", "a force of around 80,000"): military unit nouns and strength verbs, one word
    each (civilian-sounding units such as "group" or "unit" would wake up business news)."""
    from pipeline.extract.lexicon import load_lexicon

    lists = load_lexicon().words
    entries = (lists["unit_nouns"] - lists["loose_unit_nouns"]) | lists["strength_verbs"]
    # "a force of around 80,000" is the commonest frame of all; "came into force" only costs
    # a tokenization
    return frozenset(e for e in entries if " " not in e) - _COMMON_VERBS | {"force"}


_FRAME_HINTS = words("strong man number numbers figure total tally toll")
_COMMON_VERBS = words("number numbers field")  # "visitor numbers", "in the field of"
# "a 12,000-strong corps", "a 3,000-man brigade", "puts the number higher, at 790,000", "it
# numbers about 880,000", "Zelensky says the number is closer to 12,000" (the force the sentence
# before named)
_SIZE_FRAME = re.compile(
    r"\d[\s-](?:strong|man)\b|\b(?:puts?|putting|placed?|places|placing|estimated?|estimates)\s+"
    r"(?:the|their|its|this|that)\s+(?:\w+\s+){0,2}?(?:number|figure|total|tally|toll)\b"
    r"|\b(?:it|they|these|those)\s+(?:now\s+|still\s+)?numbers?\s+(?:[a-z]+\s+){0,2}?\d"
    r"|\b(?:says?|said|believes?|thinks?)\s+(?:the|their|its)\s+(?:real\s+|true\s+)?"
    r"(?:number|total|tally)\s+(?:is|was|stands|could\s+be|may\s+be)\b",
    re.IGNORECASE,
)
NUMBER_REACH = 14  # words between a number and its noun or frame ("the number ... to be 10,000")
_TOKEN = re.compile(r"[a-z][a-z0-9-]*|\d")


@lru_cache(maxsize=1)
def _counted_set() -> frozenset[str]:
    return _force_set() | _COUNTED | _size_set()


def _number_of_forces(toks: list[str]) -> bool:
    """ "the number of servicemen", "the number of North Korean troops": a count of forces
    whose number may come many words later."""
    forces = _force_set()
    return any(
        t == "number"
        and toks[i + 1 : i + 2] == ["of"]
        and not forces.isdisjoint(toks[i + 2 : i + 5])
        for i, t in enumerate(toks)
    )


def _near_number(toks: list[str]) -> bool:
    """A number within a few words of what it could count (either side: "12,000 troops",
    "armed forces, estimated at about 85,000"); `toks` are the sentence's words and digits."""
    counted = _counted_set()
    nums = []
    keys = []
    for i, t in enumerate(toks):
        if t.isdigit() or t in NUMBER_WORDS:
            nums.append(i)
        if t in counted:
            keys.append(i)
    k = 0
    for i in nums:  # both ascending: the first key not too far behind is the nearest candidate
        while k < len(keys) and keys[k] < i - NUMBER_REACH:
            k += 1
        if k < len(keys) and keys[k] <= i + NUMBER_REACH:
            return True
    return False


_DIGITS = frozenset("0123456789")


@lru_cache(maxsize=1)
def _trigger_pattern() -> re.Pattern[str]:
    """Any word without which `is_hot` cannot say yes, as a whole token of the lower-cased
    text (no letter before it; after it nothing `_TOKEN` would continue the word with). One
    pass over an article finds the few sentences worth a closer look (a sentence opening with a
    bare count is tested on its own). The letter test before a word is a character the match
    consumes, not a lookbehind: a pattern that opens with a character class lets the regex
    engine skip to the next space or punctuation mark in C (a third less time); the text is
    searched with a space before it."""
    return re.compile(rf"[^a-z](?:{trie_regex(_trigger_words())})(?![a-z0-9-])")


@lru_cache(maxsize=1)
def _trigger_words() -> frozenset[str]:
    """The words of `_trigger_pattern`: every word some rule of `_hot` needs."""
    needed = _force_set() | _COUNTED | _WEAK | _STATIONED | _aid_nouns() | _ASKS | {"ground", "air"}
    needed |= _size_set() | _FRAME_HINTS | _MOVED_HEADS | _armed_group_names()
    needed |= _naval_phrases().words | _MOBILISATION
    return needed | _aid_word_sets()[0]  # weapon items (hot only beside an aid verb)


@lru_cache(maxsize=1)
def _armed_group_names() -> frozenset[str]:
    """One-word names of armed groups, lower-cased ("hamas", "m23", "wagner"): a group is its
    own force, so "the M23 withdrew from Walikale" moves forces without a force noun."""
    from pipeline.extract.lexicon import ARMED_GROUP, load_lexicon

    return frozenset(
        alias.lower()
        for alias, e in load_lexicon().aliases.items()
        if e.kind == ARMED_GROUP and " " not in alias and (len(alias) > 3 or alias.isupper())
    )  # "M23", "ELN"; not "LeT", which lower-cased is "let"


_STEMS = ("based", "present", "deployed")  # of `_BARE_PRESENCE`, found anywhere


def _trigger_hits(low: str) -> list[tuple[int, str]]:
    """(start, word) of the trigger words (`_trigger_pattern`) and presence stems in `low`,
    by start."""
    shifted = _trigger_pattern().finditer(" " + low)  # m.start() is the word's start in `low`
    hits = [(m.start(), m.group()[1:]) for m in shifted]
    for stem in _STEMS:  # str.find skips in C; an alternation of them tries each in turn
        at = low.find(stem)
        while at >= 0:
            hits.append((at, stem))
            at = low.find(stem, at + len(stem))
    hits.sort()
    return hits


# a number word as a whole token, after a non-letter the match consumes (searched with a space
# before the text, like `_trigger_pattern`): every `NUMBER_WORDS` member of `_hot`'s words is
# one; "twenty-one" finds "one" too, which only keeps a sentence for `_hot`
_NUMBER_WORD = re.compile(rf"[^a-z](?:{trie_regex(NUMBER_WORDS)})(?![a-z0-9-])")


def _numberish(low: str) -> bool:
    """Whether a lower-cased sentence may hold a number for `_hot`: a digit or a number word."""
    return _DIGIT.search(low) is not None or _NUMBER_WORD.search(" " + low) is not None


@lru_cache(maxsize=1)
def _uncounted_cues() -> tuple[frozenset[str], tuple[str, ...]]:
    """What `_hot` needs of a sentence with no number: a trigger word of a rule that counts
    nothing (forces moved, a ground operation, aid, an ask), or, for an aid phrase or an
    accusation none of whose words is such a trigger ("security package"), its longest word
    as a substring."""
    phrases, items, _, accused = _aid_requirements()
    cues = _force_set() | _MOVED_HEADS | _ASKS | _aid_nouns() | items | TRAINED_NOUNS
    cues |= _armed_group_names() | _naval_phrases().words
    cues |= {"ground", "air"} | _MOBILISATION
    loose = {
        max(sorted(p), key=len)
        for lexicon in (phrases, accused)
        for group in lexicon.by_word.values()
        for p in group
        if p.isdisjoint(cues)
    }
    return cues, tuple(sorted(loose))


@lru_cache(maxsize=1)
def _people_or_frames() -> frozenset[str]:
    """Trigger words of the rules for unnamed forces ("300 men who fought") and size frames
    ("puts the number at"), less those any other rule asks for."""
    others = _force_set() | _COUNTED | _size_set() | _STATIONED | _uncounted_cues()[0]
    return (_WEAK | _FRAME_HINTS) - others


_COMBAT_TOKEN = re.compile(rf"(?<![a-z])(?:{trie_regex(_COMBAT)})(?![a-z0-9-])")


@lru_cache(maxsize=1)
def _ask_words_only() -> frozenset[str]:
    """Ask verbs that no other rule of `_hot` asks for ("told", "called", "pressure"), nor
    any aid phrase or accusation holds."""
    phrases, items, _, accused = _aid_requirements()
    phrase_words = {
        w
        for lexicon in (phrases, accused)
        for group in lexicon.by_word.values()
        for p in group
        for w in p
    }
    others = _force_set() | _COUNTED | _size_set() | _STATIONED | _WEAK | _FRAME_HINTS
    others |= _MOVED_HEADS | _aid_nouns() | items | TRAINED_NOUNS | {"ground", "air"}
    return _ASKS - others - phrase_words


@lru_cache(maxsize=1)
def _aid_words_only() -> frozenset[str]:
    """Aid nouns and weapon items ("system", "funding", "air") that no other rule of `_hot`
    asks for, nor an accusation of arming or a training of forces: beside these alone only
    a verb of giving makes a sentence hot."""
    _, items, _, accused = _aid_requirements()
    accusing = {w for group in accused.by_word.values() for p in group for w in p}
    others = _force_set() | _COUNTED | _size_set() | _STATIONED | _WEAK | _FRAME_HINTS
    others |= _MOVED_HEADS | _ASKS | TRAIN_WORDS | TRAINED_NOUNS | {"ground"}
    return (_aid_nouns() | items | {"air"}) - others - accusing


@lru_cache(maxsize=1)
def _aid_verb_token() -> re.Pattern[str]:
    """Any word of a verb of giving or getting aid as a whole token of the lower-cased text
    (every one among `_hot`'s words is one)."""
    verbs = _aid_word_sets()[1]
    return re.compile(rf"(?<![a-z])(?:{trie_regex(verbs)})(?![a-z0-9-])")


@lru_cache(maxsize=1)
def _stems_only() -> frozenset[str]:
    """Presence stems that are no trigger word: beside these alone only `_BARE_PRESENCE`
    makes a sentence hot ("Some 300 are based in Ouallam")."""
    return frozenset(_STEMS) - _trigger_words()


def _ask_shaped(sentence: str) -> bool:
    """Whether any pattern of `_hot`'s ask rules occurs: an ask verb before a capitalised word
    or "him"/"her", before "the <state_targets noun>", or a call for something."""
    return bool(
        _ASK_AT.search(sentence)
        or _ASK_PRONOUN.search(sentence)
        or _ask_state_pattern().search(sentence)
        or _CALL_FOR.search(sentence)
        or _met_then_asked(sentence)
    )


def _surely_cold(sentence: str, low: str, found: list[tuple[int, str]]) -> bool:
    """A candidate sentence (`low` in lower case, its trigger hits `found`) that `_hot` would
    turn down, told before tokenizing it: no number and no trigger word of a rule that needs
    none ("told reporters"), or only words of people or of a size frame with neither a word of
    combat nor the frame itself ("many people", "the number of"), only ask verbs in none of
    the shapes of a request ("told reporters on Monday"), only aid words with no verb of
    giving ("the health system"), or only presence stems out of their frame ("a database"):
    7,400 of the 11,400 candidates of general news."""
    cues, loose = _uncounted_cues()
    if any(k in low for k in loose):
        return False
    words = {w for _, w in found}
    if cues.isdisjoint(words) and not _numberish(low):
        return True
    if _ANAPHORIC_COUNT.match(sentence) is not None:
        return False
    if words <= _people_or_frames():
        return (_FRAME_HINTS.isdisjoint(words) or _SIZE_FRAME.search(sentence) is None) and (
            _WEAK.isdisjoint(words) or _COMBAT_TOKEN.search(low) is None
        )
    if words <= _ask_words_only():
        return not _ask_shaped(sentence)
    if words <= _aid_words_only():
        return _aid_verb_token().search(low) is None
    return words <= _stems_only() and _BARE_PRESENCE.search(sentence) is None


# `_ANAPHORIC_COUNT` at a given position (its "^" matches only where a string begins)
_ANAPHORIC_AT = re.compile(_ANAPHORIC_COUNT.pattern.removeprefix("^"), re.IGNORECASE)


def hot_sentences(text: str, spans: list[tuple[int, int]]) -> list[bool]:
    """`is_hot` for each (start, end) sentence of `text`, with one pass of the trigger words
    over the whole text instead of one per sentence."""
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer: offsets would shift
        out = [is_hot(text[x:y]) for x, y in spans]
        _with_peoples(out, text, spans)
        _with_list_items(out, text, spans)
        return _with_answers(out, [text[x:y].lower() for x, y in spans])
    hits = _trigger_hits(low)
    starts = [at for at, _ in hits]
    out = []
    for x, y in spans:
        i = bisect_left(starts, x)
        j = bisect_left(starts, y, i)
        if i == j and not _ANAPHORIC_AT.match(low, x, y):
            out.append(False)
            continue
        sentence_low = low[x:y]
        sentence = text[x:y]
        out.append(
            not _surely_cold(sentence, sentence_low, hits[i:j]) and _hot(sentence, sentence_low)
        )
    _with_peoples(out, text, spans)
    _with_list_items(out, text, spans)
    if "how many" not in low:
        return out  # no question asks (nearly every article): no pair to test
    return _with_answers(out, [low[x:y] for x, y in spans])


# a count of a people in the plural ("some 11,000 North Koreans", "400 Kenyans")
_PEOPLE_COUNT = re.compile(r"[0-9][0-9,.]*\s+(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+ns\b")


# a list item that names a party and a bare number ("- Ethiopia: 2,500, most of them ...")
_LIST_ITEM_COUNT = re.compile(r"\s*[-•*–]?\s*[A-Z][\w.'’ -]{1,40}:\s*[0-9]")


def _with_list_items(out: list[bool], text: str, spans: list[tuple[int, int]]) -> None:
    """Flags hot a list item with a bare count right after a hot one ("- Uganda: 4,500
    soldiers" then "- Ethiopia: 2,500"): the extractor decides whether it continues the list."""
    if ":" not in text:
        return  # no list item names a party with a colon (most articles)
    for i in [k + 1 for k, hot in enumerate(out[:-1]) if hot]:
        while i < len(out) and not out[i] and _LIST_ITEM_COUNT.match(text, *spans[i]):
            out[i] = True  # and the item after it may go on the list
            i += 1


def _with_peoples(out: list[bool], text: str, spans: list[tuple[int, int]]) -> None:
    """Flags hot a sentence counting a people right after a hot one ("North Korea has sent
    11,000 troops" then "Kyiv says some 11,000 North Koreans were already in Kursk"): the
    extractor decides whether those people are the forces just counted."""
    for i in range(1, len(out)):
        if out[i - 1] and not out[i] and _PEOPLE_COUNT.search(text, *spans[i]):
            out[i] = not _FREED.search(text, *spans[i])  # not "5,800 Ukrainians brought home"


_FREED = re.compile(r"\b(?:home|exchanges?|exchanged|freed|released|repatriated|returned|swap)\b")


def _with_answers(out: list[bool], lows: list[str]) -> list[bool]:
    """Flags `out` with each answer to a question asking how many soldiers made hot too
    ("How many US troops are still there?" "About 1,000."); `lows` are the sentences in lower
    case."""
    for i in range(1, len(out)):
        if not out[i] and _answers_how_many(lows[i - 1], lows[i]):
            out[i] = True
    return out


_HOW_MANY = re.compile(r"\bhow many\b[^?]*\?[\s\"”’)]*$")


def _answers_how_many(question: str, answer: str) -> bool:
    """A question asking how many soldiers, then a sentence with a count: its answer."""
    if not _HOW_MANY.search(question):
        return False
    asked = _force_set().intersection(_TOKEN.findall(question))
    return bool(asked) and _counts(answer)


def is_hot(sentence: str) -> bool:
    """Whether a sentence may hold a figure or an event: a number with something counted, a
    movement of forces, or a request or aid word with a known name. Set lookups only."""
    low = sentence.lower()
    if not _trigger_hits(low) and not _ANAPHORIC_AT.match(low):
        return False  # none of the words any test below needs (most sentences of general news)
    return _hot(sentence, low)


def _hot(sentence: str, low: str) -> bool:
    toks = _TOKEN.findall(low)
    if "-" in low:  # "thirty-one" is one token of _TOKEN: its parts are the number words
        toks = [p for t in toks for p in (_number_parts(t) or (t,))]
    ws = set(toks) - _DIGITS  # the words: a token of _TOKEN is a word or a single digit
    force = _names_force(sentence, low, ws)
    number = bool(_DIGIT.search(sentence)) or not NUMBER_WORDS.isdisjoint(ws)
    units = _size_set().intersection(ws)
    if units and units <= _DIVISIONS and not _military_division(low, ws):
        units = set()  # "its broadband division"
    sized = force or bool(units) or _counted_here(sentence, ws)
    if number and "number of" in low and _number_of_forces(toks):
        return True  # "The number of servicemen of the DPRK in ... has reached 11 000"
    if number and sized and _near_number(toks) and (_deploys(ws) or _counts(sentence)):
        return True  # a count, not only a date or a sum ("on 16 March"), or a movement
    if number and not _FRAME_HINTS.isdisjoint(ws) and _SIZE_FRAME.search(sentence):
        return True
    if number and not _WEAK.isdisjoint(ws) and not _COMBAT.isdisjoint(ws):
        return True
    moves = not _move_words().isdisjoint(ws) and _deploys(ws)  # a whole trigger: "pulled
    # out", not "up"
    heads = force or not _MOVED_HEADS.isdisjoint(ws) or _naval_phrases().within(ws)
    heads = heads or ("military" in ws and not _BASE_WORDS.isdisjoint(ws))  # "keeps its
    # 102nd military base in Gyumri"
    if heads and (moves or not _KEEPS.isdisjoint(ws)):
        return True  # "sent troops", "the army pulled out"; not "members ... pick up"
    if moves and not _armed_group_names().isdisjoint(ws):
        return True  # "the M23 withdrew from Walikale": the group is the force
    if "ground" in ws and not _GROUND_OPS.isdisjoint(ws):
        return True  # "the launch of a ground operation in Lebanon"
    if not _MOBILISATION.isdisjoint(ws) and any(p in low for p in _mobilisations()):
        return True  # "Eritrea ordered a general mobilisation"
    if number and (not _STATIONED.isdisjoint(ws) or _BARE_PRESENCE.search(sentence)):
        return True  # "Some 300 are based in Ouallam" after a sentence about soldiers
    if number and (m := _ANAPHORIC_COUNT.match(sentence)):
        count = m.group(1).lower()
        if count[0].isdigit() or count in NUMBER_WORDS:
            return True
    aid = _may_give_aid(ws, toks, low)
    if not aid and _ASKS.isdisjoint(ws):
        return False
    if not aid:
        if any(_asks_someone(sentence, m) for m in _ASK_AT.finditer(sentence)):
            return True  # "urged China", "asked Moscow", "called on the EU", "press Prime Minister
        # Netanyahu", "pressing European allies"; not "told the BBC News website"
        if _ASK_PRONOUN.search(sentence) and _names_someone(sentence):
            return True
        if _ask_state_pattern().search(sentence) and _names_someone(sentence):
            return True  # "urged the junta to", "called on the army and the RSF"
        if _met_then_asked(sentence) and _names_someone(sentence):
            return True

        # a call on nobody in particular is diplomacy only about diplomacy and war
        topical = _request_topics().within(ws) or not GROUP_TARGETS.isdisjoint(ws)
        return any(
            (topical or _names_party(sentence[m.end() : m.end() + NAME_REACH_CHARS].split()))
            for m in _CALL_FOR.finditer(sentence)
        ) and _names_someone(sentence)  # "demanded explanations from the Israeli government"
    return _names_someone(sentence)


_BASE_WORDS = frozenset({"base", "bases"})
_ESTIMATE_WORDS = frozenset({"estimate", "estimates", "estimated"})
# a count that no noun follows: "Azerbaijan's: roughly 65,000, the same source estimates"
_BARE_COUNT = re.compile(
    r"(?:[0-9]|thousand|hundred|million|dozen)\s*(?:[,;:)!?\"”’]|\.(?:\s|$)|$)", re.IGNORECASE
)


def _counted_here(sentence: str, ws: set[str]) -> bool:
    """Whether the words count something: a loss, a toll, a strength, or an estimate of a count
    that names no noun (what it counts is the forces of the sentence before); "an estimated
    5.2 million adults", "an estimated $121.9m" count other things."""
    found = _COUNTED.intersection(ws)
    if not found <= _ESTIMATE_WORDS:
        return True
    return bool(found) and _BARE_COUNT.search(sentence) is not None


def _names_force(sentence: str, low: str, ws: set[str]) -> bool:
    """Whether the words name armed personnel. A word that is a force noun only as the end of
    a longer one ("service members", "drone operators", "police officers") counts when that
    whole noun is there, or beside a known name, a word of combat or an armed group ("3,000
    Iranian advisers", "members of the Wagner Group"); not "Labour members", "mobile
    operators" (a third of the false alarms of general news)."""
    found = _force_set().intersection(ws)
    tails, phrases = _force_tails()
    if not found or not found <= tails | _DIVISIONS:
        return bool(found)
    if any(phrase in low for phrase in phrases) or not _fighting_words().isdisjoint(ws):
        return True
    if found <= _DIVISIONS:
        return _military_division(low, ws)
    if not _ROLE_TAILS.isdisjoint(found) and _names_someone(sentence):
        return True  # "3,000 Iranian advisers", "Kenyan officers"
    heads = _armed_group_heads()  # "members of the Wagner Group", "Hamas members"
    return any(not heads.isdisjoint(_name_forms(w)) for w in _CAPITAL.findall(sentence))


_ROLE_TAILS = frozenset({"advisers", "advisors", "officers", "engineers"})
_DIVISIONS = frozenset({"division", "divisions"})
_UNIT_KINDS = words(
    "airborne infantry armoured armored mechanised mechanized motorised motorized tank rifle "
    "marine panzer guards mountain assault artillery cavalry troops soldiers border"
)
_ORDINAL = re.compile(r"\b[0-9]+(?:st|nd|rd|th)\b")


def _military_division(low: str, ws: set[str]) -> bool:
    """Whether "division" is an army's: "two divisions moved to the border", "the 82nd
    Airborne Division"; not "the film division", "Joy Division"."""
    if not (_UNIT_KINDS.isdisjoint(ws) and _MOVES.isdisjoint(ws)):
        return True  # (not every trigger word: "the film division will take part in")
    return not _fighting_words().isdisjoint(ws) or _ORDINAL.search(low) is not None


@lru_cache(maxsize=1)
def _fighting_words() -> frozenset[str]:
    """Words that make people fighters: `_COMBAT`, the longest word of each combat context
    ("serving in" -> serving, "front line" -> front) and armed groups' one-word names."""
    from pipeline.extract.lexicon import load_lexicon

    listed = load_lexicon().words["combat_context"] | load_lexicon().words["service_contracts"]
    longest = {max(phrase.split(), key=len) for phrase in listed}
    return _COMBAT | longest | _armed_group_names()


@lru_cache(maxsize=1)
def _armed_group_heads() -> frozenset[str]:
    """First words of the armed groups' names ("Wagner", "Islamic", "al-Shabaab")."""
    from pipeline.extract.lexicon import ARMED_GROUP, load_lexicon

    aliases = load_lexicon().aliases.items()
    firsts = (alias.split() for alias, e in aliases if e.kind == ARMED_GROUP)
    # "The Resistance Front" is headed by "Resistance": every sentence may open with "The"
    return frozenset(w[1] if w[0] == "The" and len(w) > 1 else w[0] for w in firsts)


@lru_cache(maxsize=1)
def _force_tails() -> tuple[frozenset[str], tuple[str, ...]]:
    """The last words of multi-word force nouns that are no force noun alone, and those
    nouns."""
    return _tails_of("force_nouns.strong", _FORCE_EXTRA)


def _tails_of(entry: str, also_single: frozenset[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    """Of a lexicon list: the last words of its multi-word entries that are no entry alone
    (nor in `also_single`), and the entries ending in them."""
    from pipeline.extract.lexicon import load_lexicon

    listed = load_lexicon().words[entry]
    single = {n for n in listed if " " not in n} | also_single
    tails = frozenset(n.split()[-1] for n in listed if " " in n) - single
    return tails, tuple(n for n in listed if " " in n and n.split()[-1] in tails)


def _number_parts(token: str) -> tuple[str, ...] | None:
    """The words of a hyphenated number ("thirty-one" -> thirty, one), else None."""
    if "-" not in token:
        return None
    parts = tuple(token.split("-"))
    return parts if all(p in NUMBER_WORDS for p in parts) else None


def _counts(sentence: str) -> bool:
    """Whether the number parser finds a count in the sentence: every figure is one."""
    return bool(find_quantities(sentence))


def _deploys(ws: set[str]) -> bool:
    """Whether every word of some deployment trigger ("touched down", "contributing") is
    among the sentence's words."""
    return _deployment_phrases().within(ws)


class _PhraseSets:
    """Lexicon phrases as word sets, each filed under its longest word: whether a sentence's
    words hold a whole phrase takes a set intersection and a test per phrase whose word is
    there, not a test per phrase (most of the sentences asked hold none)."""

    __slots__ = ("by_word", "words")

    def __init__(self, phrases: Iterable[str]) -> None:
        self.by_word: dict[str, list[frozenset[str]]] = {}
        for phrase in phrases:
            ws = frozenset(_TOKEN.findall(phrase))
            self.by_word.setdefault(max(sorted(ws), key=len, default=""), []).append(ws)
        self.words = frozenset(self.by_word)

    def within(self, ws: set[str]) -> bool:
        """Whether every word of some phrase is in `ws`."""
        if "" in self.words:
            return True  # a phrase of no words is in every sentence
        by_word = self.by_word
        return any(p <= ws for w in self.words.intersection(ws) for p in by_word[w])


@lru_cache(maxsize=1)
def _move_words() -> frozenset[str]:
    """Words that make a deployment trigger: `_MOVES` and the longest word of every trigger in
    the lexicon ("crossed into", "fighting alongside", "hired"), so that a trigger an analyst
    adds wakes sentences too; not the bare presence of "are in" or "based in" (a force noun
    beside them is common and needs a number to count)."""
    from pipeline.extract.lexicon import load_lexicon

    triggers = load_lexicon().words["triggers.deployment"]
    longest = {max(_TOKEN.findall(t), key=len) for t in triggers if _TOKEN.findall(t)}
    return _MOVES | (longest - _PRESENCE_ONLY)


# trigger words that alone say too little to wake a sentence: presence ("are in", "based in")
# and words of other business ("activated a dormant law", "struggling to rotate units")
_PRESENCE_ONLY = words(
    "are is were base waiting operating operate train fighting activated rotate rotated rotation"
)


_MOBILISATION = words("mobilisation mobilization")


@lru_cache(maxsize=1)
def _mobilisations() -> tuple[str, ...]:
    """Mobilisations that call up soldiers without naming them, in lower case."""
    from pipeline.extract.lexicon import load_lexicon

    return tuple(load_lexicon().words["military_mobilisations"])


@lru_cache(maxsize=1)
def _naval_phrases() -> _PhraseSets:
    """Naval forces named by more than one word ("carrier strike group", "naval presence")."""
    from pipeline.extract.lexicon import load_lexicon

    return _PhraseSets(load_lexicon().words["naval_forces"])


@lru_cache(maxsize=1)
def _deployment_phrases() -> _PhraseSets:
    from pipeline.extract.lexicon import load_lexicon

    return _PhraseSets(load_lexicon().words["triggers.deployment"])


def _may_give_aid(ws: set[str], toks: list[str], low: str) -> bool:
    """What each military-aid rule needs, as words of the sentence: an aid phrase ("military
    aid", "air defence") with a verb of giving, weapon items near a verb of giving or getting,
    an accusation of arming, or training of pilots or soldiers. "Development aid", "a training
    centre" and "announced ... an early warning system" stay cold."""
    phrases, items, verbs, accused = _aid_requirements()
    if not verbs.isdisjoint(ws):
        if phrases.within(ws):
            return True
        named = items.intersection(ws)
        if named and _whole_items(named, low) and _items_near_verb(toks, items, verbs):
            return True
    if "of" in ws and accused.within(ws):
        return True
    if "for" in ws and not (
        verbs.isdisjoint(ws) or FORCES_FUNDED.isdisjoint(ws) or _MONEY.isdisjoint(ws)
    ):
        return True  # "approved $230 million for the Lebanese army"
    return not TRAIN_WORDS.isdisjoint(ws) and not TRAINED_NOUNS.isdisjoint(ws)


def _whole_items(found: set[str], low: str) -> bool:
    """Whether weapon item words name an item: a word that is an item only as the end of a
    longer one ("air defence system", "spare parts") needs that whole item ("the operating
    system", "parts of the country" name none)."""
    tails, phrases = _item_tails()
    return not found <= tails or any(phrase in low for phrase in phrases)


@lru_cache(maxsize=1)
def _item_tails() -> tuple[frozenset[str], tuple[str, ...]]:
    """The last words of multi-word weapon items that are no item alone, and those items."""
    return _tails_of("triggers.military_aid_items", frozenset())


# whose funding is military aid ("approved $230 million for the Lebanese army"; the engine's
# rule reads the same list)
FORCES_FUNDED = frozenset({"army", "military", "soldiers", "troops", "forces", "police"})
_MONEY = frozenset({"million", "billion", "dollars", "euros", "usd", "eur", "funding"})


def _items_near_verb(toks: list[str], items: frozenset[str], verbs: frozenset[str]) -> bool:
    """An item word within the aid rules' reach of a verb (`toks` count digits one by one and
    no punctuation, so a slack covers the difference from spaCy's tokens)."""
    at_verb = [i for i, w in enumerate(toks) if w in verbs]
    return any(
        -ITEM_REACH_BEFORE <= i - v <= ITEM_REACH_AFTER
        for i, w in enumerate(toks)
        if w in items
        for v in at_verb
    )


# the aid rules: items up to 10 tokens after the verb, or the verb up to 3 after the items; the
# rest is slack for phrases ("took delivery of", "artillery pieces") and tokenization
ITEM_REACH_AFTER = 14
ITEM_REACH_BEFORE = 7


@lru_cache(maxsize=1)
def _request_topics() -> _PhraseSets:
    from pipeline.extract.lexicon import load_lexicon

    return _PhraseSets(load_lexicon().words["request_topics"])


TRAIN_WORDS = words("train training trains trained")
TRAINED_NOUNS = words(
    "pilots soldiers troops forces officers recruits personnel cadets servicemen army military "
    "navy marines commandos operators crews brigades battalions"
)


@lru_cache(maxsize=1)
def _aid_requirements() -> tuple[_PhraseSets, frozenset[str], frozenset[str], _PhraseSets]:
    """The aid lexicon as word sets: each aid noun phrase's words, the weapon items' last
    words, the verbs' words (giving and getting) and each accusation phrase's words."""
    from pipeline.extract.lexicon import load_lexicon

    w = load_lexicon().words
    phrases = _PhraseSets(w["triggers.military_aid_nouns"])
    accused = _PhraseSets(w["triggers.military_aid_accused"])
    items, verbs = _aid_word_sets()
    return phrases, items, verbs, accused


def _asks_someone(sentence: str, m: re.Match[str]) -> bool:
    """An ask verb followed by a name the gazetteer knows, or, for a call or a demand (which
    may name nobody) and before a group ("European allies"), by a word a name starts with."""
    words_after = m.group(1).split()
    if _names_party(words_after):
        return True
    heads = _party_heads()
    if all(heads.isdisjoint(_name_forms(word)) for word in words_after):
        return False
    verb = m.group(0).split()[0].lower()
    after = _TOKEN.findall(sentence[m.end(1) : m.end(1) + GROUP_REACH_CHARS].lower())
    return verb.startswith(("call", "demand", "request")) or not GROUP_TARGETS.isdisjoint(after)


GROUP_TARGETS = words(
    "world community allies partners countries nations sides parties west members "
    "governments leaders authorities council states"
)
GROUP_REACH_CHARS = 40  # "urged the Republika Srpska authorities": a few words on
NAME_REACH_CHARS = 40  # "demanded explanations from the Israeli government"
# warships move as forces do ("Spain dispatched the frigate Blas de Lezo to Cyprus" is a
# deployment), though they are never counted as troops ("vessels" alone may be anybody's)
NAVAL_HEADS = words(
    "warship warships frigate frigates destroyer destroyers submarine submarines corvette "
    "corvettes minesweeper minesweepers gunboats flotilla battleship battleships"
)
FORCE_HEADS = (
    words(
        "troops contingent brigades brigade battalions battalion regiment regiments divisions "
        "units presence reserves reservists peacekeepers peacekeeping mercenaries trainers "
        "personnel detachment detachments"
    )
    | NAVAL_HEADS
)
# heads the deployment rule counts as forces, less the words of business ("a presence in Egypt",
# "dollar reserves")
_MOVED_HEADS = FORCE_HEADS - {"presence", "reserves"}


@lru_cache(maxsize=1)
def _party_heads() -> frozenset[str]:
    """First words of names that can be asked to act (news outlets are told, not asked)."""
    return frozenset(_party_aliases())


def _names_party(words_after: list[str]) -> bool:
    """Whether the whole name of anything but a news outlet (outlets are told, not asked)
    starts at one of these words, as the gazetteer would find it."""
    by_head = _party_aliases()
    for i, word in enumerate(words_after):
        for form in _name_forms(word):
            for alias in by_head.get(form, ()):
                n = len(alias)
                if n == 1 or (
                    i + n <= len(words_after)
                    and alias[1:-1] == tuple(words_after[i + 1 : i + n - 1])
                    and alias[-1] in _name_forms(words_after[i + n - 1])
                ):
                    return True
    return False


@lru_cache(maxsize=1)
def _party_aliases() -> dict[str, list[tuple[str, ...]]]:
    """Aliases of all but news outlets by first word, as word tuples."""
    from pipeline.extract.lexicon import MEDIA, load_lexicon

    out: dict[str, list[tuple[str, ...]]] = {}
    for alias, e in load_lexicon().aliases.items():
        if e.kind != MEDIA:
            parts = tuple(alias.split())
            out.setdefault(parts[0], []).append(parts)
    return out


# spaCy caches the tokens of at most 10,000 distinct whitespace-separated chunks and then stops
# caching: a worker that has read a few thousand articles tokenizes every new one the slow way.
# Room for the recurring vocabulary of news (about 100 bytes a chunk; the vocabulary itself grows
# without bound anyway).
TOKENIZER_CACHE_CHUNKS = 200_000


@lru_cache(maxsize=1)
def pipeline() -> tuple[spacy.Language, PhraseMatcher]:
    """The blank English tokenizer and the gazetteer matcher."""
    nlp = spacy.blank("en")
    nlp.tokenizer.max_cache_size = TOKENIZER_CACHE_CHUNKS
    # a footnote mark glued to a word ("Strategic Studies,[4]", "Studies[4]") is no part of it
    infixes = [*nlp.Defaults.infixes, r"(?<=[\w.,;:])\[(?=\d)", r"(?<=[A-Za-z])[,.;:](?=\[\d)"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    lex = load_lexicon()
    for low in lex.words["title_abbreviations"]:  # the lexicon's words are lower-cased
        titled = "-".join(part.capitalize() for part in low.split("-"))
        for abbreviation in {low, titled, low.upper()}:
            nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    for low in lex.words["number_abbreviations"]:  # "approx. 4,500": one sentence
        for abbreviation in {low, low.capitalize()}:
            nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    patterns: dict[str, list[Doc]] = {}
    for alias in lex.aliases:
        patterns.setdefault(alias, []).append(nlp.make_doc(alias))
    for alias, docs in patterns.items():
        matcher.add(alias, docs)
    return nlp, matcher


@lru_cache(maxsize=1)
def _sentence_punct() -> frozenset[str]:
    """The characters after which spaCy's sentencizer ends a sentence."""
    return frozenset(Sentencizer.default_punct_chars)


class Tokens:
    """A tokenized stretch of text as plain lists (one entry per token), its sentence starts
    and gazetteer mentions: the rules read lists, never spaCy Token objects, which cost a
    Python object per token per access."""

    __slots__ = ("idx", "lexemes", "low", "mentions", "sent_starts", "text", "words")

    def __init__(self, text: str) -> None:
        nlp, matcher = pipeline()
        doc = nlp.make_doc(text)
        self.text = text
        rows = doc.to_array(_ARRAY_ATTRS).tolist() if len(doc) else []
        infos = _LEXEMES
        lexemes = [infos.get(orth) or _lexeme(nlp, orth) for orth, _ in rows]
        self.lexemes = lexemes
        self.idx: list[int] = [i for _, i in rows]
        self.words: list[str] = [x[0] for x in lexemes]
        self.low: list[str] = [x[1] for x in lexemes]
        self.sent_starts = _sentence_starts(lexemes)
        self.mentions = _mentions(matcher(doc)) if rows else []
        shouted = _shouted_openings(self.words, self.sent_starts, self.mentions)
        if shouted:
            self.mentions = sorted(self.mentions + shouted, key=lambda m: m[0])


def _shouted_openings(
    words: list[str], starts: list[int], mentions: list[tuple[int, int, Entity]]
) -> list[tuple[int, int, Entity]]:
    """A sentence opening with a name in capitals that runs on as prose ("BRITAIN is rushing
    hundreds more troops", a tabloid's style): the name, which the case-sensitive gazetteer
    misses. A dateline ("KYIV, March 3 -") is read as one elsewhere."""
    taken = {m[0] for m in mentions}
    aliases = load_lexicon().aliases
    out = []
    for i in starts:
        w = words[i]
        if len(w) < 4 or not w.isupper() or i in taken or i + 1 >= len(words):
            continue
        if not words[i + 1].islower():
            continue
        ent = aliases.get(w.title())
        if ent is not None and ent.kind == COUNTRY:
            out.append((i, i + 1, ent))
    return out


_ARRAY_ATTRS = [ORTH, IDX]
# orth id -> (text, lower, is_punct, like_num, is_alpha, ends a sentence); one per lexeme, like
# the vocabulary itself
_LEXEMES: dict[int, tuple[str, str, bool, bool, bool, bool]] = {}


def _lexeme(nlp: spacy.Language, orth: int) -> tuple[str, str, bool, bool, bool, bool]:
    lex = nlp.vocab[orth]
    text = lex.orth_
    info = (text, lex.lower_, lex.is_punct, lex.like_num, lex.is_alpha, text in _sentence_punct())
    _LEXEMES[orth] = info
    return info


MAX_SENTENCE_TOKENS = 300  # a "sentence" longer than this is a list or a flattened table


def _sentence_starts(lexemes: list[tuple[str, str, bool, bool, bool, bool]]) -> list[int]:
    """Token indices where sentences start, as spaCy's sentencizer decides (the first token
    that is not punctuation after a sentence-final character); a run-on longer than
    MAX_SENTENCE_TOKENS is cut after its next comma or semicolon (or, with none, where it
    reaches twice that), so that no rule reading a sentence's words costs more than that."""
    if not lexemes:
        return []
    starts = [0]
    seen_period = False
    last = len(lexemes) - 1
    for i, (text, _, is_punct, _, _, ends) in enumerate(lexemes):
        if seen_period and not is_punct and not ends:
            starts.append(i)
            seen_period = False
        elif ends:
            seen_period = True
        elif (length := i - starts[-1]) >= MAX_SENTENCE_TOKENS and i < last:
            if text in (",", ";"):
                starts.append(i + 1)
            elif length >= 2 * MAX_SENTENCE_TOKENS:
                starts.append(i)
    return starts


_ENTITIES: dict[int, Entity] = {}


def _mentions(matches: list[tuple[int, int, int]]) -> list[tuple[int, int, Entity]]:
    """Gazetteer mentions (start, end, entity) in token order, longest match first and no
    overlaps (the rule of spacy.util.filter_spans)."""
    if not matches:
        return []
    ranked = sorted(matches, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)
    kept = []
    seen: set[int] = set()
    for match_id, start, end in ranked:
        if start not in seen and end - 1 not in seen:
            kept.append((match_id, start, end))
            seen.update(range(start, end))
    kept.sort(key=lambda m: m[1])
    out = []
    for match_id, start, end in kept:
        ent = _ENTITIES.get(match_id)
        if ent is None:
            nlp, _ = pipeline()
            ent = _ENTITIES[match_id] = load_lexicon().aliases[nlp.vocab.strings[match_id]]
        out.append((start, end, ent))
    return out
