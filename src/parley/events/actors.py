"""Actor dictionaries: who a name, adjective, capital, seat or title in the text stands for.

Sources (``data/``): ``states.tsv`` (names, adjectives, demonyms, capitals), ``seats.tsv``
(the Kremlin, Downing Street), ``organisations.tsv`` (IGOs, armed groups, parties, media),
``people.tsv`` (leaders with date-bounded roles), ``agents.tsv`` (troops -> MIL), plus user
files: parley TSVs with the organisations columns (optionally ``start``/``end``) or
PETRARCH/Phoenix ``.txt`` actor dictionaries with their ``[CODE yymmdd-yymmdd]`` restrictions.

Matching is on spaCy tokens, case-sensitive (so "US" is a country and "us" is not), longest
phrase first. People resolve to the state they acted for on the event's date.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from parley.errors import DictionaryError
from parley.events.tables import data_path, read_tsv, split_values


@dataclass(slots=True, frozen=True)
class ActorEntry:
    """One way of naming an actor.

    Attributes:
        code: The actor code (ISO alpha-3, IGO acronym, group short name, WST).
        sector: PLOVER sector, "" when the name says nothing of it.
        kind: state, adjective, demonym, capital, seat, org, person, place or user. A place
            (a region or city, ``places.tsv``) is never an actor; it says where an act
            happened and, for acts on territory, whose territory it was.
        name: The canonical name.
        wikidata: Wikidata id when known.
        start: First day of a person's role, or of a historical state (ISO), None when open.
        end: Last day of a person's role, or of a historical state (ISO), None when open.
        role: A person's office in that period ("president", "foreign minister").
        short: A short name that names the actor only on a page that names it otherwise
            ("the Tigers" after "the Liberation Tigers of Tamil Eelam", "Macedonia" on a
            page that names Skopje): the data file's ``short`` column lists them.
    """

    code: str
    sector: str
    kind: str
    name: str
    wikidata: str | None = None
    start: str | None = None
    end: str | None = None
    role: str | None = None
    short: bool = False


@dataclass(slots=True)
class Mention:
    """An actor name found in a parsed sentence (token span ``[start, end)``)."""

    start: int
    end: int
    entries: tuple[ActorEntry, ...]

    @property
    def kind(self) -> str:
        """The kind of the first entry (all entries of a phrase share it in practice)."""
        return self.entries[0].kind


#: Peoples whose name is also a state's adjective and who live as minorities in other
#: states (Turkmen in Syria and Iraq, Uzbeks and Tajiks in Afghanistan, Azeris in Iran).
_PEOPLES = frozenset({"Turkmen", "Uzbek", "Tajik", "Azeri", "Kazakh", "Kyrgyz"})

#: Marks phrases that name no actor (``nonactors.tsv``).
_NON_ACTOR = ActorEntry("", "", "none", "")
_STRIP_ARTICLE = re.compile(r"^(?:the|The)\s+")


class ActorDictionary:
    """All actor names, matched on token sequences.

    Args:
        tokenize: Splits a phrase into token texts the way the pipeline's tokenizer does.
        extra: User dictionary files (TSV or PETRARCH/Phoenix .txt).
    """

    def __init__(self, tokenize, extra: Sequence[str | Path] = ()) -> None:
        self._tokenize = tokenize
        self._phrases: dict[str, dict[tuple[str, ...], list[ActorEntry]]] = defaultdict(dict)
        self.agents: dict[str, str] = {}
        #: Codes of states (and entities coded as states), whose people a group may be.
        self.state_codes: set[str] = set()
        #: Codes of intergovernmental bodies and blocs (the UN, the EU): no party to a war.
        self.body_codes: set[str] = set()
        self.max_len = 1
        #: Names made of a title and a surname ("Prime Minister Anthony").
        self._titled: set[tuple[str, ...]] = set()
        self._load_states()
        self._load_simple("seats.tsv", "phrase", "seat")
        self._load_orgs(data_path("organisations.tsv"), "org")
        self._load_people()
        for _, row in read_tsv(data_path("agents.tsv"), ("phrase", "sector")):
            for phrase in split_values(row["phrase"]):
                self.agents[phrase.lower()] = row["sector"]
        for _, row in read_tsv(data_path("places.tsv"), ("place", "code")):
            for phrase in split_values(row["place"]):
                self.add(phrase, ActorEntry(row["code"], "", "place", phrase))
        for _, row in read_tsv(data_path("nonactors.tsv"), ("phrase",)):
            self.add(row["phrase"], _NON_ACTOR)
        for path in extra:
            self.load_user(path)
        self.first_words = frozenset(self._phrases)

    # -- loading ----------------------------------------------------------------------------

    def add(self, phrase: str, entry: ActorEntry) -> tuple[str, ...]:
        """Add one name for an actor (a leading "the" is dropped: it is matched anyway), and
        return the words it is matched by (none for a blank phrase)."""
        phrase = _STRIP_ARTICLE.sub("", phrase.strip())
        if not phrase:
            return ()
        tokens = tuple(self._tokenize(phrase))
        if not tokens:
            return ()
        bucket = self._phrases[tokens[0]].setdefault(tokens, [])
        if entry not in bucket:
            bucket.append(entry)
        self.max_len = max(self.max_len, len(tokens))
        return tokens

    def _load_states(self) -> None:
        for _, row in read_tsv(data_path("states.tsv"), ("code", "name")):
            code, qid = row["code"], row.get("wikidata") or None
            self.state_codes.add(code)
            # (A historical state's names hold while it existed: "Moscow" is the Soviet
            # Union's on a date before 1991-12-26 and Russia's after.)
            start, end = row.get("start") or None, row.get("end") or None
            short = set(split_values(row.get("short", "")))
            for field, kind, sector in (("name", "state", ""), ("aliases", "state", ""),
                                        ("adjectives", "adjective", ""),
                                        ("demonyms", "demonym", "CVL"),
                                        ("capitals", "capital", "GOV")):
                for phrase in split_values(row.get(field, "")):
                    self.add(phrase, ActorEntry(code, sector, kind, row["name"], qid, start, end,
                                                short=phrase in short))

    def _load_simple(self, name: str, column: str, kind: str) -> None:
        for _, row in read_tsv(data_path(name), (column, "code", "sector")):
            for phrase in split_values(row[column]):
                self.add(phrase, ActorEntry(row["code"], row["sector"], kind, phrase, None,
                                            row.get("start") or None, row.get("end") or None))

    def _load_orgs(self, path: Path, kind: str) -> None:
        for _, row in read_tsv(path, ("code", "sector", "names")):
            names = split_values(row["names"])
            if not names:
                continue
            entry = ActorEntry(row["code"], row["sector"], kind, names[0],
                               row.get("wikidata") or None, row.get("start") or None,
                               row.get("end") or None)
            if row.get("kind") in ("IGO", "BLOC") and row["code"] not in self.state_codes:
                self.body_codes.add(row["code"])
            for phrase in names:
                self.add(phrase, entry)
            for phrase in split_values(row.get("short", "")):
                self.add(phrase, replace(entry, short=True))

    def _load_people(self) -> None:
        for _, row in read_tsv(data_path("people.tsv"), ("name", "code", "sector", "start", "end")):
            entry = ActorEntry(row["code"], row["sector"], "person", row["name"],
                               row.get("wikidata") or None, row["start"] or None,
                               row["end"] or None, row.get("role") or None)
            for phrase in [row["name"], *split_values(row.get("aliases", ""))]:
                self.add(phrase, entry)
            surname = _surname(row["name"])
            for title in _TITLES.get((row.get("role") or "").lower(), ()) if surname else ():
                # "President Bush", "Vice-President Awori": a title and the surname name the
                # holder, even where the surname alone is too ambiguous to be an alias.
                self._titled.add(self.add(f"{title} {surname}", entry))

    def load_user(self, path: str | Path) -> None:
        """Load a user dictionary: a parley TSV, or a PETRARCH/Phoenix ``.txt`` file."""
        path = Path(path)
        if path.suffix.lower() == ".txt":
            for phrases, entries in parse_phoenix(path):
                for phrase in phrases:
                    for entry in entries:
                        self.add(phrase, entry)
        else:
            self._load_orgs(path, "user")
        self.first_words = frozenset(self._phrases)

    # -- matching ---------------------------------------------------------------------------

    def match(self, words: Sequence[str]) -> list[Mention]:
        """Find actor names in a token sequence, longest match first, no overlaps."""
        out: list[Mention] = []
        i, n = 0, len(words)
        while i < n:
            found = self._longest(words, i)
            if found and any((later := self._longest(words, j)) and later.end > found.end
                             for j in range(i + 1, found.end)):
                # "President Hassan Rouhani": a name that starts inside this one and runs past
                # it is the name meant ("President Hassan" is a title and another surname).
                i += 1
                continue
            if found and self._given_name(words, found):
                # "Prime Minister Anthony Eden": the title's surname is a given name here.
                i += 1
                continue
            if found:
                # A non-actor phrase still consumes its words, so no shorter name inside it
                # is matched.
                prev = out[-1] if out else None
                ethnic = prev is not None and prev.end == i and found.end - i == 1 and (
                    prev.end - prev.start == 1 and prev.kind == found.kind == "adjective"
                    and words[i] in _PEOPLES)
                # ("Syrian Turkmen fighters", "Afghan Uzbek militias": a people that lives
                # across borders, named right after a state's adjective, is an ethnic group
                # of that state, not a second state.)
                if found.entries[0] is not _NON_ACTOR and not ethnic:
                    out.append(found)
                i = found.end
            else:
                i += 1
        return out

    def _given_name(self, words: Sequence[str], found: Mention) -> bool:
        """Whether a title-and-surname name runs on into another name ("Prime Minister
        Anthony Eden" is not Kenny Anthony): its next word is capitalised and no date."""
        if found.end >= len(words) or tuple(words[found.start:found.end]) not in self._titled:
            return False
        nxt = words[found.end]
        return nxt.isalpha() and nxt[0].isupper() and nxt.lower() not in _CALENDAR_WORDS

    def _longest(self, words: Sequence[str], i: int) -> Mention | None:
        """The longest phrase of the dictionary that starts at ``words[i]``."""
        bucket = self._phrases.get(words[i])
        if bucket:
            for length in range(min(self.max_len, len(words) - i), 0, -1):
                entries = bucket.get(tuple(words[i:i + length]))
                if entries:
                    return Mention(i, i + length, tuple(entries))
        return None

    def mentions_any(self, words: Iterable[str]) -> bool:
        """Cheap test: could any of these tokens start an actor name?"""
        first = self.first_words
        return any(w in first for w in words)


#: Capitalised words that may follow a name and are none ("President Biden Thursday said").
_CALENDAR_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday",
                             "saturday", "sunday", "january", "february", "march", "april",
                             "may", "june", "july", "august", "september", "october",
                             "november", "december"})


#: How news titles the holder of an office, by the ``role`` column of ``people.tsv``.
_TITLES: dict[str, tuple[str, ...]] = {
    "president": ("President",), "acting president": ("President", "Acting President"),
    "interim president": ("President", "Interim President"),
    "transitional president": ("President",),
    "prime minister": ("Prime Minister", "Premier", "PM"),
    "transitional prime minister": ("Prime Minister",), "premier": ("Premier",),
    "foreign minister": ("Foreign Minister",),
    "defence minister": ("Defence Minister", "Defense Minister"),
    "foreign secretary": ("Foreign Secretary",),
    "defence secretary": ("Defence Secretary", "Defense Secretary"),
    "secretary of state": ("Secretary of State",),
    "secretary of defense": ("Defense Secretary", "Secretary of Defense"),
    "vice president": ("Vice President", "Vice-President"),
    "chancellor": ("Chancellor",), "king": ("King",), "emir": ("Emir",), "sultan": ("Sultan",),
    "taoiseach": ("Taoiseach",), "secretary general": ("Secretary-General", "Secretary General"),
    "supreme leader": ("Supreme Leader", "Ayatollah"),
}

_NAME_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "II", "III"})


def _surname(name: str) -> str | None:
    """The last name of a person's canonical name ("George W. Bush" -> "Bush"), or None
    when the name has no plain last word ("Albert II of Monaco")."""
    words = [w for w in name.split() if w not in _NAME_SUFFIXES]
    if len(words) < 2 or " of " in f" {name} ":
        return None
    last = words[-1]
    return last if len(last) >= 3 and last[0].isupper() and last.replace("-", "").isalpha() else None


def resolve(entries: Sequence[ActorEntry], date: str | None) -> ActorEntry:
    """Pick the entry that applies on ``date`` (people's roles are date-bounded).

    A person outside all of their roles on that date keeps the state of the nearest role
    with sector ``ELI`` (an elite without office: CAMEO's code), so Boris Johnson after
    2022-09-06 is GBR/ELI, not GBR/GOV.

    Args:
        entries: Candidate entries of one name.
        date: The event's date (ISO, any precision) or None.

    Returns:
        The entry to code.
    """
    if len(entries) == 1 and entries[0].start is None and entries[0].end is None:
        return entries[0]
    if date is None:
        # Without a date, prefer the latest role, and a name's timeless entry over a
        # historical state's: news is mostly about the present.
        return max(entries, key=lambda e: "9999" if e.start is e.end is None else e.start or "")
    lo, hi = _span(date)
    current = [e for e in entries if (e.start or "0000") <= hi and (e.end or "9999") >= lo]
    if current:
        return max(current, key=lambda e: e.start or "")
    nearest = min(entries, key=lambda e: min(abs(_days(e.start, lo)), abs(_days(e.end, lo))))
    if nearest.kind == "person":
        return ActorEntry(nearest.code, "ELI", nearest.kind, nearest.name, nearest.wikidata,
                          nearest.start, nearest.end, None)
    return nearest


def _span(date: str) -> tuple[str, str]:
    if len(date) == 4:
        return date + "-01-01", date + "-12-31"
    if len(date) == 7:
        return date + "-01", date + "-31"
    return date, date


def _days(value: str | None, other: str) -> int:
    if not value:
        return 10**6
    y1, m1, d1 = (int(x) for x in (value + "-01-01")[:10].split("-"))
    y2, m2, d2 = (int(x) for x in other[:10].split("-"))
    return (y1 - y2) * 365 + (m1 - m2) * 30 + (d1 - d2)


# -- PETRARCH / Phoenix actor dictionaries ---------------------------------------------------

_PHX_CODE = re.compile(r"\[([A-Z0-9]{3,})(?:\s+([<>]?\d{6})?(?:-(\d{6})?)?)?\]")


def _phx_date(value: str | None) -> str | None:
    if not value:
        return None
    yy, mm, dd = int(value[:2]), value[2:4], value[4:6]
    # PETRARCH dictionaries use two-digit years; they cover the 1950s onwards.
    year = 2000 + yy if yy < 50 else 1900 + yy
    return f"{year}-{mm}-{dd}"


def _phx_name(raw: str) -> str:
    return " ".join(w.capitalize() if w.isalpha() else w for w in raw.strip("_ ").split("_") if w)


def parse_phoenix(path: str | Path) -> list[tuple[list[str], list[ActorEntry]]]:
    """Parse a PETRARCH/Phoenix actor dictionary.

    Blocks look like::

        VLADIMIR_PUTIN_    # comment
        +PUTIN_
        [RUSGOV 000507-080507]
        [RUSGOV >120507]

    A code of six or more letters is a country (first three) plus a sector (next three);
    dates are ``yymmdd`` (``>d`` from d on, ``<d`` until d, ``a-b`` between). Names are
    upper-case with underscores in those files; they are matched here in title case, as
    news text writes them.

    Args:
        path: The file.

    Returns:
        ``(phrases, entries)`` per actor block.

    Raises:
        DictionaryError: On a code line that cannot be read.
    """
    blocks: list[tuple[list[str], list[ActorEntry]]] = []
    names: list[str] = []
    entries: list[ActorEntry] = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DictionaryError(f"cannot read {path}: {exc.strerror or exc}") from exc
    for number, raw in enumerate(lines, start=1):
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("<") or line.startswith("="):
            continue
        if line.startswith("["):
            m = _PHX_CODE.match(line)
            if not m or not names:
                raise DictionaryError(f"{path}:{number}: cannot read code line {line!r}")
            code = m.group(1)
            start_raw, end_raw = m.group(2), m.group(3)
            start = end = None
            if start_raw and start_raw.startswith("<"):
                end = _phx_date(start_raw[1:])
            elif start_raw and start_raw.startswith(">"):
                start = _phx_date(start_raw[1:])
            else:
                start, end = _phx_date(start_raw), _phx_date(end_raw)
            country, sector = (code[:3], code[3:6]) if len(code) >= 6 else (code, "")
            entries.append(ActorEntry(country, sector, "person" if start or end else "user",
                                      names[0], None, start, end))
            continue
        if line.startswith("+"):
            if names:
                names.append(_phx_name(line[1:]))
            continue
        if names and entries:
            blocks.append((names, entries))
        names, entries = [_phx_name(line.split()[0])], []
    if names and entries:
        blocks.append((names, entries))
    return blocks


__all__ = ["ActorDictionary", "ActorEntry", "Mention", "parse_phoenix", "resolve"]
