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

from pipeline.extract.lexicon import Entity, load_lexicon

# Words without which a paragraph cannot hold a figure or one of the four event types. Most
# paragraphs of general news contain none of them, and are never tokenized.
_PREFILTER_WORDS = (
    r"troops?|soldiers?|servicem[ae]n|service ?members|personnel|fighters|mercenar(?:y|ies)|"
    r"militants|militi(?:a|amen)|reservists|reserves|conscripts?|recruits|paratroopers|marines|"
    r"commandos|operatives|insurgents|rebels|jihadists|peacekeep\w*|combatants|gunmen|"
    r"forces|army|armies|military|militaries|brigades?|battalions?|contingent|"
    r"deploy\w*|mobili[sz]\w*|call(?:ed|ing|s)?[- ]?ups?|withdr[ae]w\w*|station(?:ed|ing)|"
    r"urg(?:e|ed|es|ing)|call(?:ed|s|ing)? (?:on|upon|for)|press(?:ed|es|ing)? \w+ to|"
    r"pressur\w+|demand\w*|request\w*|appeal\w*|asked|asking|asks|push(?:ed|es|ing)? \w+ to|"
    r"persuad\w+|implor\w+|ordered|instructed|"
    r"weapons|arms|ammunition|munitions|missiles|air defen[cs]e|military aid|aid package|"
    r"fight|fighting|fought|volunteer\w*|recruit\w*|enlist\w*|legion|"
    r"killed|wounded|casualties|dead|died|captured|prisoners|eliminated|losses|death toll"
)
PREFILTER = re.compile(rf"\b(?:{_PREFILTER_WORDS})\b", re.IGNORECASE)


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


def parse(text: str) -> Doc:
    nlp, _ = pipeline()
    return nlp(text)


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
