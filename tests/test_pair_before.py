"""Model-free test of "the two countries" after a pair named earlier in the same sentence.

"A ceasefire between Israel and Iran took effect on Tuesday, hours after Trump announced that
the two countries had agreed to end the war": the two are Israel and Iran, even in a text's
first sentence. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses this sentence
(written for this test).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PUBLISHED = "2025-06-25"

PARSES = {
    "A ceasefire between Israel and Iran took effect on Tuesday, hours after Trump announced that the two countries had agreed to end the war.": [
        ("A", 1, "det", "DET", "DT", "a"),
        ("ceasefire", 6, "nsubj", "NOUN", "NN", "ceasefire"),
        ("between", 1, "prep", "ADP", "IN", "between"),
        ("Israel", 2, "pobj", "PROPN", "NNP", "Israel"),
        ("and", 3, "cc", "CCONJ", "CC", "and"),
        ("Iran", 3, "conj", "PROPN", "NNP", "Iran"),
        ("took", 6, "ROOT", "VERB", "VBD", "take"),
        ("effect", 6, "dobj", "NOUN", "NN", "effect"),
        ("on", 6, "prep", "ADP", "IN", "on"),
        ("Tuesday", 8, "pobj", "PROPN", "NNP", "Tuesday"),
        (",", 6, "punct", "PUNCT", ",", ","),
        ("hours", 14, "npadvmod", "NOUN", "NNS", "hour"),
        ("after", 14, "mark", "SCONJ", "IN", "after"),
        ("Trump", 14, "nsubj", "PROPN", "NNP", "Trump"),
        ("announced", 6, "advcl", "VERB", "VBD", "announce"),
        ("that", 20, "mark", "SCONJ", "IN", "that"),
        ("the", 18, "det", "DET", "DT", "the"),
        ("two", 18, "nummod", "NUM", "CD", "two"),
        ("countries", 20, "nsubj", "NOUN", "NNS", "country"),
        ("had", 20, "aux", "AUX", "VBD", "have"),
        ("agreed", 14, "ccomp", "VERB", "VBN", "agree"),
        ("to", 22, "aux", "PART", "TO", "to"),
        ("end", 20, "xcomp", "VERB", "VB", "end"),
        ("the", 24, "det", "DET", "DT", "the"),
        ("war", 22, "dobj", "NOUN", "NN", "war"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ],
}


def test_the_two_countries_are_the_pair_named_before_them(coder: Coder) -> None:
    text = next(iter(PARSES))
    found = [(ev.event, [e.code for e in ev.actor], [e.code for e in ev.recipient])
             for ev in code_one(coder, text, PARSES[text], PUBLISHED)]
    assert ("AGREE", ["ISR", "IRN"], []) in found
