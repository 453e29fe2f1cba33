"""Model-free tests of a document told signed in the passive with no signer named.

"Erdogan praised the accord on the day it was signed": "it" is the accord; what was signed is
the document, not a party, so the clause names no signer and codes no second agreement (as
"signing it" names none). The signing itself was told before, with its parties. Docs are built
by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, told_in
from parley.events.coder import Coder

PUBLISHED = "2020-10-25"

SIGNED = "Libya and Turkey signed a military accord in November."
PRAISED = "Erdogan praised the accord on the day it was signed."

PARSES = {
    SIGNED: [
        ("Libya", 3, "nsubj", "PROPN", "NNP", "Libya"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("Turkey", 0, "conj", "PROPN", "NNP", "Turkey"),
        ("signed", 3, "ROOT", "VERB", "VBD", "sign"),
        ("a", 6, "det", "DET", "DT", "a"),
        ("military", 6, "amod", "ADJ", "JJ", "military"),
        ("accord", 3, "dobj", "NOUN", "NN", "accord"),
        ("in", 3, "prep", "ADP", "IN", "in"),
        ("November", 7, "pobj", "PROPN", "NNP", "November"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    PRAISED: [
        ("Erdogan", 1, "nsubj", "PROPN", "NNP", "Erdogan"),
        ("praised", 1, "ROOT", "VERB", "VBD", "praise"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("accord", 1, "dobj", "NOUN", "NN", "accord"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("day", 4, "pobj", "NOUN", "NN", "day"),
        ("it", 9, "nsubjpass", "PRON", "PRP", "it"),
        ("was", 9, "auxpass", "AUX", "VBD", "be"),
        ("signed", 6, "relcl", "VERB", "VBN", "sign"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def test_a_document_signed_names_no_signer(coder: Coder) -> None:
    events = code_doc(coder, [(t, PARSES[t]) for t in (SIGNED, PRAISED)], PUBLISHED)
    assert [ev[0] for ev in told_in(events, PRAISED)] == ["SUPPORT"]
    assert told_in(events, SIGNED) == [("AGREE", "asserted", ["LBY", "TUR"], [])]
