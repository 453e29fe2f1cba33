"""Model-free tests of seats of power owned by another state: "Colombia's Congress".

A bare "Congress" is Washington's legislature (seats.tsv); named with another state's name,
"Colombia's Congress" or "the Colombian Congress", it is that state's (the seat's sector, the
owner's code). Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences
(written for these tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PARSES = {
"Colombia's Congress approved the peace agreement with the FARC.": [
    ('Colombia', 2, 'poss', 'PROPN', 'NNP', 'Colombia'),
("'s", 0, 'case', 'PART', 'POS', "'s"),
    ('Congress', 3, 'nsubj', 'PROPN', 'NNP', 'Congress'),
    ('approved', 3, 'ROOT', 'VERB', 'VBD', 'approve'),
    ('the', 6, 'det', 'DET', 'DT', 'the'),
    ('peace', 6, 'compound', 'NOUN', 'NN', 'peace'),
    ('agreement', 3, 'dobj', 'NOUN', 'NN', 'agreement'),
    ('with', 6, 'prep', 'ADP', 'IN', 'with'),
    ('the', 9, 'det', 'DET', 'DT', 'the'),
    ('FARC', 7, 'pobj', 'NOUN', 'NNS', 'FARC'),
    ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'The Colombian Congress approved the peace agreement with the FARC.': [
    ('The', 2, 'det', 'DET', 'DT', 'the'),
    ('Colombian', 2, 'amod', 'ADJ', 'JJ', 'colombian'),
    ('Congress', 3, 'nsubj', 'PROPN', 'NNP', 'Congress'),
    ('approved', 3, 'ROOT', 'VERB', 'VBD', 'approve'),
    ('the', 6, 'det', 'DET', 'DT', 'the'),
    ('peace', 6, 'compound', 'NOUN', 'NN', 'peace'),
    ('agreement', 3, 'dobj', 'NOUN', 'NN', 'agreement'),
    ('with', 6, 'prep', 'ADP', 'IN', 'with'),
    ('the', 9, 'det', 'DET', 'DT', 'the'),
    ('FARC', 7, 'pobj', 'NOUN', 'NNS', 'FARC'),
    ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _actors(coder: Coder, text: str):
    return [[(e.code, e.sector) for e in ev.actor]
            for ev in code_one(coder, text, PARSES[text], "2016-12-02") if ev.cameo == "030"]


def test_a_states_congress_is_its_legislature(coder: Coder) -> None:
    assert _actors(coder, "Colombia's Congress approved the peace agreement with the FARC.") == [
        [("COL", "LEG")]]


def test_a_congress_named_by_adjective_is_that_states(coder: Coder) -> None:
    assert _actors(coder, "The Colombian Congress approved the peace agreement with the "
                          "FARC.") == [[("COL", "LEG")]]
