"""Tests for parley.events.lexicon: the verb and noun event patterns and the PLOVER/CAMEO
code tables (EVENTS.md section 2)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from parley.errors import DictionaryError
from parley.events import lexicon as lexicon_module
from parley.events.lexicon import EVENT_TYPES, NOT_AN_EVENT, Lexicon
from parley.events.tables import data_path, read_tsv

QUADS = {"verbal cooperation", "material cooperation", "verbal conflict", "material conflict"}


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon()


def test_public_api_is_pinned() -> None:
    assert sorted(lexicon_module.__all__) == ["CUE_LEMMAS", "EVENT_TYPES", "Lexicon",
                                              "NOT_AN_EVENT", "NounEntry", "TypeInfo",
                                              "VerbEntry"]


def test_sixteen_plover_types() -> None:
    assert len(EVENT_TYPES) == len(set(EVENT_TYPES)) == 16
    assert {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
            "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
            "COERCE", "ASSAULT"} == set(EVENT_TYPES)


def test_every_type_has_a_quad_cameo_and_score(lexicon: Lexicon) -> None:
    assert set(lexicon.types) == set(EVENT_TYPES)
    for event, info in lexicon.types.items():
        assert info.quad in QUADS, event
        assert info.cameo in lexicon.cameo, event
        assert -10.0 <= info.score <= 10.0, event
    assert lexicon.types["ASSAULT"].quad == "material conflict"
    assert lexicon.types["CONSULT"].quad == "verbal cooperation"
    assert lexicon.types["AID"].quad == "material cooperation"
    assert lexicon.types["REQUEST"].quad == "verbal conflict"


def test_every_type_has_a_trigger(lexicon: Lexicon) -> None:
    verb_types = {e.event for entries in lexicon.verbs.values() for e in entries}
    assert verb_types == set(EVENT_TYPES) | {NOT_AN_EVENT}


def test_pattern_cameo_codes_exist(lexicon: Lexicon) -> None:
    missing = [(e.lemma, e.extra, e.cameo) for entries in lexicon.verbs.values()
               for e in entries if e.cameo and e.cameo not in lexicon.cameo]
    missing += [(e.lemma, e.modifier, e.cameo) for entries in lexicon.nouns.values()
                for e in entries if e.cameo and e.cameo not in lexicon.cameo]
    assert missing == []


def test_plover_rows_are_complete() -> None:
    rows = [row for _, row in read_tsv(data_path("plover.tsv"), ("event", "quad", "cameo", "score"))]
    assert sorted(r["event"] for r in rows) == sorted(EVENT_TYPES)
    for row in rows:
        assert row["quad"] in QUADS and row["score"], row


def test_longest_verb_pattern_first(lexicon: Lexicon) -> None:
    entries = lexicon.verb_entries("hold")
    assert entries, "no 'hold' patterns"
    lengths = [len(e.extra) for e in entries]
    assert lengths == sorted(lengths, reverse=True)
    talks = next(i for i, e in enumerate(entries) if e.extra == ("talk",))
    assert all(len(e.extra) >= 1 for e in entries[:talks + 1])
    for entries in lexicon.verbs.values():
        lengths = [len(e.extra) for e in entries]
        assert lengths == sorted(lengths, reverse=True), entries[0].lemma


def test_withdraw_from_treaty_beats_withdraw_from(lexicon: Lexicon) -> None:
    entries = lexicon.verb_entries("withdraw")
    treaty = next(i for i, e in enumerate(entries) if e.extra == ("from", "treaty"))
    bare = next(i for i, e in enumerate(entries) if e.extra == ("from",))
    assert treaty < bare
    assert entries[treaty].event == "SANCTION" and entries[bare].event == "RETREAT"


def test_no_verb_pattern_is_listed_twice(lexicon: Lexicon) -> None:
    # (A row copied twice reads the same, but a later edit to one copy would be silently
    # shadowed or doubled.)
    keys = [(e.lemma, e.extra, e.event, e.mode, e.cameo, e.roles)
            for entries in lexicon.verbs.values() for e in entries]
    assert sorted({k for k in keys if keys.count(k) > 1}) == []


def test_envoys_withdrawn_are_recalled_not_troops_pulled_out(lexicon: Lexicon) -> None:
    by_extra = {e.extra: e for e in lexicon.verb_entries("withdraw")}
    assert by_extra[("envoy",)].event == "SANCTION" and by_extra[("envoy",)].cameo == "161"
    assert by_extra[("troop",)].event == "RETREAT"


def test_arms_handed_in_are_laid_down_toward_the_enemy_not_the_taker(lexicon: Lexicon) -> None:
    # "the last fighters handed in their rifles to UN observers": the observers take the
    # rifles but are no party, so no "to" phrase gives the recipient.
    by_extra = {e.extra: e for v in ("hand", "turn") for e in lexicon.verb_entries(v)}
    for words in [("in", w) for w in ("weapon", "arm", "rifle", "gun")]:
        entry = by_extra[words]
        assert (entry.event, entry.mode, entry.cameo) == ("RETREAT", "disarm", "0873")
        assert "prep:to" not in entry.roles


def test_agreeing_to_a_demand_is_yielding_to_it(lexicon: Lexicon) -> None:
    # "Israel agreed in Cairo to its demand for observers": one side meets the other's demand.
    by_extra = {e.extra: e for e in lexicon.verb_entries("agree")}
    assert by_extra[("to", "demand")].event == "CONCEDE"
    assert by_extra[("to",)].event == "AGREE" and by_extra[("to",)].symmetric


def test_noun_with_modifier_first(lexicon: Lexicon) -> None:
    entries = lexicon.noun_entries("aid")
    modifiers = [e.modifier for e in entries]
    assert "military" in modifiers
    assert modifiers[-1] is None
    assert all(m is not None for m in modifiers[:-1])
    military = next(e for e in entries if e.modifier == "military")
    assert (military.event, military.mode) == ("AID", "military")


def test_symmetric_entries(lexicon: Lexicon) -> None:
    meet = next(e for e in lexicon.verb_entries("meet") if e.extra == ())
    assert meet.symmetric and meet.event == "CONSULT"
    invade = next(e for e in lexicon.verb_entries("invade") if e.extra == ())
    assert not invade.symmetric and invade.roles == ("dobj",)
    invasion = lexicon.noun_entries("invasion")[0]
    assert not invasion.symmetric
    assert "amod" in invasion.actor_roles and "of" in invasion.recipient_roles


def test_info_returns_cameo_quad_score(lexicon: Lexicon) -> None:
    assert lexicon.info("ASSAULT", None) == ("190", "material conflict", -10.0)
    # An entry's own CAMEO code wins, with that code's score.
    cameo, quad, score = lexicon.info("RETREAT", "0874")
    assert (cameo, quad) == ("0874", "material cooperation")
    assert score == lexicon.cameo["0874"][3]
    assert lexicon.info("NOT_A_TYPE", None) == (None, "", None)


def test_trigger_forms_regular_inflections(lexicon: Lexicon) -> None:
    for form in ("invade", "invades", "invaded", "invading", "attack", "attacked", "talks",
                 "sanctions"):
        assert form in lexicon.trigger_forms, form
    assert lexicon.has_trigger(["the", "army", "attacked"])
    assert not lexicon.has_trigger(["the", "weather", "was", "fine"])


def test_trigger_forms_take_irregular_forms_from_exceptions(lexicon: Lexicon) -> None:
    assert "met" not in lexicon.trigger_forms
    widened = Lexicon({"met": "meet", "fought": "fight", "ate": "eat"})
    assert {"met", "fought"} <= widened.trigger_forms
    # An irregular form of a word that triggers nothing is not added.
    assert "ate" not in widened.trigger_forms


def _with_verb_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *rows: str) -> None:
    """Point the lexicon at a copy of its data files with ``rows`` added to verbs.tsv."""
    for name in ("plover.tsv", "cameo.tsv", "verbs.tsv", "nouns.tsv", "statuswords.tsv"):
        shutil.copy(data_path(name), tmp_path / name)
    with (tmp_path / "verbs.tsv").open("a", encoding="utf-8") as handle:
        handle.writelines(row + "\n" for row in rows)
    monkeypatch.setattr(lexicon_module, "data_path", lambda name: tmp_path / name)


def test_unknown_event_type_in_data_is_reported(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    _with_verb_rows(tmp_path, monkeypatch,
                    "frobnicate\tFROBNICATE\t\t\tdobj\tnot a PLOVER type")
    with pytest.raises(DictionaryError, match=r"verbs\.tsv:\d+: unknown PLOVER type 'FROBNICATE'"):
        Lexicon()


def test_a_repeated_verb_pattern_is_reported(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    # Rows of one length are tried in file order, so the second of two rows with the same words
    # would never be used; words in another order are the same pattern.
    _with_verb_rows(tmp_path, monkeypatch, "frobnicate at treaty\tAGREE\t\t057\tsym\t",
                    "frobnicate treaty at\tASSAULT\t\t190\tprep:at\t")
    with pytest.raises(DictionaryError,
                       match=r"verbs\.tsv:(\d+): pattern 'frobnicate treaty at' repeats line \d+"):
        Lexicon()


def test_establishing_relations_is_cooperation_as_events_md_says(lexicon: Lexicon) -> None:
    # EVENTS.md lists "establish relations" under COOPERATE (the PLOVER GSR has SUPPORT);
    # restoring, normalising ties and reopening an embassy establish them too. Warmer words
    # for ties that exist stay SUPPORT.
    def event(lemma: str, *extra: str) -> str:
        return next(e.event for e in lexicon.verb_entries(lemma) if e.extra == extra)

    for lemma, obj in (("establish", "relation"), ("restore", "tie"), ("normalise", "relation"),
                       ("reopen", "embassy")):
        assert event(lemma, obj) == "COOPERATE", lemma
    assert event("improve", "relation") == "SUPPORT"
