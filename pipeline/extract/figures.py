"""Which numbers in a sentence count armed personnel or their losses, and what they count.

A number is a force figure when a personnel noun follows it ("12,000 North Korean soldiers",
"five of its troops", "the 1,400-strong French contingent"), or when it completes a frame that
names the force before it ("Lebanon's armed forces, estimated at about 85,000", "the death toll
at around 1,500 men", "the number ... to be around 10,000" after a sentence about soldiers).
Then its metric (troops, killed, wounded, casualties, captured) comes from the loss words next
to it, and figures that are negated, hypothetical, historical or generic are dropped.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass

from pipeline.extract.lexicon import (
    AGENCY,
    ARMED_GROUP,
    COUNTRY,
    REGION,
    Entity,
    load_lexicon,
    words,
)
from pipeline.extract.numbers import THRESHOLD_WORDS, parse_quantity
from pipeline.extract.sentence import Mention, QSpan, Sentence, first_token_index, word_set

DATELINE_MAX_TOKENS = 10  # "NIAMEY, Niger (Reuters) -" ends within the first ten tokens
MIN_BARE_FIGURE = 20  # a bare small number after its noun is a rank or label, not a count
SMALL_UNIT_COUNT = 10  # "the two forces" counts armies, not people: below this, "forces" is units
MAX_GAP = 6  # tokens between a number and its noun ("10,000 North Korean special forces troops")
LOSS_AFTER = 32  # tokens after the noun in which "were killed" still belongs to the figure
LOSS_BEFORE = 10  # tokens before the number in which "killed"/"losses" still belongs to it
LOSS_BEFORE_LINKED = 20  # the same after a link verb: "losses ... have reached 750,000 personnel"
FRAME_BACK = 14  # tokens before a bare number in which its noun ("the number of troops") is found
EARLIEST_CURRENT_YEAR = 2000  # a year before this in the sentence makes its figures history
OLD_YEAR_GAP = 10  # and so does one this many years before the latest year the article names
CLAUSE_AFTER = 6  # tokens after the noun where "could be sent ... if" is hypothetical
LABEL_TOKENS = 5  # a speaker's label before an answer: "A:", "GEN. ANDERSON:"
CONTEXT_REACH = 2  # sentences naming no forces, losses or numbers that a context outlives
REMAINS_WINDOW = 4  # "the graves of more than 2,000 soldiers"
SUPERSEDED_WINDOW = (
    5  # tokens before a number in which "up from" / "its earlier estimate of" marks it old
)

_STOP = words(
    "and or but in on at to from with by for since as that which who were are have has had will "
    "would is was be been per a an than into across near over under after before during within "
    "while when where if this these"
)
_PARTITIVE = words("its their his her our them those whom these the")
_LINKS = words(
    "at to of be is was are were reached reach reaches totals total totalled totaled numbered "
    "numbering number numbers amounted amounts stood stands stand as passed crossed remained remains "
    "remain"
)
_APPROXIMATELY = words("about around roughly approximately some nearly almost")
_BARE_VERBS = words("are were have had remain remained will died are were serve served arrived")
_PEOPLE_CONTEXT = words(
    "fight volunteered recruited enlisted conscripted drafted mobilised mobilized conscription"
)
_LOC = words("in at to into inside near across on toward towards")
_LOC_OR_AGENT = _LOC | {"by"}  # "is estimated by U.S. officials to have": the agent owns nothing
_ROLE_NOUNS = words("officers advisers advisors volunteers trainers instructors")
_LOSS_NOUN_METRIC = {
    "casualties": "casualties", "losses": "killed", "deaths": "killed", "fatalities": "killed",
    "dead": "killed", "prisoners": "captured", "pows": "captured",
    "killed": "killed", "wounded": "wounded", "injured": "wounded", "captured": "captured",
    "kia": "killed", "wia": "wounded",
}  # fmt: skip
_LOSS_PARTICIPLES = words("killed wounded injured captured")
_LOSS_HEADS = words("losses casualties toll tolls")
_WAR_WORDS = words(
    "war wars battle battles combat fighting front frontline offensive airstrikes strikes "
    "army military militia clashes invasion operation intelligence suffered combats"
)
_AFTER_BARE = words(
    ". , ; ” \" ' in as by this so over since for on during after last per a while with among "
    "including according compared against until earlier yesterday today"
)
_GENERIC = words("typically usually generally normally ordinarily average")
# a bare number after these continues a count of forces just made ("the first 1,700 will ...",
# "only about 4,200 are in place", "Another thousand or so are ...")
_ANAPHORIC_BEFORE = words(
    '“ " some about around first last remaining other another further additional only just '
    "latest rest whom perhaps maybe possibly"
)
_COORDINATION = words("and , with including plus while among of whom")
_LOSS_VERBS = words("lost suffered sustained losing suffering sustaining lose suffer")
_COMPARISON = words("compared against versus vs vs. unlike")
# words that place a sentence in its own time: an earlier sentence's history does not reach it
_PRESENT = words(
    "now today currently presently recently still is are has have remain remains this last "
    "next monday tuesday wednesday thursday friday saturday sunday"
)
_SINCE_THAN = words("since than")
_MILITARY_STRENGTH = words(
    "duty troop military fighting combat army armed wartime its their junta regime militia"
)
_DATED_DOCUMENTS = words("agreement treaty accord accords deal pact memorandum law act charter")
_DATED_THINGS = words(
    "signed founded established created built agreed concluded adopted formed set ratified "
    "launched introduced"
)
_OWNER_PRONOUNS = words("its their his her our")
_DETERMINERS = words("the a an its their his her our")
_LOST_THINGS = words(
    "town towns city cities village villages territory territories area areas ground land "
    "positions settlements districts equipment weapons tanks vehicles millions billions money "
    "funding revenue reimbursements income jobs contracts"
)  # "stands to lose millions of dollars in reimbursements"
HELD_REACH = 8  # "9,000 ISIS fighters remain in (some two dozen) detention facilities"
DISPLACED_REACH = 4  # "more than 32,000 have (now) fled"
_DISPLACED = words("fled displaced evacuated")
AGE_LIMIT_REACH = 10  # "raised the upper age limit for reservists from 60 to 65"
AGE_REACH = 3  # "the average age is 43", "at an age of 19"
LONE_SOLDIERS = 2  # a count of troops this small names people, never the size of a force
MODAL_AFTER_REACH = 4  # "30,000 troops could be sent", "reservists could soon be summoned"
PROPOSED_REACH = 15  # "a mission of 5,000 troops, focused on training ..., would be easier"
RATE_REACH = 5  # "at a rate of roughly 30,000": words from "rate" to the number
_PROPOSED_FORCE = words("would could might")
ELLIPSIS_REACH = 16  # tokens from a force noun to a bare number that leaves the noun out
_ELLIPSIS_AFTER = words(
    ". , ; in at on to and inside across near along under there deployed stationed serving based"
)
_GROUPS_OF = words("groups teams squads cells pairs")  # small groups; "batches of 5,000" count
_ELLIPSIS_LINKS = words("and while whereas followed with")
# a sender's verb before a bare count ("and Romania sent 100 more")
_SENT_MORE = words(
    "sent sends deployed deploys dispatched contributed contributes committed pledged"
)
_ELLIPSIS_BEFORE = words("and , with has have had keeps fields maintains") | _SENT_MORE
_MORE = words("more extra")
_POSTED_MORE = words("deployed stationed serving based posted")
_PRESENT_HOLDING = words("stations keeps maintains hosts fields deploys numbers")
_CLAUSE_ENDS = words(", ; that which — –")
_CLAUSE_BREAKS = words("; — –")  # a comma before the figure often only fronts a date: kept
_DEATH_NOUNS = words("dead deaths fatalities")
_CLAIMED_HAVE = words("has have had commands command commanded fields field fielded musters")
_LOOSE_UNITS = words("group")  # "a group of 300" counts anyone: only "a 300-strong group" counts
_AFTER_MILITARY_NOUN = words(
    "are were have had stationed deployed based serving in on from at . , ; is of who"
)
_REPLACING = words(
    "replace replaces replaced replacing replenish replenishes replenished offset offsets "
    "offsetting"
)
_LOSS_ADJECTIVES = words("heavy heavier mounting huge severe battlefield recent earlier own")
_SEVERITY = words("seriously critically severely gravely badly lightly slightly moderately")
_VEHICLE_MODIFIERS = words("fighting transport mobility support carrier assault")
_DESIGNATION = re.compile(r"\b[A-Z][A-Za-z]{0,3}-?\d{1,3}[A-Z]?\b")  # F-35, Su-30, MiG-29, J20
_YEAR = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})s?\b")
LOSS_METRICS = ("casualties", "killed", "wounded", "captured")
TARGET_AFTER = 12  # tokens after a figure's noun where "it is supposed to have" still binds
MILITANTS = Entity("militants", ARMED_GROUP)  # unnamed enemy fighters ("killed 45 insurgents")


@dataclass(frozen=True)
class Context:
    """What the sentence before said, for a bare number in this one that continues it
    ("Some 300 are based in ...", "Kyiv puts the number higher, at 790,000")."""

    subject: Entity | None = None  # whose forces or losses it named
    force: bool = False  # it named forces or a unit
    metric: str | None = None  # the loss it counted, if any
    unreal: bool = False  # history or a simulation that this sentence may go on telling
    age: int = 0  # sentences since the forces or losses were named
    asked: bool = False  # it asked how many ("How many US troops are still there?")
    where: Entity | None = None  # the place it asked about ("... are in Somalia right now?")
    loss_heading: bool = False  # it opened a list of losses ("Total Russian combat losses:")


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
        for a, b in s.find(f"losses.{metric}", lo, hi):
            if b < len(s) and s.low[b] in _LOST_THINGS:
                continue  # "the captured towns", "lost ground": places and things, not people
            if _replacing(s, a):
                continue  # "sent 1,500 troops to replace its losses": they replace the dead
            dist = abs(a - nearest_to) if nearest_to is not None else a - lo
            if metric == "casualties":
                dist -= 100  # "killed or wounded" beats its parts
            if best is None or dist < best[0]:
                best = (dist, metric)
    return best[1] if best else None


def _replacing(s: Sentence, a: int) -> bool:
    """A loss word that is the object of replacing ("to replace its losses", "replenish the
    dead"): it names what the counted people make up for, not what happened to them."""
    k = a - 1
    while k >= 0 and (s.low[k] in _PARTITIVE or s.low[k] in _LOSS_ADJECTIVES):
        k -= 1
    if k >= 1 and s.low[k] == "for" and s.low[k - 1] in ("up", "compensate", "compensating"):
        return True  # "to make up for heavy losses", "to compensate for its losses"
    return k >= 0 and s.low[k] in _REPLACING


def _is_number_token(s: Sentence, i: int) -> bool:
    return s.is_quantity_token(i) or s.like_num[i]


def _listed_loss(s: Sentence, j: int, start: int) -> bool:
    """A loss participle right after a count, in a sentence about a side's losses ("losses:
    250,000 killed and 600,000 wounded"); not "4 thousand killed and wounded", one combined
    count that the frames read."""
    paired = (
        s.low[j + 1 : j + 2] in (["and"], ["or"])
        and s.low[j + 2 : j + 3] != []
        and (s.low[j + 2] in _LOSS_PARTICIPLES)
    )
    return not paired and bool(_LOSS_HEADS & set(s.low[:start]))


NAME_GAP = 4  # extra tokens a proper name may take between a number and its noun


def _name_tokens(s: Sentence, j: int) -> int:
    """Tokens past the first of a capitalised name right after a number, up to NAME_GAP
    ("120 Japan Ground Self-Defense Force personnel"): a name is one thing, however long."""
    k = j
    while (
        k < len(s)
        and k - j <= NAME_GAP
        and (s.words[k][:1].isupper() or (s.low[k] == "-" and k > j and not s.spaced(k - 1)))
    ):
        k += 1
    return max(0, min(NAME_GAP, k - j - 1))


def _forward_noun(s: Sentence, q: QSpan, start: int | None = None) -> tuple[int | None, str | None]:
    """(noun index, kind) for the personnel noun after a number (from token `start`, else
    right after it); kind strong|weak|unit|loss|stop."""
    # only entries starting with the token can match: their first-token buckets keep the
    # longest-first order of the full lists
    strong, weak = first_token_index("force_nouns.strong"), first_token_index("force_nouns.weak")
    units, never = word_set("unit_nouns"), word_set("not_personnel")
    loss_nouns = {
        "casualties", "losses", "deaths", "fatalities", "dead", "prisoners", "pows", "kia", "wia",
    }  # fmt: skip
    saw_strong = q.quantity.text.lower().endswith("strong")
    partitive = False  # past "of the": a collective force noun counts its members
    j = q.end if start is None else start
    limit = min(len(s), j + MAX_GAP + _name_tokens(s, j))
    while j < limit:
        low = s.low[j]
        if low in _SUBSET_WORDS:
            return None, None  # "has grown to around 14,000 including reinforcements": a part
        group = s.mention_at(j)
        named_force = (
            saw_strong
            and j == q.end
            and group is not None
            and group.start == j
            and group.entity.party
            and group.entity.kind not in (REGION, "media", "person")
        )
        if named_force:
            return group.end - 1, "strong"  # "the 28,500-strong U.S. Forces Korea"
        if (
            group is not None
            and group.start == j == q.end
            and group.end - j > 1
            and s.low[group.end - 1] in _NAMED_MEMBERS
            and (group.end >= len(s) or s.low[group.end] not in ("'s", "’s"))
        ):
            return group.end - 1, "strong"  # "seven Revolutionary Guards": members by the name
        if (
            group is not None
            and group.start == j
            and group.end - j > 1
            and group.end < len(s)
            and (
                group.entity.kind == ARMED_GROUP
                or (group.entity.kind == AGENCY and s.low[group.end] in strong)
            )
        ):
            limit = min(len(s), limit + group.end - j - 1)
            j = group.end  # "2,300 People's Defence Force fighters", "12,000 People's
            continue  # Liberation Army personnel": the name of a force, not "people"
        for p in strong.get(low, ()):
            if tuple(s.low[j : j + len(p)]) == p:
                after = s.low[j + len(p)] if j + len(p) < len(s) else ""
                then = s.low[j + len(p) + 1] if j + len(p) + 1 < len(s) else ""
                if after in never or (after in _VEHICLE_MODIFIERS and then in never):
                    # "armored personnel carriers", "infantry fighting vehicles"
                    return None, "stop"
                if low in ("fighters", "fighter") and _aircraft(s, q.end, j + 1 + len(p)):
                    return None, "stop"  # "12 more F-35 stealth fighters"
                if j > q.end and s.low[j - 1] in word_set("political_rebels"):
                    return None, "stop"  # "32 Labour rebels joined Tory MPs": a vote
                if after == "-" and not s.spaced(j + len(p) - 1):
                    return None, "stop"  # "48 troop-contributing countries": a modifier
                if after in _FORMATIONS:
                    return None, "stop"  # "three infantry battalions": units, not people
                if after in ("'", "’", "'s", "’s") and s.low[j - 2 : j] == ["of", "the"]:
                    # "seven of the peacekeepers' starting eleven": the owner; what is counted
                    # follows it ("70 of the rebels' fighters")
                    return _forward_noun(s, q, j + len(p) + 1)
                return j, "strong"
        # "2,500 Burundi National Defence Force troops": a word of a name, not "nationals"
        named = s.words[j][:1].isupper() and j + 1 < len(s) and s.words[j + 1][:1].isupper()
        for p in () if named else weak.get(low, ()):
            if tuple(s.low[j : j + len(p)]) == p:
                if _source_phrase(s, j + len(p)):
                    return None, "stop"  # "three people familiar with the matter"
                return j, "weak"
        if low == "military" and s.low[j + 1 : j + 2] and s.low[j + 1] in _AFTER_MILITARY_NOUN:
            return j, "strong"  # "1,700 US military are stationed", "70,000 active military."
        if low in loss_nouns:
            return j, "loss"
        if (
            low in _LOSS_PARTICIPLES
            and (j == q.end or (j == q.end + 1 and s.low[q.end] in ("”", '"')))
            and (_listed_loss(s, j, q.start) or _own_ranks(s, q, j))
        ):
            return j, "loss"  # "Russian losses were higher: nearly 250,000 killed and ..."
        if low in never:
            return None, "stop"
        if low == "strong" and j > q.end:
            saw_strong = True
        elif saw_strong and low in units:
            if low == "army" and any(a <= j < b for a, b in s.find("not_armies", q.end, j + 4)):
                return None, "stop"  # "the 42,000-strong green army" of a football crowd
            return j, "unit"
        if low in ("are", "were") and j == q.end:
            j += 1
            continue
        if low == "/" and s.mention_at(j - 1) is not None and s.mention_at(j + 1) is not None:
            limit = min(len(s), limit + 2)
            j += 1  # "21 PKK/YPG militants": two names of one group
            continue
        first = s.mention_at(j - 1) if low in ("and", "&") and j > q.end else None
        if first is not None and first.start == q.end and s.mention_at(j + 1):
            limit = min(len(s), limit + 2)
            j += 1  # "20,000 Hamas and Islamic Jihad fighters": two owners of one count
            continue
        if first is not None and first.start == q.end and s.is_quantity_token(j + 1):
            k = j + 1  # "9,000 American and 5,000 Filipino troops": both counts are troops
            while k < len(s) and s.is_quantity_token(k):
                k += 1
            if s.mention_at(k) is not None:
                limit = min(len(s), limit + k - j + 1)
                j = k
                continue
        nickname = _quoted_name_end(s, j)
        if nickname:
            j = nickname  # 'Roughly 3,800 "Greywolf" soldiers'
            continue
        if low in ("”", '"', "’") and j == q.end:
            j += 1  # '"a little under 8,000" of those troops'
            continue
        if low in _OPEN_QUOTES and _scare_quotes(s, q, j):
            j += 1  # 'around 1,500 Russian "instructors"': a word the writer keeps at a distance
            continue
        if low in ("and", "or") and s.low[j + 1 : j + 2] in (["other"], ["allied"], ["affiliated"]):
            j += 2  # "9,000 Hamas and other fighters"
            continue
        if low == "of" and s.low[j + 1 : j + 2] == ["the"] and s.is_quantity_token(j + 2):
            k = j + 2  # "about 300 of the 11,000 North Korean troops": the noun is after both
            while k < len(s) and s.is_quantity_token(k):
                k += 1
            limit = min(len(s), limit + k - j - 1)  # "of the roughly 10,000" reads as one word
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
        if low == "(" and s.low[j + 2 : j + 3] == [")"] and s.words[j + 1][:2].isupper():
            limit = min(len(s), limit + 3)  # "1,500 Rwanda Defence Force (RDF) troops"
            j += 3
            continue
        if low == "of" and j + 1 < len(s) and s.low[j + 1] in _PARTITIVE:
            j += 2
            partitive = True
            continue
        if partitive and low in _PARTITIVE_UNITS:
            return j, "strong"  # "killed 212 of the rebel militia": members of that force
        if low == "-" or low in ("'s", "’s"):
            j += 1
            continue
        if _is_number_token(s, j) and s.low[j + 1 : j + 2] == ["-"] and not s.is_quantity_token(j):
            j += 2  # "10,000 one-year conscripts": a compound adjective, not another count
            continue
        if s.punct[j] or low in _STOP or _is_number_token(s, j):
            return None, None
        j += 1
    return None, None


_PARTITIVE_UNITS = words("militia militias garrison contingent brigade battalion regiment")
_OPEN_QUOTES = frozenset({'"', "“", "‘"})
_CLOSE_QUOTES = frozenset({'"', "”", "’"})
QUOTED_NAME_MAX = 3  # words of a unit's nickname in quotation marks


def _scare_quotes(s: Sentence, q: QSpan, j: int) -> bool:
    """Whether the quotation mark at j opens a word or two that the count itself qualifies
    ('1,500 Russian "instructors"', '300 "volunteers"'), not a quotation that follows ('four
    were "enemy combatants"')."""
    if not (j == q.end or (j > q.end and s.mention_at(j - 1) is not None)):
        return False
    close = next((k for k in range(j + 2, min(len(s), j + 4)) if s.low[k] in _CLOSE_QUOTES), None)
    return close is not None and not any(s.punct[k] for k in range(j + 1, close))


def _quoted_name_end(s: Sentence, j: int) -> int | None:
    """The token after a capitalised nickname in quotation marks opening at j ('"Greywolf"',
    '“Black Sea” marines'), else None."""
    if s.low[j] not in _OPEN_QUOTES:
        return None
    k = j + 1
    while k < min(len(s), j + 2 + QUOTED_NAME_MAX) and s.words[k][:1].isupper():
        k += 1
    if k == j + 1 or k >= len(s) or s.low[k] not in _CLOSE_QUOTES:
        return None
    return k + 1


def _commands(s: Sentence, m: Mention, q: QSpan) -> bool:
    """A leader who moves forces owns them ("Putin signed a decree calling up 160,000 men");
    one who only speaks of them does not ("Zelensky said 600,000 Russian troops ...")."""
    return (
        m.entity.kind == "person"
        and bool(s.find("triggers.deployment", m.end, q.start))
        and not s.find("speech", m.end, q.start)
    )


def _one_of(s: Sentence, q: QSpan) -> bool:
    """ "One of ...": a single person picked out; a count only when a loss is told of them."""
    return q.quantity.value == 1 and q.end < len(s) and s.low[q.end] == "of"


def _army_of_people(s: Sentence, q: QSpan, noun: int | None, kind: str | None) -> bool:
    """ "an army of 6,000 travelling supporters", "a small army of volunteers": a figure of
    speech unless soldiers or men are counted ("an army of 20,000 men")."""
    if q.start < 3 or s.low[q.start - 2 : q.start] != ["army", "of"]:
        return False
    if s.low[q.start - 3] not in ("an", "small", "whole", "entire", "veritable"):
        return False
    return kind != "strong" and not (noun is not None and s.low[noun] in ("men", "man"))


def _police_at_home(s: Sentence, noun: int | None) -> bool:
    """Police hurt by protesters or fans, or a city's police recruits: public order, not an
    armed force's strength or loss. Police count only when sent abroad or serving in a mission
    (`police_abroad_words`: "Kenya will send 1,000 police officers to Haiti"), or posted where
    the sentence names a second country ("Kenyan police deployed in Haiti"), not a summit's
    ("officers from across Norway will be deployed in Oslo")."""
    if noun is None or s.low[noun] not in ("police", "policemen", "policewomen", "officers"):
        return False
    if s.has("unrest_words"):
        return True  # "86 officers were injured by protesters"
    police = s.low[noun] != "officers" or (noun > 0 and s.low[noun - 1] == "police")
    # "officers" alone are police only as "police officers", not "Russian officers"
    if not police or s.has("police_abroad_words.outward"):
        return False
    if not s.has("police_abroad_words.posted"):
        return True
    places = {m.entity.country or m.entity.name for m in s.mentions if m.entity.kind == REGION}
    places |= {m.entity.name for m in s.mentions if m.entity.kind == COUNTRY}
    return len(places) < 2


def model_fighters(s: Sentence, k: int) -> bool:
    """ "MiG-29 fighters", "Gripen fighters": token k is "fighters" after an aircraft's model
    (a designation, or a name in `aircraft_models`)."""
    if s.low[k] != "fighters" or k == 0:
        return False
    return bool(_DESIGNATION.fullmatch(s.words[k - 1])) or s.low[k - 1] in word_set(
        "aircraft_models"
    )


def _aircraft(s: Sentence, lo: int, hi: int) -> bool:
    """ "F-35 stealth fighters", "Su-30 fighters", "fighter jets": aircraft, not combatants."""
    window = s.low[lo : hi + 1]
    text = s.text_of(lo, min(len(s), hi + 1))
    return bool(_DESIGNATION.search(text)) or any(w in word_set("aircraft_words") for w in window)


def _source_phrase(s: Sentence, at: int) -> bool:
    """Whether the words at `at` make the people before them sources ("familiar with")."""
    return any(a == at for a, _ in s.find("not_personnel_after", at, at + 6))


def _combat_context(s: Sentence, noun: int, q: QSpan, subject: Entity | None) -> bool:
    if s.low[noun] == "attackers":  # "killing about 250 of the attackers"; not a striker
        return _loss_verb_before(s, q) is not None or bool(_loss_after(s, noun))
    coordinated = noun + 2 < len(s) and s.low[noun + 1] in ("and", "or")
    if coordinated and s.has("force_nouns.strong", noun + 2, noun + 3):
        return True  # "more than 700 officers and sailors"
    if s.low[noun] == "people":  # only people who fight, whoever's health ministry counts them
        window = range(max(0, q.start - 6), min(len(s), noun + 10))
        if any(s.low[k] in _PEOPLE_CONTEXT for k in window):
            return True
        if subject is not None and subject.kind == ARMED_GROUP and "payroll" in s.low[noun:]:
            return True  # "the PMF have about 238,000 people on their payroll"
        return s.has("service_contracts", noun, noun + 10)
    if subject is not None and subject.kind == ARMED_GROUP:
        return True
    if subject is not None and subject.is_state_like and _loss_verb_before(s, q):
        return True  # "Russia lost 500 men", not "the union lost 2,000 members"
    before = s.low[max(0, q.start - 2) : q.start]
    if len(before) == 2 and before[1] == "of" and before[0] in word_set("unit_nouns"):
        return True  # "a force of more than 100,000 men"
    lo, hi = max(0, q.start - 6), noun + 12
    figurative = s.find("not_armies") if "army" in s.lowset else []
    context = [
        (a, b)
        for a, b in s.find("combat_context", lo, hi)
        if not any(x <= a < y for x, y in figurative)  # "The Salvation Army said its officers"
    ]
    return bool(context) or s.has("service_contracts", noun, noun + 10)


_BURIED = words("buried reburied interred")
BURIED_REACH = 8  # "2,300 soldiers from 11 countries are buried": count to participle


def _buried_after(s: Sentence, at: int) -> bool:
    """The counted are buried ("are buried", "lie buried"), right after the count: graves
    counted, not forces."""
    for k in range(at, min(at + BURIED_REACH, len(s))):
        if s.low[k] in _BURIED:
            return s.low[k - 1] in ("are", "were", "lie", "lay", "been", "remain")
        if s.punct[k]:
            return False
    return False


def _named_owner(s: Sentence, q: QSpan, noun: int) -> bool:
    """ "3,000 Iranian advisers", "2,000 Kenyan police officers": a role noun owned by a named
    party (not "22 million Americans", where the name is the noun itself)."""
    if s.low[noun] not in _ROLE_NOUNS:
        return False
    return any(m.entity.is_state_like for m in s.mentions_in(q.end, noun))


def _owned_roles(s: Sentence, lo: int, hi: int) -> list[tuple[int, int]]:
    """ "the number of Iranian advisers at about 400": a role noun right after a state's name
    counts that state's personnel, like a force noun."""
    return [
        (k, k + 1)
        for k in range(lo, hi)
        if s.low[k] in _ROLE_NOUNS
        and any(m.end == k and m.entity.is_state_like for m in s.mentions)
    ]


def _war_context(s: Sentence) -> bool:
    """Deaths counted in a sentence about forces or fighting, not a disaster's toll."""
    return bool(s.find("force_nouns.strong")) or any(w in _WAR_WORDS for w in s.low)


def _subject_between(s: Sentence, lo: int, hi: int) -> Entity | None:
    ms = [m for m in s.mentions_in(lo, hi) if m.entity.party]
    return ms[-1].entity if ms else None


def dateline_end(s: Sentence) -> int:
    """Token after a dateline ("Madrid (Reuters) – NATO will ..."), else 0."""
    for i, w in enumerate(s.low[:DATELINE_MAX_TOKENS]):
        if w in ("–", "—", "-", "--") and i > 0 and (w in ("—", "--") or s.spaced(i - 1)):
            return i + 1  # not the hyphen of "call-up" or "Kosiniak-Kamysz"
        if w == ":" and i > 0 and _place_in_capitals(s):
            return i + 1  # "NEW DELHI:", "SRINAGAR, Sep 14:"; not a speaker's "PARK:"
    return 0


def _place_in_capitals(s: Sentence) -> bool:
    """Whether the sentence opens with a place written in capitals ("NEW DELHI", "SRINAGAR")."""
    words_ = s.words[:2]
    if not words_ or not words_[0].isupper() or len(words_[0]) < 3:
        return False
    aliases = load_lexicon().aliases
    names = [words_[0].title()]
    if len(words_) > 1 and words_[1].isupper():
        names.insert(0, f"{words_[0]} {words_[1]}".title())
    return any(
        (ent := aliases.get(name)) is not None and ent.kind in (COUNTRY, REGION) for name in names
    )


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
        if _names_the_next(s, m):
            continue  # "Lebanon's Hezbollah leader said his group": Hezbollah's
        k = m.start - 1
        while k >= 0 and (s.low[k] in ("the", "a", "an", "-") or s.mention_at(k) is not None):
            k -= 1  # "on the Armenia-Azerbaijan border": still inside the place phrase
        if k < 0 or s.low[k] not in ("in", "at", "to", "from", "with", "on", "near", "along"):
            return m.entity
    return ms[0].entity if ms else None


def _names_the_next(s: Sentence, m: Mention) -> bool:
    """A possessive name right before another name, whose home it only says: "Lebanon's
    Hezbollah", "Sudan's RSF", "Yemen's Houthi rebels"."""
    if m.end + 1 >= len(s) or s.low[m.end] not in ("'s", "’s"):
        return False
    after = s.mention_at(m.end + 1)
    return after is not None and after.entity.kind == ARMED_GROUP


_ASSESS = words("assess assesses assessed")


def _pronoun_owner(s: Sentence, at: int, context: Context) -> Entity | None:
    """Whose forces "its"/"their" at `at` means: a state or armed group this sentence names
    before it, else the one the sentence before counted ("The RSF has grown fast. The Horn
    Security Forum puts its strength at 70,000": not the forum's)."""
    ent = resolve_pronoun(s, at)
    estimated = at > 0 and s.low[at - 1] in _PUT_VERBS | _ASSESS
    if estimated and context.subject is not None and _speakers(s, ent, at):
        return context.subject  # "UN experts estimate its strength at": not the experts'
    if ent is not None and (ent.is_state_like or ent.kind == ARMED_GROUP):
        return ent
    return context.subject


def _subject(s: Sentence, q: QSpan, noun: int | None) -> Entity | None:
    own = s.mention_at(q.end) if noun is not None else None
    if (
        own is not None
        and own.start == q.end
        and own.entity.party
        and s.low[own.end : own.end + 1] in (["and"], ["&"])
        and s.is_quantity_token(own.end + 1)
    ):
        return own.entity  # "9,000 American and 5,000 Filipino troops": the first are American
    if noun is not None:
        ent = _subject_between(s, q.end, noun + 1)
        if ent:
            return ent
        j = _owner_pronoun(s, q, noun)
        if j is not None:
            return resolve_pronoun(s, j)
        ent = _of_owner(s, noun)
        if ent is not None:
            return ent
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
        and (m.entity.kind not in ("media", "person", "research") or _commands(s, m, q))
        and not (m.start > 0 and s.low[m.start - 1] in _LOC_OR_AGENT | {"from"})
        and not _estimated_by_the(s, m)
        and not _modifies_a_name(s, m)
        and not _cited(s, m)
        and not _speaks_of_it(s, m, q.start)
        and not _relative_speaker(s, m, q.start)
    ]
    if ms:
        # possessive right before ("Hezbollah's death toll at"), else the sentence subject;
        # not a name inside an apposition to the subject ("Burundi, an ally of Kinshasa, has")
        close = ms[-1]
        first = ms[1] if len(ms) > 1 and _names_the_next(s, ms[0]) else ms[0]
        if len(ms) > 1 and _in_apposition(s, first, close, q.start):
            close = first
        return close.entity if q.start - close.end <= 6 else first.entity
    return None


GROUP_SUBJECT_REACH = 7  # "the group now commands as many as 350,000"
SPEAKER_VERB_REACH = 3  # "United Nations (sanctions) monitors estimate", "Seoul says"
COUNTED_SUBJECTS = words("group group's militia rebels rebels' insurgents movement")


def _speaks_of_it(s: Sentence, m: Mention, before: int) -> bool:
    """ "United Nations experts estimate the group has 7,000 fighters", "The Horn Security
    Forum puts its strength at": the name speaks; whose forces, "the group" or "its" says after
    the verb, not the speaker."""
    verbs = [
        a
        for key in ("estimate", "speech")
        for a, _ in s.find(key, m.end, min(before, m.end + SPEAKER_VERB_REACH + 1))
    ]
    if not verbs:
        return False
    lo = max(min(verbs) + 1, before - GROUP_SUBJECT_REACH)
    return any(
        s.low[k] in COUNTED_SUBJECTS
        and s.low[k - 1] == "the"
        and not any(w in (",", ";") for w in s.low[k:before])
        for k in range(lo, before)
    )  # "the group has", not "his powerful group" (the speaker's own), nor "a figure the group
    # disputed, while an officer said at least 11 soldiers had died"


_ESTIMATED_BY = words("estimated put counted assessed reported given cited tallied")


def _estimated_by_the(s: Sentence, m: Mention) -> bool:
    """ "Al-Shabaab's strength is estimated by the AU at": the agent counts, owns nothing (but
    "monitored by the MFO, which has 1,100 troops" is the MFO's)."""
    return (
        m.start > 2
        and s.low[m.start - 2 : m.start] == ["by", "the"]
        and (s.low[m.start - 3] in _ESTIMATED_BY)
    )


_NOT_OWNER_AFTER = words("based backed supported sponsored funded armed")


def _modifies_a_name(s: Sentence, m: Mention) -> bool:
    """ "a Thai-based group": where it sits; "the Rwanda-backed M23": who backs a force named
    next (but "Iran-backed militias" are counted as Iran's, as annotators do)."""
    if s.low[m.end : m.end + 1] != ["-"] or m.end + 1 >= len(s):
        return False
    if s.low[m.end + 1] == "based":
        return True
    return s.low[m.end + 1] in _NOT_OWNER_AFTER and s.mention_at(m.end + 2) is not None


RELATIVE_SPEAKER_REACH = 4  # ", whose ranks the Congolese army": "whose" to the speaker's name


def _relative_speaker(s: Sentence, m: Mention, before: int) -> bool:
    """ "The M23, whose ranks the Congolese army puts at some 6,500 fighters": the name in the
    relative clause speaks; the forces are the antecedent's."""
    lo = max(1, m.start - RELATIVE_SPEAKER_REACH)
    opens = any(s.low[k] in ("which", "whose") and s.low[k - 1] == "," for k in range(lo, m.start))
    if not opens:
        return False
    return any(
        a < before
        for key in ("estimate", "speech")
        for a, _ in s.find(key, m.end, min(before, m.end + SPEAKER_VERB_REACH + 1))
    )


def _cited(s: Sentence, m: Mention) -> bool:
    """ "According to the NIS, a first contingent of 1,500 troops ...": an intelligence
    service cited as the source, who owns none of the forces it counts."""
    k = m.start - 1
    if k >= 0 and s.low[k] == "the":
        k -= 1
    if k < 0 or not (s.low[k] in ("citing", "per") or s.low[k - 1 : k + 1] == ["according", "to"]):
        return False
    # a spy agency counts others; "according to the Israeli military, 405 soldiers have been
    # killed": a military's own
    named = s.text_of(m.start, m.end)
    return named.lower() in word_set("spy_agencies") or "intelligence" in named.lower()


def _in_apposition(s: Sentence, first: Mention, m: Mention, before: int) -> bool:
    """Whether `m` sits in ", ... ," right after the name `first` and before token `before`."""
    if first.end >= len(s) or s.low[first.end] != "," or m.start <= first.end:
        return False
    close = next((k for k in range(m.end, before) if s.low[k] == ","), None)
    return close is not None


BY_YEAR_REACH = 4  # "4,800 soldiers by the end of 2027"


def _by_a_later_year(s: Sentence, end: int) -> bool:
    """Whether "by <a year still to come>" follows the figure closely."""
    this_year = s.now_year or datetime.datetime.now(datetime.UTC).year
    for k in range(end, min(len(s) - 1, end + BY_YEAR_REACH)):
        if s.low[k] != "by":
            continue
        j = k + 1
        if s.low[j : j + 3] == ["the", "end", "of"]:
            j += 3
        year = s.low[j] if j < len(s) else ""
        return year.isdigit() and len(year) == 4 and int(year) > this_year
    return False


def _drop(s: Sentence, q: QSpan, noun: int | None, metric: str, context: Context) -> bool:
    """Negated, hypothetical, projected, rumoured, historical or generic: not a current
    asserted figure."""
    lo = max(0, q.start - 12)
    end = noun if noun is not None else q.end
    # a frame's noun may stand before the number: "the force may never number 30,000"
    for a, _b in s.find("negation", lo, max(end, q.start)):
        if s.low[a] == "no" and a + 1 < len(s) and s.low[a + 1] in ("more", "fewer", "less"):
            continue
        if s.low[a] == "not" and a + 1 < len(s) and s.low[a + 1] in ("less", "more", "only"):
            continue
        if _anonymity(s, a):
            continue  # "a military source who asked not to be named said the RSF had massed"
        if _in_closed_aside(s, a, q.start):
            continue  # "Moscow, which does not publish its losses, says Ukraine has lost ..."
        if "but" in s.low[a + 1 : q.start]:
            continue  # "whose number Bujumbura has never disclosed but which diplomats put at"
        if s.low[a] in _DENIALS and _asserts_after(s, a, q.start):
            continue  # "denied the report, saying only 500 soldiers were on the border"
        return True
    for a, _b in s.find("negation", 0, q.start):
        if s.low[a] in _DENIALS and not _asserts_after(s, a, q.start):
            return True
    if any(not _superlative(s, a) for a, _ in s.find("capability", 0, q.start)):
        return True
    if s.has("superseded", max(0, q.start - SUPERSEDED_WINDOW), q.start):
        return True
    if s.has("remains_before", max(0, q.start - REMAINS_WINDOW), q.start):
        return True  # "the bones of about 130,000 unidentified soldiers"
    if _buried_after(s, q.end):
        return True  # "More than 2,300 soldiers from 11 countries are buried at the cemetery"
    if _by_a_later_year(s, q.end):
        return True  # "rising to 4,800 by the end of 2027": a strength still to come
    if s.has("conditions") and s.has("modals", lo, end + CLAUSE_AFTER):
        cond = s.find("conditions")
        if any(s.low[a] != "whether" for a, _ in cond):
            return True
    if _conditional_sentence(s, q):
        return True
    if metric in LOSS_METRICS and _projected(s, q, end):
        return True  # "would lose about 3,200 troops": losses that have not happened
    if s.has("hypothetical") or rumoured(s) or _historical(s, _present_clause(s, q, end)):
        return True
    if _civilian_context(s):
        return True  # "a squad of 25 soldiers" before a cup tie; a firm's "250 recruits"
    if context.unreal and (not _own_time(s) or _continues_count(s)):
        return True  # "Some 500,000 troops eventually took part" after a sentence about 1944
    if _rate(s, q, end, metric) or _share(s, q, end) or _proposed_force(s, q, end):
        return True
    if _past_when(s, q):
        return True
    if refuted(s, q.start, q.end):
        return True  # "The claim that 2,000 Iranian soldiers have been sent ... has no basis"
    if metric == "troops" and _possible_action(s, q, end):
        return True
    if metric == "troops" and _asked_for(s, q):
        return True  # "asked European governments for a force of at least 200,000": a demand
    if "age" in s.low[max(0, q.start - AGE_REACH) : q.start] or s.has(
        "age_limits", max(0, q.start - AGE_LIMIT_REACH), q.start
    ):
        return True  # "the average age is 43", "raised the age limit ... from 60 to 65": years
    if not _DISPLACED.isdisjoint(s.low[q.end : q.end + DISPLACED_REACH]):
        return True  # "and more than 32,000 have fled their homes": civilians
    if metric == "troops" and q.quantity.value is not None and q.quantity.value <= LONE_SOLDIERS:
        return True  # "one soldier had tried to", "the two men being questioned": people, not
        # the size of a force (one or two dead or captured are losses, still counted)
    return any(s.low[k] in _GENERIC for k in range(lo, min(len(s), end + 4)))


_MAYBE = words("could might")
_NEEDS = words("require need take demand")
_MODAL_FILLER = words(
    "eventually also soon still then quickly potentially yet even ultimately one day"
)
_CONSIDERING = words(
    "weighing weighs weighed considering considers considered mulling mulls mulled"
)


def _possible_action(s: Sentence, q: QSpan, end: int) -> bool:
    """Forces something could be done with: "the Pentagon could eventually bring home as many
    as 10,000 troops", "a force of up to 30,000 troops could be sent", "an invasion could require
    300,000 troops", "was weighing moving 4,500 soldiers". A possibility, not a count; a size
    hedged by the same modal stays a figure ("could number 12,000", "could be as high as", "could
    reach 175,000 by March"); so does a force already there ("could affect the 28,500 troops")."""
    if q.start > 0 and s.low[q.start - 1] in ("the", "its", "their"):
        return False
    if _deadline(s, q.start):
        return False  # "Up to 15,000 troops could be moved to the area by May": a forecast
    for k in range(max(0, q.start - 5), q.start):
        if s.low[k] == "would" and _verb_after(s, k + 1) in _NEEDS:
            return True  # "a ground invasion would require at least 50,000 troops"
        if s.low[k] in _MAYBE:
            verb = _verb_after(s, k + 1)
            return verb is not None and verb not in word_set("size_verbs")
        if s.low[k] in _CONSIDERING and s.low[k + 1].endswith("ing") and k + 1 < q.start:
            return True  # "was weighing moving around 4,500 soldiers"
    for k in range(end + 1, min(len(s), end + 1 + MODAL_AFTER_REACH)):
        if s.low[k] in _MAYBE:
            verb = _verb_after(s, k + 1)
            if verb == "be":
                nxt = _verb_after(s, _index_after(s, k + 1, "be") + 1)
                return nxt is not None and (nxt.endswith("ed") or nxt in _IRREGULAR_PARTICIPLES)
            return verb is not None and verb not in word_set("size_verbs")
        if s.low[k] in (",", ";", "and", "but", "which", "who"):
            return False
    return False


_BY_WHEN = words(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday the next early mid late end "
    "spring summer autumn fall winter year then"
)


def _deadline(s: Sentence, lo: int) -> bool:
    """A time by which it is expected ("by May", "by the end of the year", "within weeks")."""
    for k in range(lo, len(s) - 1):
        if s.low[k] == "within" or (s.low[k] == "by" and s.low[k + 1] in _BY_WHEN):
            return True
    return False


_IRREGULAR_PARTICIPLES = words("sent brought drawn withdrawn taken put thrown sought")


def _verb_after(s: Sentence, k: int) -> str | None:
    """The first word from token k on that is not an adverb of `_MODAL_FILLER`."""
    while k < len(s) and s.low[k] in _MODAL_FILLER:
        k += 1
    return s.low[k] if k < len(s) and s.low[k].isalpha() else None


def _index_after(s: Sentence, k: int, word: str) -> int:
    while k < len(s) and s.low[k] != word:
        k += 1
    return k


_IF_HEDGES = words("confirmed true accurate correct so verified")
_DENIALS = words("denied denies deny rejected rejects dismissed refuted")
_ASSERTING = words(
    "claimed claims said says saying insisted asserted added adding claiming put puts estimated "
    "estimates"
)


_ANONYMITY_AFTER_NOT = (
    ["to", "be", "named"],
    ["to", "be", "identified"],
    ["authorised", "to"],
    ["authorized", "to"],
    ["allowed", "to"],
    ["permitted", "to"],
)


_OWN_POSTS = words("statement statements posted posts post channel channels account message")


def rumoured(s: Sentence) -> bool:
    """Whether the sentence reports a claim as rumour ("claims circulating on social media",
    "a video shared"); a side's own statement posted on social media is no rumour ("claimed
    the ambush in a statement on social media")."""
    for a, _ in s.find("false_claims"):
        if s.low[a : a + 3] == ["on", "social", "media"] and not _OWN_POSTS.isdisjoint(
            s.low[max(0, a - 3) : a]
        ):
            continue
        if a > 0 and s.low[a - 1] in _OWN_CHANNEL:
            continue  # "marked with a graphic on its social media channels": its own post
        return True
    return False


_OWN_CHANNEL = words("its their his her own official")


# "the claim that 2,000 Iranian soldiers have been sent to fight": from the noun to the word
CLAIM_THAT_REACH = 14


def refuted(s: Sentence, start: int, end: int) -> bool:
    """Tokens [start, end) inside "the claim that ..." or "the stories about ..." that the
    sentence goes on to refute."""
    lo = max(0, start - CLAIM_THAT_REACH)
    claimed = any(
        b < start and s.low[b] in ("that", "about") for _, b in s.find("claim_nouns", lo, start)
    )
    return claimed and s.has("refutations", end)


ASKED_FOR_REACH = 10  # "has asked European governments for a force of at least 200,000"


def _asked_for(s: Sentence, q: QSpan) -> bool:
    """A force someone asks for ("asked ... for a force of 200,000", "called for 5,000
    peacekeepers"): what is wanted, not what there is."""
    lo = max(0, q.start - ASKED_FOR_REACH)
    if "for" not in s.low[max(lo, q.start - 5) : q.start]:
        return False
    return bool(s.find("triggers.diplomatic_request", lo, q.start))


def _superlative(s: Sentence, a: int) -> bool:
    """ "Kataib Hezbollah, the most capable of the Iraqi factions, fields ...": a comparison,
    not what a force could do."""
    return a > 0 and s.low[a - 1] in ("most", "least", "more", "less")


def _anonymity(s: Sentence, a: int) -> bool:
    """ "who asked not to be named", "not authorised to speak": why a source is anonymous,
    not a denial of what it says."""
    return s.low[a] == "not" and (
        s.low[a + 1 : a + 4] in _ANONYMITY_AFTER_NOT or s.low[a + 1 : a + 3] in _ANONYMITY_AFTER_NOT
    )


def _asserts_after(s: Sentence, a: int, before: int) -> bool:
    """A verb of its own after a denial ("rejected the figures and claimed that its fighters had
    killed 140", "denied the report, saying only 500 ..."): the count is asserted, not denied;
    "denied claims that" is still the denial."""
    return any(
        s.low[k] in _ASSERTING and s.low[k - 1] in ("and", "but", ",") for k in range(a + 2, before)
    )


def _civilian_context(s: Sentence) -> bool:
    """Sport or business talk: two of its words in the sentence (one is not enough: "Russia has
    600,000 troops in Ukraine, investors were told")."""
    return len(s.find("civilian_context")) >= 2


def _conditional_sentence(s: Sentence, q: QSpan) -> bool:
    """ "If Russia ever tested the Baltic states with, say, 50,000 troops, today's forward
    forces would be outnumbered": a sentence opening with "if" whose main clause has a modal
    imagines its figures (not "If confirmed, ...": a hedge on a report)."""
    start = dateline_end(s)
    if start >= len(s) - 1 or s.low[start] != "if" or s.low[start + 1] in _IF_HEDGES:
        return False
    return s.has("modals", q.end) or s.has("modals", start, q.start)


def _in_closed_aside(s: Sentence, a: int, upto: int) -> bool:
    """Token a sits in a ", which ..." or ", who ..." clause that a comma closes before
    token `upto`."""
    opened = next((k for k in range(a - 1, -1, -1) if s.low[k] == ","), None)
    if opened is None or opened + 1 >= a or s.low[opened + 1] not in ("which", "who"):
        return False
    return any(s.low[k] == "," for k in range(a + 1, upto))


def _rate(s: Sentence, q: QSpan, end: int, metric: str) -> bool:
    """ "recruits at a rate of roughly 30,000 per month", "recruiting 30,000 new contract
    soldiers a month": a flow, not a standing count or a toll (a loss rate, "lost 1,000
    soldiers a day", stays a figure)."""
    if "rate" in s.low[max(0, q.start - RATE_REACH) : q.start]:
        return True
    recruited = any(w.startswith(_RECRUITING) for w in s.low[max(0, q.start - 3) : q.start])
    if metric != "troops" and not recruited:
        return False  # "lost 1,000 soldiers a day", "suffered 1,200 casualties a day": losses
    stop = max((b for a, b in s.find("force_nouns.strong", end, end + 1)), default=end + 1)
    after = s.low[stop : stop + 3]  # past a two-word noun: "contract soldiers a month"
    return any(
        w in ("a", "an", "per", "each", "every")
        and after[i + 1] in _TIME_UNITS
        and after[i + 2 : i + 3] != ["-"]  # "in a week-old offensive": no rate
        for i, w in enumerate(after[:-1])
    )


_RECRUITING = ("recruit", "mobilis", "mobiliz", "conscript", "draft", "enlist", "train")


_NAMED_MEMBERS = words("guards marines rangers commandos paratroopers")  # a force named by them
_SUBSET_WORDS = words("including excluding among besides")


def _others_lost(s: Sentence, q: QSpan, noun: int, context: Context) -> bool:
    """ "Four others are believed to have been captured" opening a sentence after one that
    counted a force's losses: more of them."""
    return (
        q.start <= 1
        and context.age == 0
        and context.subject is not None
        and context.metric is not None
        and _loss_after(s, noun) is not None
    )


WHO_DIED_REACH = 4  # "who died", "who have been killed", "who were later captured"


def _state_casualties(s: Sentence, a: int) -> bool:
    """ "Russian casualties", "Ukraine's casualties": a state's, its soldiers' (not "civilian
    casualties", "road casualties")."""
    if any(w in ("civilian", "civil", "road", "traffic") for w in s.low[max(0, a - 3) : a]):
        return False
    owner = _possessive(s, a)
    return owner is not None and owner.kind == COUNTRY


def _who_died(s: Sentence, at: int) -> str | None:
    """The loss metric of a relative clause opening at token `at` ("who died", "who were
    killed"), or None."""
    if at >= len(s) or s.low[at] not in ("who", "that"):
        return None
    return _loss_metric(s, at + 1, min(len(s), at + 1 + WHO_DIED_REACH))


def _part_of_last(s: Sentence, q: QSpan, noun: int, last: Figure) -> bool:
    """A part of the figure just counted, its owner not named again: "casualties stand at
    about 6,000, including some 2,000 dead" (not "including 300 Russian troops")."""
    if q.start < 1 or s.low[q.start - 1] != "including" or last.q.end > q.start:
        return False
    return _subject_between(s, q.end, noun + 1) is None and _possessive(s, noun) is None


_TIME_UNITS = words("day days week weeks month months year years hour hours night nights")


def _past_when(s: Sentence, q: QSpan) -> bool:
    """ "last went abroad in such numbers in 2013, when 550 of its soldiers went", "weaker than
    at any time since 1982, when Israel sent 60,000": a clause that a past year dates tells what
    happened then."""
    if "when" not in s.lowset:
        return False
    this_year = datetime.datetime.now(datetime.UTC).year
    for k in range(3, q.start):
        if s.low[k] == "when" and s.low[k - 1] == "," and s.low[k - 3] in ("in", "of", "since"):
            year = s.low[k - 2]
            if year.isdigit() and len(year) == 4 and int(year) < this_year:
                return True
    return False


def _share(s: Sentence, q: QSpan, end: int) -> bool:
    """ "capped at 24 per nation", "600 troops per battalion": a share of each unit, not a
    count of a force (a loss rate, "1,000 a day", stays a figure as `_rate` says)."""
    for k in {q.end, end + 1}:
        if k + 1 < len(s) and s.low[k] == "per" and s.low[k + 1] not in _TIME_UNITS:
            return True
    return False


def _proposed_force(s: Sentence, q: QSpan, end: int) -> bool:
    """ "A smaller mission of perhaps 5,000 troops would be easier to assemble": a force
    someone imagines, named by an indefinite noun phrase whose verb is a conditional."""
    head = s.low[max(0, q.start - 5) : q.start]
    if "of" not in head or not any(w in ("a", "an") for w in head):
        return False
    after = s.low[end + 1 : end + 1 + PROPOSED_REACH]
    if not any(w in _PROPOSED_FORCE for w in after) or "have" in after:
        return False
    # "said a second contingent of 150 soldiers would arrive next month": an announced
    # movement, not an imagined force
    k = next(i for i, w in enumerate(after) if w in _PROPOSED_FORCE)
    return not s.has("triggers.deployment", end + 2 + k, end + 4 + k)


def _projected(s: Sentence, q: QSpan, end: int) -> bool:
    """A modal right before the loss verb ("would lose", "could be killed"), not a hedge on
    the past ("may have been killed") nor on the size ("could be as high as 4,000")."""
    modals = word_set("projection_modals")
    for k in [*range(max(0, q.start - 4), q.start), *range(end + 1, min(len(s), end + 4))]:
        if s.low[k] in modals and s.low[k + 1 : k + 2] != ["have"]:
            verb = s.low[k + 1 : k + 4]
            if any(w in _LOSS_VERBS for w in verb) or _loss_metric(s, k + 1, k + 4):
                return True
    return False


def _present_clause(s: Sentence, q: QSpan, end: int) -> tuple[int, int] | None:
    """The figure's own clause as tokens [start, stop), when it is in the present ("The US
    stations 28,500 troops in Korea, a legacy of the Korean War"; "The war ended in 1953;
    today 28,500 US troops remain"): history outside it dates something else. None when the
    clause does not set its own present time."""
    stop = next((k for k in range(end, len(s)) if s.low[k] in _CLAUSE_ENDS), len(s))
    start = max((k for k in range(0, q.start) if s.low[k] in _CLAUSE_BREAKS), default=-1) + 1
    clause = s.low[start:stop]
    if any(w in _PRESENT or w in _PRESENT_HOLDING for w in clause):
        return start, stop
    return None


def _historical(s: Sentence, present: tuple[int, int] | None = None) -> bool:
    """A historical cue or a year before EARLIEST_CURRENT_YEAR, unless it is only the baseline
    of a comparison ("the smallest army since the Napoleonic wars", "the most since 1945") or
    it lies outside the `present` clause that holds the figure."""
    for a, _b in s.find("historical"):
        if present is not None and not present[0] <= a < present[1]:
            continue
        if not any(w in _SINCE_THAN for w in s.low[max(0, a - 3) : a]):
            return True
    if _long_ago(s, present):
        return True
    if present is None:
        return _old_year(s)
    chars = (s.char_start(present[0]), s.char_start(present[1]) if present[1] < len(s) else None)
    return _old_year(s, chars)


def _old_year(
    s: Sentence, within: tuple[int, int | None] | None = None, dating_only: bool = False
) -> bool:
    """A year before EARLIEST_CURRENT_YEAR that dates the sentence, not a comparison's (nor,
    outside the characters `within`, another clause's). `dating_only`: not a year that names
    an event ("perpetrators of the 1994 genocide"), which sets no time for the next sentence."""
    spans = [(x.quantity.start, x.quantity.end) for x in s.quantities]
    for m in _YEAR.finditer(s.text):
        if any(a <= m.start() < b for a, b in spans):
            continue
        if within is not None and not (
            within[0] <= m.start() and (within[1] is None or m.start() < within[1])
        ):
            continue
        if int(m.group(1)) < _oldest_current_year(s):
            after = s.text[m.end() : m.end() + 24].lower().split()[:2]
            if any(w.strip(".,;") in _DATED_DOCUMENTS for w in after) or _dated_name(s, m.end()):
                continue  # "under a 2012 bilateral agreement", "the 1953 Mutual Defense
                # Treaty": the agreement's date
            since = "since" in s.text[max(0, m.start() - 30) : m.start()].lower().split()[-4:]
            told = _RELATIVE_AFTER.search(s.text, m.end(), m.end() + RELATIVE_AFTER_CHARS)
            if since and told is None:
                continue  # "since its deployment in 2014, more than 100 ...": a running total;
                # not "since the 1989 invasion of Panama, which involved some 27,000 troops"
            before = s.text[max(0, m.start() - 12) : m.start()].lower().split()
            skip = _SINCE_THAN | _DETERMINERS if dating_only else _SINCE_THAN
            if before and before[-1] == "in" and len(before) > 1 and before[-2] in _DATED_THINGS:
                continue  # "under a treaty signed in 1953": the treaty's date, not the figure's
            if not (before and before[-1] in skip):
                return True
    return False


DATED_NAME_WORDS = 4  # "the 1953 Mutual Defense Treaty": capitalised words up to the document


def _dated_name(s: Sentence, char: int) -> bool:
    """A year opening the name of a treaty or law ("1953 Mutual Defense Treaty")."""
    for w in s.text[char : char + 80].split()[:DATED_NAME_WORDS]:
        if w.strip(".,;").lower() in _DATED_DOCUMENTS:
            return True
        if not w[:1].isupper():
            return False
    return False


def _loss_compared(s: Sentence, q: QSpan, out: list[Figure]) -> str | None:
    """ "340 Houthi fighters killed ..., against 95 government troops": the other side's count
    of the same loss."""
    if not out or out[-1].metric not in LOSS_METRICS or q.start == 0:
        return None
    return out[-1].metric if s.low[q.start - 1] in ("against", "versus", "vs", "vs.") else None


ENEMY_REACH = 4  # "the enemy left more than 300 dead": words from "enemy" to the number
_TALLY_VERBS = words("reported reports recorded records registered counted confirmed listed")
RELATIVE_AFTER_CHARS = 40  # "the 1989 invasion of Panama, which involved": year to "which"
_RELATIVE_AFTER = re.compile(r", (?:which|that|when) ")


def _oldest_current_year(s: Sentence) -> int:
    """The first year that is not history: OLD_YEAR_GAP before the article's present ("in
    March 2007, there were 1,600 of them" in a 2025 story is history), and never before
    EARLIEST_CURRENT_YEAR."""
    if s.now_year is None:
        return EARLIEST_CURRENT_YEAR
    return max(EARLIEST_CURRENT_YEAR, s.now_year - OLD_YEAR_GAP)


def _continues_count(s: Sentence) -> bool:
    """ "About 19,000 of them were killed": a share of the count just told, in its time."""
    return any(
        s.low[k] == "of" and s.low[k + 1] in ("them", "those", "whom") for k in range(len(s) - 1)
    )


def _own_time(s: Sentence) -> bool:
    """Whether a sentence sets its own time (present tense, "now", a weekday, a recent year),
    so an earlier sentence's history or simulation does not carry into it."""
    low = s.low
    if any(w in _PRESENT and low[k + 1 : k + 2] not in _MEMORY for k, w in enumerate(low)):
        return True  # not "is remembered for cutting off the water supply": history still
    return any(int(m.group(1)) >= EARLIEST_CURRENT_YEAR for m in _YEAR.finditer(s.text))


_MEMORY = [
    [w] for w in ("remembered", "known", "celebrated", "credited", "regarded", "hailed", "honoured")
]


def unreal(s: Sentence) -> bool:
    """A simulation, or history dated by a year: the next sentence may go on telling it (a
    war's name alone does not date it: "the Gulf War front" was news in 1987)."""
    return s.has("hypothetical") or _old_year(s, dating_only=True) or _long_ago(s)


LONG_AGO_BASELINE = 5  # words before "ago" where "than"/"from" make it a comparison's baseline
LONG_AGO_YEARS = 20  # "Seventy-five years ago this week": history; "three years ago" is not
_AGES_AGO = words("decades century centuries")


def _long_ago(s: Sentence, within: tuple[int, int] | None = None) -> bool:
    """ "Seventy-five years ago", "decades ago": a time long past (in the tokens `within`)."""
    if "ago" not in s.lowset:
        return False  # asked of every sentence (`unreal`): most have no "ago"
    for k in range(1, len(s)):
        if s.low[k] != "ago" or (within is not None and not within[0] <= k < within[1]):
            continue
        if any(w in _SINCE_THAN for w in s.low[max(0, k - LONG_AGO_BASELINE) : k]):
            continue  # "450,000, down from more than 600,000 two decades ago": a baseline
        if s.low[k - 1] in _AGES_AGO:
            return True
        if s.low[k - 1] == "years" and (_count_before(s, k - 1) or 0) >= LONG_AGO_YEARS:
            return True
    return False


def _count_before(s: Sentence, k: int) -> float | None:
    """The number written in the few tokens right before token k ("seventy-five", "75")."""
    for n in (4, 3, 2, 1):
        if k - n >= 0:
            q = parse_quantity(s.text_of(k - n, k))
            if q is not None and q.value is not None:
                return q.value
    return None


def _money_or_unit(s: Sentence, q: QSpan) -> bool:
    if q.start > 0 and s.low[q.start - 1] in ("$", "€", "£", "us$", "usd", "eur"):
        return True
    text = q.quantity.text
    return text[:1] in "$€£" or bool(re.search(r"\b(bn|billion)\b", text, re.I))


def find_figures(
    s: Sentence, context: Context, home: Callable[[], Entity | None] = lambda: None
) -> list[Figure]:
    """Force figures in a sentence. `context` comes from the sentences before (anaphora);
    `home()` is the country the article is about, owner of "the army" when none is named
    (asked only when needed: it may read the whole article)."""
    out: list[Figure] = []
    for q in s.quantities:
        if _money_or_unit(s, q):
            continue
        if q.start > 1 and s.low[q.start - 1] == "of" and s.low[q.start - 2] in _GROUPS_OF:
            continue  # "in small groups of two to four soldiers": each group's size
        if q.start == 0 and (s.low[q.end : q.end + 1] == ["/"] or s.low[0].endswith("/")):
            continue  # "3/ Both servicemen are engineers": a thread's post number
        if q.start > 1 and s.low[q.start - 2 : q.start] in (["among", "them"], ["among", "whom"]):
            # "took 23 prisoner, among them two citizens of Kenya": a subset; but "1 million
            # casualties, among them about 250,000 killed": the dead among the losses counted
            metric = _loss_metric(s, q.end, min(len(s), q.end + SUBSET_LOSS_REACH))
            if (
                out
                and metric
                and out[-1].metric in ("casualties", "troops")
                and not _drop(s, q, None, metric, context)
            ):
                last = out[-1]
                out.append(Figure(q, None, metric, last.subject, last.subject_text, last.anaphoric))
            continue
        noun, kind = _forward_noun(s, q)
        if kind == "loss" and noun is not None and s.low[noun] in _LOSS_PARTICIPLES:
            owner = _subject(s, q, noun)
            if owner is None and _own_ranks(s, q, noun):
                owner = home()  # "the army had recorded 212 killed and 390 wounded in its ranks"
            if owner is None or owner.kind != COUNTRY:
                noun, kind = None, None  # not a state's losses: read as before, by the frames
        if _army_of_people(s, q, noun, kind):
            continue  # "an army of some 20,000 volunteers": a crowd, not a force
        if kind == "stop" or (_one_of(s, q) and (noun is None or not _loss_after(s, noun))):
            continue  # "One of the captured soldiers had ..."; not "one of its soldiers died"
        metric = "troops"
        subject: Entity | None = None
        anaphoric = False
        if noun is not None:
            subject = _subject(s, q, noun)
            if kind == "anaphor":
                if out and noun + 1 < len(s) and s.low[noun + 1] in _SEVERITY:
                    continue  # "14 others injured, two of them seriously": a breakdown
                prev = out[-1] if out else None
                earlier = _earlier_force(s, q)
                subject = prev.subject if prev else (earlier or context.subject)
                if prev is None and subject is None:
                    continue
                size = q.quantity.value or q.quantity.low or q.quantity.high or 0
                small = size < MIN_BARE_FIGURE and not _loss_after(s, noun)
                if prev is None and earlier is None and small:
                    continue  # "two colonels, one of them at a regiment": not a count of forces
                anaphoric = True
            value = q.quantity.value or q.quantity.low or q.quantity.high or 0
            if s.low[noun] == "forces" and s.low[noun + 1 : noun + 2] in (
                ["personnel"],
                ["members"],
            ):
                noun += 1  # "five Indian armed forces personnel had died": people, not forces
            if s.low[noun] == "forces" and value < SMALL_UNIT_COUNT:
                continue
            if kind == "weak":
                if s.low[noun] in _SINGULAR_WEAK and value > 1 and s.low[noun - 1] != "-":
                    continue  # "four national security officials"; not "a 3,000-man brigade"
                if s.low[noun] == "others":
                    prev = out[-1] if out else None
                    if prev is None and _others_lost(s, q, noun, context):
                        # "At least 22 were killed. Four others are believed to have been
                        # captured": more of the forces the sentence before counted
                        subject, anaphoric = context.subject, True
                    elif prev is None:
                        continue
                    # "killed 31 jihadists and arrested 12 others": more of the same people
                    if prev is not None:
                        owned = _noun_owner(s, q, noun)
                        subject = subject if owned else prev.subject or subject
                elif not (
                    _combat_context(s, noun, q, subject)
                    or _named_owner(s, q, noun)
                    or _force_linked_before(s, q)
                    or _men_lost_in_battle(s, noun)
                    or _force_lost_people(s, q, noun)
                    or _officers_sent(s, noun)
                    or _apposed_to_force(s, q, noun)
                ):
                    if _people_of_the_force(s, q, context, out):
                        subject = s.mention_at(q.end).entity  # "some 11,000 North Koreans"
                    else:
                        frame = _strength_frame(s, q, max(0, q.start - FRAME_BACK), context.force)
                        if frame is None:
                            continue
                        subject = frame[2] or subject  # "Ukraine's armed forces number 880,000"
                        if frame[3]:
                            subject, anaphoric = subject or context.subject, True
            if kind == "loss":
                metric = _LOSS_NOUN_METRIC.get(s.low[noun], "killed")
                if s.low[noun : noun + 3] == ["kia", "/", "wia"]:
                    metric = "casualties"  # "140 KIA/WIA": killed and wounded together
                # "Russian losses ...: 250,000 killed": a state's losses are its war dead
                state_losses = (
                    s.low[noun] in _LOSS_PARTICIPLES
                    and subject is not None
                    and subject.kind == COUNTRY
                )
                soldiers = s.low[noun] in ("kia", "wia")  # a soldier's abbreviation: war dead
                if subject is None and (_own_ranks(s, q, noun) or _army_losses_before(s, q)):
                    subject = home()  # "the army has recorded 212 deaths among its soldiers"
                told_whose = False
                if subject is None and s.low[noun + 1 : noun + 4] in _OF_ITS_OWN:
                    subject = resolve_pronoun(s, noun + 2) or context.subject  # "It
                    # acknowledged four dead of its own"
                    told_whose = subject is not None
                if subject is None and s.low[:2] in _OF_THOSE and context.force:
                    subject, anaphoric = context.subject, True  # "Of those, we believe at
                    # least 1,000 are dead": the forces the sentence before counted
                    told_whose = subject is not None
                # "the enemy left more than 300 dead": whoever the speaker fights
                enemy = "enemy" in s.low[max(0, q.start - ENEMY_REACH) : q.start]
                # "casualties at about 4,700, including some 600 dead": the dead among them
                part = (
                    bool(out)
                    and out[-1].metric in LOSS_METRICS
                    and s.low[q.start - 1 : q.start] == ["including"]
                )
                if (subject is None and not soldiers and not enemy) or not (
                    _war_context(s) or state_losses or soldiers or enemy or part or told_whose
                ):
                    continue
            elif kind == "anaphor":
                metric = _loss_after(s, noun) or (out[-1].metric if out else "troops")
            elif _is_partitive_total(s, q) or _sized_strong(s, q):
                metric = "troops"  # "300 of the 11,000 troops have died": 11,000 is the force;
                # "killed 1,269 soldiers in routing a 5,000-strong force": its size
            else:
                after = _loss_after(s, noun)
                metric = (
                    _loss_metric(s, q.end, noun)
                    or (
                        "casualties" if after == "casualties" else None
                    )  # "lost N killed and wounded"
                    or _loss_verb_before(s, q)  # "killed 40 Russian troops and wounded 120"
                    or after
                    or _loss_metric(s, _loss_reach_start(s, q), q.start, q.start)
                    or _loss_compared(s, q, out)
                    or "troops"
                )
        else:
            frame = (
                _loss_tail(s, q, out, context)
                or _coordinated_loss(s, q, out)
                or _loss_count_after(s, q, out, context)
                or _backward_frame(s, q, context, out)
                or _elliptical_count(s, q, out)
                or _of_their_own(s, q)
                or _after_loss_verb(s, q, out)
                or _answered_count(s, q, context, out)
                or _owner_label(s, q, context, out)
                or _labelled_loss(s, q, context, out)
            )
            if frame is None:
                continue
            noun, metric, subject, anaphoric = frame
            if anaphoric:
                subject = subject or context.subject
        if noun is not None and metric in LOSS_METRICS and kind not in ("anaphor", "loss"):
            subject = _victims(s, q, noun, subject, home)
        if out and noun is not None and _part_of_last(s, q, noun, out[-1]):
            subject = out[-1].subject  # "casualties stand at 6,000, including some 2,000 dead"
        if _drop(s, q, noun, metric, context) or _police_at_home(s, noun):
            continue
        if noun is not None and s.has("target_strength_after", noun, noun + TARGET_AFTER):
            continue  # "a fraction of the 4,800 troops it is supposed to have by 2027"
        if (
            _puts_the_unit_at(s, q)
            and context.subject is not None
            and _speakers(s, subject, q.start)
        ):
            subject = context.subject  # "South Korea's spy agency puts the contingent at about
            # 11,000 troops": the contingent just named, not the agency's own state
        if subject is None and _definite_army(s, q, noun):
            subject = home()
        if q.quantity.value is None and q.quantity.low is None and q.quantity.high is None:
            continue
        held = noun is not None and s.has("detention", noun, noun + HELD_REACH)
        if metric == "troops" and held and not _sent_to_guard(s, noun):
            metric = "captured"  # "guards about 9,000 ISIS fighters in detention facilities"
        out.append(Figure(q, noun, metric, subject, subject.name if subject else None, anaphoric))
    return out


def next_context(s: Sentence, prev: Context) -> Context:
    """The context a sentence leaves for the next one: the forces or losses it named, and
    whether it told history or a simulation."""
    carried = prev.unreal and not _own_time(s)
    is_unreal = unreal(s) or carried
    loose = word_set("loose_unit_nouns")
    nouns = s.find("force_nouns.strong") or [
        (a, b) for a, b in s.find("unit_nouns") if s.low[a] not in loose
    ]
    losses = [(a, b) for m in LOSS_METRICS for a, b in s.find(f"losses.{m}")]
    metric = _loss_metric(s, 0, len(s)) if losses and s.quantities else None
    if not nouns and not losses and prev.force and _counted_item(s):
        return Context(prev.subject, True, prev.metric, is_unreal)  # a list goes on
    if not nouns and not losses and prev.age < CONTEXT_REACH:
        # "Dana, what do we know?" between the count and "the first 1,700 will ..."; a
        # speaker's title ("GEN.") between a question and its answer
        asked = prev.asked and len(s) <= LABEL_TOKENS
        where = prev.where if asked else None
        return Context(prev.subject, prev.force, prev.metric, is_unreal, prev.age + 1, asked, where)
    if not nouns:
        owner = next((o for a, _ in losses if (o := _possessive(s, a)) is not None), None)
        heading = bool(losses) and s.low[-1:] == [":"]
        return Context(
            owner if metric or heading else None, False, metric, is_unreal, loss_heading=heading
        )
    a, _ = nouns[0]
    asked = _asks_how_many(s)
    where = _asked_place(s, a) if asked else None
    for m in s.mentions:
        if m.end <= a and a - m.end <= 3 and m.entity.party:
            return Context(m.entity, True, metric, is_unreal, asked=asked, where=where)
    # "the first 1,700 will come from the 82nd Airborne Division": still the same forces
    subject = _sentence_subject(s, a) or (prev.subject if prev.force else None)
    return Context(subject, True, metric, is_unreal, asked=asked, where=where)


def _asked_place(s: Sentence, after: int) -> Entity | None:
    """ "How many American personnel are in Somalia right now?": Somalia."""
    for m in s.mentions:
        if m.start > after and m.entity.kind in (COUNTRY, REGION) and s.low[m.start - 1] == "in":
            return m.entity
    return None


def _asks_how_many(s: Sentence) -> bool:
    return s.low[-1:] == ["?"] and any(
        s.low[i : i + 2] == ["how", "many"] for i in range(len(s) - 1)
    )


def _sentence_subject(s: Sentence, before: int) -> Entity | None:
    """The first party named before `before`, outside a prepositional phrase."""
    start = dateline_end(s)
    for m in s.mentions:
        if m.start >= before:
            break
        if m.start < start or not m.entity.party or m.entity.kind in ("media", "research"):
            continue
        if m.start > 0 and s.low[m.start - 1] in _LOC_OR_AGENT | {"from", "with", "of"}:
            continue
        if any(w in word_set("speech") or w in _JUDGE_VERBS for w in s.low[m.end : m.end + 3]):
            continue  # "British intelligence estimates Russia has ...": who speaks, not of whom
        return m.entity
    return None


_JUDGE_VERBS = words("estimate estimates estimated believe believes assess assesses assessed")


def _verb_end(s: Sentence, q: QSpan) -> int:
    """Where a verb governing the number ends: right before it, or before an opening quotation
    mark (had killed "more than 200 ...")."""
    k = q.start - (q.start > 0 and s.low[q.start - 1] in ('"', "“"))
    if k > 0 and s.low[k - 1] in ("another", "further", "additional"):
        k -= 1  # "and wounded another 47", "killed a further 12"
        k -= k > 0 and s.low[k - 1] in ("a", "an")
    return k


# weak nouns in the singular: after a count above one they are adjectives, not what is counted
_SINGULAR_WEAK = words("national citizen member man")


_SENDING = words("sent send sending deployed deploy deploying pledged contributed contribute")
_MISSIONS = words("mission missions contingent commitment peacekeeping multinational abroad")
SENT_REACH = 8  # "another 600 officers would be sent": words from the noun to the verb


def _officers_sent(s: Sentence, noun: int) -> bool:
    """Officers sent abroad are a force ("another 600 officers would be sent", "pledged 1,000
    officers to the mission"): police on a mission count as its personnel."""
    if s.low[noun] != "officers" or "police" in s.lowset:
        return False  # "Pyeongtaek police will deploy 600 officers to manage crowds": at home
    lo, hi = max(0, noun - SENT_REACH), min(len(s), noun + SENT_REACH)
    return not _SENDING.isdisjoint(s.low[lo:hi]) and not _MISSIONS.isdisjoint(s.low)


def _a_people(s: Sentence, m: Mention) -> bool:
    """A country's people named in the plural ("North Koreans", "Kenyans")."""
    said = s.text_of(m.start, m.end)
    return (
        m.entity.kind == COUNTRY
        and said != m.entity.name
        and said.endswith("s")
        and not said.endswith("'s")
    )


def _people_of_the_force(s: Sentence, q: QSpan, context: Context, out: list[Figure]) -> bool:
    """ "some 11,000 North Koreans were already in Kursk", "430 personnel, including some 400
    Kenyans": a people named right after the number, whose country's forces this sentence or
    the one before counts (not "300 Palestinians were killed": civilians, whom no force count
    introduced)."""
    m = s.mention_at(q.end)
    if m is None or m.start != q.end or not m.entity.party or not _a_people(s, m):
        return False
    if not _RETURNED.isdisjoint(s.low):
        return False  # "5,800 Ukrainians had been brought home in exchanges": freed captives
    party = m.entity.party
    counted = [f.subject for f in out if f.metric == "troops"]
    counted += [context.subject] if context.force else []
    return any(e is not None and e.party == party for e in counted) or (
        bool(out) and s.low[q.start - 1 : q.start] == ["including"] and out[-1].metric == "troops"
    )


_RETURNED = words("home exchange exchanges exchanged freed released repatriated returned swap")


def _men_lost_in_battle(s: Sentence, noun: int) -> bool:
    """ "fled the battlefield, leaving 220 men killed": men a loss word follows, in a sentence
    about forces or fighting (not "people", whom wars kill as civilians)."""
    if s.low[noun] != "men" or not _war_context(s):
        return False
    return any(
        a == noun + 1 for m in LOSS_METRICS for a, _ in s.find(f"losses.{m}", noun + 1, noun + 2)
    )


FORCE_LOST_REACH = 8  # "the North Korean contingent has lost about 4,000 people": to the force


def _force_lost_people(s: Sentence, q: QSpan, noun: int) -> bool:
    """ "the contingent has lost about 4,000 people killed and wounded": people a force lost,
    its own soldiers (not "the war has killed 4,000 people")."""
    if s.low[noun] not in ("people", "men"):
        return False
    verb = _verb_end(s, q) - 1
    if verb < 1 or s.low[verb] not in ("lost", "loses", "lose", "losing"):
        return False
    lo = max(0, verb - FORCE_LOST_REACH)
    return bool(s.find("unit_nouns", lo, verb) or s.find("force_nouns.strong", lo, verb))


APPOSED_REACH = 6  # "Reinforcements from the second echelon, 2,500 men, arrived": words back


def _apposed_to_force(s: Sentence, q: QSpan, noun: int) -> bool:
    """A count of men set off right after a force noun, saying how many it is
    ("Reinforcements from the second echelon - 2 thousand 500 men - arrived"); not "the Rapid
    Support Forces, nearly 13 million people have fled"."""
    if s.low[noun] != "men" or q.start == 0 or s.low[q.start - 1] not in (",", "-", "—", "–", "("):
        return False
    lo = max(0, q.start - 1 - APPOSED_REACH)
    return bool(s.find("force_nouns.strong", lo, q.start - 1))


def _says_strong(s: Sentence, q: QSpan) -> bool:
    """Whether "strong" closes the number ("5,000-strong") or follows it ("6,000 strong")."""
    return q.quantity.text.lower().endswith("strong") or s.low[q.end : q.end + 1] == ["strong"]


def _sized_strong(s: Sentence, q: QSpan) -> bool:
    """ "a 5,000-strong force": the number gives a force's size, whatever loss is near."""
    return _says_strong(s, q) or s.low[q.end : q.end + 2] == ["-", "strong"]


def _loss_verb_before(s: Sentence, q: QSpan) -> str | None:
    """ "killed 40 Russian troops": a loss verb right before the number governs it."""
    start = _verb_end(s, q)
    hits = [
        (a, m) for m in LOSS_METRICS for a, b in s.find(f"losses.{m}", max(0, start - 3), start)
        if b == start
    ]  # fmt: skip
    if not hits:
        return None
    return "casualties" if any(m == "casualties" for _, m in hits) else min(hits)[1]


def _loss_reach_start(s: Sentence, q: QSpan) -> int:
    """Where a loss word before the number may stand: within `_loss_reach`, and not before a
    new clause ("12 soldiers were killed when up to 800 guerrillas attacked": the attackers
    are no loss)."""
    lo = max(0, q.start - _loss_reach(s, q))
    for k in range(q.start - 1, lo - 1, -1):
        if s.low[k] in _CLAUSE_OPENERS:
            return k + 1
    return lo


_CLAUSE_OPENERS = words("when while whereas because")  # not "since February", "after the war"


def _loss_reach(s: Sentence, q: QSpan) -> int:
    """How far back a loss word still owns the number: a whole clause after a link verb
    ("total combat losses ... have thus reached 757,690 personnel"), else LOSS_BEFORE."""
    if (q.start > 0 and s.low[q.start - 1] in _LINKS) or s.low[q.start] in THRESHOLD_WORDS:
        return LOSS_BEFORE_LINKED
    return LOSS_BEFORE


def _loss_tail(
    s: Sentence, q: QSpan, out: list[Figure], context: Context
) -> tuple[int | None, str, Entity | None, bool] | None:
    """A number whose loss word follows it, with no noun: "lost over 4,000 killed and wounded",
    "100 killed and about 1,000 wounded", "including some 300 killed", "at twelve killed"."""
    tail = [
        (b, m) for m in LOSS_METRICS for a, b in s.find(f"losses.{m}", q.end, q.end + 4)
        if a == q.end
    ]  # fmt: skip
    if not tail:
        return None
    metric = "casualties" if any(m == "casualties" for _, m in tail) else max(tail)[1]
    if metric == "captured" and s.low[q.end] not in ("captured", "prisoners", "pows"):
        return None
    before = q.start
    if before > 1 and s.low[before - 1] in ("another", "further"):
        before -= 2 if s.low[before - 2] == "a" else 1  # "and another 289 captured"
    prev = s.low[before - 1] if before > 0 else ""
    if out and prev in _COORDINATION:
        return q.end, metric, out[-1].subject, out[-1].anaphoric
    if out and prev in _TALLY_VERBS and out[-1].metric in LOSS_METRICS:
        # "37 soldiers have been killed ..., and the army has reported more than 400 wounded"
        return q.end, metric, out[-1].subject, out[-1].anaphoric
    if prev in _LOSS_VERBS:
        return q.end, metric, _subject(s, q, None), False
    if prev in _LINKS or s.low[q.start] in THRESHOLD_WORDS:  # "losses have exceeded 4,000 ..."
        owner = [a for m in LOSS_METRICS for a, _ in s.find(f"losses.{m}", 0, q.start)]
        if owner:
            subject = _possessive(s, max(owner))
            if subject is not None:
                return q.end, metric, subject, False
        if context.force or context.metric:
            return q.end, metric, None, True
    return None


def _coordinated_loss(
    s: Sentence, q: QSpan, out: list[Figure]
) -> tuple[int | None, str, Entity | None, bool] | None:
    """ "killed 40 Russian troops and wounded 120": the second verb's number counts the same
    force; "killed 40 and wounded 120 Russian soldiers": the first shares the second's noun."""
    metric = _loss_verb_before(s, q)
    if metric is None:
        return None
    end = _verb_end(s, q)
    verb = next(a for m in LOSS_METRICS for a, b in s.find(f"losses.{m}") if b == end)
    if out and verb > 0 and s.low[verb - 1] in ("and", ","):
        return None, metric, out[-1].subject, out[-1].anaphoric
    if q.end + 1 < len(s) and s.low[q.end] in ("and", ","):
        for later in s.quantities:
            if later.start > q.end and _loss_verb_before(s, later):
                if later.start - q.end > 4:
                    break
                noun, kind = _forward_noun(s, later)
                if noun is not None and kind == "strong":
                    return noun, metric, _subject(s, later, noun), False
                break
    return None


_CLOSING_QUOTES = ('"', "”", "’")
_OF_ITS_OWN = (["of", "its", "own"], ["of", "their", "own"], ["of", "our", "own"])
_OF_THOSE = (["of", "those"], ["of", "them"], ["of", "these"])
_LOSS_AUX = words("were was had have has been are is")


def _loss_count_after(s: Sentence, q: QSpan, out: list[Figure], context: Context) -> Frame | None:
    """A bare count that a loss word follows, continuing a loss just counted: 'killed and
    "around 380,000" wounded', "9 members of the ELN died and 4 more were captured", "close
    to 1,000 more had been wounded" (after a sentence counting the dead)."""
    k = q.end + (q.end < len(s) and s.low[q.end] in _CLOSING_QUOTES)
    more = k < len(s) and s.low[k] in ("more", "others")
    k += more
    for _ in range(3):
        if k < len(s) and s.low[k] in _LOSS_AUX:
            k += 1
    metric = next(
        (m for m in LOSS_METRICS for a, _ in s.find(f"losses.{m}", k, k + 3) if a == k), None
    )
    if metric is None:
        return None
    prev = q.start - 1 - (q.start > 0 and s.low[q.start - 1] in _OPEN_QUOTES)
    listed = prev >= 0 and s.low[prev] in ("and", ",")
    value = q.quantity.value or q.quantity.low or q.quantity.high or 0
    if out and (listed or more) and out[-1].metric in LOSS_METRICS + ("troops",):
        return None, metric, out[-1].subject, out[-1].anaphoric
    if not out and more and context.metric in LOSS_METRICS and value >= MIN_BARE_FIGURE:
        return None, metric, context.subject, True
    of_those = s.low[:2] in _OF_THOSE
    if not out and of_those and context.force and value >= MIN_BARE_FIGURE:
        return None, metric, context.subject, True  # "Of those, we believe at least 1,000 are
        # dead": the forces the sentence before counted
    return None


def _earlier_force(s: Sentence, q: QSpan) -> Entity | None:
    """Whose forces "of them" refers to: the owner of the last personnel noun before it."""
    nouns = s.find("force_nouns.strong", 0, q.start)
    if not nouns:
        return None
    a, _ = nouns[-1]
    return _subject_between(s, max(0, a - 3), a) or _possessive(s, a)  # "Kim Jong Un's soldiers"


def _is_partitive_total(s: Sentence, q: QSpan) -> bool:
    return (
        q.start >= 3
        and s.low[q.start - 2 : q.start] == ["of", "the"]
        and (s.is_quantity_token(q.start - 3))
    )


ARMY_LOSSES_REACH = 9  # "the army's own losses stood at 27 dead": tokens back to "the army's"


def _army_losses_before(s: Sentence, q: QSpan) -> bool:
    """A national army's own losses, its country unnamed: "the army's own losses stood at 27
    dead", "the military's death toll rose to 40"."""
    window = s.low[max(0, q.start - ARMY_LOSSES_REACH) : q.start]
    owned = any(
        window[i] == "the" and window[i + 1] in _ARMY_HEADS and window[i + 2] in ("'s", "’s")
        for i in range(len(window) - 2)
    )
    return owned and not _LOSS_HEADS.isdisjoint(window)


_RANKS = words("ranks soldiers troops personnel servicemen forces men")


def _own_ranks(s: Sentence, q: QSpan, noun: int) -> bool:
    """Losses a national army counts in its own ranks, its country unnamed: "the national army
    had recorded 212 killed ... in its ranks", "the military has lost 40 dead among its men"."""
    if not _definite_army(s, q, noun):
        return False
    after = s.low[noun + 1 : noun + 12]
    return any(
        after[i] in ("in", "among", "within")
        and after[i + 1] in ("its", "their", "our")
        and after[i + 2] in _RANKS
        for i in range(len(after) - 2)
    )


def _definite_army(s: Sentence, q: QSpan, noun: int | None) -> bool:
    """ "the army has 100,000 troops": a national force named without its country."""
    lo = max(0, q.start - 6)
    window = s.low[lo : q.start]
    return any(
        window[i] == "the"
        and (
            window[i + 1] in _ARMY_HEADS
            or (window[i + 1] in _NATIONAL and window[i + 2 : i + 3] in (["army"], ["armed"]))
        )
        for i in range(len(window) - 1)
    )


_ARMY_HEADS = ("army", "military", "armed")
_NATIONAL = words("national regular federal government country's state")


_SENT_TO = words("deployed sent posted stationed assigned dispatched guard guarding guards")


def _sent_to_guard(s: Sentence, noun: int) -> bool:
    """ "20,000 military personnel have been deployed to streets and prisons": the prison is
    where they serve, not where they are held."""
    return not _SENT_TO.isdisjoint(s.low[noun + 1 : noun + HELD_REACH])


def _loss_after(s: Sentence, noun: int) -> str | None:
    """Loss words after the noun, crossing coordinated figures but not "14 of them", and not
    into another clause ("..., and Pyongyang has lost", "units that took heavy losses",
    "as many as it has lost")."""
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
        w, nxt = s.low[k], s.low[k + 1 : k + 2]
        if s.is_quantity_token(k):
            continue  # "more than 3,000" is a qualifier, not a comparison
        if (
            w in (";", ".", "but", "while", "whereas", "although", "despite", "than", "compared")
            or (w == "," and nxt in (["and"], ["but"], ["as"], ["while"], ["where"]))
            or (w in ("that", "which") and k > noun + 1)
            or (w == "as" and nxt == ["many"] and not s.is_quantity_token(k))
        ):
            hi = k
            break
    return _loss_metric(s, noun + 1, hi)


Frame = tuple[int | None, str, Entity | None, bool]  # noun, metric, subject, anaphoric


def _answered_count(s: Sentence, q: QSpan, context: Context, out: list[Figure]) -> Frame | None:
    """The answer to "How many American personnel are in Somalia?": a bare number opening the
    next sentence, after the speaker's label at most ("A: About 1,000, according to the
    Pentagon", "GEN. ANDERSON: Fewer than 500, ma'am") counts the forces the question named."""
    if not context.asked or out or not opens_answer(s, q):
        return None
    return None, context.metric or "troops", context.subject, True


def _owner_label(s: Sentence, q: QSpan, context: Context, out: list[Figure]) -> Frame | None:
    """ "- Azerbaijan's: roughly 65,000" after "- Armenia's armed forces: about 45,000": a
    list item naming only the next owner of the same kind of force."""
    k = q.start - 1
    if out or not context.force or k < 2 or s.low[k] != ":" or s.low[k - 1] not in ("'s", "’s"):
        return None
    m = s.mention_at(k - 2)
    if m is None or m.end != k - 1 or not m.entity.party:
        return None
    return None, context.metric or "troops", m.entity, True


LABEL_DASHES = (":", "—", "–", "-")
_LABEL_NOUNS = words("personnel manpower servicemen troops soldiers")
LABEL_LOSS_BACK = 25  # "the total combat losses of the enemy ... are approximately: personnel"


def _labelled_loss(s: Sentence, q: QSpan, context: Context, out: list[Figure]) -> Frame | None:
    """ "combat losses of the enemy ...: personnel — 1 023 470 (+1 150), tanks — 10 960": a
    daily loss report's line, its count after the label of what is counted."""
    k = q.start - 1
    if out or k < 1 or s.low[k] not in LABEL_DASHES or s.low[k - 1] not in _LABEL_NOUNS:
        return None
    before = s.low[max(0, k - 1 - LABEL_LOSS_BACK) : k - 1]
    lost = any(w.startswith("loss") or w == "lost" for w in before)
    if not (lost or context.metric in LOSS_METRICS or context.loss_heading):
        return None
    subject = None
    for m in s.mentions_in(max(0, k - 1 - LABEL_LOSS_BACK), k - 1):
        if m.entity.party and m.entity.kind in (COUNTRY, ARMED_GROUP):
            near = s.low[m.end : m.end + 3] + s.low[max(0, m.start - 3) : m.start]
            if any(w.startswith("loss") for w in near):
                subject = m.entity  # "Russia's losses", "losses of Russia"
    if subject is None and context.loss_heading:
        subject = context.subject  # "Total Russian combat losses ...:" above the line
    return k - 1, "casualties", subject, False


def opens_answer(s: Sentence, q: QSpan) -> bool:
    """The number opens the sentence, after a speaker's label at most ("A:", "GEN. ANDERSON:")."""
    colon = next((k for k in range(min(len(s), LABEL_TOKENS)) if s.low[k] == ":"), None)
    opening = s.low[colon + 1 if colon is not None else 0 : q.start]
    return all(w in ('"', "“", "-", "—", "–") for w in opening)


BARE_LOSS_AGENT_BACK = 6  # "while JNIM claimed to have killed over 100": tokens to the agent
_BARE_LOSS_AGENTS = words(
    "it they we forces troops fighters army militants rebels jihadists insurgents group side"
)
_BARE_LOSS_END = words(". , ; in on at during near around since over across while and")
BARE_LOSS_FORCE_BACK = 14  # tokens back to the force a bare loss count continues


def _side_kills(s: Sentence, verb: int) -> bool:
    """Whether a party or a fighting side is named just before the verb of loss at `verb`."""
    lo = max(0, verb - BARE_LOSS_AGENT_BACK)
    return any(
        m.entity.party and m.entity.kind != REGION for m in s.mentions_in(lo, verb)
    ) or not _BARE_LOSS_AGENTS.isdisjoint(s.low[lo:verb])


def _after_loss_verb(s: Sentence, q: QSpan, out: list[Figure]) -> Frame | None:
    """ "killing hundreds of soldiers and capturing 70", "more than 30 soldiers were killed,
    while JNIM claimed to have killed over 100": a bare count right after a verb of loss, of
    the forces the sentence just named."""
    metric = _loss_verb_before(s, q)
    if metric is None or (q.end < len(s) and s.low[q.end] not in _BARE_LOSS_END):
        return None
    if out:
        verb = _verb_end(s, q) - 1
        # "killing 27 Houthi fighters and capturing nine": the same side's next loss verb
        coordinated = s.low[verb - 1 : verb] == ["and"] and out[-1].metric in LOSS_METRICS
        if not coordinated and not _side_kills(s, verb):
            return None  # "the strike killed 40 in Gaza": not a side's count of the enemy
        return None, metric, out[-1].subject, out[-1].anaphoric
    nouns = s.find("force_nouns.strong", max(0, q.start - BARE_LOSS_FORCE_BACK), q.start)
    if not nouns:
        return None
    a, _ = nouns[-1]
    return a, metric, _subject_between(s, max(0, a - 4), a + 1) or _possessive(s, a), False


def _of_their_own(s: Sentence, q: QSpan) -> Frame | None:
    """ "had killed 70 mercenaries and had lost 15 of their own": a side's own losses after a
    verb of losing, its people left unsaid."""
    k = q.end
    dead = s.low[k : k + 1] in (["dead"], ["killed"], ["wounded"])  # "four dead of its own"
    k += dead
    if s.low[k : k + 1] != ["of"] or k + 2 >= len(s) or s.low[k + 2] != "own":
        return None
    if s.low[k + 1] not in ("its", "their", "our", "his", "her"):
        return None
    metric = _LOSS_NOUN_METRIC.get(s.low[q.end], "killed") if dead else _loss_verb_before(s, q)
    if metric is None:
        return None
    return k + 2, metric, resolve_pronoun(s, k + 1), False


_SPAN_WORDS = words("past last day hours overnight yesterday today week")
SPAN_REACH = 5  # "including 1,140 over the past 24 hours": words to the span


def _elliptical_count(s: Sentence, q: QSpan, out: list[Figure]) -> Frame | None:
    """A bare number listed after a force just counted in the same sentence, its noun left
    out: "800 soldiers in Estonia and roughly 150 in Poland", "Nepal with 1,100 soldiers,
    followed by Ghana with 870", "Group A fields 20,000 fighters and Group B has roughly
    3,000". The owner named between the two is the new count's; else it is the first's."""
    prev = next((f for f in reversed(out) if f.metric == "troops"), None)
    value = q.quantity.value or q.quantity.low or q.quantity.high or 0
    loss = out[-1] if out and out[-1].metric in LOSS_METRICS else None
    increment = not _SPAN_WORDS.isdisjoint(s.low[q.end : q.end + SPAN_REACH])
    if (
        loss is not None
        and s.low[q.start - 1 : q.start] == ["including"]
        and value >= MIN_BARE_FIGURE
        and not increment  # "including 1,140 in the past day": a change, not a count
    ):
        # "had lost up to 1,395 servicemen ..., including up to 470 in the area of": part of it
        return None, loss.metric, loss.subject, loss.anaphoric
    if prev is None:
        return None
    # the first count's noun, or its number when it had none ("Roughly 2,500 are in Iraq and
    # about 2,000 in Syria" after a sentence counting US troops)
    anchor = prev.noun if prev.noun is not None else prev.q.end - 1
    if value < MIN_BARE_FIGURE or q.start - anchor > ELLIPSIS_REACH:
        return None
    after = q.end + (q.end < len(s) and s.low[q.end] in _MORE)  # "and Romania sent 100 more"
    posted_more = after > q.end and after < len(s) and s.low[after] in _POSTED_MORE
    if after > q.end and s.low[q.start - 1] not in _SENT_MORE and not posted_more:
        return None  # only a sender's "more" ("and Romania sent 100 more") or more posted
        # somewhere ("5,000-7,000 more deployed under bilateral arrangements")
    nxt = s.low[after] if after < len(s) else "."
    origin = s.mention_at(after + 1) if nxt == "from" else None
    if origin is not None and (origin.start != after + 1 or origin.entity.kind != "country"):
        origin = None
    if nxt not in _ELLIPSIS_AFTER and origin is None:
        return None  # "and 150 tanks": a noun of its own follows; not "and 75 from El Salvador"
    between = s.low[anchor + 1 : q.start]
    if any(w in (";", ":") for w in between):
        return None
    k = q.start - 1  # the quantity's span already holds "about", "roughly", "an estimated"
    gapped = s.mention_at(k)  # "5,000 troops, France 2,000 and Italy 1,500": owner, number
    if (
        gapped is not None
        and gapped.end == q.start
        and gapped.start > anchor + 1
        and s.low[gapped.start - 1] in (",", "and")
        and gapped.entity.party
        and gapped.entity.kind != REGION
    ):
        return None, "troops", gapped.entity, prev.anaphoric
    if not any(w in _ELLIPSIS_LINKS for w in between):
        return None
    k -= k > anchor and s.low[k] == "another"
    while k > anchor + 1 and s.low[k] in ("estimated", "an", "a"):
        k -= 1  # "and an estimated 5,000-7,000 more deployed"
    if s.low[k] not in _ELLIPSIS_BEFORE:
        return None  # "and spends 300 million on them": another verb, another count
    owner = None
    for m in s.mentions:
        if anchor < m.start < q.start and m.entity.party and m.entity.kind != REGION:
            j = m.start - 1 - (m.start > 1 and s.low[m.start - 1] == "the")
            before = s.low[j] if j >= 0 else ""
            if before not in _LOC and before != "under":  # "and about 300 in Latvia": a
                # place, not an owner; "under the AU mandate": a mandate
                owner = m.entity
    if origin is not None:
        owner = origin.entity
    return None, "troops", owner or prev.subject, prev.anaphoric


REPORTED_REACH = 4  # "estimates that", "said on Monday that": words from the verb to "that"


def _reported_before(s: Sentence, at: int) -> bool:
    """A reporting or estimating verb introduces the clause at `at` ("estimates that 10,000")."""
    lo = max(0, at - 1 - REPORTED_REACH)
    return s.has("speech", lo, at) or s.has("estimate", lo, at)


_MILITARY_ADJ = words("active-duty duty standing regular armed military fighting combat")


NUMBER_OF_REACH = 30  # "The number of <forces> of <owner> in <place> of <country> has reached"


def _number_of_opening(s: Sentence, at: int) -> int | None:
    """Where a clause opening "the number of <force noun>" starts, when one stands before
    token `at` with no clause break between."""
    for k in range(at - 1, max(-1, at - NUMBER_OF_REACH), -1):
        if s.low[k] in (";", ",", ":") or s.punct[k] and s.low[k] not in ("'s", "-"):
            return None
        if s.low[k : k + 2] == ["number", "of"] and s.has("force_nouns.strong", k + 2, k + 4):
            return k
    return None


_BULLETS = frozenset({"-", "•", "*", "–"})


def _counted_item(s: Sentence) -> Mention | None:
    """The party a list item names before a colon and a count ("- Ethiopia: 2,500"), if the
    sentence is one."""
    k = 1 if s.low[:1] and s.low[0] in _BULLETS else 0
    m = s.mention_at(k)
    if m is None or m.start != k or not m.entity.party or m.end + 1 >= len(s):
        return None
    if s.low[m.end] != ":" or not s.is_quantity_token(m.end + 1):
        return None
    return m


def _list_item_count(s: Sentence, q: QSpan, context: Context) -> Frame | None:
    """A list's next item with no noun ("- Uganda: 4,500 soldiers" then "- Ethiopia: 2,500,
    most of them in the south-west"): the forces of the party the item names, counted like
    the item before."""
    m = _counted_item(s)
    if m is None or m.end + 1 != q.start:
        return None
    if not (context.force and context.age < CONTEXT_REACH and not context.metric):
        return None
    return None, "troops", m.entity, False


def _backward_frame(s: Sentence, q: QSpan, context: Context, out: list[Figure]) -> Frame | None:
    """A bare number whose noun came before it, or an anaphoric one ("Some 400 are deployed")."""
    value = q.quantity.value or q.quantity.low or q.quantity.high or 0
    nxt = s.low[q.end] if q.end < len(s) else "."
    if value < MIN_BARE_FIGURE:
        # "One SDF fighter was killed and two were wounded": the next loss of those just counted
        listed_loss = (
            out
            and q.start > 0
            and s.low[q.start - 1] == "and"
            and nxt in _BARE_VERBS
            and out[-1].metric in LOSS_METRICS
        )
        loss = _loss_after(s, q.end - 1) if listed_loss else None
        if loss:
            return None, loss, out[-1].subject, out[-1].anaphoric
        # "number one", "at number two": ranks and labels, not counts; but "the number of
        # soldiers killed has risen to 13" names its people
        return _number_of_losses(s, q, max(0, q.start - FRAME_BACK), context)
    if nxt == "more" and q.end + 1 < len(s) and s.low[q.end + 1] in _BARE_VERBS:
        nxt = s.low[q.end + 1]  # "Perhaps 1,500 more are spread across neighbouring countries"
    prev = s.low[q.start - 1] if q.start > 0 else ""
    if prev in _OPEN_QUOTES and q.start > 1:
        prev = s.low[q.start - 2]  # 'put Armenian losses at "no fewer than 15" killed'
    force = context.force
    item = _list_item_count(s, q, context)
    if item is not None:
        return item
    # "300 have died and about 2,700 have been", "had identified 114 of the men, and that at
    # least 22 had been killed"
    listed = prev in (",", "and", "that") and bool(out)
    # "The NIS estimates that more than 10,000 have arrived": the forces just named
    content = prev == "that" and force and context.age == 0 and _reported_before(s, q.start)
    if nxt in _BARE_VERBS and (q.start == 0 or prev in _ANAPHORIC_BEFORE or listed or content):
        # forces just counted go on: "..., but only about 4,200 are on the ground"
        troops = next((f for f in reversed(out) if f.metric == "troops"), None)
        loss = _loss_after(s, q.end - 1)
        if troops is None and loss and out:
            troops = out[-1]  # "Some 300 soldiers have died and about 2,700 have been wounded"
        if troops is not None:
            return None, loss or "troops", troops.subject, troops.anaphoric
        if force:
            return None, _loss_after(s, q.end - 1) or "troops", None, True
    if (
        q.quantity.text.lower().endswith("strong")
        and q.start
        and s.low[q.start - 1] in word_set("unit_nouns")
    ):
        a = q.start - 1  # "a force 6,000-strong made up of engineers"
        return a, "troops", _unit_owner(s, a, q.start), False
    if out and q.start >= 2 and s.low[q.start - 2 : q.start] in (["of", "which"], ["of", "whom"]):
        # "around 6,000 combatants, of which some 2,500 are in the Catatumbo": part of that force
        part = out[-1]
        return None, _loss_after(s, q.end - 1) or part.metric, part.subject, part.anaphoric
    if out and q.start >= 1 and s.low[q.start - 1] == "including":
        died = _who_died(s, q.end)
        if died is not None:  # "4,700 soldiers killed or wounded, including roughly 600 who
            part = out[-1]  # died": the dead among them, a count of another metric
            return None, died, part.subject, part.anaphoric
    lo = max(0, q.start - FRAME_BACK)
    opened = _number_of_opening(s, q.start)
    if opened is not None:
        lo = min(lo, opened)  # "The number of servicemen of the DPRK in the Kursk region of the
        # Russian Federation has reached 11 000": a long "number of" subject
    for k in range(q.start - 1, lo - 1, -1):
        if s.low[k] == ";":
            lo = k + 1
            break
    early = (
        _strength_frame(s, q, lo, force)
        or _strong_predicate(s, q, lo, force)
        or _number_of_losses(s, q, lo, context)
        or _put_it_at(s, q, context)
        or _running_total(s, q, out)
        or _compared(s, q, out)
        or _claimed_strength(s, q, force)
    )
    if early is not None:
        return early
    if prev in _APPROXIMATELY and q.start >= 2:
        prev = s.low[q.start - 2]  # "at about 6,000 to 6,500": a range keeps no "about"
    linked = prev in _LINKS or s.low[q.start] in THRESHOLD_WORDS
    unit_of = prev == "of" and q.start >= 2 and s.low[q.start - 2] in word_set("unit_nouns")
    if unit_of and _ends_noun_phrase(nxt):
        nxt = "."  # "its current force of around 80,000 only through ...": no noun follows
    if (nxt not in _AFTER_BARE) and (
        not (nxt in _BARE_VERBS and force and prev in ("“", "", ",", "and"))
    ):
        return None
    if (not linked and not (q.start >= 2 and s.low[q.start - 2 : q.start] == ["as", "high"])) and (
        not (nxt in _BARE_VERBS and force)
    ):
        return None
    strong = s.find("force_nouns.strong", lo, q.start)
    loss_nouns = [
        (a, b) for a, b in s.find("losses.killed", lo, q.start)
        if s.low[a] in ("losses", "death") or (s.low[a] in _DEATH_NOUNS and _military_noun(s, a))
    ] + s.find("losses.casualties", lo, q.start)  # fmt: skip
    strong = strong or _owned_roles(s, lo, q.start)
    if strong:
        a, _ = strong[-1]
        subject = _subject_between(s, max(lo, a - 4), a + 1) or _possessive(s, a)
        if subject is None and opened is not None:
            subject = _of_owner(s, a)  # "the number of servicemen of the DPRK in ..."
        if subject is None:
            for j in range(max(lo, a - 3), a):
                if s.low[j] in ("its", "their", "his", "her", "our"):
                    subject = _pronoun_owner(s, j, context)
        # "the death toll among Ukrainian troops rose to 43,000": the loss may precede the noun
        metric = _loss_metric(s, max(lo, a - 4), q.start) or "troops"
        if subject is None and not force:
            subject = _subject(s, q, None)
        return a, metric, subject, False
    military_losses = any(s.low[a] == "losses" for a, _ in loss_nouns) or any(
        s.low[a] == "casualties" and _state_casualties(s, a) for a, _ in loss_nouns
    )
    if loss_nouns and (_war_context(s) or force or military_losses):
        a, _ = loss_nouns[-1]
        subject = _possessive(s, a) or _subject(s, q, None)
        metric = _loss_metric(s, a, q.start) or "killed"
        if subject is None and force:
            return a, metric, None, True  # "total casualties are believed to be ..." (same force)
        if subject is None:
            return None
        return a, metric, subject, False
    units = [(a, b) for a, b in s.find("unit_nouns", lo, q.start) if s.low[a] not in _LOOSE_UNITS]
    if units and _puts_at(s, units[-1][1]):
        units = []  # "civilian deaths, which the UN mission puts at 14,000": the mission claims
    if units and _other_count_between(s, units[-1][1], q.start):
        units = []  # "for the French Army, bringing total orders to 151": orders are counted
    if units and linked and (prev != "of" or units[-1][1] == q.start - 1):
        a, _ = units[-1]  # "a force of around 80,000", "the U.S. presence ... to 100,000"
        owner = _unit_owner(s, a, q.start, context)
        armed = owner is not None and owner.kind == ARMED_GROUP
        military = (
            s.has("strength_verbs", lo, q.start)
            or s.has("triggers.deployment")
            or not _MILITARY_ADJ.isdisjoint(s.low[max(lo, a - 4) : a])
        )  # "has an active-duty force of roughly 150,000"
        if _war_context(s) or force or armed or military:
            return a, "troops", owner, False
    strength = next(
        (k for k in range(q.start - 1, lo - 1, -1) if s.low[k] == "strength"), None
    )  # "puts total active-duty strength at about 450,000", "troop strength down to 11,000"
    if (
        linked
        and strength is not None
        # "the junta's total strength": a possessive and an adjective may stand between
        and not _MILITARY_STRENGTH.isdisjoint(s.low[max(0, strength - 3) : strength])
    ):
        owner = _possessive(s, strength) or _subject_between(s, max(lo, strength - 4), strength)
        pronoun = next(
            (j for j in range(max(lo, strength - 4), strength) if s.low[j] in ("its", "their")),
            None,
        )
        if owner is None and pronoun is not None:
            owner = _pronoun_owner(s, pronoun, context)  # "Its active-duty strength is ..."
        return strength, "troops", owner, False
    counted = any(  # "puts their number at": not "the number of sham marriages"
        s.low[k] in _COUNT_NOUNS and s.low[k + 1] != "of" for k in range(lo, q.start)
    )  # "The Pentagon's estimate is a little higher, at between 11,000 and 12,000"
    if counted and (force or context.metric):
        # "Kyiv puts the number higher, at 790,000" after a sentence counting losses
        return None, _loss_metric(s, lo, q.start) or context.metric or "troops", None, True
    if nxt in _BARE_VERBS and force and not _after_other_count(s, q, out):
        return None, _loss_after(s, q.end - 1) or "troops", None, True
    return None


_COUNT_NOUNS = words("number figure total tally estimate estimates assessment count")
_FORMATIONS = words(
    "battalions battalion brigades brigade companies company regiments regiment divisions "
    "division units unit battery batteries squadrons squadron"
)
_COUNTED_THINGS = words("orders order contracts purchases deliveries sales budget spending")


def _other_count_between(s: Sentence, lo: int, hi: int) -> bool:
    """Whether a thing other than people is what a number after a unit noun counts."""
    items = word_set("triggers.military_aid_items")
    return any(w in _COUNTED_THINGS or w in items for w in s.low[lo:hi])


def _force_linked_before(s: Sentence, q: QSpan) -> bool:
    """ "the total of military effectives in the zone arrives at more than 10,000 men and
    women": forces named before a number that a linking word ties to them."""
    k = q.start - 1
    while k >= 0 and s.is_quantity_token(k):
        k -= 1
    if k < 0 or s.low[k] not in _LINKS:
        return False
    forces = s.find("force_nouns.strong", max(0, q.start - FRAME_BACK), k)
    if s.low[k] == "of" and any(b == k for _, b in forces):
        return True  # "Russian reinforcements of 2,500 men"
    return any(not _TALLIED.isdisjoint(s.low[max(0, a - 3) : a]) for a, _ in forces)


_TALLIED = words("total number tally count headcount strength")


def _puts_at(s: Sentence, k: int) -> bool:
    """Whether a put-verb and "at" follow: the words before are who puts a figure, not what."""
    return k + 1 < len(s) and s.low[k] in _PUT_VERBS and s.low[k + 1] == "at"


def _after_other_count(s: Sentence, q: QSpan, out: list[Figure]) -> bool:
    """ "Four people died and 40 were injured": a bare count coordinated with an earlier count
    that was not a force figure counts the same (civilian) people."""
    if q.start == 0 or s.low[q.start - 1] not in ("and", ","):
        return False
    figures = {f.q.start for f in out}
    return any(x.end <= q.start and x.start not in figures for x in s.quantities)


def _ends_noun_phrase(word: str) -> bool:
    """Whether a word after a number starts something other than its noun: a function word,
    an adverb or a participle ("a force of 5,000 stationed in", "of 80,000 only through")."""
    return word in _STOP or word in _AFTER_BARE or word.endswith(("ly", "ed", "ing"))


def _military_noun(s: Sentence, at: int) -> bool:
    """ "Russian military dead", "fighter deaths", "troop fatalities": the dead are soldiers
    (not "the number of Britons dead or missing in the disaster")."""
    before = s.low[max(0, at - 3) : at]
    return any(w in _WAR_WORDS for w in before) or s.has("force_nouns.strong", max(0, at - 3), at)


def _strength_frame(s: Sentence, q: QSpan, lo: int, force: bool = False) -> Frame | None:
    """ "the Russian grouping numbers about 620,000", "Hezbollah numbers some 30,000", "the
    army is fielding 100,000", "the ranks of Wagner swelled to 50,000", "our troops number
    about 6,000"; "it numbers about 880,000" when the sentence before named a force."""
    verbs = [a for a, b in s.find("strength_verbs", max(0, q.start - 3), q.start) if b == q.start]
    if not verbs:
        return None
    verb = verbs[0]
    m = s.mention_at(verb - 1)
    if m is not None and m.entity.kind == ARMED_GROUP:
        return None, "troops", m.entity, False
    units = s.find("unit_nouns", lo, verb)
    if not units:  # "our troops number about 6,000", "the fighters now number 3,000"
        units = [
            (a, b)
            for a, b in s.find("force_nouns.strong", lo, verb)
            if verb - b <= 1 or _placed_between(s, b, verb)
        ]
    if not units and force and s.low[verb - 1] in ("it", "they", "these", "those"):
        return None, "troops", None, True
    if not units:
        return None
    a, _ = units[-1]
    return a, "troops", _unit_owner(s, a, verb), False


PLACE_PHRASE_MAX = 6  # "in eastern Democratic Republic of Congo now": words of a place phrase
_PLACE_FILLERS = words("the eastern western northern southern central now still currently")


def _placed_between(s: Sentence, b: int, verb: int) -> bool:
    """Only a place between a force and its strength verb ("Russian troops in Mali now number
    about 1,000"): a preposition of place, then names and a few fillers."""
    if not 2 <= verb - b <= PLACE_PHRASE_MAX or s.low[b] not in ("in", "inside", "across", "on"):
        return False
    return all(s.words[k][:1].isupper() or s.low[k] in _PLACE_FILLERS for k in range(b + 1, verb))


SUBSET_LOSS_REACH = 4  # "among them roughly 650 who died": tokens to the loss word
_TALLY_HEADS = words("number numbers toll count tally")
_HEDGE_ADVERBS = words("likely probably possibly now already still perhaps well")
_RISE_VERBS = words("reached risen rose climbed exceeded exceeds passed hit put")
NUMBER_OF_BACK = 20  # tokens from "the number of" to the number
LOSS_LINK_REACH = 12  # loss word to number: "killed in eastern Congo has risen to 13"


def _number_of_losses(s: Sentence, q: QSpan, lo: int, context: Context) -> Frame | None:
    """ "put the number of Russians killed at between 20 and 30", "the number of soldiers
    wounded has risen to 400": a loss count whose people are named inside "the number of"."""
    lo = min(lo, q.start - NUMBER_OF_BACK)  # "The number of ... killed in the eastern ..."
    for k in range(q.start - 1, max(lo, 1) - 1, -1):
        if s.low[k] != "of" or s.low[k - 1] not in _TALLY_HEADS:
            continue
        loss = next(
            (
                j
                for j in range(k + 1, q.start)
                if s.low[j] in _LOSS_NOUN_METRIC or s.low[j] == "died"
            ),
            None,
        )
        if loss is None or q.start - loss > LOSS_LINK_REACH or s.has("not_personnel", k, q.start):
            return None
        if any(s.is_quantity_token(j) for j in range(loss, q.start)):
            return None  # another count stands between
        link = q.start - 1
        while link > loss and s.low[link] in _HEDGE_ADVERBS:
            link -= 1  # "is likely between 150,000 and 200,000"
        if s.low[link] not in (_LINKS | _RISE_VERBS) - {"of"}:
            return None  # "the number of casualties was being verified and ... of two positions"
        metric = _loss_metric(s, loss, loss + 3) or _LOSS_NOUN_METRIC.get(s.low[loss], "killed")
        owner = _subject_between(s, k + 1, loss + 1)
        pronoun = next((j for j in range(k + 1, loss) if s.low[j] in _OWNER_PRONOUNS), None)
        if owner is None and pronoun is not None:
            owner = resolve_pronoun(s, pronoun)  # "the number of its fighters killed"
        if owner is None and loss == k + 1 and context.force and context.subject is not None:
            return loss, metric, context.subject, True  # "the real number of dead is likely"
        forces = s.find("force_nouns.strong", k + 1, loss)
        if not forces and not (owner is not None and _war_context(s)):
            return None  # "the number of people killed", "of Britons dead in the disaster"
        return loss, metric, owner, False
    return None


_COPULAS = words("is are was were be been stands stood remains remain 's")
_COPULA_ADVERBS = words("now still already currently today reportedly believed thought said")
_BEFORE_NUMBER = _COPULA_ADVERBS | {"to"}  # between the copula and the number
_COPULA_CHAIN = _COPULA_ADVERBS | _COPULAS  # "is believed to be", "has been"


def _strong_predicate(s: Sentence, q: QSpan, lo: int, force: bool = False) -> Frame | None:
    """ "the dissidents are now over a thousand strong", "the RSF is 40,000 strong", "the
    brigade, at 3,000 strong, ...": a force's size said of it after a copula."""
    if not _says_strong(s, q):
        return None
    k = q.start - 1
    while k >= lo and s.low[k] in _BEFORE_NUMBER:
        k -= 1
    if k < lo or (s.low[k] not in _COPULAS and s.low[k] != "at"):
        return None
    k -= 1
    while k >= lo and s.low[k] in _COPULA_CHAIN:
        k -= 1  # "is believed to be", "has been"
    m = s.mention_at(k) if k >= lo else None
    if m is not None and m.entity.party:
        return None, "troops", m.entity, False
    nouns = [
        (a, b)
        for a, b in s.find("force_nouns.strong", lo, k + 1) + s.find("unit_nouns", lo, k + 1)
        if b >= k  # the noun the copula is said of, not one further back
    ]
    if nouns:
        a = min(a for a, _ in nouns)
        return a, "troops", _unit_owner(s, a, q.start), False
    if force and k >= lo and s.low[k] in ("it", "they"):
        return None, "troops", None, True
    return None


def _unit_owner(s: Sentence, unit: int, upto: int, context: Context | None = None) -> Entity | None:
    """Whose unit: "the Russian grouping", "its current force", "Sudan's army fields a force",
    "the ranks of the Wagner Group"; with `context`, "its" may mean the forces the sentence
    before named ("Its active-duty strength is ...")."""
    owner = _subject_between(s, max(0, unit - 3), unit)
    if owner is not None:
        return owner
    for j in range(max(0, unit - 4), unit):
        if s.low[j] in ("its", "their", "his", "her", "our"):
            return resolve_pronoun(s, j) if context is None else _pronoun_owner(s, j, context)
    owner = _possessive(s, unit)
    if owner is not None:
        return owner
    for m in s.mentions_in(unit + 1, upto):
        if m.entity.party and s.low[m.start - 1] not in _LOC:
            return m.entity
    return None


_PUT_VERBS = words("put puts putting places placed placing estimates estimated estimate")


RELATIVE_PUT_REACH = 10  # "whose number Bujumbura has never disclosed but which diplomats put at"


def _put_by_relative(s: Sentence, q: QSpan) -> Frame | None:
    """ "Burundian troops, whose number Bujumbura has never disclosed but which diplomats put
    at around 10,000": the force before the relative clause, put at a number by its speaker."""
    k = q.start
    if k < 4 or s.low[k - 1] != "at" or s.low[k - 2] not in _PUT_VERBS:
        return None
    rel = next(
        (
            j
            for j in range(k - 3, max(0, k - RELATIVE_PUT_REACH) - 1, -1)
            if s.low[j] in ("which", "whose")
        ),
        None,
    )
    if rel is None:
        return None
    first = next(
        (j for j in range(rel, 0, -1) if s.low[j] in ("which", "whose") and s.low[j - 1] == ","),
        None,
    )
    if first is None:
        return None
    nouns = [
        (a, b) for a, b in s.find("force_nouns.strong", max(0, first - 4), first) if b == first - 1
    ]
    if not nouns:
        return None
    a, _ = nouns[-1]
    return a, "troops", _subject_between(s, max(0, a - 3), a + 1) or _possessive(s, a), False


def _speakers(s: Sentence, ent: Entity | None, before: int) -> bool:
    """Whether `ent` is named before the number only as a speaker or a speaker's owner ("South
    Korea's spy agency puts ...", "United Nations experts estimate ...")."""
    ms = [m for m in s.mentions if m.end <= before and ent is not None and m.entity == ent]
    return bool(ms) and all(_names_a_speaker(s, m) for m in ms)


def _names_a_speaker(s: Sentence, m: Mention) -> bool:
    if m.entity.kind == "agency":
        return True
    after = s.low[m.end : m.end + 4]
    if after[:1] and after[0] in word_set("speaker_nouns.anonymous") | word_set("speaker_heads"):
        return True  # "United Nations experts"
    return after[:1] in (["'s"], ["’s"]) and not word_set("speaker_heads").isdisjoint(after[1:])


def _puts_the_unit_at(s: Sentence, q: QSpan) -> bool:
    """ "puts the contingent at 11,000": a unit the sentence names only as "the" unit."""
    k = q.start
    return (
        k >= 4
        and s.low[k - 1] == "at"
        and s.low[k - 2] in word_set("unit_nouns")
        and s.low[k - 3] in ("the", "this", "that", "its", "their")
        and (s.low[k - 4] in _PUT_VERBS or s.low[k - 4] in _ASSESS)
    )


def _put_it_at(s: Sentence, q: QSpan, context: Context) -> Frame | None:
    """ "Estimates of Eritrea's army vary; the institute put it at about 200,000": "it" is the
    force the sentence (or the one before) named."""
    k = q.start
    if k >= 4 and s.low[k - 1] == "at" and s.low[k - 2] in _PUT_VERBS:
        frame = _put_by_relative(s, q)
        if frame is not None:
            return frame
    if k < 3 or s.low[k - 1] != "at" or s.low[k - 2] not in ("it", "them"):
        return None
    if s.low[k - 3] not in _PUT_VERBS:
        return None
    units = s.find("unit_nouns", 0, k - 3) or s.find("force_nouns.strong", 0, k - 3)
    if units:
        a, _ = units[-1]
        return a, "troops", _unit_owner(s, a, k - 3), False
    if context.force and context.age == 0:
        return None, "troops", context.subject, True
    return None


def _claimed_strength(s: Sentence, q: QSpan, force: bool) -> Frame | None:
    """ "the 300,000 to 400,000 the junta says it commands": a size its owner claims, the
    number first, then who says it has that many."""
    k = q.end
    if k < len(s) and s.low[k] in ("that", "which"):
        k += 1
    m = s.mention_at(k + 1) if k < len(s) and s.low[k] == "the" else s.mention_at(k)
    if m is not None and m.entity.party:
        owner: Entity | None = m.entity
        k = m.end
    elif k + 1 < len(s) and s.low[k] == "the" and s.low[k + 1] in word_set("titles"):
        owner, k = None, k + 2  # "the junta says", "the army claims"
    else:
        return None
    if k + 2 >= len(s) or s.low[k] not in word_set("speech"):
        return None
    if s.low[k + 1] not in ("it", "they") or s.low[k + 2] not in _CLAIMED_HAVE:
        return None
    if owner is None and not (force or _war_context(s)):
        return None  # "the 3,000 the ministry says it has" counts forces only among forces
    return None, "troops", owner, False


def _running_total(s: Sentence, q: QSpan, out: list[Figure]) -> Frame | None:
    """ "lost 1,230 troops ..., bringing its total to nearly 910,000": the same count, summed
    or moved ("has 110,000 troops there and could raise that number to 150,000")."""
    if not out or q.start == 0 or s.low[q.start - 1] not in ("to", "at", "of", "reached"):
        return None
    base = out[-1]
    tallies = s.find("tally_nouns", base.q.end, q.start) or [
        (k, k + 1)
        for k in range(base.q.end + 1, q.start)
        if s.low[k] in ("number", "figure")
        and s.low[k - 1] in ("that", "this", "the")
        and s.low[k + 1] != "of"  # "taking the number of British personnel to": its own count
    ]  # "could raise that number to as many as 150,000": the same count, moved
    if not tallies:
        return None
    k = tallies[-1][0]
    # "bringing the total number of Russian soldiers in the region to 4,500": the tally says
    # whose; "the total in Ukraine" only where
    named = [
        m.entity
        for m in s.mentions_in(k, q.start)
        if m.entity.party and m.entity.kind != REGION and "of" in s.low[m.start - 2 : m.start]
    ]
    return k, base.metric, named[0] if named else base.subject, base.anaphoric


def _compared(s: Sentence, q: QSpan, out: list[Figure]) -> Frame | None:
    """ "about 123,000 personnel, compared with roughly 3,000 in the Guyana Defence Force": the
    same count for the force named after the number."""
    if not out:
        return None
    k = q.start - 1
    if k >= 0 and s.low[k] in ("with", "to"):
        k -= 1
    if k < 0 or s.low[k] not in _COMPARISON:
        return None
    # "in the Guyana Defence Force"; not "around the start of the Russian invasion"
    after = [
        m
        for m in s.mentions_in(q.end, q.end + 6)
        if m.entity.party
        and _COMPARED_OWNER.intersection(s.low[m.start - 2 : m.start])
        and not _COMPARED_TIME.intersection(s.low[q.end : m.start])
    ]
    return None, out[-1].metric, after[0].entity if after else out[-1].subject, False


_COMPARED_OWNER = words("in of for from")
_COMPARED_TIME = words("start beginning end outbreak since before after during when")


def _noun_owner(s: Sentence, q: QSpan, noun: int) -> bool:
    """Whether the counted noun names its owner: "40 Russian troops", "12 of its soldiers",
    "30 fighters from the group"."""
    return (
        _subject_between(s, q.end, noun + 1) is not None
        or _owner_pronoun(s, q, noun) is not None
        or _of_owner(s, noun) is not None
    )


def _owner_pronoun(s: Sentence, q: QSpan, noun: int) -> int | None:
    """Where "its"/"their" owns the counted noun ("12 of its soldiers"), if anywhere."""
    return next((j for j in range(q.end, noun) if s.low[j] in _OWNER_PRONOUNS), None)


_REMOVAL = (
    "withdr", "pull", "remov", "recall", "evacuat", "transfer", "mov", "redeploy", "relocat",
    "expel", "out", "leav", "left", "exit", "shift", "rotat",
)  # fmt: skip
REMOVAL_REACH = 7  # tokens before "from" in which a verb taking forces out of a place is read


def taken_out(s: Sentence, k: int) -> bool:
    """Whether "from" at token k follows a verb that takes forces out of a place ("withdrew
    its 1,000 troops from Chad"): the place they were in, not their owner or origin."""
    return any(w.startswith(_REMOVAL) for w in s.low[max(0, k - REMOVAL_REACH) : k])


_OWNER_ADJECTIVES = words(
    "paramilitary rebel militant jihadist armed allied rival insurgent separatist islamist "
    "extremist notorious powerful"
)


def _of_owner(s: Sentence, noun: int) -> Entity | None:
    """The party after the noun that owns it ("30 fighters from the group", "of Hezbollah",
    "40,000 troops from various countries under NATO's direct command")."""
    commander = _under_command_of(s, noun)
    if commander is not None:
        return commander
    if s.low[noun + 1 : noun + 2] == ["from"] and taken_out(s, noun + 1):
        return None  # "will withdraw its 1,000 troops from Chad": France's, in Chad
    if noun + 2 < len(s) and s.low[noun + 1] in ("from", "of"):
        m = s.mention_at(noun + 2) or s.mention_at(noun + 3)
        if m is None:  # "members of the Kurdish-led Syrian Democratic Forces"
            k = noun + 2
            while k < min(len(s), noun + OWNER_REACH) and s.mention_at(k) is None:
                if not (
                    s.low[k] in ("the", "-")
                    or s.low[k] in _BACKING
                    or s.low[k] in _OWNER_ADJECTIVES
                    or s.words[k][:1].isupper()
                ):
                    break
                k += 1
            m = s.mention_at(k) if k < len(s) else None
        while m is not None and _backer(s, m):
            # "fighters of the Turkish-backed Syrian National Army": the army, not its backer
            m = next((x for x in s.mentions if x.start > m.end and x.start <= m.end + 3), None)
        if m and m.entity.party:
            return m.entity
    return None


OWNER_REACH = 8  # tokens after "of" to the owner's name: "of the Kurdish-led Syrian Democratic"
COMMAND_REACH = 6  # "troops from various countries under NATO's direct command"


def _under_command_of(s: Sentence, noun: int) -> Entity | None:
    """ "under NATO's (direct) command", "under the command of the African Union" soon after
    the noun: whose forces they are, whoever sent them."""
    for k in range(noun + 1, min(len(s) - 2, noun + COMMAND_REACH)):
        if s.low[k] != "under":
            continue
        m = s.mention_at(k + 1) or s.mention_at(k + 2)
        if m is None or not m.entity.party:
            return None
        rest = s.low[m.end : m.end + 3]
        of_form = s.low[k + 1 : k + 4] == ["the", "command", "of"]
        if of_form or "command" in rest:
            return m.entity
        return None
    return None


_BACKING = words("backed led based allied supported aligned affiliated linked sponsored funded")


def _backer(s: Sentence, m: Mention) -> bool:
    """A name fused to a participle that describes the next name ("Turkish-backed")."""
    return (
        s.low[m.end : m.end + 1] == ["-"]
        and s.low[m.end + 1 : m.end + 2] != []
        and (s.low[m.end + 1] in _BACKING)
    )


def _victims(
    s: Sentence, q: QSpan, noun: int, subject: Entity | None, home: Callable[[], Entity | None]
) -> Entity | None:
    """Whose losses a count of unnamed people is. Generic enemy nouns ("45 insurgents",
    "terrorists") count militants, never the state that reports them; after a verb by which
    the sentence's subject inflicts the loss ("the army said it killed", "JNIM claimed to have
    killed 100 soldiers") the people counted are that subject's enemy: for an armed group,
    the state where it fights (the place named after the figure, else the article's country)."""
    if _noun_owner(s, q, noun):
        return subject
    if s.low[noun] in word_set("generic_enemies"):  # an armed group's own militants stay its
        return subject if subject is not None and subject.kind == ARMED_GROUP else MILITANTS
    inflicted = any(
        b == q.start for _, b in s.find("inflicting_verbs", max(0, q.start - 3), q.start)
    )
    if not inflicted or subject is None or subject.kind != ARMED_GROUP or subject is MILITANTS:
        return subject
    for m in s.mentions:
        if m.start >= q.end and m.entity.kind in (COUNTRY, REGION) and m.entity.country:
            return load_lexicon().countries.get(m.entity.country) or home()
    state = home()
    return state if state is not None and state.party != subject.party else None


def _possessive(s: Sentence, at: int) -> Entity | None:
    """The entity owning the noun at `at` ("Hezbollah's death toll", "Lebanon's armed forces")."""
    for j in range(at - 1, max(-1, at - 6), -1):
        m = s.mention_at(j)
        if m and m.entity.party:
            return m.entity
    return None
