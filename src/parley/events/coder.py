"""The event coder: who did what to whom, from the dependency parse of each sentence.

For each parsed sentence: find actor mentions (dictionaries), find triggers (verb and noun
lexicon), and for each trigger fill its actor and recipient from the parse (``roles``:
subjects, objects, prepositional roles, passives, coordination, control verbs, nominal
arguments), then its status, date and attribution, then what the sentence and the document
let one infer (``inference``). Document state carries across sentences: the
narrative date, the last person named (for "he"/"she"), the last pair of parties (for "the
two sides"), and the dates of events already told (for "the invasion" told again later).
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Token

from parley.config import EventOptions
from parley.errors import DocumentTimeout
from parley.events import attribution as attr
from parley.events.actors import ActorDictionary, Mention
from parley.events.context import ContextCues
from parley.events.dates import DateResolver, TimeExpr
from parley.events.inference import (
    CARRY_ON,
    FORCEFUL,
    THREAT,
    TRIPS,
    complement_recipients,
    drop_nominal_echoes,
    event_id,
    fill_from_dyad,
    force_authorised,
    forces_sent_to_help,
    hosts_to_visitors,
    intents,
    leaves_pact,
    mediated_meetings,
    mediators_signing,
    note_proposals,
    penalties_decided,
    proposals_answered,
    reciprocals,
    refusals,
    refusals_to_rule_out,
    results_joined,
    said_as_done,
    visits_per_host,
    visits_to_meet,
)
from parley.events.lexicon import Lexicon, NounEntry, VerbEntry, plurals
from parley.events.repair import repair
from parley.events.roles import (
    ARGUMENT,
    GROUND_VERBS,
    GROUP_NOUNS,
    GROUP_PRONOUNS,
    MEDIATION,
    PERSON_PRONOUNS,
    THING_PRONOUNS,
    VERBAL_ACTS,
    SentenceRoles,
)
from parley.events.state import DocState, Trigger
from parley.events.status import (
    ASSERTED,
    FUTURE,
    infinitive,
)
from parley.events.syntax import (
    ACT_CONTAINERS,
    deed_word,
    determined,
    match_noun,
    match_verb,
    misparsed_noun,
    provides_for,
)
from parley.records import EventMention, Page, Sentence

_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*")
_JOINED = re.compile(r"['’]s?$|-")


#: Words that can stand for an actor named earlier; a sentence with one of them and a
#: trigger is worth parsing even when it names nobody.
_REFERRING = PERSON_PRONOUNS | GROUP_PRONOUNS | GROUP_NOUNS | {
    "side", "sides", "parties", "talks", "negotiations", "deal", "agreement", "truce",
    "ceasefire", "groups", "militants", "government", "delegations",
    # ("The strikes followed days of clashes": an attack told again stands for its parties.)
    "strike", "strikes", "attack", "attacks", "offensive", "raid", "raids", "bombing",
    "shelling", "invasion", "incursion", "assault"}


#: A wire dateline opening a sentence: place in capitals, a date, maybe the agency, a dash.
_DATELINE = re.compile(r"^[A-Z][A-Z .'’\-]{1,40}(?:,\s*[A-Za-z .'’\-]{1,30})?,\s+[^-–—()]{3,30}"
                       r"(?:\s*\([^)]{1,40}\))?\s*[-–—]+\s")

#: Bumped whenever coding output can change, so stored documents are re-coded.
CODER_VERSION = "0.33.1"


#: Harms vowed that are no act of their own in the lexicon ("vowed to punish Israel").
_HARMS = frozenset({"punish", "avenge", "crush", "destroy", "annihilate", "eliminate"})

#: CAMEO's diplomatic recognition.
_RECOGNITION = "054"


class Coder:
    """Codes parsed sentences of a page into event mentions.

    Args:
        nlp: The loaded pipeline (its tokenizer matches dictionary phrases).
        options: Event options (user dictionaries, comment coding, narrative dates).
    """

    def __init__(self, nlp: Language, options: EventOptions | None = None) -> None:
        self.options = options or EventOptions()
        tokenizer = nlp.tokenizer
        self._tokenize = lambda s: [t.text for t in tokenizer(s)]
        self.actors = ActorDictionary(self._tokenize, self.options.dictionaries)
        self.lexicon = Lexicon(_exceptions(nlp))
        self.contexts = ContextCues()
        # The agent words as a sentence may spell them: the table holds lemmas ("troop",
        # "authority"), a sentence "Troops attacked", "the authorities detained".
        self._agent_forms = {form for phrase in self.actors.agents
                             for form in _noun_forms(phrase.split()[-1])}

    # -- the pre-parse filter ---------------------------------------------------------------

    def wants(self, text: str) -> bool:
        """True when a sentence could hold an event: an actor name and a trigger word.

        Sentences failing this are never parsed, which is most of the speed of parley.
        """
        words = _WORD.findall(text)
        # (A word ending the sentence keeps its full stop, a plural possessive its
        # apostrophe: "agreed on a ceasefire.", "the two countries' chiefs". No trigger form
        # ends in either, so the bare words are the only ones worth looking up.)
        bare = [w.rstrip(".'’").lower() for w in words]
        if not self.lexicon.has_trigger(bare):
            return False
        first = self.actors.first_words
        if any(w in first or w.rstrip(".") in first for w in words):
            return True
        # "Washington's strikes", "the US-led invasion": the tokenizer splits off what the
        # word pattern keeps, so try the parts.
        if any(part in first for w in words if _JOINED.search(w) for part in _JOINED.split(w)):
            return True
        # No name, but a word that may refer back to one ("he", "the group", "these talks").
        return any(w in _REFERRING or w in self._agent_forms for w in bare) or "U.S." in text

    # -- the document loop ------------------------------------------------------------------

    def code(self, page: Page, sentences: list[Sentence], parsed: dict[int, Doc],
             published: str | None, deadline: float | None = None,
             failures: list[str] | None = None) -> list[EventMention]:
        """Code the sentences of one page.

        Args:
            page: The page (for its doc id).
            sentences: All its sentences in text order (dates need every one).
            parsed: Parses by ``id(sentence)`` for the sentences worth parsing.
            published: The publication date (ISO) when known.
            deadline: ``time.perf_counter()`` value after which the document is abandoned.
            failures: Where to report a sentence the coder failed on; the document's other
                sentences are coded all the same. Without it, such a failure is raised.

        Returns:
            The event mentions, in text order.

        Raises:
            DocumentTimeout: When the deadline passes.
        """
        state = DocState(published, DateResolver(published))
        state.text = " ".join(s.text for s in sentences)
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
            if doc is None:
                continue
            try:
                out.extend(self.code_sentence(doc, sent, exprs, state))
            except Exception as exc:  # one odd parse must not lose the rest of the page
                if failures is None:
                    raise
                failures.append(f"{page.doc_id}: sentence at {sent.start} could not be coded "
                                f"({exc!r})")
        return self.infer(out, state)

    def infer(self, events: list[EventMention], state: DocState) -> list[EventMention]:
        """Complete a document's events from the whole of it: recipients from its sides,
        mediators' signatures toward the parties, visits per host (see ``inference``)."""
        filled = fill_from_dyad(events, state.symmetric, state.named, self.actors.state_codes,
                                self.actors.body_codes)
        return visits_per_host(mediators_signing(filled), state.trips)

    def _own_means_ordered(self, verb: Token) -> bool:
        """True for "ordered Israel's negotiating team to return", "ordered a MiG-29 fighter
        jet to escort the plane", "ordered the activation of the standby force": what is
        ordered is the orderer's own means, or an act its noun tells; no one else is asked.
        ("A judge ordered the former president to appear" asks him.)"""
        if any(c.dep_ == "xcomp" and c.lemma_.lower() in _OWN_ACTS_ORDERED
               for c in verb.children):
            return False  # ("ordered troops to withdraw": that order is told as asked.)
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            head = obj
            if obj.pos_ == "PROPN":
                # ("the aircraft carrier USS Ronald Reagan": the carrier, named.)
                head = next((c for c in obj.children if c.dep_ == "compound"
                             and c.lemma_.lower() in _OWN_MEANS), obj)
            if head.lemma_.lower() in _OWN_MEANS or (
                    obj.pos_ == "NOUN" and self.lexicon.noun_entries(obj.lemma_.lower())):
                return True
            if obj.lemma_.lower() in ("activation", "deployment", "mobilisation",
                                      "mobilization"):
                return True
        return False

    def _named_otherwise(self, state: DocState) -> set[tuple[str, str]]:
        """The actors (code and canonical name) this page names in words that are no short
        name (the ``short`` column of the data files: "Congo", "Macedonia", "the Tigers"),
        settled on first use. (By name too: a party's short name, "Amal", is not settled by
        its state's, "Lebanon".)"""
        if state.named_otherwise is None:
            words = self._tokenize(state.text)
            state.named_otherwise = {
                (e.code, e.name) for m in self.actors.match(words)
                if not any(x.short for x in m.entries) for e in m.entries}
        return state.named_otherwise

    def _short_names(self, mentions: list[Mention], state: DocState) -> list[Mention]:
        """The mentions with each short name settled for this page.

        A short name names its actor only on a page that names the actor otherwise, and
        no other referent of the same words: "the Tigers" on a page that names the LTTE,
        "Macedonia" on one that names Skopje. "Congo" is the DR Congo's short name and the
        Republic of the Congo's own: news since 1997 writes it for the DR Congo once the
        story has named it ("Kinshasa", "Congolese troops"), and the Republic's otherwise.
        A short name that settles on nothing names no actor.
        """
        out = []
        for m in mentions:
            if not any(e.short for e in m.entries):
                out.append(m)
                continue
            named = self._named_otherwise(state)
            full = [e for e in m.entries if not e.short]
            short = [e for e in m.entries if e.short and (e.code, e.name) in named]
            if short and not any((e.code, e.name) in named for e in full):
                m.entries = tuple(short)
            elif full:
                m.entries = tuple(full)
            else:
                continue
            out.append(m)
        return out

    def code_sentence(self, doc: Doc, sent: Sentence, exprs: list[TimeExpr],
                      state: DocState) -> list[EventMention]:
        """Code one parsed sentence (see the module docstring)."""
        state.sentence += 1
        mentions = self._short_names(self.actors.match([t.text for t in doc]), state)
        by_token: dict[int, Mention] = {}
        for m in mentions:
            for i in range(m.start, m.end):
                by_token[i] = m
        agents = self.actors.agents
        repair(doc, lambda tok: tok.i in by_token or tok.pos_ in ("PROPN", "PRON") or (
            tok.lemma_.lower() in agents))
        found = attr.analyse(doc, sent.start)
        if found.whole is None and not found.by_verb and found.continues:
            found.whole = state.paragraph_attribution
        dateline = _DATELINE.match(sent.text)
        if dateline:
            # "KYIV, July 18, 2023 (Reuters) - Russia refused on Monday ...": the dateline
            # dates the report, not the act.
            exprs = [e for e in exprs if e.start >= dateline.end()]
        ctx = SentenceRoles(self, doc, by_token, exprs, state, sent.start)
        if not exprs:
            ctx.landmark_date()
        filled = []
        for trig in self._triggers(doc, by_token):
            ev = ctx.event(trig)
            if ev is not None:
                filled.append((trig, *ev))
        ctx.addressed_subjects(filled)
        complement_recipients(filled)
        ctx.clause_recipients(filled)
        filled = [f for f in filled if f[3] != ARGUMENT]
        # "A bombing claimed by X killed 40 officers": the noun is the subject of a verb of
        # the same act, which tells it whole; one event, not two.
        told_by_verb = {(trig.event, c.i) for trig, *_ in filled if trig.verb is not None
                        for c in trig.tok.children if c.dep_ == "nsubj"}
        filled = [f for f in filled
                  if f[0].noun is None or (f[0].event, f[0].tok.i) not in told_by_verb]
        ended = _ended_objects(filled)
        filled = [f for f in filled
                  if f[0].event not in ("AID", "COOPERATE", "SUPPORT") or f[0].tok.i not in ended]
        refusals(filled, lambda tok: ctx.np(tok, None))
        refusals_to_rule_out(filled)
        penalties_decided(filled)
        results_joined(filled)
        visits_to_meet(filled)
        forces_sent_to_help(filled)
        said_as_done(filled, ctx.speakers)
        reciprocals(filled)
        filled.extend(force_authorised(filled, lambda tok: ctx.np(tok, None)))
        filled.extend(ctx.speaker_requests(filled))
        filled.extend(ctx.penalties_promised(filled))
        filled.extend(ctx.wishes_of_others())
        filled.extend(ctx.refused_stances(filled))
        filled.extend(ctx.labels(filled))
        filled.extend(ctx.witnesses(filled))
        filled.extend(ctx.pressure_from(filled))
        filled.extend(ctx.breaches_charged(filled))
        filled.extend(ctx.wishes_to_receive())
        filled.extend(ctx.unacceptable())
        filled.extend(ctx.war_warnings())
        filled.extend(ctx.followers(filled))
        echoes = ctx.acts_recalled()
        recalled = {trig.tok.i for trig, *_ in echoes}
        filled.extend(echoes)
        filled.extend(ctx.ellipses(filled))
        filled.extend(intents(filled, lambda tok: ctx.np(tok, None), ctx.stated_date))
        filled.extend(ctx.force_announced(filled))
        hosts_to_visitors(filled)
        ctx.meetings_at_home(filled)
        ctx.fights_directed(filled)
        mediated_meetings(filled)
        proposals_answered(filled, state, lambda tok: tok.i in by_token)
        events: list[EventMention] = []
        seen: set[tuple] = set()
        # "expelled the ambassador and ordered the troops to leave": two joined finite verbs
        # of one type, each with its own object, are two acts; a noun or participle told
        # beside a verb is the same act.
        verbs = {trig.tok.i: trig.tok for trig, *_ in filled if trig.verb is not None}
        distinct = {i for i, tok in verbs.items() if tok.dep_ == "conj" and tok.tag_ != "VBG"
                    and tok.head.i in verbs and tok.head.lemma_ != tok.lemma_
                    and all(any(c.dep_ == "dobj" for c in v.children) for v in (tok, tok.head))}
        lemmas = [t.lemma_.lower() for t in doc]
        for trig, actor, recipient, status, (date, precision, source) in filled:
            again = state.last_told.get((trig.event, tuple(e.code for e in actor),
                                         tuple(e.code for e in recipient)))
            if status == ASSERTED and (trig.verb or trig.noun).symmetric and (
                    trig.tok.i not in ctx.own_dates) and again is not None and (
                    again[2:] == (state.sentence - 1, sent.paragraph)):
                # "... signed a peace agreement on Friday. The two ministers put their names
                # to the text at the State Department": the act the sentence before dated,
                # told again with no date of its own.
                date, precision, source = again[0], again[1], "narrative"
            if status == ASSERTED and date and source in ("publication", "narrative") and (
                    precision in ("month", "day") and state.published
                    and date > state.published[:len(date)]):
                # "In November, Russia banned charter flights", in an August report: an act
                # told as done was done before the report, in the November of the year
                # before (a year-less month may lie a little ahead only for what is to come).
                date = f"{int(date[:4]) - 1:04d}{date[4:]}"
            if status == FUTURE and trig.tok.i not in ctx.own_dates:
                # "Britain will impose sanctions, the minister said on Monday": the date
                # is the saying's; the text does not say when the act will be.
                date, precision, source = None, None, None
            if status == FUTURE and trig.tok.i in ctx.weekday_triggers and date:
                # "talks will resume on Tuesday": the coming Tuesday, not the last one.
                date = (dt.date.fromisoformat(date) + dt.timedelta(days=7)).isoformat()
            # (Leaving a deal and reimposing sanctions are both SANCTIONs of the same
            # parties, yet two acts.)
            key = (trig.event, tuple(e.code for e in actor), tuple(e.code for e in recipient), status,
                   leaves_pact(trig.event, trig.mode), trig.tok.i if trig.tok.i in distinct else -1)
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
                mode=trig.mode, context=self.contexts.of(lemmas, trig.mode),
                cameo=cameo, quad=quad, score=score, attribution=att,
                location=ctx.location(trig.tok),
                trigger_start=t0, trigger_end=t0 + len(trig.tok.text),
                comment_id=sent.comment_id))
            events[-1].id = event_id(events[-1])
            note_proposals(trig, actor, status, state)
            own = {e.code for e in actor}
            state.named[events[-1].id] = [e for e in ctx.named_parties if e.code not in own]
            if (trig.verb or trig.noun).symmetric:
                state.symmetric.add(events[-1].id)
            if trig.mode == "visit" and trig.tok.lemma_.lower() in TRIPS:
                state.trips.add(events[-1].id)
            if date and precision in ("day", "month") and trig.tok.i in ctx.expr_dates:
                state.told.setdefault(key[:3], (date, precision))
                if status == ASSERTED:
                    state.last_told[key[:3]] = (date, precision, state.sentence, sent.paragraph)
                    state.told_by_type[trig.event] = (date, precision)
                    state.tellings.append((trig.event, frozenset(e.code for e in actor),
                                           date, precision))
            if status == ASSERTED and not trig.noun and trig.tok.dep_ != "relcl":
                if trig.verb.lemma != "label":
                    # ("called the letter a historic step" is no call that "the call" could
                    # refer back to.)
                    state.last_by_word[deed_word(trig.tok)] = actor
                # (A relative clause tells background: "The SDF, which fought IS, said ...";
                # "condemned the incursion" later is not about that fighting.)
                state.last_by_type[trig.event] = actor
                if trig.event not in VERBAL_ACTS or trig.cameo == _RECOGNITION:
                    # (Recognising a breakaway region is a deed others condemn as "the
                    # move", though its type is a verbal one.)
                    state.last_act = (trig.event, trig.mode, trig.cameo, list(recipient))
                    state.last_doer = actor
                if recipient:
                    for e in actor:
                        state.aimed[(trig.event, e.code)] = list(recipient)
            if status == ASSERTED and trig.tok.dep_ != "relcl" and trig.cameo != MEDIATION and (
                    trig.tok.i not in recalled):
                state.last_of_type[trig.event] = (
                    (trig.verb or trig.noun).symmetric, actor, recipient, date, precision,
                    state.sentence)
            if trig.cameo == MEDIATION and status == ASSERTED:
                state.last_mediators = actor
            # ("Putin and Erdogan met in Sochi": a pair met, and both are "them" after,
            # though the meeting is told as Erdogan's visit.)
            met = [*actor, *recipient] if trig.tok.i in ctx.home_meetings else None
            if len(actor) >= 2 and not recipient and status == ASSERTED and (
                    trig.cameo != MEDIATION):  # (mediators are no pair of the story)
                state.last_pair = actor
                if len({e.code for e in actor}) == 2:
                    state.last_two = actor
            elif met is not None and status == ASSERTED:
                state.last_pair = state.last_two = met
            state.last_actor = met or actor
            for side in (actor, recipient):
                if len({e.code for e in side}) >= 3:
                    state.groups.append(side)
            state.count_parties([*actor, *recipient])
            if trig.event == "ASSAULT" and status == ASSERTED:
                state.count_fight(actor, recipient)
        if found.whole or found.by_verb:
            state.paragraph_attribution = found.whole or next(iter(found.by_verb.values()))
        ctx.remember_people()
        if not events:
            # "The People's Liberation Army practised a blockade. ... It sanctioned Pelosi":
            # a sentence that codes no event still makes its subject the one "it" refers to.
            topic = [e for tok in doc if tok.dep_ == "ROOT" and tok.pos_ in ("VERB", "AUX")
                     for c in tok.children if c.dep_ == "nsubj"
                     and c.lower_ not in THING_PRONOUNS | {"there"} for e in ctx.np(c, None)]
            if topic:
                state.last_actor = topic
        return drop_nominal_echoes(events, frozenset(sent.start + doc[i].idx for i in distinct))

    def _triggers(self, doc: Doc, by_token: dict[int, Mention]) -> Iterable[Trigger]:
        for tok in doc:
            if _month(tok):
                continue
            lemma = tok.lemma_.lower()
            if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "ADJ" and tok.tag_ == "VBN"):
                if misparsed_noun(tok) or _adjectival(tok) or _standing(tok):
                    continue
                entry = match_verb(tok, self.lexicon.verb_entries_again(lemma))
                if (entry is None or not entry.extra) and lemma in _TAKING and (
                        _place_taken(tok, by_token)):
                    # The lexicon's own row for taking a city ("take city", "seize city").
                    entry = next(e for e in self.lexicon.verb_entries(lemma)
                                 if e.extra == ("city",))
                if entry is not None and lemma == "target" and entry.event == "ASSAULT" and (
                        _measures_aimed(tok)):
                    # "targeting its potash industry" after "imposed sanctions on Belarus" is
                    # that imposition told again; "have also targeted two conglomerates"
                    # aims new measures.
                    entry = None if tok.dep_ == "advcl" and _imposes(tok.head) else _TARGETED
                if entry is None and lemma == "insist" and _mandative(tok):
                    entry = _INSISTED
                if entry is None and lemma == "tell" and _told_to(tok, by_token):
                    entry = _TOLD_TO
                if entry is None and lemma in _SAYING_WAR and _war_if(tok):
                    entry = _WAR_IF
                if entry is None and _forces_leaving(tok, by_token):
                    entry = _FORCES_LEFT
                if entry is None and lemma in GROUND_VERBS and _ground_held(tok, by_token):
                    entry = _GROUND_HELD
                if entry is not None and lemma in _AIMING:
                    entry = _aimed(tok, entry)
                if entry is not None and _test_fired(tok):
                    entry = _WEAPON_TEST
                if entry is not None and lemma in _VOWING:
                    entry = None if _sworn_in(tok) else self._vowed(tok, entry)
                if entry is not None and (_helping_do(tok) or provides_for(tok)):
                    entry = None
                if entry is not None and lemma == "defend" and _own_object(tok):
                    entry = _DEFEND_OWN
                if entry is not None and lemma == "give" and entry.event == "THREATEN" and (
                        _time_to_leave(tok)):
                    entry = _EXPEL
                if entry is not None and lemma in ("let", "allow") and _deadline_run_out(tok):
                    entry = _DEADLINE_DEFIED
                if entry is not None and lemma == "order" and entry.event == "REQUEST" and (
                        _forces_ordered(tok)):
                    entry = _ORDER_SENT
                elif entry is not None and lemma == "order" and entry.event == "REQUEST" and (
                        self._own_means_ordered(tok)):
                    entry = None
                if entry is not None and lemma == "join" and not entry.extra and (
                        _people_joined(tok, by_token)):
                    entry = _JOINING_PEOPLE
                if entry is not None and entry.cameo == "164" and lemma in _COLLAPSING and any(
                        c.dep_ == "nsubj" and c.i in by_token for c in tok.children) and not any(
                        c.dep_ == "dobj" for c in tok.children):
                    # "when the Soviet Union collapsed": a state that falls apart breaks off
                    # no talks; only talks, a deal or ties do ("talks broke down"). A state
                    # that breaks something off ("the PLO broke off the negotiations") does.
                    entry = None
                if entry is not None and lemma in ("approve", "adopt"):
                    act = self._act_object(tok)
                    if act is not None:
                        # (Adopting sanctions is the sanctions, which their noun tells.)
                        entry = None if act in FORCEFUL else _DECIDE
                if entry is not None and not _denial(tok, entry) and not _trying(tok, entry) and (
                        not self._orders_act(tok, entry)):
                    yield Trigger.of(tok, entry)
            elif tok.pos_ in ("NOUN", "PROPN"):
                named = by_token.get(tok.i)
                if (named is not None and named.end - named.start >= 2) or (
                        tok.pos_ == "PROPN" and tok.dep_ == "compound"
                        and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i > tok.i):
                    # "the Multinational Security Support mission", "the Rapid Support
                    # Forces", "the Gang Suppression Force": a word inside a name names no act.
                    continue
                entry = match_noun(tok, self.lexicon.noun_entries(lemma))
                if entry is not None and lemma == "call" and _phone_call(tok):
                    entry = _CALL
                if entry is not None and lemma == "arm" and tok.dep_ in ("dobj", "pobj") and not any(
                        c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
                    # ("opened fire with small arms", "took up arms": the bare noun is arms
                    # supplied only as "arms to X", as the lexicon says.)
                    entry = None
                if entry is not None and not _told_before(tok, entry) and not _target(tok) and (
                        not self._modifier_only(tok)) and not _any_one(tok) and not (
                            _audience(tok)):
                    yield Trigger.of(tok, entry)

    def _modifier_only(self, noun: Token) -> bool:
        """True for "an arms depot", "attack helicopters", "sanctions relief": an act's noun
        modifying a noun that is no act names a thing, not the act."""
        head = noun.head
        return noun.dep_ == "compound" and head.pos_ in ("NOUN", "PROPN") and head.i > noun.i and (
            head.lemma_.lower() not in ACT_CONTAINERS) and (
            match_noun(head, self.lexicon.noun_entries(head.lemma_.lower())) is None)

    def _vowed(self, verb: Token, entry: VerbEntry) -> VerbEntry:
        """The act of a vow given what is vowed: a promise to cooperate is an AGREE, one to
        use force ("vowed to retaliate against Israel", "pledged to keep fighting") a THREATEN
        (CAMEO 13x)."""
        if entry.event != "AGREE":
            return entry
        act = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        while act is not None and act.lemma_.lower() in CARRY_ON:
            # "vowed to continue fighting": what is carried on is what is vowed.
            act = next((c for c in act.children if c.dep_ in ("xcomp", "dobj")
                        and c.pos_ in ("VERB", "NOUN")), None)
        if act is None or any(c.dep_ == "neg" for c in act.children):
            # ("pledged never to use force against the regions": a promise of restraint.)
            return entry
        lemma = act.lemma_.lower()
        if act.pos_ == "VERB" and lemma in _HARMS:
            return THREAT  # "vowed to punish it", "swore to avenge his death"
        found = (match_verb(act, self.lexicon.verb_entries_again(lemma)) if act.pos_ == "VERB"
                 else match_noun(act, self.lexicon.noun_entries(lemma)))
        if found is None or found.event not in FORCEFUL:
            return entry
        return _VOW_VIOLENCE if found.event == "ASSAULT" else THREAT

    def _act_object(self, verb: Token) -> str | None:
        """The type of the act a verb's object names ("approved the release of 400
        prisoners", "approved a sanctions package"), or None."""
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            for noun in (obj, *(c for c in obj.children if c.dep_ == "compound")):
                found = match_noun(noun, self.lexicon.noun_entries(noun.lemma_.lower()))
                if found is not None:
                    return found.event
        return None

    def _orders_act(self, verb: Token, entry: VerbEntry) -> bool:
        """True for "ordered the reimposition of sanctions": ordering an act one's own side
        carries out is that act (its noun tells it), not a request of anyone."""
        if entry.event != "REQUEST" or verb.lemma_.lower() not in ("order", "direct"):
            return False
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            objects.append(verb.head)  # "Those penalties, ordered by President Trump"
        # ("the reimposition of sanctions": the act may be the object's "of" noun.)
        objects += [g for o in objects for c in o.children if c.dep_ == "prep"
                    and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        return any(match_noun(o, self.lexicon.noun_entries(o.lemma_.lower())) for o in objects)


#: Verbs of talks or ties ending by themselves ("the talks collapsed", "broke down").
_COLLAPSING = frozenset({"collapse", "break", "fall"})


#: Gatherings a speaker may address, which protest only against someone.
_GATHERINGS = frozenset({"rally"})


def _audience(noun: Token) -> bool:
    """True for a rally one speaks to or at ("told a rally in Caracas", "At a rally in
    Tbilisi, Saakashvili said", "a grenade was thrown at a rally"): supporters gathered to
    hear a leader, no protest, unless the rally is told to be against someone."""
    if noun.lemma_.lower() not in _GATHERINGS or any(
            c.dep_ == "prep" and c.lower_ == "against" for c in noun.children):
        return False
    head = noun.head
    return (noun.dep_ == "pobj" and head.lower_ in ("at", "to", "before")) or (
        noun.dep_ in ("dobj", "dative") and head.lemma_.lower() in ("tell", "address"))


def _any_one(noun: Token) -> bool:
    """True for an act's noun that names no one act but each of a kind ("should press Moscow,
    at every meeting, to withdraw its troops")."""
    return any(c.dep_ == "det" and c.lower_ in ("every", "each") for c in noun.children)


_MONTH_CUES = frozenset({"in", "on", "since", "by", "until", "till", "from", "of", "last", "next",
                         "early", "late", "mid", "through", "before", "after", "to", "between"})


def _month(tok: Token) -> bool:
    """True for the month in "signed in March 2001", "on 5 March": no march."""
    if tok.text != "March":
        return False
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    before = doc[tok.i - 1] if tok.i > 0 else None
    return (after is not None and after.like_num) or (before is not None and (
        before.like_num or before.lower_ in _MONTH_CUES))


#: What a denial denies: a claim, not a request (denying a charge has no PLOVER type; CAMEO
#: 016 "deny responsibility" maps to none). Denying access or a request is a REJECT.
_CLAIMS = frozenset({"charge", "accusation", "claim", "allegation", "suggestion", "report",
                     "responsibility", "involvement", "role", "link", "rumour", "rumor"})


def _denial(verb: Token, entry: VerbEntry) -> bool:
    """True for "rejected any suggestion that", "a charge Tehran denied": a denial."""
    if entry.event != "REJECT" or verb.lemma_.lower() not in ("deny", "reject", "dismiss",
                                                               "refute"):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ == "NOUN":
        objects.append(verb.head)  # "a claim Pakistan denied"
    if verb.lemma_.lower() == "deny" and any(
            c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "dobj" and c.tag_ == "VBG")
            for c in verb.children):
        return True  # "Rwanda denied backing the M23", "denied that it had ..."
    return any(o.lemma_.lower() in _CLAIMS for o in objects)


#: Participles that are mostly adjectives of judgement: "it was striking television".
_JUDGING = frozenset({"striking", "threatening", "alarming", "promising", "telling",
                      "moving", "surprising", "pressing", "shocking"})


def _adjectival(verb: Token) -> bool:
    """True for a participle of judgement with no object ("It was striking") or said of "it"
    ("It was striking television"), or "armed" describing a noun ("militiamen armed with
    machetes": equipped, not armed by anyone)."""
    if verb.lower_ == "armed" and verb.dep_ in ("acl", "amod") and not any(
            c.dep_ == "agent" for c in verb.children):
        return True
    if verb.lower_ not in _JUDGING:
        return False
    if any(c.dep_ == "nsubj" and c.lower_ in THING_PRONOUNS for c in verb.children) and (
            any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)):
        return True  # "It was striking television": a judgement, whatever the parse
    return not any(
        c.dep_ in ("dobj", "prep", "dative", "xcomp", "ccomp") for c in verb.children)


def _standing(verb: Token) -> bool:
    """True for "where thousands of US troops are stationed": forces said to be based
    somewhere now describe a standing state, not an act of stationing them."""
    return verb.lemma_.lower() in ("station", "base") and any(
        c.dep_ == "auxpass" and c.tag_ in ("VBP", "VBZ") for c in verb.children)


#: Verbs of vowing: what is vowed says whether the vow is a promise or a threat.
_VOWING = frozenset({"vow", "pledge", "promise", "swear"})

_VOW_VIOLENCE = VerbEntry("vow", (), "THREATEN", "violence", "138", ("none",))


def _sworn_in(verb: Token) -> bool:
    """True for "was sworn in as president": an oath of office, no vow to anyone."""
    return verb.lemma_.lower() == "swear" and any(
        c.dep_ in ("prt", "prep", "advmod") and c.lower_ == "in" for c in verb.children)


_WEAPON_TEST = VerbEntry("test", (), "MOBILIZE", "weapons", "150", ("none",))


def _test_fired(verb: Token) -> bool:
    """True for "test-fired two missiles": a weapons test (MOBILIZE), not an attack."""
    doc = verb.doc
    return (verb.lemma_.lower() in ("fire", "launch") and verb.i >= 2
            and doc[verb.i - 1].text == "-" and doc[verb.i - 2].lower_ == "test")


def _ended_objects(filled: list) -> set[int]:
    """The tokens a sanction's verb pattern names as its object ("France suspended its aid to
    Niger", "ended its military cooperation with Mali"): the act they tell is the aid or
    cooperation ended, not given. The object's conjuncts and what "most of" counts go with
    it ("its development aid and budget support", "most of its aid")."""
    out: set[int] = set()
    for trig, *_ in filled:
        if trig.verb is None or trig.event != "SANCTION":
            continue
        for obj in (c for c in trig.tok.children if c.dep_ in ("dobj", "nsubjpass")):
            counted = [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                       for g in p.children if g.dep_ == "pobj"]
            for group in ([obj, *obj.conjuncts], counted):
                if any(t.lemma_.lower() in trig.verb.extra for t in group):
                    out.update(t.i for t in group)
    return out


#: Verbs by which a place is taken by force when their object names it ("M23 rebels took
#: Goma", "seized Kherson"), as "took the city" is in the lexicon.
_TAKING = frozenset({"take", "seize"})


def _place_taken(verb: Token, by_token: dict[int, Mention]) -> bool:
    """True for "took Goma", "had taken Kirkuk from the Peshmerga", "seized Goma" (not
    property seized): a city or town named as the object (not a state: "take Russia to
    court")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.dep_ == "relcl" and any(c.lower_ in ("which", "that") for c in objects):
        # "the Scarborough Shoal, which China seized in 2012"
        objects = [verb.head]
    return any(c.i in by_token and by_token[c.i].kind == "place" for c in objects)


#: Holding ground: "its forces now hold most of Sinai", "the M23 still runs Goma": land kept
#: by force is an occupation (CAMEO 192), as the gold sets code it, ongoing.
_GROUND_HELD = VerbEntry("hold", (), "ASSAULT", "occupy", "192", ("dobj",))

#: Ground one holds: the head nouns of a held place that names no state ("the port", "dozens
#: of bases", "the salient").
_GROUND = frozenset({"territory", "city", "town", "village", "port", "peninsula", "region",
                     "area", "salient", "strip", "capital", "base", "checkpoint", "position",
                     "suburb", "district", "province", "airport", "crossing", "enclave",
                     "zone", "land", "coast", "island", "height", "ridge", "outskirts",
                     "north", "south", "east", "west", "northeast", "northwest", "southeast",
                     "southwest", "countryside", "border", "valley", "corridor"})

#: Shares of ground held: "much of", "most of", "90 percent of", "parts of".
_SHARES = frozenset({"much", "most", "part", "percent", "half", "third", "swathe", "swath",
                     "all", "some", "rest", "chunk", "stretch"})

#: Who holds ground by force: forces, fighters and armed groups (by their word, or by the
#: sector of the name).
_HOLDERS = frozenset({"troop", "force", "soldier", "fighter", "rebel", "militia", "militiaman",
                      "gang", "army", "insurgent", "militant", "jihadist", "guerrilla",
                      "paramilitary", "unit", "division", "brigade", "battalion"})
_ARMED_SECTORS = frozenset({"MIL", "REB", "CRM", "INS"})


def _ground_held(verb: Token, by_token: dict[int, Mention]) -> bool:
    """True for ground held by force: an armed subject (forces, fighters, an armed group),
    active, in a main clause, and a place as what is held (a place named, ground a noun
    names, or a share of either). "Hold talks", "controlled the budget", "ran the ministry"
    hold no ground."""
    if verb.dep_ in ("acl", "amod", "relcl"):
        # ("positions held by the SDF": the act on them is what is told. A relative clause
        # describes a holder or a place, "Haftar, who controls much of eastern Libya", "the
        # positions they held before the war": the gold sets mostly leave it uncoded.)
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]

    def armed(tok: Token) -> bool:
        if tok.i in by_token:
            return any(e.sector in _ARMED_SECTORS for e in by_token[tok.i].entries)
        return any(t.lemma_.lower() in _HOLDERS for t in (tok, *(
            c for c in tok.children if c.dep_ == "compound")))

    # (A pronoun may stand for the forces told before, "they still hold most of the capital",
    # though not for whoever "controls" or "runs" a place: a party, a mayor.)
    if not any(armed(t) or (t.pos_ == "PRON" and verb.lemma_.lower() in ("hold", "man"))
               for t in subjects):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects = [g for o in objects for g in (o, *(
        p for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children if p.dep_ == "pobj")) if o.lemma_.lower() in _SHARES or g is o]

    def ground(tok: Token) -> bool:
        if tok.i in by_token:
            # (A state is ground only as a share of it, "much of northern Yemen": "held
            # Syria" says nothing of force. A breakaway region is a place.)
            mention = by_token[tok.i]
            return mention.kind in ("place", "capital") or (
                mention.kind == "state" and tok.head.head.lemma_.lower() in _SHARES) or any(
                e.sector == "PRE" for e in mention.entries)
        return tok.lemma_.lower() in _GROUND

    return any(ground(t) for t in objects)


#: "insisted that Armenia rewrite its constitution": a demand (CAMEO 100), of the
#: complement's subject (found as "demanded that" finds it).
_INSISTED = VerbEntry("insist", (), "REQUEST", None, "100", ("none",))


#: "said it would regard a blockade as an act of war": naming an act one's casus belli
#: threatens force (CAMEO 138) against whoever would do it.
_WAR_IF = VerbEntry("say", (), "THREATEN", "violence", "138", ("none",))

#: Verbs of saying that may carry such a warning.
_SAYING_WAR = frozenset({"say", "warn", "declare", "state", "announce"})

#: Verbs of regarding something as something ("would treat that as an act of war").
_REGARDING = frozenset({"regard", "treat", "consider", "view", "deem", "see"})


def _war_if(verb: Token) -> bool:
    """True when a clause ``verb`` reports says an act would or will be regarded as an act of
    war: "said it would regard a blockade as an act of war", "any attempt would be considered
    an act of war, the committee said"."""
    for clause in (c for c in verb.children if c.dep_ in ("ccomp", "parataxis")):
        if clause.lemma_.lower() not in _REGARDING or not any(
                c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll", "shall")
                for c in clause.children):
            continue
        named = [c for c in clause.children if c.dep_ in ("oprd", "attr")]
        named += [g for c in clause.children if c.dep_ == "prep" and c.lower_ == "as"
                  for g in c.children if g.dep_ == "pobj"]
        if any(n.lemma_.lower() == "act" and any(
                p.lower_ == "of" and any(o.lemma_.lower() == "war" for o in p.children)
                for p in n.children if p.dep_ == "prep") for n in named):
            return True
    return False


#: "told residents to leave": telling someone to act asks it of them (CAMEO 020).
_TOLD_TO = VerbEntry("tell", (), "REQUEST", None, "020", ("dobj", "dative"))


def _told_to(verb: Token, by_token: dict[int, Mention]) -> bool:
    """True for "tell" with a party told and an infinitive of what it is to do ("told them
    not to return", "told Kyiv to withdraw"); "told reporters that ..." reports, it asks
    nothing. (Orders to one's own, "told his government to start", and to firms or crowds,
    "told airlines to avoid", ask no party.)"""
    told = any(c.dep_ in ("dobj", "dative") and (c.i in by_token or (
        c.pos_ == "PRON" and c.lower_ not in THING_PRONOUNS)) for c in verb.children)
    return told and any(
        c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VB" and infinitive(c)
        and not any(a.dep_ == "nsubj" for a in c.children)
        for c in verb.children)


def _noun_forms(noun: str) -> set[str]:
    """A noun and its plurals for the pre-parse filter, which only looks words up: the
    regular ones (``lexicon.plurals``) and "-men" ("militiaman", "militiamen")."""
    return plurals(noun) | ({noun[:-3] + "men"} if noun.endswith("man") else set())


def _mandative(verb: Token) -> bool:
    """True for "insist" with a that-clause in the subjunctive: "insisted that Maduro step
    down", "insists that it be annulled" (a bare verb for a subject that would take an
    inflected one); "insisted that the valley lies on its side" claims, it demands nothing."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        if any(c.dep_ in ("aux", "auxpass") and c.tag_ != "VB" for c in clause.children):
            continue
        bare = clause.tag_ == "VB" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VB"
                                          and c.lemma_ == "be" for c in clause.children)
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        # (A plural subject's verb is bare in any mood: "insists that the troops withdraw"
        # cannot be told from a claim; "it" takes an inflected one.)
        if bare and subject is not None and (
                subject.tag_ not in ("NNS", "NNPS", "PRP") or subject.lower_ == "it"):
            return True
    return False


#: Measures aimed at firms or people (CAMEO 163): "targeted two conglomerates".
_TARGETED = VerbEntry("target", (), "SANCTION", None, "163", ("dobj",))

#: What economic measures, not weapons, are aimed at.
_ECONOMIC_TARGETS = frozenset({"company", "conglomerate", "firm", "bank", "industry", "export",
                               "import", "asset", "oligarch", "business", "sector", "exporter",
                               "enterprise", "account", "entity", "individual", "trade"})

#: Nouns of economic measures a verb may impose.
_MEASURE_NOUNS = frozenset({"sanction", "penalty", "embargo", "tariff", "measure", "ban",
                            "restriction", "freeze"})


def _imposes(verb: Token) -> bool:
    """True for a verb imposing economic measures ("imposed sanctions on Belarus")."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _MEASURE_NOUNS for c in verb.children)


def _measures_aimed(verb: Token) -> bool:
    """True for "target" aimed at firms, industries or assets, or joined to a verb imposing
    measures ("imposed sanctions on the generals ... and have also targeted"): economic
    measures, not strikes."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(o.lemma_.lower() in _ECONOMIC_TARGETS for o in objects):
        return True
    head = verb
    while head.dep_ in ("conj", "advcl", "xcomp") and head.head.i != head.i:
        head = head.head
        if _imposes(head):
            return True
    return False


#: A force leaving a place it held: a withdrawal (CAMEO 0874), aimed at the place's state.
_FORCES_LEFT = VerbEntry("leave", (), "RETREAT", "withdraw", "0874", ("dobj",))


def _forces_leaving(verb: Token, by_token: dict[int, Mention]) -> bool:
    """True for "Eritrean troops have not left Tigray", "his troops were leaving Kuwait":
    forces (troops, soldiers, an army) as the subject of "leave", a place or a state as its
    object (not "left the talks", nor people leaving their homes)."""
    if verb.lemma_.lower() != "leave":
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ in ("xcomp", "advcl"):
        # "urged the troops to leave Tigray": the one urged leaves.
        subjects = [c for c in verb.head.children if c.dep_ == "dobj"]
    forces = any(c.lemma_.lower() in _FORCES_ORDERED or c.lemma_.lower() in (
        "army", "military") for c in subjects)
    places = [c for c in verb.children if c.dep_ == "dobj" and c.i in by_token
              and by_token[c.i].kind in ("place", "state", "capital")]
    return forces and bool(places)


#: Forces one can order somewhere: "ordered the aircraft carrier to the Caribbean", "ordered
#: troops to the border" sends them (CAMEO 154), it asks nothing of anyone.
_FORCES_ORDERED = frozenset({"troop", "force", "soldier", "unit", "battalion", "brigade",
                             "division", "carrier", "warship", "destroyer", "frigate",
                             "submarine", "fleet", "jet", "bomber", "fighter", "squadron"})

_ORDER_SENT = VerbEntry("order", (), "MOBILIZE", "troops", "154",
                        ("prep:against", "prep:to", "dative", "prep:near"))


#: Joining people where they are ("Moon joined them briefly", "Merkel was joined by Putin
#: and Erdogan") is taking part in their meeting, not joining a body (CAMEO 040).
_JOINING_PEOPLE = VerbEntry("join", (), "CONSULT", None, "040", ("sym",))


def _people_joined(verb: Token, by_token: dict[int, Mention]) -> bool:
    """True when who is joined, or who joins in the passive, are people or a pronoun for
    them, not a body, an alliance or a fight."""
    joined = [c for c in verb.children if c.dep_ in ("dobj", "agent")]
    joined = [g for c in joined for g in ([c] if c.dep_ == "dobj" else c.children)
              if g.dep_ in ("dobj", "pobj")]
    return bool(joined) and all(
        t.lower_ in ("them", "him", "her", "us") or (
            t.i in by_token and by_token[t.i].kind == "person") for t in joined)


#: What a government orders that is its own (its team, forces, company): an order to them
#: is its own act, no request of another party.
_OWN_MEANS = _FORCES_ORDERED | {"team", "delegation", "negotiator", "company", "firm",
                                "ministry", "agency", "service", "police", "army", "navy",
                                "military", "aircraft", "plane", "ship", "vessel"}


#: Acts of forces that an order to them is told as asking ("ordered troops to withdraw").
_OWN_ACTS_ORDERED = frozenset({"withdraw", "leave", "retreat", "attack", "fire", "strike",
                               "advance", "confront", "cross", "enter", "pull"})


def _forces_ordered(verb: Token) -> bool:
    """True for "ordered the carrier to the Caribbean": forces ordered somewhere, with no
    act they are ordered to do ("ordered troops to withdraw" is that act)."""
    return not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children) and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _FORCES_ORDERED for c in verb.children)


#: A deadline to leave expels (CAMEO 166): "gave the French ambassador 72 hours to leave",
#: "gave the defence advisers a week to leave" (another deadline is an ultimatum, 139).
_EXPEL = VerbEntry("give", (), "SANCTION", "expel", "166", ("dative", "dobj", "prep:to"))


def _time_to_leave(verb: Token) -> bool:
    """True for "gave them 72 hours to leave": the deadline given is for leaving (the
    parser hangs "to leave" on the verb or on the span of time)."""
    holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "npadvmod"))]
    return any(c.lemma_.lower() == "leave" and c.dep_ in ("advcl", "relcl", "xcomp", "acl")
               and infinitive(c) for h in holders for c in h.children)


#: Words for a time set by a demand, which one may let run out.
_DEADLINES = frozenset({"deadline", "ultimatum"})

#: Letting a deadline run out defies the demand (CAMEO 128), aimed at whoever set it.
_DEADLINE_DEFIED = VerbEntry("let", (), "REJECT", None, "128", ("none",))


def _deadline_run_out(verb: Token) -> bool:
    """True for "Baghdad let the deadline pass", "allowed the ultimatum to expire": a
    deadline left to run out, nothing allowed to anyone."""
    return any(c.dep_ in ("ccomp", "xcomp") and c.lemma_.lower() in ("pass", "expire", "lapse")
               and any(d.lemma_.lower() in _DEADLINES for d in (*c.children, *verb.children)
                       if d.dep_ in ("nsubj", "dobj"))
               for c in verb.children)


#: Approving or adopting an act of one's own is deciding to do it (CAMEO 03x), not backing
#: anyone: "a grand assembly approved the release of 400 prisoners".
_DECIDE = VerbEntry("approve", (), "AGREE", None, "030", ("none",))

#: Defending oneself or one's own ground is fighting (CAMEO 19x), not backing anyone.
_DEFEND_OWN = VerbEntry("defend", (), "ASSAULT", None, "190", ("prep:against",))

_REFLEXIVE = frozenset({"itself", "themselves", "ourselves", "myself", "himself", "herself"})
_OWN_POSSESSIVE = frozenset({"its", "their", "our", "my", "his", "her"})


def _own_object(verb: Token) -> bool:
    """True for "defend itself", "defend its territory": the object is the actor's own."""
    return any(c.dep_ == "dobj" and (c.lower_ in _REFLEXIVE or any(
        g.dep_ == "poss" and g.lower_ in _OWN_POSSESSIVE for g in c.children))
        for c in verb.children)


#: "a call between Trump and Netanyahu": a call with parties and no "for" is a phone call.
_CALL = NounEntry("call", None, "CONSULT", "phone", "041", (), (), True)


def _phone_call(noun: Token) -> bool:
    preps = {c.lower_ for c in noun.children if c.dep_ == "prep"}
    return "for" not in preps and bool(preps & {"between", "with"})


def _helping_do(verb: Token) -> bool:
    """True for "helped secure Iran's agreement": helping to do something with no one helped
    is taking part in that act, not giving aid."""
    return verb.lemma_.lower() in ("help", "assist") and any(
        c.dep_ == "xcomp" for c in verb.children) and not any(
        c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ == "to")
        for c in verb.children)


def _trying(verb: Token, entry: VerbEntry) -> bool:
    """True for "seek to block": seeking to act is trying, not asking anyone."""
    return verb.lemma_.lower() == "seek" and entry.event == "REQUEST" and any(
        c.dep_ == "xcomp" for c in verb.children)


#: Verbal acts told again by a demonstrative ("that warning", "this demand"): the act was
#: told before; the sentence tells something else about it.
_VERBAL_NOUN_ACTS = VERBAL_ACTS - {"CONSULT"}


def _told_before(noun: Token, entry) -> bool:
    return entry.event in _VERBAL_NOUN_ACTS and determined(noun, "that", "this", "these", "those")


def _target(noun: Token) -> bool:
    """True for "attacked a police patrol", "shelled a convoy": the object of an attack is
    what was hit, not an act of its own."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in _ATTACK_VERBS


_ATTACK_VERBS = frozenset({"attack", "ambush", "shell", "bomb", "strike", "hit", "raid",
                           "fire", "target", "destroy"})


#: Verbs of aiming, an attack only when force is what is aimed.
_AIMING = frozenset({"target", "aim", "direct"})

#: What may be aimed at someone without force: words aimed are an accusation ("statements
#: targeted at Putin", "a strategy openly targeting China"); measures are the act their own
#: noun tells ("sanctions targeting banks").
_AIMED_WORDS = frozenset({"statement", "remark", "comment", "rhetoric", "criticism", "speech",
                          "accusation", "campaign", "propaganda", "strategy", "doctrine",
                          "report", "resolution", "document", "policy", "message", "article"})
_AIMED_MEASURES = frozenset({"sanction", "measure", "restriction", "tariff", "law", "ban",
                             "embargo", "bill", "order", "penalty", "decree"})

_AIMED_ACCUSE = VerbEntry("target", (), "ACCUSE", None, "111", ("dobj", "prep:at"))


def _aimed(verb: Token, entry: VerbEntry) -> VerbEntry | None:
    """The act of "target"/"aim" given what is aimed (its subject, or the noun it
    describes): force by default, an accusation for words, nothing for a measure."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if not doers and verb.dep_ in ("acl", "relcl") and verb.head.pos_ == "NOUN":
        doers = [verb.head]
    lemmas = {d.lemma_.lower() for d in doers}
    if lemmas & _AIMED_WORDS:
        return _AIMED_ACCUSE
    if lemmas & _AIMED_MEASURES:
        return None
    return entry


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


__all__ = ["CODER_VERSION", "Coder"]
