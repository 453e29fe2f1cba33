"""The event lexicon: verbs and nouns that express PLOVER events, and the code tables.

Loaded from ``data/`` (``verbs.tsv``, ``nouns.tsv``, ``plover.tsv``, ``cameo.tsv``,
``statuswords.tsv``). The coder asks three things of it: which entries a token can trigger,
what PLOVER/CAMEO codes and scores a type carries, and which lower-case word forms can
express any event at all (the cheap filter that decides which sentences are worth parsing).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from parley.errors import DictionaryError
from parley.events.tables import data_path, read_tsv

if TYPE_CHECKING:
    from spacy.tokens import Token

EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


@dataclass(slots=True, frozen=True)
class VerbEntry:
    """A verb pattern: the lemma plus words that must be its direct dependents."""

    lemma: str
    extra: tuple[str, ...]
    event: str
    mode: str | None
    cameo: str | None
    roles: tuple[str, ...]

    @property
    def symmetric(self) -> bool:
        """True when all participants are actors (meet, agree, clash)."""
        return self.roles == ("sym",)


@dataclass(slots=True, frozen=True)
class NounEntry:
    """A nominal event: the head noun, an optional modifier word, and its role sources."""

    lemma: str
    modifier: str | None
    event: str
    mode: str | None
    cameo: str | None
    actor_roles: tuple[str, ...]
    recipient_roles: tuple[str, ...]
    symmetric: bool
    both: bool = False


@dataclass(slots=True, frozen=True)
class TypeInfo:
    """PLOVER type: its quad class, default CAMEO code and intensity score."""

    event: str
    quad: str
    cameo: str
    score: float


def _opt(value: str) -> str | None:
    return value or None


#: The event of a nouns.tsv row naming a phrase that is no act though its head is one ("the
#: Cold War" is an era): the row wins over the bare head, and nothing is coded.
NOT_AN_EVENT = "-"


def _check_type(event: str, where: str) -> str:
    if event not in EVENT_TYPES:
        raise DictionaryError(f"{where}: unknown PLOVER type {event!r}")
    return event


def _roles(value: str) -> tuple[str, ...]:
    return tuple(r.strip() for r in value.split(",") if r.strip()) or ("dobj",)


def _noun_roles(value: str) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    """Parse ``actor=...;recipient=...`` (or ``sym``); a trailing ``;both`` (too common a
    word to code on one side alone, e.g. "war") is read by the caller."""
    value = value.strip().removesuffix(";both")
    if value == "sym" or value.startswith("sym"):
        return (), (), True
    actor: tuple[str, ...] = ()
    recipient: tuple[str, ...] = ()
    for chunk in value.split(";"):
        key, _, sources = chunk.partition("=")
        parts = tuple(s.strip() for s in sources.split(",") if s.strip())
        if key.strip() == "actor":
            actor = parts
        elif key.strip() == "recipient":
            recipient = parts
    return actor or ("poss", "amod", "compound", "by"), recipient or ("of",), False


# Regular English inflection is enough for the pre-parse filter: a form it misses only means
# a sentence is parsed that need not be, never that an event is lost (irregular forms come
# from the model's own exception table).
def plurals(noun: str) -> set[str]:
    """A noun and its regular plurals ("troop", "troops"; "authority", "authorities")."""
    forms = {noun, noun + "s", noun + "es"}
    if _consonant_y(noun):
        forms.add(noun[:-1] + "ies")
    return forms


def _consonant_y(word: str) -> bool:
    return word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou"


def _inflections(lemma: str) -> set[str]:
    forms = plurals(lemma) | {lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms |= {lemma[:-1] + "ing", lemma[:-1] + "ed"}
    if _consonant_y(lemma):
        forms.add(lemma[:-1] + "ied")
    if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", lemma):
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


#: Words that are no trigger of their own but that the coder's rules read, so a sentence with
#: one is worth parsing: "wanted Biden at the table" asks something of Biden.
CUE_LEMMAS = frozenset({"want", "wish", "receive", "obtain", "acceptable", "unacceptable",
                        "intolerable", "inadmissible", "follow", "option", "measure",
                        "disappoint", "disappointed", "dismayed", "appalled", "outraged",
                        "regret",
                        # (Ground held by force, "controls much of North Kivu": coder._ground_held.)
                        "control", "run", "man"})


#: Heads that say nothing by themselves, so their modifier is the label.
_GENERIC_HEADS = frozenset({"organisation", "organization", "group", "state", "regime", "act",
                            "entity", "network", "movement", "government", "leader", "nation"})


class Lexicon:
    """Verb and noun event patterns and the PLOVER/CAMEO tables.

    Args:
        exceptions: Irregular forms as ``{form: lemma}`` (from the model's lemmatizer), used
            to widen the pre-parse filter.
    """

    def __init__(self, exceptions: dict[str, str] | None = None) -> None:
        self.types: dict[str, TypeInfo] = {}
        for n, row in read_tsv(data_path("plover.tsv"), ("event", "quad", "cameo", "score")):
            event = _check_type(row["event"], f"plover.tsv:{n}")
            self.types[event] = TypeInfo(event, row["quad"], row["cameo"], float(row["score"] or 0))
        self.cameo: dict[str, tuple[str, str | None, str | None, float | None]] = {}
        for _, row in read_tsv(data_path("cameo.tsv"), ("cameo", "name", "event", "mode", "score")):
            score = float(row["score"]) if row["score"] else None
            self.cameo[row["cameo"]] = (row["name"], _opt(row["event"]), _opt(row["mode"]), score)
        self.verbs: dict[str, list[VerbEntry]] = defaultdict(list)
        seen: dict[tuple[str, ...], int] = {}
        for n, row in read_tsv(data_path("verbs.tsv"), ("pattern", "event", "roles")):
            words = row["pattern"].lower().split()
            if not words:
                raise DictionaryError(f"verbs.tsv:{n}: empty pattern")
            # Patterns of one length are tried in file order, so a second row with the same
            # words (in any order) could never win: it is an error, not a silent dead row.
            key = (words[0], *sorted(words[1:]))
            if key in seen:
                raise DictionaryError(
                    f"verbs.tsv:{n}: pattern {row['pattern']!r} repeats line {seen[key]}")
            seen[key] = n
            self.verbs[words[0]].append(VerbEntry(
                words[0], tuple(words[1:]),
                row["event"] if row["event"] == NOT_AN_EVENT else
                _check_type(row["event"], f"verbs.tsv:{n}"),
                _opt(row.get("mode", "")), _opt(row.get("cameo", "")), _roles(row["roles"])))
        self.nouns: dict[str, list[NounEntry]] = defaultdict(list)
        for n, row in read_tsv(data_path("nouns.tsv"), ("lemma", "event", "roles")):
            words = row["lemma"].lower().split()
            if not words:
                raise DictionaryError(f"nouns.tsv:{n}: empty lemma")
            actor, recipient, sym = _noun_roles(row["roles"])
            self.nouns[words[-1]].append(NounEntry(
                words[-1], words[0] if len(words) > 1 else None,
                row["event"] if row["event"] == NOT_AN_EVENT else
                _check_type(row["event"], f"nouns.tsv:{n}"), _opt(row.get("mode", "")),
                _opt(row.get("cameo", "")), actor, recipient, sym,
                row["roles"].strip().endswith(";both")))
        # Longest pattern first: "hold talks" beats "hold", "military aid" beats "aid".
        for entries in self.verbs.values():
            entries.sort(key=lambda e: -len(e.extra))
        for entries in self.nouns.values():
            entries.sort(key=lambda e: e.modifier is None)
        self.status_words: dict[str, set[str]] = defaultdict(set)
        for _, row in read_tsv(data_path("statuswords.tsv"), ("word", "kind")):
            self.status_words[row["kind"]].add(row["word"].lower())
        #: Accusing labels by their words (modifiers then head): ("war", "criminal") -> 1123.
        self.labels: dict[tuple[str, ...], str] = {}
        for _, row in read_tsv(data_path("labels.tsv"), ("label", "cameo")):
            self.labels[tuple(row["label"].lower().split())] = row["cameo"]
        self.trigger_forms = self._forms(exceptions or {})

    def _forms(self, exceptions: dict[str, str]) -> frozenset[str]:
        lemmas = set(self.verbs) | set(self.nouns) | CUE_LEMMAS | {w[-1] for w in self.labels}
        forms: set[str] = set()
        for lemma in lemmas:
            forms |= _inflections(lemma)
        forms |= {form for form, lemma in exceptions.items() if lemma in lemmas}
        return frozenset(forms)

    def label(self, noun: Token) -> str | None:
        """The CAMEO code of the accusing label a noun is ("a war criminal", "terrorists"),
        or None. A label of several words is matched with the noun's modifiers first."""
        head = noun.lemma_.lower()
        mods = [c.lemma_.lower() for c in noun.children
                if c.dep_ in ("compound", "amod") and c.i < noun.i]
        if mods and (found := self.labels.get((*mods[-1:], head))):
            return found
        for prep in ("against", "of"):
            # "crimes against humanity", "an act of war"
            of = [g.lemma_.lower() for c in noun.children if c.dep_ == "prep" and c.lower_ == prep
                  for g in c.children if g.dep_ == "pobj"]
            if of and (found := self.labels.get((head, prep, *of))):
                return found
        if mods and head in _GENERIC_HEADS and (found := self.labels.get((mods[-1],))):
            return found  # "a terrorist organisation", "a rogue state"
        # ("called the attack unprovoked": the parser may take the adjective for a
        # participle, lemma "unprovoke"; the word itself is the label.)
        return self.labels.get((head,)) or self.labels.get((noun.lower_,))

    def verb_entries(self, lemma: str) -> list[VerbEntry]:
        """Verb patterns whose first word is ``lemma`` (longest first)."""
        return self.verbs.get(lemma, [])

    def noun_entries(self, lemma: str) -> list[NounEntry]:
        """Noun patterns whose head is ``lemma`` (with modifier first)."""
        return self.nouns.get(lemma, [])

    def info(self, event: str, cameo: str | None) -> tuple[str | None, str, float | None]:
        """Return ``(cameo, quad, score)`` for an event, preferring the entry's CAMEO code."""
        t = self.types.get(event)
        code = cameo or (t.cameo if t else None)
        score = None
        if code and code in self.cameo:
            score = self.cameo[code][3]
        if score is None and t:
            score = t.score
        return code, t.quad if t else "", score

    def has_trigger(self, words: Iterable[str]) -> bool:
        """True when any lower-case word could express an event."""
        forms = self.trigger_forms
        return any(w in forms or (w[:2] == "re" and w[2:] in forms) for w in words)

    def verb_entries_again(self, lemma: str) -> list[VerbEntry]:
        """Patterns of a verb, or of the verb it repeats ("reimpose" -> "impose", "reopen" ->
        "open"), when the lexicon has none of its own."""
        entries = self.verbs.get(lemma, [])
        if not entries and lemma.startswith("re") and len(lemma) > 5:
            entries = self.verbs.get(lemma[2:], [])
        return entries


__all__ = ["CUE_LEMMAS", "EVENT_TYPES", "NOT_AN_EVENT", "Lexicon", "NounEntry", "TypeInfo", "VerbEntry"]
