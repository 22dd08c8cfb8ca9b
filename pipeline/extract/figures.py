"""Which numbers in a sentence count armed personnel or their losses, and what they count.

A number is a force figure when a personnel noun follows it ("12,000 North Korean soldiers",
"five of its troops", "the 1,400-strong French contingent"), or when it completes a frame that
names the force before it ("Lebanon's armed forces, estimated at about 85,000", "the death toll
at around 1,500 men", "the number ... to be around 10,000" after a sentence about soldiers).
Then its metric (troops, killed, wounded, casualties, captured) comes from the loss words next
to it, and figures that are negated, hypothetical, historical or generic are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.lexicon import ARMED_GROUP, Entity, words
from pipeline.extract.sentence import QSpan, Sentence, first_token_index, word_set

DATELINE_MAX_TOKENS = 10  # "NIAMEY, Niger (Reuters) -" ends within the first ten tokens
MIN_BARE_FIGURE = 20  # a bare small number after its noun is a rank or label, not a count
SMALL_UNIT_COUNT = 10  # "the two forces" counts armies, not people: below this, "forces" is units
MAX_GAP = 6  # tokens between a number and its noun ("10,000 North Korean special forces troops")
LOSS_AFTER = 25  # tokens after the noun in which "were killed" still belongs to the figure
LOSS_BEFORE = 10  # tokens before the number in which "killed"/"losses" still belongs to it
FRAME_BACK = 14  # tokens before a bare number in which its noun ("the number of troops") is found
EARLIEST_CURRENT_YEAR = 2000  # a year before this in the sentence makes its figures history
SUPERSEDED_WINDOW = (
    5  # tokens before a number in which "up from" / "its earlier estimate of" marks it old
)

_STOP = words(
    "and or but in on at to from with by for since as that which who were are have has had will "
    "would is was be been per a an than into across near over under after before during "
    "while when where if this these"
)
_PARTITIVE = words("its their his her our them those whom these the")
_LINKS = words(
    "at to of be is was are were reached reach reaches totals total totalled totaled numbered "
    "numbering amounted amounts stood stands stand as"
)
_BARE_VERBS = words("are were have had remain remained will died are were serve served arrived")
_PEOPLE_CONTEXT = words("fight volunteered recruited enlisted")
_LOC = words("in at to into inside near across on toward towards")
_ROLE_NOUNS = words("officers advisers advisors volunteers trainers instructors")
_LOSS_NOUN_METRIC = {
    "casualties": "casualties", "losses": "killed", "deaths": "killed", "fatalities": "killed",
    "dead": "killed", "prisoners": "captured", "pows": "captured",
}  # fmt: skip
_WAR_WORDS = words(
    "war wars battle battles combat fighting front frontline offensive airstrikes strikes "
    "army military militia clashes invasion operation intelligence suffered"
)
_AFTER_BARE = words(
    ". , ; ” \" ' in as by this so over since for on during after last per a while with among "
    "including according compared against until"
)
_GENERIC = words("typically usually generally normally ordinarily average")
_YEAR = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})s?\b")
LOSS_METRICS = ("casualties", "killed", "wounded", "captured")


@dataclass
class Figure:
    q: QSpan
    noun: int | None  # token index of the personnel noun, if any
    metric: str
    subject: Entity | None
    subject_text: str | None
    anaphoric: bool = False


def _loss_metric(s: Sentence, lo: int, hi: int, nearest_to: int | None = None) -> str | None:
    """The loss metric named in tokens [lo, hi), nearest to `nearest_to` if given."""
    best: tuple[int, str] | None = None
    for metric in LOSS_METRICS:
        for a, _b in s.find(f"losses.{metric}", lo, hi):
            dist = abs(a - nearest_to) if nearest_to is not None else a - lo
            if metric == "casualties":
                dist -= 100  # "killed or wounded" beats its parts
            if best is None or dist < best[0]:
                best = (dist, metric)
    return best[1] if best else None


def _is_number_token(s: Sentence, i: int) -> bool:
    return s.is_quantity_token(i) or s.like_num[i]


def _forward_noun(s: Sentence, q: QSpan) -> tuple[int | None, str | None]:
    """(noun index, kind) for the personnel noun after a number; kind strong|weak|unit|loss|stop."""
    # only entries starting with the token can match: their first-token buckets keep the
    # longest-first order of the full lists
    strong, weak = first_token_index("force_nouns.strong"), first_token_index("force_nouns.weak")
    units, never = word_set("unit_nouns"), word_set("not_personnel")
    loss_nouns = {"casualties", "losses", "deaths", "fatalities", "dead", "prisoners", "pows"}
    saw_strong = q.quantity.text.lower().endswith("strong")
    j = q.end
    limit = min(len(s), q.end + MAX_GAP)
    while j < limit:
        low = s.low[j]
        for p in strong.get(low, ()):
            if tuple(s.low[j : j + len(p)]) == p:
                after = s.low[j + len(p)] if j + len(p) < len(s) else ""
                if after in never:  # "armored personnel carriers"
                    return None, "stop"
                return j, "strong"
        for p in weak.get(low, ()):
            if tuple(s.low[j : j + len(p)]) == p:
                return j, "weak"
        if low in loss_nouns:
            return j, "loss"
        if low in never:
            return None, "stop"
        if low == "strong" and j > q.end:
            saw_strong = True
        elif saw_strong and low in units:
            return j, "unit"
        if low in ("are", "were") and j == q.end:
            j += 1
            continue
        if low == "of" and s.low[j + 1 : j + 2] == ["the"] and s.is_quantity_token(j + 2):
            k = j + 2  # "about 300 of the 11,000 North Korean troops": the noun is after both
            while k < len(s) and s.is_quantity_token(k):
                k += 1
            j = k
            continue
        if low == "of" and j + 1 < len(s) and s.low[j + 1] in ("them", "whom"):
            return j + 1, "anaphor"  # "at least 14 of them have died"
        m = s.mention_at(j)
        if m is not None and m.entity.kind == "country" and m.end < len(s):
            text = s.text_of(m.start, m.end)
            nxt = s.low[m.end]
            if text.endswith(("s", "ese")) and text != m.entity.name and nxt in _STOP:
                return m.start, "weak"  # "150-200 Nepalis were working as mercenaries"
        if low == "of" and j + 1 < len(s) and s.low[j + 1] in _PARTITIVE:
            j += 2
            continue
        if low == "-" or low in ("'s", "’s"):
            j += 1
            continue
        if s.punct[j] or low in _STOP or _is_number_token(s, j):
            return None, None
        j += 1
    return None, None


def _combat_context(s: Sentence, noun: int, q: QSpan, subject: Entity | None) -> bool:
    if subject is not None and subject.kind == ARMED_GROUP:
        return True
    before = s.low[max(0, q.start - 2) : q.start]
    if len(before) == 2 and before[1] == "of" and before[0] in word_set("unit_nouns"):
        return True  # "a force of more than 100,000 men"
    if s.low[noun] == "people":
        window = range(max(0, q.start - 6), min(len(s), noun + 10))
        return any(s.low[k] in _PEOPLE_CONTEXT for k in window)
    return s.has("combat_context", max(0, q.start - 6), noun + 12)


def _named_owner(s: Sentence, q: QSpan, noun: int) -> bool:
    """ "3,000 Iranian advisers", "2,000 Kenyan police officers": a role noun owned by a named
    party (not "22 million Americans", where the name is the noun itself)."""
    if s.low[noun] not in _ROLE_NOUNS:
        return False
    return any(m.entity.is_state_like for m in s.mentions_in(q.end, noun))


def _war_context(s: Sentence) -> bool:
    """Deaths counted in a sentence about forces or fighting, not a disaster's toll."""
    return bool(s.find("force_nouns.strong")) or any(w in _WAR_WORDS for w in s.low)


def _subject_between(s: Sentence, lo: int, hi: int) -> Entity | None:
    ms = [m for m in s.mentions_in(lo, hi) if m.entity.party]
    return ms[-1].entity if ms else None


def dateline_end(s: Sentence) -> int:
    """Token after a dateline ("Madrid (Reuters) – NATO will ..."), else 0."""
    for i, w in enumerate(s.low[:DATELINE_MAX_TOKENS]):
        if w in ("–", "—", "-", "--") and i > 0:
            return i + 1
    return 0


def resolve_pronoun(s: Sentence, at: int) -> Entity | None:
    """What "its"/"their" at token `at` refers to: the object of "ordered X to" or the subject."""
    for i in range(at - 1, 0, -1):
        if s.low[i] == "to" and i >= 1:
            m = s.mention_at(i - 1)
            if m and m.entity.party:
                return m.entity
        if s.low[i] in (";",):
            break
    start = dateline_end(s)
    ms = [m for m in s.mentions if start <= m.start < at and m.entity.party]
    # the sentence subject: the first mention that is not inside a prepositional phrase
    for m in ms:
        if m.start == 0 or s.low[m.start - 1] not in ("in", "at", "to", "from", "with", "on"):
            return m.entity
    return ms[0].entity if ms else None


def _subject(s: Sentence, q: QSpan, noun: int | None) -> Entity | None:
    if noun is not None:
        ent = _subject_between(s, q.end, noun + 1)
        if ent:
            return ent
        for j in range(q.end, noun):
            if s.low[j] in ("its", "their", "his", "her", "our"):
                return resolve_pronoun(s, j)
        if noun + 2 < len(s) and s.low[noun + 1] in ("from", "of"):
            m = s.mention_at(noun + 2) or s.mention_at(noun + 3)
            if m and m.entity.party:
                return m.entity
    losses = [a for a, _ in s.find("losses.killed", max(0, q.start - LOSS_BEFORE), q.start)]
    losses += [a for a, _ in s.find("losses.casualties", max(0, q.start - LOSS_BEFORE), q.start)]
    for a in losses:
        owner = _possessive(s, a)
        if owner is not None:
            return owner  # "Hezbollah's losses ... at around 1,500 militants"
    ms = [
        m
        for m in s.mentions
        if m.end <= q.start
        and m.entity.party
        and m.entity.kind not in ("media", "person", "research")
        and not (m.start > 0 and s.low[m.start - 1] in _LOC)
    ]
    if ms:
        # possessive right before ("Hezbollah's death toll at"), else the sentence subject
        return ms[-1].entity if q.start - ms[-1].end <= 6 else ms[0].entity
    return None


def _drop(s: Sentence, q: QSpan, noun: int | None) -> bool:
    """Negated, hypothetical, historical or generic: not a current asserted figure."""
    lo = max(0, q.start - 12)
    end = noun if noun is not None else q.end
    for a, _b in s.find("negation", lo, end):
        if s.low[a] == "no" and a + 1 < len(s) and s.low[a + 1] in ("more", "fewer", "less"):
            continue
        if s.low[a] == "not" and a + 1 < len(s) and s.low[a + 1] in ("less", "more", "only"):
            continue
        return True
    for a, _b in s.find("negation", 0, q.start):
        if s.low[a] in ("denied", "denies", "deny", "rejected", "dismissed", "refuted"):
            return True
    if s.has("capability", 0, q.start):
        return True
    if s.has("superseded", max(0, q.start - SUPERSEDED_WINDOW), q.start):
        return True
    if s.has("conditions") and s.has("modals", lo, end + 1):
        cond = s.find("conditions")
        if any(s.low[a] != "whether" for a, _ in cond):
            return True
    if s.has("historical"):
        return True
    spans = [(x.quantity.start, x.quantity.end) for x in s.quantities]
    for m in _YEAR.finditer(s.text):
        if any(a <= m.start() < b for a, b in spans):
            continue
        if int(m.group(1)) < EARLIEST_CURRENT_YEAR:
            return True
    return any(s.low[k] in _GENERIC for k in range(lo, min(len(s), end + 4)))


def _money_or_unit(s: Sentence, q: QSpan) -> bool:
    if q.start > 0 and s.low[q.start - 1] in ("$", "€", "£", "us$", "usd", "eur"):
        return True
    text = q.quantity.text
    return text[:1] in "$€£" or bool(re.search(r"\b(bn|billion)\b", text, re.I))


def find_figures(
    s: Sentence,
    context_subject: Entity | None,
    context_force: bool,
    home: Entity | None = None,
) -> list[Figure]:
    """Force figures in a sentence. `context_*` come from the previous sentence (anaphora);
    `home` is the country the article is about, owner of "the army" when none is named."""
    out: list[Figure] = []
    for q in s.quantities:
        if _money_or_unit(s, q):
            continue
        noun, kind = _forward_noun(s, q)
        if kind == "stop":
            continue
        metric = "troops"
        subject: Entity | None = None
        anaphoric = False
        if noun is not None:
            subject = _subject(s, q, noun)
            if kind == "anaphor":
                prev = out[-1] if out else None
                subject = prev.subject if prev else (_earlier_force(s, q) or context_subject)
                if prev is None and subject is None:
                    continue
                anaphoric = True
            value = q.quantity.value or q.quantity.low or q.quantity.high or 0
            if s.low[noun] == "forces" and value < SMALL_UNIT_COUNT:
                continue
            if kind == "weak":
                if s.low[noun] == "others":
                    prev = out[-1] if out else None
                    if prev is None:
                        continue
                    subject = subject or prev.subject
                elif not (_combat_context(s, noun, q, subject) or _named_owner(s, q, noun)):
                    continue
            if kind == "loss":
                metric = _LOSS_NOUN_METRIC.get(s.low[noun], "killed")
                if subject is None or not _war_context(s):
                    continue
            elif kind == "anaphor":
                metric = _loss_after(s, noun) or (out[-1].metric if out else "troops")
            elif _is_partitive_total(s, q):
                metric = "troops"  # "300 of the 11,000 troops have died": 11,000 is the force
            else:
                metric = (
                    _loss_metric(s, q.end, noun)
                    or _loss_after(s, noun)
                    or _loss_metric(s, max(0, q.start - LOSS_BEFORE), q.start, q.start)
                    or "troops"
                )
        else:
            frame = _backward_frame(s, q, context_force)
            if frame is None:
                continue
            noun, metric, subject, anaphoric = frame
            if anaphoric:
                subject = subject or context_subject
        if _drop(s, q, noun):
            continue
        if subject is None and home is not None and _definite_army(s, q, noun):
            subject = home
        if q.quantity.value is None and q.quantity.low is None and q.quantity.high is None:
            continue
        out.append(Figure(q, noun, metric, subject, subject.name if subject else None, anaphoric))
    return out


def _earlier_force(s: Sentence, q: QSpan) -> Entity | None:
    """Whose forces "of them" refers to: the owner of the last personnel noun before it."""
    nouns = s.find("force_nouns.strong", 0, q.start)
    if not nouns:
        return None
    a, _ = nouns[-1]
    return _subject_between(s, max(0, a - 3), a)


def _is_partitive_total(s: Sentence, q: QSpan) -> bool:
    return (
        q.start >= 3
        and s.low[q.start - 2 : q.start] == ["of", "the"]
        and (s.is_quantity_token(q.start - 3))
    )


def _definite_army(s: Sentence, q: QSpan, noun: int | None) -> bool:
    """ "the army has 100,000 troops": a national force named without its country."""
    lo = max(0, q.start - 6)
    window = s.low[lo : q.start]
    return any(
        window[i] == "the" and window[i + 1] in ("army", "military", "armed")
        for i in range(len(window) - 1)
    )


def _loss_after(s: Sentence, noun: int) -> str | None:
    """Loss words after the noun, crossing coordinated figures but not "14 of them"."""
    hi = min(len(s), noun + 1 + LOSS_AFTER)
    for q in s.quantities:
        if q.start > noun:
            before = s.low[q.start - 1] if q.start > 0 else ""
            partitive = q.end + 1 < len(s) and s.low[q.end] == "of" and s.low[q.end + 1] in (
                "them", "whom", "those", "these",
            )  # fmt: skip
            bare = q.end < len(s) and s.low[q.end] in _BARE_VERBS | {"was", "had", "of"}
            if partitive or bare or before not in ("and", ",", "while", "including"):
                hi = min(hi, q.start)
                break
    for k in range(noun + 1, hi):
        if s.low[k] in (";", ".", "but", "while", "whereas", "although"):
            hi = k
            break
    return _loss_metric(s, noun + 1, hi)


def _backward_frame(
    s: Sentence, q: QSpan, context_force: bool
) -> tuple[int | None, str, Entity | None, bool] | None:
    """A bare number whose noun came before it, or an anaphoric one ("Some 400 are deployed")."""
    value = q.quantity.value or q.quantity.low or q.quantity.high or 0
    if value < MIN_BARE_FIGURE:
        return None  # "number one", "at number two": ranks and labels, not counts
    nxt = s.low[q.end] if q.end < len(s) else "."
    prev = s.low[q.start - 1] if q.start > 0 else ""
    if (q.start == 0 or prev in ("“", '"', "some", "about", "around")) and (
        nxt in _BARE_VERBS and context_force
    ):
        return None, "troops", None, True
    if (nxt not in _AFTER_BARE) and (
        not (nxt in _BARE_VERBS and context_force and prev in ("“", "", ",", "and"))
    ):
        return None
    if (
        prev not in _LINKS and not (q.start >= 2 and s.low[q.start - 2 : q.start] == ["as", "high"])
    ) and (not (nxt in _BARE_VERBS and context_force)):
        return None
    lo = max(0, q.start - FRAME_BACK)
    for k in range(q.start - 1, lo - 1, -1):
        if s.low[k] == ";":
            lo = k + 1
            break
    strong = s.find("force_nouns.strong", lo, q.start)
    loss_nouns = [
        (a, b) for a, b in s.find("losses.killed", lo, q.start) if s.low[a] in ("losses", "death")
    ] + s.find("losses.casualties", lo, q.start)
    if strong:
        a, _ = strong[-1]
        subject = _subject_between(s, max(lo, a - 4), a + 1) or _possessive(s, a)
        if subject is None:
            for j in range(max(lo, a - 3), a):
                if s.low[j] in ("its", "their", "his", "her", "our"):
                    subject = resolve_pronoun(s, j)
        metric = _loss_metric(s, a, q.start) or "troops"
        if subject is None and not context_force:
            subject = _subject(s, q, None)
        return a, metric, subject, False
    military_losses = any(s.low[a] == "losses" for a, _ in loss_nouns)
    if loss_nouns and (_war_context(s) or context_force or military_losses):
        a, _ = loss_nouns[-1]
        subject = _possessive(s, a) or _subject(s, q, None)
        metric = _loss_metric(s, a, q.start) or "killed"
        if subject is None and context_force:
            return a, metric, None, True  # "total casualties are believed to be ..." (same force)
        if subject is None:
            return None
        return a, metric, subject, False
    if "number" in s.low[lo : q.start] and context_force:
        return None, _loss_metric(s, lo, q.start) or "troops", None, True
    if nxt in _BARE_VERBS and context_force:
        return None, "troops", None, True
    return None


def _possessive(s: Sentence, at: int) -> Entity | None:
    """The entity owning the noun at `at` ("Hezbollah's death toll", "Lebanon's armed forces")."""
    for j in range(at - 1, max(-1, at - 6), -1):
        m = s.mention_at(j)
        if m and m.entity.party:
            return m.entity
    return None
