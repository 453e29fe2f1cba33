"""Model-free tests of what an act is done to when the object is not a plain noun phrase:
"struck what Ankara described as a PKK arms depot" strikes the PKK (a free relative names its
object through "as"), and "an arms depot" is a thing, no AID (an act's noun modifying a noun
that is no act). Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these
sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PUBLISHED = "2022-11-20"

PARSES = {
    "Turkish jets struck what Ankara described as a PKK arms depot near the border.": [
        ("Turkish", 1, "amod", "ADJ", "JJ", "turkish"),
        ("jets", 2, "nsubj", "NOUN", "NNS", "jet"),
        ("struck", 2, "ROOT", "VERB", "VBD", "strike"),
        ("what", 5, "dobj", "PRON", "WP", "what"),
        ("Ankara", 5, "nsubj", "PROPN", "NNP", "Ankara"),
        ("described", 2, "ccomp", "VERB", "VBD", "describe"),
        ("as", 5, "prep", "ADP", "IN", "as"),
        ("a", 10, "det", "DET", "DT", "a"),
        ("PKK", 9, "compound", "PROPN", "NNP", "PKK"),
        ("arms", 10, "compound", "NOUN", "NNS", "arm"),
        ("depot", 6, "pobj", "NOUN", "NN", "depot"),
        ("near", 10, "prep", "ADP", "IN", "near"),
        ("the", 13, "det", "DET", "DT", "the"),
        ("border", 11, "pobj", "NOUN", "NN", "border"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
}


def test_free_relative_object_is_what_it_is_described_as(coder: Coder) -> None:
    text = "Turkish jets struck what Ankara described as a PKK arms depot near the border."
    assert [(ev.event, [e.code for e in ev.actor], [e.code for e in ev.recipient])
            for ev in code_one(coder, text, PARSES[text], PUBLISHED)] == [
        ("ASSAULT", ["TUR"], ["PKK"])]
