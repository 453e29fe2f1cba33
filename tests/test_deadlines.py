"""Model-free tests of deadlines (EVENTS.md section 2).

A deadline to leave expels ("gave the French ambassador 72 hours to leave": SANCTION, CAMEO
166), aimed at whose envoys or officials they are, including officials placed "at" a state's
mission; any other deadline is an ultimatum (THREATEN, CAMEO 139). Docs are built by hand in
the shape en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PUBLISHED = "2025-05-01"

PARSES = {
    "Mali gave the French ambassador 72 hours to leave.": [
        ("Mali", 1, "nsubj", "PROPN", "NNP", "Mali"),
        ("gave", 1, "ROOT", "VERB", "VBD", "give"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("French", 4, "amod", "ADJ", "JJ", "french"),
        ("ambassador", 1, "dative", "NOUN", "NN", "ambassador"),
        ("72", 6, "nummod", "NUM", "CD", "72"),
        ("hours", 1, "dobj", "NOUN", "NNS", "hour"),
        ("to", 8, "aux", "PART", "TO", "to"),
        ("leave", 1, "advcl", "VERB", "VB", "leave"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "India gave the defence advisers at Pakistan's High Commission a week to leave.": [
        ("India", 1, "nsubj", "PROPN", "NNP", "India"),
        ("gave", 1, "ROOT", "VERB", "VBD", "give"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("defence", 4, "compound", "NOUN", "NN", "defence"),
        ("advisers", 1, "dobj", "NOUN", "NNS", "adviser"),
        ("at", 1, "prep", "ADP", "IN", "at"),
        ("Pakistan", 9, "poss", "PROPN", "NNP", "Pakistan"),
        ("'s", 6, "case", "PART", "POS", "'s"),
        ("High", 9, "compound", "PROPN", "NNP", "High"),
        ("Commission", 5, "pobj", "PROPN", "NNP", "Commission"),
        ("a", 11, "det", "DET", "DT", "a"),
        ("week", 1, "npadvmod", "NOUN", "NN", "week"),
        ("to", 13, "aux", "PART", "TO", "to"),
        ("leave", 11, "relcl", "VERB", "VB", "leave"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Russia gave Ukraine 60 days to accept the deal.": [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("gave", 1, "ROOT", "VERB", "VBD", "give"),
        ("Ukraine", 1, "dobj", "PROPN", "NNP", "Ukraine"),
        ("60", 4, "nummod", "NUM", "CD", "60"),
        ("days", 1, "npadvmod", "NOUN", "NNS", "day"),
        ("to", 6, "aux", "PART", "TO", "to"),
        ("accept", 1, "advcl", "VERB", "VB", "accept"),
        ("the", 8, "det", "DET", "DT", "the"),
        ("deal", 6, "dobj", "NOUN", "NN", "deal"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return [(ev.event, ev.cameo, [e.code for e in ev.actor], [e.code for e in ev.recipient])
            for ev in code_one(coder, text, PARSES[text], PUBLISHED) if ev.status == "asserted"]


def test_a_deadline_to_leave_expels(coder: Coder) -> None:
    assert coded(coder, "Mali gave the French ambassador 72 hours to leave.") == [
        ("SANCTION", "166", ["MLI"], ["FRA"])]


def test_officials_at_a_states_mission_are_that_states(coder: Coder) -> None:
    text = "India gave the defence advisers at Pakistan's High Commission a week to leave."
    assert coded(coder, text) == [("SANCTION", "166", ["IND"], ["PAK"])]


def test_another_deadline_is_an_ultimatum(coder: Coder) -> None:
    assert coded(coder, "Russia gave Ukraine 60 days to accept the deal.") == [
        ("THREATEN", "139", ["RUS"], ["UKR"])]
