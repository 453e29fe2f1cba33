"""Model-free tests of ground held by an armed side.

"Pounded positions held by the SDF": positions, bases, villages or towns held by a side stand
for that side when the holder is an agent ("held by"), as claimed waters and territory stand for
their claimant. A relative clause's subject ("the villages it held") is not read so: it is as
often the actor itself. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these
sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2019-10-10"

PARSES = {
    'Turkish warplanes pounded positions held by the Syrian Democratic Forces.': [
        ('Turkish', 1, 'amod', 'ADJ', 'JJ', 'turkish'),
        ('warplanes', 2, 'nsubj', 'NOUN', 'NNS', 'warplane'),
        ('pounded', 2, 'ROOT', 'VERB', 'VBD', 'pound'),
        ('positions', 2, 'dobj', 'NOUN', 'NNS', 'position'),
        ('held', 3, 'acl', 'VERB', 'VBN', 'hold'),
        ('by', 4, 'agent', 'ADP', 'IN', 'by'),
        ('the', 9, 'det', 'DET', 'DT', 'the'),
        ('Syrian', 9, 'compound', 'PROPN', 'NNP', 'Syrian'),
        ('Democratic', 9, 'compound', 'PROPN', 'NNP', 'Democratic'),
        ('Forces', 5, 'pobj', 'PROPN', 'NNPS', 'Forces'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'Turkish warplanes pounded villages that the Syrian Democratic Forces held.': [
        ('Turkish', 1, 'amod', 'ADJ', 'JJ', 'turkish'),
        ('warplanes', 2, 'nsubj', 'NOUN', 'NNS', 'warplane'),
        ('pounded', 2, 'ROOT', 'VERB', 'VBD', 'pound'),
        ('villages', 2, 'dobj', 'NOUN', 'NNS', 'village'),
        ('that', 9, 'dobj', 'SCONJ', 'IN', 'that'),
        ('the', 8, 'det', 'DET', 'DT', 'the'),
        ('Syrian', 8, 'compound', 'PROPN', 'NNP', 'Syrian'),
        ('Democratic', 8, 'compound', 'PROPN', 'NNP', 'Democratic'),
        ('Forces', 9, 'nsubj', 'PROPN', 'NNPS', 'Forces'),
        ('held', 3, 'relcl', 'VERB', 'VBD', 'hold'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'Turkish warplanes pounded positions occupied by the Syrian Democratic Forces.': [
        ('Turkish', 1, 'amod', 'ADJ', 'JJ', 'turkish'),
        ('warplanes', 2, 'nsubj', 'NOUN', 'NNS', 'warplane'),
        ('pounded', 2, 'ROOT', 'VERB', 'VBD', 'pound'),
        ('positions', 2, 'dobj', 'NOUN', 'NNS', 'position'),
        ('occupied', 3, 'acl', 'VERB', 'VBN', 'occupy'),
        ('by', 4, 'agent', 'ADP', 'IN', 'by'),
        ('the', 9, 'det', 'DET', 'DT', 'the'),
        ('Syrian', 9, 'compound', 'PROPN', 'NNP', 'Syrian'),
        ('Democratic', 9, 'compound', 'PROPN', 'NNP', 'Democratic'),
        ('Forces', 5, 'pobj', 'PROPN', 'NNPS', 'Forces'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _code(coder: Coder, text: str):
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_positions_held_by_a_side_are_that_sides(coder: Coder) -> None:
    text = "Turkish warplanes pounded positions held by the Syrian Democratic Forces."
    assert _code(coder, text) == [("ASSAULT", "asserted", ["TUR"], ["SDF"])]


def test_positions_occupied_by_a_side_are_that_sides(coder: Coder) -> None:
    # (Occupying, claiming and administering are holding too: the verbs of holding ground by
    # force, which the coder reads apart, leave this list alone.)
    text = "Turkish warplanes pounded positions occupied by the Syrian Democratic Forces."
    assert ("ASSAULT", "asserted", ["TUR"], ["SDF"]) in _code(coder, text)


def test_villages_a_relative_clause_says_a_side_held_are_not_read_so(coder: Coder) -> None:
    text = "Turkish warplanes pounded villages that the Syrian Democratic Forces held."
    assert _code(coder, text) == [("ASSAULT", "asserted", ["TUR"], [])]
