"""What the coder carries from sentence to sentence (``DocState``) and what a trigger is."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from parley.events import attribution as attr
from parley.events.dates import DateResolver
from parley.events.lexicon import NounEntry, VerbEntry
from parley.records import Entity


@dataclass(slots=True)
class DocState:
    """What the coder remembers across the sentences of one document."""

    published: str | None
    dates: DateResolver
    last_person: Entity | None = None
    #: The person the last sentence that named one was about (its main clause's subject),
    #: for "he"/"she" as the next subject.
    last_subject: Entity | None = None
    #: People named so far, latest last, each once (by their words): "both men".
    persons: list[Entity] = field(default_factory=list)
    #: People named so far, with their office on the day: "the president" refers back.
    people: list[tuple[int, str, Entity]] = field(default_factory=list)
    #: How many sentences have been coded so far (the number of the one being coded).
    sentence: int = 0
    last_pair: list[Entity] = field(default_factory=list)
    #: The last two parties acting together, for "both countries", "the two leaders" (a
    #: meeting of two leaders with a mediator is no pair).
    last_two: list[Entity] = field(default_factory=list)
    #: The last mediators named (actors of a mediation), for "the mediators".
    last_mediators: list[Entity] = field(default_factory=list)
    last_actor: list[Entity] = field(default_factory=list)
    #: Parties told of together, three or more ("Saudi Arabia, the UAE, Bahrain and Egypt
    #: cut ties"), in text order, for "the four governments" later.
    groups: list[list[Entity]] = field(default_factory=list)
    #: Whose junta or regime the text has named ("Myanmar's junta"), for "the junta" later.
    rulers: dict[str, Entity] = field(default_factory=dict)
    #: The army men the text told taking power with no state named ("soldiers toppled the
    #: president"), for "the junta" and "the officers" later.
    usurpers: Entity | None = None
    last_group: list[Entity] = field(default_factory=list)
    #: The armed groups (REB) named so far, by code, for "the rebels" later, and how often
    #: each was named.
    rebels: dict[str, Entity] = field(default_factory=dict)
    rebel_counts: dict[str, int] = field(default_factory=dict)
    symmetric: set[str] = field(default_factory=set)
    #: Visits made by travelling (by event id), for one visit per state visited.
    trips: set[str] = field(default_factory=set)
    #: Parties named in each event's sentence but not among its actors (by event id).
    named: dict[str, list[Entity]] = field(default_factory=dict)
    told: dict[tuple[str, tuple[str, ...], tuple[str, ...]], tuple[str, str]] = field(default_factory=dict)
    #: Where each asserted act was last told with a date of its own, by (type, actor codes,
    #: recipient codes): date, precision, and the number of the (parsed) sentence and of the
    #: paragraph it was told in, for the same act told again next.
    last_told: dict[tuple, tuple[str, str, int, int]] = field(default_factory=dict)
    #: The last dated telling of each event type, for acts used as time landmarks.
    told_by_type: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: Every dated telling in text order: (type, actor codes, date, precision).
    tellings: list[tuple[str, frozenset[str], str, str]] = field(default_factory=list)
    #: The actors of the last asserted event of each type ("condemned the strikes": whose).
    last_by_type: dict[str, list[Entity]] = field(default_factory=dict)
    #: The actors of the last asserted act told by each verb ("struck", "called on"):
    #: "condemned the strike" is about that striking, "welcomed the call" about that call,
    #: whatever was told of the same type in between.
    last_by_word: dict[str, list[Entity]] = field(default_factory=dict)
    #: The last asserted deed told (type, mode, cameo, recipients), for "X followed suit".
    last_act: tuple[str, str | None, str | None, list[Entity]] | None = None
    #: The last asserted act of each type told (whether all its parties are actors,
    #: actors, recipients, date, precision, and the number of the sentence), for "The deal
    #: came after ...", "The strikes followed ..." next.
    last_of_type: dict[str, tuple[bool, list[Entity], list[Entity], str | None, str | None,
                                  int]] = field(default_factory=dict)
    #: Who did the last asserted deed told, for "condemned it".
    last_doer: list[Entity] = field(default_factory=list)
    #: Whom each party's last asserted act of each type was aimed at, by (type, actor code):
    #: "ECOWAS lifted its sanctions" undoes the sanctions it imposed on Mali.
    aimed: dict[tuple[str, str], list[Entity]] = field(default_factory=dict)
    #: Bodies by the noun that ends their name ("the Security Council" -> "council"), for
    #: "the council" later.
    institutions: dict[str, Entity] = field(default_factory=dict)
    #: People the dictionaries do not know, learnt from how the text introduces them.
    aliases: dict[str, Entity] = field(default_factory=dict)
    #: How often each party has been an event's actor or recipient so far.
    party_counts: dict[str, int] = field(default_factory=dict)
    #: How often each pair of parties has been told fighting (asserted ASSAULTs), for "both
    #: sides" of the war.
    fought: dict[frozenset[str], int] = field(default_factory=dict)
    #: The entity last seen for each code, to stand for it in ``top_pair``.
    party_entities: dict[str, Entity] = field(default_factory=dict)
    paragraph: int = -1
    paragraph_attribution: attr.Attribution | None = None
    #: The page's whole text, read only to settle what a bare name means there.
    text: str = ""
    #: Who adopted or issued the texts told acting so far, by the text's noun ("Resolution
    #: 1975, passed by the Security Council, imposed sanctions ... The resolution also called
    #: on Gbagbo to step aside").
    documents: dict[str, list[Entity]] = field(default_factory=dict)
    #: Who last proposed, offered or called for each thing, by its noun ("called for an
    #: immediate ceasefire", "the Soviet plan"): "Jordan accepted the ceasefire" answers them.
    proposals: dict[str, list[Entity]] = field(default_factory=dict)
    #: The noun of the last thing proposed and the number of its sentence, for "accepted it".
    last_proposal: tuple[str, int] | None = None
    #: The actors (code and canonical name) the page names in words other than a short
    #: name, settled on first use (what "Congo", "Macedonia" or "the Tigers" mean there).
    named_otherwise: set[tuple[str, str]] | None = None

    def count_parties(self, entities: list[Entity]) -> None:
        """Count the states and armed groups of an event (not bodies, media or the West)."""
        for e in {e.code: e for e in entities if e.code}.values():
            if e.sector in ("IGO", "NGO", "MED", "BUS") or e.code == "WST":
                continue
            self.party_counts[e.code] = self.party_counts.get(e.code, 0) + 1
            self.party_entities[e.code] = e

    def count_fight(self, actor: list[Entity], recipient: list[Entity]) -> None:
        """Count the pairs an asserted attack or fight sets against each other."""
        codes = {e.code for e in actor if e.code}
        targets = {e.code for e in recipient if e.code} if recipient else codes
        for a in codes:
            for b in targets - {a}:
                pair = frozenset((a, b))
                self.fought[pair] = self.fought.get(pair, 0) + 1

    def warring_pair(self) -> list[Entity]:
        """The two parties told fighting each other most (at least twice, and more than any
        other pair), as inferred entities; empty when there is none."""
        ranked = sorted(self.fought.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return []
        # (In the order of ``top_pair``: most named first, then first named.)
        rank = {code: i for i, (code, _) in enumerate(self._ranked())}
        pair = sorted(ranked[0][0], key=lambda code: rank.get(code, len(rank)))
        return [self._inferred(code) for code in pair if code in self.party_entities]

    def _ranked(self) -> list[tuple[str, int]]:
        """The parties named so far, with their counts: most first, then first named."""
        return sorted(self.party_counts.items(), key=lambda kv: -kv[1])

    def main_rebels(self) -> Entity | None:
        """The armed group "the rebels" are: the one the text named, or the one it named at
        least twice as often as any other (a report on the MILF that names the MNLF once)."""
        ranked = sorted(self.rebel_counts.items(), key=lambda kv: -kv[1])
        if not ranked or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
            return None
        return self.rebels[ranked[0][0]]

    def only_state(self, states: frozenset[str] | set[str]) -> str | None:
        """The one state named at least twice so far, or None where none or several are."""
        named = [code for code, n in self._ranked() if code in states and n >= 2]
        return named[0] if len(named) == 1 else None

    def top_state(self, states: frozenset[str] | set[str]) -> str | None:
        """The state named most so far (at least twice), or None."""
        return next((code for code, n in self._ranked() if code in states and n >= 2), None)

    def rebels_foe(self, states: frozenset[str] | set[str]) -> str | None:
        """The state a text about an armed group is set against: where the party named most
        is an armed group (sector REB) and the one named next a state named more than any
        other state (not a mediator named as often), that state."""
        ranked = self._ranked()
        if len(ranked) < 2 or ranked[0][0] in states or ranked[1][0] not in states or (
                self.party_entities[ranked[0][0]].sector != "REB"):
            return None
        rivals = [n for code, n in ranked[2:] if code in states]
        return ranked[1][0] if not rivals or rivals[0] < ranked[1][1] else None

    def _most_named(self) -> list[tuple[str, int]]:
        """The two parties named most so far, with their counts, most first."""
        return self._ranked()[:2]

    def _inferred(self, code: str) -> Entity:
        """A counted party as an inferred entity (no text, no offsets)."""
        return Entity(code, self.party_entities[code].sector, "", None, -1, -1)

    def home(self) -> Entity | None:
        """The one party the text has been about (named at least twice, and at least twice
        as often as any other), as an inferred entity, or None."""
        ranked = self._most_named()
        if not ranked or ranked[0][1] < 2 or (len(ranked) == 2 and ranked[0][1] < 2 * ranked[1][1]):
            return None
        return self._inferred(ranked[0][0])

    def top_pair(self) -> list[Entity]:
        """The two parties named most so far (each at least twice), as inferred entities."""
        ranked = self._most_named()
        if len(ranked) < 2 or ranked[1][1] < 2:
            return []
        return [self._inferred(code) for code, _ in ranked]


@dataclass(slots=True)
class Trigger:
    tok: Token
    event: str
    mode: str | None
    cameo: str | None
    verb: VerbEntry | None = None
    noun: NounEntry | None = None

    @classmethod
    def of(cls, tok: Token, entry: VerbEntry | NounEntry) -> Trigger:
        """The trigger ``tok`` makes with a lexicon entry (or a rule's own entry)."""
        if isinstance(entry, NounEntry):
            return cls(tok, entry.event, entry.mode, entry.cameo, noun=entry)
        return cls(tok, entry.event, entry.mode, entry.cameo, verb=entry)


__all__ = ["DocState", "Trigger"]
