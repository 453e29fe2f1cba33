"""Model-free tests of swaps of captured soldiers and of punishment by tariff (EVENTS.md
section 2).

Captured soldiers, captives, detainees and hostages swapped are prisoners swapped (RETREAT,
CAMEO 0841, both sides actors); punishing a state "with a tariff" or "with sanctions" sanctions
it (SANCTION, CAMEO 163). Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these
sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2025-08-10"

PARSES = {
    "Washington punished India with an extra tariff on Wednesday.": [
        ("Washington", 1, "nsubj", "PROPN", "NNP", "Washington"),
        ("punished", 1, "ROOT", "VERB", "VBD", "punish"),
        ("India", 1, "dobj", "PROPN", "NNP", "India"),
        ("with", 1, "prep", "ADP", "IN", "with"),
        ("an", 6, "det", "DET", "DT", "an"),
        ("extra", 6, "amod", "ADJ", "JJ", "extra"),
        ("tariff", 3, "pobj", "NOUN", "NN", "tariff"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("Wednesday", 7, "pobj", "PROPN", "NNP", "Wednesday"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Russia and Ukraine swapped 390 captured soldiers on Friday.": [
        ("Russia", 3, "nsubj", "PROPN", "NNP", "Russia"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("Ukraine", 0, "conj", "PROPN", "NNP", "Ukraine"),
        ("swapped", 3, "ROOT", "VERB", "VBD", "swap"),
        ("390", 6, "nummod", "NUM", "CD", "390"),
        ("captured", 6, "amod", "VERB", "VBN", "capture"),
        ("soldiers", 3, "dobj", "NOUN", "NNS", "soldier"),
        ("on", 3, "prep", "ADP", "IN", "on"),
        ("Friday", 7, "pobj", "PROPN", "NNP", "Friday"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_captured_soldiers_swapped_are_prisoners_released_by_both(coder: Coder) -> None:
    assert coded(coder, "Russia and Ukraine swapped 390 captured soldiers on Friday.") == [
        ("RETREAT", "asserted", ["RUS", "UKR"], [])]


def test_punishing_a_state_with_a_tariff_sanctions_it(coder: Coder) -> None:
    events = code_one(coder, "Washington punished India with an extra tariff on Wednesday.",
                      PARSES["Washington punished India with an extra tariff on Wednesday."],
                      PUBLISHED)
    assert summary(events) == [("SANCTION", "asserted", ["USA"], ["IND"])]
    assert events[0].cameo == "163"
