"""Tests for parley.events.actors: dictionary matching, date resolution, user dictionaries
(parley TSV and PETRARCH/Phoenix), and sanity checks on the shipped data files.

No model is needed: phrases are matched on the blank English tokenizer's output. All example
texts and dictionary entries are written for these tests.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import spacy

from parley.errors import DictionaryError
from parley.events import actors
from parley.events.actors import ActorDictionary, ActorEntry, Mention, parse_phoenix, resolve
from parley.events.tables import data_path, read_tsv

_NLP = spacy.blank("en")


def _tokenize(text: str) -> list[str]:
    return [t.text for t in _NLP.tokenizer(text)]


@pytest.fixture(scope="module")
def dictionary() -> ActorDictionary:
    return ActorDictionary(_tokenize)


def found(dictionary: ActorDictionary, text: str) -> list[tuple[str, str, str]]:
    """(matched words, code, sector of the first entry) for each mention in ``text``."""
    words = _tokenize(text)
    out = []
    for m in dictionary.match(words):
        out.append((" ".join(words[m.start:m.end]), m.entries[0].code, m.entries[0].sector))
    return out


def test_public_api_is_pinned() -> None:
    assert sorted(actors.__all__) == ["ActorDictionary", "ActorEntry", "Mention",
                                      "parse_phoenix", "resolve"]


# -- matching --------------------------------------------------------------------------------


def test_longest_match_wins(dictionary: ActorDictionary) -> None:
    assert found(dictionary, "The United States of America signed.") == [
        ("United States of America", "USA", "")]
    # "Washington, D.C." is one capital name, not "Washington" plus punctuation.
    assert found(dictionary, "Officials in Washington, D.C. agreed.") == [
        ("Washington , D.C.", "USA", "GOV")]


def test_mentions_do_not_overlap(dictionary: ActorDictionary) -> None:
    words = _tokenize("The UN Security Council met Russia.")
    mentions = dictionary.match(words)
    assert [(m.start, m.end) for m in mentions] == [(1, 4), (5, 6)]
    assert all(isinstance(m, Mention) for m in mentions)
    assert mentions[0].entries[0].code == "UN"


def test_matching_is_case_sensitive(dictionary: ActorDictionary) -> None:
    assert found(dictionary, "The US warned Iran.") == [("US", "USA", ""), ("Iran", "IRN", "")]
    assert found(dictionary, "Tell us what happened.") == []


def test_state_adjectives_demonyms_and_capitals(dictionary: ActorDictionary) -> None:
    assert found(dictionary, "Russian troops left.") == [("Russian", "RUS", "")]
    assert found(dictionary, "Moscow and Kyiv traded blame.") == [
        ("Moscow", "RUS", "GOV"), ("Kyiv", "UKR", "GOV")]
    words = _tokenize("Russian troops left.")
    kinds = {e.kind for e in dictionary.match(words)[0].entries}
    assert "adjective" in kinds


def test_seat_of_power(dictionary: ActorDictionary) -> None:
    assert found(dictionary, "The Kremlin denied it.") == [("Kremlin", "RUS", "GOV")]


@pytest.mark.parametrize("text", [
    "Settlers moved into the West Bank.",
    "Aid reached West Africa.",
    "The National Security Council met.",
    "A West African diplomat arrived.",
])
def test_non_actor_phrases_are_not_matched(dictionary: ActorDictionary, text: str) -> None:
    # A place may be found (the West Bank is a place of PSE), never an actor.
    actors = [m for m in dictionary.match(_tokenize(text)) if m.kind != "place"]
    assert actors == []


def test_the_west_is_wst(dictionary: ActorDictionary) -> None:
    assert found(dictionary, "Moscow blamed the West.") == [
        ("Moscow", "RUS", "GOV"), ("West", "WST", "GOV")]
    assert found(dictionary, "Tbilisi blamed Western diplomats.") == [
        ("Tbilisi", "GEO", "GOV"), ("Western diplomats", "WST", "GOV")]


def test_west_african_troops_are_the_blocs_not_the_wests(dictionary: ActorDictionary) -> None:
    assert found(dictionary, "West African troops entered Banjul.") == [
        ("West African troops", "ECOWAS", "MIL"), ("Banjul", "GMB", "GOV")]


def test_the_taliban_are_afghanistans_government_once_they_formed_one(
        dictionary: ActorDictionary) -> None:
    (mention,) = dictionary.match(_tokenize("The Taliban accused Pakistan."))[:1]
    assert (resolve(mention.entries, "2020-09-12").code,
            resolve(mention.entries, "2021-08-19").code) == ("TALIBAN", "TALIBAN")
    entry = resolve(mention.entries, "2025-10-20")
    assert (entry.code, entry.sector) == ("AFG", "GOV")


def test_iraqi_kurdish_bodies_forces_and_parties_act_for_iraq(dictionary: ActorDictionary) -> None:
    # An autonomous region takes its state's code, as breakaway entities do.
    assert found(dictionary, "The KRG and the Peshmerga defied the PUK.") == [
        ("KRG", "IRQ", "PRE"), ("Peshmerga", "IRQ", "MIL"), ("PUK", "IRQ", "PTY")]


def test_self_governing_territories_act_for_their_state(dictionary: ActorDictionary) -> None:
    # Greenland, its people and its capital are Denmark's, with the breakaway sector, as the
    # Kurdistan Region is Iraq's.
    assert found(dictionary, "Greenlanders in Nuuk and the Faroe Islands rejected it.") == [
        ("Greenlanders", "DNK", "PRE"), ("Nuuk", "DNK", "PRE"), ("Faroe Islands", "DNK", "PRE")]
    assert found(dictionary, "Greenland's premier met Puerto Rico's governor.") == [
        ("Greenland", "DNK", "PRE"), ("Puerto Rico", "USA", "PRE")]


def test_a_title_and_surname_give_way_to_a_full_name_running_past_them(
        dictionary: ActorDictionary) -> None:
    # "President Hassan" and "Prime Minister Ismail" are titles with another leader's surname
    # (Tanzania's, Egypt's); the full names that start inside them are the ones meant.
    assert [c for _, c, _ in found(dictionary, "Iran's President Hassan Rouhani spoke.")] == [
        "IRN", "IRN"]
    assert found(dictionary, "Prime Minister Ismail Haniyeh refused.")[0][0] == "Ismail Haniyeh"
    assert found(dictionary, "President Bush met President Putin.") == [
        ("President Bush", "USA", "GOV"), ("President Putin", "RUS", "GOV")]


def test_a_title_and_surname_running_on_into_another_name_is_no_match(
        dictionary: ActorDictionary) -> None:
    # "Prime Minister Anthony" is Saint Lucia's Kenny Anthony; followed by another name, the
    # surname is a given name and the person someone else (not in the dictionary).
    assert found(dictionary, "Prime Minister Anthony Marlowe resigned.") == []
    assert found(dictionary, "Prime Minister Anthony resigned.") == [
        ("Prime Minister Anthony", "LCA", "GOV")]
    # (A day after the name is no name.)
    assert found(dictionary, "Prime Minister Anthony Monday resigned.")[0][1] == "LCA"


def test_first_words_index_every_phrase(dictionary: ActorDictionary) -> None:
    assert {"Russia", "United", "Boris", "Kremlin"} <= dictionary.first_words
    assert dictionary.mentions_any(["the", "Kremlin"])
    assert not dictionary.mentions_any(["the", "weather"])


# -- resolution by date ----------------------------------------------------------------------


def _johnson(dictionary: ActorDictionary) -> tuple[ActorEntry, ...]:
    [mention] = dictionary.match(_tokenize("Boris Johnson"))
    return mention.entries


def test_criminal_groups_without_a_code_take_their_states(dictionary: ActorDictionary) -> None:
    # EVENTS.md section 3: a group with no code of its own takes its country's, here with the
    # sector of crime; a UN mission is the UN's.
    assert found(dictionary, "Viv Ansanm and Tren de Aragua defied MINURSO.") == [
        ("Viv Ansanm", "HTI", "CRM"), ("Tren de Aragua", "VEN", "CRM"), ("MINURSO", "UN", "MIL")]


def test_person_inside_a_role(dictionary: ActorDictionary) -> None:
    # people.tsv: foreign secretary 2016-07-13 .. 2018-07-09, PM 2019-07-24 .. 2022-09-06.
    entries = _johnson(dictionary)
    assert (resolve(entries, "2022-04-09").code, resolve(entries, "2022-04-09").sector) == (
        "GBR", "GOV")
    assert resolve(entries, "2017").sector == "GOV"
    assert resolve(entries, "2022-09").sector == "GOV"  # in office part of that month


@pytest.mark.parametrize("date", ["2023", "2022-10-01", "2019-01"])
def test_person_outside_all_roles_is_an_elite(dictionary: ActorDictionary, date: str) -> None:
    entry = resolve(_johnson(dictionary), date)
    assert (entry.code, entry.sector, entry.kind) == ("GBR", "ELI", "person")


def test_a_namesake_of_another_time_is_told_apart_by_date(dictionary: ActorDictionary) -> None:
    [mention] = dictionary.match(_tokenize("Vance"))
    assert resolve(mention.entries, "1980-04-28").name == "Cyrus Vance"
    assert resolve(mention.entries, "2025-03").name == "JD Vance"


def test_person_without_date_takes_the_latest_role(dictionary: ActorDictionary) -> None:
    entry = resolve(_johnson(dictionary), None)
    assert (entry.code, entry.sector, entry.start) == ("GBR", "GOV", "2019-07-24")


@pytest.mark.parametrize(("name", "date", "code"), [
    ("Mikhail Gorbachev", "1989", "SUN"), ("Gorbachev", "1991-12", "SUN"),
    ("Helmut Kohl", "1990-02-10", "DEU"), ("Eduard Shevardnadze", "1990", "SUN"),
    ("Eduard Shevardnadze", "1999", "GEO"),
    # The October war of 1973: Sadat, Kissinger and Brezhnev in their offices of the day.
    ("Anwar Sadat", "1973-10-24", "EGY"), ("Kissinger", "1974-01-18", "USA"),
    ("Brezhnev", "1973-10-24", "SUN"), ("Hafez Assad", "1973-10", "SYR"),
    # The Iran hostage crisis and the Angola-Namibia accords: a bare "Carter" or "Vance" of
    # 1980 is the president's and his secretary of state's, not a later namesake's.
    ("Carter", "1980-04-28", "USA"), ("Khomeini", "1980-04", "IRN"),
    ("Pik Botha", "1988-12-22", "ZAF"), ("Perez de Cuellar", "1988-08", "UN"),
    ("Attlee", "1947", "GBR"), ("Zhou Enlai", "1972-02", "CHN")])
def test_cold_war_leaders_act_for_their_state_of_the_day(
        dictionary: ActorDictionary, name: str, date: str, code: str) -> None:
    [mention] = dictionary.match(_tokenize(name))
    entry = resolve(mention.entries, date)
    assert (entry.code, entry.sector) == (code, "GOV")


@pytest.mark.parametrize(("name", "date", "code"), [
    ("Serbia", "1995-11-21", "YUG"), ("Serbian", "1999-04", "YUG"),
    ("Montenegro", "1996", "YUG"), ("Slobodan Milosevic", "1995-11", "YUG"),
    ("Serbia", "2023-02-27", "SRB"), ("Serbian", "2025-02-26", "SRB"),
    ("Montenegro", "2010", "MNE"), ("Serbia", None, "SRB")])
def test_serbia_before_2003_is_a_republic_of_yugoslavia(
        dictionary: ActorDictionary, name: str, date: str | None, code: str) -> None:
    # Until the federation became Serbia and Montenegro (2003-02-04), its republics and
    # their presidents acted for it, as "Belgrade" does; an undated mention is today's.
    [mention] = dictionary.match(_tokenize(name))
    assert resolve(mention.entries, date).code == code


@pytest.mark.parametrize(("name", "date", "code", "sector"), [
    ("Milorad Dodik", "2025-02-26", "BIH", "GOV"), ("Dodik", "2025-11", "BIH", "PTY"),
    ("Christian Schmidt", "2016", "DEU", "GOV"), ("Christian Schmidt", "2025-03", "UN", "GOV"),
    ("Horst Kohler", "2018", "UN", "GOV"), ("Horst Köhler", "2006", "DEU", "GOV"),
    # Odinga led the opposition before and after his premiership; Annan mediated for the
    # African Union in Kenya in 2008, between his UN offices.
    ("Raila Odinga", "2008-01-02", "KEN", "OPP"), ("Odinga", "2010", "KEN", "GOV"),
    ("Raila Odinga", "2017-08", "KEN", "OPP"), ("Kofi Annan", "2008-02", "AU", "GOV"),
    ("Kofi Annan", "2005", "UN", "GOV")])
def test_a_person_acts_for_the_office_held_that_day(
        dictionary: ActorDictionary, name: str, date: str, code: str, sector: str) -> None:
    # Dodik's second term in Srpska ended when his mandate was revoked (2025-08-06); the
    # High Representative in Bosnia, and a UN envoy, act for the UN. A leader of the
    # opposition acts for it.
    [mention] = dictionary.match(_tokenize(name))
    entry = resolve(mention.entries, date)
    assert (entry.code, entry.sector) == (code, sector)


def test_insurgents_without_a_code_of_their_own_are_their_states_rebels(
        dictionary: ActorDictionary) -> None:
    # EVENTS.md's capitals short names are for groups the tables name; the Khmer Rouge and
    # SWAPO and the FMLN have none, so they are coded as CAMEO codes them (KHMREB): state, sector REB.
    assert found(dictionary, "The Khmer Rouge shelled the town.") == [
        ("Khmer Rouge", "KHM", "REB")]
    assert found(dictionary, "SWAPO guerrillas crossed the border.")[0] == ("SWAPO", "NAM", "REB")
    assert found(dictionary, "The Farabundo Marti National Liberation Front signed.") == [
        ("Farabundo Marti National Liberation Front", "SLV", "REB")]
    assert found(dictionary, "FMLN units attacked.")[0] == ("FMLN", "SLV", "REB")


def test_the_eu_force_in_bosnia_is_the_eus(dictionary: ActorDictionary) -> None:
    assert found(dictionary, "EUFOR reinforced its troops.") == [("EUFOR", "EU", "MIL")]


def test_undated_entry_resolves_to_itself() -> None:
    entry = ActorEntry("FRA", "", "state", "France")
    assert resolve([entry], "1990") is entry
    assert resolve([entry], None) is entry


# -- user dictionaries -----------------------------------------------------------------------


def test_user_tsv_dictionary(tmp_path: Path) -> None:
    path = tmp_path / "mine.tsv"
    path.write_text(
        "# my groups\n"
        "code\tsector\tnames\n"
        "RIVERFRONT\tREB\tRiverfront Brigade|the Riverfront Fighters\n"
        "XYZ\tMED\tHarbour Gazette\n", encoding="utf-8")
    dictionary = ActorDictionary(_tokenize, [path])
    assert found(dictionary, "The Riverfront Brigade shelled the Harbour Gazette office.") == [
        ("Riverfront Brigade", "RIVERFRONT", "REB"), ("Harbour Gazette", "XYZ", "MED")]
    # The leading "the" of a name is dropped: it is matched either way.
    assert found(dictionary, "Riverfront Fighters left.") == [
        ("Riverfront Fighters", "RIVERFRONT", "REB")]
    [mention] = dictionary.match(_tokenize("Harbour Gazette"))
    assert mention.kind == "user"
    # The shipped dictionaries are still there.
    assert found(dictionary, "Russia") == [("Russia", "RUS", "")]


def test_user_tsv_with_dates(tmp_path: Path) -> None:
    path = tmp_path / "dated.tsv"
    path.write_text("code\tsector\tnames\tstart\tend\n"
                    "ABC\tGOV\tPresident Quill\t2001-01-01\t2004-12-31\n", encoding="utf-8")
    dictionary = ActorDictionary(_tokenize, [str(path)])
    [mention] = dictionary.match(_tokenize("President Quill"))
    assert (mention.entries[0].start, mention.entries[0].end) == ("2001-01-01", "2004-12-31")
    assert resolve(mention.entries, "2002-06").sector == "GOV"


def test_malformed_tsv_line_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text("# comment\n"
                    "code\tsector\tnames\n"
                    "AAA\tREB\tFirst Group\n"
                    "BBB\tREB\tSecond Group\textra\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=re.escape(f"{path}:4:")):
        ActorDictionary(_tokenize, [path])


def test_tsv_missing_column_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "nocode.tsv"
    path.write_text("sector\tnames\nREB\tSome Group\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"nocode\.tsv:1: header lacks column\(s\) code"):
        ActorDictionary(_tokenize, [path])


def test_missing_user_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(DictionaryError, match="cannot read"):
        ActorDictionary(_tokenize, [tmp_path / "absent.tsv"])


PHOENIX = """\
# A small PETRARCH-style dictionary written for this test.
<!-- lines opening with '<' are markup and skipped -->
IVAN_PETROVSKY_   # a made-up minister
+PETROVSKY_
+I._PETROVSKY_
[RUSGOV 000507-080507]
[RUSGOV >120507]

NORTHERN_LIBERATION_FRONT_
+NLF_
[SDNREB]   # no dates: a group, not a person

OLGA_MARCH_
[UKRLEG <991231]
"""


def test_parse_phoenix(tmp_path: Path) -> None:
    path = tmp_path / "actors.txt"
    path.write_text(PHOENIX, encoding="utf-8")
    blocks = parse_phoenix(path)
    assert [names[0] for names, _ in blocks] == [
        "Ivan Petrovsky", "Northern Liberation Front", "Olga March"]
    assert blocks[0][0] == ["Ivan Petrovsky", "Petrovsky", "I. Petrovsky"]
    assert len(blocks[1][0]) == 2
    petrovsky = blocks[0][1]
    assert [(e.code, e.sector, e.kind, e.start, e.end) for e in petrovsky] == [
        ("RUS", "GOV", "person", "2000-05-07", "2008-05-07"),
        ("RUS", "GOV", "person", "2012-05-07", None),
    ]
    assert all(e.name == "Ivan Petrovsky" for e in petrovsky)
    [front] = blocks[1][1]
    assert (front.code, front.sector, front.kind, front.start, front.end) == (
        "SDN", "REB", "user", None, None)
    [march] = blocks[2][1]
    assert (march.code, march.sector, march.start, march.end) == (
        "UKR", "LEG", None, "1999-12-31")


def test_phoenix_dictionary_loads_and_resolves_by_date(tmp_path: Path) -> None:
    path = tmp_path / "actors.txt"
    path.write_text(PHOENIX, encoding="utf-8")
    dictionary = ActorDictionary(_tokenize, [path])
    [mention] = dictionary.match(_tokenize("Ivan Petrovsky"))
    assert resolve(mention.entries, "2004-03").sector == "GOV"
    assert resolve(mention.entries, "2015").sector == "GOV"
    # Between the two terms: the nearest role's state, as an elite.
    assert (resolve(mention.entries, "2010").code, resolve(mention.entries, "2010").sector) == (
        "RUS", "ELI")
    assert found(dictionary, "The Northern Liberation Front attacked.") == [
        ("Northern Liberation Front", "SDN", "REB")]


@pytest.mark.xfail(strict=True, reason=(
    "_phx_name title-cases every word, so the acronym synonym +NLF_ becomes 'Nlf' and the "
    "case-sensitive matcher never finds 'NLF' as news text writes it"))
def test_phoenix_acronym_synonym_matches_as_written(tmp_path: Path) -> None:
    path = tmp_path / "actors.txt"
    path.write_text(PHOENIX, encoding="utf-8")
    dictionary = ActorDictionary(_tokenize, [path])
    assert found(dictionary, "The NLF attacked.") == [("NLF", "SDN", "REB")]


def test_phoenix_bad_code_line_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text("SOME_BODY_\n[not a code]\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=re.escape(f"{path}:2:")):
        parse_phoenix(path)


def test_phoenix_code_line_before_any_name_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "orphan.txt"
    path.write_text("[RUSGOV]\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=re.escape(f"{path}:1:")):
        parse_phoenix(path)


# -- the shipped data ------------------------------------------------------------------------


def test_states_codes_and_count() -> None:
    codes = [row["code"] for _, row in read_tsv(data_path("states.tsv"), ("code", "name"))]
    assert len(codes) >= 190
    bad = [c for c in codes if not re.fullmatch(r"[A-Z]{3}", c)]
    assert bad == []
    assert len(codes) == len(set(codes))
    assert {"RUS", "UKR", "USA", "GBR", "FRA", "DEU", "TUR", "BLR", "CHN"} <= set(codes)


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def test_people_roles_are_well_formed() -> None:
    rows = list(read_tsv(data_path("people.tsv"), ("name", "code", "sector", "start", "end")))
    assert len(rows) > 100
    problems = []
    for number, row in rows:
        start, end = row["start"], row["end"]
        for value in (start, end):
            if value and not _ISO_DAY.fullmatch(value):
                problems.append((number, row["name"], f"not an ISO day: {value}"))
        if start and end and start > end:
            problems.append((number, row["name"], f"start {start} after end {end}"))
        if not row["code"] or not row["sector"]:
            problems.append((number, row["name"], "no code or sector"))
    assert problems == []


def test_every_person_acts_for_a_code_the_tables_define() -> None:
    # A person coded with a code no state or organisation row defines ("SPLMIO" beside the
    # table's "SPLM-IO") can never be matched with the party the text names otherwise.
    known = {row["code"] for _, row in read_tsv(data_path("states.tsv"), ("code", "name"))}
    known |= {row["code"] for _, row in read_tsv(data_path("organisations.tsv"), ("code",))}
    rows = read_tsv(data_path("people.tsv"), ("name", "code", "sector", "start", "end"))
    assert sorted({row["code"] for _, row in rows} - known) == []
