"""Model-free tests that reference resolution ends (EVENTS.md section 3).

"the fighters were destroying their weapons of their own free will": each "their" may be looked
for in a plural phrase before it, and that phrase holds the other "their"; resolution must end,
with the fighters' side, not recurse until the interpreter gives up (a sentence that once cost
its whole document). Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these
sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PARSES = {
    "The commander said the fighters were destroying their weapons of their own free will.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("commander", 2, "nsubj", "NOUN", "NN", "commander"),
        ("said", 2, "ROOT", "VERB", "VBD", "say"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("fighters", 6, "nsubj", "NOUN", "NNS", "fighter"),
        ("were", 6, "aux", "AUX", "VBD", "be"),
        ("destroying", 2, "ccomp", "VERB", "VBG", "destroy"),
        ("their", 8, "poss", "PRON", "PRP$", "their"),
        ("weapons", 6, "dobj", "NOUN", "NNS", "weapon"),
        ("of", 8, "prep", "ADP", "IN", "of"),
        ("their", 13, "poss", "PRON", "PRP$", "their"),
        ("own", 13, "amod", "ADJ", "JJ", "own"),
        ("free", 13, "amod", "ADJ", "JJ", "free"),
        ("will", 9, "pobj", "NOUN", "NN", "will"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
}


def test_two_possessives_that_point_at_each_other_resolve(coder: Coder) -> None:
    text = "The commander said the fighters were destroying their weapons of their own free will."
    # Coding must finish; the sentence names no party, so it codes no event.
    assert code_one(coder, text, PARSES[text], "2025-07-12") == []
