"""Inference over the events of a sentence or a document: recipients of acts about other
acts, stated intents, the document's two parties, stable ids."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from spacy.tokens import Token

from parley.events.lexicon import VerbEntry
from parley.events.state import Trigger
from parley.events.status import (
    FUTURE,
    HYPOTHETICAL,
    clause_status,
)
from parley.events.syntax import dedupe
from parley.records import Entity, EventMention

#: Verbal acts about another act: a request, refusal or offer is aimed at the parties of the
#: act it is about ("called for talks between the two sides" -> recipient both sides).
ABOUT_ACTS = frozenset({"REQUEST", "REJECT", "AGREE", "SUPPORT", "ACCUSE", "THREATEN",
                         "CONCEDE"})


#: Sectors of citizens and civil society (as opposed to states and armed groups).
CIVIC_SECTORS = frozenset({"CVL", "OPP", "LAB", "EDU", "REL", "REF"})


def complement_recipients(filled: list) -> None:
    """Give verbal acts with no recipient the parties of the act they are about."""
    by_token = {trig.tok.i: (actor, recipient) for trig, actor, recipient, _, _ in filled}
    for n, (trig, actor, recipient, status, date) in enumerate(filled):
        if recipient or trig.event not in ABOUT_ACTS:
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
            # Citizens may act on their own government ("protesters demanding the
            # resignation of the prime minister"); states do not act on themselves.
            civic = all(a.sector in CIVIC_SECTORS for a in actor)
            found.extend(e for e in [*other_actor, *other_recipient]
                         if e.code not in own or (civic and e.sector == "GOV"))
        if found:
            filled[n] = (trig, actor, dedupe(found), status, date)


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


#: What a third party typically does to (or for) both parties of a two-party story.
_THIRD_PARTY_ACTS = frozenset({"CONSULT", "REQUEST", "ACCUSE", "SUPPORT", "SANCTION",
                               "THREATEN", "AID"})


_FORCE_ACTS = frozenset({"ASSAULT", "COERCE"})


def fill_from_dyad(events: list[EventMention], symmetric: set[str],
                    named: dict[str, list[Entity]] | None = None) -> list[EventMention]:
    """Complete one-sided events with the document's other party, as an annotator reading
    the whole article does ("Armenia declared a mobilisation" in a report on the Armenian-
    Azerbaijani war is aimed at Azerbaijan). The added entity has no text and offsets -1,
    so it is visible as inferred, not read."""
    named = named or {}
    dyad = document_dyad(events)
    for ev in events:
        others = named.get(ev.id, [])
        if (not ev.recipient and ev.id not in symmetric and ev.event in ABOUT_ACTS
                and len({e.code for e in others}) == 1):
            # The sentence names exactly one other party: the act is most likely aimed at it
            # ("the Russian demands ... demilitarisation of Ukraine").
            ev.recipient = [Entity(others[0].code, others[0].sector, "", others[0].wikidata,
                                   -1, -1)]
            ev.id = event_id(ev)
    if dyad is None:
        return events
    for ev in events:
        codes = {e.code for e in ev.actor}
        if not ev.recipient and codes and not codes & set(dyad) and ev.id not in symmetric | {""} and (
                ev.event in _THIRD_PARTY_ACTS):
            # A third party's act in a two-party story is aimed at the parties: a mediator
            # mediates between them, an outsider's sanctions or appeals concern them.
            ev.recipient = [Entity(code, "", "", None, -1, -1) for code in dyad]
            ev.id = event_id(ev)
            continue
        if ev.recipient or len(codes & set(dyad)) != 1 or not codes <= set(dyad) | {""}:
            continue
        if ev.event in _FORCE_ACTS and any(e.code not in dyad for e in named.get(ev.id, [])):
            # "as the U.S. did in Iraq when it targeted civilians": force used in a sentence
            # that names a party outside the story's two is not aimed at the other one.
            continue
        other = dyad[1] if dyad[0] in codes else dyad[0]
        implicit = Entity(other, "", "", None, -1, -1)
        if ev.id in symmetric:
            if ev.event in ("CONSULT", "AGREE", "COOPERATE", "ASSAULT", "REJECT"):
                ev.actor = [*ev.actor, implicit]
        else:
            ev.recipient = [implicit]
        ev.id = event_id(ev)
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


def _conditional(verb: Token) -> bool:
    """True when a clause carries an "unless ..." or "if ..." condition."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("unless", "if")
                                         for m in c.children) for c in verb.children)


def intents(filled: list, speakers: Callable[[Token], set[str]]) -> list:
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
        for hop in range(2):
            if tok.dep_ not in ("xcomp", "acomp", "ccomp") or tok.head.i == tok.i:
                break
            dep, tok = tok.dep_, tok.head
            if tok.i in triggers:
                break  # the governing verb is an event already ("agreed to withdraw")
            # Announcing a verbal act ("said it would stand by Azerbaijan") is that act
            # already, not an intent to it: only material acts are announced intents.
            # Only an act the speaker announces directly ("said it would send"), not one it
            # said it planned: a plan told is not yet a commitment.
            announced = (hop == 0 and status == FUTURE and dep == "ccomp"
                         and tok.lemma_ in _ANNOUNCING
                         and trig.event not in ("SUPPORT", "CONSULT")
                         and {e.code for e in actor} & speakers(tok))
            if tok.lemma_.lower() in _INTENT or announced:
                if _conditional(trig.tok):
                    # "will withdraw its force unless the president arranges a ceasefire":
                    # an intent with a condition attached is a threat (CAMEO 13x).
                    kind = _INTENT_THREATEN
                intent = Trigger(tok, kind.event, None, kind.cameo, verb=kind)
                out.append((intent, actor, recipient, clause_status(tok), date))
                break
    return out


def event_id(ev: EventMention) -> str:
    """Stable id: the same document, sentence, trigger, type and parties give the same id."""
    key = "|".join([ev.doc_id, str(ev.start), str(ev.end), ev.event, str(ev.trigger_start),
                    ",".join(e.code for e in ev.actor), ",".join(e.code for e in ev.recipient)])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def drop_nominal_echoes(events: list[EventMention]) -> list[EventMention]:
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


__all__ = ["ABOUT_ACTS", "CIVIC_SECTORS", "complement_recipients", "document_dyad",
           "drop_nominal_echoes", "event_id", "fill_from_dyad", "intents"]
