"""Model-free test of terms a text lays down.

"The deal provides for the release of Afghan prisoners, to pave the way for talks between Kabul
and the Taliban": the release and the talks are terms still to come, not acts told as done.
Docs are built by hand in the shape en_core_web_sm 3.8.0 parses this sentence (written for
this test).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PUBLISHED = "2020-03-01"

PARSES = {
    "The deal provides for the release of Afghan prisoners, to pave the way for talks between Kabul and the Taliban.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("deal", 2, "nsubj", "NOUN", "NN", "deal"),
        ("provides", 2, "ROOT", "VERB", "VBZ", "provide"),
        ("for", 2, "prep", "ADP", "IN", "for"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("release", 3, "pobj", "NOUN", "NN", "release"),
        ("of", 5, "prep", "ADP", "IN", "of"),
        ("Afghan", 8, "amod", "ADJ", "JJ", "afghan"),
        ("prisoners", 6, "pobj", "NOUN", "NNS", "prisoner"),
        (",", 2, "punct", "PUNCT", ",", ","),
        ("to", 11, "aux", "PART", "TO", "to"),
        ("pave", 2, "advcl", "VERB", "VB", "pave"),
        ("the", 13, "det", "DET", "DT", "the"),
        ("way", 11, "dobj", "NOUN", "NN", "way"),
        ("for", 13, "prep", "ADP", "IN", "for"),
        ("talks", 14, "pobj", "NOUN", "NNS", "talk"),
        ("between", 15, "prep", "ADP", "IN", "between"),
        ("Kabul", 16, "pobj", "PROPN", "NNP", "Kabul"),
        ("and", 17, "cc", "CCONJ", "CC", "and"),
        ("the", 20, "det", "DET", "DT", "the"),
        ("Taliban", 17, "conj", "PROPN", "NNP", "Taliban"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
}


def test_terms_provided_for_and_paved_for_are_to_come(coder: Coder) -> None:
    text = next(iter(PARSES))
    found = [(ev.event, ev.status, [e.code for e in ev.actor])
             for ev in code_one(coder, text, PARSES[text], PUBLISHED)]
    assert ("CONSULT", "future", ["AFG", "TALIBAN"]) in found
    assert not any(status == "asserted" for _, status, _ in found)
