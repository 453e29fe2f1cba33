"""Model-free tests of talk that is no consultation: "talking about his plans" with no one to
talk with is a speech (no CONSULT); "talking with Guatemala about migration" is a CONSULT.
Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for
these tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PUBLISHED = "2024-02-01"

PARSES = {
    "Mexico's president spent an hour talking about his plans.": [
        ("Mexico", 2, "poss", "PROPN", "NNP", "Mexico"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("president", 3, "nsubj", "NOUN", "NN", "president"),
        ("spent", 3, "ROOT", "VERB", "VBD", "spend"),
        ("an", 5, "det", "DET", "DT", "an"),
        ("hour", 3, "dobj", "NOUN", "NN", "hour"),
        ("talking", 3, "xcomp", "VERB", "VBG", "talk"),
        ("about", 6, "prep", "ADP", "IN", "about"),
        ("his", 9, "poss", "PRON", "PRP$", "his"),
        ("plans", 7, "pobj", "NOUN", "NNS", "plan"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Mexico's president spent an hour talking with Guatemala about migration.": [
        ("Mexico", 2, "poss", "PROPN", "NNP", "Mexico"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("president", 3, "nsubj", "NOUN", "NN", "president"),
        ("spent", 3, "ROOT", "VERB", "VBD", "spend"),
        ("an", 5, "det", "DET", "DT", "an"),
        ("hour", 3, "dobj", "NOUN", "NN", "hour"),
        ("talking", 3, "xcomp", "VERB", "VBG", "talk"),
        ("with", 6, "prep", "ADP", "IN", "with"),
        ("Guatemala", 7, "pobj", "PROPN", "NNP", "Guatemala"),
        ("about", 6, "prep", "ADP", "IN", "about"),
        ("migration", 9, "pobj", "NOUN", "NN", "migration"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return [(ev.event, sorted(e.code for e in ev.actor), [e.code for e in ev.recipient])
            for ev in code_one(coder, text, PARSES[text], PUBLISHED)]


def test_talking_about_to_no_one_is_no_consultation(coder: Coder) -> None:
    assert coded(coder, "Mexico's president spent an hour talking about his plans.") == []


def test_talking_with_a_party_is(coder: Coder) -> None:
    text = "Mexico's president spent an hour talking with Guatemala about migration."
    assert coded(coder, text) == [("CONSULT", ["GTM", "MEX"], [])]
