"""Inference over the events of a sentence or a document: recipients of acts about other
acts, stated intents, the document's two parties, stable ids."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from parley.events.lexicon import VerbEntry
from parley.events.state import DocState, Trigger
from parley.events.status import (
    ASSERTED,
    FUTURE,
    HYPOTHETICAL,
    NEGATED,
    clause_status,
    first_conjunct,
    foretold,
    infinitive,
)
from parley.events.syntax import FIRST_PERSON, LIGHT_VERBS, dedupe, inferred
from parley.records import Entity, EventMention

#: Verbal acts about another act: a request, refusal or offer is aimed at the parties of the
#: act it is about ("called for talks between the two sides" -> recipient both sides).
ABOUT_ACTS = frozenset({"REQUEST", "REJECT", "AGREE", "SUPPORT", "ACCUSE", "THREATEN",
                         "CONCEDE"})


#: Sectors of citizens and civil society (as opposed to states and armed groups).
CIVIC_SECTORS = frozenset({"CVL", "OPP", "LAB", "EDU", "REL", "REF"})


def complement_recipients(filled: list) -> None:
    """Give verbal acts with no recipient the parties of the act they are about."""
    # (A mediation is no act another is about: "agreed after talks brokered by China" is
    # no agreement with China.)
    by_token = {trig.tok.i: (actor, recipient) for trig, actor, recipient, _, _ in filled
                if trig.cameo != "045"}
    for n, (trig, actor, recipient, status, date) in enumerate(filled):
        if recipient or trig.event not in ABOUT_ACTS:
            continue
        own = {e.code for e in actor}
        found: list[Entity] = []
        # A coordinated clause ("urged both countries to ..., and China called on them") is
        # another act, not one this act is about.
        later = {t.i for c in trig.tok.children if c.dep_ == "conj" for t in c.subtree}
        for tok in trig.tok.subtree:
            if tok.i == trig.tok.i or tok.i not in by_token or tok.i in later:
                continue
            # Only acts inside the trigger's own arguments, not in a later clause.
            between = [a for a in tok.ancestors if a.i != trig.tok.i and trig.tok in a.ancestors]
            if len(between) > 3:
                continue
            if any(a.dep_ == "relcl" for a in (tok, *between)):
                # ("signed an agreement, which Turkey called null and void": a relative clause
                # tells of the thing, it is not what the act is about.)
                continue
            other_actor, other_recipient = by_token[tok.i]
            # Citizens may act on their own government ("protesters demanding the
            # resignation of the prime minister"); states do not act on themselves.
            civic = all(a.sector in CIVIC_SECTORS for a in actor)
            doers = [e for e in other_actor if e.code not in own]
            if trig.event == "REJECT" and doers:
                # "blocked a new EU sanctions package against Belarus": a veto is aimed at
                # whose measure it was, not at the measure's target.
                found.extend(doers)
                continue
            found.extend(e for e in [*other_actor, *other_recipient]
                         if e.code not in own or (civic and e.sector == "GOV"))
        if found:
            filled[n] = (trig, actor, dedupe(found), status, date)


#: Verbs that answer a thing proposed: its acceptance or rejection is aimed at its proposer.
_ANSWERS = frozenset({"accept", "reject"})

#: Words of an offer whose object is the thing offered ("proposed a truce", "its offer").
_OFFERING = frozenset({"offer", "propose", "proposal"})

#: How many sentences on "accepted it" may still mean the thing last proposed.
_PROPOSAL_REACH = 2


def _things(tok: Token) -> list[Token]:
    """The common nouns an act proposes or calls for: its object and its "for" phrase
    ("called for an immediate ceasefire", "proposed a truce", "a call for talks")."""
    found = [tok] if tok.pos_ == "NOUN" else []
    for c in tok.children:
        if c.dep_ == "dobj":
            found.append(c)
        elif c.dep_ == "prep" and c.lower_ == "for":
            found.extend(g for g in c.children if g.dep_ == "pobj")
    return [t for t in found if t.pos_ == "NOUN"]


def note_proposals(trig: Trigger, actor: list[Entity], status: str, state: DocState) -> None:
    """Remember who asked for or offered each thing an asserted act names, so that its
    acceptance or rejection later is aimed at them."""
    if status != ASSERTED or not actor or not (trig.event == "REQUEST" or (
            trig.event == "AGREE" and trig.tok.lemma_.lower() in _OFFERING)):
        return
    for thing in _things(trig.tok):
        state.proposals[thing.lemma_.lower()] = list(actor)
        state.last_proposal = (thing.lemma_.lower(), state.sentence)


def proposals_answered(filled: list, state: DocState, named: Callable[[Token], bool]) -> None:
    """Aim the acceptance or rejection of a thing proposed earlier at its proposer: "The
    Security Council called for a ceasefire ... King Hussein accepted the ceasefire", and
    "Syria accepted it" after. What the sentence says of the thing itself ("a proposal
    drafted by the United States") is left to tell."""
    for n, (trig, actor, _, status, date) in enumerate(filled):
        if trig.verb is None or trig.tok.lemma_.lower() not in _ANSWERS or (
                trig.event not in ("AGREE", "REJECT")):
            continue
        obj = next((c for c in trig.tok.children if c.dep_ == "dobj"), None)
        if obj is None or any(named(t) for t in obj.subtree):
            continue
        if obj.pos_ == "NOUN":
            thing = obj.lemma_.lower()
        elif obj.lower_ == "it" and state.last_proposal is not None and (
                state.sentence - state.last_proposal[1] <= _PROPOSAL_REACH):
            thing = state.last_proposal[0]
        else:
            continue
        own = {e.code for e in actor}
        aimed = [e for e in state.proposals.get(thing, []) if e.code not in own]
        if aimed:
            filled[n] = (trig, actor, dedupe(aimed), status, date)
            # (The thing answered is still the one talked of: "Syria accepted it" next.)
            state.last_proposal = (thing, state.sentence)


#: Sectors that do not make a party to the document's conflict (mediators, bodies, media).
_NOT_PARTY_SECTORS = frozenset({"IGO", "NGO", "MED", "BUS"})


def document_dyad(events: list[EventMention],
                  bodies: frozenset[str] | set[str] = frozenset()) -> tuple[str, str] | None:
    """The two parties a document is mostly about: the two codes named most often as actor
    or recipient of its reporting events (states and armed groups, not bodies or media).
    ``bodies`` are the codes of intergovernmental bodies, never a party even where their
    people act (Kofi Annan welcoming a deal is the UN, no side of the war)."""
    return _dyad(_ranked_parties(events, bodies))


def _dyad(ranked: list[tuple[str, int]]) -> tuple[str, str] | None:
    """The two parties ranked first, each named at least twice, or None."""
    if len(ranked) < 2 or ranked[1][1] < 2:
        return None
    return ranked[0][0], ranked[1][0]


def _inward_parties(events: list[EventMention], dyad: tuple[str, str]) -> set[str]:
    """The parties of ``dyad`` the document tells acting on their own state (actor and
    recipient of one code, each read in the text) more often than the two acting on each
    other: a story of a war or quarrel at home."""
    inward: dict[str, int] = {}
    between = 0
    for ev in events:
        if ev.segment == "comment" or ev.status != "asserted":
            continue
        sides = ({e.code for e in ev.actor if e.start >= 0},
                 {e.code for e in ev.recipient if e.start >= 0})
        for code in sides[0] & sides[1] & set(dyad):
            inward[code] = inward.get(code, 0) + 1
        if (dyad[0] in sides[0] and dyad[1] in sides[1]) or (
                dyad[1] in sides[0] and dyad[0] in sides[1]):
            between += 1
    return {code for code, n in inward.items() if n >= 2 and n > between}


def _mediators(events: list[EventMention]) -> set[str]:
    """The codes the document tells mediating (CAMEO 045) between two parties or more, alone,
    as an asserted act."""
    out = set()
    for ev in events:
        codes = {e.code for e in ev.actor}
        if ev.cameo == MEDIATION and ev.status == "asserted" and ev.segment != "comment" and (
                len(codes) == 1 and len({e.code for e in ev.recipient} - codes) >= 2):
            out |= codes
    return out


def _lone_party(ranked: list[tuple[str, int]]) -> str | None:
    """The one party a document with no dyad is about (named at least twice, every other
    party at most once): the state of a war at home, say, where rebels share its code."""
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] >= 2):
        return None
    return ranked[0][0]


def _ranked_parties(events: list[EventMention],
                    bodies: frozenset[str] | set[str]) -> list[tuple[str, int]]:
    """Party codes by how often the document's events name them, most first."""
    counts: dict[str, int] = {}
    for ev in events:
        if ev.segment == "comment":
            continue
        for e in (*ev.actor, *ev.recipient):
            if e.start >= 0 and e.sector not in _NOT_PARTY_SECTORS and e.code != "WST" and (
                    e.code not in bodies):
                counts[e.code] = counts.get(e.code, 0) + 1
    return sorted(counts.items(), key=lambda kv: -kv[1])


def _rebels_at_home(events: list[EventMention], states: frozenset[str] | set[str]) -> set[str]:
    """The states whose own rebels (sector REB, read in the text) the document names in at
    least two events: a war at home ("Libyan rebels", "the Syrian opposition's fighters")."""
    counts: dict[str, int] = {}
    for ev in events:
        if ev.segment == "comment":
            continue
        for code in {e.code for e in (*ev.actor, *ev.recipient)
                     if e.sector == "REB" and e.start >= 0 and e.code in states}:
            counts[code] = counts.get(code, 0) + 1
    return {code for code, n in counts.items() if n >= 2}


def _partners(events: list[EventMention]) -> dict[tuple[str, bool], str]:
    """Each party's one most frequent counterpart in the document's two-sided events, in
    conflict and in cooperation apart: whom a state defies is not whom it thanks."""
    counts: dict[tuple[str, bool], dict[str, int]] = {}
    for ev in events:
        if ev.segment == "comment":
            continue
        for a in ev.actor:
            for r in ev.recipient:
                if a.code != r.code and a.start >= 0 and r.start >= 0:
                    for x, y in ((a.code, r.code), (r.code, a.code)):
                        row = counts.setdefault((x, _conflict(ev)), {})
                        row[y] = row.get(y, 0) + 1
    best = {}
    for key, row in counts.items():
        ranked = sorted(row.values(), reverse=True)
        if len(ranked) == 1 or ranked[0] > ranked[1]:
            best[key] = max(row, key=row.__getitem__)
    return best


def _targets(named: list[Entity]) -> list[Entity]:
    """The named parties force could be aimed at: not bodies, media or companies ("while the
    UN Secretary-General was in Tripoli" names no target)."""
    return [e for e in named if e.sector not in _NOT_PARTY_SECTORS]


def _conflict(ev: EventMention) -> bool:
    return "conflict" in (ev.quad or "")


#: What a third party typically does to (or for) both parties of a two-party story.
_THIRD_PARTY_ACTS = frozenset({"CONSULT", "REQUEST", "ACCUSE", "SUPPORT", "SANCTION",
                               "THREATEN", "AID"})


_FORCE_ACTS = frozenset({"ASSAULT", "COERCE"})

#: CAMEO's mediation (its mediators are no party of the story).
MEDIATION = "045"

#: Acts whose missing recipient is the other party their sentence names: verbal acts, and
#: aid ("increasing US military aid" in a sentence about the war in Ukraine goes to Ukraine,
#: not to the story's other side, which a state does not arm).
_NAMED_TARGET_ACTS = ABOUT_ACTS | {"AID"}


#: Sectors of a state's own people and institutions at home: with no one named, their acts
#: concern their own state ("the opposition has refused to recognise the result", "the
#: police banned the rally").
_HOME_FRONT = frozenset({"OPP", "PTY", "COP", "CVL", "LAB", "EDU", "REL"})

#: Modes of acts a state does at home whoever does them: censorship ("the government
#: suspended live broadcasts") silences its own media.
_AT_HOME = frozenset({"censor"})


def fill_from_dyad(events: list[EventMention], symmetric: set[str],
                   named: dict[str, list[Entity]] | None = None,
                   states: frozenset[str] | set[str] = frozenset(),
                   bodies: frozenset[str] | set[str] = frozenset()) -> list[EventMention]:
    """Complete one-sided events with the document's other party, as an annotator reading
    the whole article does ("Armenia declared a mobilisation" in a report on the Armenian-
    Azerbaijani war is aimed at Azerbaijan). A state's opposition, police or citizens acting
    at home with no one named act on their own state (``states``: the state codes). The
    added entity has no text and offsets -1, so it is visible as inferred, not read."""
    named = named or {}
    ranked = _ranked_parties(events, bodies)
    mediators = _mediators(events)
    parties = [kv for kv in ranked if kv[0] not in mediators]
    if _dyad(parties) is not None:
        # ("Talks in Geneva between the government and the Tigers, mediated by Norway":
        # however often the text names the mediator, the story's two are the ones it
        # mediates between.)
        ranked = parties
    dyad = _dyad(ranked)
    rebels = _rebels_at_home(events, states)
    for ev in events:
        codes = {e.code for e in ev.actor}
        if not ev.recipient and ev.event in _FORCE_ACTS and ev.id not in symmetric and (
                len(codes) == 1 and codes <= rebels) and not any(
                e.sector == "REB" for e in ev.actor) and not (
                {e.code for e in _targets(named.get(ev.id, []))} - codes):
            # "Government forces shelled Misrata", in a report on Libya's war with rebels
            # the text codes as Libyan: a state's force with no target named is aimed at
            # its own rebels, not at the story's other party.
            ev.recipient = [Entity(next(iter(codes)), "REB", "", None, -1, -1)]
            ev.id = event_id(ev)
    for ev in events:
        codes = {e.code for e in ev.actor}
        if not ev.recipient and ev.id not in symmetric and len(codes) == 1 and (
                codes <= states) and (all(e.sector in _HOME_FRONT for e in ev.actor)
                                      or ev.mode in _AT_HOME) and not (
                {e.code for e in named.get(ev.id, [])} - codes) and (
                # (Not where the story is the state's own war with an armed group: "voters
                # rejected the deal" with the FARC is aimed at the FARC.)
                dyad is None or set(dyad) - codes <= states):
            ev.recipient = [Entity(next(iter(codes)), "GOV", "", None, -1, -1)]
            ev.id = event_id(ev)
    for ev in events:
        others = named.get(ev.id, [])
        if (not ev.recipient and ev.id not in symmetric and ev.event in _NAMED_TARGET_ACTS
                and 1 <= len({e.code for e in others}) <= 2):
            # The sentence names one or two other parties: the act is most likely aimed at
            # them ("the Russian demands ... demilitarisation of Ukraine", "a NATO-armed
            # Ukraine is a red line Russia will never accept").
            ev.recipient = inferred(dedupe(others))
            ev.id = event_id(ev)
    if dyad is not None:
        _fill_dyad(events, symmetric, named, dyad)
    elif (lone := _lone_party(ranked)) is not None:
        for ev in events:
            if not ev.recipient and ev.actor and lone not in {e.code for e in ev.actor} and (
                    ev.id not in symmetric) and ev.event in _THIRD_PARTY_ACTS:
                # "Kofi Annan welcomed the agreement", in a report on Indonesia's peace with
                # its rebels: an outsider's act in a one-party story concerns that party.
                ev.recipient = [Entity(lone, "", "", None, -1, -1)]
                ev.id = event_id(ev)
    partners = _partners(events)
    for ev in events:
        codes = {e.code for e in ev.actor}
        if not ev.recipient and len(codes) == 1 and ev.id not in symmetric:
            (code,) = codes
            best = partners.get((code, _conflict(ev)))
            if best is not None and not (ev.event in _FORCE_ACTS and any(
                    e.code != best for e in _targets(named.get(ev.id, [])))):
                # "Taiwan will not back down", in a report of Chinese drills after a US
                # visit: the one Taiwan is in conflict with in the document is China. (Force
                # in a sentence naming some other party may be aimed at it, as in the dyad.)
                ev.recipient = [Entity(best, "", "", None, -1, -1)]
                ev.id = event_id(ev)
    return events


def _fill_dyad(events: list[EventMention], symmetric: set[str],
               named: dict[str, list[Entity]], dyad: tuple[str, str]) -> None:
    inward = _inward_parties(events, dyad)
    for ev in events:
        codes = {e.code for e in ev.actor}
        if ev.id in symmetric and ev.event == "CONSULT" and ev.mode == "multilateral" and (
                len(codes) == 1 and not codes & set(dyad) and not ev.recipient):
            # "Malaysia's prime minister also attended the ceremony", in a report on the
            # Philippines' peace with the MILF: an outsider attending joins the story's
            # two at it (a meeting of all, as the gold sets code attendance).
            ev.actor = [*ev.actor, *(Entity(code, "", "", None, -1, -1) for code in dyad)]
            ev.id = event_id(ev)
            continue
        if not ev.recipient and codes and not codes & set(dyad) and ev.id not in symmetric | {""} and (
                ev.event in _THIRD_PARTY_ACTS):
            # A third party's act in a two-party story is aimed at the parties: a mediator
            # mediates between them, an outsider's sanctions or appeals concern them.
            ev.recipient = [Entity(code, "", "", None, -1, -1) for code in dyad]
            ev.id = event_id(ev)
            continue
        if ev.recipient or len(codes & set(dyad)) != 1 or not codes <= set(dyad) | {""}:
            continue
        if ev.event in _FORCE_ACTS and any(e.code not in dyad
                                           for e in _targets(named.get(ev.id, []))):
            # "as the U.S. did in Iraq when it targeted civilians": force used in a sentence
            # that names a party outside the story's two is not aimed at the other one.
            continue
        other = dyad[1] if dyad[0] in codes else dyad[0]
        if ev.id not in symmetric and (codes & set(dyad)) <= inward:
            # "The regional government in Erbil condemned the operation", in a report on
            # Iraq's quarrel with its Kurds that also names Washington: a story told more
            # inside one state than between it and the other party is about that state.
            other = next(iter(codes & set(dyad)))
        implicit = Entity(other, "", "", None, -1, -1)
        if ev.id in symmetric and ev.event == "AGREE" and len(codes) == 1:
            # "Cuba also agreed to free 53 prisoners", "Medvedev signed the plan": one side
            # told agreeing agrees with the other, as the gold sets code it (actor and
            # recipient), where "the two sides agreed" is told of both.
            ev.recipient = [implicit]
        elif ev.id in symmetric:
            if ev.event in ("CONSULT", "AGREE", "COOPERATE", "ASSAULT", "REJECT"):
                ev.actor = [*ev.actor, implicit]
        else:
            ev.recipient = [implicit]
        ev.id = event_id(ev)


#: Words of stated intent. A cooperative act someone promises, offers, wants or is ready to
#: do is an AGREE now (CAMEO 03x "express intent to cooperate"); a forceful act someone vows
#: or is ready to take is a THREATEN now (CAMEO 13x). The act itself stays future/hypothetical.
_INTENT = frozenset({"promise", "pledge", "vow", "offer", "commit", "undertake", "ready",
                     "willing", "prepared", "decide", "intend", "agree", "want", "wish",
                     "eager", "keen", "interested", "determined", "plan", "hope", "expect"})

#: Intent words that hold only the speaker's own act ("hoped to meet", not "hoped Isaias
#: would visit").
_OWN_ACT_INTENT = frozenset({"hope", "expect"})

#: Intent words whose own object could be someone else's act ("wants Ukraine to fight on"
#: asks Ukraine; it is no intent of the wanter's).
_OBJECT_INTENT = frozenset({"want", "wish"})

#: Nouns of stated intent ("expressed interest in joining", "its readiness to talk"): the
#: one who expresses them, or owns them, holds the intent.
_INTENT_NOUNS = frozenset({"interest", "willingness", "readiness", "desire", "intention",
                           "commitment", "pledge", "promise", "offer", "determination", "wish"})


_COOPERATIVE = frozenset({"AGREE", "AID", "SUPPORT", "COOPERATE", "RETREAT", "CONCEDE",
                          "CONSULT"})


FORCEFUL = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"})


#: Verbs by which an actor announces its own future acts.
ANNOUNCING = frozenset({"say", "announce", "declare", "state", "confirm", "vow", "insist",
                        "tell", "add", "pledge", "promise"})

#: Modals by which a speaker says its own act can come ("said he and Putin could work out an
#: agreement", "said Turkey might suspend relations"): told by the party itself, a stated
#: intent (or a threat), not a guess.
_ABLE = frozenset({"could", "can", "would", "might", "may"})


#: Verbs that only carry on an act: "said they would continue to target ships" announces
#: the targeting.
CARRY_ON = frozenset({"continue", "keep", "resume"})


#: Nouns of the means to an act ("take steps to isolate"): taking them is taking the act.
_STEPS = frozenset({"step", "measure", "action"})


#: Acts of courtesy one "wants to" pay in the saying ("I want to thank", "we wish to
#: congratulate").
_COURTESIES = frozenset({"thank", "congratulate", "welcome", "commend", "praise", "apologise",
                         "apologize", "salute", "acknowledge"})


_INTENT_AGREE = VerbEntry("intent", (), "AGREE", None, "030", ("none",))


#: A threat told now (CAMEO 130): a forceful act vowed or announced, a force not ruled out,
#: a penalty a speaker foretells.
THREAT = VerbEntry("threat", (), "THREATEN", None, "130", ("none",))

#: A stance against cooperating is a refusal told now (CAMEO 12x): "was not interested in
#: talks", "is not ready to sign", "is unwilling to negotiate", "will never accept".
REFUSAL = VerbEntry("refusal", (), "REJECT", None, "120", ("none",))

#: Verbs of yielding: not yielding is refusing to (CAMEO 124), not a concession undone.
_YIELDING = frozenset({"back", "yield", "budge", "cave", "bow", "give", "relent", "capitulate"})

_NOT_YIELDING = VerbEntry("refusal", (), "REJECT", "yield", "124", ("none",))

#: Verbs of letting, whose negation refuses what would have been let (CAMEO 1245).
_LETTING = frozenset({"allow", "permit", "let"})

_NOT_LETTING = VerbEntry("refusal", (), "REJECT", "yield", "1245", ("none",))

#: Intent words that say the holder will not do the act.
AVERSE = frozenset({"unwilling", "reluctant"})

#: Adjectives of a stance toward an act or a party ("ready for talks", "not interested in
#: having the US at the table"): negated, or averse, they refuse even when the complement
#: names no act of the lexicon.
STANCE_ADJECTIVES = frozenset({"interested", "willing", "ready", "prepared", "eager", "keen",
                               "open"}) | AVERSE

#: Verbs of acceptance: not accepting something is rejecting it, not an agreement that did
#: not happen (unlike "will not help", which is a help that did not happen).
_ACCEPTING = frozenset({"accept", "meet", "heed"})


def said_as_done(filled: list, speakers: Callable[[Token], list[Entity]]) -> None:
    """Make acts the saying itself does, or reports as done, asserted.

    - A courtesy one wants to pay is paid in the saying: "I want to thank Iran", "we would
      like to congratulate".
    - An announcement in the first person and the present does what it says, and is no
      stated intent: "I am announcing today that the United States will withdraw".
    - A party claiming its own deed reports it (attributed): "Russia's defence ministry
      claimed its troops had captured the town"; a claim about another's deed stays an
      allegation.
    """
    for n, (trig, actor, recipient, status, date) in enumerate(filled):
        if _courtesy(trig.tok, status) or _performed(trig.tok, status) or (
                _own_claim(trig.tok, status, actor, speakers)):
            filled[n] = (trig, actor, recipient, ASSERTED, date)


#: Verbs whose subject receives the visit their object makes ("Putin received Lukashenko").
#: ("Host" stays as told: the gold sets code a host of talks, and the PLOVER GSR a host of a
#: visit, as the actor.)
_HOSTING = frozenset({"receive", "welcome", "greet"})


def hosts_to_visitors(filled: list) -> None:
    """A visit has the visitor as actor and the host as recipient (EVENTS.md): "Putin
    received Lukashenko", "welcomed Erdogan to St Petersburg" and "greeted the delegation"
    tell the host as subject, so the sides are turned round. (One who "hosted" leaders is
    left the actor: the PLOVER examples code the host so, and a host of two sides' leaders
    mediates.)"""
    for n, (trig, actor, recipient, status, date) in enumerate(filled):
        if trig.event == "CONSULT" and trig.mode == "visit" and trig.verb is not None and (
                trig.tok.lemma_.lower() in _HOSTING) and actor and recipient:
            filled[n] = (trig, recipient, actor, status, date)


#: Meetings a third party can hold for others ("talks hosted by Oman", "a summit convened by
#: the African Union").
_MEETINGS = frozenset({"talk", "talks", "negotiation", "meeting", "summit", "contact",
                       "consultation", "round", "conference", "dialogue"})

#: Verbs by which a third party holds the meeting itself, not only brings a deal about.
_HOLDING = frozenset({"host", "convene", "chair", "mediate", "sponsor", "organise", "organize"})


def _held_meeting(tok: Token) -> bool:
    """Whether a mediation's noun tells a meeting held between the parties: "talks hosted by
    Oman", "UN-sponsored talks". A deal or truce brokered, or talks only "brokered" or "led",
    tell the mediator's part alone, and "indirect talks" no meeting of the parties."""
    if tok.lemma_.lower() not in _MEETINGS or any(
            c.lower_ in ("indirect", "separate", "proximity") for c in tok.children):
        return False
    return any(c.dep_ == "acl" and c.lemma_.lower() in _HOLDING and c.tag_ == "VBN"
               for c in tok.children) or any(
        c.dep_ in ("amod", "compound") and c.lower_.endswith(("-mediated", "-sponsored",
                                                              "-hosted", "-brokered"))
        for c in tok.children)


def mediated_meetings(filled: list) -> None:
    """A meeting a third party held between two parties is their meeting too (EVENTS.md:
    the mediator's CONSULT has the parties as recipients; the parties who met are the
    actors of a symmetric one): "agreed to a truce after talks in Doha mediated by Qatar",
    "at talks hosted by Abiy", "after Oman-mediated talks", "after hosting Hun Manet and
    Thailand's acting prime minister"."""
    met = [{e.code for e in actor} for trig, actor, recipient, _, _ in filled
           if trig.event == "CONSULT" and not recipient]
    for trig, actor, recipient, status, date in list(filled):
        parties = dedupe(recipient)
        codes = {e.code for e in parties}
        if trig.event != "CONSULT" or len(codes) < 2 or any(codes <= m for m in met):
            continue
        # (A host of two parties' leaders brought them together, as a mediator holding talks
        # does; a host of one visitor, or of two from one side, is only visited. Talks hosted,
        # "thanked Qatar for hosting the negotiations", are told by their own noun.)
        hosted = trig.verb is not None and trig.mode == "visit" and (
            trig.tok.lemma_.lower() == "host") and not codes & {e.code for e in actor} and any(
            c.dep_ == "dobj" and c.lemma_.lower() not in _MEETINGS for c in trig.tok.children)
        if not hosted and (trig.cameo != "045" or not _held_meeting(trig.tok)):
            continue
        # (The parties' meeting is as certain as its hosting: "perhaps hosted by Mexico".)
        held = Trigger(trig.tok, "CONSULT", None, "040", noun=trig.noun, verb=trig.verb)
        filled.append((held, parties, [], status, date))
        met.append(codes)


def mediators_signing(events: list[EventMention]) -> list[EventMention]:
    """A mediator who signs alone signs toward the parties it mediated between: "Carter, who
    brokered the agreement, signed as a witness", "Kenyatta, who mediated the talks, signed
    the deal" is an AGREE whose recipients are those of the mediator's own line in the
    sentence (inferred, not read), not an agreement with no one. (Run on the document's
    events, after the mediation's parties are known.)"""
    for ev in events:
        codes = {e.code for e in ev.actor}
        if ev.event != "AGREE" or ev.cameo != "057" or ev.recipient or len(codes) != 1:
            continue
        parties = next((o.recipient for o in events if o.event == "CONSULT" and o.recipient
                        and (o.start, o.end) == (ev.start, ev.end)
                        and {e.code for e in o.actor} == codes
                        and not codes & {e.code for e in o.recipient}), None)
        if parties:
            ev.recipient = inferred(dedupe(parties))
            ev.id = event_id(ev)
    return events


def visits_to_meet(filled: list) -> None:
    """"He flew to Benghazi to meet Haftar", "for talks with Haftar": a visit made to meet
    someone is the meeting; the one met, not the place, is the visit's recipient, and the
    purpose clause is no second meeting still to come. (The visit's own status stands: "will
    fly to Ankara to meet".)"""
    purposes: set[int] = set()
    for n, (trig, actor, _recipient, status, date) in enumerate(filled):
        if trig.event != "CONSULT" or trig.mode != "visit" or trig.verb is None:
            continue
        own = {e.code for e in actor}
        for m, (aim, aim_actor, aim_recipient, *_) in enumerate(filled):
            purpose = (aim.tok.head.i == trig.tok.i and aim.tok.dep_ in ("advcl", "xcomp")
                       and infinitive(aim.tok)) or (
                # "flew to Moscow for talks with Putin", "sent a delegation led by its
                # foreign minister ... for talks with Abiy" (the phrase may hang on the object)
                aim.noun is not None and aim.tok.dep_ == "pobj" and aim.tok.head.lower_ == "for"
                and any(t.i == trig.tok.i for t in (aim.tok.head.head,
                                                     *list(aim.tok.head.head.ancestors)[:2])))
            if m == n or aim.event != "CONSULT" or not purpose:
                continue
            met = dedupe([e for e in (*aim_actor, *aim_recipient) if e.code not in own])
            if met:
                filled[n] = (trig, actor, met, status, date)
                purposes.add(m)
    filled[:] = [f for m, f in enumerate(filled) if m not in purposes]


def results_joined(filled: list) -> None:
    """"Soldiers opened fire on the crowd, killing two people": a participle telling what
    an act did is the same act; its recipients are the act's when the act names none."""
    joined: set[int] = set()
    for n, (trig, actor, recipient, status, date) in enumerate(filled):
        if recipient:
            continue
        own = {e.code for e in actor}
        for m, (res, res_actor, res_recipient, res_status, _) in enumerate(filled):
            if m == n or res.event != trig.event or res.tok.head.i != trig.tok.i or (
                    res.tok.dep_ != "advcl" or res.tok.tag_ != "VBG") or not res_recipient or (
                    res_status != status or {e.code for e in res_actor} != own):
                continue
            filled[n] = (trig, actor, res_recipient, status, date)
            joined.add(m)
            break
    filled[:] = [f for m, f in enumerate(filled) if m not in joined]


def reciprocals(filled: list) -> None:
    """"Each side accused the other", "each country expelled the other's envoys": a
    reciprocal act of a pair is two acts, one each way, not one the pair did together."""
    out = []
    for trig, actor, recipient, status, date in filled:
        sides = list({e.code: e for e in actor}.values())
        if recipient or len(sides) != 2 or not _each_to_the_other(trig.tok):
            out.append((trig, actor, recipient, status, date))
            continue
        first, second = sides
        out += [(trig, [first], [second], status, date), (trig, [second], [first], status, date)]
    filled[:] = out


def _each_to_the_other(verb: Token) -> bool:
    """An "each ..." subject and "the other" as the object, the object's owner or a
    preposition's object."""
    each = any(c.dep_ in ("nsubj", "nsubjpass") and any(
        d.dep_ == "det" and d.lower_ == "each" for d in c.children) for c in verb.children)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in verb.children if c.dep_ == "prep" for g in c.children
                if g.dep_ == "pobj"]
    objects += [g for o in objects for g in o.children if g.dep_ == "poss"]
    return each and any(o.lower_ == "other" and any(d.lower_ == "the" for d in o.children)
                        for o in objects)


def penalties_decided(filled: list) -> None:
    """"EU leaders agreed to draw up sanctions against Turkish companies": a side agreeing
    with no one named to punish another threatens it now (CAMEO 13x); it is no agreement
    with anyone. (The penalty keeps its own line, still to come.)"""
    for n, (trig, actor, recipient, status, date) in enumerate(filled):
        if trig.event != "AGREE" or status != ASSERTED or trig.verb is None or (
                trig.tok.lemma_.lower() not in ("agree", "decide")):
            continue
        own = {e.code for e in actor}
        aimed = [e for act, _, act_recipient, act_status, _ in filled
                 if act.event in _PENALTIES and act_status == FUTURE and act.tok.dep_ == "xcomp"
                 and act.tok.head.i == trig.tok.i for e in act_recipient if e.code not in own]
        # (Its recipients, if any, are the punished, read from the act.)
        if aimed and {e.code for e in recipient} <= {e.code for e in aimed}:
            filled[n] = (Trigger.of(trig.tok, THREAT), actor, dedupe(aimed), status, date)


#: Acts that punish whom they are aimed at.
_PENALTIES = frozenset({"SANCTION", "COERCE", "ASSAULT"})

#: Verbs of giving leave to act.
_AUTHORISING = frozenset({"authorise", "authorize"})


def force_authorised(filled: list, parties: Callable[[Token], list[Entity]]) -> list:
    """"The Security Council authorised member states to use force if Iraq did not leave",
    "had authorised the CIA to carry out covert operations in Venezuela": leave given for
    force threatens its target now (CAMEO 13x), by whoever gave it, as the gold sets code
    it; the force keeps its own line, still to come."""
    out = []
    for act, _, act_recipient, act_status, date in filled:
        head = act.tok.head
        # (The parser may hang the infinitive after a time phrase as an adverbial clause:
        # "authorised member states on November 29 to use force".)
        if act.event not in ("ASSAULT", "COERCE") or act.tok.dep_ not in ("xcomp", "advcl") or (
                head.lemma_.lower() not in _AUTHORISING or act_status == ASSERTED):
            continue
        # ("imposed a no-fly zone and authorised member states to use force": the subject
        # of the verb it is joined to.)
        givers = [e for c in first_conjunct(head).children if c.dep_ == "nsubj"
                  for e in parties(c)]
        own = {e.code for e in givers}
        aimed = [e for e in act_recipient if e.code not in own]
        if givers and clause_status(head) == ASSERTED:
            out.append((Trigger.of(head, THREAT), dedupe(givers), dedupe(aimed), ASSERTED, date))
    return out


#: Words of travelling to a place: a visit to each state named.
TRIPS = frozenset({"visit", "travel", "tour", "trip", "fly", "journey"})


def visits_per_host(events: list[EventMention], trips: set[str]) -> list[EventMention]:
    """"has visited Saudi Arabia, the Emirates and Qatar", "travelled to Belgrade and
    Pristina": a trip to several states is one visit to each, each host its recipient (the
    events whose ids are in ``trips``; hosting several guests stays one event). Run after the
    document's inference, which counts a trip once."""
    out = []
    for ev in events:
        hosts = {e.code: e for e in ev.recipient if e.code}
        if ev.id not in trips or len(hosts) < 2:
            out.append(ev)
            continue
        for host in hosts.values():
            one = replace(ev, recipient=[host])
            one.id = event_id(one)
            out.append(one)
    return out


def forces_sent_to_help(filled: list) -> None:
    """"France sent jets and warships to back Athens", "flew in fighters to defend Tripoli":
    forces sent to shore up a party are military aid to it (CAMEO 074), not a show of force;
    whom they help is the purpose's object, else where they were sent."""
    for n, (trig, actor, recipient, status, date) in enumerate(filled):
        if trig.event != "MOBILIZE" or trig.verb is None:
            continue
        purposes = [c for c in trig.tok.children if c.dep_ in ("advcl", "xcomp")
                    and c.lemma_.lower() in _HELPING and infinitive(c)]
        if not purposes:
            continue
        own = {e.code for e in actor}
        helped = [e for aim, _, aim_recipient, *_ in filled if aim.tok in purposes
                  for e in aim_recipient if e.code not in own] or list(recipient)
        if helped:
            filled[n] = (Trigger.of(trig.tok, _MILITARY_AID), actor, dedupe(helped), status,
                         date)


#: Purposes of forces sent that shore up whom they name.
_HELPING = frozenset({"help", "support", "back", "defend", "protect", "bolster", "assist",
                      "shore", "prop", "reinforce"})
_MILITARY_AID = VerbEntry("send", (), "AID", "military", "074", ("none",))


def _first_person_subject(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children)


def _we_will(verb: Token) -> bool:
    """True when the verb's subject, or that of the verb it is joined to ("We do not seek
    war, but will defend ourselves"), is "I" or "we"."""
    if _first_person_subject(verb):
        return True
    return verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children) and (
        _first_person_subject(verb.head))


def _courtesy(tok: Token, status: str) -> bool:
    return status == HYPOTHETICAL and tok.lemma_.lower() in _COURTESIES and (
        tok.dep_ == "xcomp") and tok.head.lemma_.lower() in ("want", "wish", "like") and (
        _first_person_subject(tok.head))


def _performed(tok: Token, status: str) -> bool:
    head = tok.head
    if status != FUTURE or tok.dep_ != "ccomp" or head.lemma_.lower() not in (
            "announce", "declare", "proclaim"):
        return False
    present = head.tag_ == "VBP" or (head.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in ("am", "are", "'m", "'re") for c in head.children))
    return present and _first_person_subject(head)


def _own_claim(tok: Token, status: str, actor: list[Entity],
               speakers: Callable[[Token], list[Entity]]) -> bool:
    head = tok.head
    return status == HYPOTHETICAL and tok.dep_ == "ccomp" and bool(actor) and (
        head.lemma_.lower() in ("claim", "announce")) and (
        {e.code for e in actor} <= {e.code for e in speakers(head)})


#: Negated acts that are refusals told now, by (the act's types, its verbs, the refusal):
#: not accepting ("did not accept the proposal"), not yielding ("will not back down"), not
#: letting ("have still not let the inspectors into Douma").
_REFUSING = (
    (("AGREE", "CONCEDE"), _ACCEPTING, REFUSAL),
    (("CONCEDE",), _YIELDING, _NOT_YIELDING),
    (("CONCEDE",), _LETTING, _NOT_LETTING),
)


#: Verbs of recognising a state, a government or a ruling, and of apologising: said
#: not to be done, they are refusals of what was asked ("would not apologise").
_RECOGNISING = frozenset({"recognise", "recognize", "apologise", "apologize"})

#: Acts of joining what others made (signing, ratifying), which a party said it would not
#: do refuses, as recognition is ("has said he will not sign the agreement"); unlike help,
#: which not given is only not given. (Talks not attended are ``_NEGOTIATING``'s.)
_JOINING = {"AGREE": frozenset({"sign", "ratify"}), "SUPPORT": _RECOGNISING}


def _subject_codes(verb: Token, parties: Callable[[Token], list[Entity]],
                   deps: tuple[str, ...] = ("nsubj", "nsubjpass")) -> set[str]:
    """The codes of the parties the verb's own subject names ("Serbia said it would not sign
    the agreement": who refuses, or who announces, is who the subject is)."""
    return {e.code for c in verb.children if c.dep_ in deps for e in parties(c)}


def _refused_recognition(verb: Token, status: str) -> bool:
    """True for a recognition refused in the telling: "would not recognise", "will never
    recognise" (the model makes "would never" a guess, not a denial), said or stated by the
    teller, not only asked of someone."""
    never = any(c.lower_ == "never" for c in verb.children)
    if not (status == NEGATED or (status == HYPOTHETICAL and never)) or not foretold(verb):
        return False  # ("has never recognised Schmidt": a recognition that did not happen)
    clause = first_conjunct(verb)
    return clause.dep_ != "ccomp" or clause_status(clause.head) == ASSERTED


def _announced_by(verb: Token, actor: list[Entity],
                  parties: Callable[[Token], list[Entity]]) -> bool:
    """True when the clause of ``verb`` is reported ("said he will ...") by a speaker of
    the actor's own code."""
    clause = first_conjunct(verb)
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in ANNOUNCING:
        return False
    said = _subject_codes(clause.head, parties, ("nsubj",))
    return bool(said) and said <= {e.code for e in actor}


def refusals(filled: list, parties: Callable[[Token], list[Entity]]) -> None:
    """Turn a negated acceptance ("Serbia did not accept the proposal", "will never accept",
    "would not meet their demands") or yielding ("Taiwan will not back down") into the
    asserted refusal it is, a negotiation a party says it will not hold ("Doha would not
    negotiate") into its refusal of the others (``parties``: what a subject names), and
    a force not ruled out ("has not ruled out taking it by force") into the threat it is."""
    # (Not ruling out sending troops to an ally threatens no one: only force used on
    # someone counts.)
    forceful = {trig.tok.i for trig, *_ in filled if trig.event in ("ASSAULT", "COERCE",
                                                                      "SANCTION")}
    for n, (trig, actor, recipient, status, date) in enumerate(filled):
        lemma = trig.tok.lemma_.lower()
        refusal = next((entry for events, lemmas, entry in _REFUSING
                        if trig.event in events and lemma in lemmas), None)
        if status == NEGATED and trig.verb is not None and refusal is not None:
            filled[n] = (Trigger.of(trig.tok, refusal), actor, recipient, ASSERTED, date)
        elif status == NEGATED and trig.event == "REJECT" and lemma == "rule" and any(
                t.i in forceful or (t.lower_ == "force" and t.head.lower_ == "by")
                or _force_named(t) for t in trig.tok.subtree):
            # ("military force against Denmark": whom the force named is aimed at.)
            aimed = [e for t in trig.tok.subtree if _force_named(t) for p in t.children
                     if p.dep_ == "prep" and p.lower_ in ("against", "on")
                     for o in p.children if o.dep_ == "pobj" for e in parties(o)]
            filled[n] = (Trigger.of(trig.tok, THREAT), actor, recipient or dedupe(aimed),
                         ASSERTED, date)
        elif lemma in _JOINING.get(trig.event, ()) and trig.verb is not None and (
                _refused_recognition(trig.tok, status)):
            # "would not recognise the ruling", "will never recognise Kosovo", "would not
            # apologise": a refusal told now, where "did not recognise Guaido" tells a
            # recognition that did not happen.
            # (Not when the telling is itself only asked: "Abiy should say that Ethiopia
            # will not recognise Somaliland".) A two-sided act refused ("will not sign the
            # agreement" with Greece) is the refuser's, aimed at the others.
            refusers = _subject_codes(trig.tok, parties)
            own = [e for e in actor if e.code in refusers]
            others = [e for e in actor if e.code not in refusers]
            if own and others:
                actor, recipient = own, dedupe([*recipient, *others])
            filled[n] = (Trigger.of(trig.tok, REFUSAL), actor, recipient, ASSERTED, date)
        elif status == FUTURE and trig.event == "REJECT" and trig.verb is not None and (
                foretold(trig.tok)) and _announced_by(trig.tok, actor, parties):
            # "Kammenos has said he will vote against the agreement", "Serbia said it would
            # reject the plan": a refusal the refuser announces is told now.
            filled[n] = (trig, actor, recipient, ASSERTED, date)
        elif status == NEGATED and trig.event == "CONSULT" and lemma in _NEGOTIATING and (
                foretold(trig.tok)):
            # (Talks that did not take place are no refusal: "did not take part".)
            refusers = _subject_codes(trig.tok, parties, ("nsubj",))
            own = [e for e in actor if e.code in refusers]
            if own:
                others = dedupe([e for e in (*actor, *recipient) if e.code not in refusers])
                filled[n] = (Trigger.of(trig.tok, _NOT_MEETING), own, others, ASSERTED, date)


def _force_named(tok: Token) -> bool:
    """True for force named as a means ("military force", "the use of force", "military
    action", "economic pressure"), which not ruling out threatens."""
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and ((lemma == "force" and not any(
        c.dep_ in ("compound", "amod") and c.lower_ in ("security", "armed", "task")
        for c in tok.children)) or (lemma in ("action", "option", "pressure") and any(
            c.dep_ == "amod" and c.lower_ in ("military", "economic") for c in tok.children)))


def refusals_to_rule_out(filled: list) -> None:
    """"refused to rule out military force": the refusal is the threat not ruled out (see
    ``refusals``), no refusal of anyone's; drop it where the threat is coded."""
    threats = {trig.tok.i for trig, *_ in filled if trig.event == "THREATEN"
               and trig.tok.lemma_.lower() == "rule"}
    filled[:] = [f for f in filled if not (
        f[0].event == "REJECT" and f[0].verb is not None
        and any(c.dep_ == "xcomp" and c.i in threats for c in f[0].tok.children))]


#: Verbs of holding talks, whose refusal ahead of time is CAMEO 125.
_NEGOTIATING = frozenset({"negotiate", "talk", "attend", "participate"})
_NOT_MEETING = VerbEntry("refusal", (), "REJECT", "meet", "125", ("none",))


def _conditional(verb: Token, *marks: str) -> bool:
    """True when a clause carries an "unless ..." or "if ..." condition (or one of
    ``marks``)."""
    marks = marks or ("unless", "if")
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks
                                         for m in c.children) for c in verb.children)


def _intent_word(trig: Trigger, status: str, actor_codes: set[str],
                 parties: Callable[[Token], list[Entity]],
                 triggers: set[int]) -> tuple[Token, list[Entity]] | None:
    """The word by which the act of ``trig`` is a stated intent, with who holds the intent
    (empty: the act's own actor), or None when the act is no stated intent."""
    tok = trig.tok
    if trig.noun is not None and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and (
            tok.head.i not in triggers) and tok.head.lemma_.lower() in LIGHT_VERBS:
        # "want to open a discussion", "ready to hold talks": the verb carries the act.
        tok = tok.head
    direct = 0  # hops through verbs that only carry on the act ("would continue to target")
    for hop in range(4):
        dep, head = tok.dep_, tok.head
        if head.i == tok.i:
            return None
        if dep == "xcomp" and head.lemma_.lower() in CARRY_ON and head.i not in triggers:
            tok, direct = head, direct + 1
            continue
        if dep == "conj" and head.pos_ in ("VERB", "AUX"):
            # "said Cambodia had attacked and that Bangkok would defend its sovereignty",
            # "did not want conflict but would defend its borders": a clause joined to what
            # is said is said as directly.
            tok, direct = head, direct + 1
            continue
        taker = head.head if dep == "acl" and head.dep_ == "dobj" else head
        if dep in ("acl", "advcl") and taker.lemma_.lower() == "take" and taker.i not in triggers and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _STEPS for c in taker.children) and (
                infinitive(tok)):
            # "would take every step to isolate Pakistan": taking steps to act is the act.
            # ("would take further steps against it unless it halted its attacks": the
            # condition is no act intended.)
            tok, direct = taker, direct + 1
            continue
        if dep in ("pcomp", "pobj") and head.dep_ == "prep" and head.head.i != head.i:
            # "interest in joining", "committed to the talks": the act hangs on the
            # preposition.
            dep, head = ("acomp" if dep == "pobj" else dep), head.head
            if dep == "acomp" and head.lemma_.lower() not in _INTENT:
                return None
            if dep == "pcomp" and head.pos_ == "ADJ" and head.lemma_.lower() in _INTENT:
                # "was not interested in having the US join": the adjective's complement.
                dep = "acomp"
        if head.i in triggers:
            if ((dep == "advcl" and infinitive(tok))
                    or (dep == "xcomp" and head.lemma_ in ("help", "assist"))):
                # "willing to send troops to help defend X": the purpose shares the intent.
                tok = head
                continue
            return None  # the governing word is an event already ("agreed to withdraw")
        lemma = head.lemma_.lower()
        if head.pos_ == "NOUN":
            if dep not in ("acl", "pcomp", "relcl") or lemma not in _INTENT_NOUNS:
                return None
            # "Russia's readiness to talk": who owns it; "Chad expressed interest in Sudan
            # joining": who expresses it.
            holder = [e for c in head.children if c.dep_ == "poss" for e in parties(c)]
            if not holder and head.dep_ == "dobj":
                holder = _subject_parties(head.head, parties)
            return (head, holder) if holder else None
        if dep == "pcomp" and head.pos_ == "VERB":
            # "expressed interest in 1991 in Russia joining NATO": the phrase of the intent
            # noun, hung on the verb by the parser.
            noun = next((c for c in head.children if c.dep_ == "dobj"
                         and c.lemma_.lower() in _INTENT_NOUNS), None)
            if noun is not None:
                holder = _subject_parties(head, parties)
                return (noun, holder) if holder else None
        if dep == "advcl" and lemma in _INTENT and head.pos_ in ("VERB", "ADJ") and infinitive(tok):
            # "both sides had committed to continue the dialogue": the model may hang the
            # intended act on the intent word as a purpose clause.
            dep = "xcomp"
        if dep not in ("xcomp", "acomp", "ccomp", "oprd"):
            return None
        # ("interests which Russia wishes to negotiate": a relative pronoun is the object of
        # the act, not someone else wished to act.)
        if lemma in _OBJECT_INTENT and any(c.dep_ in ("dobj", "dative") and c.tag_ != "WDT"
                                           for c in head.children):
            return None
        # Only an act the speaker announces directly ("said it would send", "said it would
        # stand by Azerbaijan") counts; one it tells of further down ("said talks could
        # lead to a deal") is no commitment.
        announced = False
        if hop == direct and dep == "ccomp" and lemma in ANNOUNCING:
            own = {c.lower_ for c in tok.children if c.dep_ == "aux"}
            if status == FUTURE or own & _ABLE:
                announced = bool(actor_codes & {e.code for e in _subject_parties(head, parties)})
        if lemma in _OWN_ACT_INTENT and (dep != "xcomp" or not any(
                c.dep_ == "nsubj" for c in head.children)):
            # "is expected to free the hostages", "war games expected to be joined by Italy":
            # the writer's expectation, no one's intent.
            return None
        if lemma in _INTENT or lemma in AVERSE or announced:
            verb = head if head.pos_ in ("VERB", "AUX") else head.head
            holder = _subject_parties(verb, parties)
            if not holder and any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON
                                  for c in verb.children):
                # "I want to see talks between X and Y": a holder no party resolves to (the
                # writer) is not the act's parties.
                return None
            return head, holder
        tok = head
    return None


def _subject_parties(verb: Token, parties: Callable[[Token], list[Entity]]) -> list[Entity]:
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects or verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
            return [e for c in subjects for e in parties(c)]
        verb = verb.head  # "India accused Pakistan ... and said it would": India said it
    return []


def intents(filled: list, parties: Callable[[Token], list[Entity]],
            stated_date: Callable[[Token, Token], tuple] | None = None) -> list:
    """Stated intents as events of their own (see ``_INTENT``).

    Three forms: an intent word governs the act ("ready to send troops", "wish to
    negotiate"); an intent noun does ("expressed interest in joining NATO"); or the actor
    itself announces its own act ("Pakistan said it would boycott the talks": a THREATEN now;
    "Finland said it will give Tanzania a grant": an AGREE now).

    The holder of the intent is its actor; when the act is symmetric ("wish to negotiate
    with the United States") or someone else's ("interest in Sudan joining"), the act's
    other parties are its recipients.

    Args:
        filled: The sentence's events as (trigger, actor, recipient, status, date).
        parties: The actors a noun phrase names (``SentenceRoles.np`` without a date).
        stated_date: The date of the intent word given the act (the day it was stated, not
            the act's date); without it, the act's date.
    """
    triggers = {trig.tok.i for trig, *_ in filled}
    out = []
    for trig, actor, recipient, status, date in filled:
        if status not in (HYPOTHETICAL, FUTURE):
            continue
        kind = (_INTENT_AGREE if trig.event in _COOPERATIVE
                else THREAT if trig.event in FORCEFUL else None)
        if kind is None:
            continue
        if trig.tok.lemma_.lower() in _COURTESIES:
            # "I want to thank Iran": a courtesy paid as it is spoken, no intent of a deed.
            continue
        found = _intent_word(trig, status, {e.code for e in actor}, parties, triggers)
        in_person = found is None and status == FUTURE and bool(actor) and _we_will(trig.tok)
        if in_person:
            # '"We ... will defend ourselves against any aggression," he wrote': a party
            # saying in the first person what it will do announces it, now.
            found = (trig.tok, [])
        if found is None:
            continue
        word, holder = found
        held = {e.code for e in holder}
        if held:
            own = [e for e in actor if e.code in held] or dedupe(holder)
            others = dedupe([e for e in [*actor, *recipient] if e.code not in held])
        else:
            own, others = list(actor), list(recipient)
        if not own:
            continue
        if _conditional(trig.tok, "unless") or (kind is THREAT and _conditional(trig.tok)):
            # "will withdraw its force unless the president arranges a ceasefire": an intent
            # with a condition attached is a threat (CAMEO 13x). A benefit offered on a
            # condition ("would return to the talks if the sanctions were lifted") is still
            # an offer.
            kind = THREAT
        held_status = ASSERTED if in_person else clause_status(word)
        if held_status == NEGATED and word.lemma_.lower() in _SAYING:
            # "The Kremlin has not said whether Putin will agree": what no one said is no
            # intent stated, nor one refused.
            continue
        if kind is _INTENT_AGREE and (held_status == NEGATED or word.lemma_.lower() in AVERSE):
            # "not ready to sign", "unwilling to negotiate": a refusal, told now.
            kind, held_status = REFUSAL, ASSERTED
        if stated_date is not None:
            date = stated_date(word, trig.tok)
        out.append((Trigger.of(word, kind), own, others, held_status, date))
    return _one_per_word(out)


#: Verbs of saying: not saying what one will do states no intent.
_SAYING = frozenset({"say", "state", "announce", "declare", "confirm", "indicate", "tell",
                     "reveal", "specify", "disclose"})


def _one_per_word(found: list) -> list:
    """One stated intent per intent word: "willing to send troops to help defend Saudi
    Arabia" is one offer of help (AGREE), whose counterparts are all the acts' recipients;
    a cooperative act under the word outweighs a forceful one."""
    by_word: dict[int, list] = {}
    for item in found:
        by_word.setdefault(item[0].tok.i, []).append(item)
    out = []
    for items in by_word.values():
        agree = [it for it in items if it[0].event in ("AGREE", "REJECT")]
        keep = agree or items
        trig, own, _, status, date = keep[0]
        others = dedupe([e for it in keep for e in it[2]])
        out.append((trig, own, others, status, date))
    return out


def event_id(ev: EventMention) -> str:
    """Stable id: the same document, sentence, trigger, type and parties give the same id."""
    key = "|".join([ev.doc_id, str(ev.start), str(ev.end), ev.event, str(ev.trigger_start),
                    ",".join(e.code for e in ev.actor), ",".join(e.code for e in ev.recipient)])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def leaves_pact(event: str, mode: str | None) -> bool:
    """True for leaving a treaty, deal or body (SANCTION withdraw): an act apart from any
    sanctions of the same parties told beside it."""
    return event == "SANCTION" and mode == "withdraw"


def drop_nominal_echoes(events: list[EventMention],
                        distinct: frozenset[int] = frozenset()) -> list[EventMention]:
    """An event that repeats an earlier one of the same sentence ("imposed sanctions on",
    "launched strikes, killing ...") is one event told once: keep the first.

    Args:
        events: The sentence's events.
        distinct: Trigger offsets of acts told in their own right though they repeat the
            type and parties of an earlier one ("expelled the ambassador and ordered the
            troops to leave": two verbs joined, two acts).
    """
    out = []
    for ev in events:
        twin = ev.trigger_start not in distinct and any(o is not ev and o.event == ev.event and o.start == ev.start
                   and o.trigger_start != ev.trigger_start and o.status == ev.status
                   # (Leaving a pact is no twin of the sanctions told beside it.)
                   and leaves_pact(o.event, o.mode) == leaves_pact(ev.event, ev.mode)
                   and {e.code for e in o.actor} >= {e.code for e in ev.actor}
                   and {e.code for e in o.recipient} >= {e.code for e in ev.recipient}
                   and o.trigger_start < ev.trigger_start
                   for o in events)
        if not twin:
            out.append(ev)
    return out


__all__ = [
    "ABOUT_ACTS",
    "ANNOUNCING",
    "AVERSE",
    "CARRY_ON",
    "CIVIC_SECTORS",
    "FORCEFUL",
    "MEDIATION",
    "REFUSAL",
    "STANCE_ADJECTIVES",
    "THREAT",
    "TRIPS",
    "complement_recipients",
    "document_dyad",
    "drop_nominal_echoes",
    "event_id",
    "fill_from_dyad",
    "force_authorised",
    "forces_sent_to_help",
    "hosts_to_visitors",
    "intents",
    "leaves_pact",
    "mediators_signing",
    "penalties_decided",
    "refusals",
    "results_joined",
    "said_as_done",
    "visits_per_host",
    "visits_to_meet",
]
