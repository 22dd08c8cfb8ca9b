"""A sentence as the rules see it: tokens, gazetteer mentions, quantities, phrase lookups."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from pipeline.extract.lexicon import Entity, load_lexicon
from pipeline.extract.model import Quantity
from pipeline.extract.nlp import Tokens, pipeline


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


class Sentence:
    """Tokens [start, end) of a tokenized run, at character `offset` in the article."""

    def __init__(self, tokens: Tokens, start: int, end: int, offset: int) -> None:
        self.offset = offset
        self.mentions: list[Mention] = []
        self.quantities: list[QSpan] = []
        self.low = tokens.low[start:end]
        self.words = tokens.words[start:end]
        self.punct = tokens.punct[start:end]
        self.like_num = tokens.like_num[start:end]
        self.alpha = tokens.alpha[start:end]
        base = tokens.idx[start]
        self._starts = [i - base for i in tokens.idx[start:end]]
        self._ends = [a + len(w) for a, w in zip(self._starts, self.words, strict=True)]
        self.text = tokens.text[base : base + self._ends[-1]]
        self._found: dict[str, list[tuple[int, int]]] = {}
        self._lowset = frozenset(self.low)

    def __len__(self) -> int:
        return len(self.low)

    def text_of(self, lo: int, hi: int) -> str:
        """The text of tokens [lo, hi) (slice semantics, like a spaCy Span slice)."""
        lo, hi, _ = slice(lo, hi).indices(len(self.low))
        if hi <= lo:
            return ""
        return self.text[self._starts[lo] : self._ends[hi - 1]]

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
        i = bisect_right(self._ends, char)
        return i if i < len(self._ends) else len(self._ends) - 1

    def is_quantity_token(self, i: int) -> bool:
        return any(q.start <= i < q.end for q in self.quantities)
