"""Model-free tests of a plural noun the model takes for a verb after "called" (EVENTS.md
section 2).

"Cambodia's defence ministry called the air strikes a brutal military aggression against the
kingdom": en_core_web_sm 3.8.0 reads "strikes" as a verb whose object is the label, and
"air" as what is called. Read so, the sentence called for a strike (a walkout) and told an
attack of its own. It is a label on the strikes told before: Cambodia accuses Thailand.
Docs are built by hand in the shape the model parses these sentences (written for these
tests).
"""

from __future__ import annotations

from docbuild import code_doc, summary
from parley.events.coder import Coder

PUBLISHED = "2025-07-26"

PARSES = {
    "Thailand struck Cambodian positions on Thursday.": [
        ("Thailand", 1, "nsubj", "PROPN", "NNP", "Thailand"),
        ("struck", 1, "ROOT", "VERB", "VBD", "strike"),
        ("Cambodian", 3, "amod", "ADJ", "JJ", "cambodian"),
        ("positions", 1, "dobj", "NOUN", "NNS", "position"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("Thursday", 4, "pobj", "PROPN", "NNP", "Thursday"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Cambodia's defence ministry called the air strikes a brutal military aggression against the kingdom.": [
        ("Cambodia", 3, "poss", "PROPN", "NNP", "Cambodia"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("defence", 3, "compound", "PROPN", "NNP", "defence"),
        ("ministry", 4, "nsubj", "PROPN", "NNP", "ministry"),
        ("called", 4, "ROOT", "VERB", "VBD", "call"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("air", 4, "dobj", "NOUN", "NN", "air"),
        ("strikes", 4, "oprd", "VERB", "VBZ", "strike"),
        ("a", 11, "det", "DET", "DT", "a"),
        ("brutal", 11, "amod", "ADJ", "JJ", "brutal"),
        ("military", 11, "amod", "ADJ", "JJ", "military"),
        ("aggression", 7, "dobj", "NOUN", "NN", "aggression"),
        ("against", 11, "prep", "ADP", "IN", "against"),
        ("the", 14, "det", "DET", "DT", "the"),
        ("kingdom", 12, "pobj", "NOUN", "NN", "kingdom"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ],
}

STRUCK = "Thailand struck Cambodian positions on Thursday."
CALLED = ("Cambodia's defence ministry called the air strikes a brutal military aggression "
          "against the kingdom.")


def test_strikes_called_an_aggression_are_labelled_not_called(coder: Coder) -> None:
    events = summary(code_doc(coder, [(STRUCK, PARSES[STRUCK]), (CALLED, PARSES[CALLED])],
                              PUBLISHED, infer=False))
    assert events[1:] == [("ACCUSE", "asserted", ["KHM"], ["THA"])]
