"""Model-free tests of a nominal act's phrase that the parser hangs on the verb governing the
noun: in "Norway has doubled its humanitarian aid to Sudan" the "to Sudan" is the aid's
recipient, though the parse makes it the doubling's. Docs are built by hand in the shape
en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PUBLISHED = "2023-06-01"

PARSES = {
    "Norway has doubled its humanitarian aid to Sudan.": [
        ("Norway", 2, "nsubj", "PROPN", "NNP", "Norway"),
        ("has", 2, "aux", "AUX", "VBZ", "have"),
        ("doubled", 2, "ROOT", "VERB", "VBN", "double"),
        ("its", 5, "poss", "PRON", "PRP$", "its"),
        ("humanitarian", 5, "amod", "ADJ", "JJ", "humanitarian"),
        ("aid", 2, "dobj", "NOUN", "NN", "aid"),
        ("to", 2, "prep", "ADP", "IN", "to"),
        ("Sudan", 6, "pobj", "PROPN", "NNP", "Sudan"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Norway has doubled its humanitarian aid.": [
        ("Norway", 2, "nsubj", "PROPN", "NNP", "Norway"),
        ("has", 2, "aux", "AUX", "VBZ", "have"),
        ("doubled", 2, "ROOT", "VERB", "VBN", "double"),
        ("its", 5, "poss", "PRON", "PRP$", "its"),
        ("humanitarian", 5, "amod", "ADJ", "JJ", "humanitarian"),
        ("aid", 2, "dobj", "NOUN", "NN", "aid"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return [(ev.event, ev.mode, [e.code for e in ev.actor], [e.code for e in ev.recipient])
            for ev in code_one(coder, text, PARSES[text], PUBLISHED)]


def test_recipient_hung_on_the_governing_verb(coder: Coder) -> None:
    text = "Norway has doubled its humanitarian aid to Sudan."
    assert coded(coder, text) == [("AID", "humanitarian", ["NOR"], ["SDN"])]


def test_no_phrase_no_recipient(coder: Coder) -> None:
    text = "Norway has doubled its humanitarian aid."
    assert coded(coder, text) == [("AID", "humanitarian", ["NOR"], [])]
