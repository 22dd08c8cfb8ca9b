"""A sentence as the rules see it: tokens, gazetteer mentions, quantities, phrase lookups."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Span

from pipeline.extract.lexicon import Entity, load_lexicon
from pipeline.extract.model import Quantity
from pipeline.extract.nlp import pipeline


@cache
def phrases(list_name: str) -> tuple[tuple[str, ...], ...]:
    """Entries of a lexicon list as token tuples, longest first (tokenized like the text)."""
    nlp, _ = pipeline()
    out = {tuple(t.lower_ for t in nlp.make_doc(w)) for w in load_lexicon().words[list_name]}
    return tuple(sorted(out, key=len, reverse=True))


@cache
def _index(list_name: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Entries of a list by their first token, longest first: one dict lookup per token."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases(list_name):
        out.setdefault(p[0], []).append(p)
    return {k: tuple(v) for k, v in out.items()}


@cache
def word_set(list_name: str) -> frozenset[str]:
    return frozenset(p[0] for p in phrases(list_name) if len(p) == 1)


@dataclass
class Mention:
    start: int  # token index in the sentence
    end: int
    entity: Entity


@dataclass
class QSpan:
    start: int
    end: int
    quantity: Quantity


@dataclass
class Sentence:
    span: Span
    offset: int  # character offset of the sentence in the article text
    mentions: list[Mention] = field(default_factory=list)
    quantities: list[QSpan] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.toks = list(self.span)
        self.low = [t.lower_ for t in self.toks]
        self.text = self.span.text
        self._found: dict[str, list[tuple[int, int]]] = {}
        self._lowset = frozenset(self.low)

    def __len__(self) -> int:
        return len(self.toks)

    def find(self, list_name: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
        """(start, end) token spans in [lo, hi) where an entry of `list_name` occurs."""
        found = self._found.get(list_name)
        if found is None:
            found = self._found[list_name] = self._scan(list_name)
        hi = len(self.low) if hi is None else hi
        return [(a, b) for a, b in found if a >= lo and b <= hi]

    def _scan(self, list_name: str) -> list[tuple[int, int]]:
        index, low = _index(list_name), self.low
        if index.keys().isdisjoint(self._lowset):
            return []  # the common case: no entry of this list starts in this sentence
        out: list[tuple[int, int]] = []
        nxt = 0
        for i in [i for i, w in enumerate(low) if w in index]:
            if i < nxt:
                continue
            for p in index[low[i]]:
                if tuple(low[i : i + len(p)]) == p:
                    out.append((i, i + len(p)))
                    nxt = i + len(p)
                    break
        return out

    def has(self, list_name: str, lo: int = 0, hi: int | None = None) -> bool:
        return bool(self.find(list_name, lo, hi))

    def mention_at(self, i: int) -> Mention | None:
        for m in self.mentions:
            if m.start <= i < m.end:
                return m
        return None

    def mentions_in(self, lo: int, hi: int) -> list[Mention]:
        return [m for m in self.mentions if m.start >= lo and m.end <= hi]

    def char_token(self, char: int) -> int:
        """Index of the token covering a character offset within the sentence text."""
        base = self.span.start_char
        for i, t in enumerate(self.toks):
            if t.idx - base + len(t.text) > char:
                return i
        return len(self.toks) - 1

    def is_quantity_token(self, i: int) -> bool:
        return any(q.start <= i < q.end for q in self.quantities)
