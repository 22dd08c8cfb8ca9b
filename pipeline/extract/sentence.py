"""A sentence as the rules see it: tokens, gazetteer mentions, quantities, phrase lookups."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, cached_property

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
def first_token_index(list_name: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Entries of a list by their first token, longest first: one dict lookup per token."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases(list_name):
        out.setdefault(p[0], []).append(p)
    return {k: tuple(v) for k, v in out.items()}


@cache
def _lists_starting() -> dict[str, tuple[str, ...]]:
    """First token of any lexicon entry -> the lists with an entry starting with it."""
    out: dict[str, list[str]] = {}
    for name in load_lexicon().words:
        for first in first_token_index(name):
            out.setdefault(first, []).append(name)
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
        self.now_year: int | None = None  # the article's present: its latest year not to come
        self.mentions: list[Mention] = []
        self.quantities: list[QSpan] = []
        self.hot = False  # whether the cheap filter chose it for the full treatment
        self._tokens, self._start, self._end = tokens, start, end
        self.low = low = tokens.low[start:end]
        self.words = words = tokens.words[start:end]
        base = tokens.idx[start]
        self.text = tokens.text[base : tokens.idx[end - 1] + len(words[-1])]
        self.lowset = frozenset(low)
        self._found: dict[str, list[tuple[int, int]]] = {}
        # list name -> token indices where one of its entries may start (one pass for all lists)
        self._starts_of: dict[str, list[int]] = {}
        lists_starting = _lists_starting()
        for i, w in enumerate(low):
            names = lists_starting.get(w)
            if names:
                for name in names:
                    self._starts_of.setdefault(name, []).append(i)
        # what the rules derive from the tokens and mentions alone, computed once; cleared when
        # mentions are added
        self.derived: dict[str, object] = {}

    @cached_property
    def punct(self) -> list[bool]:
        return [x[2] for x in self._tokens.lexemes[self._start : self._end]]

    @cached_property
    def like_num(self) -> list[bool]:
        return [x[3] for x in self._tokens.lexemes[self._start : self._end]]

    @cached_property
    def alpha(self) -> list[bool]:
        return [x[4] for x in self._tokens.lexemes[self._start : self._end]]

    @cached_property
    def _char_starts(self) -> list[int]:
        idx = self._tokens.idx
        base = idx[self._start]
        return [i - base for i in idx[self._start : self._end]]

    @cached_property
    def _char_ends(self) -> list[int]:
        return [a + len(w) for a, w in zip(self._char_starts, self.words, strict=True)]

    def __len__(self) -> int:
        return len(self.low)

    def text_of(self, lo: int, hi: int) -> str:
        """The text of tokens [lo, hi) (slice semantics, like a spaCy Span slice)."""
        lo, hi, _ = slice(lo, hi).indices(len(self.low))
        if hi <= lo:
            return ""
        return self.text[self._char_starts[lo] : self._char_ends[hi - 1]]

    def find(self, list_name: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
        """(start, end) token spans in [lo, hi) where an entry of `list_name` occurs."""
        found = self._found.get(list_name)
        if found is None:
            found = self._found[list_name] = self._scan(list_name)
        if not found:
            return []
        if hi is None:
            hi = len(self.low)
        return [(a, b) for a, b in found if a >= lo and b <= hi]

    def _scan(self, list_name: str) -> list[tuple[int, int]]:
        starts = self._starts_of.get(list_name)
        if starts is None:
            return []  # the common case: no entry of this list starts in this sentence
        index, low = first_token_index(list_name), self.low
        out: list[tuple[int, int]] = []
        nxt = 0
        for i in starts:
            if i < nxt:
                continue
            for p in index[low[i]]:
                if tuple(low[i : i + len(p)]) == p:
                    out.append((i, i + len(p)))
                    nxt = i + len(p)
                    break
        return out

    def has(self, list_name: str, lo: int = 0, hi: int | None = None) -> bool:
        found = self._found.get(list_name)
        if found is None:
            found = self._found[list_name] = self._scan(list_name)
        if not found:
            return False
        if hi is None:
            hi = len(self.low)
        return any(a >= lo and b <= hi for a, b in found)

    def mention_at(self, i: int) -> Mention | None:
        for m in self.mentions:
            if m.start <= i < m.end:
                return m
        return None

    def mentions_in(self, lo: int, hi: int) -> list[Mention]:
        return [m for m in self.mentions if m.start >= lo and m.end <= hi]

    def spaced(self, i: int) -> bool:
        """Whether whitespace (or the sentence end) follows token i: a hyphen with none on
        either side joins a word ("Kosiniak-Kamysz"); a spaced one is a dash."""
        return i + 1 >= len(self.low) or self._char_ends[i] < self._char_starts[i + 1]

    def char_start(self, i: int) -> int:
        """Character offset, within the sentence text, where token i starts."""
        return self._char_starts[i]

    def char_token(self, char: int) -> int:
        """Index of the token covering a character offset within the sentence text."""
        ends = self._char_ends
        i = bisect_right(ends, char)
        return i if i < len(ends) else len(ends) - 1

    def is_quantity_token(self, i: int) -> bool:
        return any(q.start <= i < q.end for q in self.quantities)
