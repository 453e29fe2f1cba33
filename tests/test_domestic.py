"""Model-free tests of acts inside one state.

A court sentencing a party leader, a court barring an opposition leader, a legislature
defying a court: the recipient is a branch of the actor's own state. Such a recipient is kept
when it is named in the sentence and is of another branch (sector) than the actor; a party
of the same branch is the actor again, a state with no branch named cannot be told from its
government, a government and its own army are one side, and a pronoun resolved to a party
named in another sentence is too weak to turn an act inward. Docs are built by hand in the
shape en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder
from parley.events.roles import _others
from parley.records import Entity

PUBLISHED = "2025-02-27"

PARSES = {
    "A state court in Sarajevo sentenced Milorad Dodik to a year in prison.": [
        ("A", 2, "det", "DET", "DT", "a"),
        ("state", 2, "compound", "NOUN", "NN", "state"),
        ("court", 5, "nsubj", "NOUN", "NN", "court"),
        ("in", 2, "prep", "ADP", "IN", "in"),
        ("Sarajevo", 3, "pobj", "PROPN", "NNP", "Sarajevo"),
        ("sentenced", 5, "ROOT", "VERB", "VBD", "sentence"),
        ("Milorad", 7, "compound", "PROPN", "NNP", "Milorad"),
        ("Dodik", 5, "dobj", "PROPN", "NNP", "Dodik"),
        ("to", 5, "prep", "ADP", "IN", "to"),
        ("a", 10, "det", "DET", "DT", "a"),
        ("year", 8, "pobj", "NOUN", "NN", "year"),
        ("in", 10, "prep", "ADP", "IN", "in"),
        ("prison", 11, "pobj", "NOUN", "NN", "prison"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ],
    "Malian troops arrested twelve soldiers from Chad at Bamako airport and accused them of spying.": [
        ("Malian", 1, "amod", "ADJ", "JJ", "malian"),
        ("troops", 2, "nsubj", "NOUN", "NNS", "troop"),
        ("arrested", 2, "ROOT", "VERB", "VBD", "arrest"),
        ("twelve", 4, "nummod", "NUM", "CD", "twelve"),
        ("soldiers", 2, "dobj", "NOUN", "NNS", "soldier"),
        ("from", 2, "prep", "ADP", "IN", "from"),
        ("Chad", 5, "pobj", "PROPN", "NNP", "Chad"),
        ("at", 6, "prep", "ADP", "IN", "at"),
        ("Bamako", 9, "compound", "PROPN", "NNP", "Bamako"),
        ("airport", 7, "pobj", "NOUN", "NN", "airport"),
        ("and", 2, "cc", "CCONJ", "CC", "and"),
        ("accused", 2, "conj", "VERB", "VBD", "accuse"),
        ("them", 11, "dobj", "PRON", "PRP", "they"),
        ("of", 11, "prep", "ADP", "IN", "of"),
        ("spying", 13, "pobj", "VERB", "VBG", "spy"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
}


def _code(coder: Coder, text: str):
    return code_one(coder, text, PARSES[text], PUBLISHED)


def test_a_court_sentencing_a_leader_of_its_own_state_is_an_act_inside_it(coder: Coder) -> None:
    events = _code(coder, "A state court in Sarajevo sentenced Milorad Dodik to a year in prison.")
    assert summary(events) == [("SANCTION", "asserted", ["BIH"], ["BIH"])]
    (ev,) = events
    assert [(e.sector, e.text) for e in ev.actor] == [("JUD", "Sarajevo")]
    assert [(e.sector, e.text) for e in ev.recipient] == [("GOV", "Milorad Dodik")]


def test_them_after_people_held_is_those_people_not_the_place(coder: Coder) -> None:
    events = _code(coder, "Malian troops arrested twelve soldiers from Chad at Bamako airport "
                          "and accused them of spying.")
    accused = [ev for ev in events if ev.event == "ACCUSE"]
    assert [[(e.code, e.sector) for e in ev.recipient] for ev in accused] == [[("TCD", "MIL")]]


def _e(code: str, sector: str, start: int = 10) -> Entity:
    return Entity(code, sector, code.lower(), None, start, start + 3)


def test_same_state_recipients_kept_only_as_another_branch_named_here() -> None:
    span = (0, 100)
    court = [_e("BIH", "JUD")]
    # Another branch, named in the sentence: kept; another state always.
    assert _others(court, [_e("BIH", "GOV"), _e("SRB", "")], span) == [
        _e("BIH", "GOV"), _e("SRB", "")]
    # The same branch is the actor again; a bare state is no branch.
    assert _others(court, [_e("BIH", "JUD"), _e("BIH", "")], span) == []
    # Named in another sentence (a pronoun's antecedent): too weak a guess.
    assert _others(court, [_e("BIH", "GOV", start=300)], span) == []
    # A state with no branch named cannot be told from its government.
    assert _others([_e("BIH", "")], [_e("BIH", "GOV")], span) == []
    # A government and its army are one side.
    assert _others([_e("CHN", "GOV")], [_e("CHN", "MIL")], span) == []
    assert _others([_e("VEN", "MIL")], [_e("VEN", "OPP")], span) == [_e("VEN", "OPP")]
