"""Model-free test of promises kept and of "their" under an object-control verb.

In "Pompeo urged the Taliban to keep their promises and to cut their ties with al-Qaeda" the
promises and the ties are the Taliban's (the one urged), and keeping a promise tells no new
one. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses this sentence (written for
this test).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PUBLISHED = "2020-03-01"

PARSES = {
    "Pompeo urged the Taliban to keep their promises and to cut their ties with al-Qaeda.": [
        ("Pompeo", 1, "nsubj", "PROPN", "NNP", "Pompeo"),
        ("urged", 1, "ROOT", "VERB", "VBD", "urge"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("Taliban", 1, "dobj", "PROPN", "NNP", "Taliban"),
        ("to", 5, "aux", "PART", "TO", "to"),
        ("keep", 1, "xcomp", "VERB", "VB", "keep"),
        ("their", 7, "poss", "PRON", "PRP$", "their"),
        ("promises", 5, "dobj", "NOUN", "NNS", "promise"),
        ("and", 5, "cc", "CCONJ", "CC", "and"),
        ("to", 10, "aux", "PART", "TO", "to"),
        ("cut", 5, "conj", "VERB", "VB", "cut"),
        ("their", 12, "poss", "PRON", "PRP$", "their"),
        ("ties", 10, "dobj", "NOUN", "NNS", "tie"),
        ("with", 12, "prep", "ADP", "IN", "with"),
        ("al", 16, "compound", "PROPN", "NNP", "al"),
        ("-", 16, "punct", "PROPN", "NNP", "-"),
        ("Qaeda", 13, "pobj", "PROPN", "NNP", "Qaeda"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def test_their_is_the_one_urged_and_a_kept_promise_is_no_new_one(coder: Coder) -> None:
    text = next(iter(PARSES))
    found = [(ev.event, ev.status, [e.code for e in ev.actor], [e.code for e in ev.recipient])
             for ev in code_one(coder, text, PARSES[text], PUBLISHED)]
    assert found == [("REQUEST", "asserted", ["USA"], ["TALIBAN"]),
                     ("SANCTION", "hypothetical", ["TALIBAN"], ["ALQAEDA"])]
