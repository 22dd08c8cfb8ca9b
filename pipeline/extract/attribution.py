"""Who says so: the claimant of a figure, from the reporting words around it.

Forms handled: "according to X"; "X said/estimates/believes ... N"; "N ..., X said";
inverted "..., said X"; "X put the number at N"; passive "is estimated by X"; "X's estimates
... N"; "This was stated by X" in the next sentence; apposition ("Jake Sullivan, the U.S.
National Security Advisor, said"); and claimants named earlier in the article ("the ministry",
"he", "officials from both countries" resolve to whoever the article last quoted).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.extract.lexicon import COUNTRY, MEDIA, PERSON, Entity, words
from pipeline.extract.sentence import Mention, Sentence, word_set

QUOTE_LOOKAHEAD = 3  # sentences a quotation may run on before its speaker is named

_HARD = frozenset({";", ":", "“", "”", '"', "—", "–", "-", "that", "but", "while", "whereas"})
_PREP_LOC = frozenset({"in", "at", "to", "against", "near", "on", "inside", "into", "toward"})
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "which", "who"})
_DEFINITE_GENERIC = words(
    "ministry army military government statement document report spokesperson spokesman "
    "spokeswoman minister president official command headquarters staff office forces "
    "administration agency service junta leadership authorities chief general commander "
    "country publication data figures"
)
_INDEFINITE = words(
    "experts analysts observers sources source officials reports report researchers "
    "diplomats western witnesses residents media"
)
_PASSIVE_AUX = frozenset({"is", "are", "was", "were", "be", "been", "being", "an", ","})
_ESTIMATE_VERBS = words(
    "estimated estimates estimate assessed assesses assess believes believe put puts "
    "reckons reckoned thinks calculated"
)
_ESTIMATE_NOUNS = words("estimates estimate assessment tally intelligence data")
_TIME_WORDS = words(
    "has have had also later earlier on today yesterday monday tuesday wednesday thursday "
    "friday saturday sunday this last week month previously again repeatedly reportedly "
    "publicly officially been recently separately late night morning evening"
)


@dataclass
class Claim:
    parties: list[str] = field(default_factory=list)
    text: str | None = None
    attributed: bool = False  # some reporting expression governs the figure
    estimate: bool = False  # the reporting word is an estimate ("estimates", "put at")
    media: bool = False


@dataclass
class Discourse:
    """What earlier sentences of the article said, for pronouns and definite descriptions."""

    last_speaker: list[str] = field(default_factory=list)
    last_country: str | None = None
    persons: dict[str, Entity] = field(default_factory=dict)
    last_claim: Claim | None = None
    last_claim_subject: str | None = None
    country_counts: dict[str, int] = field(default_factory=dict)

    def main_countries(self, n: int) -> list[str]:
        """The n countries the article has named most ("both sides")."""
        if n == 1 and self.country_counts:  # the first of the most named, as the sort gives
            return [max(self.country_counts.items(), key=lambda kv: kv[1])[0]]
        ranked = sorted(self.country_counts.items(), key=lambda kv: -kv[1])
        return [name for name, _ in ranked[:n]]


def _parties(mentions: list[Mention]) -> list[str]:
    out: list[str] = []
    for m in mentions:
        p = m.entity.party
        if p and p not in out:
            out.append(p)
    return out


def _np_mentions(s: Sentence, lo: int, hi: int) -> list[Mention]:
    """Mentions that name who speaks in tokens [lo, hi): not places after "in"/"to"."""
    ms, located = [], []
    for m in s.mentions_in(lo, hi):
        if not m.entity.party:
            continue
        if m.start > lo and s.low[m.start - 1] in _PREP_LOC:
            # "officials in Kyiv" speak for Kyiv; "Nepal's ambassador in Moscow" does not
            if m.start - 2 >= lo and s.low[m.start - 2] in _SPEAKER_NOUNS:
                located.append(m)
            continue
        ms.append(m)
    ms = ms or located
    if not ms:
        return []
    non_media = [m for m in ms if m.entity.kind != MEDIA]
    ms = non_media or ms
    # coordinated names ("U.S. and UK intelligence") are a claimant set; else the head's owner
    last = ms[-1]
    group = [last]
    for m in reversed(ms[:-1]):
        between = s.low[m.end : group[0].start]
        if between and all(w in ("and", "&", ",") for w in between):
            group.insert(0, m)
        else:
            break
    if len(group) > 1:
        return group
    # "Lebanon's Hezbollah leader" -> Hezbollah; "Nepal's ambassador in Moscow" -> Nepal
    return [last]


def _home_country(s: Sentence, disc: Discourse) -> str | None:
    """Whose "army" or "ministry" an unnamed one is: the article's main country, else the
    first country this sentence names."""
    main = disc.main_countries(1)
    if main:
        return main[0]
    for m in s.mentions:
        if m.entity.kind == COUNTRY:
            return m.entity.name
    return None


def _segments(s: Sentence, lo: int, hi: int) -> list[tuple[int, int]]:
    segs, a = [], lo
    for k in range(lo, hi):
        if s.low[k] == ",":
            segs.append((a, k))
            a = k + 1
    segs.append((a, hi))
    return segs


def _resolve_np(s: Sentence, lo: int, hi: int, disc: Discourse) -> Claim | None:
    """A claim from a speaker noun phrase in [lo, hi), or None when there is no speaker."""
    words = [w for w in s.low[lo:hi] if w not in _TIME_WORDS and w not in (",", "(", ")")]
    if not words:
        return None
    ms = _np_mentions(s, lo, hi)
    text = s.text_of(lo, hi).strip(" ,")
    if ms:
        media = all(m.entity.kind == MEDIA for m in ms)
        return Claim(_parties(ms), text, True, media=media)
    learned = [disc.persons[w] for w in s.words[lo:hi] if w in disc.persons]
    if learned:
        return Claim([learned[-1].party], text, True)
    joined = " ".join(words)
    if (any(p in joined for p in ("both countries", "both nations", "two countries", "both"))) and (
        disc.last_speaker
    ):
        return Claim(list(disc.last_speaker), text, True)
    if "country" in words:
        before = [m for m in s.mentions if m.end <= lo and m.entity.kind == COUNTRY]
        if before:
            return Claim([before[-1].entity.name], text, True)
        if disc.last_country:
            return Claim([disc.last_country], text, True)
    if (words[0] in ("the", "its", "their", "his", "her") or words[-1] in _PRONOUNS) and (
        any(w in _DEFINITE_GENERIC or w in _PRONOUNS for w in words)
    ):
        if disc.last_speaker:
            return Claim(list(disc.last_speaker), text, True)
        home = _home_country(s, disc)
        return Claim([home] if home else [], text, True)
    if any(w in _PRONOUNS for w in words) and disc.last_speaker:
        return Claim(list(disc.last_speaker), text, True)
    if any(w in _INDEFINITE or w in _DEFINITE_GENERIC for w in words):
        return Claim([], text, True)
    return None


def _pre_speaker(s: Sentence, v: int, disc: Discourse) -> Claim | None:
    lo = 0
    for k in range(v - 1, -1, -1):
        if s.low[k] in _HARD:
            lo = k + 1
            break
    segs = _segments(s, lo, v)
    if len(segs) > 1 and [w for w in s.low[segs[-1][0] : segs[-1][1]] if w != "also"] in (
        ["which"], ["who"], ["that"],
    ):  # fmt: skip
        segs = segs[:-1]  # "an announcement by Niger's army, which said": the antecedent speaks
    for a, b in reversed(segs):
        claim = _resolve_np(s, a, b, disc)
        if claim is not None:
            return claim
    return None


def _post_speaker(s: Sentence, v: int, disc: Discourse) -> Claim | None:
    hi = len(s)
    for k in range(v + 1, len(s)):
        if s.low[k] in _HARD or s.low[k] in (",", ".", "that", "in", "on", "as", "to"):
            hi = k
            break
    if hi <= v + 1:
        return None
    return _resolve_np(s, v + 1, hi, disc)


_SPEAKER_NOUNS = words(
    "officials official sources source ministry government authorities officers diplomats "
    "spokesman spokeswoman spokesperson military army intelligence"
)
_TITLE_MODIFIERS = words(
    "of the for defence defense foreign prime deputy interior vice chief first top senior "
    "national security affairs state armed forces joint general staff"
)
_REPORT_NOUNS = words("announcement statement statements briefing report")


def _noun_speaker(s: Sentence, v: int, disc: Discourse) -> Claim | None:
    """ "a French announcement", "the IDF's statement"; a bare "the statement" is the last one."""
    lo = v
    while lo > 0 and v - lo < 4 and s.low[lo - 1] not in (",", ";", ":", "by", "in", "to"):
        lo -= 1
    ms = _np_mentions(s, lo, v)
    if ms:
        return Claim(_parties(ms), s.text_of(lo, v + 1), True)
    if s.low[v - 1 : v] == ["the"] and disc.last_speaker:
        return Claim(list(disc.last_speaker), s.text_of(v - 1, v + 1), True)
    return None


def _reporting_words(s: Sentence) -> list[int]:
    speech = word_set("speech") | _ESTIMATE_VERBS | _ESTIMATE_NOUNS
    out = []
    for i, w in enumerate(s.low):
        if w not in speech:
            continue
        if (
            w in ("put", "puts")
            and "at" not in s.low[i + 1 : i + 14]
            and "forward" not in s.low[i + 1 : i + 2]
        ):
            continue  # "put the number at", "put forward the figure"; not "put pressure on"
        if w == "according" or s.mention_at(i) is not None:
            continue  # "according to" is handled apart; "United States" is not "states"
        if w in ("states", "state", "report", "reports") and s.low[i + 1 : i + 2] not in (
            ["that"], [":"], ["“"], ['"'],
        ):  # fmt: skip
            continue  # nouns far more often than reporting verbs ("member states")
        out.append(i)
    return out


def _participle_modifier(s: Sentence, v: int) -> bool:
    """ "lawmakers briefed by the spy agency said": a participle describing the speaker."""
    if not (v + 1 < len(s) and s.low[v + 1] == "by" and s.low[v].endswith("ed")):
        return False
    return v == 0 or s.low[v - 1] not in _PASSIVE_AUX | {"been", "being", "also"}


def _agentless(s: Sentence, v: int) -> bool:
    """ "is estimated to", "an estimated", "estimated at": a reporting word with no speaker."""
    if v > 0 and s.low[v - 1] in _PASSIVE_AUX and s.low[v].endswith("ed"):
        return not (v + 1 < len(s) and s.low[v + 1] == "by")
    return False


def _claim_sites(s: Sentence) -> tuple[list[tuple[int, int]], list[int]]:
    """Where a sentence may name a claimant, whatever the figure: the token spans after
    "according to" / "Per", and the reporting words that are not participles describing a
    speaker. Computed once per sentence (until its mentions change)."""
    sites = s.derived.get("claim_sites")
    if sites is not None:
        return sites
    according = []
    if "according" in s.lowset or "per" in s.lowset:
        for k in range(len(s) - 1):
            per = s.low[k] == "per" and (k == 0 or s.punct[k - 1])  # "Per the UN, ..."
            if per or (s.low[k] == "according" and s.low[k + 1] == "to"):
                k = k - 1 if per else k
                hi = len(s)
                for j in range(k + 2, len(s)):
                    if s.low[j] in (",", ".", ";", "that", "on", "in", "as"):
                        hi = j
                        break
                according.append((k + 2, hi))
    words = [v for v in _reporting_words(s) if not _participle_modifier(s, v)]
    sites = s.derived["claim_sites"] = (according, words)
    return sites


def claimant(s: Sentence, at: int, disc: Discourse, next_s: Sentence | None = None) -> Claim:
    """The claim governing the token at `at` (a figure or an event trigger)."""
    found: list[Claim] = []
    estimate_seen = s.has("estimate")
    according, words = _claim_sites(s)
    for lo, hi in according:
        claim = _resolve_np(s, lo, hi, disc)
        if claim:
            found.append(claim)
    before = [v for v in words if v < at]
    after = [v for v in words if v > at]
    for v in reversed(before):
        if v + 1 < len(s) and s.low[v + 1] == "by" and s.low[v].endswith("ed"):
            claim = _post_speaker(s, v + 1, disc)  # "is estimated by Seoul to be"
            if claim:
                claim.estimate = claim.estimate or s.low[v] in _ESTIMATE_VERBS
                found.append(claim)
                break
        if _agentless(s, v):
            if v + 1 < len(s) and s.low[v + 1] == "by":
                claim = _post_speaker(s, v + 1, disc)
                if claim:
                    found.append(claim)
            continue
        if s.low[v] in _REPORT_NOUNS:
            claim = _noun_speaker(s, v, disc)
        elif s.low[v] in ("quoted",):
            claim = _post_speaker(s, v, disc)
        else:
            claim = _pre_speaker(s, v, disc) or _post_speaker(s, v, disc)
        if claim:
            claim.estimate = claim.estimate or s.low[v] in _ESTIMATE_VERBS | _ESTIMATE_NOUNS
            found.append(claim)
            break
    for v in after:
        if _agentless(s, v) and not (v + 1 < len(s) and s.low[v + 1] == "by"):
            continue
        if s.low[v] in _REPORT_NOUNS:
            claim = _noun_speaker(s, v, disc)
        elif v + 1 < len(s) and s.low[v + 1] == "by":
            claim = _post_speaker(s, v + 1, disc)
        else:
            claim = _pre_speaker(s, v, disc) or _post_speaker(s, v, disc)
        if claim:
            found.append(claim)
            break
    if (next_s is not None and len(next_s) > 4 and next_s.low[0] in ("this", "that", "these")) and (
        next_s.low[1] in ("was", "were", "is") and next_s.low[3] == "by"
    ):
        claim = _post_speaker(next_s, 3, disc)
        if claim:
            found.append(claim)
    named = [c for c in found if c.parties and not c.media]
    best = named[0] if named else next((c for c in found if c.parties), None)
    if best is None:
        best = found[0] if found else Claim()
    best.estimate = best.estimate or (best.attributed and estimate_seen)
    return best


def learn_persons(s: Sentence, disc: Discourse) -> None:
    """Remember "Ukrainian Foreign Minister Dmytro Kuleba" -> Kuleba speaks for Ukraine."""
    titles = word_set("titles")
    for m in s.mentions:
        if m.entity.kind in (PERSON,) or not m.entity.party:
            continue
        j = m.end
        if j < len(s) and s.low[j] in ("'s", "’s"):
            j += 1
        saw_title = False
        while j < len(s) and (s.low[j] in titles or s.low[j] in _TITLE_MODIFIERS):
            saw_title = saw_title or s.low[j] in titles
            j += 1
        if not saw_title:
            continue
        names = []
        while j < len(s) and s.words[j][:1].isupper() and s.alpha[j]:
            if s.mention_at(j):
                break
            names.append(s.words[j])
            j += 1
        if names:
            disc.persons[names[-1]] = m.entity if m.entity.kind != COUNTRY else m.entity


def quote_speaker(sents: list[Sentence], k: int, disc: Discourse) -> Claim | None:
    """The speaker of a quotation that ends in a later sentence ('... ," Bauer told reporters')."""
    for j in range(k, min(len(sents), k + QUOTE_LOOKAHEAD + 1)):
        s = sents[j]
        for i, w in enumerate(s.low):
            if w in ("”", '"') and (j > k or i > 0):
                window = s.low[i + 1 : i + 4]
                if any(x in word_set("speech") for x in window):
                    claim = claimant(s, i, disc)
                    if claim.parties:
                        return claim
                    return None
    return None
