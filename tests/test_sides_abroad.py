"""Model-free test of the story's sides meeting somewhere: "the warring parties agreed in
Sweden" tells no act of Sweden's political parties (a group of no named state is the state
of the place it acts in, as protesters rallying in Yerevan are Armenia's, but the sides of a
story are no such group). Docs are built by hand in the shape en_core_web_sm 3.8.0 parses
this sentence (written for this test).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PUBLISHED = "2019-05-14"

AGREED = "Five months ago, the warring parties agreed in Sweden to pull their forces out of Hodeidah."

PARSES: dict[str, list[tuple]] = {
    "Five months ago, the warring parties agreed in Sweden to pull their forces out of Hodeidah.": [
        ("Five", 1, "nummod", "NUM", "CD", "five"),
        ("months", 2, "npadvmod", "NOUN", "NNS", "month"),
        ("ago", 7, "advmod", "ADV", "RB", "ago"),
        (",", 7, "punct", "PUNCT", ",", ","),
        ("the", 6, "det", "DET", "DT", "the"),
        ("warring", 6, "amod", "VERB", "VBG", "war"),
        ("parties", 7, "nsubj", "NOUN", "NNS", "party"),
        ("agreed", 7, "ROOT", "VERB", "VBD", "agree"),
        ("in", 7, "prep", "ADP", "IN", "in"),
        ("Sweden", 8, "pobj", "PROPN", "NNP", "Sweden"),
        ("to", 11, "aux", "PART", "TO", "to"),
        ("pull", 7, "xcomp", "VERB", "VB", "pull"),
        ("their", 13, "poss", "PRON", "PRP$", "their"),
        ("forces", 11, "dobj", "NOUN", "NNS", "force"),
        ("out", 11, "prep", "ADP", "IN", "out"),
        ("of", 14, "prep", "ADP", "IN", "of"),
        ("Hodeidah", 15, "pobj", "PROPN", "NNP", "Hodeidah"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ],
}


def test_the_sides_agreeing_in_a_state_are_not_its_parties(coder: Coder) -> None:
    coded = code_one(coder, AGREED, PARSES[AGREED], PUBLISHED)
    assert not [ev for ev in coded if any(e.code == "SWE" for e in ev.actor)]
