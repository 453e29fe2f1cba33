"""Model-free tests of seized property and traded accusations.

A ship "Israeli-linked" that Iran seized is Israel's property seized (COERCE aimed at Israel);
parties trading accusations accuse each other (ACCUSE, both sides actors). Docs are built by
hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2024-04-20"

PARSES = {
    "Iran seized an Israeli-linked container ship.": [
        ("Iran", 1, "nsubj", "PROPN", "NNP", "Iran"),
        ("seized", 1, "ROOT", "VERB", "VBD", "seize"),
        ("an", 7, "det", "DET", "DT", "an"),
        ("Israeli", 5, "npadvmod", "ADJ", "JJ", "israeli"),
        ("-", 5, "punct", "PUNCT", "HYPH", "-"),
        ("linked", 7, "amod", "VERB", "VBN", "link"),
        ("container", 7, "compound", "NOUN", "NN", "container"),
        ("ship", 1, "dobj", "NOUN", "NN", "ship"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Armenia and Azerbaijan traded accusations over the shooting.": [
        ("Armenia", 3, "nsubj", "PROPN", "NNP", "Armenia"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("Azerbaijan", 0, "conj", "PROPN", "NNP", "Azerbaijan"),
        ("traded", 3, "ROOT", "VERB", "VBD", "trade"),
        ("accusations", 3, "dobj", "NOUN", "NNS", "accusation"),
        ("over", 4, "prep", "ADP", "IN", "over"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("shooting", 5, "pobj", "NOUN", "NN", "shooting"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_a_seized_ship_is_its_owner_state_s(coder: Coder) -> None:
    assert coded(coder, "Iran seized an Israeli-linked container ship.") == [
        ("COERCE", "asserted", ["IRN"], ["ISR"])]


def test_traded_accusations_accuse_each_other(coder: Coder) -> None:
    assert coded(coder, "Armenia and Azerbaijan traded accusations over the shooting.") == [
        ("ACCUSE", "asserted", ["ARM", "AZE"], [])]
