"""Model-free tests of an act "without" which something was done ("holds critics without
charge", "broke down without an agreement"), which did not happen. Docs are built by hand in
the shape en_core_web_sm 3.8.0 parses these sentences (written for these tests)."""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2021-05-25"

PARSES = {
    "Egypt holds the critics without charge.": [
        ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
        ("holds", 1, "ROOT", "VERB", "VBZ", "hold"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("critics", 1, "dobj", "NOUN", "NNS", "critic"),
        ("without", 1, "prep", "ADP", "IN", "without"),
        ("charge", 4, "pobj", "NOUN", "NN", "charge"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_what_was_done_without_did_not_happen(coder: Coder) -> None:
    assert coded(coder, "Egypt holds the critics without charge.") == [
        ("ACCUSE", "negated", ["EGY"], [])]
