"""Names an article introduces, learned as it is read so later sentences know them.

The gazetteer cannot list every think tank or official. News names them in a few fixed ways,
and those are learned here for the rest of the article:

- a body the gazetteer lacks: a run of capitalised words with an organisation head word
  ("the Mekong Security Research Group", "the Kyiv-based Centre for Defence Reforms"), a name
  before an apposition saying what it is ("Oryx, an open-source group,"), an acronym before a
  lowercase type ("the CSP-DPA alliance"); its claims are its own, under the name as written;
- an abbreviation defined in brackets ("the Arakan Army (AA)");
- an official's surname, from a title ("Latvia's defence minister, Andris Kalns"), an
  apposition ("Jonas Berg, Norway's defence minister,"), an affiliation ("Ana Petrescu, a
  fellow at the Black Sea Security Forum,") or a full name listed in people.yaml.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.lexicon import (
    AGENCY,
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
from pipeline.extract.sentence import Mention, Sentence, phrases, word_set

Learned = dict[tuple[str, ...], Entity]

APPOSITION_REACH = 8  # words in "an open-source research group" or "a senior fellow at X"
ABBREVIATION_MAX = 8  # characters of an abbreviation defined in brackets: "(CSRC)"

_NAME_LINKS = words("for of the and on &")  # "Institute for the Study of War"
_NOT_NAME_START = words(
    "the a an on in at by for from with after before during since this that these those it "
    "he she they we our their its his her but and or as while when meanwhile however "
    "separately earlier later instead also still yesterday today asked"
)
_AFFILIATION_PREPS = words("at of with for from")
_DETERMINERS = words("a an the")


# the "\b" before the name is a lookbehind after its capital: a pattern that opens with a
# character class lets the regex engine skip to the next capital in C (half the time)
_AFFILIATION = re.compile(
    r"([A-Z](?<!\w[A-Z])[\w'’-]+), (?:a|an|the) ((?:[\w'’-]+ ){0,7}?)"
    r"(?:at|of|with|for|from) (?:the )?"
    r"([A-Z][\w'’&.-]*(?: (?:[A-Z][\w'’&.-]*|for|of|the|and|on))*)"
)


def learn_affiliations(text: str, learned: Learned) -> None:
    """ "Montgomery, a senior director at the Foundation for Defense of Democracies," anywhere
    in the article: the person speaks for that body in every sentence, the ones before too
    ("retired Rear Admiral Mark Montgomery told ..." in the lead)."""
    lex = load_lexicon()
    roles = word_set("affiliation_roles")
    heads = lex.words["new_bodies.heads"]
    for m in _AFFILIATION.finditer(text):
        name, role, org = m.group(1), m.group(2).split(), m.group(3).split()
        if name.lower() in _NOT_NAME_START or name in lex.aliases:
            continue
        if not any(w.lower() in roles for w in role):
            continue
        while org and org[-1] in _NAME_LINKS:
            org.pop()
        ent = lex.aliases.get(" ".join(org))
        if ent is None and any(w.lower() in heads for w in org) and len(org) > 1:
            ent = Entity(" ".join(org), RESEARCH)
        if ent is not None and ent.party and ent.kind not in (COUNTRY, REGION, MEDIA, PERSON):
            learned[(name,)] = Entity(name, PERSON, ent.party)


def learn_homonyms(text: str, learned: Learned) -> None:
    """ "SDF" in a story about Japan's drills is Japan's Self-Defense Forces, in one about Raqqa
    the Syrian Democratic Forces: each homonym the article names takes the reading whose cue
    words (data/homonyms.yaml) the article uses most, the usual one on a tie."""
    for alias, readings in load_lexicon().homonyms.items():
        if alias not in text:
            continue  # nearly every article: no homonym at all
        best = max(readings, key=lambda r: len(r.cues.findall(text)))  # the first on a tie
        learned[tuple(alias.split())] = best.entity


def learn_apposed_speaker(s: Sentence, comma: int, party: str, learned: Learned) -> None:
    """ "Dana Whitcombe, the deputy assistant secretary of defense, said": the name before the
    comma of a speaker's apposition speaks for the apposition's state in later sentences too
    ("..., Whitcombe said")."""
    if comma < 2 or s.low[comma] != ",":
        return
    start = _name_start(s, comma)
    if comma - start < 2 or s.mention_at(start) is not None or s.low[start] in _NOT_NAME_START:
        return  # a first name and a surname, unknown so far
    _learn(s, start, comma, party, learned)


def learn_names(s: Sentence, learned: Learned) -> None:
    """Add the names this sentence introduces to `learned`, and every learned name it holds to
    its mentions (in this order, so "Ana Petrescu, a fellow at X" knows X first)."""
    _add_bodies(s, learned)
    _learn_abbreviations(s, learned)
    _learn_persons(s, learned)
    _add_learned(s, learned)
    _add_halves(s, learned)


def _capitalised(s: Sentence, i: int) -> bool:
    text = s.words[i]
    return text[:1].isupper() and any(c.isalpha() for c in text) and text != "'s"


def _joined(s: Sentence, i: int) -> bool:
    """Token i is a hyphen (or an unspaced en dash) inside a word ("Kosiniak-Kamysz",
    "Institute for Strategy and Policy–Myanmar"), not a spaced dash."""
    return s.low[i] in ("-", "–") and 0 < i < len(s) - 1 and not s.spaced(i - 1) and not s.spaced(i)


def _word_end(s: Sentence, i: int) -> int:
    """End of the word starting at token i, hyphenated parts included."""
    j = i + 1
    while j + 1 < len(s) and _joined(s, j):
        j += 2
    return j


def _name_run(s: Sentence, i: int) -> int:
    """End of a run of capitalised words starting at i (i itself when there is none)."""
    j = i
    while j < len(s) and _capitalised(s, j) and s.mention_at(j) is None:
        j = _word_end(s, j)
    return j


def _name_start(s: Sentence, end: int, places: bool = False) -> int:
    """Start of the run of capitalised words ending just before `end`; with `places`, a place
    may open it ("Sahel Watchers")."""
    i = end
    while i > 0:
        k = i - 1
        while k > 1 and _joined(s, k - 1):
            k -= 2
        m = s.mention_at(k)
        if m is not None and places and i < end and m.entity.kind in (COUNTRY, REGION):
            i = m.start
            continue
        if not _capitalised(s, k) or m is not None:
            break
        i = k
    return i


def _add_mention(s: Sentence, a: int, b: int, ent: Entity) -> None:
    s.mentions = [m for m in s.mentions if m.end <= a or m.start >= b]
    s.mentions.append(Mention(a, b, ent))
    s.mentions.sort(key=lambda m: m.start)
    s.derived.clear()


def _add_bodies(s: Sentence, learned: Learned) -> None:
    if not load_lexicon().words["new_bodies.heads"].isdisjoint(s.lowset):
        _headed_bodies(s)  # most sentences name no "Group" or "Institute": no token walk
    _apposition_bodies(s, learned)
    _typed_bodies(s, learned)
    _acronym_bodies(s, learned)
    if "by" in s.lowset and not _COUNT_NOUNS.isdisjoint(s.lowset):
        _counting_bodies(s, learned)


_COUNT_NOUNS = words("count tally reckoning estimate estimates calculations")


def _counting_bodies(s: Sentence, learned: Learned) -> None:
    """ "By Northlight's count, ...", "a tally by Airwatch": a name whose count a sentence goes
    by is a body that counts (a monitor, a project), whatever the gazetteer knows."""
    for i in range(len(s) - 3):
        if s.low[i] != "by" or not _capitalised(s, i + 1) or s.mention_at(i + 1) is not None:
            continue
        j = _name_run(s, i + 1)
        counted_by = (  # "a count by Airwatch"; not "an estimate by Western officials"
            i > 0 and s.low[i - 1] in _COUNT_NOUNS and j > i + 1 and not _speaker_noun_at(s, j)
        )
        if counted_by or (
            j + 1 < len(s) and s.low[j] in ("'s", "’s") and s.low[j + 1] in _COUNT_NOUNS
        ):
            if s.low[i + 1] in _NOT_NAME_START:
                continue
            ent = Entity(s.text_of(i + 1, j), RESEARCH)
            learned[tuple(s.words[i + 1 : j])] = ent
            _add_mention(s, i + 1, j, ent)


def _speaker_noun_at(s: Sentence, j: int) -> bool:
    """Whether token j is a noun for people who speak ("officials", "analysts", "sources"):
    the capitalised word before it describes them rather than naming a body."""
    if j >= len(s):
        return False
    w = s.low[j]
    return any(w in word_set(f"speaker_nouns.{k}") for k in ("anonymous", "posted", "outsiders"))


def _headed_bodies(s: Sentence) -> None:
    """Capitalised runs with an organisation head word ("the Mekong Security Research
    Group"), as mentions."""
    lex = load_lexicon().words
    heads, nonstate = lex["new_bodies.heads"], lex["new_bodies.nonstate_heads"]
    i = 0
    while i < len(s):
        m = s.mention_at(i)
        # a demonym may open a monitor's or institute's name ("the Syrian Observatory")
        lead = m is not None and m.start == i and m.entity.kind in (COUNTRY, REGION)
        if m is not None and m.start == i and m.entity.kind in (INTERNATIONAL, AGENCY):
            i = _owned_name_end(s, m)  # "the UN Group of Experts" speaks for the UN
            continue
        if not _capitalised(s, i) or (m is not None and not lead) or s.low[i] == "the":
            i += 1
            continue
        j, last, head_seen = (m.end, m.end, False) if lead else (i, i, False)
        while j < len(s):
            inner = s.mention_at(j)
            if j > i and not head_seen and _place_inside(s, j, inner):
                j = last = inner.end  # "West Africa Defence Review", "Gulf of Guinea ..."
                continue
            if _capitalised(s, j) and (head_seen or s.mention_at(j) is None):
                head_seen = head_seen or s.low[j] in heads
                j = _word_end(s, j)
                last = j
            elif (
                s.low[j] in _NAME_LINKS
                and j + 1 < len(s)
                and (_capitalised(s, j + 1) or s.low[j + 1] == "the")
            ):
                j += 1
            elif s.low[j] == "," and head_seen and "for" in s.low[i:j] and _listed_on(s, j):
                j = last = _listed_on(s, j)  # "Centre for Peace, Security and Development"
            elif (
                s.low[j] == ","
                and not head_seen
                and j > i
                and _listed_on(s, j, heads)
                and not heads.isdisjoint(s.low[j : _listed_on(s, j, heads)])
            ):  # "the Conflict Events, Locations & Actors Register": a list, then the head
                j = last = _listed_on(s, j, heads)
                head_seen = True
            else:
                break
        while i < last and s.low[i] in _NOT_NAME_START:
            i += 1  # "But Hong Kong ...": a capitalised sentence opener is no part of a name
        if head_seen and not lead:
            i = _trim_leading_words(s, i, last)
        if lead and head_seen and not _stateless_place(m):
            head = next(k for k in range(i, last) if s.low[k] in heads)
            head_seen = s.low[head] in nonstate  # "the Syrian Observatory"; not Syria's Group
        if head_seen and _is_body_name(s, i, last):
            ent = Entity(s.text_of(i, last), RESEARCH)
            _add_mention(s, i, last, ent)
        i = max(last, i + 1)


def _listed_on(s: Sentence, comma: int, heads: frozenset[str] = frozenset()) -> int:
    """End of a list of capitalised words that a name's "for" runs on into after a comma
    ("for Peace, Security and Development"), 0 when none: the list ends with "and" and one
    more word, then anything but another capitalised word (or, with `heads`, runs on to the
    first of those: "Locations & Actors Register")."""
    k = comma
    while k + 1 < len(s) and s.low[k] == "," and _capitalised(s, k + 1):
        if s.mention_at(k + 1) is not None:
            return 0  # "for Peace, Russia and ...": places, not a name's own words
        k = _word_end(s, k + 1)
    if k + 1 >= len(s) or s.low[k] not in ("and", "&") or not _capitalised(s, k + 1):
        return 0
    if s.mention_at(k + 1) is not None:
        return 0
    end = _word_end(s, k + 1)
    if heads and s.low[k + 1] not in heads:
        while end < len(s) and _capitalised(s, end) and s.mention_at(end) is None:
            end = _word_end(s, end)
            if s.low[end - 1] in heads:
                return end
    return 0 if end < len(s) and _capitalised(s, end) else end


def _stateless_place(m: Mention | None) -> bool:
    """A place no state owns ("Baltic Sea", "Sahel"): a body named after it is nobody's
    agency ("the Baltic Sea Monitoring Group")."""
    return m is not None and m.entity.kind == REGION and not m.entity.country


def _place_inside(s: Sentence, j: int, m: Mention | None) -> bool:
    """A country or region named inside a body's name, before its head word."""
    return (
        m is not None
        and m.start == j
        and _capitalised(s, j)
        and m.entity.kind
        in (
            COUNTRY,
            REGION,
        )
    )


def _owned_name_end(s: Sentence, m: Mention) -> int:
    """End of the capitalised name right after an international body or state agency
    ("UN Group of Experts", "EU Military Staff"): a part of that body, not a new one."""
    j = m.end
    while j < len(s) and _capitalised(s, j) and s.mention_at(j) is None:
        j = _word_end(s, j)
        if j + 1 < len(s) and s.low[j] in _NAME_LINKS and _capitalised(s, j + 1):
            j += 1
    return max(j, m.start + 1)


def _trim_leading_words(s: Sentence, a: int, b: int) -> int:
    """ "Fighters of the Azawad Patriotic Front": the name starts after a link that comes
    before any head word."""
    heads = load_lexicon().words["new_bodies.heads"]
    head = next(k for k in range(a, b) if s.low[k] in heads)
    # not "and"/"&": "the Conflict Events, Locations & Actors Register" is one name
    links = [k for k in range(a, head) if s.low[k] in ("of", "for", "on", "the")]
    if not links:
        return a
    k = links[-1] + 1
    return k + 1 if k < b and s.low[k] == "the" else k


def _is_body_name(s: Sentence, a: int, b: int) -> bool:
    lex = load_lexicon().words
    heads, state, units = (lex[f"new_bodies.{k}"] for k in ("heads", "state_words", "unit_words"))
    low = s.low[a:b]
    # "National Security Council", "Eastern Group of Forces": the state's; not a "Centre for
    # Eurasian Force Studies", whose head no state body has
    unit = any(w in units for w in low) and lex["new_bodies.nonstate_heads"].isdisjoint(low)
    if low[0] in state or unit:
        return False
    named = [w for w in low if w not in heads and w not in _NAME_LINKS and w != "-"]
    return bool(named) and not (a == 0 and b - a == 1)


def _apposition_bodies(s: Sentence, learned: Learned) -> None:
    """ "Oryx, an open-source group, counted", "OpenTally, the independent Russian outlet,":
    the name before a comma and an apposition whose head is an organisation type."""
    for c in [k for k, w in enumerate(s.low) if w == ","]:
        if c + 2 >= len(s) or s.low[c + 1] not in ("a", "an", "the"):
            continue  # "Oryx, an open-source group,", "OpenTally, the independent outlet,"
        end = c + 2
        while end < len(s) and end - c <= APPOSITION_REACH and s.low[end] not in (",", ".", ";"):
            end += 1
        kind = None
        for list_name, k in (("new_bodies.media_types", MEDIA), ("new_bodies.types", RESEARCH)):
            for a, b in s.find(list_name, c + 2, end):
                after = s.low[b] if b < len(s) else "."
                heads_it = after in (",", ".", ";", "based", "that", "which", "in", "run")
                if heads_it and not any(w in _AFFILIATION_PREPS for w in s.low[c + 2 : a]):
                    kind = kind or k
        if kind is None:
            continue
        c = _before_abbreviation(s, c)  # "The Observatorio Andino de Conflicto (OAC), a ..."
        start = _linked_name_start(s, c)
        inner = s.mention_at(c - 1)
        if start == c and inner is not None and inner.end == c and inner.start >= 2:
            # "All Eyes on Wagner, a research project": a known name closes an unknown one
            link = inner.start - 1
            if s.low[link] in _NAME_LINKS and _capitalised(s, link - 1):
                start = _name_start(s, link)
        start += start < c - 2 and s.low[start] == "the"  # "The Peace Monitoring Circle, a";
        titled = start == c - 2 and s.words[start] == "The"  # one word keeps it: "The Sentry"
        if start == c or (s.low[start] in _NOT_NAME_START and not titled):
            continue
        ent = Entity(s.text_of(start, c), kind)
        learned[tuple(s.words[start:c])] = ent
        _add_mention(s, start, c, ent)


def _typed_bodies(s: Sentence, learned: Learned) -> None:
    """ "the independent project Names of the Fallen", "the monitoring group Airwatch": a kind
    of body, then the name it goes by in capitals."""
    for a, b in s.find("new_bodies.types"):
        if a == 0 or s.low[a - 1] not in ("the", "a", "an") and not _describing(s, a - 1):
            continue
        if b >= len(s) or not _capitalised(s, b) or s.mention_at(b) is not None:
            continue
        if s.low[b] in _NOT_NAME_START or s.low[b] in DATE_WORDS:
            continue
        end = _name_run(s, b)
        while (
            end + 1 < len(s)
            and s.low[end] in ("of", "the", "for", "on")
            and (_capitalised(s, end + 1) or s.low[end + 1] == "the")
        ):  # "Names of the Fallen"
            nxt = end + 1 + (s.low[end + 1] == "the")
            if nxt >= len(s) or not _capitalised(s, nxt) or s.mention_at(nxt) is not None:
                break
            end = _name_run(s, nxt)
        if end == b or _speaker_noun_at(s, end):
            continue  # "a group Western officials say": a people's word, not a name
        ent = Entity(s.text_of(b, end), RESEARCH)
        learned[tuple(s.words[b:end])] = ent
        _add_mention(s, b, end, ent)


def _describing(s: Sentence, k: int) -> bool:
    """An adjective before a kind of body ("the independent project", "a London-based group"):
    lower case, after "the"/"a" within two words."""
    return any(
        s.low[j] in ("the", "a", "an")
        and all(s.words[x].islower() or s.low[x] == "-" for x in range(j + 1, k + 1))
        for j in range(max(0, k - 3), k)
    )


DATE_WORDS = words(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december"
)
_FOREIGN_LINKS = words(
    "de del della des du da di dos das do al el wal van von la le para por pour et y"
)


def _before_abbreviation(s: Sentence, end: int) -> int:
    """Where a name ends that its abbreviation in brackets follows, ending at `end` ("... de
    Conflicto (OAC)"); `end` itself when no bracket closes there."""
    if end >= 4 and s.low[end - 1] == ")" and s.low[end - 3] == "(" and s.words[end - 2].isupper():
        return end - 3
    return end


def _linked_name_start(s: Sentence, end: int) -> int:
    """Start of a capitalised name ending before `end`, through the lower-case links of names
    in other languages ("Observatorio Andino de Conflicto", "Fundación Ideas para la Paz")."""
    start = _name_start(s, end, places=True)
    while start < end and start >= 2 and s.low[start - 1] in _FOREIGN_LINKS:
        k = start - 1
        while k >= 1 and s.low[k - 1] in _FOREIGN_LINKS:
            k -= 1  # "de la"
        if k < 1 or not _capitalised(s, k - 1):
            break
        start = _name_start(s, k, places=True)
    return start


def _acronym_bodies(s: Sentence, learned: Learned) -> None:
    """ "rebels of the CSP-DPA alliance": an acronym named by its lowercase type."""
    types = word_set("new_bodies.types")
    if types.isdisjoint(s.lowset):
        return  # no "alliance" or "group" for an acronym to name
    for i in range(1, len(s)):
        if s.low[i - 1] != "the" or s.mention_at(i) is not None:
            continue
        j = _word_end(s, i)
        if j >= len(s) or s.low[j] not in types:
            continue
        text = s.text_of(i, j)
        letters = [c for c in text if c.isalpha()]
        if len(letters) < 2 or not all(c.isupper() for c in letters):
            continue
        ent = Entity(text, RESEARCH)
        learned[tuple(s.words[i:j])] = ent
        _add_mention(s, i, j, ent)


def _learn_abbreviations(s: Sentence, learned: Learned) -> None:
    """ "The Arakan Army (AA) said": AA is the Arakan Army for the rest of the article."""
    for m in list(s.mentions):
        k = m.end
        if k + 2 >= len(s) or s.low[k] != "(" or s.low[k + 2] != ")":
            continue
        abbr = s.words[k + 1]
        upper = sum(1 for c in abbr if c.isupper())
        known = load_lexicon().aliases.get(abbr)
        # "the Armed Forces of the Philippines (AFP)": the article's own definition beats a news
        # agency of the same letters
        # ("Japan's Self-Defense Forces (SDF)": not the Syrian Democratic Forces here either)
        shadows = known is not None and (
            (known.kind == MEDIA and m.entity.kind != MEDIA)
            or (
                known.party != m.entity.party
                and m.entity.kind != MEDIA
                and _initials(s.text_of(m.start, m.end)) == abbr.upper()
            )
        )
        if 2 <= len(abbr) <= ABBREVIATION_MAX and upper >= 2 and (known is None or shadows):
            learned[(abbr,)] = m.entity


def _initials(name: str) -> str:
    """ "Self-Defense Forces" -> "SDF": the capitals that open the words of a name."""
    return "".join(w[0] for w in re.split(r"[\s\-]+", name) if w[:1].isupper())


def _surname(s: Sentence, a: int, b: int) -> tuple[int, int] | None:
    """Token span of the surname in the name [a, b): the last word, or the first of a Korean
    style name whose hyphenated given name comes last ("Shin Won-sik", "Lee Seong-kweun")."""
    starts, i = [], a
    while i < b:
        starts.append(i)
        i = _word_end(s, i)
    if not starts:
        return None
    last = starts[-1]
    korean = len(starts) > 1 and _word_end(s, last) - last > 1 and s.words[last + 2].islower()
    first = starts[0]
    return (first, _word_end(s, first)) if korean else (last, _word_end(s, last))


def _learn(s: Sentence, a: int, b: int, party: str | None, learned: Learned) -> None:
    span = _surname(s, a, b)
    if span is None or party is None:
        return
    key = tuple(s.words[span[0] : span[1]])
    if key[0].lower() in _NOT_NAME_START:
        return
    learned.setdefault(key, Entity(" ".join(key), PERSON, party))  # the first word on them wins
    if _family_name_first(party) and span[0] > a:
        first = tuple(s.words[a : _word_end(s, a)])  # "Jiang Bin": "Jiang said" later
        if first[0][:1].isupper() and first[0].lower() not in _NOT_NAME_START:
            learned.setdefault(first, Entity(" ".join(first), PERSON, party))


@cache
def _family_name_first_states() -> frozenset[str]:
    return frozenset(" ".join(p) for p in phrases("family_name_first"))


def _family_name_first(party: str) -> bool:
    return party.lower() in _family_name_first_states()


def _learn_persons(s: Sentence, learned: Learned) -> None:
    titles = word_set("titles")
    modifiers = word_set("title_modifiers")
    for m in list(s.mentions):
        if m.entity.kind == PERSON:
            if m.end - m.start > 1:  # a listed full name: its surname alone later
                _learn(s, m.start, m.end, m.entity.party, learned)
            continue
        if not m.entity.party or m.entity.kind == MEDIA:
            continue
        # "Ukrainian Foreign Minister Dmytro Kuleba", "Latvia's defence minister, Andris Kalns"
        j = m.end
        if j < len(s) and s.low[j] in ("'s", "’s"):
            j += 1
        j = _past_body_name(s, j, titles)  # "Chinese Ministry of National Defense spokesperson"
        saw_title = False
        while j < len(s) and (s.low[j] in titles or s.low[j] in modifiers):
            saw_title = saw_title or s.low[j] in titles
            j += 1
        if saw_title and j + 1 < len(s) and s.low[j] == "," and _capitalised(s, j + 1):
            j += 1
        end = _name_run(s, j) if saw_title else j
        if end > j:
            _learn(s, j, end, m.entity.party, learned)
    commas = [k for k, w in enumerate(s.low) if w == ","]
    for n, c in enumerate(commas):
        # "the spokesperson for Ukraine's Southern Defence Forces, Nataliya Humeniuk, said"
        end = _name_run(s, c + 1)
        words_in_name = sum(1 for k in range(c + 1, end) if s.low[k] != "-")
        if words_in_name >= 2 and (end == len(s) or s.low[end] in (",", "said", "says")):
            lo = commas[n - 1] + 1 if n else 0
            title = any(w in titles for w in s.low[lo:c])
            owners = [
                m
                for m in s.mentions_in(lo, c)
                if m.entity.party and m.entity.kind not in (MEDIA, PERSON)
            ]
            if title and owners:
                _learn(s, c + 1, end, owners[-1].entity.party, learned)
    for c in commas:
        start = _name_start(s, c)
        if start == c or s.low[start] in _NOT_NAME_START or (start == 0 and c == 1):
            continue  # a single word opening the sentence is too often not a name
        party = _apposition_party(s, c + 1, titles)
        if party:
            _learn(s, start, c, party, learned)


BODY_NAME_REACH = 6  # words of a body's name between a country and an official's title


def _past_body_name(s: Sentence, j: int, titles: frozenset[str]) -> int:
    """Past a capitalised body name ("Ministry of National Defense") to the title after it,
    else j unchanged."""
    k = j
    while k < min(len(s), j + BODY_NAME_REACH) and (
        s.words[k][:1].isupper() or s.low[k] in ("of", "for", "and")
    ):
        k += 1
    return k if k > j and k < len(s) and s.low[k] in titles else j


def _apposition_party(s: Sentence, k: int, titles: frozenset[str]) -> str | None:
    """Whom a person apposition starting at token k says the person speaks for: "Norway's
    defence minister", "the Estonian defence minister", "a senior fellow at the X Forum"."""
    determined = k < len(s) and s.low[k] in _DETERMINERS
    k += determined
    end = k
    while end < len(s) and end - k < APPOSITION_REACH and s.low[end] not in (",", ".", ";"):
        end += 1
    m = s.mention_at(k)
    if m is not None and m.entity.party and m.entity.kind not in (MEDIA, PERSON):
        rest = s.low[m.end : end]
        if any(w in titles for w in rest[:4]):
            return m.entity.party
    roles = word_set("affiliation_roles")
    for i in range(k, end):
        if s.low[i] in _AFFILIATION_PREPS and i + 1 < end:
            if not determined or not any(w in roles for w in s.low[k:i]):
                break  # "the Sarbanes-Oxley Act, part of the US clean-up": no person
            j = i + 2 if s.low[i + 1] == "the" else i + 1
            m = s.mention_at(j)
            if m is not None and m.entity.party and m.entity.kind not in (MEDIA, PERSON):
                return m.entity.party
            break
    return None


# A country split in two that news calls by its half: "the North" and "the South" once the
# text has named one of them. Analysts extend it in code only if another such pair appears.
_HALVES = {"North Korea": "North", "South Korea": "South"}


def _add_halves(s: Sentence, learned: Learned) -> None:
    """ "the North is expected to send 6,000 more": North Korea, in a text that named North or
    South Korea before (learned under the key ("<half>", "North"), which no text matches)."""
    for m in s.mentions:
        if m.entity.name in _HALVES:
            aliases = load_lexicon().aliases
            for name, half in _HALVES.items():
                learned.setdefault(("<half>", half), aliases[name])
    for half in ("North", "South"):
        ent = learned.get(("<half>", half))
        if ent is None:
            continue
        for i in range(1, len(s)):
            if s.words[i] != half or s.low[i - 1] != "the" or s.mention_at(i) is not None:
                continue
            if i + 1 < len(s) and s.words[i + 1][:1].isupper():
                continue  # "the North Atlantic", "the South China Sea"
            s.mentions.append(Mention(i, i + 1, ent))
            s.mentions.sort(key=lambda m: m.start)
            s.derived.clear()


def _redefined(key: tuple[str, ...], known: Entity, learned: Entity) -> bool:
    """An abbreviation the article defined, or a homonym it reads, as something other than the
    gazetteer's entry."""
    if known.party == learned.party:
        return False
    return (len(key) == 1 and key[0].isupper()) or " ".join(key) in load_lexicon().homonyms


def _add_learned(s: Sentence, learned: Learned) -> None:
    if not learned:
        return
    firsts: dict[str, list[tuple[str, ...]]] = {}
    for key in learned:
        firsts.setdefault(key[0], []).append(key)
    for i, word in enumerate(s.words):
        for key in sorted(firsts.get(word, ()), key=len, reverse=True):
            b = i + len(key)
            if tuple(s.words[i:b]) != key:
                continue
            ent = learned[key]
            if any(s.mention_at(x) is not None for x in range(i, b)):
                known = s.mention_at(i)
                if known is None or (known.start, known.end) != (i, b):
                    break
                if known.entity.kind != MEDIA and not _redefined(key, known.entity, ent):
                    break
                s.mentions.remove(known)  # a news agency's letters, defined otherwise here
            if ent.kind == PERSON:
                ent = Entity(s.text_of(i, b), PERSON, ent.country)
            s.mentions.append(Mention(i, b, ent))
            s.derived.clear()
            break
    s.mentions.sort(key=lambda m: m.start)
