"""Who says so: the claimant of a figure, from the reporting words around it.

Forms handled: "according to X" (or "according to a study by X") anywhere in the sentence;
"X said/estimates/counted ... N"; "N ..., X said"; inverted "..., said X"; "X put the number
at N"; passive "is estimated by X"; "X's estimates ... N"; "This was stated by X" in the next
sentence; "a lawmaker said, citing X"; apposition ("Jake Sullivan, the U.S. National Security
Advisor, said"; "Chatham House, a London think tank, estimates": the body, not London); and
speakers named earlier in the article: "the ministry" is the last state quoted, "the study"
the last think tank or monitor, "he" the last person, "it" the last body or the previous
sentence's subject. A figure in a relative clause about somebody else ("Iran, which keeps
3,000 advisers in Syria, ..., the ministry said") is the writer's background, not the quote.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from pipeline.extract.figures import dateline_end
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
from pipeline.extract.names import Learned, learn_apposed_speaker, learn_names
from pipeline.extract.sentence import Mention, Sentence, word_set

QUOTE_LOOKAHEAD = 3  # sentences a quotation may run on before its speaker is named
QUOTE_SPEAKER_REACH = 8  # '...," Hungary's defence minister told reporters': words to the verb
REDUCED_RELATIVE_REACH = 4  # "the 300,000 the junta says": words from the speaker to its verb
COMPARISON_REACH = 6  # "more than Moscow and Minsk have admitted": words from "than" to its verb
NAME_TAIL_MAX = 4  # words after a name still inside it: "the ISW (Institute ...)", "Oryx group"
HEAD_NOUN_PHRASE_MAX = 6  # words of a speaker phrase whose head noun is remembered
PUT_AT_REACH = 25  # "put the number of soldiers killed since the start of the war at 43,000"

_HARD = frozenset({";", ":", "“", "”", '"', "—", "–", "-", "that", "but", "while", "whereas"})
_PREP_LOC = frozenset({"in", "at", "to", "against", "near", "on", "inside", "into", "toward"})
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "which", "who", "him", "them"})
_POSSESSIVES = frozenset({"the", "its", "their", "his", "her"})
_PASSIVE_AUX = frozenset({"is", "are", "was", "were", "be", "been", "being", "an", ","})
_PASSIVE_ADVERBS = words(
    "now also still currently widely generally already previously reportedly officially "
    "conservatively independently recently broadly variously"
)
_PROGRESSIVE_AUX = words("is are was were be been being has have had")
_ESTIMATE_VERBS = words(
    "estimated estimates estimate assessed assesses assess believes believe put puts "
    "reckons reckoned thinks calculated"
)
_ESTIMATE_NOUNS = words("estimates estimate assessment tally intelligence data")
_NOT_REPORTING = words("figure figures")  # estimate words; a speaker's only after "X's"
_ATTRIBUTIVE = words("its their his her the this that these those 's ’s")
_OWNED_COUNTS = _NOT_REPORTING | words("number numbers records reckoning calculations")
_ADD_VERBS = words("add adds added adding")
_QUANTITY_START = words("roughly about some another more around nearly almost over a an new")
_CITING = words("citing quoting")
_BRIEFED = words("briefing briefings briefed presentation")
_SEEN_BY = words("seen obtained reviewed viewed read heard cited relayed quoted carried")
_RELAYED = words("cited relayed quoted carried")
_MEDIA_WORDS = words("media press newspaper newspapers outlets outlet broadcaster television")


def _relayed_by_media(s: Sentence, v: int) -> bool:
    """ "estimates cited by Lebanese media", "figures relayed by the Kyiv Independent": the
    press passes a figure on; it claims nothing (a person who cites a figure does)."""
    if s.low[v] not in _RELAYED or s.low[v + 1 : v + 2] != ["by"]:
        return False
    agent = s.low[v + 2 : v + 2 + MEDIA_AGENT_REACH]
    m = next((x for x in s.mentions_in(v + 2, v + 2 + MEDIA_AGENT_REACH)), None)
    return (m is not None and m.entity.kind == MEDIA) or not _MEDIA_WORDS.isdisjoint(agent)


MEDIA_AGENT_REACH = 4  # "cited by the state-run Lebanese media"


def _relayed(s: Sentence, v: int) -> bool:
    """A reporting word the press only relays: "cited by Lebanese media", or "estimates" right
    before "cited by Lebanese media"."""
    return _relayed_by_media(s, v) or (v + 1 < len(s) and _relayed_by_media(s, v + 1))


# verbs whose object is not a speaker: never "said Kyiv"-style inversion
_NO_INVERSION = words(
    "accused accuses accusing told tells informed briefed found finds show shows showed concluded "
    "concludes cited"
)
_TIME_WORDS = words(
    "has have had also later earlier on today yesterday monday tuesday wednesday thursday "
    "friday saturday sunday this last week month previously again repeatedly reportedly "
    "publicly officially been recently separately late night morning evening meanwhile "
    "however though too instead now currently still already"
)
_ADVERBIAL_START = words(
    "in on at for from with by during after before since via through under amid despite according"
)
_NP_START = words(
    "a an the one two three four several some many most other another this these those"
)
_RELATIVE_FILLER = words("have has had is are was were also both all each still now")
_OWN_BODY_KINDS = frozenset({INTERNATIONAL, RESEARCH, ARMED_GROUP})  # "the mission said"
_PLACE_MODIFIERS = words(
    "the eastern western northern southern central north south east west occupied "
    "neighbouring neighboring"
)
_CONTRASTS = words("while whereas but although though ;")
_DATA_NOUNS = words("figures data statistics toll tally count numbers estimates")
DOCUMENT_COUNTRY_MIN = 2  # mentions that make a country the article's own
DATELINE_SENTENCES = 4  # sentences in which a dateline may come (after a correction notice)
VOICE_HEAD_CHARS = 1500  # characters read for a document's head (its first few lines)
VOICE_LINE_MAX = 160  # a longer line is body text, not a head line naming an author
ASIDE_PREPS = words("in on at during after before since amid via through under")
_DESCRIBING_PREPS = words("with to by in from")
_SPEAKER_FILLER = _PASSIVE_ADVERBS | _RELATIVE_FILLER  # "who had also spoken"
_SPEAKER_MANNER = words("on to under with in at from without")
_AUDIENCE_WORDS = words("reporters journalists lawmakers parliament congress media members")


@dataclass
class Claim:
    parties: list[str] = field(default_factory=list)
    text: str | None = None
    attributed: bool = False  # some reporting expression governs the figure
    estimate: bool = False  # the reporting word is an estimate ("estimates", "put at")
    media: bool = False
    kind: str | None = None  # the entity kind of a speaker named in the text
    named: bool = False  # the parties come from a name in this sentence, not from memory


@dataclass
class Discourse:
    """What earlier sentences of the article said, for pronouns and definite descriptions."""

    last_speaker: list[str] = field(default_factory=list)
    last_country: str | None = None
    learned: Learned = field(default_factory=dict)  # names this article introduced
    last_claim: Claim | None = None
    last_claim_subject: str | None = None
    country_counts: dict[str, int] = field(default_factory=dict)
    last_state: list[str] = field(default_factory=list)  # last speaker that is a state
    last_military: list[str] = field(default_factory=list)  # last named army or agency speaker
    last_body: list[str] = field(default_factory=list)  # last think tank, outlet, group...
    last_group: tuple[str, int] | None = None  # the group or body a sentence last opened with
    last_person: list[str] = field(default_factory=list)  # for "he" and "she"
    last_thing: list[str] = field(default_factory=list)  # last speaker not a person: "it"
    thing_sentence: int = -1  # the sentence number where last_thing spoke
    prev_subject: Entity | None = None  # the subject of the previous sentence: "It puts ..."
    by_noun: dict[str, list[str]] = field(default_factory=dict)  # "ministry" -> who it was
    labels: dict[str, str | None] = field(default_factory=dict)  # "JONAS BRANDT" -> his body
    dateline_country: str | None = None  # "SEOUL (Yonhap) --": whose "the country" it is
    dateline_countries: list[str] = field(default_factory=list)  # "BANGKOK/PHNOM PENH -"
    sentence_no: int = 0
    anonymous: bool = False  # the last speaker was nobody in particular ("sources said")
    speaker_sentence: int = -1  # the sentence number where last_speaker spoke
    announced_at: int = -1  # a sentence that named a speaker and announced a statement only
    run_start: int = 0  # the sentence number where the current paragraph stretch began
    # the claim a list's items state, and the sentence number of the last item that stated it
    list_claim: tuple[Claim, int, bool] | None = None  # (claim, item no., of contributors)
    text: str = ""  # the whole article, for document_country
    _document_country: list[str | None] = field(default_factory=list)
    _voice: list[tuple[list[str], bool]] = field(default_factory=list)

    def document_country(self) -> str | None:
        """The country the whole article names most (capitals and its regions included), read
        only when nothing nearer says whose "army" or "Defence Headquarters" is meant: the
        article's opening may name none ("Troops neutralised 76 terrorists, the Defence
        Headquarters said" before "a briefing in Abuja")."""
        if not self._document_country:
            counts: dict[str, int] = {}
            for ent in _capitalised_names(self.text):
                country = ent.party if ent.kind in (COUNTRY, AGENCY) else None
                if ent.kind == REGION:
                    country = ent.country
                if country in load_lexicon().countries:
                    counts[country] = counts.get(country, 0) + 1
            ranked = sorted(counts.values(), reverse=True) + [0, 0]
            lead = ranked[0] >= DOCUMENT_COUNTRY_MIN and ranked[0] > ranked[1]
            best = max(counts.items(), key=lambda kv: kv[1])[0] if lead else None
            self._document_country.append(best)  # a tie or a single mention decides nothing
        return self._document_country[0]

    def for_section(self, start: int, end: int) -> Discourse:
        """The discourse of one item of a digest, text[start:end]: the names the article
        taught stay; who spoke, and the country the story is about, start afresh."""
        fresh = Discourse(text=self.text, learned=self.learned, labels=self.labels)
        fresh.sentence_no = self.sentence_no
        fresh._document_country.append(Discourse(text=self.text[start:end]).document_country())
        return fresh

    def voice(self) -> list[str]:
        """Who speaks in the document, when its head says so: "Answered by Al Carns, Minister
        for the Armed Forces", "Statement by the Ministry of Defence", a letterhead ("Meridian
        Conflict Analysis Group | Key judgements"), "an interview with Finland's defence chief".
        Its "we" and "our" are that speaker's (and, for an official author, the figures it
        states without naming anybody). Empty for ordinary news, whose unattributed figures
        are the outlet's."""
        if not self._voice:
            self._voice.append(_document_voice(self.text, self.document_country))
        return list(self._voice[0][0])

    def voice_states_figures(self) -> bool:
        """Whether the author also owns the figures the document states without naming anybody:
        an official answer or statement does; a think tank's or monitor's bulletin reports
        others' figures as an outlet does."""
        return bool(self.voice()) and self._voice[0][1]

    def speaker_just_before(self) -> list[str]:
        """Who spoke in the sentence right before this one, in the same paragraph."""
        previous = self.sentence_no - 1
        if self.speaker_sentence == previous and previous >= self.run_start:
            return list(self.last_speaker)
        return []

    def main_countries(self, n: int) -> list[str]:
        """The n countries the article has named most ("both sides")."""
        if n == 1 and self.country_counts:  # the first of the most named, as the sort gives
            return [max(self.country_counts.items(), key=lambda kv: kv[1])[0]]
        ranked = sorted(self.country_counts.items(), key=lambda kv: -kv[1])
        return [name for name, _ in ranked[:n]]


_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*)*")
VOICE_HEAD_LINES = 4  # lines at the top of a document that may say who wrote it


@cache
def _head_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """From `document_heads`: "<authored word> ... by <author>" ("Answered by Al Carns") and
    "<spoken word> <rest>" ("an interview with Finland's defence chief")."""
    lex = load_lexicon().words

    def alternation(name: str) -> str:
        return "|".join(re.escape(w) for w in sorted(lex[name], key=len, reverse=True))

    authored = re.compile(
        rf"\b(?:{alternation('document_heads.authored')})\b[^\n]*?\bby\s*:?\s+(?:the\s+)?"
        r"(?P<by>[^\n]+)",
        re.IGNORECASE,
    )
    spoken = re.compile(
        rf"\b(?:{alternation('document_heads.spoken')})\b(?P<rest>[^\n]*)", re.IGNORECASE
    )
    return authored, spoken


_OFFICIAL_OF = re.compile(
    r"\b(?:summary|communiqu[eé]|statement|release|bulletin|update|briefing|report)\s+"
    r"(?:of|from)\s+(?:the\s+)?(?P<by>(?P<head>[A-Za-z]+)[^\n]*)",
    re.IGNORECASE,
)


def _official_of(line: str) -> re.Match[str] | None:
    """ "Summary of the Ministry of Defence of the Russian Federation on ...", "Communiqué of
    the Chief of General Staff of the Armies": an official body's own paper (not "Summary of
    the Russian offensive")."""
    m = _OFFICIAL_OF.search(line)
    if m is None or m.group("head").lower() not in _OFFICIAL_HEADS:
        return None
    return m


_OFFICIAL_HEADS = words(
    "ministry minister chief general staff command headquarters office department government "
    "army presidency spokesperson spokesman spokeswoman secretariat"
)
_OWN_PAPER = re.compile(
    r"^\s*(?P<name>[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,5})\s+(?:Brief|Briefing|Report|Note|"
    r"Analysis|Commentary|Assessment|Update|Bulletin|Backgrounder)\s*$"
)
_LETTERHEAD = re.compile(r"^\s*(?P<name>[A-Z][^\n|:–—]{2,80}?)\s*(?:[|:–—]|$)")
# lower-case particles inside a body's name ("Observatorio de Conflicto", "van")
_NAME_PARTICLES = "de|del|da|do|des|du|la|van|von"
# a word of a body's name: capitalised, a link word, or a particle ("Bab el-Mandeb", "de")
_NAME_WORD = re.compile(
    rf"[A-Z][\w'’&.-]*|of|for|the|and|&|on|[a-z]{{1,3}}-[A-Z][\w'’-]*|{_NAME_PARTICLES}"
)


def _document_voice(text: str, home: Callable[[], str | None]) -> tuple[list[str], bool]:
    """(author, whether the author owns the document's unattributed figures), from the short
    lines of its head; a line that ends like a sentence is body text, not a head."""
    lines = [line.strip() for line in text[:VOICE_HEAD_CHARS].splitlines() if line.strip()]
    authored, spoken = _head_patterns()
    for line in lines[:VOICE_HEAD_LINES]:
        if len(line) > VOICE_LINE_MAX or line[-1] in ".!?":
            continue
        m = authored.search(line) or _official_of(line)
        if m:
            author = _author(m.group("by"), home)
            if author:
                return author, True
        for part in re.split(r"\s[|–—]\s", line):  # "Eastern Front Weekly | Issue 31 | X Institute"
            own = _OWN_PAPER.match(part)
            body = own and next(iter(_capitalised_names(own.group("name"))), None)
            if body and body.party and body.kind in (RESEARCH, INTERNATIONAL, AGENCY):
                return [body.party], True  # "CSIS Brief | June 2025": its bullets are its own
            m = _LETTERHEAD.match(part)
            if m and _body_name(m.group("name")):
                return [m.group("name").strip()], False
        m = spoken.search(line)
        if m:  # "interview with Finland's defence chief", "Transcript: Pentagon press secretary"
            speaker = [e.party for e in _capitalised_names(m.group("rest")) if _speaks(e)]
            if speaker:
                return speaker[:1], False
    return _interviewee(text, home), False


_QA_LINE = re.compile(r"^\s*(?P<mark>Q|A)\s*[:.]", re.MULTILINE)
_QUESTION_LINE = re.compile(r"^[A-Z][^\n?]{5,150}\?[ \t]*$", re.MULTILINE)
QUESTION_LINES = 3  # an interview asks several questions, each a line of its own
INTRO_WORDS = 8  # an interview's introduction is a sentence, not a date line
_SPEAKER_LABEL_LINE = re.compile(
    r"^(?:Q\s*\(|[A-Z][A-Z.'’ -]{2,}(?:\s*\([^)\n]*\))?:)", re.MULTILINE
)


def _interviewee(text: str, home: Callable[[], str | None]) -> list[str]:
    """A question-and-answer interview ("Q: ... A: ..."): whom the introduction before the
    first question presents ("Maj. Gen. X commands the soldiers guarding Poland's border")
    answers, so the answers' "we" and "our" are that side's."""
    marks = [m.group("mark") for m in _QA_LINE.finditer(text)]
    if marks.count("Q") >= 1 and marks.count("A") >= 2:
        first_q = next(m.start() for m in _QA_LINE.finditer(text) if m.group("mark") == "Q")
    else:  # questions as lines of their own, unmarked ("How many Russian troops face you?"),
        # in a text without speakers' labels (a transcript's labels say who answers)
        asked = list(_QUESTION_LINE.finditer(text))
        if len(asked) < QUESTION_LINES or _SPEAKER_LABEL_LINE.search(text):
            return []
        first_q = asked[0].start()
    lines = [line.strip() for line in text[:first_q].splitlines() if line.strip()]
    # after the headline, the first line that is prose (not "Published 5 September 2025")
    intro = next((line for line in lines[1:] if len(line.split()) >= INTRO_WORDS), "")
    asked = _ASKED_WHOM.search(intro)  # "As Washington reviews ..., we asked Choi of KPSI"
    if asked and asked.group(1).split()[:1] in (["us"], ["me"]):
        asked = None  # "The deputy commander of a brigade ... spoke to us": he is named before
    return _author(asked.group(1) if asked else intro, home) if intro else []


_ASKED_WHOM = re.compile(
    r"\b(?:asked|spoke (?:to|with)|talked (?:to|with)|interviewed|interview with|"
    r"conversation with|sat down with)\s+(.+)"
)


def _speaks(ent: Entity) -> bool:
    return bool(ent.party) and ent.kind not in (MEDIA, PERSON, REGION)


def _author(phrase: str, home: Callable[[], str | None]) -> list[str]:
    """ "Al Carns, Minister for the Armed Forces, on 3 November": a state or body it names, else
    a body's capitalised name, else an official's title: the article's country."""
    for m in _MEMBER_OF.finditer(phrase):  # "Choi Min-jae of the Korea Peninsula Security ..."
        body = re.sub(r"(?:\s+(?:for|of|and|on))+$", "", m.group(1))
        known = next(iter(_capitalised_names(body)), None)
        if _body_name(body) and (known is None or known.kind not in (COUNTRY, REGION)):
            # "a senior fellow at the Caucasus Institute in Yerevan": the institute, not the
            # city it sits in
            return [known.party] if known is not None and known.party else [body]
    for ent in _capitalised_names(phrase):
        if ent.party and ent.kind not in (MEDIA, PERSON):
            return [ent.party]
    name = phrase.split(",")[0].strip()
    if _body_name(name):
        return [name]
    for ent in _capitalised_names(phrase):
        if ent.kind == REGION and ent.country:
            return [ent.country]  # "a brigade commander fighting in the Zaporizhzhia region"
    titles = word_set("titles")
    if any(w.lower() in titles for w in re.findall(r"[A-Za-z.-]+", phrase)):
        country = home()
        return [country] if country else []
    return []


_MEMBER_OF = re.compile(
    r"\b(?:of|at|from)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|for|of|and|on))*)"
)


def _body_name(name: str) -> bool:
    """A run of capitalised words holding an organisation head ("Meridian Conflict Analysis
    Group", "Carrow Institute for Security Studies"): a body the gazetteer lacks, named as
    written."""
    words = name.split()
    heads = word_set("new_bodies.heads")
    return (
        len(words) >= 2
        and words[0][:1].isupper()
        and all(_NAME_WORD.fullmatch(w) for w in words)
        and any(w.lower() in heads for w in words[1:])
        # "Eastern Front Weekly": the bulletin's own title, not its author
        and words[-1].lower() not in word_set("new_bodies.publication_titles")
    )


NAME_WORDS_MAX = 5  # "Supreme Headquarters Allied Powers Europe"


def _capitalised_names(text: str) -> list[Entity]:
    """Gazetteer entities named by capitalised words anywhere in `text`, longest name first:
    a quick reading of a whole article without tokenizing it (about 0.3 ms for a story)."""
    aliases = load_lexicon().aliases
    found: list[Entity] = []
    for m in _CAPITALISED_RUN.finditer(text):
        words = m.group(0).rstrip(".").split(" ")
        i = 0
        while i < len(words):
            for j in range(min(len(words), i + NAME_WORDS_MAX), i, -1):
                name = " ".join(words[i:j]).rstrip(".,")
                name = name[:-2] if name.endswith(("'s", "’s")) else name
                ent = aliases.get(name)
                if ent is not None:
                    found.append(ent)
                    i = j
                    break
            else:
                i += 1
    return found


def _is_state(parties: list[str]) -> bool:
    countries = load_lexicon().countries
    return bool(parties) and all(p in countries for p in parties)


def remember_speaker(claim: Claim, disc: Discourse) -> None:
    """Keep who spoke, by kind, for "the ministry", "the study", "he" and "it" later."""
    if not claim.parties:
        return
    parties = list(claim.parties)
    if not _is_state(parties):
        disc.last_body = parties
    if claim.media:
        return
    said_by = re.split(r"--|—|–| - ", claim.text or "")[-1]  # past a dateline's dash
    said_by = said_by.lower().replace("’s", " ").replace("'s", " ").split()
    # "Its defence ministry said" after "Moscow ...": as named as "Russia's defence ministry"
    owned = said_by[:1] in (["its"], ["their"]) and _is_state(parties)
    if (claim.named or owned) and len(said_by) <= HEAD_NOUN_PHRASE_MAX:
        for w in said_by:  # "South Korea's defence ministry" -> "the ministry" later
            if w in word_set("speaker_heads"):
                disc.by_noun[w] = parties
    if claim.named and claim.kind == AGENCY:
        disc.by_noun["agency"] = parties  # "the National Intelligence Service" -> "the agency"
    if len(parties) == 1 and " " in parties[0]:
        head = parties[0].split()[-1].lower()  # "a researcher at the Salween Security Forum"
        if head in word_set("speaker_heads") and head in _BODY_HEADS:  # -> "the forum"
            disc.by_noun.setdefault(head, parties)
    disc.last_speaker = parties
    disc.anonymous = False
    disc.speaker_sentence = disc.sentence_no
    if _is_state(parties):
        disc.last_state = parties
        if claim.kind == AGENCY:
            disc.last_military = parties  # "the ISPR said": whose "the military" is later
    if claim.kind == PERSON:
        disc.last_person = parties
    else:
        disc.last_thing = parties
        disc.thing_sentence = disc.sentence_no


@cache
def _speaker_cues() -> frozenset[str]:
    """Words after which a sentence may name who the article quotes."""
    return word_set("speech") | {
        "estimate",
        "estimates",
        "estimated",
        "intelligence",
        "put",
        "puts",
    }


def _authored_by(s: Sentence) -> Mention | None:
    """The body named as author of a study or report ("a study by X", "X's report")."""
    for a, b in s.find("speaker_nouns.body") + s.find("speaker_nouns.any"):
        if s.low[a] not in _REPORT_NOUNS and s.low[a] not in ("study", "survey", "analysis"):
            continue
        m = s.mention_at(b + 1) if s.low[b : b + 1] == ["by"] else None
        m = m or (s.mention_at(b + 2) if s.low[b : b + 2] == ["by", "the"] else None)
        if m is not None and m.entity.party and m.entity.kind != MEDIA:
            return m
    for k in range(1, len(s) - 2):  # "The most rigorous count comes from Mediazona": its source
        if s.low[k] in ("comes", "come", "came") and s.low[k + 1] == "from":
            if s.low[k - 1] not in _FIGURE_NOUNS and s.low[k - 1] != "count":
                continue
            at = k + 2 + (s.low[k + 2] == "the")
            m = s.mention_at(at)
            if m is not None and m.start == at and m.entity.party and m.entity.kind != COUNTRY:
                return m
    return None


_PRESENTING = words(
    "gave gives issued issues released releases published publishes presented offered offers"
)
_ANNOUNCING = words(
    "assessment assessments briefing update statement communique communiqué bulletin figures "
    "estimate estimates count tally"
)


def note_sentence(s: Sentence, disc: Discourse) -> None:
    """After a sentence: remember its speaker, its subject and a dateline's country."""
    cues = _speaker_cues()
    unnamed, named = False, False
    for v, w in enumerate(s.low) if not cues.isdisjoint(s.lowset) else ():
        if w in cues:
            claim = claimant(s, v + 1, disc)
            unnamed = unnamed or (claim.attributed and not claim.parties and claim.kind is None)
            if claim.parties:
                remember_speaker(claim, disc)
                _learn_apposed(s, claim, disc)
                if not claim.media:
                    unnamed, named = False, True
                    break
    if not named:
        author = _authored_by(s)  # "A study by the Vistula Centre was published on Monday"
        if author is not None:
            remember_speaker(Claim([author.entity.party], kind=author.entity.kind), disc)
            unnamed = False
    if unnamed:  # "sources said ... They said": still nobody in particular
        disc.last_speaker, disc.anonymous = [], True
        disc.speaker_sentence = disc.sentence_no
    elif not named:
        _note_person_subject(s, disc)
    announces = (
        not _ANNOUNCING.isdisjoint(s.lowset)
        and not _PRESENTING.isdisjoint(s.lowset)
        and "that" not in s.lowset
    )  # "Ukraine's General Staff gave a grim assessment in its weekly briefing on Monday."
    if announces and not named and not s.quantities:
        k = _dateline_start(s)
        k += k < len(s) and s.low[k] == "the"
        m = s.mention_at(k)  # "The Pentagon offered a slightly lower count on Monday."
        if m is not None and m.entity.party and m.entity.kind not in (MEDIA, REGION, PERSON):
            remember_speaker(Claim([m.entity.party], kind=m.entity.kind), disc)
            named = True
    if named and not s.quantities and (s.low[-1:] == [":"] or announces):
        disc.announced_at = disc.sentence_no
    _note_titled_officials(s, disc)
    _note_named_bodies(s, disc)
    _note_owned_heads(s, disc)
    start = _dateline_start(s)
    if disc.sentence_no == 0:
        # a dateline further down ("KEY POINTS" bullets above "NEW DELHI: ..."), else none
        disc.dateline_country = _dateline_country(s) or disc.dateline_country
    if not disc.dateline_countries and disc.sentence_no < DATELINE_SENTENCES:
        disc.dateline_countries = _dateline_countries(s)  # after an editor's note, too
    disc.prev_subject = None
    for m in s.mentions:
        if m.start >= start and m.entity.party and m.entity.kind != MEDIA:
            if m.start == 0 or s.low[m.start - 1] not in _PREP_LOC:
                disc.prev_subject = m.entity
            break
    disc.sentence_no += 1


def _learn_apposed(s: Sentence, claim: Claim, disc: Discourse) -> None:
    """A speaker named by an apposition after a person's name ("Dana Whitcombe, the deputy
    assistant secretary of defense, said"): that person speaks for the same party later."""
    said = claim.text or ""
    if len(claim.parties) != 1 or not said.lower().startswith(("the ", "a ", "an ")):
        return
    at = s.text.find(said)
    if at > 0:
        k = s.char_token(at)
        learn_apposed_speaker(s, k - 1, claim.parties[0], disc.learned)


TITLE_REACH = 4  # words before a name that may hold its title ("Minister of Defence Boris X")
PERSON_SUBJECT_REACH = 12  # tokens from a sentence's start to the person it is about


def _note_person_subject(s: Sentence, disc: Discourse) -> None:
    """ "Ukraine's commander-in-chief, Gen. Vadym Ostapenko, addressed the meeting": the one
    person a sentence without a speaker is about is whom "he said" means next."""
    people = {m.entity.party for m in s.mentions if m.entity.kind == PERSON and m.entity.party}
    first = next((m for m in s.mentions if m.entity.kind == PERSON and m.entity.party), None)
    if first is None:
        role = _role_opening(s)
        if role is not None:  # "Israel's military chief gave his own assessment. He said ..."
            disc.last_person = [role]
            disc.anonymous = False
        return
    if len(people) != 1 or first.start > PERSON_SUBJECT_REACH:
        return
    if first.start > 0 and (
        s.low[first.start - 1] in _PREP_LOC or s.low[first.start - 1] in ("with", "by")
    ):
        return  # "talks with Ostapenko": not the one the next "he" is
    disc.last_person = [first.entity.party]
    disc.anonymous = False


_PERSON_ROLES = words(
    "chief minister commander president spokesman spokeswoman spokesperson envoy ambassador "
    "leader head premier secretary general"
)
ROLE_REACH = 3  # "Israel's military chief", "Ukraine's top commander": words to the role


def _role_opening(s: Sentence) -> str | None:
    """The state whose unnamed official a sentence opens with ("Israel's military chief gave
    ...", "Ukraine's foreign minister said"), if it does."""
    start = _dateline_start(s)
    m = s.mention_at(start)
    if m is None or m.start != start or m.entity.kind not in (COUNTRY, AGENCY):
        return None
    if m.end >= len(s) or s.low[m.end] not in ("'s", "’s"):
        return None
    role = any(w in _PERSON_ROLES for w in s.low[m.end + 1 : m.end + 1 + ROLE_REACH])
    return m.entity.party if role else None


def _note_titled_officials(s: Sentence, disc: Discourse) -> None:
    """An official introduced with a title ("Federal Minister of Defence Boris Pistorius") is
    who "the minister" is later, unless somebody has spoken under that title already."""
    for m in s.mentions:
        if m.entity.kind != PERSON or not m.entity.party:
            continue
        for w in s.low[max(0, m.start - TITLE_REACH) : m.start]:
            if w in word_set("speaker_heads") and w not in disc.by_noun:
                disc.by_noun[w] = [m.entity.party]


OWNED_HEAD_REACH = 3  # "Niger's defence ministry", "Burkina Faso's energy ministry"


def _note_owned_heads(s: Sentence, disc: Discourse) -> None:
    """ "Burkina Faso's energy ministry said ..., but Niger's defence ministry announced":
    whoever speaks, "the ministry" next is the state whose ministry the sentence named last."""
    if "'s" not in s.lowset and "’s" not in s.lowset:
        return
    for m in s.mentions:
        if m.entity.kind != COUNTRY or m.end >= len(s) or s.low[m.end] not in ("'s", "’s"):
            continue
        before = s.low[m.start - 1] if m.start > 0 else ""
        if before.endswith("ed") or before in _PREP_LOC or before in _OBJECT_WORDS:
            continue  # "Petro has asked Venezuela's government": the one asked, not a speaker
        for k in range(m.end + 1, min(len(s), m.end + 1 + OWNED_HEAD_REACH)):
            if s.low[k] in _STATE_HEADS:
                disc.by_noun[s.low[k]] = [m.entity.party]
                break
            if not s.words[k].islower():
                break


# the speaker heads (`speaker_heads`) a state owns: "Niger's defence ministry", "its army"
_STATE_HEADS = words("ministry army military government junta command staff agency")
_OBJECT_WORDS = words("ask asks urge urges tell tells told with by from of for to against")


_BODY_HEADS = words(
    "mission monitor observatory institute centre center panel tracker project network watchdog "
    "foundation forum initiative council"
)


def _note_named_bodies(s: Sentence, disc: Discourse) -> None:
    """A body introduced by a name with a head noun ("the Multinational Security Support
    mission", "the Cabo Ligado conflict monitor") is who "the mission" or "the monitor" is
    later, unless somebody has spoken under that noun already."""
    for m in s.mentions:
        if m.entity.kind not in _OWN_BODY_KINDS or not m.entity.party:
            continue
        for w in s.low[m.start : m.end + 1]:
            if w in _BODY_HEADS and w not in disc.by_noun:
                disc.by_noun[w] = [m.entity.party]


def _parties(mentions: list[Mention]) -> list[str]:
    out: list[str] = []
    for m in mentions:
        p = m.entity.party
        if p and p not in out:
            out.append(p)
    return out


def _hard(s: Sentence, k: int) -> bool:
    """A clause boundary; a hyphen or an unspaced en dash inside a word ("Kosiniak-Kamysz",
    "Policy–Myanmar") is none."""
    if s.low[k] in ("-", "–"):
        return k == 0 or s.spaced(k - 1) or s.spaced(k)
    return s.low[k] in _HARD


_OUTLET_PARTS = words("service desk edition bureau section channel newsroom team")


def _np_mentions(s: Sentence, lo: int, hi: int) -> list[Mention]:
    """Mentions that name who speaks in tokens [lo, hi): not places after "in"/"to"."""
    ms, located = [], []
    for m in s.mentions_in(lo, hi):
        if not m.entity.party:
            continue
        p = m.start - 1
        while p > lo and s.low[p] in _PLACE_MODIFIERS:
            p -= 1  # "in southern Lebanon", "to the CAR": still a place
        if p < m.start - 1 and s.low[p] in _PREP_LOC and m.entity.kind in (COUNTRY, REGION):
            continue
        if m.start > lo and s.low[m.start - 1] in _PREP_LOC:
            # "officials in Kyiv" speak for Kyiv; "Nepal's ambassador in Moscow" does not;
            # "analysts at RUSI" are RUSI's
            before = s.low[m.start - 2] if m.start - 2 >= lo else ""
            if before in _SPEAKER_NOUNS:
                located.append(m)
            elif (
                s.low[m.start - 1] == "at"
                and m.entity.kind not in (COUNTRY, REGION)
                and (
                    before in word_set("speaker_nouns.anonymous")
                    or before in word_set("affiliation_roles")
                )
            ):
                ms.append(m)
            continue
        ms.append(m)
    ms = ms or located
    if not ms:
        return []
    # coordinated names ("U.S. and UK intelligence", "BBC Russian and Mediazona") are a
    # claimant set; else the head's owner, an outlet only when nobody else is named
    group = [ms[-1]]
    for m in reversed(ms[:-1]):
        between = s.low[m.end : group[0].start]
        if between and all(w in ("and", "&", ",", "the") for w in between):
            group.insert(0, m)
        else:
            break
    if len(group) > 1:
        return group
    non_media = [m for m in ms if m.entity.kind != MEDIA]
    last = ms[-1]
    first = ms[0]
    if (
        first.entity.kind == MEDIA
        and s.low[first.end : first.end + 1] in (["'s"], ["’s"], ["'"], ["’"])
        and s.low[last.end : last.end + 1] != []
        and s.low[last.end] in _OUTLET_PARTS
    ):
        return [first]  # "the BBC's Russian service": the outlet's, not Russia's
    if last.entity.kind == MEDIA and s.has("new_bodies.media_types", ms[0].end, last.start):
        return [last]  # "the independent Russian outlet Mediazona": the outlet is the head
    owner = _owner_of_head(s, ms, hi)
    if owner is not None:  # "Uganda's contingent in the AU mission in Somalia": Uganda's
        return [owner]
    # "Lebanon's Hezbollah leader" -> Hezbollah; "Nepal's ambassador in Moscow" -> Nepal
    return [(non_media or ms)[-1]]


def _home_country(s: Sentence, disc: Discourse) -> str | None:
    """Whose "army" or "ministry" an unnamed one is: the article's main country, else the
    first country this sentence names."""
    main = disc.main_countries(1)
    if main:
        return main[0]
    here = disc.dateline_country or _dateline_country(s)
    if here:  # "KYIV - Russia has 600,000 troops in Ukraine, the defence minister said"
        return here
    countries = [m for m in s.mentions if m.entity.kind in (COUNTRY, AGENCY) and m.entity.party]
    for m in countries:  # not a place talks happen in ("after talks in Brussels")
        if m.start == 0 or s.low[m.start - 1] not in _PREP_LOC:
            return m.entity.party
    if countries:
        return countries[0].entity.party
    regions = [m.entity.country for m in s.mentions if m.entity.kind == REGION and m.entity.country]
    return regions[0] if regions else disc.document_country()


def _segments(s: Sentence, lo: int, hi: int) -> list[tuple[int, int]]:
    """The comma-separated stretches of [lo, hi); a comma inside a name ("Framework for
    Peace, Security and Development") separates nothing."""
    segs, a = [], lo
    for k in range(lo, hi):
        if s.low[k] == "," and s.mention_at(k) is None:
            segs.append((a, k))
            a = k + 1
    segs.append((a, hi))
    return segs


def _dateline_start(s: Sentence) -> int:
    """Token after a dateline's dash ("SEOUL (Yonhap) --"), not after a hyphen inside a word
    ("The London-based IISS")."""
    k = dateline_end(s)
    return k if k and (s.low[k - 1] == "--" or _hard(s, k - 1)) else 0


# a body line opening with a place in capitals and a dateline's mark: "NEW DELHI:",
# "KYIV, March 3 (Reuters) -", "SEOUL —"
_DATELINE_LINE = re.compile(
    r"(?m)^[ \t]*([A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,2})(?:/[A-Z][A-Z /'.-]+)?"
    r"(?:,[^\n:—–]{0,40})?[ \t]*(?::|—|–|--| - | \()"
)
DATELINE_SEARCH_CHARS = 2000  # where an article's dateline may stand, after its lead-in


def text_dateline(text: str) -> str | None:
    """The country of the first dateline in an article's opening lines, read from the text
    before any sentence is: a summary or bullet list may stand above it."""
    aliases = load_lexicon().aliases
    for m in _DATELINE_LINE.finditer(text, 0, DATELINE_SEARCH_CHARS):
        ent = aliases.get(m.group(1).title())
        if ent is not None and ent.kind in (COUNTRY, REGION):
            return _country_of(ent)
    return None


def _dateline_country(s: Sentence) -> str | None:
    """The one country a dateline names ("SEOUL, Dec. 19 (Yonhap) --"), capitals in capitals
    included."""
    places = _dateline_countries(s)
    return places[0] if len(places) == 1 else None


def _dateline_countries(s: Sentence) -> list[str]:
    """The countries a dateline names, in order ("BANGKOK/PHNOM PENH -")."""
    aliases = load_lexicon().aliases
    places: list[str] = []
    end = _dateline_start(s)
    for i in range(end):
        m = s.mention_at(i)
        text = s.words[i]
        ent = m.entity if m else aliases.get(text.title()) if text.isupper() else None
        if ent is None and i + 1 < end and text.isupper() and s.words[i + 1].isupper():
            ent = aliases.get(f"{text} {s.words[i + 1]}".title())  # "PHNOM PENH"
        country = ent.party if ent is not None and ent.kind == COUNTRY else None
        if ent is not None and ent.kind == REGION and ent.country in load_lexicon().countries:
            country = ent.country  # "SRINAGAR, Sep 14:" is India's
        if country and country not in places:
            places.append(country)
    return places


def _dateline_side(s: Sentence, disc: Discourse) -> str | None:
    """Of a two-capital dateline ("DAKAR/PARIS -"), the one country this sentence names: whose
    unnamed ministry or titled official speaks ("home to some 1,500 French troops, according to
    the armed forces ministry")."""
    if len(disc.dateline_countries) < 2:
        return None
    named = {m.entity.party for m in s.mentions if m.entity.party}
    sides = [c for c in disc.dateline_countries if c in named]
    return sides[0] if len(sides) == 1 else None


def _unnamed_state(s: Sentence, disc: Discourse, dateline_first: bool = False) -> list[str]:
    """Whose unnamed ministry, official or titled person speaks: the side of a two-capital
    dateline this sentence names; with `dateline_first` (a titled name), the dateline's one
    country; else the last state quoted, else the article's country."""
    side = _dateline_side(s, disc) or _topic_label(s) or _place_opening(s)
    if side:
        return [side]
    if dateline_first and disc.dateline_country:
        return [disc.dateline_country]
    home = _home_country(s, disc)
    return list(disc.last_state) or ([home] if home else [])


def _place_opening(s: Sentence) -> str | None:
    """ "In Warsaw, Deputy Defence Minister Tomasz Rek told reporters": a capital or country
    the sentence opens in is where its unnamed official serves."""
    start = _dateline_start(s)
    if s.low[start : start + 1] != ["in"]:
        return None
    m = s.mention_at(start + 1)
    if m is None or m.start != start + 1:
        return None
    k = m.end  # "In Moscow on Friday, the defence ministry": a time may follow the place
    while k < min(len(s), m.end + 4) and (
        s.low[k] in _TIME_PREPS or s.low[k] in _CALENDAR or s.low[k] in _TIME_WORDS
    ):
        k += 1
    if k >= len(s) or s.low[k] != ",":
        return None
    return _country_of(m.entity)


def _country_of(ent: Entity) -> str | None:
    """The country a place names: a region's country, a country (or its capital) itself."""
    country = ent.country if ent.kind == REGION else ent.party
    return country if country in load_lexicon().countries else None


def _the_country(s: Sentence, lo: int, disc: Discourse) -> str | None:
    """ "the country's spy agency": the dateline's country, else the last country named."""
    if disc.dateline_country:
        return disc.dateline_country
    here = _dateline_country(s)
    if here:
        return here
    before = [m for m in s.mentions if m.end <= lo and m.entity.kind == COUNTRY]
    if before:
        return before[-1].entity.name
    return disc.last_country


def _recall(cls: str, s: Sentence, lo: int, hi: int, disc: Discourse) -> list[str]:
    """Who a definite speaker noun ("the ministry", "the study", "the spokesman") is: the
    last speaker named with that noun, else by the noun's class."""
    side = _dateline_side(s, disc) if cls == "state" else None
    if side:
        return [side]  # "On the Cambodian side, defence ministry spokeswoman ... said"
    counted = _counted_own_soldiers(s) if cls == "state" else None
    if counted is not None:
        return [counted]  # "Two Azerbaijani servicemen were killed, the ministry said"
    if cls == "state" and any(
        s.low[k] == "council" and s.low[k - 1] in _STATE_COUNCILS for k in range(lo + 1, hi)
    ):
        # "the transitional presidential council": the governing body of the country the
        # article is filed from or about, whoever spoke last
        home = disc.dateline_country or _dateline_country(s) or _home_country(s, disc)
        if home:
            return [home]
    if "agency" in s.low[lo:hi]:
        named = [m for m in s.mentions if m.end <= lo and m.entity.kind == AGENCY]
        if named and named[-1].entity.party:
            # "lawmakers briefed by the National Intelligence Service said the agency
            # believed": the agency this sentence has just named
            return [named[-1].entity.party]
    heads = [
        w
        for k, w in enumerate(s.low[lo:hi], start=lo)
        if w in word_set("speaker_heads")
        and w in disc.by_noun
        and not (k > lo and s.low[k - 1] in _STATE_COUNCILS)  # "the presidential council"
    ]
    if heads:
        return list(disc.by_noun[heads[-1]])
    home = disc.dateline_country
    first = next((m for m in s.mentions if m.entity.kind in (COUNTRY, AGENCY)), None)
    if cls == "state" and home and first is not None and first.entity.party == home:
        # "CAPE TOWN - ... The defence ministry said nearly 2,900 South African troops were
        # deployed": the dateline's ministry, speaking of its own country's forces first
        return [home]
    own = _own_forces_subject(s) if cls == "state" or _official_data(s, lo, hi) else None
    if own is not None:
        return [own]  # "The Malian army ... counts 40,000 soldiers, according to the Ministry
        # of Defence": the ministry of the state whose own forces the sentence is about
    if cls == "state" and not _ARMIES.isdisjoint(s.low[lo:hi]) and disc.sentence_no:
        # "the army said": the army a sentence names, else the last army or agency that spoke
        # ("the ISPR said ... The military's media wing said"), else the country the article
        # is about, not whichever state spoke last ("U.S. officials say ... the army said")
        side = _dateline_side(s, disc) or _topic_label(s) or _place_opening(s)
        named = {
            m.entity.party
            for m in s.mentions
            if m.entity.kind in (COUNTRY, AGENCY)
            and m.entity.party
            and m.end <= lo
            and not (m.start and s.low[m.start - 1] in _PREP_LOC)
        }  # "On the Israeli side, the army says"; not "the junta ordered French forces"
        home = side or (named.pop() if len(named) == 1 else (disc.last_military or [None])[0])
        home = home or _home_country(s, disc)
        if home:
            return [home]
    if cls == "state" or _official_data(s, lo, hi):
        return _unnamed_state(s, disc)
    if cls == "body":
        group = _group_just_named(s, lo, hi, disc)
        if group is not None:
            return [group]  # "JNIM ... have not waited. The group said it killed 100"
        if disc.last_body:
            return list(disc.last_body)
        # "One UNMISS peacekeeper was killed ..., the mission said": the body this sentence
        # names; an armed group only as "the group" ("the panel says ... Wagner fighters" is
        # no Wagner panel), else the body a recent sentence opened with (the UN's panel)
        grouped = not _GROUP_NOUNS.isdisjoint(s.low[lo:hi])
        bodies = [
            m.entity.party
            for m in s.mentions
            if m.entity.kind in _OWN_BODY_KINDS and (grouped or m.entity.kind != ARMED_GROUP)
        ]
        recent = group_named_within(disc, GROUP_RECALL_SENTENCES)
        known = load_lexicon().aliases.get(recent) if recent else None
        if _PANEL_NOUNS.isdisjoint(s.low[lo:hi]) or known is None or known.kind != INTERNATIONAL:
            recent = None  # "the panel" of the UN just named; "the project" is nobody's yet
        return [p for p in bodies if p][:1] or ([recent] if recent else [])
    if disc.anonymous:
        return []
    if disc.last_speaker:
        return list(disc.last_speaker)
    if s.has("speaker_nouns.anonymous", lo, hi):
        return []  # "the sources" with nobody quoted before: still nobody in particular
    home = _home_country(s, disc)
    return [home] if home else []


GROUP_RECALL_SENTENCES = 3  # "the group said" recalls an armed group named this recently


def _group_just_named(s: Sentence, lo: int, hi: int, disc: Discourse) -> str | None:
    """Whom "the group" or "the militia" speaking at [lo, hi) means: the armed group or body a
    sentence of the last few named first, if this sentence names none."""
    if not _GROUP_NOUNS.intersection(s.low[lo:hi]) or disc.last_group is None:
        return None
    if any(m.entity.kind in _OWN_BODY_KINDS for m in s.mentions):
        return None  # the sentence names its own group: read as before
    return group_named_within(disc, GROUP_RECALL_SENTENCES)


def group_named_within(disc: Discourse, sentences: int) -> str | None:
    """The group or body a sentence opened with, if that was at most `sentences` ago."""
    if disc.last_group is None:
        return None
    party, said_at = disc.last_group
    return party if disc.sentence_no - said_at <= sentences else None


_GROUP_NOUNS = words("group militia movement faction")
_PANEL_NOUNS = words("panel commission committee mission")


def _counted_own_soldiers(s: Sentence) -> str | None:
    """The state whose soldiers a sentence opens by counting ("Two Azerbaijani servicemen were
    killed, the ministry said"): an unnamed ministry reporting them is that state's."""
    start = _dateline_start(s)
    q = next((q for q in s.quantities if q.start == start), None)
    if q is None:
        return None
    m = s.mention_at(q.end)
    if m is None or m.start != q.end or m.entity.kind != COUNTRY or m.end >= len(s):
        return None
    if not s.has("force_nouns.strong", m.end, m.end + 2):
        return None
    # its own losses; "About 1,000 U.S. troops will remain in Romania, the ministry said" is
    # the host's ministry speaking
    lost = s.has("losses.killed") or s.has("losses.wounded") or s.has("losses.captured")
    return m.entity.party if lost else None


_ARMIES = words("army military junta")


def _own_forces_subject(s: Sentence) -> str | None:
    """The state whose own forces open the sentence ("The Malian army itself", "Taiwan's
    armed forces", "Russian units took prisoner"), if any."""
    start = _dateline_start(s)
    first = next((m for m in s.mentions if m.start >= start and m.entity.party), None)
    if first is None or first.entity.kind not in (COUNTRY, AGENCY) or first.start > start + 2:
        return None
    k = first.end + (first.end < len(s) and s.low[first.end] in ("'s", "’s"))
    k += k < len(s) and s.low[k] == "own"  # "South Korea's own armed forces"
    named = first.entity.kind == AGENCY and s.has("own_force_heads", first.start, first.end)
    # "the Nigerian Army", one name in the gazetteer, is as much its own forces as "Nigeria's army"
    return first.entity.party if named or s.has("own_force_heads", k, k + 2) else None


def _counted_state(s: Sentence) -> str | None:
    """The state whose forces the sentence counts first ("About 90 Australian Defence Force
    personnel are deployed"), by the first country or agency named."""
    m = next((m for m in s.mentions if m.entity.kind in (COUNTRY, AGENCY) and m.entity.party), None)
    return m.entity.party if m is not None else None


def _official_data(s: Sentence, lo: int, hi: int) -> bool:
    """ "according to official figures", "official data show", "data from the Ministry of
    Defence": the state's own numbers."""
    return any(
        (s.low[k] == "official" and s.low[k + 1] in _DATA_NOUNS)
        or (
            s.low[k] in _DATA_NOUNS
            and s.low[k + 1 : k + 3] == ["from", "the"]
            and s.low[k + 3 : k + 4] in (["ministry"], ["government"], ["general"], ["defence"])
        )
        for k in range(lo, min(hi, len(s) - 1))
    )


def _recall_pronoun(pronoun: str, s: Sentence, disc: Discourse) -> list[str]:
    if pronoun in _FIRST_PERSON and not quoting(s) and disc.voice():
        return disc.voice()  # "we estimate" in a brief: its author
    if pronoun in ("we", "i"):
        return []  # the speaker of the quotation, named around it
    if disc.anonymous:
        return []
    if pronoun in ("he", "she", "his", "her", "him"):
        parties = disc.last_person or disc.last_speaker
    elif pronoun in ("it", "its", "their"):  # "The Houthis have not commented. Their
        # leadership has boasted that": the sentence before was about them
        subject = disc.prev_subject
        if disc.last_thing and disc.thing_sentence == disc.sentence_no - 1:
            parties = disc.last_thing
        elif subject is not None and subject.kind != PERSON and subject.party:
            parties = [subject.party]
        else:
            parties = disc.last_thing or disc.last_speaker
    else:
        parties = disc.last_speaker
    if parties:
        return list(parties)
    home = _home_country(s, disc)
    return [home] if home else []


_FIRST_PERSON = words("we i our my us")
_THIRD_PERSON = words("it they he she")


def _speaker_before(s: Sentence, lo: int, disc: Discourse) -> list[str] | None:
    """The named speaker of a reporting verb earlier in the sentence than token `lo`."""
    verbs = [v for v in _claim_sites(s)[1] if v < lo and s.low[v] in word_set("speech")]
    if not verbs:
        return None
    claim = _pre_speaker(s, verbs[0], disc)
    return list(claim.parties) if claim is not None and claim.parties else None


def quoting(s: Sentence) -> bool:
    """Quotation marks in the sentence: its "we" is the quoted speaker's, named around it."""
    return any(w in ("“", "”", '"') for w in s.low)


def _subject_before(s: Sentence, lo: int) -> Entity | None:
    """The first name before token `lo` that is not inside a place phrase: a subject."""
    for m in s.mentions:
        if m.end > lo:
            break
        if m.start < _dateline_start(s) or not m.entity.party or m.entity.kind == PERSON:
            continue
        if m.start == 0 or s.low[m.start - 1] not in _PREP_LOC:
            return m.entity
    return None


def _noun_class(s: Sentence, lo: int, hi: int) -> str | None:
    for cls in ("state", "body", "any"):
        if s.has(f"speaker_nouns.{cls}", lo, hi):
            return cls
    return None


_SPOKES = words("spokesman spokeswoman spokesperson")
_STAFF_NOUNS = words("analysts researchers experts monitors investigators staff team")


_TIME_PREPS = words("in on since during by")


_REACHED = words("contacted reached interviewed quoted cited consulted")


def _reached_by(s: Sentence, lo: int, hi: int) -> bool:
    """ "sources contacted by X", "witnesses interviewed by X": anonymous people whom a named
    body only found."""
    for k in range(lo + 1, hi - 1):
        if s.low[k] in _REACHED and s.low[k + 1] == "by":
            return s.has("speaker_nouns.anonymous", lo, k) and not s.mentions_in(lo, k)
    return False


def _secretary_general(text: str, disc: Discourse) -> str | None:
    """ "The Secretary-General": the UN's, or NATO's in an article about NATO alone."""
    low = text.lower().replace("-", " ")
    if "secretary general" not in low:
        return None
    if "NATO" in disc.text and "United Nations" not in disc.text and "UN " not in disc.text:
        return "NATO"
    return "United Nations"


_HEAD_PLACES = words("in within at under to")


def _owner_of_head(s: Sentence, ms: list[Mention], hi: int) -> Mention | None:
    """ "Uganda's contingent in the AU mission", "Russia's ambassador to the UN": the possessor
    of the head noun, when the later names sit in a phrase after it."""
    if len(ms) < 2 or not ms[0].entity.party or s.low[ms[0].end : ms[0].end + 1] not in (
        ["'s"], ["’s"],
    ):  # fmt: skip
        return None
    head = ms[0].end + 1
    if head >= hi or s.low[head] in _HEAD_PLACES or s.mention_at(head) is not None:
        return None
    after = ms[1:]
    prep = next((k for k in range(head, after[0].start) if s.low[k] in _HEAD_PLACES), None)
    if prep is None or not 1 <= prep - head <= HEAD_WORDS:
        return None
    if not all(s.words[k].islower() for k in range(head, prep)):
        return None  # a name goes on ("Russia's Federal Security Service in ..."): not a head
    return ms[0]


HEAD_WORDS = 3  # "Uganda's contingent in", "Russia's deputy ambassador to"


_SEATED = words("based registered headquartered")  # "a Singapore-registered research outfit"
_OWNER_PRONOUNS = words("its their her his")  # "By her group's count"
_PUT_WORDS = words("put puts putting")


def _resolve_np(s: Sentence, lo: int, hi: int, disc: Discourse) -> Claim | None:
    """A claim from a speaker noun phrase in [lo, hi), or None when there is no speaker."""
    while (
        hi - lo > 2
        and s.low[lo] in _TIME_PREPS
        and (s.low[lo + 1] in _CALENDAR or s.low[lo + 1] in _TIME_WORDS or s.low[lo + 1].isdigit())
    ):
        lo += 2  # "In March the army said", "On Tuesday the ministry said"
    if hi - lo > 2 and s.low[lo] == "by" and s.low[lo + 1] in _OWNER_PRONOUNS:
        lo += 1  # "By her group's count": her group counts
        hi -= s.low[hi - 1] in ("'s", "’s")
    short = _short_name(s, lo, hi, disc)
    if short is not None:
        return short  # "By the Ledger's count": the Lake Chad Security Ledger named before
    by = next((k for k in range(lo + 1, min(hi - 1, lo + 4)) if s.low[k] == "by"), None)
    if by is not None and s.low[by - 1] in _WORKS:
        lo = by + 1  # "An investigation by the Bogota weekly Revista Frontera": the weekly
    words = [w for w in s.low[lo:hi] if w not in _TIME_WORDS and w not in (",", "(", ")")]
    if not words:
        return None
    if s.words[lo:hi] in (["Defence"], ["Defense"]):
        # "according to Defence": Australian usage for the Department of Defence, whose own
        # forces the sentence is about, else the state in context
        own = _own_forces_subject(s) or _counted_state(s)
        return Claim([own] if own else _unnamed_state(s, disc), "Defence", True)
    ms = _np_mentions(s, lo, hi)
    based = [m for m in ms if s.low[m.end : m.end + 1] == ["-"] and s.low[m.end + 1 : m.end + 2]
             and s.low[m.end + 1] in _SEATED]  # fmt: skip
    definite = s.low[lo] == "the" or s.low[lo : lo + 2] in (["and", "the"], [",", "the"])
    # "the Britain-based monitor", not "the Bogotá-based outlet El Faro Andino"
    ends_in_kind = any(b == hi for _, b in s.find("speaker_nouns.body", max(lo, hi - 3), hi))
    if (
        based
        and len(based) == len(ms)
        and not definite
        and ends_in_kind
        and lo > 0
        and (s.low[lo - 1] == ",")
    ):
        return None  # "X, a Singapore-based research group,": an apposition; X speaks
    if based and len(based) == len(ms) and definite and ends_in_kind:
        # "the Britain-based monitor said": where it sits, not who it is; the monitor named
        # before, if any, else a body the article does not name
        head = next((w for w in reversed(s.low[lo:hi]) if w in disc.by_noun), None)
        parties = list(disc.by_noun[head]) if head else list(disc.last_body)
        return Claim(parties, s.text_of(lo, hi).strip(" ,"), True, kind=RESEARCH, named=bool(head))
    text = s.text_of(lo, hi).strip(" ,")
    if "former" in words and not any(m.entity.kind == PERSON for m in ms):
        return Claim([], text, True)  # "a former Pentagon official told a think tank": he no
        # longer speaks for it
    if ms and _reached_by(s, lo, hi):
        return Claim([], text, True)  # "local sources contacted by the Observatory": the
        # sources speak, whoever found them
    if ms and s.has("speaker_nouns.posted", lo, hi) and all(_posted_in(s, m) for m in ms):
        return Claim([], text, True)  # "diplomats in Mogadishu": foreigners posted there
    if ms:
        media = all(m.entity.kind == MEDIA for m in ms)
        # "the independent Russian outlet", "a London-based think tank": a description of a
        # body (its head a body noun, its names only places), not a name
        described = (
            words[0] in ("the", "a", "an")
            and s.has("speaker_nouns.body", hi - 1, hi)
            and all(m.entity.kind in (COUNTRY, REGION) for m in ms)
        )
        kind = ms[-1].entity.kind
        head = s.low[hi - 1]
        if described and head in disc.by_noun and not _SEATED.isdisjoint(s.low[lo:hi]):
            # "the Britain-based monitor said": the monitor named before, not Britain
            return Claim(list(disc.by_noun[head]), text, True, kind=kind, named=True)
        places_only = all(m.entity.kind in (COUNTRY, REGION) for m in ms)
        opener = next((w for w in words if w not in _CONJUNCTIONS), "")  # ", and the ... said"
        name = _body_named_after(s, lo, hi) if opener in ("the", "a") and places_only else None
        if name:  # "the Colombian news site La Silla Vacía": the site, not Colombia
            return Claim([name], text, True, kind=RESEARCH, named=True)
        return Claim(_parties(ms), text, True, media=media, kind=kind, named=not described)
    joined = " ".join(words)
    secretary = _secretary_general(text, disc)
    if secretary is not None:
        return Claim([secretary], text, True, kind=INTERNATIONAL)  # "the Secretary-General"
    if (any(p in joined for p in ("both countries", "both nations", "two countries", "both"))) and (
        disc.last_speaker
    ):
        return Claim(list(disc.last_speaker), text, True)
    if "country" in words:
        country = _the_country(s, lo, disc)
        if country:
            return Claim([country], text, True)
    cls = _noun_class(s, lo, hi)
    anonymous = s.has("speaker_nouns.anonymous", lo, hi)
    if (
        anonymous
        and not cls
        and words[0] in ("which", "whom", "that")
        and not word_set("speaker_nouns.outsiders").isdisjoint(words)
    ):
        return Claim([], text, True)  # "which diplomats put at": unnamed outsiders, nobody's
    if _titled_name(s, lo, hi):  # "President Ana Rusu said": the state in context, the
        # dateline's first ("CAPE TOWN - ... Defence Minister Angie Motshekga said")
        return Claim(_unnamed_state(s, disc, dateline_first=True), text, True, kind=PERSON)
    if words[0] in _POSSESSIVES and words[0] != "the" and cls:
        # "Hezbollah has 100,000 fighters, its leader said": the clause's subject; else the
        # last speaker ("Its spokesman said" opening a sentence)
        owner = _subject_before(s, lo) if words[0] in ("its", "their") else None
        if owner is not None:
            return Claim([owner.party], text, True, kind=owner.kind)
        return Claim(_recall_pronoun(words[0], s, disc), text, True)
    owned = next(
        (
            k
            for k in range(lo + 2, hi)
            if s.low[k] in ("its", "their") and s.low[k - 1] in ("for", "of")
        ),
        None,
    )
    if owned is not None and cls and words[0] in ("a", "an", "the"):
        # "A spokeswoman for its operational command said": the body "its" recalls
        parties = _recall_pronoun(s.low[owned], s, disc)
        if parties:
            return Claim(parties, text, True)
    if words[0] in ("its", "their") and len(words) > 1 and words[1] in _STAFF_NOUNS:
        # "Its analysts now count about 11,500": the body's own staff speak for it
        return Claim(_recall_pronoun(words[0], s, disc), text, True)
    named_body = (
        _body_named_after(s, lo, hi) or _body_named_before(s, lo, hi)
        if words[0] == "the" and cls == "body"
        else None
    )
    if named_body:  # "the conflict monitor Cabo Ligado": the name the gazetteer lacks
        return Claim([named_body], text, True, kind=RESEARCH, named=True)
    if words[0] == "the" and cls == "state" and lo > 0 and s.low[lo - 1] in _NESTING:
        earlier = _speaker_before(s, lo, disc)
        if earlier is not None and _is_state(earlier):
            # "Israel's chief of staff has said the army estimates": his army, not the army
            # of the last state quoted
            return Claim(earlier, text, True)
    if words[0] == "the" and (cls or anonymous):  # "the experts": those quoted before
        return Claim(_recall(cls or "any", s, lo, hi, disc), text, True)
    pronoun = words[-1] if words[-1] in _PRONOUNS else words[0] if words[0] in _PRONOUNS else None
    owner = _subject_before(s, lo) if pronoun == "it" else None
    if owner is not None and owner.kind in (RESEARCH, MEDIA, INTERNATIONAL):
        # "OpenCount has matched 48,210 names, it said": the body the sentence is about
        return Claim([owner.party], text, True, kind=owner.kind, named=True)
    if pronoun in _THIRD_PERSON:
        earlier = _speaker_before(s, lo, disc)
        if earlier is not None:
            return Claim(earlier, text, True)  # "the Department said ..., out of a total it
            # estimates at 10,000 to 12,000": this sentence's own speaker
    if pronoun:
        return Claim(_recall_pronoun(pronoun, s, disc), text, True)
    if words[0] in ("a", "an") and words[-1] in _SPOKES and len(words) <= 3:
        first = next((m for m in s.mentions if m.start >= _dateline_start(s)), None)
        opens = first is not None and first.start - _dateline_start(s) <= 1 and first.end <= lo
        owner = first.entity if opens else None
        if owner is not None and owner.party and owner.kind not in (MEDIA, RESEARCH, PERSON):
            # "The Pentagon now has about 40,000 troops in the region, a spokesman said": the
            # spokesman of the body the sentence is about
            return Claim([owner.party], text, True, kind=owner.kind)
    if s.has("speaker_nouns.prosecutors", lo, hi) and not ms:
        home = _article_country(s, disc)  # "Prosecutors say": the dateline's, whoever spoke
        return Claim([home] if home else _unnamed_state(s, disc), text, True)
    if cls or anonymous:
        own = _own_forces_subject(s) if _official_data(s, lo, hi) else None
        if own is not None:
            return Claim([own], text, True)  # "The Serbian Army has around 28,000 personnel,
            # according to data from the Ministry of Defence": that state's ministry
        here = "here" in s.low[lo : hi + 1]  # "officials here tell me": where the reporter is
        outside = not word_set("speaker_nouns.outsiders").isdisjoint(words)
        if (
            here
            or s.has("speaker_nouns.institutional", lo, hi)
            and not s.has("speaker_nouns.anonymous", lo, lo + 1)
            and not outside
        ):  # "a military source", "defence officials"; not "Western defence officials",
            # "military analysts" (outsiders who study the military)
            return Claim(_unnamed_state(s, disc), text, True)
        if _plain_officials(words):
            earlier = _speaker_before(s, lo, disc)
            if earlier and _is_state(earlier):
                # "The Pentagon says ..., though officials told reporters": its officials
                return Claim(earlier, text, True)
        home = _article_country(s, disc) if _plain_officials(words) else None
        return Claim([home] if home else [], text, True)
    return None


def _short_name(s: Sentence, lo: int, hi: int, disc: Discourse) -> Claim | None:
    """ "(by) the Ledger('s)": the last word of a body's name learned earlier in the article
    ("the Lake Chad Security Ledger"), standing for the whole name."""
    k = lo + (s.low[lo] == "by")
    if k + 1 >= hi or s.low[k] != "the" or not s.words[k + 1][:1].isupper():
        return None
    end = k + 2
    if end < hi and s.low[end] not in ("'s", "’s"):
        return None
    word = s.words[k + 1]
    if s.mention_at(k + 1) is not None or word.lower() in word_set("speaker_heads"):
        return None  # a known name, or a head noun "the Institute" has its own reading
    named = [e for key, e in disc.learned.items() if len(key) > 1 and key[-1] == word and e.party]
    if len({e.party for e in named}) != 1:
        return None
    return Claim([named[0].party], s.text_of(k, k + 2), True, kind=named[0].kind, named=True)


_STATE_COUNCILS = words("presidential transitional military sovereignty")
_WORKS = words("investigation study report analysis survey review count tally assessment estimate")
_NESTING = words("said says say told tells added adds that")


def _article_country(s: Sentence, disc: Discourse) -> str | None:
    """The country an article is datelined in (this sentence's dateline while it is the
    first), else the one it names most."""
    return _topic_label(s) or dateline_of(s, disc) or disc.document_country()


def dateline_of(s: Sentence, disc: Discourse) -> str | None:
    """The article's dateline country, read from this sentence while it is the first (the
    discourse learns it only once the sentence is done)."""
    if disc.dateline_country or disc.sentence_no:
        return disc.dateline_country
    return _dateline_country(s)


def _topic_label(s: Sentence) -> str | None:
    """The country a digest's item is filed under ("Sudan: army says 120 RSF fighters
    killed", "Kyiv: North Korea has rotated 3,000 troops, intelligence chief says")."""
    if s.low[:1] in (["•"], ["*"], ["-"], ["–"]):
        return _dateline_country(s)  # "• COLOMBIA — The army said": each item its own dateline
    m = s.mention_at(0)
    if m is None or m.end >= len(s) or s.low[m.end] != ":":
        return None
    return _country_of(m.entity)


def _plain_officials(words_: list[str]) -> bool:
    """ "officials said", "a senior official said": nobody's officials but the article's own
    country's, in an article about one country."""
    rest = [
        w
        for w in words_
        if w not in _NP_START and w not in word_set("speaker_nouns.plain_modifiers")
    ]
    return len(rest) == 1 and rest[0] in word_set("speaker_nouns.plain")


def _posted_in(s: Sentence, m: Mention) -> bool:
    return m.start > 0 and s.low[m.start - 1] in ("in", "at")


def resolve_speaker(s: Sentence, lo: int, hi: int, disc: Discourse) -> Claim | None:
    """Who the noun phrase in tokens [lo, hi) is, as a speaker ("the ministry" -> its state)."""
    return _resolve_np(s, lo, hi, disc)


_CONJUNCTIONS = words("and but while whereas")


def _body_named_after(s: Sentence, lo: int, hi: int) -> str | None:
    """ "the conflict monitor Cabo Ligado", "the think tank Chatham House": capitalised words
    closing a noun phrase whose head is a kind of body name it."""
    k = hi
    while (
        k > lo
        and s.mention_at(k - 1) is None
        and (s.words[k - 1][:1].isupper() or (s.low[k - 1] == "-" and s.words[k - 2][:1].isupper()))
    ):
        k -= 1  # "Cabo Ligado", "CSP-DPA"
    if k == hi or k <= lo + 1:
        return None
    # the kind right before the name ("the think tank Chatham House", "the alliance known as
    # the CSP-DPA"), not a name's own word ("Khortytsia Group of Forces")
    ends = {b for _, b in s.find("speaker_nouns.body", lo, k)}
    gaps = ((), ("known", "as"), ("known", "as", "the"), ("called",), ("named",))
    if not any(k - len(gap) in ends and tuple(s.low[k - len(gap) : k]) == gap for gap in gaps):
        return None
    return s.text_of(k, hi)


_CALENDAR = words(
    "january february march april may june july august september october november december"
)
BODY_KIND_MAX = 3  # lower-case words after a body's name: "conflict monitor", "research group"


def _body_named_before(s: Sentence, lo: int, hi: int) -> str | None:
    """ "the Cabo Ligado conflict monitor", "the Nile Watch research group": capitalised words
    the gazetteer does not know before lower-case words ending in a kind of body (never a
    document: "the Monday report" names nobody)."""
    k = j = lo + 1
    while j < hi and s.words[j][:1].isupper() and s.words[j].isalpha() and not s.mention_at(j):
        if s.low[j] in _TIME_WORDS or s.low[j] in _CALENDAR:
            return None
        j += 1
    rest = s.low[j:hi]
    if j == k or not 1 <= len(rest) <= BODY_KIND_MAX or not all(w.isalpha() for w in rest):
        return None
    return s.text_of(k, j) if rest[-1] in _BODY_HEADS or rest[-1] == "group" else None


def _adverbial(s: Sentence, a: int, b: int) -> bool:
    """ "meanwhile", "in a statement", "on Monday", ", which has 10,000 troops,": a segment
    that names no speaker."""
    words = [w for w in s.low[a:b] if w not in _TIME_WORDS]
    if not words or words[0] in _ADVERBIAL_START or words[0] in ("which", "who"):
        return True
    return words[0].endswith("ing")  # "speaking on condition of anonymity"


def _relative_only(s: Sentence, a: int, b: int) -> bool:
    """ "..., which have both put": the antecedent before it speaks."""
    words = [w for w in s.low[a:b] if w not in _RELATIVE_FILLER and w not in _TIME_WORDS]
    return words in (["which"], ["who"], ["that"])


def _body_apposition(s: Sentence, a: int, b: int) -> bool:
    """ "a London-based think tank": describes the body named before it."""
    if s.low[a] not in ("a", "an"):
        return False
    return (
        s.has("new_bodies.types", a, b)
        or s.has("new_bodies.media_types", a, b)
        or "based" in s.low[a:b]
    )


def _add_listed_before(s: Sentence, segs: list[tuple[int, int]], claim: Claim) -> None:
    """Names listed before the comma of "B and C": each segment just one name."""
    for a, b in reversed(segs):
        m = _mention_after(s, a)
        if m is None or m.end != b:
            return
        if m.entity.party not in claim.parties:
            claim.parties.insert(0, m.entity.party)


def _capitalised_only(s: Sentence, a: int, b: int) -> bool:
    """ "Nataliya Humeniuk": a name the gazetteer does not know."""
    words = [w for w in s.words[a:b] if w not in ("-", ".")]
    return bool(words) and all(w[:1].isupper() for w in words)


_OPENING_PREPS = words("in on at during after before under with")


def _named_before(s: Sentence, segs: list[tuple[int, int]], disc: Discourse) -> Claim | None:
    """The name an apposition describes: the segment before it, when that starts with a name."""
    if not segs:
        return None
    a, b = segs[-1]
    while a < b and s.low[a] in ("the",):
        a += 1
    if b - a > 3 and s.low[b - 1] == ")" and "(" in s.low[a + 1 : b - 1]:
        paren = a + 1 + s.low[a + 1 : b - 1].index("(")  # "the ... Development (CSP-PSD)"
        inside = s.mention_at(paren + 1)
        whole_inside = inside is not None and (inside.start, inside.end) == (paren + 1, b - 1)
        if whole_inside and inside.entity.party:
            return Claim(
                [inside.entity.party], s.text_of(a, b), True, kind=inside.entity.kind, named=True
            )  # "The Permanent Strategic Framework (CSP-PSD)": the name in brackets is known
        named = s.mention_at(a)
        own_name = named is not None and (named.start, named.end) == (a, paren)
        if own_name and named.entity.kind not in (COUNTRY, REGION):
            b = paren  # "The Institute for the Study of War (ISW)": the name, then its letters
    m = s.mention_at(a)
    whole = m is not None and m.start == a and b - m.end <= NAME_TAIL_MAX
    if whole and (s.has("force_nouns.strong", m.end, b) or s.has("force_nouns.weak", m.end, b)):
        return None  # '"more than 600" Ukrainian servicemen, the chief ... added': the people
        # counted, not a name the apposition describes
    if not whole and not _titled_name(s, a, b):
        if s.low[segs[-1][0]] in _OPENING_PREPS:
            return None  # "In a report seen by The Meridian Review, the panel says": an
            # adverbial before the speaker, not a name the speaker's words describe
        source = _source_named_last(s, a, b)
        if source is not None:
            return source  # "The estimate comes from the Centre for X, a London think tank,"
        return None  # "The IDF believes it killed 300 Hezbollah fighters, a military official
        # said": a clause, not the name an apposition describes
    claim = _resolve_np(s, segs[-1][0], b, disc)
    return claim if claim is not None and claim.parties else None


def _source_named_last(s: Sentence, a: int, b: int) -> Claim | None:
    """A body named at the end of a clause as where something comes from ("comes from the
    Centre for X", "a report by the Y Institute"), before the apposition that describes it."""
    m = next((m for m in s.mentions if m.end == b and m.start > a), None)
    if m is None or not m.entity.party or m.entity.kind in (COUNTRY, REGION, PERSON):
        return None
    k = m.start - 1 - (s.low[m.start - 1] == "the")
    if k < 0 or s.low[k] not in ("from", "by", "at", "of"):
        return None
    if s.low[k] in ("at", "of") and (m.entity.kind not in (RESEARCH, INTERNATIONAL) or k == a):
        return None  # "Analysts at the Centre for X, a think tank,": the centre's analysts
    return Claim([m.entity.party], s.text_of(m.start, m.end), True, kind=m.entity.kind, named=True)


def _person_named_before(s: Sentence, segs: list[tuple[int, int]]) -> Entity | None:
    """The official of the gazetteer that the segment before an apposition consists of."""
    if not segs:
        return None
    a, b = segs[-1]
    m = s.mention_at(a)
    if m is None or m.start != a or m.end != b or m.entity.kind != PERSON or not m.entity.party:
        return None
    return m.entity


def _titled_name(s: Sentence, a: int, b: int) -> bool:
    """ "President Ana Rusu", "General Petro Bondar": a capitalised title before a name."""
    titles = word_set("titles")
    k = a
    # "President Ana Rusu", "Military spokesman Major General Lul Ruai Koang"
    while k < b and s.low[k].rstrip(".") in titles and (k > a or s.words[k][:1].isupper()):
        k += 1
        k += k < b and s.low[k] == "."  # "Gen. Petro Bondar"
        if k + 1 < b and s.low[k] == "of" and s.words[k + 1][:1].isupper():
            k += 1  # "Director General of Military Operations Lt Gen Rajiv Ghai"
            while k < b and s.words[k][:1].isupper() and s.low[k].rstrip(".") not in titles:
                k += 1
    return a < k < b and _capitalised_only(s, k, b)


_SPEAKING_ASIDES = words("speaking talking writing addressing appearing calling phoning")


def _pre_speaker(s: Sentence, v: int, disc: Discourse, floor: int = 0) -> Claim | None:
    lo = floor
    for k in range(v - 1, floor - 1, -1):
        if _hard(s, k):
            if _closed_relative(s, k, v):
                continue  # "X, an organisation that has tracked the war since 2019, estimates"
            lo = k + 1
            break
    speech = word_set("speech")
    content = v + 1 < len(s) and s.low[v + 1] == "that"  # not "said the troops, estimated at"
    said = [k for k in range(lo, v - 1) if s.low[k] in speech and s.low[k + 1] in _NP_START]
    if said and content:  # "a lawmaker said the agency estimated that": the agency estimates
        lo = said[-1] + 1
    segs = _segments(s, lo, v)
    if len(segs) > 1 and _relative_only(s, *segs[-1]):
        segs = segs[:-1]  # "an announcement by Niger's army, which said": the antecedent speaks
    for idx in range(len(segs) - 1, -1, -1):
        a, b = segs[idx]
        if s.low[a : a + 1] in (["which"], ["who"], ["whose"]) and idx > 0:
            opens_np = a + 1 < b and (
                s.words[a + 1][:1].isupper()
                or s.low[a + 1] in _NP_START
                or s.low[a + 1] in word_set("speaker_nouns.anonymous")
                or s.low[a + 1] in word_set("speaker_nouns.institutional")  # "which military
                or s.low[a + 1] in word_set("speaker_nouns.plain_modifiers")  # officials said"
            )
            # "which Western diplomats estimate has": the clause runs into the verb; not
            # "which the US has armed ..., says": a clause closed before the speaker's verb
            reports = b >= v or any(
                s.low[k] in _speaker_cues() and s.mention_at(k) is None for k in range(a + 1, b)
            )
            whose = s.low[a] == "whose"  # "whose strength the Horn Security Institute puts
            # at"; not "South Africa, whose troops formed the core of the SADC mission, has"
            relative = s.low[a] == "which" and opens_np or whose
            if relative and reports and not _relative_only(s, a, b):
                # "The RSF, which Western diplomats estimate has": the clause's own speaker
                inner = _resolve_np(s, a + 1, b, disc)
                if inner is not None:
                    return inner
            continue  # "UNIFIL, which has 10,000 troops, said": the antecedent speaks
        if idx > 0 and a < b and (s.low[a] in ASIDE_PREPS or _describing_participle(s, a, b)):
            continue  # "X, in a statement carried by EBC, said"; "JNIM, affiliated with al-Qaeda,"
        if _relative_list_goes_on(s, segs[: idx + 1]):
            continue
        if idx > 0 and a < b and s.low[a] in _SPEAKING_ASIDES:
            continue  # "An RSF adviser, speaking by phone from Nairobi, said": where he spoke
        claim = _resolve_np(s, a, b, disc)
        if s.low[a].endswith("ing") and idx > 0 and not (claim and claim.parties):
            continue  # "Reuters, citing two sources, reported": an aside
        inner = next((k for k in range(a + 1, b) if s.low[k] == "the"), None)
        if s.low[a] in ("a", "an") and inner and not (claim and claim.parties):
            # "a figure the Department first disclosed": the inner noun phrase speaks
            claim = _resolve_np(s, inner, b, disc) or claim
        if claim is None:
            if _adverbial(s, a, b):
                continue
            # an unknown noun phrase: an apposition to the name before it, or a speaker the
            # gazetteer cannot place ("a farmer said")
            named = _named_before(s, segs[:idx], disc)
            if named is not None:
                return named
            text = s.text_of(a, b).strip(" ,")
            if _capitalised_only(s, a, b):  # somebody named whom the gazetteer cannot place
                # "the spokesperson for Ukraine's Southern Defence Forces, Nataliya Humeniuk,"
                before = _resolve_np(s, *segs[idx - 1], disc) if idx > 0 else None
                named_person = Claim([], text, True, kind=PERSON)
                return before if before is not None and before.parties else named_person
            if s.low[a] in _NP_START:
                return Claim([], text, True)
            return None
        if claim.named and ("and" in s.low[a:b] or "&" in s.low[a:b]):
            _add_listed_before(s, segs[:idx], claim)  # "Britain, France and Germany said"
        pronoun = s.low[a] in _PRONOUNS  # "Russia, he said, has": no apposition
        titled = s.low[a] in _NP_START or s.low[a] in word_set("titles")
        person = _person_named_before(s, segs[:idx]) if titled and s.low[a] != "one" else None
        if person is not None:
            # "Dmitry Medvedev, the deputy chairman of the Security Council, said": the known
            # official the apposition describes, not the body it names
            return Claim([person.party], s.text_of(*segs[idx - 1]).strip(" ,"), True, kind=PERSON)
        if not claim.parties and titled and idx > 0:
            named = _named_before(s, segs[:idx], disc)
            if named is not None:
                return named  # "General Petro Bondar, commander of the eastern grouping, said"
        if (
            _body_apposition(s, a, b)
            or (claim.parties and not claim.named and not pronoun)
            or s.has("affiliation_heads", b - 1, b)
        ):  # "JNIM, the al-Qaeda affiliate, said": the name before speaks
            named = _named_before(s, segs[:idx], disc)
            if named is not None:
                return named  # "Chatham House, a London think tank, estimates"
        return claim
    return None


def _relative_list_goes_on(s: Sentence, segs: list[tuple[int, int]]) -> bool:
    """ "Mediazona, which counts names from obituaries, social media posts and regional news,
    has identified": the segments after a "which" clause that name nobody are its list going on,
    not a speaker."""
    for j in range(len(segs) - 1, 0, -1):
        a, b = segs[j]
        if any(m.start < b and m.end > a for m in s.mentions):
            return False
        pa, pb = segs[j - 1]
        if s.low[pa] in ("which", "who"):
            return True
        if pa > 0 and "that" in s.low[pa + 1 : pb] and s.low[pa] in _NP_START:
            return True  # "Mediazona, an outlet that combs obituaries, social media posts and"
    return False


def _closed_relative(s: Sentence, k: int, v: int) -> bool:
    """ "that" at k opens a relative clause on a noun that a comma closes before the verb at v
    ("an organisation that has tracked the war, estimates"): the speaker is before it."""
    if s.low[k] != "that" or k == 0 or "," not in s.low[k + 1 : v]:
        return False
    before = s.low[k - 1]
    return (
        before not in word_set("speech") and before not in _estimate_words() and (before.isalpha())
    )


def _contrast(s: Sentence, j: int) -> bool:
    """A conjunction opening a contrasting clause; not "while fighting" (a time)."""
    nxt = s.low[j + 1] if j + 1 < len(s) else ""
    return s.low[j] in _CONTRASTS and not nxt.endswith("ing")


_OWN_FORCE_WORDS = words("army military forces militia group rebels junta")


def _counts_its_own(s: Sentence, v: int) -> bool:
    """ "the M23 now counts some 6,500 combatants", "the army counts 40,000 men": an armed
    party counting its own ranks has them; it does not claim a figure."""
    if s.low[v] not in ("counts", "count"):
        return False
    k = v - 1
    while k > 0 and s.low[k] in _TIME_WORDS:
        k -= 1
    m = next((m for m in s.mentions if m.end == k + 1), None)
    if (m is not None and m.entity.kind == ARMED_GROUP) or s.low[k] in _OWN_FORCE_WORDS:
        return True
    # "The German brigade in Lithuania now counts": a force named before a place phrase
    start = next((j + 1 for j in range(k, -1, -1) if s.low[j] in (",", ";", ":")), 0)
    return any(
        (s.low[j] in _OWN_FORCE_WORDS or s.low[j] in word_set("unit_nouns"))
        and s.low[j + 1 : j + 2] in (["in"], ["at"], ["on"])
        for j in range(start, k)
    )


def _trailing_participle(s: Sentence, v: int) -> bool:
    """ "..., claiming that", "..., asserting that": a reporting participle after a comma,
    whose speaker is the subject of the clause it trails."""
    return v > 0 and s.low[v].endswith("ing") and s.low[v - 1] == ","


def _claim_noun(s: Sentence, v: int) -> bool:
    """ "issued a counter-claim", "published its statement": a report word as the object
    of the sentence's verb, whose subject made it."""
    return v > 0 and s.low[v - 1] in ("a", "an", "-", "its", "their")


def _opening_subject(s: Sentence, v: int, disc: Discourse) -> Claim | None:
    """The speaker a sentence opens with, before its first comma ("The RSF, for its part,
    issued a counter-claim ..., asserting that"), when that names a party."""
    start = _dateline_start(s)
    end = next((k for k in range(start, v) if s.low[k] == ","), v)
    if end == start or s.low[start] in _ADVERBIAL_START:
        return None  # "In Kursk, officials said": a place, not a speaker
    if not (s.words[start][:1].isupper() or s.low[start] in _NP_START):
        return None
    claim = _resolve_np(s, start, end, disc)
    return claim if claim is not None and claim.parties else None


def _describing_participle(s: Sentence, a: int, b: int) -> bool:
    """ "affiliated with al-Qaeda", "backed by Iran", "based in Oslo": an apposition that
    describes the speaker named before it, not a speaker."""
    w = s.low[a]
    if b - a >= 2 and w in _SEEN_BY and s.low[a + 1] == "by":
        # "a report by the UN, seen by our correspondent, estimates", "British officials,
        # quoted by The Times, estimate": who saw or relays it does not claim it
        return True
    if w in word_set("speech") or w in _estimate_words():
        return False  # "compiled by the IISS", "published by RUSI": the author speaks
    return b - a >= 2 and w.endswith("ed") and s.low[a + 1] in _DESCRIBING_PREPS


def _reduced_relative(s: Sentence, at: int, v: int, disc: Discourse) -> Claim | None:
    """ "the 300,000 to 400,000 the junta says it commands", "5,000 troops Kyiv says are
    there": a speaker noun phrase of a few words between the figure and its reporting verb."""
    if v > 0 and s.low[v - 1] == "and":
        return _opening_subject(s, v, disc)  # "Ottawa has 1,900 troops in Latvia and says":
        # the subject's second verb
    for k in range(v - 1, max(at, v - REDUCED_RELATIVE_REACH) - 1, -1):
        if s.is_quantity_token(k) or _hard(s, k):
            return None
        m = s.mention_at(k)
        if s.low[k] in ("the", "a", "an") or (m is not None and m.start == k):
            return _resolve_np(s, k, v, disc)
    return None


def _post_speaker(s: Sentence, v: int, disc: Discourse) -> Claim | None:
    translated = s.low[v] == "informed" and v > 0 and s.low[v - 1] == ","
    if (s.low[v] in _NO_INVERSION and not translated) or (
        s.low[v + 1 : v + 2] and s.low[v + 1] in _PRONOUNS
    ):  # "says it commands": what was said, not who; but translated copy's ", informed the
        return None  # Minister of Defence" is "the minister said"
    hi = len(s)
    for k in range(v + 1, len(s)):
        if _hard(s, k) or s.low[k] in (",", ".", "that", "in", "on", "as", "to"):
            hi = k
            break
    # "said 1,000 North Korean troops ...": what was said, not who; "by a U.N. panel at some
    # 350,000": the speaker ends where the number starts
    hi = next((k for k in range(v + 1, hi) if s.is_quantity_token(k)), hi)
    while hi > v + 1 and s.low[hi - 1] in _QUANTITY_START | {"at", "of"}:
        hi -= 1
    if hi <= v + 1:
        return None
    return _resolve_np(s, v + 1, hi, disc)


_SPEAKER_NOUNS = words(
    "officials official sources source ministry government authorities officers diplomats "
    "spokesman spokeswoman spokesperson military army intelligence staff command headquarters"
)
_REPORT_NOUNS = words("announcement statement statements briefing report")


ANTECEDENT_REACH = 8  # words of the noun phrase a ", who ..." clause hangs on


def _antecedent_speaker(s: Sentence, comma: int, disc: Discourse) -> Claim | None:
    """The noun phrase right before ", who estimate ...": "according to security sources, who
    evaluate ..." is the sources' claim (anonymous), not the main clause subject's."""
    lo = comma
    while lo > 0 and comma - lo < ANTECEDENT_REACH and s.low[lo - 1] not in _ANTECEDENT_STOPS:
        lo -= 1
    return _resolve_np(s, lo, comma, disc) if lo < comma else None


_ANTECEDENT_STOPS = frozenset({",", ";", ":", "to", "by", "from"})


def _noun_speaker(s: Sentence, v: int, disc: Discourse) -> Claim | None:
    """ "a French announcement", "the IDF's statement"; a bare "the statement" is the last one."""
    lo = v
    while lo > 0 and v - lo < 4 and s.low[lo - 1] not in (",", ";", ":", "by", "in", "to"):
        lo -= 1
    ms = _np_mentions(s, lo, v)
    if ms:
        return Claim(_parties(ms), s.text_of(lo, v + 1), True, kind=ms[-1].entity.kind)
    if s.low[v - 1 : v] == ["the"] and disc.last_speaker:
        return Claim(list(disc.last_speaker), s.text_of(v - 1, v + 1), True)
    return None


_COMPARED_PUT = words("higher lower closer")


def _estimate_words() -> frozenset[str]:
    return word_set("estimate") | _ESTIMATE_VERBS


def _reporting_words(s: Sentence) -> list[int]:
    speech = (word_set("speech") | _estimate_words() | _ESTIMATE_NOUNS) - _NOT_REPORTING
    out = []
    for i, w in enumerate(s.low):
        if w in _OWNED_COUNTS and s.low[i - 1 : i] in (["'s"], ["’s"]):
            out.append(i)  # "Seoul's figure of 11,000": a figure with its owner
            continue
        if w not in speech:
            continue
        if w.endswith("ed") and s.low[i - 1 : i] and s.low[i - 1] in _ATTRIBUTIVE:
            continue  # "its claimed total", "the reported figure": an adjective, nobody speaks
        if w in ("put", "puts", "putting"):
            reach = s.low[i + 1 : i + PUT_AT_REACH]
            reach = reach[: reach.index(";")] if ";" in reach else reach
            compared = not _COMPARED_PUT.isdisjoint(reach) and not _FIGURE_NOUNS.isdisjoint(reach)
            if "at" not in reach and s.low[i + 1 : i + 2] != ["forward"] and not compared:
                continue  # "put the number at", "put forward the figure", "put the figure
                # lower"; not "put pressure on"
        if w == "according" or s.mention_at(i) is not None:
            continue  # "according to" is handled apart; "United States" is not "states"
        if w == "given" and (s.low[i - 1 : i] in (["any"], ["a"]) or s.low[i + 1 : i + 2] in (
            ["time"], ["moment"], ["day"], ["point"], ["that"], ["the"],
        )):  # fmt: skip
            continue  # "at any given time", "given the risks": nobody gave a figure
        if _describes_speaker(s, i) or _compared(s, i):
            continue
        if w in ("count", "counts", "counted", "counting") and s.low[i + 1 : i + 2] in (
            ["on"], ["with"],
        ):  # fmt: skip
            # "the coalition can count on 12,000 fighters", translated "the ELN counts with
            # about 6,200": has them, says nothing
            continue
        if w in ("states", "state", "report", "reports") and s.low[i + 1 : i + 2] not in (
            ["that"], [":"], ["“"], ['"'],
        ):  # fmt: skip
            continue  # nouns far more often than reporting verbs ("member states")
        if w in _ADD_VERBS and (
            (i > 0 and s.low[i - 1] in _PROGRESSIVE_AUX)
            or s.low[i + 1 : i + 2]
            and s.low[i + 1] in _QUANTITY_START
            or s.is_quantity_token(i + 1)
        ):
            continue  # "Moscow was adding 9,000 troops": adds soldiers, not words
        out.append(i)
    return out


def _describes_speaker(s: Sentence, v: int) -> bool:
    """ "an official who spoke on condition of anonymity", "a diplomat who briefed reporters":
    the relative clause says how the speaker spoke, not what."""
    k = v - 1
    while k > 0 and s.low[k] in _SPEAKER_FILLER:
        k -= 1
    if k < 0 or s.low[k] != "who":
        return False
    nxt = s.low[v + 1] if v + 1 < len(s) else ""
    return nxt in _SPEAKER_MANNER or nxt in _AUDIENCE_WORDS


def _compared(s: Sentence, v: int) -> bool:
    """ "far more than Moscow and Minsk have admitted", "twice what Minsk declared": a
    comparison with another party's claim, not the claim of this sentence's figure."""
    for k in range(v - 1, max(-1, v - COMPARISON_REACH), -1):
        if s.low[k] in ("than", "what"):
            return True
        if _hard(s, k) or s.low[k] == ",":
            return False
    return False


def _participle_modifier(s: Sentence, v: int) -> bool:
    """ "lawmakers briefed by the spy agency said": a participle describing the speaker."""
    if not (v + 1 < len(s) and s.low[v + 1] == "by" and s.low[v].endswith("ed")):
        return False
    # ("has verified by name": a perfect tense, the subject speaks)
    return v == 0 or s.low[v - 1] not in _PASSIVE_AUX | {
        "been",
        "being",
        "also",
        "has",
        "have",
        "had",
    }


_TIME_AFTER_BY = words("then now mid early late next this year summer winter autumn spring")
# "identified by name", "confirmed by phone": how, not who
_MANNER_AFTER_BY = words("name names phone telephone email video satellite hand far contrast")


def _passive_agent(s: Sentence, v: int) -> bool:
    """A reporting participle with its agent right after it ("is estimated by Seoul"), not a
    manner ("identified by name")."""
    return (
        v + 2 < len(s)
        and s.low[v + 1] == "by"
        and s.low[v].endswith("ed")
        and s.low[v + 2] not in _MANNER_AFTER_BY
    )


AGENT_REACH = 10  # tokens after a passive reporting word in which its "by" agent may come


def _agent_after(s: Sentence, v: int, at: int) -> int | None:
    """The "by" of a passive reporting word's agent named after the figure it governs ("is
    estimated at 7,000 to 12,000 by U.S. officials"), in the same clause; not "by 2027"."""
    if v + 1 < len(s) and s.low[v + 1] == "by":
        return v + 1
    for k in range(max(v + 1, at), min(len(s) - 1, v + AGENT_REACH)):
        if s.low[k] in (",", ";", "and") or _hard(s, k):
            return None
        if s.low[k] != "by" or s.like_num[k + 1] or s.low[k + 1] in _TIME_AFTER_BY:
            continue
        if s.low[k + 2 : k + 3] not in (["end"], ["time"]):
            return k  # not "by the end of the year", "by the time
    return None


def _agentless(s: Sentence, v: int) -> bool:
    """ "is estimated to", "was now estimated at", "an estimated", "forces, estimated at": a
    reporting word with no speaker."""
    if not s.low[v].endswith("ed"):
        return False
    k = v - 1
    while k > 0 and s.low[k] in _PASSIVE_ADVERBS:
        k -= 1
    nxt = s.low[v + 1] if v + 1 < len(s) else ""
    if k < 0 or nxt == "by":
        return False
    if s.low[k] == ",":  # not "the ministry, meanwhile, claimed that", nor "JNIM, affiliated
        # with al-Qaeda, claimed to have killed" (a speaker claims to have done something)
        return nxt in ("at", "as") or (nxt == "to" and s.low[v] != "claimed")
    return s.low[k] in _PASSIVE_AUX


def _relative_clause(s: Sentence, at: int) -> tuple[int, int] | None:
    """The non-restrictive relative clause (", which ... ,") holding token `at`, if any."""
    for c in range(at - 1, 0, -1):
        if s.low[c] in (";", ".") or _hard(s, c) and s.low[c] not in ("that",):
            return None
        if s.low[c] == "," and s.low[c + 1] in ("which", "who"):
            end = next((k for k in range(at, len(s)) if s.low[k] in (",", ";")), len(s))
            return (c, end) if end < len(s) - 1 else None
        if s.low[c] == ",":
            return None
    return None


def _speaks_after_clause(s: Sentence, end: int, verbs: list[int]) -> int | None:
    """The reporting verb right after a relative clause ending at `end`: its antecedent speaks
    ("UNIFIL, which has some 10,000 troops, said"), and vouches for the clause."""
    v = next((v for v in verbs if v > end), None)
    if v is None or any(w not in _RELATIVE_FILLER for w in s.low[end + 1 : v]):
        return None
    return v


def _mention_after(s: Sentence, k: int) -> Mention | None:
    """A name starting at token k, or right after a "the" there."""
    k += 1 if k < len(s) and s.low[k] == "the" else 0
    m = s.mention_at(k)
    return m if m is not None and m.start == k and m.entity.party else None


def _list_end(s: Sentence, end: int) -> int:
    """Past ", B and C" when a list of names goes on after the comma at `end`."""
    k = end
    while k < len(s) and s.low[k] == ",":
        m = _mention_after(s, k + 1)
        if m is None:
            return end
        k = m.end
        if k < len(s) and s.low[k] in ("and", "&"):
            last = _mention_after(s, k + 1)
            return last.end if last is not None else end
    return end


def _according_spans(s: Sentence) -> list[tuple[int, int, int]]:
    """(position, start, stop) of each "according to X" / "Per X": X is tokens [start, stop)."""
    spans = []
    for k in range(len(s) - 1):
        # "Per the UN, ...", "as per the latest assessment of the security agencies"
        per = s.low[k] == "per" and (k == 0 or s.punct[k - 1] or s.low[k - 1] == "as")
        if not (per or (s.low[k] == "according" and s.low[k + 1] == "to")):
            continue
        k = k - 1 if per else k
        end = next(
            (
                j
                for j in range(k + 2, len(s))
                if s.low[j] in (",", ".", ";") and s.mention_at(j) is None  # not in a name
            ),
            len(s),
        )
        end = _list_end(s, end)  # "according to Ukraine, South Korea and the United States"
        by = next((j for j in range(k + 2, end) if s.low[j] == "by"), None)
        if by is not None and _relayed_by_media(s, by - 1):
            end = by - 1  # "according to Western estimates cited by Lebanese media"
            by = None
        if by is not None and s.low[by - 1] in _SEEN_BY:
            by = None  # "a document seen by Reuters": the outlet only saw it
        if by is not None and s.low[by - 1] in _REACHED and _reached_by(s, k + 2, end):
            end, by = by - 1, None  # "local sources contacted by HRW": the sources speak
        start = k + 2 if by is None else by + 1  # "according to a study published by X"
        stop = next(
            (
                j
                for j in range(start, end)
                if s.low[j] == "that"
                or s.low[j] in ("on", "in", "as")
                and not (j + 1 < end and s.words[j + 1][:1].isupper() and s.mention_at(j + 1))
            ),
            end,
        )  # "according to All Eyes on Wagner": a name goes on past "on"
        spans.append((k, start, stop))
    return spans


def _claim_sites(s: Sentence) -> tuple[list[tuple[int, int, int]], list[int]]:
    """Where a sentence may name a claimant, whatever the figure: the spans after "according
    to" / "Per", and the reporting words that are not participles describing a speaker.
    Computed once per sentence (until its mentions change)."""
    sites = s.derived.get("claim_sites")
    if sites is not None:
        return sites
    according = _according_spans(s) if "according" in s.lowset or "per" in s.lowset else []
    words = [v for v in _reporting_words(s) if not _participle_modifier(s, v)]
    sites = s.derived["claim_sites"] = (according, words)
    return sites


def in_relative_clause(s: Sentence, at: int) -> bool:
    """Whether token `at` sits in a non-restrictive relative clause that nobody before it
    reports ("Germany, which has about 100 soldiers in Niger, said ..."): background the
    outlet supplies. Inside reported words ("NATO said it would reinforce KFOR, which
    numbers 4,500 troops") the clause is the speaker's."""
    rel = _relative_clause(s, at)
    if rel is None:
        return False
    according, words = _claim_sites(s)
    if _inverted_speaker_after(s, rel, words):
        return False  # "the number of US troops, which stands at about 28,500, USFK said"
    return not any(v < rel[0] for v in words) and not any(k < rel[0] for k, _, _ in according)


INVERTED_SPEAKER_MAX = 6  # words of ", US Forces Korea said" after a relative clause


def _inverted_speaker_after(s: Sentence, rel: tuple[int, int], verbs: list[int]) -> bool:
    """A speaker named right after a relative clause that closes the main clause, before its
    verb (", which stands at about 28,500, US Forces Korea said"), when the clause is not about
    that speaker: the speaker reports the whole sentence, the clause included."""
    c, end = rel
    v = next((v for v in verbs if v > end), None)
    if v is None or not 1 <= v - end - 1 <= INVERTED_SPEAKER_MAX or "," in s.low[end + 1 : v]:
        return False
    said = [m for m in s.mentions_in(end + 1, v) if m.entity.party]
    antecedent = s.mention_at(c - 1)
    return bool(said) and (antecedent is None or antecedent.entity.party != said[0].entity.party)


def claimant(
    s: Sentence,
    at: int,
    disc: Discourse,
    next_s: Sentence | None = None,
    clause_vouched: bool = True,
) -> Claim:
    """The claim governing the token at `at` (a figure or an event trigger). With
    `clause_vouched` False, a relative clause's antecedent that speaks after it ("UNIFIL,
    which has 10,000 troops, said ...") does not claim what the clause says."""
    estimate_seen = s.has("estimate")
    rel = _relative_clause(s, at)
    according, words = _claim_sites(s)
    if rel and _inverted_speaker_after(s, rel, words):
        rel = None  # ", which stands at about 28,500, US Forces Korea said": the whole sentence
    lo, hi = rel if rel else (0, len(s))
    found = []
    for k, start, stop in according:
        if lo <= k + 1 < hi:
            claim = _resolve_np(s, start, stop, disc)
            if claim:
                found.append(claim)
    own = _speaks_after_clause(s, hi, words) if rel and clause_vouched else None
    words = [v for v in words if lo <= v < hi or v == own]
    before = [v for v in words if v < at]
    after = [v for v in words if v > at]
    estimates = _estimate_words() | _ESTIMATE_NOUNS
    # "estimates cited by Lebanese media": who relays a figure does not claim it
    before = [v for v in before if not _relayed(s, v)]
    after = [v for v in after if not _relayed(s, v)]
    for v in reversed(before):
        if _counts_its_own(s, v):
            continue  # "the M23 now counts some 6,500 combatants": it has them, a verb of size
        if _passive_agent(s, v):
            claim = _post_speaker(s, v + 1, disc)  # "is estimated by Seoul to be"
            if claim:
                claim.estimate = claim.estimate or s.low[v] in _ESTIMATE_VERBS
                found.append(claim)
                break
        if _agentless(s, v):
            by = _agent_after(s, v, at)  # "fighters, estimated at 7,000 by U.S. officials,"
            if by is not None:
                claim = _post_speaker(s, by, disc)
                if claim:
                    claim.estimate = claim.estimate or s.low[v] in _ESTIMATE_VERBS
                    found.append(claim)
                    break
            continue
        if _trailing_participle(s, v) and any(u < v for u in before):
            continue  # "the ministry claimed ..., putting them at 12": the main verb's speaker
        if s.low[v] in _REPORT_NOUNS:
            claim = _noun_speaker(s, v, disc)
        elif s.low[v] in _WORKS and s.low[v + 1 : v + 2] == ["by"]:
            claim = _post_speaker(s, v + 1, disc)  # "An independent count by the X Project"
        elif s.low[v] in ("quoted",) or s.low[v] in _CITING:
            claim = _post_speaker(s, v, disc)
        elif v >= 2 and s.low[v - 1] == "who" and s.low[v - 2] == ",":
            # "security sources, who evaluate the total at 2,500 since the departure of the
            # Wagner group": the speaker is the antecedent, never a name after the verb
            claim = _antecedent_speaker(s, v - 2, disc)
        else:
            claim = _pre_speaker(s, v, disc)
            if (claim is None or not claim.parties) and (
                _trailing_participle(s, v) or _claim_noun(s, v)
            ):
                claim = _opening_subject(s, v, disc) or claim
            if _PUT_WORDS.isdisjoint(s.low[v : v + 3]):
                # "(intelligence assessments) put the number of Hamas fighters at": what is
                # put is what is counted, never who puts it
                claim = claim or _post_speaker(s, v, disc)
        if claim:
            claim.estimate = claim.estimate or s.low[v] in estimates
            found.append(claim)
            break
    # an inverted speaker ("N ..., a lawmaker said") stands after the figure's own clause
    floor = next((k + 1 for k in range(at, len(s)) if s.low[k] == "," or _hard(s, k)), len(s))
    for v in after:
        if any(_contrast(s, j) for j in range(at, v)):
            break  # "30 soldiers were killed, while JNIM claimed ...": another clause's claim
        if _says_something_else(s, at, v):
            break  # "About 28,500 US troops are stationed in South Korea, and Gen. Brunson has
            # said their posture must adapt": the general's words follow his verb
        if _agentless(s, v) and not (v + 1 < len(s) and s.low[v + 1] == "by"):
            continue
        if s.low[v] in _REPORT_NOUNS:
            claim = _noun_speaker(s, v, disc)
        elif (v + 1 < len(s) and s.low[v + 1] == "by") or s.low[v] in _CITING:
            claim = _post_speaker(s, v + (s.low[v] not in _CITING), disc)
        elif v == own:
            claim = _pre_speaker(s, v, disc)  # "UNIFIL, which has 10,000 troops, said"
        else:
            # no comma between: the words before the verb hold the figure, not a speaker,
            # except a short noun phrase right before it ("the 300,000 the junta says it has")
            claim = (
                _pre_speaker(s, v, disc, floor) if v >= floor else _reduced_relative(s, at, v, disc)
            )
            claim = claim or _post_speaker(s, v, disc)
        if claim:
            found.append(claim)
            break
    by = _claimed_by(next_s) if next_s is not None else None
    if by is not None:  # "This was stated by X", "The figure comes from X", "That's according to X"
        learn_names(next_s, disc.learned)
        claim = _post_speaker(next_s, by, disc)
        if claim:
            found.append(claim)
    named = [c for c in found if c.parties and not c.media]
    best = named[0] if named else next((c for c in found if c.parties), None)
    if best is None or best.media:
        # "a lawmaker said, citing the country's spy agency"; "The Times reported, citing
        # U.S. officials": the cited source asserts the number
        best = best or (found[0] if found else Claim())
        cited = _cited(s, disc, lo, hi)
        if best.attributed and cited is not None and not cited.media:
            best = cited
    best.estimate = best.estimate or (best.attributed and estimate_seen)
    return best


_CONTENT_OPENERS = words("that their his her its they he she it there we this these")


def _says_something_else(s: Sentence, at: int, v: int) -> bool:
    """Whether the reporting verb at v, in a clause that ", and" opens after the figure at
    `at`, reports words of its own that follow it."""
    joined = any(s.low[j] == "," and s.low[j + 1] == "and" for j in range(at, v - 1))
    return joined and v + 1 < len(s) and s.low[v + 1] in _CONTENT_OPENERS


_BACK_REFERENCES = words("this that these it")
_GIVEN_BY = words(
    "stated said reported confirmed announced provided given released published disclosed "
    "estimated cited compiled issued made voiced forward claimed asserted noted shared revealed"
)
_FIGURE_NOUNS = words("figure figures number numbers estimate estimates count tally")


def _claimed_by(s: Sentence) -> int | None:
    """Token after which a sentence that opens by pointing back names who said it ("This was
    stated by X", "The figure comes from X", "That is according to X"), else None."""
    low = s.low
    k = 1 if low[:1] and low[0] in _BACK_REFERENCES else 0
    if not k and low[:2] and low[0] == "the" and len(low) > 1 and low[1] in _FIGURE_NOUNS:
        k = 2
    if not k:
        return None
    for j in range(k, min(len(low) - 1, k + 4)):
        if low[j] in ("by", "from") and (
            low[j - 1] in _GIVEN_BY or low[j - 1] in ("come", "comes")
        ):
            return j  # not "It was captured by Russian forces"
        if low[j] == "according" and low[j + 1] == "to":
            return j + 1
    return None


_LABEL = re.compile(
    r"[ \t]*(?P<name>[A-Z][\w'’.-]{2,}|[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,5})(?: \([^)\n]*\))?:"
)


def label_speaker(s: Sentence, disc: Discourse) -> Claim | None:
    """A transcript's speaker label opening the sentence's line ("JONAS BRANDT: I'd say 3,000
    or so fighters"): the body the article ties that person to ("Jonas Brandt of the Nordic
    Institute for Conflict Studies"), or the state or body the label itself names."""
    line = disc.text.rfind("\n", 0, s.offset) + 1
    m = _LABEL.match(disc.text, line)
    if m is None or not m.group("name").isupper() or line == 0:
        return None  # a transcript's labels are in capitals; a headline's "Sudan:" is a topic
    name = m.group("name")
    if name not in disc.labels:  # once per document: each lookup reads the whole text
        party = _labelled_party(name.title(), disc.text)
        if party is not None and _STATE_OFFICE.search(party) and party not in _known_parties():
            # "Frank Sievers, spokesperson of the Federal Ministry of Defence": a ministry the
            # gazetteer does not know is the article's state's
            party = disc.dateline_country or disc.document_country()
        disc.labels[name] = party
    party = disc.labels[name]
    return Claim([party], name, True, True) if party else None


_NEWSROOM = re.compile(
    r"\b(?:correspondent|reporter|journalist|host|anchor|presenter|editor|producer)\b", re.I
)
_STATE_OFFICE = re.compile(r"\b(?:Ministry|Department|Government|Chancellery|Office)\b")


@cache
def _known_parties() -> frozenset[str]:
    """Every party the gazetteer names (read once)."""
    return frozenset(e.party for e in load_lexicon().aliases.values() if e.party)


def _labelled_party(name: str, text: str) -> str | None:
    for ent in _capitalised_names(name):
        if ent.party and ent.kind not in (MEDIA, REGION):
            return ent.party  # "PENTAGON SPOKESMAN:"
    party = _body_of(name, text)
    if party is not None:
        return party
    surname = name.split()[-1]
    if surname != name and len(surname) > 2:
        return _body_of(surname, text)  # "COL. AALTO:" is the "Colonel Henrik Aalto" above
    return None


SURNAME_CONTEXT = 90  # characters around a name where its title and body are told


def _body_of(name: str, text: str) -> str | None:
    """The body or state a person is introduced with: "Ukraine's foreign minister, Andriy
    Kovalchuk", "Pentagon Deputy Press Secretary Sabrina Singh", "Jonas Brandt of the Nordic
    Institute", "Colonel Henrik Aalto, spokesperson, Supreme Headquarters Allied Powers Europe"."""
    found = list(re.finditer(r"\b" + re.escape(name) + r"\b(?!:)", text))
    for m in found:  # the title before the name names its state or body
        before = re.split(r"[.\n;:]", text[max(0, m.start() - SURNAME_CONTEXT) : m.start()])[-1]
        if _NEWSROOM.search(before):
            return None  # "our East Africa correspondent, Peter Mwangi": the outlet's own voice
        named = [e for e in _capitalised_names(before) if e.party and e.kind not in (REGION, MEDIA)]
        if named:
            return named[-1].party
    party = _body_after(name, text)
    if party is not None:
        return party
    for m in found:  # an apposition after it: ", spokesperson, Supreme Headquarters ..."
        after = re.split(r"[.\n;(]", text[m.end() : m.end() + SURNAME_CONTEXT])[0]
        if not after.lstrip().startswith(","):
            continue
        known = [e for e in _capitalised_names(after) if e.party and e.kind not in (REGION, MEDIA)]
        if known:
            return known[0].party
    return None


def _body_after(name: str, text: str) -> str | None:
    """The body named after "of", "at" or "from" following a person's name."""
    m = re.search(
        re.escape(name) + r",?\s+(?:[a-z][\w -]{0,40}?\s)?(?:of|at|from)\s+(?:the\s+)?"
        # "Bab el-Mandeb Research Centre", "Observatorio de Conflicto": lower-case particles
        r"(?P<body>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|[a-z]{1,3}-[A-Z][\w'’-]*|for|of|on|and|&"
        rf"|(?:{_NAME_PARTICLES}|al|el)(?=\s+[A-Z])))*)",
        text,
    )
    if m is None:
        return None
    body = re.sub(r"(?:\s+(?:for|of|and|&|on))+$", "", m.group("body"))
    heads = word_set("new_bodies.heads")
    for joint in reversed([j.start() for j in re.finditer(r" and ", body)]):
        if heads.isdisjoint(body[joint:].lower().split()) and _body_name(body[:joint]):
            body = body[:joint]  # "of the Salween Institute for Security Research and Lena
            # Hoffmann, a former UN official": the next guest, not more of the name
    known = next((e for e in _capitalised_names(body) if e.party and e.kind not in (REGION,)), None)
    if known is not None and known.kind != COUNTRY:
        return known.party
    return body if _body_name(body) else (known.party if known else None)


def _cited(s: Sentence, disc: Discourse, lo: int, hi: int) -> Claim | None:
    """Whom an unnamed speaker relays: "citing X", or "a lawmaker said after a closed-door
    briefing by South Korea's spy agency"."""
    for v in range(lo, hi):
        if s.low[v] in _CITING or (s.low[v] == "by" and v > 0 and s.low[v - 1] in _BRIEFED):
            claim = _post_speaker(s, v, disc)
            if claim is not None and claim.parties:
                return claim
    return None


def quote_speaker(sents: list[Sentence], k: int, disc: Discourse) -> Claim | None:
    """The speaker of a quotation that ends in a later sentence ('... ," Bauer told reporters')."""
    for j in range(k, min(len(sents), k + QUOTE_LOOKAHEAD + 1)):
        s = sents[j]
        for i, w in enumerate(s.low):
            if w in ("”", '"') and (j > k or i > 0):
                window = s.low[i + 1 : i + 1 + QUOTE_SPEAKER_REACH]
                window = window[: window.index(".")] if "." in window else window
                if any(x in word_set("speech") for x in window):
                    learn_names(s, disc.learned)  # a later sentence: its names not yet added
                    claim = claimant(s, i, disc)
                    if claim.parties:
                        return claim
                    return None
    return None
