"""Model-free test of demands told as the measure of something else.

"Israel said the proposal fell short of its demands": the demands were made before; the
sentence tells how a proposal measures up to them, no new demand. Docs are built by hand in the
shape en_core_web_sm 3.8.0 parses this sentence (written for this test).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PUBLISHED = "2024-06-10"

PARSES = {
    "Israel said the proposal fell short of its demands.": [
        ("Israel", 1, "nsubj", "PROPN", "NNP", "Israel"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("proposal", 4, "nsubj", "NOUN", "NN", "proposal"),
        ("fell", 1, "ccomp", "VERB", "VBD", "fall"),
        ("short", 4, "advmod", "ADV", "RB", "short"),
        ("of", 5, "prep", "ADP", "IN", "of"),
        ("its", 8, "poss", "PRON", "PRP$", "its"),
        ("demands", 6, "pobj", "NOUN", "NNS", "demand"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def test_falling_short_of_demands_tells_no_new_demand(coder: Coder) -> None:
    text = next(iter(PARSES))
    assert code_one(coder, text, PARSES[text], PUBLISHED) == []
