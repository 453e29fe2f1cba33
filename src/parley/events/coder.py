"""The event coder: who did what to whom, from the dependency parse of each sentence.

For each parsed sentence: find actor mentions (dictionaries), find triggers (verb and noun
lexicon), and for each trigger fill its actor and recipient from the parse (subjects,
objects, prepositional roles, passives, coordination, control verbs, nominal arguments),
then its status, date and attribution. Document state carries across sentences: the
narrative date, the last person named (for "he"/"she"), the last pair of parties (for "the
two sides"), and the dates of events already told (for "the invasion" told again later).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Token

from parley.config import EventOptions
from parley.errors import DocumentTimeout
from parley.events import attribution as attr
from parley.events.actors import ActorDictionary, Mention, resolve
from parley.events.dates import DateResolver, TimeExpr
from parley.events.lexicon import Lexicon, NounEntry, VerbEntry
from parley.events.status import (
    ASSERTED,
    FUTURE,
    HYPOTHETICAL,
    NEGATED,
    clause_status,
    noun_status,
)
from parley.records import Entity, EventMention, Page, Sentence

_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*")
_SUBJ = ("nsubj", "nsubjpass", "csubj")
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "appos"})
# Nouns that name a group acting for a state; "of"/"from" phrases under them name the state
# ("the foreign ministers of Ukraine", "officials from Russia").
_GROUP_PREPS = ("of", "from")
# Verbs whose object, not subject, carries out the complement ("urged Russia to withdraw").
_OBJECT_CONTROL = frozenset({"urge", "ask", "tell", "force", "press", "push", "call", "invite",
                             "encourage", "allow", "permit", "persuade", "pressure", "order",
                             "help", "want", "expect", "require", "convince"})
# Verbs that only carry a nominal event ("hold talks", "launch an offensive"): the noun's
# event takes the verb's subject and status.
_LIGHT = frozenset({"hold", "launch", "conduct", "carry", "begin", "start", "resume", "enter",
                    "open", "reach", "make", "take", "stage", "mount", "wage", "pursue",
                    "continue", "involve", "engage", "participate", "have", "give", "provide",
                    "announce", "declare", "seek", "join", "attend", "host", "do", "intensify",
                    "escalate", "step", "increase", "sign", "complete", "accept", "restart",
                    "secure", "achieve", "obtain", "win", "get", "conclude", "negotiate",
                    "propose", "allow", "permit"})
_PAIR_WORDS = frozenset({"side", "party", "country", "nation", "delegation", "government",
                         "neighbour", "neighbor", "belligerent"})
#: Verb events whose object noun names an act refused, ended or given up.
_UNDOING = frozenset({"REJECT", "CONCEDE", "RETREAT"})
_TEMPORAL_PREPS = frozenset({"before", "after", "since", "until", "till", "following",
                             "during", "prior", "ahead", "amid", "despite"})
_LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "on", "around", "across"})
_SETTING_PREPS = frozenset({"in", "during", "at", "over", "via", "through", "by"})
_ARGUMENT = "argument"  # a nominal act that only serves as another event's argument
_RECEIVE = frozenset({"receive", "get", "obtain", "accept", "secure"})
_WEEKDAY_NAMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday",
                            "saturday", "sunday"})
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
_GROUP_PRONOUNS = frozenset({"it", "its", "they", "their", "them"})
# Short definite references to an organisation or armed group named before.
_GROUP_NOUNS = frozenset({"group", "movement", "militant", "organisation", "organization",
                          "faction", "militia", "alliance", "bloc"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
#: Words that can stand for an actor named earlier; a sentence with one of them and a
#: trigger is worth parsing even when it names nobody.
_REFERRING = _PERSON_PRONOUNS | _GROUP_PRONOUNS | _GROUP_NOUNS | {
    "side", "sides", "parties", "talks", "negotiations", "deal", "agreement", "truce",
    "ceasefire", "groups", "militants", "government", "delegations"}
_SECTOR_RANK = {"": 0}

#: Speech verbs whose deontic complement ("must", "should", "need to") is a request.
_DEMAND_SPEECH = frozenset({"say", "tell", "argue", "insist", "stress", "write", "declare",
                            "state", "add", "warn"})
_SPEECH_REQUEST = VerbEntry("say", (), "REQUEST", None, "100", ("none",))

#: Bumped whenever coding output can change, so stored documents are re-coded.
CODER_VERSION = "0.1.0"


@dataclass(slots=True)
class _DocState:
    """What the coder remembers across the sentences of one document."""

    published: str | None
    dates: DateResolver
    last_person: Entity | None = None
    #: People named so far, with their office on the day: "the president" refers back.
    people: list[tuple[int, str, Entity]] = field(default_factory=list)
    sentence: int = 0
    last_pair: list[Entity] = field(default_factory=list)
    last_actor: list[Entity] = field(default_factory=list)
    last_group: list[Entity] = field(default_factory=list)
    symmetric: set[str] = field(default_factory=set)
    #: Parties named in each event's sentence but not among its actors (by event id).
    named: dict[str, list[Entity]] = field(default_factory=dict)
    told: dict[tuple[str, tuple[str, ...], tuple[str, ...]], tuple[str, str]] = field(default_factory=dict)
    #: The last dated telling of each event type, for acts used as time landmarks.
    told_by_type: dict[str, tuple[str, str]] = field(default_factory=dict)
    paragraph: int = -1
    narrative_paragraph: int = -1
    paragraph_attribution: attr.Attribution | None = None


@dataclass(slots=True)
class _Trigger:
    tok: Token
    event: str
    mode: str | None
    cameo: str | None
    verb: VerbEntry | None = None
    noun: NounEntry | None = None


class Coder:
    """Codes parsed sentences of a page into event mentions.

    Args:
        nlp: The loaded pipeline (its tokenizer matches dictionary phrases).
        options: Event options (user dictionaries, comment coding, narrative dates).
    """

    def __init__(self, nlp: Language, options: EventOptions | None = None) -> None:
        self.options = options or EventOptions()
        tokenizer = nlp.tokenizer
        self.actors = ActorDictionary(lambda s: [t.text for t in tokenizer(s)],
                                      self.options.dictionaries)
        self.lexicon = Lexicon(_exceptions(nlp))

    # -- the pre-parse filter ---------------------------------------------------------------

    def wants(self, text: str) -> bool:
        """True when a sentence could hold an event: an actor name and a trigger word.

        Sentences failing this are never parsed, which is most of the speed of parley.
        """
        words = _WORD.findall(text)
        if not self.lexicon.has_trigger(w.lower() for w in words):
            return False
        first = self.actors.first_words
        if any(w in first or w.rstrip(".") in first for w in words):
            return True
        # No name, but a word that may refer back to one ("he", "the group", "these talks").
        return any(w.lower() in _REFERRING for w in words) or "U.S." in text

    # -- the document loop ------------------------------------------------------------------

    def code(self, page: Page, sentences: list[Sentence], parsed: dict[int, Doc],
             published: str | None, deadline: float | None = None) -> list[EventMention]:
        """Code the sentences of one page.

        Args:
            page: The page (for its doc id).
            sentences: All its sentences in text order (dates need every one).
            parsed: Parses by ``id(sentence)`` for the sentences worth parsing.
            published: The publication date (ISO) when known.
            deadline: ``time.perf_counter()`` value after which the document is abandoned.

        Returns:
            The event mentions, in text order.

        Raises:
            DocumentTimeout: When the deadline passes.
        """
        state = _DocState(published, DateResolver(published))
        out: list[EventMention] = []
        for sent in sentences:
            if deadline is not None and time.perf_counter() > deadline:
                raise DocumentTimeout(f"{page.doc_id}: coding took longer than the time limit "
                                      "(limits.max_seconds)")
            exprs = state.dates.resolve(sent.text)
            if sent.paragraph != state.paragraph:
                state.paragraph = sent.paragraph
                state.paragraph_attribution = None
            doc = parsed.get(id(sent))
            if doc is not None:
                out.extend(self.code_sentence(doc, sent, exprs, state))
            if any(not e.attributive for e in exprs):
                state.narrative_paragraph = sent.paragraph
        return _fill_from_dyad(out, state.symmetric, state.named)

    def code_sentence(self, doc: Doc, sent: Sentence, exprs: list[TimeExpr],
                      state: _DocState) -> list[EventMention]:
        """Code one parsed sentence (see the module docstring)."""
        mentions = self.actors.match([t.text for t in doc])
        by_token: dict[int, Mention] = {}
        for m in mentions:
            for i in range(m.start, m.end):
                by_token[i] = m
        found = attr.analyse(doc, sent.start)
        if found.whole is None and not found.by_verb and found.continues:
            found.whole = state.paragraph_attribution
        ctx = _Sentence(self, doc, by_token, exprs, state, sent.start)
        ctx.paragraph = sent.paragraph
        if not exprs and ctx.landmark_date():
            state.narrative_paragraph = sent.paragraph
        filled = []
        for trig in self._triggers(doc):
            ev = ctx.event(trig)
            if ev is not None:
                filled.append((trig, *ev))
        _complement_recipients(filled)
        ctx.clause_recipients(filled)
        filled = [f for f in filled if f[3] != _ARGUMENT]
        filled.extend(ctx.speaker_requests(filled))
        filled.extend(_intents(filled, ctx.speaker_codes))
        events: list[EventMention] = []
        seen: set[tuple] = set()
        for trig, actor, recipient, status, (date, precision, source) in filled:
            if status == FUTURE and trig.tok.i in ctx.weekday_triggers and date:
                # "talks will resume on Tuesday": the coming Tuesday, not the last one.
                date = (dt.date.fromisoformat(date) + dt.timedelta(days=7)).isoformat()
            key = (trig.event, tuple(e.code for e in actor), tuple(e.code for e in recipient), status)
            if key in seen:
                continue
            seen.add(key)
            att = attr.governing(trig.tok, found)
            cameo, quad, score = self.lexicon.info(trig.event, trig.cameo)
            t0 = sent.start + trig.tok.idx
            events.append(EventMention(
                id="",
                doc_id=sent.doc_id, segment=sent.segment, event=trig.event, actor=actor,
                recipient=recipient, date=date, date_precision=precision, date_source=source,
                status=status, event_text=sent.text, start=sent.start, end=sent.end,
                mode=trig.mode, cameo=cameo, quad=quad, score=score, attribution=att,
                location=ctx.location(trig.tok),
                trigger_start=t0, trigger_end=t0 + len(trig.tok.text),
                comment_id=sent.comment_id))
            events[-1].id = _event_id(events[-1])
            own = {e.code for e in actor}
            state.named[events[-1].id] = [e for e in ctx.named_parties if e.code not in own]
            if (trig.verb or trig.noun).symmetric:
                state.symmetric.add(events[-1].id)
            if date and source == "text" and precision in ("day", "month"):
                state.told.setdefault(key[:3], (date, precision))
                if status == ASSERTED:
                    state.told_by_type[trig.event] = (date, precision)
            if len(actor) >= 2 and not recipient and status == ASSERTED:
                state.last_pair = actor
            state.last_actor = actor
        if found.whole or found.by_verb:
            state.paragraph_attribution = found.whole or next(iter(found.by_verb.values()))
        ctx.remember_people()
        return _drop_nominal_echoes(events)

    def _triggers(self, doc: Doc) -> Iterable[_Trigger]:
        for tok in doc:
            lemma = tok.lemma_.lower()
            if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "ADJ" and tok.tag_ == "VBN"):
                if _misparsed_noun(tok):
                    continue
                entry = _match_verb(tok, self.lexicon.verb_entries(lemma))
                if entry is not None:
                    yield _Trigger(tok, entry.event, entry.mode, entry.cameo, verb=entry)
            elif tok.pos_ in ("NOUN", "PROPN"):
                entry = _match_noun(tok, self.lexicon.noun_entries(lemma))
                if entry is not None:
                    yield _Trigger(tok, entry.event, entry.mode, entry.cameo, noun=entry)


#: Verbal acts about another act: a request, refusal or offer is aimed at the parties of the
#: act it is about ("called for talks between the two sides" -> recipient both sides).
_ABOUT_ACTS = frozenset({"REQUEST", "REJECT", "AGREE", "SUPPORT", "ACCUSE", "THREATEN",
                         "CONCEDE"})


def _complement_recipients(filled: list) -> None:
    """Give verbal acts with no recipient the parties of the act they are about."""
    by_token = {trig.tok.i: (actor, recipient) for trig, actor, recipient, _, _ in filled}
    for n, (trig, actor, recipient, status, date) in enumerate(filled):
        if recipient or trig.event not in _ABOUT_ACTS:
            continue
        own = {e.code for e in actor}
        found: list[Entity] = []
        for tok in trig.tok.subtree:
            if tok.i == trig.tok.i or tok.i not in by_token:
                continue
            # Only acts inside the trigger's own arguments, not in a later clause.
            depth = sum(1 for a in tok.ancestors if a.i != trig.tok.i and trig.tok in a.ancestors)
            if depth > 3:
                continue
            other_actor, other_recipient = by_token[tok.i]
            found.extend(e for e in [*other_actor, *other_recipient] if e.code not in own)
        if found:
            filled[n] = (trig, actor, _dedupe(found), status, date)


#: Sectors that do not make a party to the document's conflict (mediators, bodies, media).
_NOT_PARTY_SECTORS = frozenset({"IGO", "NGO", "MED", "BUS"})


def document_dyad(events: list[EventMention]) -> tuple[str, str] | None:
    """The two parties a document is mostly about: the two codes named most often as actor
    or recipient of its reporting events (states and armed groups, not bodies or media)."""
    counts: dict[str, int] = {}
    for ev in events:
        if ev.segment == "comment":
            continue
        for e in (*ev.actor, *ev.recipient):
            if e.start >= 0 and e.sector not in _NOT_PARTY_SECTORS and e.code != "WST":
                counts[e.code] = counts.get(e.code, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) < 2 or ranked[1][1] < 2:
        return None
    return ranked[0][0], ranked[1][0]


#: Acts that need no one to be aimed at (mobilising, protesting at home), or whose other
#: party is rarely one of the story's two (joining an alliance).
_SELF_ACTS = frozenset({"MOBILIZE", "PROTEST", "COOPERATE"})


#: What a third party typically does to (or for) both parties of a two-party story.
_THIRD_PARTY_ACTS = frozenset({"CONSULT", "REQUEST", "ACCUSE", "SUPPORT", "SANCTION",
                               "THREATEN", "AID"})


def _fill_from_dyad(events: list[EventMention], symmetric: set[str],
                    named: dict[str, list[Entity]] | None = None) -> list[EventMention]:
    """Complete one-sided events with the document's other party, as an annotator reading
    the whole article does ("Armenia declared a mobilisation" in a report on the Armenian-
    Azerbaijani war is aimed at Azerbaijan). The added entity has no text and offsets -1,
    so it is visible as inferred, not read."""
    named = named or {}
    dyad = document_dyad(events)
    for ev in events:
        others = named.get(ev.id, [])
        if (not ev.recipient and ev.id not in symmetric and ev.event in _ABOUT_ACTS
                and len({e.code for e in others}) == 1):
            # The sentence names exactly one other party: the act is most likely aimed at it
            # ("the Russian demands ... demilitarisation of Ukraine").
            ev.recipient = [Entity(others[0].code, others[0].sector, "", others[0].wikidata,
                                   -1, -1)]
            ev.id = _event_id(ev)
    if dyad is None:
        return events
    for ev in events:
        codes = {e.code for e in ev.actor}
        if not ev.recipient and codes and not codes & set(dyad) and ev.id not in symmetric | {""} and (
                ev.event in _THIRD_PARTY_ACTS):
            # A third party's act in a two-party story is aimed at the parties: a mediator
            # mediates between them, an outsider's sanctions or appeals concern them.
            ev.recipient = [Entity(code, "", "", None, -1, -1) for code in dyad]
            ev.id = _event_id(ev)
            continue
        if ev.recipient or len(codes & set(dyad)) != 1 or not codes <= set(dyad) | {""}:
            continue
        other = dyad[1] if dyad[0] in codes else dyad[0]
        implicit = Entity(other, "", "", None, -1, -1)
        if ev.id in symmetric:
            if ev.event in ("CONSULT", "AGREE", "COOPERATE", "ASSAULT", "REJECT"):
                ev.actor = [*ev.actor, implicit]
        else:
            ev.recipient = [implicit]
        ev.id = _event_id(ev)
    return events


#: Words of stated intent. A cooperative act someone promises, offers or is ready to do is
#: an AGREE now (CAMEO 03x "express intent to cooperate"); a forceful act someone vows or is
#: ready to take is a THREATEN now (CAMEO 13x). The act itself stays future/hypothetical.
_INTENT = frozenset({"promise", "pledge", "vow", "offer", "commit", "undertake", "ready",
                     "willing", "prepared", "decide", "intend", "agree"})
_COOPERATIVE = frozenset({"AID", "SUPPORT", "COOPERATE", "RETREAT", "CONCEDE", "CONSULT"})
_FORCEFUL = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"})
#: Verbs by which an actor announces its own future acts.
_ANNOUNCING = frozenset({"say", "announce", "declare", "state", "confirm", "vow", "insist"})
_INTENT_AGREE = VerbEntry("intent", (), "AGREE", None, "030", ("none",))
_INTENT_THREATEN = VerbEntry("intent", (), "THREATEN", None, "130", ("none",))


def _intents(filled: list, speakers: Callable[[Token], set[str]]) -> list:
    """Stated intents as events of their own (see ``_INTENT``).

    Two forms: an intent word governs the act ("ready to send troops", "promised to
    withdraw"), or the actor itself announces its own future act ("Pakistan said it would
    boycott the talks": a THREATEN now; "Finland said it will give Tanzania a grant": an
    AGREE now).

    Args:
        filled: The sentence's events as (trigger, actor, recipient, status, date).
        speakers: Codes of the subject of a reporting verb.
    """
    triggers = {trig.tok.i: trig.event for trig, *_ in filled}
    out = []
    for trig, actor, recipient, status, date in filled:
        if status not in (HYPOTHETICAL, FUTURE):
            continue
        kind = (_INTENT_AGREE if trig.event in _COOPERATIVE
                else _INTENT_THREATEN if trig.event in _FORCEFUL else None)
        if kind is None:
            continue
        tok = trig.tok
        for _ in range(2):
            if tok.dep_ not in ("xcomp", "acomp", "ccomp") or tok.head.i == tok.i:
                break
            dep, tok = tok.dep_, tok.head
            if tok.i in triggers:
                break  # the governing verb is an event already ("agreed to withdraw")
            # Announcing a verbal act ("said it would stand by Azerbaijan") is that act
            # already, not an intent to it: only material acts are announced intents.
            announced = (status == FUTURE and dep == "ccomp" and tok.lemma_ in _ANNOUNCING
                         and trig.event not in ("SUPPORT", "CONSULT")
                         and {e.code for e in actor} & speakers(tok))
            if tok.lemma_.lower() in _INTENT or announced:
                intent = _Trigger(tok, kind.event, None, kind.cameo, verb=kind)
                out.append((intent, actor, recipient, clause_status(tok), date))
                break
    return out


#: Acts a state mostly does at home when their target names no state.
_DOMESTIC_ACTS = frozenset({"COERCE", "ASSAULT", "RETREAT", "CONCEDE"})


def _domestic(event: str, actor: list[Entity], recipient: list[Entity],
              found: list[Entity]) -> list[Entity]:
    """Resolve groups named with no state ("opposition parties", "protesters"): when a
    coercive act has no other recipient, such a group is the actor's own (a state banning
    opposition parties acts at home)."""
    named = [e for e in recipient if e.code]
    if named or not actor or event not in _DOMESTIC_ACTS:
        return named
    groups = [e for e in found if not e.code]
    if not groups:
        return []
    g = groups[0]
    return [Entity(actor[0].code, g.sector, g.text, None, g.start, g.end)]


_UNIT_DAYS = {"day": 1, "week": 7}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _distance(prep: Token) -> tuple[int, bool]:
    """Days between a landmark and the act ("four days before"), and whether it is exact
    (days or weeks with a number); months and vaguer words are not."""
    for child in prep.children:
        if child.dep_ == "npadvmod" and child.lemma_.lower() in _UNIT_DAYS:
            for num in child.children:
                n = _NUMBERS.get(num.lower_) or (int(num.text) if num.text.isdigit() else None)
                if num.dep_ == "nummod" and n:
                    return n * _UNIT_DAYS[child.lemma_.lower()], True
            if any(c.lower_ in ("a", "one") for c in child.children):
                return _UNIT_DAYS[child.lemma_.lower()], True
    return 0, False


def _misparsed_noun(tok: Token) -> bool:
    """"in the ceasefire talks": the small parser sometimes reads a plural noun ending a
    prepositional phrase as a verb ("talks" VBZ). A -s verb right after the object of a
    preposition that does not depend on it is such a noun."""
    if tok.tag_ != "VBZ" or tok.i == 0:
        return False
    prev = tok.doc[tok.i - 1]
    return prev.dep_ in ("pobj", "compound") and prev.head.i != tok.i and prev.pos_ in (
        "NOUN", "PROPN")


def _exceptions(nlp: Language) -> dict[str, str]:
    """Irregular word forms from the model's lemmatizer tables (``met`` -> ``meet``)."""
    out: dict[str, str] = {}
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc")
    except (KeyError, ValueError):
        return out
    for pos in ("verb", "noun"):
        for form, lemmas in (table.get(pos) or {}).items():
            if lemmas:
                out[form] = lemmas[0]
    return out


def _match_verb(tok: Token, entries: list[VerbEntry]) -> VerbEntry | None:
    if not entries:
        return None
    words = set()
    for child in tok.children:
        # The parser tags some particles advmod ("fall apart", "step down", "pull back").
        if child.dep_ in ("prt", "prep", "dobj", "nsubjpass", "attr", "agent", "dative", "advmod"):
            words.add(child.lemma_.lower())
            if child.dep_ == "prep":
                for grand in child.children:
                    if grand.dep_ == "pobj" or grand.dep_ == "prep":
                        words.add(grand.lemma_.lower())
            elif child.dep_ == "dobj":  # "gave $5 million of aid", "sent tons of food aid"
                for grand in child.children:
                    if grand.dep_ == "prep" and grand.lower_ == "of":
                        words.update(g.lemma_.lower() for g in grand.children if g.dep_ == "pobj")
    for entry in entries:
        if all(w in words for w in entry.extra):
            return entry
    return None


def _match_noun(tok: Token, entries: list[NounEntry]) -> NounEntry | None:
    if not entries:
        return None
    mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("amod", "compound", "nmod")}
    for entry in entries:
        if entry.modifier is None or entry.modifier in mods:
            return entry
    return None


def _event_id(ev: EventMention) -> str:
    """Stable id: the same document, sentence, trigger, type and parties give the same id."""
    key = "|".join([ev.doc_id, str(ev.start), str(ev.end), ev.event, str(ev.trigger_start),
                    ",".join(e.code for e in ev.actor), ",".join(e.code for e in ev.recipient)])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _drop_nominal_echoes(events: list[EventMention]) -> list[EventMention]:
    """A noun event that repeats a verb event of the same sentence ("imposed sanctions on")
    is one event told once: keep the verb's."""
    out = []
    for ev in events:
        twin = any(o is not ev and o.event == ev.event and o.start == ev.start
                   and o.trigger_start != ev.trigger_start and o.status == ev.status
                   and {e.code for e in o.actor} >= {e.code for e in ev.actor}
                   and {e.code for e in o.recipient} >= {e.code for e in ev.recipient}
                   and o.trigger_start < ev.trigger_start
                   for o in events)
        if not twin:
            out.append(ev)
    return out


class _Sentence:
    """Role filling for one parsed sentence."""

    def __init__(self, coder: Coder, doc: Doc, by_token: dict[int, Mention],
                 exprs: list[TimeExpr], state: _DocState, base: int) -> None:
        self.coder = coder
        self.base = base
        self.doc = doc
        self.by_token = by_token
        self.exprs = exprs
        self.state = state
        self.agents = coder.actors.agents
        self.date_cache: dict[int, tuple[str | None, str | None, str | None]] = {}
        self.paragraph = -1
        self.weekday_triggers: set[int] = set()
        # Parties the sentence names (states, bodies, groups, people; not places).
        self.named_parties = _dedupe([self._entity(m, None) for m in {id(m): m for m in by_token.values()}.values()
                                      if m.kind not in ("place", "none")])
        self.own_dates: set[int] = set()  # triggers dated by an expression on themselves

    # -- entities ---------------------------------------------------------------------------

    def _entity(self, mention: Mention, date: str | None, sector: str | None = None) -> Entity:
        entry = resolve(mention.entries, date or self.state.published)
        span = self.doc[mention.start:mention.end]
        base = self.base
        return Entity(entry.code, sector if sector and not entry.sector else entry.sector,
                      span.text, entry.wikidata, base + span.start_char, base + span.end_char)

    def np(self, tok: Token, date: str | None, depth: int = 0,
           places: bool = False) -> list[Entity]:
        """The actors a noun phrase headed by ``tok`` names (with ``places``, also the state
        whose territory a place name is)."""
        if depth > 4:
            return []
        out: list[Entity] = []
        mention = self.by_token.get(tok.i)
        if mention is None and depth == 0 and self._event_noun_actor(tok) is not None:
            # An act named as someone's object stands for whoever does it: "condemned
            # Russia's invasion" is aimed at Russia, not at the invaded ("the Ukraine
            # invasion" names no one who acts).
            return self._event_noun_actor(tok)
        if mention is not None and mention.kind == "place" and not places:
            mention = None
        if mention is not None and _attitude_word(self.doc, mention):
            mention = None
        sector = self.agents.get(tok.lemma_.lower()) or self.agents.get(tok.lower_)
        if mention is not None:
            out.append(self._entity(mention, date))
        elif tok.lower_ in _PERSON_PRONOUNS and self.state.last_person is not None:
            out.append(self.state.last_person)
        elif tok.lower_ in _GROUP_PRONOUNS or self._group_reference(tok):
            out.extend(self._antecedent(tok, date))
        elif self._office_reference(tok):
            out.append(self._office_reference(tok))
        for child in tok.children:
            dep = child.dep_
            if dep in _MODIFIER_DEPS:
                # "Russian Foreign Minister Andrei Kozyrev": the adjective hangs on a compound.
                for mod in _modifier_chain(child):
                    m = self.by_token.get(mod.i)
                    if m is not None and ((m.kind == "place" and not places)
                                          or _attitude_word(self.doc, m)):
                        continue
                    if m is not None and (mention is None or m is not mention):
                        out.append(self._entity(m, date, sector))
                    elif mod.lower_ in _PERSON_PRONOUNS and self.state.last_person and mod.dep_ == "poss":
                        out.append(self.state.last_person)
                    elif mod.lower_ in _GROUP_PRONOUNS and mod.dep_ == "poss":
                        out.extend(self._antecedent(mod, date))
            elif dep == "prep" and child.lower_ in _GROUP_PREPS and (sector or mention is None) and (
                    tok.pos_ in ("NOUN", "PROPN", "PRON")):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        for ent in self.np(pobj, date, depth + 1):
                            out.append(Entity(ent.code, ent.sector or sector or "", ent.text,
                                              ent.wikidata, ent.start, ent.end))
            elif dep == "conj" or (dep == "appos" and not out):
                out.extend(self.np(child, date, depth + 1, places))
        if not out and sector and mention is None:
            # "protesters in Tbilisi": a group placed in a country or its capital is of it,
            # with the group's sector (UKR/CVL, not the capital's GOV).
            for tok2 in self.prep_objects(tok, ("in", "inside")):
                for ent in self.np(tok2, date, depth + 1, places=True):
                    if ent.code:
                        out.append(Entity(ent.code, sector, ent.text, ent.wikidata, ent.start,
                                          ent.end))
            if out:
                return _dedupe(out)
        if not out and tok.lemma_.lower() in _PAIR_WORDS and any(
                c.lower_ in ("two", "both") for c in tok.children):
            out.extend(self.state.last_pair)
        if not out and self._definite_event_noun(tok):
            # "These talks fell apart", "the agreement was signed": the parties are the
            # ones the text was just telling about.
            out.extend(self.state.last_pair)
        if not out and tok.lower_ in _RELATIVE and tok.head.dep_ == "relcl":
            out.extend(self.np(tok.head.head, date, depth + 1))
        if sector:
            out = [Entity(e.code, e.sector or sector, e.text, e.wikidata, e.start, e.end) for e in out]
        if not out and places and sector and depth == 0:
            # "banned opposition parties": a group with no state named; the caller decides
            # (an act on it by a state is domestic). Marked by an empty code.
            start = self.base + tok.idx
            out = [Entity("", sector, tok.text, None, start, start + len(tok.text))]
        return _dedupe(out)

    def _event_noun_actor(self, tok: Token) -> list[Entity] | None:
        """The actors of a (non-symmetric) event noun, or None when ``tok`` is none."""
        if tok.pos_ != "NOUN":
            return None
        entry = _match_noun(tok, self.coder.lexicon.noun_entries(tok.lemma_.lower()))
        if entry is None or entry.symmetric:
            return None
        out: list[Entity] = []
        for src in self._noun_sources(tok, entry.actor_roles):
            out.extend(self.np(src, None, 1))
        return _dedupe(out)

    def _office_reference(self, tok: Token) -> Entity | None:
        """"the president", "the foreign minister": the last person named who held that
        office, when the text names no one else."""
        if not self.state.people or tok.i in self.by_token or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        words = [c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")] + [tok.lower_]
        office = " ".join(words)
        if any(c.i in self.by_token for c in tok.children):
            return None
        matches = [(n, person) for n, role, person in self.state.people
                   if role == office or role.endswith(" " + office) or (
                       tok.lower_ in ("president", "minister", "chancellor", "premier")
                       and office in role)]
        if not matches:
            return None
        # The first such person of the latest sentence naming one: usually its subject.
        latest = max(n for n, _ in matches)
        return next(person for n, person in matches if n == latest)

    def _group_reference(self, tok: Token) -> bool:
        """"the group", "the militants", "the movement": a short reference to the last
        organisation named."""
        return (tok.lemma_.lower() in _GROUP_NOUNS and tok.i not in self.by_token
                and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
                and not any(c.dep_ in ("amod", "compound", "prep") for c in tok.children))

    def _antecedent(self, tok: Token, date: str | None) -> list[Entity]:
        """Resolve "it", "they", "its", "their", "the group": first the subject of a clause
        that governs this one ("Hamas said it had rejected ..."), then the last actor of the
        text before."""
        if tok.lower_ in _GROUP_PRONOUNS:
            for anc in tok.ancestors:
                if anc.pos_ not in ("VERB", "AUX"):
                    continue
                for subj in anc.children:
                    if subj.dep_ in ("nsubj", "nsubjpass") and subj.i != tok.i and (
                            tok not in subj.subtree) and subj.i in self.by_token:
                        return self.np(subj, date, 4)
        if self._group_reference(tok):
            return list(self.state.last_group)
        # Else the nearest party named before it in the sentence ("the Ukrainian regime to
        # release its prisoners"), else the last actor of the text before.
        before = [m for i, m in sorted(self.by_token.items()) if i < tok.i
                  and m.kind not in ("place", "none", "person")]
        if before:
            return [self._entity(before[-1], date)]
        return list(self.state.last_actor)

    def clause_recipients(self, filled: list) -> None:
        """Verbal acts about an act no trigger names: the parties of their clause.

        "demanded that Hamas renounce its armed struggle" is a REQUEST of Hamas; "threatened
        to deliver blows to the United States" a THREATEN of the United States. Looked for
        in the trigger's clausal complement: its subject, objects and prepositional objects.
        """
        for n, (trig, actor, recipient, status, date) in enumerate(filled):
            if recipient or trig.event not in _ABOUT_ACTS or trig.verb is None:
                continue
            own = {e.code for e in actor}
            found: list[Entity] = []
            for clause in trig.tok.children:
                if clause.dep_ not in ("ccomp", "xcomp"):
                    continue
                for tok in _clause_arguments(clause):
                    found.extend(e for e in self.np(tok, date[0], places=True)
                                 if e.code and e.code not in own)
            if found:
                filled[n] = (trig, actor, _dedupe(found), status, date)

    def landmark_date(self) -> bool:
        """Dates told by an earlier act: "four days before the Russian invasion", "a week
        after the ceasefire". When the act was dated before in the text, the narrative moves
        to that date plus or minus the distance; returns whether it moved."""
        for prep in self.doc:
            if prep.lower_ not in ("before", "after") or prep.dep_ not in ("prep", "advmod"):
                continue
            landmark = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if landmark is None:
                continue
            entries = self.coder.lexicon.noun_entries(landmark.lemma_.lower())
            told = next((self.state.told_by_type[e.event] for e in entries
                         if e.event in self.state.told_by_type), None)
            if told is None:
                continue
            value, precision = told
            days, exact = _distance(prep)
            if precision == "day" and exact:
                sign = -1 if prep.lower_ == "before" else 1
                moved = dt.date.fromisoformat(value) + dt.timedelta(days=sign * days)
                value, precision = moved.isoformat(), "day"
            else:
                # "shortly before the invasion": the landmark's month is all the text says.
                value, precision = value[:7], "month"
            self.state.dates.anchor_on(value, precision, prep.text + " " + landmark.text)
            return True
        return False

    def speaker_codes(self, verb: Token) -> set[str]:
        """Codes of whoever is the subject of a (reporting) verb."""
        return {e.code for subj in verb.children if subj.dep_ == "nsubj"
                for e in self.np(subj, None)}

    def speaker_requests(self, filled: list) -> list:
        """A speaker who says an act must, should or needs to happen asks for it:
        "Putin told Niinisto there was a need to launch negotiations with the United States"
        is a REQUEST by Russia of the United States. The told act stays hypothetical."""
        out = []
        for tok in self.doc:
            if tok.lemma_ not in _DEMAND_SPEECH or tok.pos_ != "VERB":
                continue
            speakers: list[Entity] = []
            for subj in tok.children:
                if subj.dep_ in ("nsubj",):
                    speakers.extend(self.np(subj, None))
            if not speakers:
                continue
            own = {e.code for e in speakers}
            addressees = [e for c in tok.children if c.dep_ in ("dobj", "dative")
                          for e in self.np(c, None)]
            for trig, actor, recipient, status, _date in filled:
                if status != HYPOTHETICAL or trig.tok.i == tok.i or tok not in trig.tok.ancestors:
                    continue
                if trig.event in ("REQUEST",) or not any(
                        c.dep_ in ("ccomp", "parataxis") and trig.tok in c.subtree
                        for c in tok.children) or not _deontic(trig.tok, tok):
                    continue
                target = [e for e in (*actor, *recipient) if e.code not in own] or [
                    e for e in addressees if e.code not in own]
                if not target:
                    continue
                request = _Trigger(tok, "REQUEST", None, None, verb=_SPEECH_REQUEST)
                out.append((request, speakers, _dedupe(target), clause_status(tok),
                            self.date_for(tok)))
                break
        return out

    def _definite_event_noun(self, tok: Token) -> bool:
        if tok.pos_ != "NOUN" or not any(
                c.dep_ == "det" and c.lower_ in ("the", "these", "this", "those", "that")
                for c in tok.children):
            return False
        return any(e.symmetric for e in self.coder.lexicon.noun_entries(tok.lemma_.lower()))

    def location(self, trigger: Token) -> str | None:
        """Where the act happened when the text says: a place, capital or state in a
        locative phrase on the trigger ("met in Istanbul", "strikes on Odesa")."""
        for prep in trigger.children:
            if prep.dep_ != "prep" or prep.lower_ not in _LOCATIVE:
                continue
            for tok in prep.subtree:
                m = self.by_token.get(tok.i)
                if m is not None and m.kind in ("place", "capital", "state"):
                    return self.doc[m.start:m.end].text
        return None

    def remember_people(self) -> None:
        """Keep the last person named, for "he"/"she" in later sentences."""
        for i in sorted(self.by_token):
            m = self.by_token[i]
            if m.kind == "person":
                self.state.last_person = self._entity(m, None)
                role = resolve(m.entries, self.state.published).role
                if role:
                    self.state.people.append((self.state.sentence, role.lower(),
                                              self.state.last_person))
            elif m.kind in ("org", "user") and m.entries[0].sector in ("REB", "IGO", "PTY", "OPP"):
                self.state.last_group = [self._entity(m, None)]

    # -- roles ------------------------------------------------------------------------------

    def subjects(self, verb: Token, depth: int = 0) -> tuple[list[Token], bool]:
        """Subject tokens of a verb and whether it is passive (agent phrase excluded)."""
        subs = [c for c in verb.children if c.dep_ in _SUBJ]
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        if subs or depth > 4:
            return subs, passive
        left = [t for t in _left_noun(verb)
                if not self.coder.lexicon.noun_entries(t.lemma_.lower())]
        if left:
            # (Not an act's name: "in the ceasefire talks" is a noun the parser split.)
            return left, passive
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            subs, _ = self.subjects(verb.head, depth + 1)
            return subs, passive
        if verb.dep_ == "xcomp":
            head = verb.head
            obj = [c for c in head.children if c.dep_ in ("dobj", "dative")]
            if obj and head.lemma_.lower() in _OBJECT_CONTROL:
                return obj, passive
            subs, _ = self.subjects(head, depth + 1)
            return subs, passive
        if verb.dep_ in ("advcl", "pcomp", "acomp", "ccomp") and verb.head.pos_ in ("VERB", "AUX"):
            subs, _ = self.subjects(verb.head, depth + 1)
            return subs, passive
        if verb.dep_ == "pcomp" and verb.head.dep_ in ("prep", "agent") and verb.head.head.pos_ in ("VERB", "AUX"):
            # "spent $19 billion in providing training": the spender provides.
            subs, _ = self.subjects(verb.head.head, depth + 1)
            return subs, passive
        if verb.dep_ == "acl" and verb.head.dep_ in ("dobj", "attr") and verb.head.head.pos_ in ("VERB", "AUX"):
            # "took the opportunity to tear up the treaty": the taker tears it up.
            subs, _ = self.subjects(verb.head.head, depth + 1)
            if subs:
                return subs, passive
        if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
            return [verb.head], passive
        return [], passive

    def agent(self, verb: Token) -> list[Token]:
        return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]

    def prep_objects(self, tok: Token, preps: Iterable[str]) -> list[Token]:
        preps = set(preps)
        out = []
        for child in tok.children:
            if child.dep_ in ("prep", "agent", "dative") and child.lower_ in preps:
                out.extend(g for g in child.children if g.dep_ == "pobj")
            elif child.dep_ == "prep":
                # "pull out of Kherson": "of" hangs under "out".
                for grand in child.children:
                    if grand.dep_ == "prep" and grand.lower_ in preps:
                        out.extend(g for g in grand.children if g.dep_ == "pobj")
        return out

    def event(self, trig: _Trigger):
        """Fill one trigger's roles, status and date; None when it names no actor."""
        if trig.verb is not None:
            return self._verb_event(trig)
        return self._noun_event(trig)

    def _verb_event(self, trig: _Trigger):
        verb, entry = trig.tok, trig.verb
        date = self.date_for(verb)
        subs, passive = self.subjects(verb)
        agents = self.agent(verb)
        actor: list[Entity] = []
        recipient: list[Entity] = []
        if entry.symmetric:
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            for tok in [*subs, *agents, *self.prep_objects(verb, ("with", "between", "among")),
                        *objects]:
                actor.extend(self.np(tok, date[0]))
            for obj in objects:  # "attended a session with G7 leaders"
                for tok in self.prep_objects(obj, ("with", "between", "among")):
                    actor.extend(self.np(tok, date[0]))
            actor = _dedupe(actor)
        else:
            if passive and agents:
                for tok in agents:
                    actor.extend(self.np(tok, date[0]))
                if "dobj" in entry.roles:
                    for tok in subs:
                        recipient.extend(self.np(tok, date[0]))
            elif not passive:
                for tok in subs:
                    actor.extend(self.np(tok, date[0]))
            for role in entry.roles:
                if recipient:
                    break
                recipient.extend(self._role(verb, role, date[0], passive))
        actor = _dedupe(actor)
        recipient = _domestic(trig.event, actor, [e for e in _dedupe(recipient)
                                                  if e.code not in {a.code for a in actor}] or (
            _dedupe(recipient) if not actor else []), recipient)
        if not actor:
            return None
        return actor, recipient, clause_status(verb), date

    def _role(self, verb: Token, role: str, date: str | None, passive: bool) -> list[Entity]:
        out: list[Entity] = []
        if role == "dobj" and not passive:
            for c in verb.children:
                if c.dep_ in ("dobj", "dative"):
                    # "shelled Kharkiv": a place attacked or visited stands for its state.
                    out.extend(self.np(c, date, places=True))
        elif role in ("iobj", "dative"):
            for c in verb.children:
                if c.dep_ == "dative":
                    out.extend(self.np(c, date))
        elif role.startswith("prep:"):
            preps = role[5:].split("|")
            targets = self.prep_objects(verb, preps)
            for c in verb.children:
                if c.dep_ == "dobj":
                    targets.extend(self.prep_objects(c, preps))
            for tok in targets:
                out.extend(self.np(tok, date, places=True))
        return out

    def _noun_event(self, trig: _Trigger):
        noun, entry = trig.tok, trig.noun
        date = self.date_for(noun)
        actor: list[Entity] = []
        recipient: list[Entity] = []
        if entry.symmetric:
            for tok in self._noun_sources(noun, ("poss", "amod", "compound", "between", "with", "among")):
                actor.extend(self.np(tok, date[0]))
        else:
            for tok in self._noun_sources(noun, entry.actor_roles):
                actor.extend(self.np(tok, date[0]))
            for tok in self._noun_sources(noun, entry.recipient_roles):
                recipient.extend(self.np(tok, date[0], places=True))
        governor = _governing_verb(noun)
        if governor is not None and noun.dep_ == "nsubjpass" and not entry.symmetric:
            # "The mediation was led by the AU's envoy": the agent acted.
            for tok in self.agent(governor):
                actor.extend(self.np(tok, date[0]))
        if entry.symmetric and noun.dep_ == "pobj" and noun.head.lower_ in _SETTING_PREPS and (
                noun.head.head.pos_ in ("VERB", "AUX")):
            # "apologised to Putin in a phone call": the call is between the verb's parties.
            verb = noun.head.head
            for tok in [*self.subjects(verb)[0],
                        *[c for c in verb.children if c.dep_ in ("dobj", "dative")],
                        *self.prep_objects(verb, ("to", "with"))]:
                actor.extend(self.np(tok, date[0]))
        if entry.symmetric and governor is not None and noun.dep_ in ("nsubj", "nsubjpass"):
            for tok in self.prep_objects(governor, ("between", "with", "among")):
                actor.extend(self.np(tok, date[0]))
        if governor is not None and trig.event == "AID" and governor.lemma_.lower() in _RECEIVE:
            # "Ukraine received military aid from Germany": the receiver is the recipient.
            for tok in self.subjects(governor)[0]:
                recipient.extend(self.np(tok, date[0]))
        if governor is not None and (not actor or entry.symmetric) and (
                governor.lemma_.lower() in _LIGHT):
            subs, passive = self.subjects(governor)
            if not passive:
                for tok in subs:
                    actor.extend(self.np(tok, date[0]))
        actor = _dedupe(actor)
        recipient = _domestic(trig.event, actor, [e for e in _dedupe(recipient)
                                                  if e.code not in {a.code for a in actor}],
                              recipient)
        if governor is not None and self._undoes(governor):
            # "rejected the ceasefire proposal", "lifted its sanctions": the noun is what the
            # verb's act is about, not an act this sentence tells; its parties still say
            # whom the refusal is aimed at.
            if actor or recipient:
                return actor, recipient, _ARGUMENT, date
            return None
        if not actor or (entry.both and not recipient):
            return None
        if entry.symmetric and len(actor) < 2:
            # "a truce with Hamas expired": one party of a two-party act is not an event
            # this sentence codes.
            return None
        status = noun_status(noun) or _represented(noun)
        if status is None and governor is not None:
            governed = clause_status(governor)
            direct = noun.dep_ in ("dobj", "nsubjpass", "attr") and noun.head.i == governor.i
            if governor.lemma_.lower() in _LIGHT | _RECEIVE or (governed == NEGATED and direct):
                # "did not receive any aid": no aid was given.
                status = governed
        status = status or ASSERTED
        if date[0] is None or (date[2] == "narrative" and noun.i not in self.own_dates):
            key = (trig.event, tuple(e.code for e in actor), tuple(e.code for e in recipient))
            told = self.state.told.get(key)
            if told and any(c.dep_ in ("det", "poss") for c in noun.children):
                # "the invasion" told again: the same event, so the same date.
                date = (told[0], told[1], "narrative")
        return actor, recipient, status, date

    def _undoes(self, verb: Token) -> bool:
        entry = _match_verb(verb, self.coder.lexicon.verb_entries(verb.lemma_.lower()))
        return entry is not None and entry.event in _UNDOING

    def _noun_sources(self, noun: Token, roles: Iterable[str]) -> list[Token]:
        out = []
        for role in roles:
            if role in ("poss", "amod", "compound", "nmod"):
                out.extend(c for c in noun.children if c.dep_ == role)
            else:
                out.extend(self.prep_objects(noun, (role,)))
                if role == "by":
                    out.extend(self.agent(noun))
        return out

    # -- dates ------------------------------------------------------------------------------

    def date_for(self, trigger: Token) -> tuple[str | None, str | None, str | None]:
        """The event's date: the expression attached to its clause, else the sentence's
        single one, else the narrative (capped at month precision: a sentence without a date
        tells the period, not the day)."""
        if trigger.i in self.date_cache:
            return self.date_cache[trigger.i]
        anchors = {id(e): self._anchor(e) for e in self.exprs}
        # An attributive date names a thing ("the 1972 treaty"), except when the thing is
        # this very event ("the February 24 invasion").
        exprs = [e for e in self.exprs if not e.attributive or _same(anchors[id(e)], trigger)]
        chosen = None
        if exprs:
            own = [e for e in exprs if _same(anchors[id(e)], trigger)]
            if own:
                chosen = own[0]
                self.own_dates.add(trigger.i)
            elif trigger.dep_ == "pobj" and trigger.head.lower_ in _TEMPORAL_PREPS:
                # "long before the Russian invasion, since 2014, ...": the act named as a
                # time landmark has its own date, not the main clause's.
                exprs = []
            else:
                ancestors = list(trigger.ancestors)
                for anc in ancestors:
                    hits = [e for e in exprs if _same(anchors[id(e)], anc)]
                    if hits:
                        chosen = hits[0]
                        break
            if chosen is None and len(exprs) == 1 and anchors[id(exprs[0])] is None:
                chosen = exprs[0]
            if chosen is None and exprs:
                before = [e for e in exprs if e.start <= trigger.idx]
                chosen = before[-1] if before else exprs[0]
        if chosen is not None:
            result = (chosen.value, chosen.precision, chosen.source)
            if (chosen.source == "publication" and chosen.precision == "day"
                    and chosen.text.split()[-1].lower() in _WEEKDAY_NAMES):
                self.weekday_triggers.add(trigger.i)
        elif self.coder.options.narrative_dates and self.state.dates.narrative is not None:
            nar = self.state.dates.narrative
            value, precision = nar.value, nar.precision
            if precision == "day" and self.paragraph != self.state.narrative_paragraph:
                # Past its own paragraph a day is no longer what the text tells.
                value, precision = value[:7], "month"
            result = (value, precision, "narrative")
        else:
            result = (None, None, None)
        self.date_cache[trigger.i] = result
        return result

    def _anchor(self, expr: TimeExpr) -> Token | None:
        """The verb or event noun a time expression hangs on."""
        span = self.doc.char_span(expr.start, expr.end, alignment_mode="expand")
        if span is None:
            return None
        tok = span.root
        for _ in range(12):
            head = tok.head
            if head.i == tok.i:
                return tok if tok.pos_ in ("VERB", "AUX") else None
            tok = head
            if tok.i >= span.start and tok.i < span.end:
                continue
            if tok.pos_ in ("VERB", "AUX"):
                return tok
            if tok.pos_ in ("NOUN", "PROPN") and self.coder.lexicon.noun_entries(tok.lemma_.lower()):
                return tok
        return None


def _same(a: Token | None, b: Token) -> bool:
    """Token identity: spaCy makes a new Token object on every access, so compare places."""
    return a is not None and a.i == b.i


_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod"})


def _modifier_chain(tok: Token) -> list[Token]:
    """A modifier and the modifiers and conjuncts under it, not crossing into phrases."""
    out, stack = [], [tok]
    while stack:
        cur = stack.pop()
        out.append(cur)
        stack.extend(c for c in cur.children if c.dep_ in _MODIFIER_DEPS or c.dep_ == "conj")
    return out


_DEONTIC_AUX = frozenset({"must", "should", "ought", "shall"})
_DEONTIC_WORDS = frozenset({"need", "have", "require", "necessary", "necessity", "essential",
                            "imperative", "obligation", "must"})


def _deontic(trigger: Token, speech: Token) -> bool:
    """True when the clause of ``trigger`` says what must happen (not what may)."""
    tok = trigger
    while tok.i != speech.i and tok.head.i != tok.i:
        if tok.lemma_.lower() in _DEONTIC_WORDS and tok.i != trigger.i:
            return True
        if any(c.dep_ == "aux" and c.lower_ in _DEONTIC_AUX for c in tok.children):
            return True
        tok = tok.head
    return False


#: Nouns that present a picture, not a fact: an act inside their phrase is told as a claim
#: ("the presentation of the war as a massacre of civilians").
_REPRESENTATION = frozenset({
    "presentation", "portrayal", "depiction", "image", "picture", "narrative", "story",
    "claim", "allegation", "accusation", "perception", "notion", "idea", "myth", "propaganda",
    "rumour", "rumor", "fear", "spectre", "specter", "prospect", "risk", "possibility",
    "danger", "question",
})


def _represented(noun: Token) -> str | None:
    """HYPOTHETICAL when a nominal act sits in the phrase of a representation noun."""
    tok = noun
    for _ in range(5):
        if tok.dep_ not in ("pobj", "appos", "attr") or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.dep_ == "prep":
            tok = tok.head
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in _REPRESENTATION and tok.i != noun.i:
            return HYPOTHETICAL
    return None


_ATTITUDE_PREFIXES = frozenset({"anti", "pro"})
_ATTITUDE_SUFFIXES = frozenset({"phobic", "phobia", "phile", "friendly", "sceptic", "skeptic"})


def _attitude_word(doc: Doc, m: Mention) -> bool:
    """"anti-Russian", "pro-Kremlin", "Russia-phobic": a stance, not the state acting."""
    before = doc[m.start - 2:m.start] if m.start >= 2 else None
    if before is not None and before[1].text == "-" and before[0].lower_ in _ATTITUDE_PREFIXES:
        return True
    if m.start >= 1 and doc[m.start - 1].lower_ in ("anti", "pro") and doc[m.start - 1].whitespace_ == "":
        return True
    after = doc[m.end:m.end + 2]
    return len(after) == 2 and after[0].text == "-" and after[1].lower_ in _ATTITUDE_SUFFIXES


def _clause_arguments(clause: Token) -> list[Token]:
    """Subject, objects and prepositional objects of a clause (and of clauses it governs by
    xcomp or conj), not of clauses embedded deeper."""
    out: list[Token] = []
    stack = [clause]
    while stack:
        verb = stack.pop()
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "attr"):
                out.append(child)
            elif child.dep_ == "prep":
                out.extend(g for g in child.children if g.dep_ == "pobj")
            elif child.dep_ in ("xcomp", "conj") and child.pos_ in ("VERB", "AUX"):
                stack.append(child)
    return out


def _left_noun(verb: Token) -> list[Token]:
    """The noun right before a subjectless finite verb: the small parser often hangs a
    subject ("..., Russian and Ukrainian diplomats met") on the previous clause instead."""
    if verb.dep_ not in ("ROOT", "conj", "advcl") or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return []
    i = verb.i - 1
    while i >= 0 and verb.doc[i].pos_ in ("ADV", "AUX", "PART"):
        i -= 1
    if i >= 0 and verb.doc[i].pos_ in ("NOUN", "PROPN") and verb.doc[i].dep_ in (
            "conj", "appos", "pobj", "dobj", "npadvmod", "attr"):
        return [verb.doc[i]]
    return []


def _governing_verb(noun: Token) -> Token | None:
    tok = noun
    while tok.dep_ == "conj" and tok.head is not tok:  # "its air and ground offensive"
        tok = tok.head
    for _ in range(3):
        if tok.dep_ in ("dobj", "nsubjpass", "attr", "xcomp", "nsubj"):
            return tok.head if tok.head.pos_ in ("VERB", "AUX") else None
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            tok = tok.head.head
            if tok.pos_ in ("VERB", "AUX"):
                return tok
            continue
        return None
    return None


def _dedupe(entities: list[Entity]) -> list[Entity]:
    """One entity per code, keeping the one that says most (a sector over none)."""
    best: dict[str, Entity] = {}
    for e in entities:
        old = best.get(e.code)
        if old is None or (not old.sector and e.sector):
            best[e.code] = e
    return list(best.values())


__all__ = ["CODER_VERSION", "Coder"]
