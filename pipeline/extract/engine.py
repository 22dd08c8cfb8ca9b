"""Article text -> events: the order of work, in one place.

1. A cheap regular-expression prefilter drops paragraphs with no military or diplomatic word
   (most of a general news feed); only the rest is tokenized by spaCy.
2. Each kept paragraph is segmented into sentences; gazetteer mentions and quantities are
   located on tokens.
3. Per sentence: force figures (figures.py) with their claimant (attribution.py) become
   deployment or intelligence_estimate events; trigger words make deployment,
   diplomatic_request and military_aid events; negated and hypothetical ones are dropped.
4. Repeats of the same event in one article are dropped.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import replace
from functools import cache
from itertools import pairwise

from pipeline.extract.attribution import (
    ASIDE_PREPS,
    QUOTE_LOOKAHEAD,
    Claim,
    Discourse,
    claimant,
    dateline_of,
    group_named_within,
    in_relative_clause,
    label_speaker,
    note_sentence,
    quote_speaker,
    quoting,
    resolve_speaker,
    text_dateline,
)
from pipeline.extract.figures import (
    _YEAR,
    COUNTED_SUBJECTS,
    EARLIEST_CURRENT_YEAR,
    ENEMY_REACH,
    GROUP_SUBJECT_REACH,
    LABEL_DASHES,
    LABEL_LOSS_BACK,
    LOSS_METRICS,
    Context,
    Figure,
    dateline_end,
    find_figures,
    model_fighters,
    next_context,
    opens_answer,
    refuted,
    resolve_pronoun,
    rumoured,
    taken_out,
)
from pipeline.extract.lexicon import (
    AGENCY,
    ARMED_GROUP,
    COUNTRY,
    INTERNATIONAL,
    MEDIA,
    PERSON,
    REGION,
    RESEARCH,
    Entity,
    load_lexicon,
    words,
)
from pipeline.extract.model import Event, EventType, Quantity
from pipeline.extract.names import DATE_WORDS, learn_affiliations, learn_homonyms, learn_names
from pipeline.extract.nlp import (
    FORCE_HEADS,
    FORCES_FUNDED,
    GOVERNMENT_KINDS,
    GROUP_TARGETS,
    TRAIN_WORDS,
    TRAINED_NOUNS,
    Tokens,
    hot_sentences,
    needs_next,
    sentence_spans,
)
from pipeline.extract.numbers import find_quantities, trie_regex
from pipeline.extract.sentence import Mention, QSpan, Sentence, phrases, word_set
from pipeline.extract.tables import TableRow, place_of, source_of, subject_of, table_rows

HEADLINE_MAX_CHARS = 200  # a first line longer than this is body text, not a headline
CONTEXT_SENTENCES = 2  # sentences before a hot one read for who "the ministry" or "he" is
AID_VERB_REACH = 10  # "pledged a new package of weapons": the verb sits near what it gives
FORCE_OBJECT_WINDOW = 10  # "sent 28 armoured vehicles and some 600 troops to": the object
ABROAD_REACH = 8  # tokens around a figure where "in the mission" / "in the region" still bind
FICTION_MIN_WORDS = 2  # distinct words of fiction that make an article a game's or a film's
WRAPPED_SHARE = 0.3  # more open line ends than this: the text is hard-wrapped
_LOC_PREPS = words("in to into inside across from near on at within toward towards")
_TARGET_CUES = words(
    "assisting assist alongside help helping support supporting backing back behalf"
)
_GROUP_TARGETS = GROUP_TARGETS
_PHRASE_BETWEEN = words("during in at at after before last this earlier")
_COORDINATED_FILLER = words("we they he she it has have had also then later separately again")
_CLAUSE_HARD = frozenset({";", ":", "“", "”", '"', "—", "–", "that"})
_NOT_SUBJECT = _LOC_PREPS | {"with", "by", "of", "from", "about", "for"}
_FORCE_HEADS = FORCE_HEADS
_SELF_MILITARY = words(
    "mobilisation mobilization mobilised mobilized mobilise mobilize call-up callup deployment "
    "deployed redeployed incursion raiding"
)
_COMPASS = words(
    "the eastern western northern southern central north south east west occupied northeastern "
    "northwestern southeastern southwestern neighbouring neighboring nearby"
)
_PORTIONS = words("parts part areas much most swathes swaths stretches")
_INTO_VERBS = words("raiding raided raid entered entering invaded invading crossed occupying")
_AUDIENCES = words("reporters journalists the a an parliament lawmakers congress media")
_MOVE_VERBS = words("move moved moving")
_PASSIVE_AUX = words("is are was were be been being")
_SEND_VERBS = words(
    "send sends sent sending dispatch dispatched dispatching move moved moving employ employs "
    "employed station stationed keep keeps kept keeping maintain maintains hire hires hired hiring "
    "rush rushes rushed rushing contribute contributes contributed contributing gathered"
)
_TIME_BETWEEN = words(
    "on again today yesterday also repeatedly publicly privately monday tuesday wednesday "
    "thursday friday saturday sunday"
)
_ASIDE_STARTS = ASIDE_PREPS | {"speaking"}  # "Netanyahu, speaking in Jerusalem, urged"
_REQUEST_NOUNS = words("request requests demand demands appeal appeals call calls")
# words before "demand" that make it the market's ("strong demand from India")
_MARKET_DEMAND = words(
    "strong stronger strongest weak weaker weakest growing rising falling soaring booming "
    "sluggish slowing robust firm healthy high higher low lower increased huge global domestic "
    "consumer consumers energy oil gas import export seasonal underlying"
)
_REQUEST_BLOCK_BEFORE = frozenset({"when", "was", "were", "being", "been", "is", "are"})
_MILITARY_WORDS = words(
    "troops troop soldiers forces military army personnel reservists reserves brigades "
    "brigade contingent peacekeepers peacekeeping mercenaries fighters trainers servicemen "
    "instructors advisers militants units presence"
)


def _blocks(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, is_headline) paragraphs.

    Every line is a paragraph, except in hard-wrapped text (many mid-sentence line ends),
    where only blank lines separate paragraphs. A short first line is the headline.
    """
    lines = [
        (m.start(), m.end())
        for m in re.finditer(r"[^\n]+", text)
        if text[m.start() : m.end()].strip()
    ]
    if not lines:
        return []
    # a line that stops mid-sentence and goes on in lower case on the next: a list of headlines
    # has open ends too, but each next line starts a new item with a capital
    open_ends = sum(
        1
        for (a, b), (c, _) in pairwise(lines)
        if text[a:b].rstrip()[-1:] not in '.!?"”’):' and text[c:].lstrip()[:1].islower()
    )
    wrapped = len(lines) >= 4 and open_ends / len(lines) > WRAPPED_SHARE
    out: list[list[int]] = []
    for a, b in lines:
        if out and wrapped and text[out[-1][1] : a].count("\n") == 1:
            out[-1][1] = b
        else:
            out.append([a, b])
    blocks = [(a, b, False) for a, b in out]
    if len(blocks) > 1:
        a, b, _ = blocks[0]
        first = text[a:b].strip()
        # a quoted headline ends in its quotation mark, with no full stop inside it
        if len(first) <= HEADLINE_MAX_CHARS and first.rstrip('"”’')[-1:] not in ".!?":
            blocks[0] = (a, b, True)
    return blocks


def _sentences(
    tokens: Tokens, base: int, hot: list[tuple[int, int]], now_year: int | None = None
) -> list[Sentence]:
    mentions = _without_topic_names(tokens)
    bounds = [*tokens.sent_starts, len(tokens.low)]
    out = []
    m = h = 0  # the next mention; the first hot span not wholly before this sentence
    for first, last in pairwise(bounds):
        s = Sentence(tokens, first, last, base + tokens.idx[first])
        s.now_year = now_year
        while m < len(mentions) and mentions[m][0] < first:
            m += 1  # a mention across a sentence boundary belongs to neither sentence
        k = m
        while k < len(mentions) and mentions[k][0] < last:
            start, end, ent = mentions[k]
            if end <= last:
                s.mentions.append(Mention(start - first, end - first, ent))
            k += 1
        end = s.offset + len(s.text)
        while h < len(hot) and hot[h][1] <= s.offset:
            h += 1  # hot spans are in text order: one pointer, not a scan per sentence
        s.hot = h < len(hot) and hot[h][0] < end
        if not s.hot:
            out.append(s)  # context only: its names and speakers matter, not its numbers
            continue
        for q in find_quantities(s.text):
            a = s.char_token(q.start)
            b = s.char_token(max(q.start, q.end - 1)) + 1
            s.quantities.append(QSpan(a, b, q))
        out.append(s)
    return out


def _without_topic_names(tokens: Tokens) -> list[tuple[int, int, Entity]]:
    """The run's mentions less countries named only as a topic: "the Iran nuclear deal", "the
    Iraq-Iran war" (both), not "the Israel war cabinet"."""
    mentions = tokens.mentions
    low = tokens.low
    topics = word_set("topic_nouns")
    if topics.isdisjoint(low):
        return mentions
    starts = {m[0]: i for i, m in enumerate(mentions)}
    dropped: set[int] = set()
    for i, (_, end, ent) in enumerate(mentions):
        if ent.kind != COUNTRY:
            continue
        chain, k = [i], end
        while k + 1 < len(low) and low[k] == "-" and k + 1 in starts:
            j = starts[k + 1]
            chain.append(j)
            k = mentions[j][1]  # "the Iraq-Iran war", "the Israel-Hamas war"
        while k < len(low) and low[k] in _TOPIC_FILLERS:
            k += 1  # "the Iran nuclear deal"
        if k < len(low) and low[k] in topics and not _party_compound(low, k):
            dropped.update(j for j in chain if mentions[j][2].kind == COUNTRY)
    return [m for i, m in enumerate(mentions) if i not in dropped]


_TOPIC_FILLERS = words("nuclear peace border trade arms gas grain hostage prisoner")


def _party_compound(low: list[str], k: int) -> bool:
    """Whether the words at `k` are a state's own body or means ("war cabinet", "war planes")."""
    return any(tuple(low[k : k + len(p)]) == p for p in phrases("party_compounds"))


def _location(s: Sentence, lo: int = 0) -> Entity | None:
    """The most specific place: a subdivision named after `lo` beats its country."""
    place = _place(s, lo)
    if place is not None and place.kind != REGION:
        for m in s.mentions:
            if m.start >= lo and m.entity.kind == REGION and m.entity.country == place.name:
                return m.entity
    return place


def _place(s: Sentence, lo: int = 0) -> Entity | None:
    """The first place after a locative preposition (from `lo` on, else anywhere), or the
    object of a verb that moves forces ("raiding southern Lebanon")."""
    for m in s.mentions:
        k = _word_before_place(s, m.start)
        if k >= 0 and s.low[k] in _INTO_VERBS and m.entity.kind in ("country", REGION):
            return m.entity
    for start in (lo, 0):
        for m in s.mentions:
            if m.start < start or m.start == 0:
                continue
            k = _word_before_place(s, m.start)
            if s.low[k] in _LOC_PREPS and (m.entity.kind in ("country", REGION)):
                if s.low[k - 1 : k + 1] == ["according", "to"]:
                    continue  # "according to the Bundeswehr": a source, not a place
                if s.low[k] == "from" and (_origin(s, k) or _destination_after(s, m)):
                    continue  # "1,000 troops from Chad arrived in Mali": where they come from
                if _where_spoken(s, k):
                    continue  # "speaking by phone from Nairobi", "told reporters in Kyiv"
                if _demonym_border(s, m):
                    continue  # "near the Malian border": either side of it, so neither
                if _owner_of_a_thing(s, m):
                    continue  # "injured in India's missile attacks": whose attacks
                if _language(s, m):
                    continue  # "said in a communiqué in French": the statement's language
                return m.entity
    return None


def _language(s: Sentence, m: Mention) -> bool:
    """A people's word that names a language ("in French", "in Arabic and English"), with no
    noun after it that it would describe ("in French Guiana", "in Russian territory")."""
    if m.end - m.start != 1 or s.low[m.start] not in word_set("languages"):
        return False
    k = m.end
    while k + 1 < len(s) and s.low[k] in ("and", "or") and s.low[k + 1] in word_set("languages"):
        k += 2
    return (
        k >= len(s)
        or not (s.words[k][:1].isupper() or s.low[k].isalpha())
        or s.low[k] in _LANGUAGE_FOLLOWERS
    )


_LANGUAGE_FOLLOWERS = words("that on to saying which by from with at as after before")


def _owner_of_a_thing(s: Sentence, m: Mention) -> bool:
    """A country in the possessive before its attacks ("injured in India's missile and drone
    attacks", "losses from Israel's operation"): who attacks, not where."""
    if m.end + 1 >= len(s) or s.low[m.end] not in ("'s", "’s"):
        return False
    return s.has("attack_nouns", m.end + 1, m.end + 2)


_SPOKEN_FROM = words("speaking talking writing calling phoning")
_SPOKEN_TO = words("reporters journalists conference briefing lawmakers parliament interview")
SPOKEN_REACH = 6  # "speaking by phone from Nairobi": words from the participle to the place


def _where_spoken(s: Sentence, prep: int) -> bool:
    """The place after `prep` is where somebody spoke, not where forces are."""
    if prep > 0 and s.low[prep] in ("in", "at") and s.low[prep - 1] in _SPOKEN_TO:
        return True  # "told reporters in Kyiv", "a news conference in Seoul"
    for k in range(prep - 1, max(-1, prep - 1 - SPOKEN_REACH), -1):
        if s.low[k] in (",", ";", "(") or s.punct[k]:
            return False
        if s.low[k] in _SPOKEN_FROM:
            return True
    return False


def _demonym_border(s: Sentence, m: Mention) -> bool:
    """ "the Malian border", "the Ukrainian frontier": a border named by a people's adjective
    lies between two states, not inside the one it names ("the Kursk border area" does)."""
    return (
        s.low[m.end : m.end + 1] in (["border"], ["frontier"])
        and m.entity.kind == COUNTRY
        and s.text_of(m.start, m.end) != m.entity.name
    )


def _word_before_place(s: Sentence, at: int) -> int:
    """The token before a place named at `at`, past the words that only narrow it: "in
    (the) northern", "in North and South Kivu", "in parts of northeastern Tigray"."""
    k = at - 1
    while k > 0 and s.low[k] in _COMPASS:
        k -= 1
    if k > 1 and s.low[k] == "and" and s.low[k - 1] in _COMPASS:
        k -= 2
    if k > 1 and s.low[k] == "of" and s.low[k - 1] in _PORTIONS:
        k -= 2
        while k > 0 and s.low[k] in _COMPASS:
            k -= 1
    return k


def _destination_after(s: Sentence, m: Mention) -> bool:
    """Whether "from <m>" runs on to a destination ("moved 2,000 troops from Belarus to the
    Kursk region"): the forces end up there, so that is where they are."""
    k = m.end
    while k < len(s) and s.low[k] in _COMPASS | {"'s", "’s", "soil", "territory"}:
        k += 1
    if s.low[k : k + 1] not in (["to"], ["into"], ["toward"], ["towards"]):
        return False
    nxt = next((x for x in s.mentions if x.start > k), None)
    return nxt is not None and nxt.start - k <= 3 and nxt.entity.kind in ("country", REGION)


def _origin(s: Sentence, k: int) -> bool:
    """Whether "from" at token k names where forces come from ("troops from Chad", "75 from
    El Salvador"), not where they are taken out of ("withdrew its troops from Niger")."""
    prev = k - 1
    if prev < 0 or not (
        s.like_num[prev]
        or any(b == k for _, b in s.find("force_nouns.strong", max(0, prev - 2), k))
        or s.low[prev] in word_set("unit_nouns")
    ):
        return False
    return not taken_out(s, k)


_HOST_VERBS = words("host hosts hosted hosting")
HOST_REACH = 4  # "Poland now hosts about 10,000 American troops": verb to number


def _host_of(s: Sentence, at: int) -> Entity | None:
    """The country that hosts the forces counted at `at` ("Poland hosts about 10,000 American
    troops"): the subject right before a verb of hosting."""
    for k in range(at - 1, max(0, at - HOST_REACH) - 1, -1):
        if s.low[k] not in _HOST_VERBS:
            continue
        j = k - 1
        while j > 0 and s.low[j] in ("now", "already", "currently", "also", "still"):
            j -= 1
        m = s.mention_at(j)
        if m is not None and m.end == j + 1 and m.entity.kind == "country":
            return m.entity
    return None


def _loc_fields(ent: Entity | None) -> tuple[str | None, str | None]:
    if ent is None:
        return None, None
    if ent.kind == REGION:
        lex = load_lexicon()
        country = lex.countries.get(ent.country or "")
        if ent.code and country:
            return f"{country.name} ({ent.name})", ent.code
        return ent.name, ent.code
    return ent.party, ent.code


def _historical(s: Sentence) -> bool:
    if s.has("historical"):
        return True
    return any(int(m.group(1)) < EARLIEST_CURRENT_YEAR for m in _YEAR.finditer(s.text))


def _hedged(s: Sentence) -> bool:
    for a, _b in s.find("hedges"):
        if s.low[a] == "may" and s.words[a] == "May":
            continue
        return True
    return False


def _negated_before(s: Sentence, at: int, window: int = 10, weighing: bool = False) -> bool:
    """A negation in the words before `at`, within its clause: "ruled out sending combat
    troops, although it trains Ukrainian soldiers" denies the troops, not the training."""
    opened = next((k + 1 for k in range(at - 1, -1, -1) if s.low[k] in _NEW_CLAUSE), 0)
    for a, _b in s.find("negation", max(opened, at - window), at):
        if s.low[a] == "no" and a + 1 < len(s) and s.low[a + 1] in ("more", "fewer", "less"):
            continue
        if s.low[a] == "without" and s.has("manner_phrases", a, a + 3):
            continue  # "withdraw its forces without delay and called on Congo"
        if weighing and _double_negation(s, a):
            continue  # "Seoul no longer ruled out supplying weapons": aid it now weighs (but
            # "did not rule out sending troops" sends none)
        return True
    return any(
        s.low[a] in ("denied", "denies", "rejected", "rejects", "dismissed")
        for a, _ in s.find("negation", opened, at)
    )


_RULED = words("ruled rule rules excluded excludes exclude")


def _double_negation(s: Sentence, a: int) -> bool:
    """ "no longer ruled out", "did not rule out": the negation word at a, or the ruling out
    it negates, leaves the thing open."""
    if s.low[a] == "no" and s.low[a + 1 : a + 2] == ["longer"] and s.low[a + 2 : a + 3]:
        return s.low[a + 2] in _RULED
    if s.low[a] in ("not", "never") and s.low[a + 1 : a + 2] and s.low[a + 1] in _RULED:
        return True
    if s.low[a] in _RULED:
        return s.low[max(0, a - 2) : a] == ["no", "longer"] or s.low[a - 1 : a] in (
            ["not"],
            ["never"],
        )
    return False


_NEW_CLAUSE = words("; although though whereas")  # a contrast opens what negation cannot reach


def _sentence_subject(s: Sentence, before: int) -> Entity | None:
    for m in s.mentions:
        if m.start >= before:
            break
        if not m.entity.party or m.entity.kind == MEDIA:
            continue
        if m.start > 0 and s.low[m.start - 1] in _LOC_PREPS:
            continue
        return m.entity
    return None


class _Builder:
    """Collects the events of one article, remembering what was already said."""

    def __init__(self, text: str, outlet: str | None, version: str) -> None:
        self.text, self.outlet, self.version = text, outlet, version
        self.events: list[Event] = []
        self.seen: set[tuple] = set()
        self.figures: dict[tuple, Event] = {}

    def add(self, s: Sentence | TableRow, *, registers: bool = False, **fields) -> Event | None:
        """Keep an event unless the article already said it; `registers`: a figure event that
        also stands for its sentence's deployment (later mentions of it are repeats)."""
        numbers = tuple(fields.get(k) for k in ("value", "low", "high"))
        family = "losses" if fields.get("metric") in LOSS_METRICS else "troops"
        etype, actor = fields["type"], fields.get("actor")
        if any(n is not None for n in numbers):
            fkey = (numbers, family, fields.get("subject"))
            earlier = self.figures.get(fkey)
            if earlier is not None and fields.get("source") in (None, earlier.source):
                return None
            if earlier is not None and earlier.source is None:
                earlier.source, earlier.source_text = fields["source"], fields.get("source_text")
                return None
            bare = self.figures.get((numbers, family, None))
            if (
                earlier is None
                and bare is not None
                and bare.source is None
                and fields.get("subject")
            ):
                # a headline's "Four soldiers killed", then the story's "The army says four
                # soldiers were killed": one figure, told fully the second time
                self.events.remove(bare)
                del self.figures[(numbers, family, None)]
            if registers:
                self.seen.add(("deployment", fields.get("subject"), fields.get("location")))
        elif etype == "deployment":
            key = ("deployment", actor, fields.get("location"))
            if key in self.seen:
                return None
            self.seen.add(key)
        elif etype == "diplomatic_request":
            key = (etype, actor, fields.get("target"), fields.get("third_party"), s.offset)
            # a request with no addressee and no subject repeats the actor's earlier one
            vague = fields.get("target") is None and fields.get("third_party") is None
            if key in self.seen or (vague and (etype, actor) in self.seen):
                return None
            self.seen |= {key, (etype, actor)}
        else:
            key = (etype, actor, fields.get("target"), s.offset)
            if key in self.seen:
                return None
            self.seen.add(key)
        start = s.offset
        sentence = s.text.strip()
        start += len(s.text) - len(s.text.lstrip())
        ev = Event(
            sentence=sentence,
            start=start,
            end=start + len(sentence),
            extractor_version=self.version,
            outlet=self.outlet,
            **fields,
        )
        self.events.append(ev)
        if any(n is not None for n in numbers):
            self.figures.setdefault((numbers, family, fields.get("subject")), ev)
        return ev


def extract(text: str, outlet: str | None, version: str) -> list[Event]:
    if not text:
        return []
    runs = _runs(text)
    rows = table_rows(text)
    if not runs and not rows:
        return []  # most articles of a general feed: nothing worth tokenizing
    events = _events(text, runs, rows, outlet, version)
    # a review's legions are nobody's forces; asked last, as most texts yield nothing to drop
    return [] if events and _fiction(text) else _one_estimate_per_claim(events)


def _one_estimate_per_claim(events: list[Event]) -> list[Event]:
    """One event per claim: "the NIS said 1,100 were killed and 3,000 wounded" is one estimate
    stating two figures, "sent 1,200 troops, 300 of them engineers, to Kursk" one deployment.
    Of a sentence's events with the same type, actor and subject (an estimate) or place (a
    deployment), the first with a figure stays the event; the other figures are kept as figures
    of it (type None, the event's type in `extra["figure_of"]`), and a repeat without a figure
    says nothing more and is left out. Annotators count events this way."""
    groups: dict[tuple[str, int, str | None, str | None], list[Event]] = {}
    for e in events:
        if e.type in ("intelligence_estimate", "deployment"):
            place = e.target if e.type != "deployment" else e.location
            groups.setdefault((e.type, e.start, e.actor, place), []).append(e)
    dropped: set[int] = set()
    for (kind, *_), group in groups.items():
        if len(group) < 2:
            continue
        keep = next((e for e in group if _has_figure(e)), group[0])
        for e in group:
            if e is keep:
                continue
            if not _has_figure(e):
                dropped.add(id(e))
                continue
            e.type = None
            e.extra["figure_of"] = kind
            if e.subject is None and kind == "intelligence_estimate":
                e.subject = e.target  # whose forces, as the estimate's target said
    return [e for e in events if id(e) not in dropped]


def _has_figure(e: Event) -> bool:
    return (e.value, e.low, e.high) != (None, None, None)


def _events(
    text: str,
    runs: list[tuple[int, int, list[tuple[int, int]]]],
    rows: list[TableRow],
    outlet: str | None,
    version: str,
) -> list[Event]:
    disc = Discourse(text=text, dateline_country=text_dateline(text))
    out = _Builder(text, outlet, version)
    _table_events(rows, out)
    if not runs:
        return out.events
    memorial = _commemoration(text)
    context = Context(unreal=memorial)
    learn_affiliations(text, disc.learned)
    learn_homonyms(text, disc.learned)
    _seed_letterhead_bodies(text, disc)
    now = _present_year(text)
    final = runs[-1][2][-1][1]  # where the last hot sentence ends
    sections = _numbered_sections(text)
    for a, b, hot in runs:
        if sections and sections[0] <= a:
            while sections and sections[0] <= a:
                start = sections.pop(0)
            end = sections[0] if sections else len(text)
            disc = disc.for_section(start, end)
        disc.last_claim = None  # a run is one paragraph's stretch: claims do not carry over
        disc.run_start = disc.sentence_no
        for k, s in enumerate(sents := _sentences(Tokens(text[a:b]), a, hot, now)):
            learn_names(s, disc.learned)
            if s.hot:
                _sentence_events(sents, k, disc, out, context)
                if s.offset + len(s.text) >= final:
                    return out.events  # what is read after the last hot sentence serves none
            else:
                disc.last_claim = None  # "is believed to" continues only the sentence before
            context = next_context(s, context)
            if memorial and not context.unreal:
                context = replace(context, unreal=True)  # a commemoration tells history
            _update_discourse(s, disc)
    return out.events


# a headline marking an anniversary: "for 145th anniversary", "128 years after Adwa",
# "Fifty years ago today"
_ANNIVERSARY = re.compile(
    r"\b(?:\d{2,3}(?:st|nd|rd|th) anniversary|(?:\d{2,3}|[a-z]+ty(?:-[a-z]+)?) years "
    r"(?:ago|after|since|on)\b|\b1[5-9]\d\d\b)",  # or a year long past: "the war of 1971"
    re.IGNORECASE,
)


MEMORIAL_MIN_YEARS = 20


def _commemoration(text: str) -> bool:
    """An anniversary piece (its headline marks decades since a battle or a war): the figures
    it tells are history unless a sentence sets its own present time."""
    head = text[: text.find("\n")].strip() if "\n" in text else ""
    if len(head) > HEADLINE_MAX_CHARS or head[-1:] in (".", "!", "?"):
        return False  # the first line is a sentence, not a headline
    m = _ANNIVERSARY.search(head) if head else None
    if m is None:
        return False
    years = re.match(r"\d+", m.group(0))
    if years is not None and len(years.group(0)) < 4 and int(years.group(0)) < MEMORIAL_MIN_YEARS:
        return False  # "12 years after deal": a current story's background
    # a headline that also counts ("NPA down to 1,500 fighters as rebels mark 55th
    # anniversary") reports the present
    return not any(c.isdigit() for c in head[: m.start()] + head[m.end() :])


# a digest's numbered item heading ("2. Army sends fresh batch of Blue Helmets"): a line with
# no closing full stop
_NUMBERED_HEADING = re.compile(r"(?m)^[ \t]*\d{1,2}[.)][ \t]+[A-Z][^\n]*[^.!?\n:\s][ \t]*$")
MIN_NUMBERED_SECTIONS = 2


def _numbered_sections(text: str) -> list[int]:
    """Where each item of a digest begins ("1. Kyiv's tally ...", "2. Army sends ..."): each is
    its own story, whose "the Army" or "the ministry" is not the last item's."""
    if "\n2. " not in text and "\n2) " not in text:
        return []  # no second item (nearly every article): no digest
    starts = [m.start() for m in _NUMBERED_HEADING.finditer(text)]
    return starts if len(starts) >= MIN_NUMBERED_SECTIONS else []


# "\b" before the digits as a lookbehind after them: a pattern that opens with a literal lets
# the regex engine skip to the next "1" or "2" in C (a third of the time)
_ANY_YEAR = re.compile(r"(19[0-9]{2}|20[0-9]{2})(?<!\w[0-9]{4})\b")


_BODY_HEADS = "Centre|Center|Institute|Observatory|Foundation|Forum|Council|Monitor|Project"
_BODY_HEAD = re.compile(_BODY_HEADS)
_BODY_NAME = re.compile(
    r"((?:[A-Z][\w'’-]* ){0,8})"  # "Syrian Observatory for ...", "International Institute for ..."
    rf"\b({_BODY_HEADS})"
    r"(?:(?: (?:for|of|on)(?: the)?)((?: [A-Z][\w'’-]*(?: (?:and|&|of|for|on|the)(?= [A-Z]))?)+))?"
)


def _seed_letterhead_bodies(text: str, disc: Discourse) -> None:
    """ "Centre for Sahel Security Studies | Brief No. 14" in a report's letterhead, then "the
    Centre estimates" in its body: the first body named with each head noun anywhere in the
    text is who that noun means until a sentence names another."""
    if _BODY_HEAD.search(text) is None:
        return  # most texts: the full pattern tries every capital, this only the head nouns
    aliases = load_lexicon().aliases
    for m in _BODY_NAME.finditer(text):
        head = m.group(2).lower()
        if head in disc.by_noun:
            continue
        words_before = m.group(1).split()
        while words_before and words_before[0].lower() in _NOT_NAME_OPENERS:
            words_before.pop(0)
        rest = m.group(0)[len(m.group(1)) :].split()
        while len(rest) > 1 and (rest[-1].lower() in DATE_WORDS or rest[-1] in _NAME_LINK_WORDS):
            rest.pop()  # "the Royal United Services Institute on Monday"
        if not words_before and len(rest) == 1:
            continue  # "the Institute" alone names nobody new
        name = " ".join([*words_before, *rest])
        known = aliases.get(name)
        disc.by_noun[head] = [known.party if known is not None and known.party else name]


_NAME_LINK_WORDS = frozenset({"on", "of", "for", "the", "and"})
_NOT_NAME_OPENERS = words("the a an by from at in of for and according to said says")


def _present_year(text: str) -> int | None:
    """The article's present: the latest year it names that has come (a plan "by 2030" is
    not the present), or None when it names none."""
    this_year = datetime.datetime.now(datetime.UTC).year
    years = [int(y) for y in _ANY_YEAR.findall(text) if int(y) <= this_year]
    return max(years) if years else None


@cache
def _fiction_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)({trie_regex(load_lexicon().words['fiction_words'])})s?(?!\w)")


def _fiction(text: str) -> bool:
    """A game's review or a film's: two distinct words of fiction (`fiction_words`, plurals
    too) anywhere; its legions and armies are nobody's forces."""
    return len(set(_fiction_pattern().findall(text.lower()))) >= FICTION_MIN_WORDS


@cache
def _editors_note_pattern() -> re.Pattern[str]:
    notes = sorted(load_lexicon().words["editors_notes"], key=len, reverse=True)
    return re.compile(r"\W*(?:" + "|".join(re.escape(n) for n in notes) + r")\b", re.IGNORECASE)


def _editors_note(text: str, start: int) -> bool:
    """ "CORRECTION, July 28: An earlier version of this article said ... 13 soldiers killed":
    a paragraph about the article itself, whose figures are retracted or restated."""
    return _editors_note_pattern().match(text, start) is not None


def _runs(text: str) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """Stretches of text worth tokenizing: each hot sentence with the CONTEXT_SENTENCES before
    it (pronouns and claimants named there) and any after it that name its claimant, as
    (start, end, hot sentence spans). A run never crosses a paragraph."""
    spans: list[tuple[int, int, int]] = []
    for n, (a, b, head) in enumerate(_blocks(text)):
        if not head and not _editors_note(text, a):
            spans += [(x, y, n) for x, y in sentence_spans(text, a, b)]
    hot = hot_sentences(text, [(x, y) for x, y, _ in spans])
    keep = [False] * len(spans)
    for i, flag in enumerate(hot):
        if not flag:
            continue
        for k in range(max(0, i - CONTEXT_SENTENCES), i + 1):
            keep[k] = True
        for k in range(i + 1, min(len(spans), i + 1 + QUOTE_LOOKAHEAD)):
            if not needs_next(text[spans[i][0] : spans[i][1]], text[spans[k][0] : spans[k][1]]):
                break
            keep[k] = True
    runs: list[tuple[int, int, list[tuple[int, int]]]] = []
    last_block = -1
    for i, (x, y, n) in enumerate(spans):
        if not keep[i]:
            last_block = -1
            continue
        hot_span = [(x, y)] if hot[i] else []
        if runs and n == last_block:
            runs[-1][2].extend(hot_span)  # in place: a long paragraph is not copied per sentence
            runs[-1] = (runs[-1][0], y, runs[-1][2])
        else:
            runs.append((x, y, hot_span))
        last_block = n
    while runs and not runs[-1][2]:
        runs.pop()  # sentences kept after the last hot one for a claimant serve no hot one
    return runs


_GROUP_KINDS = frozenset({ARMED_GROUP, RESEARCH, INTERNATIONAL})  # what "the group" may be


def _update_discourse(s: Sentence, disc: Discourse) -> None:
    named_group = False
    for m in s.mentions:
        if m.entity.kind == "country":
            disc.last_country = m.entity.name
            disc.country_counts[m.entity.name] = disc.country_counts.get(m.entity.name, 0) + 1
        elif m.entity.kind == "agency" and m.entity.party:  # "the IDF", "ISPR": their state's
            disc.country_counts[m.entity.party] = disc.country_counts.get(m.entity.party, 0) + 1
        if m.entity.kind in _GROUP_KINDS and m.entity.party and not named_group:
            # the first one: "JNIM, al-Qaeda's Sahel affiliate," is JNIM; "ACLED has recorded
            # 312 Houthi fighters killed" is ACLED
            disc.last_group, named_group = (m.entity.party, disc.sentence_no), True
    note_sentence(s, disc)


def _in_quotation(s: Sentence, at: int) -> bool:
    """Inside quotation marks, or first-person speech ("We have information that five ...")."""
    first_person = any(w in ("we", "our", "i", "us") for w in s.low[:at])
    return first_person or _inside_quote_marks(s, at)


_ANSWER_LINE = re.compile(r"[ \t]*A[ \t]*:")
_SPOKESPERSON_LINE = re.compile(r"[ \t]*(?:Spokesperson|Spokesman|Spokeswoman)[ \t]*:", re.I)


def _spokesperson_answers(s: Sentence, disc: Discourse) -> bool:
    """Whether the sentence stands in a briefing answer under a "Spokesperson:" label, in an
    article with a dateline (whose state the spokesperson speaks for)."""
    line = disc.text.rfind("\n", 0, s.offset) + 1
    return disc.dateline_country is not None and bool(_SPOKESPERSON_LINE.match(disc.text, line))


def _answers(s: Sentence, disc: Discourse) -> bool:
    """Whether the sentence stands in an interview's answer: its line opens with "A:"."""
    line = disc.text.rfind("\n", 0, s.offset) + 1
    return _ANSWER_LINE.match(disc.text, line) is not None


def _inside_quote_marks(s: Sentence, at: int) -> bool:
    """Inside quotation marks: somebody quoted speaks, not the document's own voice (an
    interview's answer "A: We have formally asked ..." is the voice's)."""
    opens = sum(1 for w in s.low[:at] if w in ("“", '"'))
    closes = sum(1 for w in s.low[:at] if w == "”")
    return opens > closes or (at > 0 and s.low[0] in ("“", '"'))


def _source(claim: Claim) -> str | None:
    return "; ".join(claim.parties) if claim.parties else None


LIST_AFTER_SPEAKER = 2  # sentences from a list's heading to its line of personnel


def _listed_after(disc: Discourse) -> bool:
    """The sentence before named a speaker, as a list's heading does."""
    return (
        bool(disc.last_speaker) and disc.sentence_no - disc.speaker_sentence <= LIST_AFTER_SPEAKER
    )


_ESTIMATE_NOUNS = words("estimate estimates assessment count figure number view")


def _unowned_spokesperson(claim: Claim) -> bool:
    """ "a spokeswoman said", "officials said": a speaker whose body the sentence leaves
    unnamed (the one the sentence before announced, if any)."""
    said = (claim.text or "").lower().split()
    return 0 < len(said) <= 2 and said[-1] in _UNOWNED_SPEAKERS and said[0] != "the"


_UNOWNED_SPEAKERS = words("spokeswoman spokesman spokesperson official officials")
_CONTRIBUTED = words("contingent contingents contributor contributors contribution contributions")


def _list_item(s: Sentence, f: Figure) -> bool:
    """ "- Uganda: 4,500 soldiers": a bullet naming a party, a colon, then the count."""
    return s.low[:1] in (["-"], ["•"], ["*"]) and s.low[f.q.start - 1 : f.q.start] == [":"]


def _note_list_item(s: Sentence, claim: Claim, disc: Discourse) -> None:
    """Remember a list item's claim for the next item, and whether the list counts a
    mission's contributors (said in any item so far: "still the largest contingent")."""
    going_on = disc.list_claim is not None and disc.sentence_no - disc.list_claim[1] <= 1
    contributed = not _CONTRIBUTED.isdisjoint(s.lowset) or (going_on and disc.list_claim[2])
    disc.list_claim = (claim, disc.sentence_no, contributed)


def _contributors_listed(disc: Discourse) -> bool:
    """Whether this sentence is an item of a list of a mission's troop contributors."""
    return (
        disc.list_claim is not None
        and disc.list_claim[1] == disc.sentence_no
        and disc.list_claim[2]
        and all(_is_international(p) for p in disc.list_claim[0].parties)
    )


def _is_international(party: str) -> bool:
    ent = load_lexicon().aliases.get(party)
    return ent is not None and ent.kind == INTERNATIONAL


def _figure_claim(
    s: Sentence, f: Figure, nxt: Sentence | None, disc: Discourse, deploy_verb: bool
) -> Claim:
    background = in_relative_clause(s, f.q.start)
    claim = claimant(s, f.q.start, disc, nxt, clause_vouched=not background)
    item = _list_item(s, f)
    if not claim.parties and not claim.attributed and _answers(s, disc) and disc.voice():
        # "A: Right now there are about a thousand American soldiers in Pabrade.": what an
        # interview's answers state, its interviewee says
        return Claim(disc.voice(), None, True, True)
    said_by = (claim.text or "").lower()
    # "Our estimate is that Russia has" (the claim reads "our"), not "Our intelligence services"
    own_estimate = said_by in ("our", "my") and any(
        s.low[k] == said_by and s.low[k + 1] in _ESTIMATE_NOUNS for k in range(len(s) - 1)
    )
    first_person = said_by in ("i", "we", "i'd", "we'd", "i'm", "we're", "") or own_estimate
    if not claim.parties and (not claim.attributed or first_person):
        speaker = label_speaker(s, disc)  # "JONAS BRANDT: I'd say 3,000 or so fighters"
        if speaker is not None:
            return speaker
        voice = disc.voice()
        others = f.subject is None or f.subject.party not in voice
        if own_estimate and voice and others and not quoting(s):
            return Claim(voice, claim.text, True, True)  # a briefing's "our estimate" (of
            # somebody else's forces: a voice guessed as the counted side's is a wrong guess)
    if (
        not claim.parties
        and (not claim.attributed or _unowned_spokesperson(claim))
        and disc.announced_at == disc.sentence_no - 1
        and disc.speaker_sentence == disc.announced_at
        and disc.last_speaker
    ):  # "Ukraine's General Staff gave a grim assessment on Monday. Russia has massed around
        # 110,000 troops on the Pokrovsk axis": what the assessment said
        return Claim(list(disc.last_speaker), None, True, True)
    labelled = f.noun == f.q.start - 2 and s.low[f.q.start - 1] in LABEL_DASHES
    if not claim.parties and (labelled or item) and _listed_after(disc):
        # "Total Russian combat losses, according to the General Staff:" then "- personnel:
        # about 1,000,340": the heading's speaker states its list
        heading = Claim(list(disc.last_speaker), None, True, True)
        _note_list_item(s, heading, disc)
        return heading
    if not claim.parties and item and disc.list_claim:
        listed, at, _ = disc.list_claim
        if disc.sentence_no - at <= 1:  # "- Djibouti: 1,520" after "- Ethiopia: 2,500": the
            _note_list_item(s, listed, disc)  # list's source goes on
            return listed
    if not claim.parties and _official_figures(claim) and _home_state(f.subject):
        # "Israel's military death toll stands at 910, according to official figures": the
        # state's own
        return Claim([_home_state(f.subject)], claim.text, True)
    home = _home_state(f.subject)
    if (
        home
        and claim.parties
        and not claim.named
        and home not in claim.parties
        and _unplaced_state_noun(claim, disc)
        and all(_only_a_place(s, p) for p in claim.parties)
        and dateline_of(s, disc) not in claim.parties  # "VILNIUS - The ministry said"
        # "Ukraine offered a higher count. Its military intelligence directorate said": the
        # pronoun named the state, not a place in the sentence
        and not (claim.text or "").lower().startswith(("its ", "their "))
    ):
        # "The Ministry of Defence said about 900 British personnel are based in Estonia":
        # an unnamed ministry is the one of the forces it counts, not of where they are
        return Claim([home], claim.text, True, claim.estimate)
    if claim.parties or background:
        return claim  # ", which has 10,000 troops,": the outlet's background, not a claim
    # a state acting on its own forces ("Israel is calling up 300,000 reservists") vouches
    # for the number
    mention = _subject_mention(s, f.q.start)
    subj = mention.entity if mention else None
    acts = mention is not None and not _modifies_force(s, mention)
    outsiders = word_set("speaker_nouns.outsiders")
    if "estimated" in s.low[max(0, f.q.start - 2) : f.q.end] or (
        claim.text and any(w.lower() in outsiders for w in claim.text.split())
    ):  # "Russia, which keeps an estimated 4,000 troops", "Russia, analysts said, has
        # 600,000 troops": somebody else's count ("officials said" may be the state's own)
        acts = False
    # (not its losses: "fighting with the RSF left 100 fighters dead" is nobody's count)
    own_force = f.metric == "troops"
    if (
        acts
        and own_force
        and f.subject is not None
        and subj.party == f.subject.party
        and deploy_verb
        and _own_decision(s, f.q.start)
    ):
        return Claim([subj.party], subj.name, True)
    prev = disc.last_claim
    same_force = f.subject is None or (disc.last_claim_subject == f.subject.party)
    # "are believed to be ...", or a sentence naming no actor right after a quoted figure in the
    # same paragraph ("By 2027 the brigade is to reach 4,800 troops"): the same speaker's
    continues = (
        s.has("estimate")
        or (s.low[0] in ("its", "their") and s.has("tally_nouns", 1, 4))  # "Its running total"
        or not any(
            m.entity.party and not (m.start and s.low[m.start - 1] in _LOC_PREPS)
            for m in s.mentions
        )
    )  # places ("moved from Germany to Romania") introduce nobody
    if not claim.attributed and prev is not None and same_force and continues:
        return Claim(list(prev.parties), prev.text, True, True)
    if not claim.attributed and prev is None and continues and disc.speaker_just_before():
        # "The General Staff gave new figures on Monday. Russia lost 1,100 soldiers ..."
        return Claim(disc.speaker_just_before(), None, True, True)
    if not claim.attributed and disc.voice_states_figures():
        return Claim(disc.voice(), None, True, True)  # a ministry's answer states its own figures
    if (
        not claim.attributed
        and disc.voice()
        and f.anaphoric
        and f.noun is None
        and (opens_answer(s, f.q))
    ):
        return Claim(disc.voice(), None, True, True)  # "A: Around 28,500 on paper"
    if not claim.attributed and disc.voice() and _speaks_first_person(s):
        return Claim(disc.voice(), None, True, True)  # "Our wartime strength is 280,000 soldiers"
    return claim


def _figure_event(
    out: _Builder,
    span: Sentence | TableRow,
    etype: EventType | None,
    claimed: tuple[str | None, str | None],
    counted: tuple[str | None, str, Quantity],
    place: tuple[str | None, str | None],
    **fields,
) -> Event | None:
    """One figure as an event: an estimate is its claimant's act on the counted party; any
    other figure is the counted party's own (a deployment, or a bare figure)."""
    (source, source_text), (subject, metric, q), (location, code) = claimed, counted, place
    estimate = etype == "intelligence_estimate"
    return out.add(
        span,
        type=etype,
        actor=source if estimate else subject,
        target=subject if estimate else None,
        location=location,
        location_code=code,
        subject=subject,
        metric=metric,
        value=q.value,
        low=q.low,
        high=q.high,
        qualifier=q.qualifier,
        source=source,
        source_text=source_text,
        **fields,
    )


def _table_events(rows: list[TableRow], out: _Builder) -> None:
    """A fact box's rows: each a figure of the subject column's forces, claimed by the source
    column (an estimate when that is somebody else), deployed where the place column says."""
    for row in rows:
        quantities = find_quantities(row.cells["count"])
        subject = subject_of(row)
        if len(quantities) != 1 or subject is None:
            continue  # "n/a", "-", or two numbers in one cell: nothing certain to record
        q = quantities[0]
        if q.value is None and q.low is None and q.high is None:
            continue
        place = place_of(row)
        location, code = _loc_fields(place)
        source = source_of(row)
        home = _home_state(subject)
        deployed = row.metric == "troops" and _country_name(place) not in (None, home)
        estimate = source is not None and source != subject.party
        etype: EventType | None = (
            "intelligence_estimate" if estimate else "deployment" if deployed else None
        )
        ev = _figure_event(
            out,
            row,
            etype,
            (source, row.cells.get("source") if source else None),
            (subject.party, row.metric, q),
            (location, code),
            registers=etype == "deployment",
            hedged=False,
            confidence=0.7 if source else 0.6,
        )
        if ev is not None and estimate and deployed:
            out.add(
                row,
                type="deployment",
                actor=subject.party,
                location=location,
                location_code=code,
                subject=subject.party,
                metric="troops",
                hedged=False,
                confidence=0.6,
            )


def _only_a_place(s: Sentence, party: str) -> bool:
    """Whether this sentence names `party` only as where something is ("based in Estonia")."""
    ms = [m for m in s.mentions if m.entity.party == party]
    return bool(ms) and all(
        m.entity.kind in (COUNTRY, REGION) and _placed_by(s, m.start) for m in ms
    )


def _placed_by(s: Sentence, at: int) -> bool:
    """A locative preposition governs the name at `at`, perhaps across a list ("in Estonia",
    "close to its borders with Belarus and Russia")."""
    k = at - 1
    while k > 0 and s.low[k] in ("and", ",", "or"):
        before = s.mention_at(k - 1)
        if before is None:
            return False
        k = before.start - 1
    if k < 0:
        return False
    border_with = s.low[k] == "with" and s.low[k - 1 : k] in (["border"], ["borders"], ["frontier"])
    return s.low[k] in _LOC_PREPS or border_with


def _unplaced_state_noun(claim: Claim, disc: Discourse) -> bool:
    """ "the Ministry of Defence", "the Army": a state's body that neither this sentence nor
    an earlier one tied to a state (its state was only guessed from context)."""
    ws = set(re.findall(r"[a-z]+", (claim.text or "").lower()))
    heads = ws & word_set("speaker_heads")
    return bool(ws & word_set("speaker_nouns.state")) and not heads & disc.by_noun.keys()


_OFFICIAL_FIGURES = re.compile(
    r"^(?:the\s+)?official\s+(?:figures|data|statistics|count|counts|tally|numbers|toll)$"
)


_DECISION_WORDS = words(
    "will would shall intends intend plans plan planned decided decides "
    "ordered orders authorized authorised "
    "authorizes authorises approved approves announced announces pledged pledges promised "
    "promises is are mobilise mobilize mobilising mobilizing mobilisation mobilization decree "
    "draft drafting conscripting"
)


def _own_decision(s: Sentence, at: int) -> bool:
    """A state deciding about its own forces ("Israel is calling up 300,000 reservists", "Putin
    ordered a mobilisation of 300,000", "NATO would deploy a 700-strong battalion") vouches for
    its number; what it did or keeps ("France keeps a base of 1,500", "the United States has
    sent 9,000") is the outlet's report."""
    if any(w in _DECISION_WORDS for w in s.low[:at]) or "up" in s.low[max(0, at - 3) : at]:
        return True
    return any(  # "Warsaw may deploy up to 10,000": a plan; "the presence may amount to" is not
        s.low[k] in word_set("modals") and s.low[k + 1] in _PLANNED_MOVES
        for k in range(min(at, len(s) - 1))
    )


_PLANNED_MOVES = _SEND_VERBS | words("deploy dispatch mobilise mobilize call")


def _official_figures(claim: Claim) -> bool:
    return bool(claim.text) and bool(_OFFICIAL_FIGURES.match(claim.text.lower().strip()))


def _platform_speaker(s: Sentence, at: int, disc: Discourse) -> Claim | None:
    """ "Defence Minister Wellington Koo, on Facebook: "More than 10,000 of our personnel
    ...": a post quoted after its author and platform."""
    for c in range(at - 1, 2, -1):
        if s.low[c] != ":":
            continue
        if s.low[c - 1] not in word_set("social_platforms") or s.low[c - 2] != "on":
            return None
        end = c - 2 - (s.low[c - 3] == ",")
        said = resolve_speaker(s, dateline_end(s), end, disc)
        return said if said is not None and said.parties else None
    return None


def _speaks_first_person(s: Sentence) -> bool:
    """ "we", "our" outside quotation marks: the document's own speaker talking."""
    return not quoting(s) and any(
        w in ("we", "our", "us", "We", "Our") for w in s.words
    )  # not "US"


def _modifies_force(s: Sentence, m: Mention) -> bool:
    """ "The Israeli contingent arrived": the name describes the force, it does not act."""
    nxt = s.low[m.end] if m.end < len(s) else ""
    return nxt in _MILITARY_WORDS or nxt in word_set("unit_nouns") or nxt in _FORCE_HEADS


def _subject_mention(s: Sentence, before: int) -> Mention | None:
    start = dateline_end(s)
    for m in s.mentions:
        if m.start < start:
            continue
        if m.start >= before:
            break
        if not m.entity.party or m.entity.kind == MEDIA:
            continue
        if m.start > 0 and s.low[m.start - 1] in _LOC_PREPS:
            continue
        if s.low[m.end : m.end + 1] == ["-"] and s.low[m.end + 1 : m.end + 2] in _COMPOUND_TAILS:
            continue  # "the Kenya-led mission", "Iran-backed militias": a modifier, no subject
        return m
    return None


_COMPOUND_TAILS = [[w] for w in ("led", "based", "backed", "brokered", "allied", "aligned")]


def _sentence_events(
    sents: list[Sentence],
    k: int,
    disc: Discourse,
    out: _Builder,
    context: Context,
) -> None:
    s = sents[k]
    nxt = sents[k + 1] if k + 1 < len(sents) else None

    def home() -> Entity | None:
        main = disc.main_countries(1) or [disc.document_country()]
        return load_lexicon().countries.get(main[0] or "")

    figures = find_figures(s, context, home)
    deploy_hits = [(a, b) for a, b in s.find("triggers.deployment") if _moves_forces(s, a, b)]
    deploy_hits += _pulled_out(s)
    hedged = _hedged(s)
    figure_claims: list[Claim] = []
    made_deployment = False
    for f in figures:
        deploy_verb = any(
            a < f.q.start and s.low[a] not in word_set("standing_verbs") for a, _ in deploy_hits
        ) or any(s.mention_at(a) is None for a, _ in s.find("speech", 0, f.q.start))
        # ("The United States stations ...": "states" inside a name says nothing)
        claim = _figure_claim(s, f, nxt, disc, deploy_verb)
        if claim.parties and _list_item(s, f):
            _note_list_item(s, claim, disc)  # "- Uganda: 4,500 soldiers" under a heading
        if figure_claims and s.low[max(0, f.q.start - 2) : f.q.start] in _PARTITIVE_RELATIVE:
            claim = figure_claims[-1]  # "25,000 fighters, of which about 5,000 ...": one claim
        if not claim.parties and _in_quotation(s, f.q.start):
            claim = _platform_speaker(s, f.q.start, disc) or quote_speaker(sents, k, disc) or claim
        figure_claims.append(claim)
        if f.subject is None and _first_person_owner(s, f.q.start):
            f.subject = _speaking_state(claim)  # '"We have 4,500 troops in Somalia," Uganda's'
        # a report line's label reaches back to its heading ("losses of the enemy ...:
        # personnel — 1 023 470")
        reach = LABEL_LOSS_BACK if f.noun is not None and f.noun < f.q.start else ENEMY_REACH
        if f.subject is None and "enemy" in s.low[max(0, f.q.start - reach) : f.q.start]:
            f.subject = _enemy_of(claim, disc)  # Moscow's "the enemy lost up to 190 servicemen"
        if f.subject is None and f.metric == "troops" and _sent_by_passive(s, f):
            f.subject = _speaking_state(claim)  # "about 20,000 military personnel have been
            # deployed to streets and prisons, according to the Joint Command": its own
        if f.subject is None and _the_group_before(s, f.q.start):
            # "UN monitors estimate the group has 7,000 to 12,000 fighters": the armed group
            # a recent sentence named
            group = _armed_group_just_named(disc)
            f.subject = load_lexicon().aliases.get(group) if group else None
        subject = f.subject.party if f.subject else None
        source = _source(claim)
        estimate = (claim.estimate and claim.attributed) or (
            bool(claim.parties) and f.metric != "troops"
        )
        loc = _location(s, f.q.end) or _host_of(s, f.q.start)
        if loc is None and f.noun is None and context.asked and opens_answer(s, f.q):
            loc = context.where  # "How many ... are in Somalia?" "Fewer than 500."
        location, code = _loc_fields(loc)
        # forces counted in a country not their own are deployed there, verb or no verb
        # (a state's or a state-run group's: a rebel group's own country is where it fights)
        owner_state = _home_state(f.subject)
        abroad = owner_state is not None and _country_name(loc) not in (None, owner_state)
        # a peacekeeping mission or alliance force is always somewhere not its own
        abroad = abroad or (
            f.subject is not None
            and f.subject.kind == INTERNATIONAL
            and (loc is not None or "country" in s.low[f.q.end :] or _fielded_by_body(s, f))
        )
        # a state's forces in a mission, or in a region of several countries ("in the Sahel",
        # "U.S. forces in the region") serve abroad
        abroad = abroad or (
            owner_state is not None
            and (
                (loc is not None and loc.kind == REGION and not loc.country)
                or s.has("abroad_phrases", max(0, f.q.start - ABROAD_REACH), f.q.end + ABROAD_REACH)
            )
        )
        deployed = f.metric == "troops" and (bool(deploy_hits) or abroad)
        etype = _figure_event_type(claim, source, subject, estimate, deployed)
        if etype == "intelligence_estimate" and _contributors_listed(disc):
            # "- Uganda: 4,500 soldiers, still the largest contingent" in the AU's list of its
            # mission's contributors: the mission's own strength, not an estimate of others
            etype = "deployment" if deployed else None
        ev = _figure_event(
            out,
            s,
            etype,
            (source, claim.text),
            (subject, f.metric, f.q.quantity),
            (location, code),
            registers=etype == "deployment" and bool(deploy_hits),
            hedged=hedged,
            confidence=0.8 if source and not f.anaphoric else 0.6,
        )
        if ev is not None and etype == "deployment":
            made_deployment = True
        elif ev is not None and deployed and f.subject is not None:
            # "an estimated 11,000 North Korean soldiers are in Russia, Seoul says": the estimate
            # is one event, the presence it reports another (without repeating the figure)
            out.add(
                s,
                type="deployment",
                actor=subject,
                target=_target(s, f.q.start, f.subject),
                location=location,
                location_code=code,
                subject=subject,
                metric="troops",
                hedged=hedged,
                confidence=0.6,
            )
            made_deployment = True
    named = [(c, f) for c, f in zip(figure_claims, figures, strict=True) if c.parties]
    disc.last_claim = named[-1][0] if named else None  # "are believed to be" continues only this
    last_subject = named[-1][1].subject if named else None
    disc.last_claim_subject = last_subject.party if last_subject else None
    if not made_deployment and not figures:
        _deployment_event(s, deploy_hits, hedged, out)
    _request_events(s, disc, out, hedged)
    _aid_events(s, disc, out, hedged)


_NOT_FIELDING = words("by of in under with from at for")


def _first_person_owner(s: Sentence, at: int) -> bool:
    """ "We have 4,500 troops", "our 300 soldiers", "we lost 14": the speaker's own forces,
    with no other name between the pronoun and the number."""
    for k in range(at - 1, max(-1, at - 5), -1):
        if s.low[k] in ("we", "our"):
            return True
        if s.low[k] not in _OWNING_FILLER:
            return False  # "we have killed more than 300 of the militia's fighters": theirs
    return False


_OWNING_FILLER = words(
    "have 've has got now still currently already lost keep kept maintain a total of some about "
    "around roughly approximately nearly almost over more than"
)


def _enemy_of(claim: Claim, disc: Discourse) -> Entity | None:
    """Whom a state's "enemy" is: the article's other main country."""
    if len(claim.parties) != 1:
        return None
    countries = load_lexicon().countries
    other = next((c for c in disc.main_countries(3) if c != claim.parties[0]), None)
    return countries.get(other) if other and claim.parties[0] in countries else None


def _the_group_before(s: Sentence, at: int) -> bool:
    """ "the group has", "the rebels now field", "the group's strength at": an armed group
    named by its kind right before a count, in the count's clause."""
    for k in range(at - 1, max(0, at - GROUP_SUBJECT_REACH), -1):
        if s.low[k] in (",", ";") or s.low[k] in _ACTS_ON_OTHERS:
            return False  # "the group said it killed more than 100 soldiers": theirs
        if s.has("speech", k, k + 1):
            return False
        if s.low[k] in COUNTED_SUBJECTS and s.low[k - 1] == "the":
            return True
    return False


_ACTS_ON_OTHERS = words("killed kill kills killing captured capture wounded wounding destroyed")


_PERFECT_PASSIVE = words("have has had been were was are is being")
PASSIVE_REACH = 4  # "have been deployed": words from the noun to the participle


def _sent_by_passive(s: Sentence, f: Figure) -> bool:
    """The counted forces are sent by an unnamed agent ("5,000 soldiers have been deployed"):
    a state that says so speaks of its own."""
    if f.noun is None:
        return False
    k = f.noun + 1
    while k < min(len(s), f.noun + 1 + PASSIVE_REACH) and s.low[k] in _PERFECT_PASSIVE:
        k += 1
    return k > f.noun + 1 and k < len(s) and s.low[k] in _SENT_PARTICIPLES


_SENT_PARTICIPLES = words("deployed sent dispatched stationed posted mobilised mobilized")


def _speaking_state(claim: Claim) -> Entity | None:
    """The one state a claim names, whose "we" that is; None for several or for a group."""
    if len(claim.parties) != 1:
        return None
    return load_lexicon().countries.get(claim.parties[0])


def _fielded_by_body(s: Sentence, f: Figure) -> bool:
    """ "UNIFIL still has some 10,000 peacekeepers", "AUSSOM has about 11,000 troops": an
    international force's own strength, named as the subject; not a body that only counts
    others ("estimated by a UN panel", "deputy head of the Security Council")."""
    for m in s.mentions:
        if m.start >= f.q.start:
            return False
        if m.entity is f.subject or m.entity == f.subject:
            before = s.low[max(0, m.start - 2) : m.start]
            return not any(w in _NOT_FIELDING for w in before)
    return False


def _figure_event_type(
    claim: Claim,
    source: str | None,
    subject: str | None,
    estimate: bool,
    deployed: bool,
) -> EventType | None:
    """Which of the four events a figure states, or None when it is a bare figure.

    One party's count of another's forces or losses is an intelligence_estimate; a count of
    forces that are sent, stationed, called up or withdrawn is a deployment. A side's report
    of its own strength or its own dead ("the ministry said 12 of its soldiers were killed")
    and an unattributed count are figures, stored and tracked, but not one of the events.
    """
    other_party = bool(source and subject and subject not in claim.parties)
    if other_party and _same_alliance(claim.parties, subject):
        other_party = False  # "100,000 U.S. troops are in Europe, Stoltenberg confirmed"
    anonymous = not claim.parties and claim.attributed and claim.estimate
    # a monitor or think tank has no forces of its own: whatever it counts is somebody else's
    monitor = bool(source) and subject is None and claim.attributed and claim.kind == RESEARCH
    if other_party or monitor or (estimate and anonymous):
        return "intelligence_estimate"
    return "deployment" if deployed else None


def _same_alliance(parties: list[str], subject: str | None) -> bool:
    """Whether NATO speaks of a member's forces or a member of NATO's."""
    members = load_lexicon().words["nato_members"]  # lower case, names of several words kept
    if parties == ["NATO"]:
        return (subject or "").lower() in members
    return subject == "NATO" and len(parties) == 1 and parties[0].lower() in members


def _home_state(subject: Entity | None) -> str | None:
    """The state whose forces these are: a country or agency's, a state-run group's (Wagner:
    Russia); None for a non-state armed group, which has no "abroad"."""
    if subject is None:
        return None
    if subject.kind in ("country", "agency"):
        return subject.party
    return subject.country


def _country_name(place: Entity | None) -> str | None:
    """The country a place is in ("Kursk Oblast" -> Russia), by its canonical name."""
    if place is None:
        return None
    if place.kind == REGION:
        country = load_lexicon().countries.get(place.country or "")
        return country.name if country else None
    return place.party


def _names_a_thing(s: Sentence, b: int) -> bool:
    """Whether a force word ending before token b is part of a thing's name ("armoured
    personnel carriers", "troop transport vehicles")."""
    return b < len(s) and s.low[b] in word_set("not_personnel")


_PRESENCE_OWNERS = words("military troop naval armed army forces peacekeeping foreign")


def _armed_presence(s: Sentence, i: int) -> bool:
    """ "a military presence", "the Russian presence in Syria"; not "the Commons presence by
    25 seats" or "a presence in Egypt" (a firm's)."""
    if i == 0:
        return False
    before = s.low[i - 1]
    if before in _PRESENCE_OWNERS:
        return True
    m = s.mention_at(i - 1)
    owned = before in ("its", "their") or (
        m is not None and m.entity.kind in (COUNTRY, INTERNATIONAL)
    )
    return owned and _war_words(s)  # "The U.S. military has built up its presence in Europe"


def _war_words(s: Sentence) -> bool:
    return not _PRESENCE_CONTEXT.isdisjoint(s.lowset)


_PRESENCE_CONTEXT = words(
    "war troops soldiers forces military base bases withdrawal occupation deployment mission "
    "conflict border"
)


_FUNDING = words("support supporting fund funding finance financing pay paying sustain")
FUNDED_REACH = 4  # "to support the army's deployment": words from the verb to the noun


def _incapable(s: Sentence, at: int) -> bool:
    """A phrase of capability before `at` that is no offer of forces ("could send", "plans
    to deploy"; not "is ready to send", "has offered to send": an announced dispatch)."""
    offers = phrases("offers")  # cached, a handful of entries
    return any(tuple(s.low[x:y]) not in offers for x, y in s.find("capability", 0, at))


def _deployment_event(s: Sentence, hits: list[tuple[int, int]], hedged: bool, out: _Builder):
    forces = (
        any(
            not _names_a_thing(s, b) and not model_fighters(s, a)
            for a, b in s.find("force_nouns.strong")
        )
        or s.has("naval_forces")
        or any(
            w in _FORCE_HEADS
            and (w != "presence" or _armed_presence(s, i))
            and not _names_a_thing(s, i + 1)
            for i, w in enumerate(s.low)
        )
    )
    self_military = any(
        s.low[a] in _SELF_MILITARY or s.low[a:b] == ["ground", "operation"] for a, b in hits
    )
    if not hits or _historical(s):
        return
    if not (forces or self_military or any(_group_moves(s, a) for a, _ in hits)):
        return
    if s.has("hypothetical") or rumoured(s) or len(s.find("civilian_context")) >= 2:
        return  # a simulation or a rumour moves no forces, nor does a coach
    for a, b in hits:
        if _asks_before(s, a):
            continue  # "called for allies to send troops" is a request, not a deployment
        if _negated_before(s, a) or _incapable(s, a) or refuted(s, a, b):
            continue
        if s.low[a] in _KEEP_VERBS and s.low[b : b + 1] in (["up"], ["on"]):
            continue  # "have kept up attacks on U.S. warships": no forces kept anywhere
        if s.low[a] in ("ordered", "orders") and not _PURCHASED.isdisjoint(s.low[b : b + 6]):
            continue  # "has ordered 2,000 units for delivery next year": a purchase
        if s.low[a] in ("deployment", "deployments") and not _FUNDING.isdisjoint(
            s.low[max(0, a - FUNDED_REACH) : a]
        ):
            continue  # "€20 million to support the Rwandan deployment": money, not a move
        if "any" in s.low[max(0, a - 3) : a] and s.has("modals", a):
            continue  # "any foreign military deployment in Essequibo would be treated as"
        if _question(s):
            continue  # "Is there any talk of Japan sending its own forces?"
        if s.has("conditions") and s.has("modals", max(0, a - 6), a):
            continue
        if any(w in _POSSIBLY for w in s.low[max(0, a - 3) : a]):
            continue  # "Russia may send those forces", "Xi is likely to deploy": a possibility
        passive = a > 0 and s.low[a - 1] in ("are", "were", "is", "was", "been", "be")
        if (
            s.low[a] in _SEND_VERBS
            and not passive
            and not _forces_follow(s, b)
            and not _forces_move_themselves(s, a, b)
        ):
            continue  # "meant to send a clear message"
        if _years_ahead(s, b):
            continue  # "a fighter jet the three countries aim to deploy in 2035": a plan
        if s.low[a] in _ARRIVALS and _traveller_arrives(s, a):
            continue  # "Norway's peace negotiator is due to arrive on Wednesday"
        if s.low[a] in _LEAVINGS and _leaves_a_body(s, b):
            continue  # "left the Economic Community of West African States": a bloc, no forces
        actor = _deployment_actor(s, a)
        if actor is None or not actor.is_state_like:
            continue  # "the League Against Cruel Sports deployed 100 monitors": no forces
        loc = _location(s, a)
        location, code = _loc_fields(loc)
        target = _target(s, a, actor)
        vague = next((q for q in s.quantities if q.quantity.qualifier == "vague"), None)
        named = next((m for m in s.mentions if m.end <= a and m.entity == actor), None)
        # "Guatemala and El Salvador have also said they will send soldiers": each sends
        joined = named is not None and s.low[a] in _COORDINATED_SENDS
        parties = _joined_parties(s, named, a) if joined else [actor.party]
        for party in parties:
            out.add(
                s,
                type="deployment",
                actor=party,
                target=target if target != party else None,
                location=location,
                location_code=code,
                subject=party,
                metric="troops",
                qualifier="vague" if vague else None,
                hedged=hedged or s.has("offers", 0, a),  # "is ready to send": not yet sent
                confidence=0.5,
            )
        return


YEAR_AHEAD_REACH = 4  # "to deploy in 2035", "deploy them by the end of 2027"


def _years_ahead(s: Sentence, b: int) -> bool:
    """A year still to come, after "in" or "by", right after a deployment word."""
    this_year = s.now_year or datetime.datetime.now(datetime.UTC).year
    for k in range(b, min(len(s), b + YEAR_AHEAD_REACH)):
        w = s.low[k]
        if w.isdigit() and len(w) == 4 and int(w) > this_year:
            return "in" in s.low[b:k] or "by" in s.low[b:k]
    return False


_HELP_OF = [[p, n] for p in ("'s", "’s") for n in ("help", "support", "assistance")]
_BOTH_NOUNS = words("countries governments nations neighbours neighbors capitals")
_COORDINATED_SENDS = words(
    "send sends sent sending deploy deploys deployed deploying dispatch dispatched"
)
_ARRIVALS = words(
    "arrive arrives arrived arriving arrival leave leaves leaving left enter entered entering "
    "head heading headed"
)
TRAVELLER_REACH = 8  # "Norway's peace negotiator Erik Solheim is due to arrive": words back


def _traveller_arrives(s: Sentence, a: int) -> bool:
    """Whether who arrives or leaves at `a` is an envoy, a minister or a delegation: a
    traveller named in the words before the verb, with no force noun after it."""
    lo = max(0, a - TRAVELLER_REACH)
    found = [end for _, end in s.find("travellers", lo, a)]
    if not found:
        return False
    after = s.low[max(found) : a]
    return not _any_force(after)


_KEEP_VERBS = words("keep keeps kept keeping")
_POSSIBLY = words("may might could likely unlikely weighing considering mulling")
_GROUP_MOVES = words(
    "withdrew withdraws withdrawn withdrawing pulled pulling pulls moved moving redeployed "
    "deployed arrived arriving left leaving entered reinforced massed"
)
# what may stand between a subject and its verb: auxiliaries and adverbs; for an armed group
# also "fighters"/"forces" ("Hamas fighters have moved")
_AUXILIARIES = words("has have had is are was were been also now reportedly")
_GROUP_VERB_FILLERS = _AUXILIARIES | words("be began begun begins started fighters forces")
_BEFORE_VERB = _AUXILIARIES | words("will would already")  # "North Korea has already sent"


def _group_moves(s: Sentence, at: int) -> bool:
    """An armed group itself the subject of a verb of moving ("the M23 withdrew from Walikale",
    "Hamas fighters have moved into the tunnels"): the group is its own force."""
    if s.low[at] not in _GROUP_MOVES:
        return False
    k = at - 1
    while k > 0 and s.low[k] in _GROUP_VERB_FILLERS:
        k -= 1
    m = next((m for m in s.mentions if m.end == k + 1), None)
    if m is None or m.entity.kind != ARMED_GROUP:
        return False
    # a place it moves from or to right after ("withdrew from Walikale", "pulled out of Mali");
    # "Hamas withdrew from the talks in Cairo" moves nobody
    k = at + 1 + (at + 1 < len(s) and s.low[at + 1] == "out")
    if k < len(s) and s.low[k] in _GROUP_MOVE_PREPS:
        k += 1  # "entered El Fasher" has none
    k += k < len(s) and s.low[k] == "the"
    place = s.mention_at(k)
    if place is None or place.start != k or place.entity.kind not in (COUNTRY, REGION):
        return False
    nxt = s.low[place.end] if place.end < len(s) else "."
    # "entered Lebanese politics": an adjective before its noun, no place
    return not (nxt.isalpha() and nxt not in _AFTER_PLACE)


_GROUP_MOVE_PREPS = words("of from to into in toward towards")
_AFTER_PLACE = words(
    "after on in and at last this over within early late by for with since following before "
    "during overnight yesterday today province region state city town"
)
_PURCHASED = words("delivery deliveries contract from")
_QUESTION_OPENERS = words("is are was were will would could should can does do did has have")


def _question_opener(s: Sentence) -> str | None:
    """The word a question opens with, after a speaker's label ("HOST:", "Mrs Helen Carter
    (Bristol North) (Lab):"); None when the sentence is no question."""
    if not s.low or s.low[-1] != "?":
        return None
    k = next((i + 1 for i, w in enumerate(s.low[:LABEL_MAX]) if w.endswith(":")), 0)
    return s.low[k] if k < len(s) else None


def _yes_no_question(s: Sentence) -> bool:
    """ "Has the United States asked China to step in?", "Will Berlin send Taurus missiles?":
    asks whether it happened, which a request or a pledge is not; a "why" or "what" question
    takes the act as given ("Why did Seoul ask Washington for more troops?")."""
    return _question_opener(s) in _QUESTION_OPENERS


def _question(s: Sentence) -> bool:
    """A question ("Is there any talk of Japan sending its own forces?", "What assessment
    has the Secretary of State made of ... forces deployed to Estonia?") asserts nothing."""
    opener = _question_opener(s)
    return opener in _QUESTION_OPENERS or opener in _WH_WORDS


LABEL_MAX = 12  # tokens of a speaker's label before its colon
_WH_WORDS = words("what which how why when where who whom whose")


_PARTITIVE_RELATIVE = (["of", "which"], ["of", "whom"])


def _asks_before(s: Sentence, at: int) -> bool:
    """A request word before `at` that asks somebody ("told reporters" asks nobody)."""
    for a, b in s.find("triggers.diplomatic_request", 0, at):
        nxt = s.low[b] if b < len(s) else ""
        if s.low[a] == "told" and (nxt in _AUDIENCES or s.mention_at(b) is not None):
            m = s.mention_at(b)
            if m is None or m.entity.kind == MEDIA:
                continue
        return True
    return False


def _moves_forces(s: Sentence, a: int, b: int) -> bool:
    """A sending or hiring verb moves forces only when forces are its object ("sent 300 troops")
    or its subject in the passive ("troops were sent", "1,000 soldiers sent to"); "a report
    sent to the legislature", "sends a wrong signal to separatist forces" and "its hiring
    target" move nobody. Other deployment words say so by themselves."""
    if s.low[a] not in _SEND_VERBS or s.low[a] in _MOVE_VERBS:
        return True  # "4,000 of them are to move to Guam": moving needs no object
    if a > 0 and s.low[a - 1] in _PASSIVE_AUX:
        return True  # "who were sent by Pyongyang"
    before = s.low[max(0, a - 3) : a]
    passive_forces = _any_force(before)
    return passive_forces or _forces_follow(s, b)


_INTO = (["into"], ["to"], ["across"])
_IF_WORDS = words("if unless whether should")
_INTRANSITIVE_MOVES = words("moved moving move moves")
_BEFORE_INTRANSITIVE = words("have has had already also now were was been reportedly then since")


def _forces_move_themselves(s: Sentence, a: int, b: int) -> bool:
    """ "Israeli troops have already moved into Gaza City", "North Korean soldiers moved into
    Russia's Kursk region": forces that are the subject of an intransitive move into a place."""
    if s.low[a] not in _INTRANSITIVE_MOVES or s.low[b : b + 1] not in _INTO:
        return False
    if not _IF_WORDS.isdisjoint(s.low[:a]):
        return False  # "If we see DPRK troops moving to the front lines, ..."
    k = a - 1
    while k > 0 and s.low[k] in _BEFORE_INTRANSITIVE:
        k -= 1
    return any(bb == k + 1 for _, bb in s.find("force_nouns.strong", max(0, k - 2), k + 1))


def _forces_follow(s: Sentence, b: int) -> bool:
    """Whether the object of a sending verb is forces ("sent military trainers to Niger"); the
    object ends where its destination or recipient begins ("sends a signal to the troops")."""
    stops = ("to", ",", ";", ".")
    end = next(
        (
            k
            for k in range(b, min(len(s), b + FORCE_OBJECT_WINDOW))
            if s.low[k] in stops
            and not (s.low[k] == "to" and s.low[k - 1] in ("up", "close"))
            and not (s.low[k] == "," and s.low[k + 1 : k + 2] == ["including"])
        ),
        None,
    )  # ("send up to 1,100 troops": a quantity, not a destination; "sent eight ships,
    # including three frigates, to the Gulf": what the ships are)
    window = s.low[b : end if end is not None else b + FORCE_OBJECT_WINDOW]
    if _any_force(window):
        return True
    if "members" in window and not _GUARDS.isdisjoint(window):
        return True  # "send 10,000 members of the National Guard"
    if s.low[b - 1] in _HOLD_VERBS and not _BASES.isdisjoint(window):
        return True  # "Russia still keeps its 102nd military base in Gyumri"
    hi = end if end is not None else b + FORCE_OBJECT_WINDOW + 1
    # "military advisers", "a second aircraft carrier strike group"
    return bool(s.find("force_nouns.strong", b, hi) or s.find("naval_forces", b, hi))


_GUARDS = words("guard army forces corps militia gendarmerie")
_HOLD_VERBS = words("keep keeps kept keeping maintain maintains station stationed")
_BASES = words("base bases garrison garrisons outpost outposts")


def _any_force(words_: list[str]) -> bool:
    """Whether any of these words is a force head or a one-word force noun."""
    return any(w in _FORCE_HEADS or w in word_set("force_nouns.strong") for w in words_)


def _deployment_actor(s: Sentence, trig: int) -> Entity | None:
    """The owner of a force noun ("North Korean troops", "U.S. military", "its troops") up to
    just after the trigger, else the subject: "Ankara keeps outposts inside Iraq, from which it
    targets PKK militants" is Turkey's, not the PKK's, whose militants come later."""
    if trig >= 2 and s.low[trig - 1] in ("'s", "’s") and s.low[trig] in _MOVE_NOUNS:
        # "to support the army's deployment", "Russia's withdrawal": the owner of the noun
        # moves, not the sentence's subject (an unnamed army: nobody the sentence names)
        m = s.mention_at(trig - 2)
        return m.entity if m is not None and m.entity.is_state_like else None
    return (
        _force_owner(s, 0, trig + OWNER_AFTER_TRIGGER)
        or _subject_right_before(s, trig)
        or _sentence_subject(s, trig + 1)
        or _force_owner(s, trig + OWNER_AFTER_TRIGGER, len(s))
    )


def _subject_right_before(s: Sentence, trig: int) -> Entity | None:
    """A party right before the verb, past its auxiliaries: "The Times reports that North
    Korea has rotated a fresh contingent into Kursk" is North Korea's."""
    k = trig
    while k > 0 and s.low[k - 1] in _BEFORE_VERB:
        k -= 1
    m = next((m for m in s.mentions if m.end == k), None)
    if m is None or not m.entity.is_state_like or m.entity.kind == PERSON:
        return None
    return m.entity


OWNER_AFTER_TRIGGER = 6  # "deployed about 1,500 North Korean troops"
_MOVE_NOUNS = words(
    "deployment deployments withdrawal presence buildup build-up redeployment pullout pull-out "
    "arrival incursion mobilisation mobilization"
)


def _force_owner(s: Sentence, lo: int, hi: int) -> Entity | None:
    for i in range(lo, min(hi, len(s))):
        w = s.low[i]
        if w in _MILITARY_WORDS:
            for m in reversed(s.mentions):  # the nearest: "in Iraq where British forces"
                if (
                    m.end <= i and i - m.end <= 2 and m.entity.party and m.entity.kind != MEDIA
                ) and (m.entity.kind != REGION):
                    return m.entity
            if i > 0 and s.low[i - 1] in ("its", "their"):
                ent = resolve_pronoun(s, i - 1)
                if ent is not None:
                    return ent
            origin = _origin_after(s, i + 1) if i + 1 < len(s) and _origin(s, i + 1) else None
            if origin is not None:
                return origin  # "Soldiers from Guatemala have arrived in Haiti"; not "withdrew
                # its soldiers from Niger", where "from" is the place they leave (`_origin`)
    return None


_PULL_VERBS = words("pull pulls pulled pulling")
PULL_OBJECT_MAX = 4  # "pulling its last fighters out of Mali": words between "pull" and "out"


def _pulled_out(s: Sentence) -> list[tuple[int, int]]:
    """ "was pulling its fighters out of Mali": the phrasal verb with its object inside, which
    the trigger list ("pulling out") cannot match; forces must be that object."""
    hits = []
    for a, w in enumerate(s.low):
        if w not in _PULL_VERBS:
            continue
        for k in range(a + 2, min(len(s), a + 2 + PULL_OBJECT_MAX)):
            if s.low[k] == "out":
                obj = s.low[a + 1 : k]
                if any(x in _MILITARY_WORDS or x in word_set("force_nouns.strong") for x in obj):
                    hits.append((a, a + 1))
                break
            if s.punct[k]:
                break
    return hits


def _origin_after(s: Sentence, k: int) -> Entity | None:
    """The state or group named by "from (the) X" at token k."""
    if s.low[k] != "from":
        return None
    k += 1 + (k + 1 < len(s) and s.low[k + 1] == "the")
    m = s.mention_at(k)
    if m is None or m.start != k or not m.entity.party or m.entity.kind in (MEDIA, REGION):
        return None
    return m.entity


def _target(s: Sentence, at: int, actor: Entity) -> str | None:
    for i in range(len(s)):
        if s.low[i] in _TARGET_CUES:
            for m in s.mentions:
                if (i < m.start <= i + 4 and m.entity.party and m.entity.party != actor.party) and (
                    m.entity.kind not in (REGION, MEDIA)
                ):
                    return m.entity.party
    return None


_SUBJECT_PRONOUNS = frozenset({"it", "we", "he", "she", "they", "i"})
_SEATED_BODIES = words("government authorities officials leadership administration")


def _seated_in(s: Sentence, m: Mention) -> bool:
    """A capital after "the government in" ("the government in Baghdad has asked"): the
    government sits there, so the capital's state asks."""
    return (
        m.start > 1
        and s.low[m.start - 1] == "in"
        and s.low[m.start - 2] in _SEATED_BODIES
        and m.entity.kind == COUNTRY
    )


def _after_relative_clause(s: Sentence, comma: int) -> int:
    """Where the request resumes after ", which/who ..., " or a short aside (", again and
    again, to stop") (else the comma itself)."""
    close = next((k for k in range(comma + 2, min(len(s), comma + 6)) if s.low[k] == ","), None)
    if close is not None and s.low[close + 1 : close + 2] == ["to"]:
        return close + 1  # "asked Kabul, again and again, to stop the TTP"
    if comma + 1 >= len(s) or s.low[comma + 1] not in ("which", "who", "whose", "where"):
        return comma
    for k in range(comma + 2, min(len(s) - 1, comma + 30)):
        if s.low[k] == ",":
            return k + 1
    return comma


def _speaker_np(s: Sentence, lo: int, hi: int) -> bool:
    """ "a foreign ministry spokesperson", "the defence ministry": a phrase that ends in a
    state's or a body's speaker noun, so it can be the subject that asks."""
    ends = any(
        b == hi
        for cls in ("state", "body", "any")
        for _, b in s.find(f"speaker_nouns.{cls}", lo, hi)
    )
    return ends and s.low[lo] in ("a", "an", "the")


def _request_actor(
    s: Sentence, at: int, disc: Discourse, addressed: bool = False
) -> tuple[list[str], str | None]:
    """Who asks: the subject of the clause holding the request word."""
    lo = 0
    for k in range(at - 1, -1, -1):
        if s.low[k] in _CLAUSE_HARD:
            lo = k + 1
            break
    segments, a = [], lo
    for k in range(lo, at):
        if s.low[k] == ",":
            segments.append((a, k))
            a = k + 1
    segments.append((a, at))
    # "we have asked Germany to ..., and we have asked ...": the one asked is no asker
    asked = {b for _, b in s.find("triggers.diplomatic_request") if b <= at}
    last_a = segments[-1][0]
    if last_a >= 2 and s.low[last_a] in ("which", "who") and s.low[last_a - 1] == ",":
        m = s.mention_at(last_a - 2)  # "in Seoul, which has asked the United States to"
        if m is not None and m.entity.party and m.entity.kind not in (MEDIA, REGION):
            return [m.entity.party], s.text_of(m.start, m.end)
    reporter = _reporter_of_that_clause(s, lo)
    if reporter is not None:
        return reporter  # "The White House said that it was monitoring Serbian artillery, and
        # called on Belgrade to withdraw": "it", the White House, asks
    for idx, (a, b) in reversed(list(enumerate(segments))):
        if idx > 0 and a < b and s.low[a] in _ASIDE_STARTS:
            continue  # "Netanyahu, in a message addressed to Guterres, called on": an aside
        if idx > 0 and a < b and s.low[a] in ("which", "who") and idx < len(segments) - 1:
            continue  # "Britain, which leads on Sudan at the Security Council, called on"
        for m in s.mentions:
            if m.start < a or m.end > b or not m.entity.party or m.entity.kind in (MEDIA, REGION):
                continue
            if m.start > 0 and s.low[m.start - 1] in _NOT_SUBJECT and not _seated_in(s, m):
                continue
            if m.start in asked or (m.start - 1 in asked and s.low[m.start - 1] == "the"):
                continue
            if _object_of_a_verb(s, a, m.start):
                continue  # "The foreign ministry summoned Russian Ambassador X and demanded"
            parties, start = _joined_parties(s, m, b), a
            opens = m.start == a or s.low[a : m.start] == ["the"]  # the list goes on here
            listed = _listed_before(s, segments[:idx]) if len(parties) > 1 and opens else []
            if listed:  # "The United States, NATO and the UN all called on"
                start = segments[idx - len(listed)][0]
                parties = [*listed, *(p for p in parties if p not in listed)]
            return parties, s.text_of(start, b)
        seg = s.low[a:b]
        if ("we" in seg or "i" in seg) and disc.voice() and not _inside_quote_marks(s, at):
            return disc.voice(), s.text_of(a, b)  # "I urge the Government of Hungary to"
        if ("we" in seg or "i" in seg) and _spokesperson_answers(s, disc):
            # "Spokesperson: ... We urge the U.S. side to stop": a briefing's spokesperson
            # speaks for the state it is held in
            return [disc.dateline_country], s.text_of(a, b)
        if any(w in _SUBJECT_PRONOUNS for w in seg) and disc.last_speaker:
            return list(disc.last_speaker), s.text_of(a, b)
        if seg[:1] == ["it"] and group_named_within(disc, 1):
            # "The GCC council met in Riyadh. It urged Iran to": the body just named
            return [group_named_within(disc, 1)], s.text_of(a, b)
        if seg[:1] in (["and"], ["but"]) and not _SUBJECT_PRONOUNS.isdisjoint(seg[:3]):
            return [], None  # ", and we have asked ...": the asker is whoever "we" is
    verb = next((k for k in range(lo, at) if s.low[k] in _OBJECT_VERBS), None)
    if verb is not None and _object_of_a_verb(s, lo, at):
        said = resolve_speaker(s, lo, verb, disc)  # "The foreign ministry summoned ..."
        if said is not None and said.parties:
            return said.parties, said.text
    claim = claimant(s, at + 1, disc)
    if claim.parties and not claim.media:
        return claim.parties, claim.text
    a, b = segments[-1]
    if len(segments) > 1 and a < b and _speaker_np(s, a, b):
        said = resolve_speaker(s, a, b, disc)  # "In Beijing, a foreign ministry spokesperson
        if said is not None and said.parties:  # urged Washington to"
            return said.parties, said.text
    first = next((seg for seg in segments if seg[0] < seg[1]), None)
    if addressed and first is not None and s.low[first[0]] == "the" and first[0] == lo:
        said = resolve_speaker(s, *first, disc)  # "The Ministry of External Affairs has asked"
        if said is not None and said.parties:
            return said.parties, said.text
    np_end = _opening_speaker_np(s, lo, at) if addressed else None
    if np_end is not None:
        said = resolve_speaker(s, lo, np_end, disc)  # "Foreign ministry officials have also
        if said is not None and said.parties:  # urged Beijing to"
            return said.parties, said.text
    subj = _sentence_subject(s, at)
    return ([subj.party], subj.name) if subj else ([], None)


_REPORTING_BEFORE_THAT = words("said says announced stated added noted")


def _reporter_of_that_clause(s: Sentence, lo: int) -> tuple[list[str], str] | None:
    """The reporter named before "said that it ...": who a pronoun opening the reported clause
    is, when that clause holds the request word."""
    if lo < 2 or s.low[lo - 1] != "that" or lo >= len(s) or s.low[lo] not in ("it", "they"):
        return None
    verb = next((k for k in range(lo - 2, -1, -1) if s.low[k] in _REPORTING_BEFORE_THAT), None)
    if verb is None or lo - verb > REPORTER_GAP:
        return None
    for m in s.mentions:
        if m.start >= verb:
            return None
        if m.entity.party and m.entity.kind not in (MEDIA, REGION, PERSON):
            return [m.entity.party], s.text_of(m.start, m.end)
    return None


REPORTER_GAP = 5  # "said on Friday that": words from the verb to "that"
_BEFORE_THE_VERB = words(
    "has have had is are was were been will would also repeatedly already again publicly "
    "privately now reportedly formally separately further once twice since then"
)


def _opening_speaker_np(s: Sentence, lo: int, at: int) -> int | None:
    """The end of a speaker's noun phrase that is the whole subject of a request ("Foreign
    ministry officials have also urged"): only auxiliaries and adverbs stand between it and
    the request word."""
    for _, b in sorted(
        (span for cls in ("state", "any") for span in s.find(f"speaker_nouns.{cls}", lo, at)),
        key=lambda span: -span[1],
    ):
        if b < at and all(w in _BEFORE_THE_VERB for w in s.low[b:at]):
            return b
    return None


_OBJECT_VERBS = words("summoned summons met meets called invited received thanked told")


def _object_of_a_verb(s: Sentence, a: int, at: int) -> bool:
    """A name after a verb of meeting in a clause that opens with an unnamed subject ("The
    foreign ministry summoned Russian Ambassador Georgy Zinoviev and demanded ..."): the
    verb's object, not who asks."""
    return s.low[a] in ("the", "a", "an") and not _OBJECT_VERBS.isdisjoint(s.low[a:at])


def _listed_before(s: Sentence, segments: list[tuple[int, int]]) -> list[str]:
    """The parties of the comma-separated items that open a list ending "B and C": each
    segment right before it that is only a name ("The United States, NATO and ...")."""
    out: list[str] = []
    for a, b in reversed(segments):
        while a < b and s.low[a] == "the":
            a += 1
        m = s.mention_at(a)
        if m is None or m.start != a or m.end != b or not m.entity.party:
            break
        if m.entity.kind in (MEDIA, REGION):
            break
        out.insert(0, m.entity.party)
    return out


def _joined_parties(s: Sentence, first: Mention, hi: int) -> list[str]:
    """ "France and the United States have urged", "Japan's foreign minister and U.S.
    Secretary of State Marco Rubio agreed to urge": every party of a subject joined by "and"."""
    parties = [first.entity.party]
    k = first.end
    while True:
        while k < hi and s.low[k] not in ("and", "&", ","):
            m = s.mention_at(k)
            if m is not None and m.entity.kind != PERSON:
                break
            k += 1  # the rest of the first one's phrase: "Foreign Minister Takeshi Iwaya"
        if k >= hi or s.low[k] not in ("and", "&"):
            return parties
        j = k + 1
        while j < hi and s.low[j] == "the":
            j += 1
        m = s.mention_at(j)
        if m is None or m.start <= k or not m.entity.party or m.entity.kind in (MEDIA, REGION):
            return parties  # ("the Netherlands": the article may be inside the name)
        if m.entity.party not in parties:
            parties.append(m.entity.party)
        k = m.end


def _request_events(s: Sentence, disc: Discourse, out: _Builder, hedged: bool) -> None:
    """Requests in a sentence: one per clause ("Egypt urged Hamas to accept, while Washington
    pressed Israel to allow ..." holds two); a request word inside the content of another
    ("urged China to press North Korea") is that request's third party, not a new request."""
    if _yes_no_question(s):
        return
    clause_end = -1  # the last request's clause: later request words in it are its content
    last_actor: tuple[list[str], str | None] | None = None
    for a, b in _request_hits(s)[:MAX_REQUEST_WORDS]:
        # "urged X to ... and has asked Y to": the same asker; ", and the Caribbean Community
        # appealed to Venezuela": a new one
        follows = a < clause_end and not _new_subject_before(s, a)
        if follows and not _next_request(s, a, b):
            continue
        w = s.low[a]
        if a > 0 and s.low[a - 1] in _REQUEST_BLOCK_BEFORE and w.endswith("ed"):
            _passive_request(s, a, b, out, hedged)  # "has been asked by Maputo to renew"
            continue  # "was asked", "were urged": the subject is asked, not asking
        if w in _REQUEST_NOUNS and a > 0 and s.low[a - 1] in ("the", "at", "upon", "on"):
            continue  # "at the request of": a noun, not somebody asking
        if w in ("demand", "demands") and a > 0 and s.low[a - 1] in _MARKET_DEMAND:
            asks = s.low[b : b + 1] == ["for"] and "to" in s.low[b + 1 : b + 6]
            if not asks and s.low[b : b + 1] != ["that"]:
                continue  # "stronger demand from China": buyers; not "a strong demand for
                # Ankara to recognise Cyprus"
        if b < len(s) and s.low[b] in ("about", "whether", "if", "by", "questions", "conference"):
            continue
        targets: list[str] = []
        j = b
        while j < len(s) and s.low[j] in ("the", "on", "upon", "to", "for", "both", '"', "”"):
            j += 1  # "called on both the army and the RSF to", 'Seoul "strongly urges" Pyongyang
        seen_group = unplaced = False
        group_end = 0
        k = target_end = j
        # "called for Russia to withdraw" asks Russia; "called for radical reform of the EU's
        # pact" asks nobody: after "for", the one asked comes first
        for_call = "for" in s.low[a:b] or (b < len(s) and s.low[b] == "for")
        reach = j + 5
        a_noun = a > 0 and (s.low[a - 1] in _NOUN_BEFORE or s.low[a - 1].endswith("ion"))
        noun_request = a_noun and w in _REQUEST_NOUNS  # "an extradition request from the US"
        requester: str | None = None
        while k < min(len(s), reach):
            if for_call and k > j and not targets:
                break
            if noun_request and s.low[k] == "from":
                if k == b and _NO_REQUEST.isdisjoint(s.low[max(0, a - 3) : a]):  # "no
                    # competing request from X"; "rejected a demand from Egypt" was made
                    requester = _named_at(s, k + 1 + (s.low[k + 1 : k + 2] == ["the"]))
                break  # "weighing a request from Yemen's government": Yemen asks
            m = s.mention_at(k)
            if m and m.entity.party and m.entity.kind not in (REGION, MEDIA):
                if m.entity.party not in targets:
                    targets.append(m.entity.party)
                k = target_end = m.end
                if k + 1 < len(s) and s.low[k] in (",", "and", "or"):
                    if s.low[k] == "," and s.mention_at(k + 1) is not None:
                        k += 1  # "asked Indonesia, Azerbaijan and Egypt to": the list goes on
                    reach = max(reach, k + 3)
                elif s.low[j - 1 : j] == ["that"] or s.low[b : b + 1] == ["that"]:
                    break  # "demanded that Moscow withdraw the North Korean soldiers": the
                    # clause's subject is asked, what follows is the content
                continue
            if s.low[k] in word_set("state_targets") and (
                s.low[k - 1] in ("the", "its")
                or s.low[k - 1] in GOVERNMENT_KINDS
                and s.low[k - 2 : k - 1] in (["the"], ["its"])
            ):  # "urged the junta", "called on the federal government"
                home = disc.document_country() or next(iter(disc.main_countries(1)), None)
                unplaced = not home  # "calling on the government" of no known state
                if home and home not in targets and s.mention_at(k + 1) is None:
                    targets.append(home)  # "urged the junta to": the article's state
            alliance = s.low[k] == "alliance" and s.low[k - 1] == "the" and "NATO" in disc.text
            if alliance and "NATO" not in targets:
                targets.append("NATO")  # "Romania has asked the alliance to keep ..."
            korea = _KOREAS.get(s.words[k]) if s.low[k - 1] == "the" else None
            if korea and korea in disc.text and korea not in targets:
                targets.append(korea)  # "Seoul's Unification Ministry urged the North to halt"
            if s.low[k] in ("him", "her") and not targets:
                named = _official_named_before(s, a)
                if named is not None:  # "Netanyahu ... Guterres, called on him to"
                    targets.append(named)
            if s.low[k] in _GROUP_TARGETS:
                seen_group, group_end = True, k + 1
            if s.low[k] in ("to", "not", "for", "into") or s.punct[k]:
                break
            k += 1
        if requester is not None:
            # the one who has the request is asked ("the State Department is weighing a
            # request from Yemen's government": Yemen asks the United States)
            asked, _ = _request_actor(s, a, disc, False)
            if asked and requester not in asked:
                _add_request(s, out, requester, asked[0], None, requester, hedged, 0.5)
            continue
        if seen_group and not targets and k < len(s) and s.low[k] == ",":
            named, after = _members_named(s, k)
            if named:  # "asked several allies, including Germany and France, to send"
                targets, k, target_end = named, after, after
        # "has called Caracas to coordinate": a calque of "called on", only with a name and "to"
        bare_call = b == a + 1 and (w in _BARE_CALLS or w in _BARE_ASKS)
        is_call = (w in _BARE_CALLS and not bare_call) or "for" in s.low[a:b]
        is_demand = (
            not noun_request
            and (w.startswith("demand") or w.startswith("request"))
            and (bool(targets) or "from" in s.low[b : b + 6] or "that" in s.low[b : b + 2])
        )
        if not targets and (is_call or is_demand) and not noun_request:
            # ("approved an extradition request from the US": the US asked, nobody is asked)
            giver = _asked_from(s, b)  # "called for an explanation from the Israeli government"
            if giver is not None:
                targets.append(giver)
        if not targets and not unplaced and not noun_request:
            met = _spoken_with_before(s, a)
            if met is not None:  # "spoke by phone with President Kagame and urged restraint"
                targets.append(met)
        if not targets and (unplaced or not (seen_group or is_call or is_demand)):
            continue
        if w in ("ordered", "press", "presses", "pressed", "pressing", "push", "pushed",
                 "told", "telling", "encouraged", "encourage", "encourages", "invited", "sought",
                 "seeking",
                 "pushing", "pressure", "pressured", "pressuring", "persuade", "persuaded",
                 "asked", "ask", "asks", "asking", "solicits", "solicited",
                 "solicit", "warn", "warns", "warned") or bare_call:  # fmt: skip
            if not targets and not seen_group:
                continue
            if k < len(s) and s.low[k] == "(" and targets:
                close = next((x for x in range(k, min(len(s), k + 6)) if s.low[x] == ")"), None)
                k = close + 1 if close is not None else k  # "pressed the TNLA (...) to hand back"
            if k < len(s) and s.low[k] == "," and targets:
                k = _after_relative_clause(s, k)  # "asked Oman, which hosts the talks, to press"
            if bare_call and (
                k + 1 >= len(s)
                or s.low[target_end : target_end + 1] != ["to"]
                or s.low[target_end + 1] in _PHONE_CALL_VERBS
                or not _named_next(s, b)
            ):
                # "Biden called Macron on Tuesday to discuss Ukraine": a phone call; "want the EU
                # budget to be capped", "wanted to employ 1,000 Wagner operatives": no one asked
                continue
            while k < len(s) and targets and s.low[k] in _TIME_BETWEEN:
                k += 1  # "pressed the United States on Friday to speed up"
            if (
                not targets
                and seen_group
                and s.low[group_end : group_end + 1]
                and (s.low[group_end] in _PHRASE_BETWEEN)
            ):
                target_end = group_end  # "asked allies at a meeting in Brussels to send"
            if (
                (targets or seen_group)
                and target_end < len(s)
                and s.low[target_end] in _PHRASE_BETWEEN
            ):
                # "asked Kigali during a visit in April to reinforce": a time or place phrase
                x = target_end
                to = next((y for y in range(x, min(len(s), x + 7)) if s.low[y] == "to"), None)
                if to is not None and not any(s.punct[y] for y in range(x, to)):
                    k = to
            help_of = targets and s.low[target_end : target_end + 2] in _HELP_OF
            if (k >= len(s) or s.low[k] not in ("to", "not", "for")) and not help_of:
                continue  # (but "sought Washington's help in strengthening its defences")
        if _negated_before(s, a, 6):
            continue
        if last_actor is not None and (follows or _verb_after_and(s, a)):
            actor_parties, actor_text = last_actor  # "has demanded that X ... and has asked Y"
        else:
            actor_parties, actor_text = _request_actor(s, a, disc, bool(targets))
        if not targets:  # "the TUC called for better wages": no party is asked to act
            actor_parties = [p for p in actor_parties if _political(p)]
            if not seen_group and not s.has("request_topics", a, _clause_end(s, b)):
                continue  # "G7 ministers called for more flexibility in exchange rates"
        if not actor_parties:
            continue
        both = any(
            s.low[t] in _BOTH_NOUNS and s.low[t - 1] == "both"
            for t in range(max(1, j), min(k + 1, len(s)))
        )
        if (both or any(t in ("sides", "parties") for t in s.low[j : k + 1])) and not targets:
            targets = disc.main_countries(2)  # "urging both countries to de-escalate"
        end = _clause_end(s, k)
        if targets:  # "called on Kigali to withdraw and on Kinshasa to stop"
            targets = targets + _gapped_targets(s, k, end, targets + actor_parties)
        third = None
        for m in s.mentions:
            if m.start >= end:
                break
            if (m.start >= k and m.entity.party and m.entity.kind not in (REGION, MEDIA)) and (
                m.entity.party not in targets and m.entity.party not in actor_parties
            ):
                third = m.entity.party
                break
        emitted = False
        for actor in actor_parties:
            for target in targets or [None]:
                if target == actor:
                    continue
                confidence = 0.6 if targets else 0.4
                _add_request(s, out, actor, target, third, actor_text, hedged, confidence)
                emitted = True
        if emitted:
            clause_end = end
            last_actor = (actor_parties, actor_text)


_MET_VERBS = words("met meets spoke speaks talked phoned telephoned called hosted received")


def _spoken_with_before(s: Sentence, at: int) -> str | None:
    """The party a clause's subject met or spoke with before asking without naming whom ("The
    Secretary spoke with his Turkish counterpart and urged restraint": Turkey is asked)."""
    verb = next((k for k in range(at - 1, -1, -1) if s.low[k] in _MET_VERBS), None)
    if verb is None or any(s.low[k] in _CLAUSE_HARD for k in range(verb, at)):
        return None
    if s.low[verb] in ("called", "spoke", "speaks", "talked") and not (
        set(s.low[verb + 1 : verb + 4]) & {"with", "to", "by"}
    ):
        return None  # "called for", "spoke of"
    for m in s.mentions:
        if verb < m.start < at and m.entity.party and m.entity.kind not in (REGION, MEDIA):
            return m.entity.party
    return None


MEMBERS_REACH = 12  # ", including Germany, France and Poland,": words to the closing comma
_INCLUDING = (["including"], ["among", "them"], ["particularly"], ["notably"], ["especially"])


_NO_REQUEST = words("no not never without n't")
_NOUN_BEFORE = words("a an the this that its their his her formal official written new fresh")


def _named_at(s: Sentence, at: int) -> str | None:
    """The party a name starting at token `at` stands for (not a place or an outlet)."""
    m = s.mention_at(at)
    if m is None or m.start != at or not m.entity.party or m.entity.kind in (REGION, MEDIA):
        return None
    return m.entity.party


def _add_request(
    s: Sentence, out: _Builder, actor: str, target: str | None, third: str | None,
    source_text: str | None, hedged: bool, confidence: float,
) -> None:  # fmt: skip
    out.add(
        s,
        type="diplomatic_request",
        actor=actor,
        target=target,
        third_party=third,
        source=actor,
        source_text=source_text,
        hedged=hedged,
        confidence=confidence,
    )


def _members_named(s: Sentence, comma: int) -> tuple[list[str], int]:
    """The parties named in ", including X and Y," after a group ("asked several allies,
    including Germany and France, to send"), and where the aside ends; ([], comma) if none."""
    j = comma + 1
    opener = next((w for w in _INCLUDING if s.low[j : j + len(w)] == w), None)
    if opener is None:
        return [], comma
    j += len(opener)
    parties: list[str] = []
    for k in range(j, min(len(s), j + MEMBERS_REACH)):
        if s.low[k] == "," and k + 1 < len(s) and s.low[k + 1] in ("to", "not"):
            return parties, k + 1
        m = s.mention_at(k)
        named = m is not None and m.start == k and m.entity.party and m.entity.kind != REGION
        if named and m.entity.party not in parties:
            parties.append(m.entity.party)
    return [], comma


ASKED_FROM_REACH = 8  # "called for an explanation from the Israeli government"


def _asked_from(s: Sentence, b: int) -> str | None:
    """The party after "from" that a call or demand is addressed to, in its clause."""
    for k in range(b, min(len(s) - 1, b + ASKED_FROM_REACH)):
        if s.punct[k] or s.low[k] in ("to", "that"):
            return None
        if s.low[k] == "from":
            j = k + 1 + (s.low[k + 1] == "the")
            m = s.mention_at(j)
            if m is not None and m.start == j and m.entity.party and m.entity.kind != REGION:
                return m.entity.party
            return None
    return None


_BARE_CALLS = words("call calls called calling")
# request words read in one sentence: each costs a pass over the sentence, and a real one holds
# a handful (a hostile text of 10,000 "called" would cost minutes)
MAX_REQUEST_WORDS = 16
_INSIDE_CALL_ON = words("again also repeatedly publicly once today yesterday formally jointly")
# "Kyiv wants Berlin to send Taurus missiles", "telling the Philippines to stop": a request only
# with a party named right after and "to"
_BARE_ASKS = words("wants want wanted telling tells")
_NOT_BARE_CALL_AFTER = words("on upon for up off out back in it itself themselves")


def _request_hits(s: Sentence) -> list[tuple[int, int]]:
    """The request words of a sentence, with a bare "called" or "calls" that the trigger lists
    leave out (it is "so-called", "called up" or a name as often as a request): translated
    copy writes "has called Caracas to coordinate" for "called on"."""
    hits = s.find("triggers.diplomatic_request")
    starts = {a for a, _ in hits}
    # "called again on all parties", "has also called on": a word inside "called on"
    hits = hits + [
        (k, k + 3)
        for k in range(len(s) - 2)
        if s.low[k] in _BARE_CALLS
        and s.low[k + 1] in _INSIDE_CALL_ON
        and s.low[k + 2] in ("on", "upon")
        and k not in starts
    ]
    starts |= {a for a, _ in hits}
    bare = []
    for k in range(len(s) - 1):
        if len(bare) >= MAX_REQUEST_WORDS:
            break  # the rest would never be read (and each test below walks the mentions)
        if (
            (s.low[k] in _BARE_CALLS or s.low[k] in _BARE_ASKS)
            and k not in starts
            and s.low[k + 1] not in _NOT_BARE_CALL_AFTER
            and not (k > 0 and s.low[k - 1] in ("so", "-"))
            and _named_next(s, k + 1)
        ):
            bare.append((k, k + 1))
    return sorted(hits + bare)


_PHONE_CALL_VERBS = words(
    "discuss talk speak express offer congratulate convey inform brief thank wish confirm say "
    "tell explain present share update reassure apologise apologize condole mark review"
)


def _named_next(s: Sentence, b: int) -> bool:
    """Whether a party is named right after token b (or after "the")."""
    at = b + 1 if s.low[b : b + 1] == ["the"] else b
    m = s.mention_at(at)  # (a name may hold its "the": "the Philippines")
    return m is not None and m.start in (b, at) and bool(m.entity.party)


def _gapped_targets(s: Sentence, lo: int, hi: int, known: list[str]) -> list[str]:
    """ "called on Kigali to withdraw its forces and on Kinshasa to stop": the request verb
    left out before a second "on X to"."""
    out = []
    for x in range(lo, min(hi, len(s) - 3)):
        if s.low[x] != "and" or s.low[x + 1] not in ("on", "upon"):
            continue
        at = x + 2 + (s.low[x + 2] == "the")  # "and on the M23 to cease all hostilities"
        m = s.mention_at(at)
        if m is None or m.start != at or not m.entity.party or m.entity.kind in (REGION, MEDIA):
            continue
        if s.low[m.end : m.end + 1] == ["to"] and m.entity.party not in known + out:
            out.append(m.entity.party)
    return out


def _next_request(s: Sentence, a: int, b: int) -> bool:
    """ "urged Rwanda to withdraw ... and called on Congo to stop": a finite request verb
    after "and", naming whom it asks, is the same asker's next request, not the content of
    the first (not "... and called on all sides to": nobody new is asked)."""
    w = s.low[a]
    if not _verb_after_and(s, a) or not w.endswith(("ed", "es")):
        return False
    return any(
        m.entity.party and m.entity.kind not in (REGION, MEDIA)
        for m in s.mentions_in(b, min(len(s), b + NEXT_TARGET_REACH))
    )


def _new_subject_before(s: Sentence, a: int) -> bool:
    """A name right before the verb at `a` (auxiliaries aside) that opens a clause of its own
    after "and", "while" or "but": a new asker."""
    k = a - 1
    while k > 0 and s.low[k] in _AUX_BEFORE_VERB:
        k -= 1
    m = s.mention_at(k)
    if m is None or m.end != k + 1 or not m.entity.party or m.entity.kind in (REGION, MEDIA):
        return False
    j = m.start - 1
    j -= j >= 0 and s.low[j] == "the"
    return j >= 0 and s.low[j] in ("and", "while", "but", "whereas")


def _verb_after_and(s: Sentence, a: int) -> bool:
    """Whether the verb at `a` follows "and" with no subject of its own ("and has asked")."""
    k = a - 1
    while k > 0 and s.low[k] in _AUX_BEFORE_VERB:
        k -= 1  # "and has asked Interpol for help", "and also urged"
    return a > 0 and s.low[k] == "and"


NEXT_TARGET_REACH = 4  # "and called on the Congolese government to"
_AUX_BEFORE_VERB = words("has have had also again is was will would 's then later")


def _political(party: str) -> bool:
    """A state, alliance or armed group: a party whose call on nobody in particular ("Russia
    called for a ceasefire") is diplomacy; a union's or think tank's is not."""
    lex = load_lexicon()
    if party in lex.countries:
        return True
    ent = lex.aliases.get(party)
    return ent is None or ent.kind in (INTERNATIONAL, ARMED_GROUP, AGENCY, COUNTRY)


def _passive_request(s: Sentence, a: int, b: int, out: _Builder, hedged: bool) -> None:
    """ "The EU has been asked by Maputo to renew its support": the agent after "by" asks the
    clause's subject."""
    if b + 1 >= len(s) or s.low[b] != "by":
        return
    agent = s.mention_at(b + 2 if s.low[b + 1] == "the" and b + 2 < len(s) else b + 1)
    if agent is None or not agent.entity.party or agent.entity.kind in (REGION, MEDIA):
        return
    if "to" not in s.low[agent.end : agent.end + 2] and not _aside_then_to(s, agent.end):
        return
    asked = _sentence_subject(s, a)
    if asked is None or not asked.party or asked.party == agent.entity.party:
        return  # nobody known is asked
    target = asked.party
    out.add(
        s,
        type="diplomatic_request",
        actor=agent.entity.party,
        target=target,
        source=agent.entity.party,
        source_text=s.text_of(agent.start, agent.end),
        hedged=hedged,
        confidence=0.6,
    )


ASIDE_MAX = 12  # ", at last week's Stabilisation and Association Council, to align"


def _aside_then_to(s: Sentence, k: int) -> bool:
    """Whether an aside between commas opens at k and "to" follows its closing comma."""
    if k >= len(s) or s.low[k] != ",":
        return False
    close = next((x for x in range(k + 1, min(len(s), k + ASIDE_MAX)) if s.low[x] == ","), None)
    return close is not None and s.low[close + 1 : close + 2] == ["to"]


def _official_named_before(s: Sentence, at: int) -> str | None:
    """The party "him"/"her" stands for: the last official named before token `at`, when the
    one asking was named before that ("Netanyahu, in a letter to Guterres, called on him")."""
    people = [m for m in s.mentions if m.end <= at and m.entity.party and m.entity.kind == PERSON]
    return people[-1].entity.party if len(people) > 1 else None


def _clause_end(s: Sentence, at: int) -> int:
    """Where the clause holding a request ends: at a semicolon or a contrasting conjunction
    ("..., while Washington pressed Israel"), else at the end of the sentence."""
    for k in range(at, len(s)):
        if s.low[k] in (";", "while", "whereas", "but", "meanwhile") or _coordinated_request(s, k):
            return k
    return len(s)


def _coordinated_request(s: Sentence, k: int) -> bool:
    """ "urged Israel to halt ... and called on Iran to restrain ...": "and" opening a second
    request of a party by name ("and we have asked Germany", ", and Washington has pressed Abu
    Dhabi"), not content of the first ("to use its influence and encourage Moscow")."""
    if s.low[k] != "and":
        return False
    j = k + 1
    m = s.mention_at(j)
    if m is not None and m.start == j and m.entity.party:
        j = m.end  # ", and Washington has pressed Abu Dhabi to ...": a subject of its own
    elif s.low[j : j + 1] in (["his"], ["her"], ["its"], ["their"]) and (
        s.low[j + 1 : j + 2] in (["government"], ["administration"], ["ministry"])
    ):
        j += 2  # "and his government has asked the United Arab Emirates to help"
    while j < len(s) and j <= k + 4 and s.low[j] in _COORDINATED_FILLER:
        j += 1
    finite = j > k + 1 or s.low[j].endswith(("ed", "s"))  # not "to use ... and encourage"
    for a, b in s.find("triggers.diplomatic_request", j, j + 4):
        if a == j and finite:  # and a party asked by name, not "all sides"
            named = [s.mention_at(x) for x in range(b, min(len(s), b + 2))]
            return any(x is not None and x.entity.party for x in named)
    return False


def _aid_verbs(s: Sentence, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    """The verbs of giving aid in [lo, hi), less those a particle turns into another verb
    ("Tripoli gave up its weapons", "sent back"): no aid is given."""
    return [
        (a, b)
        for a, b in s.find("triggers.military_aid_verbs", lo, hi)
        if s.low[b : b + 1] not in (["up"], ["back"])
        and not (s.low[a] in ("sales", "sale") and b < len(s) and s.low[b] in _OFFICE_NOUNS)
    ]


# after "sales": an office or a tally, not a sale ("the sales director of a munitions firm")
_OFFICE_NOUNS = words(
    "director directors manager managers chief executive team staff figures revenue growth force"
)


def _item_aid_event(s: Sentence, disc: Discourse, out: _Builder, hedged: bool) -> None:
    """Weapons handed to a named party: "supplied Moscow with artillery pieces", "sending
    Ukraine two surveillance aircraft", "a sale of data links to Taiwan". The recipient must
    be named right after the verb or after "to"/"for" near the items; the giver is the
    subject of the verb ("accused Iran of supplying ..." -> Iran), not whoever reports it."""
    items = s.find("triggers.military_aid_items")
    if not items:
        return
    if _received_aid(s, items, disc, out, hedged) or _contract_aid(s, items, disc, out, hedged):
        return
    for v, vb in _aid_verbs(s):
        if not any(0 <= a - vb <= AID_VERB_REACH or 0 <= v - b <= 3 for a, b in items):
            continue
        if _negated_before(s, v, 12, weighing=True) or s.has("triggers.diplomatic_request", 0, v):
            continue
        if _refused_after(s, v):
            continue
        recipient = _aid_recipient(s, v, vb, items, disc)
        if recipient is None:
            continue
        givers = _aid_givers(s, v, disc)
        named_after = any(m.entity.party == recipient and m.start > v for m in s.mentions)
        if recipient in givers and len(givers) > 1 and not named_after:
            continue  # "Russia and China supply the junta": not China, whatever the article's
        givers = [g for g in givers if g != recipient]
        _aid(out, s, givers, recipient, hedged)
        if givers:
            return


REFUSED_REACH = 7  # "export licences for arms were refused"
_REFUSED = words("refused denied rejected revoked blocked suspended halted cancelled canceled")


def _refused_after(s: Sentence, v: int) -> bool:
    """ "more export licences were refused", "the sale was blocked": a giving undone."""
    return any(w in _REFUSED for w in s.low[v + 1 : v + REFUSED_REACH])


CONTRACT_ITEMS_REACH = 14  # "a contract with Turkey's SSB for six Hisar-O air-defence systems"


def _contract_aid(
    s: Sentence, items: list[tuple[int, int]], disc: Discourse, out: _Builder, hedged: bool
) -> bool:
    """ "Malaysia has signed a contract with Turkey for six air-defence systems": the party
    the deal is "with" sells, the subject buys; a deal between two of one state's bodies
    ("the DGA ... with KNDS France") is no aid."""
    for c, cb in s.find("triggers.military_aid_contracts"):
        if cb >= len(s) or s.low[cb] != "with" or _negated_before(s, c, 12):
            continue
        seller = s.mention_at(cb + 1)
        if seller is None or not seller.entity.party or seller.entity.kind in (REGION, MEDIA):
            continue
        if not any(0 <= a - seller.end <= CONTRACT_ITEMS_REACH for a, _ in items):
            continue
        buyer = _sentence_subject(s, c)
        if buyer is None or not buyer.party or buyer.party == seller.entity.party:
            continue
        _supplied(out, s, seller.entity, buyer, _source(claimant(s, c + 1, disc)), hedged)
        return True
    return False


def _received_aid(
    s: Sentence, items: list[tuple[int, int]], disc: Discourse, out: _Builder, hedged: bool
) -> bool:
    """ "Niger received additional Bayraktar drones from Turkey": the giver follows "from"
    after the items, the recipient is the verb's subject."""
    for v, vb in s.find("triggers.military_aid_receive_verbs"):
        near = [b for a, b in items if 0 <= a - vb <= AID_VERB_REACH]
        if not near or _negated_before(s, v, 12):
            continue
        giver = None
        also: list[Entity] = []  # "from Iran and Turkey": each gives
        for m in s.mentions:
            # "from Turkey", "from the United States"
            if (
                near[0] <= m.start <= near[-1] + 4
                and "from" in s.low[max(0, m.start - 2) : m.start]
            ):
                giver = (
                    m.entity if m.entity.party and m.entity.kind not in (REGION, MEDIA) else None
                )
                if giver is not None and _list_ends_phrase(s, m):
                    also = [
                        e
                        for p in _joined_parties(s, m, len(s))[1:]
                        if (e := load_lexicon().aliases.get(p)) is not None
                    ]
                break
        if giver is None:  # "Pyongyang has received Russian air-defence equipment"
            first = min(a for a, _ in items if 0 <= a - vb <= AID_VERB_REACH)
            made = s.mention_at(first - 1)
            if made is not None and made.end == first and made.entity.kind == COUNTRY:
                giver = made.entity
        recipient = _sentence_subject(s, v)
        if giver is None or recipient is None or giver.party == recipient.party:
            continue
        source = _source(claimant(s, v + 1, disc))
        for each in [giver, *also]:
            if each.party != recipient.party:
                _supplied(out, s, each, recipient, source, hedged)
        return True
    return False


_AFTER_A_PHRASE = words(", . ; : according via through to in since over last this by until -- —")


def _list_ends_phrase(s: Sentence, first: Mention) -> bool:
    """Whether "X and Y" starting at `first` ends the phrase ("from Iran and Turkey according
    to ..."), not a new clause ("from Turkey and the United States trained its pilots")."""
    k = first.end
    last = first
    while k < len(s) and s.low[k] in ("and", ",", "the", "&"):
        k += 1
        m = s.mention_at(k)
        if m is None or m.start != k:
            break
        last, k = m, m.end
    return last.end >= len(s) or s.low[last.end] in _AFTER_A_PHRASE


def _supplied(
    out: _Builder, s: Sentence, giver: Entity, buyer: Entity, source: str | None, hedged: bool
) -> None:
    """Weapons a party receives or buys from another: the other gives; whoever the sentence
    says reports it, else the one who receives."""
    out.add(
        s,
        type="military_aid",
        actor=giver.party,
        target=buyer.party,
        source=source or buyer.party,
        hedged=hedged,
        confidence=0.5,
    )


def _aid(out: _Builder, s: Sentence, givers: list[str], recipient: str, hedged: bool) -> None:
    """One aid event per giver, each its own source ("Egypt and Turkey sent drones")."""
    for giver in givers:
        out.add(
            s,
            type="military_aid",
            actor=giver,
            target=recipient,
            source=giver,
            hedged=hedged,
            confidence=0.5,
        )


def _aid_recipient(
    s: Sentence, verb: int, after: int, items: list[tuple[int, int]], disc: Discourse
) -> str | None:
    """Who gets the items: named right after the verb ("supplied Moscow with"), after "to" or
    "for" near the items ("missiles to Taiwan"), holding them ("weapons in RSF hands"), the
    owner of a supplier ("Armenia's largest supplier of artillery"), or "the army" of the
    country the article is about ("sent drones to the army")."""
    if s.low[verb] in SUPPLIER_NOUNS:
        for m in s.mentions_in(max(0, verb - SUPPLIER_REACH), verb):
            if m.end < len(s) and s.low[m.end] == "'s" and _recipient_party(m.entity):
                return m.entity.party
    k = after
    while k < len(s) and s.low[k] in ("the", "its", "their"):
        k += 1
    m = s.mention_at(k)
    if m is not None and _recipient_party(m.entity):
        return m.entity.party
    if k > after and k + 1 < len(s) and s.low[k] in OWN_FORCES and s.low[k + 1] == "with":
        return disc.document_country()  # "supply the junta with combat aircraft"
    if k > after and k + 1 < len(s) and s.low[k] in _GROUP_RECIPIENTS and s.low[k + 1] == "with":
        return _armed_group_just_named(disc)  # "Iran keeps supplying the group with drones"
    last = max(b for _, b in items)
    for m in s.mentions:
        if m.start < after or m.start > last + 6 or not _recipient_party(m.entity):
            continue
        if _made_by(s, m):
            continue  # "US-made weapons for Ukraine": where they were made, not who gets them
        if m.end + 1 < len(s) and s.low[m.start - 1] == "in" and s.low[m.end] == "hands":
            return m.entity.party  # "weapons in RSF hands"
        j = m.start - 1
        while j > after and s.low[j] in ("the", "its", "their"):
            j -= 1
        if s.low[j] in ("to", "for"):
            return m.entity.party  # "missiles to Taiwan", "parts for Taiwan's F-16 fighters"
    for k in range(after, min(len(s) - 2, last + 4)):
        if s.low[k] == "to" and s.low[k + 1] == "the" and s.low[k + 2] in OWN_FORCES:
            return disc.document_country()  # "sent drones to the army"
    return None


_GROUP_RECIPIENTS = words("group militia militias rebels movement insurgents")
GROUP_RECIPIENT_SENTENCES = 6  # "the group" is an armed group named this recently


def _armed_group_just_named(disc: Discourse) -> str | None:
    """The armed group a recent sentence opened with, whom "the group" means."""
    party = group_named_within(disc, GROUP_RECIPIENT_SENTENCES)
    entity = load_lexicon().aliases.get(party) if party else None
    return party if entity is not None and entity.kind == ARMED_GROUP else None


SUPPLIER_NOUNS = words("supplier suppliers")
SUPPLIER_REACH = 4  # "Armenia's largest supplier", "Ukraine's second-biggest supplier"
OWN_FORCES = words("army military junta")  # "to the army": the army of the article's country


def _recipient_party(e: Entity) -> bool:
    return bool(e.party) and e.kind not in (REGION, MEDIA)


def _made_by(s: Sentence, m: Mention) -> bool:
    """ "US-made", "Turkish-built": a maker's name fused to the weapons."""
    return m.end + 1 < len(s) and s.low[m.end] == "-" and s.low[m.end + 1] in MAKER_WORDS


MAKER_WORDS = words("made built designed produced manufactured")


def _aid_givers(s: Sentence, verb: int, disc: Discourse) -> list[str]:
    """Who gives: the party fused to the verb ("Emirati-supplied weapons"), the accused
    ("accused Iran of supplying"), the subject, with the parties coordinated with it ("Egypt
    and Turkey are reported to have sent drones"), else whoever the sentence says speaks."""
    if verb >= 2 and s.low[verb - 1] in ("of", "-"):
        m = s.mention_at(verb - 2)
        if m is not None and m.entity.party:
            return [m.entity.party]  # "accused Iran of supplying", "Emirati-supplied"
    group = _subject_group(s, verb)
    if group:
        return group
    claim = claimant(s, verb + 1, disc)
    return claim.parties[:1] if claim.parties and not claim.media else []


_CLAUSE_OPENERS = words("; so but while whereas although though")
_SAID = words("said says say told tells stated added noted")


def _says_that(gap: list[str]) -> bool:
    """ "Koo said the Americans were helping": the name after "said" opens what is said."""
    said = [k for k, w in enumerate(gap) if w in _SAID]
    return bool(said) and all(w in ("that", "the") for w in gap[said[-1] + 1 :])


def _subject_group(s: Sentence, before: int) -> list[str]:
    """The parties that do what the word at `before` says: the first name of the sentence with
    the names coordinated with it ("The Netherlands, Denmark and Sweden announced"), or the
    first such group after a new clause opens ("Hungary is blocking ..., so the Netherlands
    and Denmark announced"). Names after a preposition of place are not subjects."""
    groups: list[list[Mention]] = []
    for m in s.mentions:
        if m.start >= before:
            break
        if not m.entity.party or m.entity.kind in (MEDIA, REGION):
            continue
        if m.start > 0 and s.low[m.start - 1] in _LOC_PREPS:
            continue
        if "according" in s.low[max(0, m.start - 3) : m.start]:
            continue  # "According to the UN Panel of Experts, Iran keeps supplying": a source
        gap = s.low[groups[-1][-1].end : m.start] if groups else []
        if groups and all(w in ("and", ",", "&") for w in gap):
            groups[-1].append(m)
        elif not groups or not _CLAUSE_OPENERS.isdisjoint(gap) or _says_that(gap):
            groups.append([m])
    return list(dict.fromkeys(m.entity.party for m in groups[-1])) if groups else []


def _aid_events(s: Sentence, disc: Discourse, out: _Builder, hedged: bool) -> None:
    if _yes_no_question(s):
        return  # "Will Berlin send Taurus missiles to Kyiv?"
    before = len(out.events)
    if _accused_aid_event(s, disc, out, hedged) or _money_for_forces(s, disc, out, hedged):
        return
    _noun_aid_event(s, disc, out, hedged)
    named = out.events[before:]
    if all(e.target is None for e in named):
        # "France has supplied Armenia with radars ..., and India has become its biggest arms
        # supplier": the items name a recipient where the aid noun named none
        _item_aid_event(s, disc, out, hedged)
        given = {e.actor for e in out.events[before + len(named) :]}
        if given:
            out.events[before:] = [
                e for e in out.events[before:] if e.target or e.actor not in given
            ]
    if len(out.events) > before:
        _coordinated_aid(s, disc, out, hedged, before)


AID_CLAUSE_REACH = 8  # "and Norway said it would fund the purchase of interceptor drones"
_CLAUSE_JOINS = words("and while whereas")


def _clause_subject(s: Sentence, m: Mention) -> bool:
    """Whether a name opens a coordinated clause (", and Germany said", "; the Dutch ...")."""
    k = m.start - 1
    while k > 0 and s.low[k] == "the":
        k -= 1
    if k >= 0 and s.low[k] == ";":
        return True
    return k >= 1 and s.low[k] in _CLAUSE_JOINS and s.low[k - 1] in (",", ";")


def _with_coordinated(s: Sentence, m: Mention) -> list[Mention]:
    """A name and those listed after it ("Sweden, Norway and Denmark")."""
    group = [m]
    for x in s.mentions:
        if x.start < group[-1].end:
            continue
        gap = s.low[group[-1].end : x.start]
        if not gap or not all(w in (",", "and", "&", "the") for w in gap):
            break
        group.append(x)
    return group


def _coordinated_aid(
    s: Sentence, disc: Discourse, out: _Builder, hedged: bool, before: int
) -> None:
    """A second giver in a clause of its own after the first aid of the sentence ("Germany
    will deliver two air defence systems to Ukraine, and Norway said it would fund the
    purchase of drones"): its recipient, when the clause names none, is the first one's."""
    made = out.events[before:]
    given = {e.actor for e in made}
    known = next((e.target for e in made if e.target), None)
    for m in s.mentions:
        party = m.entity.party
        if not party or party in given or m.entity.kind in (MEDIA, REGION, PERSON):
            continue
        if not _clause_subject(s, m):
            continue
        group = _with_coordinated(s, m)
        last = group[-1]
        stop = next((k for k in range(last.end, len(s)) if s.low[k] in (";",) or (
            s.low[k] == "," and s.low[k + 1 : k + 2] and s.low[k + 1] in _CLAUSE_JOINS
        )), len(s))  # fmt: skip
        verbs = [a for a, _ in _aid_verbs(s, last.end, stop)]
        verbs = [a for a in verbs if a - last.end <= AID_CLAUSE_REACH]
        if not verbs or _negated_before(s, verbs[0], 8):
            continue
        v = verbs[0]
        items = s.find("triggers.military_aid_items", v, stop)
        trains = not TRAIN_WORDS.isdisjoint(s.low[v:stop])
        if not (items or trains or s.find("triggers.military_aid_nouns", v, stop)):
            continue
        givers = [x.entity.party for x in group if x.entity.party and x.entity.kind != REGION]
        target = _aid_recipient(s, v, v + 1, items or [(v, v + 1)], disc) or known
        if target is None or target in givers:
            continue
        givers = [g for g in dict.fromkeys(givers) if g not in given]
        _aid(out, s, givers, target, hedged)
        given.update(givers)


MONEY_REACH = 8  # "approved $230 million in new funding for the Lebanese army"
_MONEY_WORDS = words("million billion $ € £ dollars euros usd eur funding")


def _money_for_forces(s: Sentence, disc: Discourse, out: _Builder, hedged: bool) -> bool:
    """ "Washington approved $230 million for the Lebanese army", "pledged $60 million for
    Lebanese soldiers' salaries": money given to another state's forces is military aid."""
    if _MONEY_WORDS.isdisjoint(s.lowset) or FORCES_FUNDED.isdisjoint(s.lowset):
        return False
    for v, vb in _aid_verbs(s):
        window = s.low[vb : vb + MONEY_REACH]
        if _MONEY_WORDS.isdisjoint(window) or "for" not in window:
            continue
        k = vb + window.index("for") + 1
        while k < len(s) and s.low[k] in ("the", "its", "their"):
            k += 1
        m = s.mention_at(k)
        if m is None or not _recipient_party(m.entity) or m.end >= len(s):
            continue
        if s.low[m.end] not in FORCES_FUNDED or _negated_before(s, v, 12):
            continue
        givers = [g for g in _aid_givers(s, v, disc) if g != m.entity.party]
        _aid(out, s, givers, m.entity.party, hedged)
        return bool(givers)
    return False


ACCUSED_REACH = 6  # words from "accused" to the "of" of what the accused did


TRAINED_REACH = 6  # "have trained more than 60,000 Ukrainian recruits"


def _trains_others(s: Sentence, i: int) -> bool:
    """ "training Syrian officers", "trained more than 60,000 Ukrainian recruits": another
    party's soldiers named right after a word of training."""
    for k in range(i + 1, min(len(s), i + TRAINED_REACH)):
        m = s.mention_at(k)
        if m is not None and m.start == k:
            after = s.low[m.end : m.end + TRAINED_NOUN_REACH]  # "Ukrainian drone operators"
            if "police" in after:
                return False  # "training Palestinian police officers": policing, not arms
            return bool(m.entity.party) and not TRAINED_NOUNS.isdisjoint(after)
        if not (s.is_quantity_token(k) or s.low[k] in _BEFORE_TRAINED):
            return False
    return False


TRAINED_NOUN_REACH = 2
_BEFORE_TRAINED = words("the some about more than new future")  # "training the new Syrian army"


def _accused_aid_event(s: Sentence, disc: Discourse, out: _Builder, hedged: bool) -> bool:
    """ "The army accused the United Arab Emirates of arming and financing Dagalo's men": the
    accused arms the party named after the verb; the accuser is the source."""
    for v, vb in s.find("triggers.military_aid_accused"):
        if v < 2 or s.low[v - 1] != "of":
            continue
        giver = s.mention_at(v - 2)
        if giver is None or not giver.entity.party or giver.entity.kind in (REGION, MEDIA):
            continue
        accused = s.find("triggers.accusation_words", max(0, giver.start - ACCUSED_REACH), v)
        if not accused:
            continue
        recipient = next(
            (
                m.entity
                for m in s.mentions_in(vb, min(len(s), vb + 4))
                if m.entity.party and m.entity.kind not in (REGION, MEDIA)
            ),
            None,
        )
        if recipient is None or recipient.party == giver.entity.party:
            continue
        out.add(
            s,
            type="military_aid",
            actor=giver.entity.party,
            target=recipient.party,
            source=_accuser(s, accused[0][0], disc),
            hedged=True,
            confidence=0.4,
        )
        return True
    return False


def _accuser(s: Sentence, at: int, disc: Discourse) -> str | None:
    """Who accuses: the subject before the accusation ("Sudan accuses"), else whoever the
    sentence says speaks ("the army", the state it belongs to)."""
    subject = _sentence_subject(s, at)
    if subject is not None and subject.party:
        return subject.party
    return _source(claimant(s, at, disc))


PACKAGE_ITEMS_REACH = 4  # "a package of M577 armoured personnel carriers"


def _item_packages(s: Sentence) -> list[tuple[int, int]]:
    """ "a package of drones and counter-drone equipment", "another package of ammunition": a
    package whose contents are weapons is aid (not "a package of sanctions")."""
    if "package" not in s.lowset and "packages" not in s.lowset:
        return []
    items = [a for a, _ in s.find("triggers.military_aid_items")]
    return [
        (k, k + 2)
        for k, w in enumerate(s.low[:-1])
        if w in ("package", "packages")
        and s.low[k + 1] == "of"
        and any(k + 2 <= a <= k + 2 + PACKAGE_ITEMS_REACH for a in items)
    ]


_KOREAS = {"North": "North Korea", "South": "South Korea"}
_LEAVINGS = words("leave leaves leaving left exit exits exited quit quits")
_BLOCS = words("bloc alliance union treaty talks deal agreement accord pact grouping community")


def _leaves_a_body(s: Sentence, b: int) -> bool:
    """Whether what is left right after token b is a bloc, a treaty or talks."""
    k = b + (b < len(s) and s.low[b] == "the")
    m = s.mention_at(k)
    if m is not None and m.start == k and m.entity.kind == INTERNATIONAL:
        return True
    return not _BLOCS.isdisjoint(s.low[k : k + 3])


_PURCHASES = words("order orders purchase purchases procurement acquisition")


def _bought(s: Sentence, a: int) -> bool:
    """Whether the weapons at token a are what someone orders or buys ("its order of 88 F-35
    fighter jets")."""
    return not _PURCHASES.isdisjoint(s.low[max(0, a - 4) : a])


_GOVERNMENTS = words("government administration cabinet")


def _unnamed_government(s: Sentence, before: int, disc: Discourse) -> list[str]:
    """ "The Government will provide £3 billion in military aid": the state whose voice the
    document is (a ministry's answer), else the one it is about."""
    for k in range(1, before):
        if s.low[k] in _GOVERNMENTS and s.low[k - 1] == "the":
            home = disc.voice() or [disc.document_country()]
            return [p for p in home if p]
    return []


def _noun_aid_event(s: Sentence, disc: Discourse, out: _Builder, hedged: bool) -> None:
    """Aid named as such ("a military aid package for Ukraine", "pledged air defence")."""
    nouns = [  # not a word of a name ("the Multinational Security Support mission")
        (a, b) for a, b in s.find("triggers.military_aid_nouns") if s.mention_at(a) is None
    ] or _item_packages(s)
    train = (
        [i for i, w in enumerate(s.low) if w in TRAIN_WORDS and _trains_others(s, i)]
        if not TRAIN_WORDS.isdisjoint(s.lowset)
        else []
    )
    if not nouns and not train:
        return
    verbs = _aid_verbs(s)
    if not verbs and not train:
        return
    if not train and all(_bought(s, a) for a, _ in nouns):
        return  # "reviewing its order of 88 F-35 fighter jets": a purchase, no aid
    anchor = (train or [nouns[0][0]])[0]
    verb_at = min((a for a, _ in verbs), key=lambda a: abs(a - anchor), default=anchor)
    if train:
        verb_at = anchor  # "trains Ukrainian soldiers" is the giving itself
    if abs(verb_at - anchor) > AID_VERB_REACH:
        return  # "the package would include ... details will be unveiled": not a provision
    first = min(anchor, verb_at)
    if _negated_before(s, first, 12, weighing=True) or _refused_after(s, verb_at):
        return
    if s.has("triggers.diplomatic_request", 0, first):
        return  # "urged allies to send air defence": a request for aid, not aid given
    claim = claimant(s, first + 1, disc)
    # the giver is the subject, each of coordinated subjects ("The Netherlands and Denmark are
    # leading ..."), not whoever reports it ("Iran supplied ..., according to US officials")
    fused = first >= 2 and s.low[first - 1] == "-" and s.mention_at(first - 2)
    actors = _subject_group(s, first) or list(claim.parties) or _unnamed_government(s, first, disc)
    if fused and fused.entity.party:
        actors = [fused.entity.party]  # "Emirati-supplied weapons", reported by whoever says so
    if not actors:
        return
    target = None
    # the names opening a coordinated clause and those listed with them: the next givers
    next_givers = {
        (x.start, x.end)
        for c in s.mentions
        if _clause_subject(s, c)
        for x in _with_coordinated(s, c)
    }
    for m in s.mentions:
        if m.start <= first or not m.entity.party or m.entity.party in actors:
            continue
        if m.entity.kind in (MEDIA, REGION) or _made_by(s, m):
            continue  # "US-made weapons for Ukraine": the maker is not the recipient
        if (m.start, m.end) in next_givers:
            continue  # "..., and Germany said it was considering": the next giver
        target = m.entity.party
        break
    for actor in dict.fromkeys(actors):
        out.add(
            s,
            type="military_aid",
            actor=actor,
            target=target,
            source=_source(claim) if fused else actor,
            source_text=claim.text,
            hedged=hedged,
            confidence=0.6,
        )
