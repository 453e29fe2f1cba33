"""Model-free tests of phrases that are no act though their head is one (nouns.tsv rows with
event '-'): "its Cold War against the Soviet Union" is an era, not an ASSAULT; a war waged
against a state still is. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses
these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PUBLISHED = "2022-05-01"

PARSES = {
    "NATO was formed for conducting its “Cold War” against the Soviet Union.": [
        ("NATO", 2, "nsubjpass", "PROPN", "NNP", "NATO"),
        ("was", 2, "auxpass", "AUX", "VBD", "be"),
        ("formed", 2, "ROOT", "VERB", "VBN", "form"),
        ("for", 2, "prep", "ADP", "IN", "for"),
        ("conducting", 3, "pcomp", "VERB", "VBG", "conduct"),
        ("its", 8, "poss", "PRON", "PRP$", "its"),
        ("\u201c", 8, "punct", "PUNCT", "``", "\""),
        ("Cold", 8, "compound", "PROPN", "NNP", "Cold"),
        ("War", 4, "dobj", "PROPN", "NNP", "War"),
        ("\u201d", 8, "punct", "PUNCT", "''", "\""),
        ("against", 8, "prep", "ADP", "IN", "against"),
        ("the", 13, "det", "DET", "DT", "the"),
        ("Soviet", 13, "compound", "PROPN", "NNP", "Soviet"),
        ("Union", 10, "pobj", "PROPN", "NNP", "Union"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Japan waged its war against China from 1937.": [
        ("Japan", 1, "nsubj", "PROPN", "NNP", "Japan"),
        ("waged", 1, "ROOT", "VERB", "VBD", "wag"),
        ("its", 3, "poss", "PRON", "PRP$", "its"),
        ("war", 1, "dobj", "NOUN", "NN", "war"),
        ("against", 3, "prep", "ADP", "IN", "against"),
        ("China", 4, "pobj", "PROPN", "NNP", "China"),
        ("from", 1, "prep", "ADP", "IN", "from"),
        ("1937", 6, "pobj", "NUM", "CD", "1937"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return [(ev.event, [e.code for e in ev.actor], [e.code for e in ev.recipient])
            for ev in code_one(coder, text, PARSES[text], PUBLISHED)]


def test_the_cold_war_is_an_era(coder: Coder) -> None:
    text = "NATO was formed for conducting its “Cold War” against the Soviet Union."
    assert coded(coder, text) == []


def test_a_war_waged_is_an_assault(coder: Coder) -> None:
    assert coded(coder, "Japan waged its war against China from 1937.") == [
        ("ASSAULT", ["JPN"], ["CHN"])]
