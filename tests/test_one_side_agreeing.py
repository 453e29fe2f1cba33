"""Model-free tests of one side told agreeing in a story about two.

"Cuba also agreed to free 53 prisoners", in a report on Cuba and the United States: one side
told agreeing agrees with the other, which the story names (actor and recipient, as the gold
sets code it); "Cuba and the United States agreed" is told of both, all actors. Docs are
built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for these
tests).
"""

from __future__ import annotations

from docbuild import code_doc, told_in
from parley.events.coder import Coder

PUBLISHED = "2014-12-18"

PARSES = {
    'The United States accused Cuba of holding prisoners.': [
        ('The', 2, 'det', 'DET', 'DT', 'the'),
        ('United', 2, 'compound', 'PROPN', 'NNP', 'United'),
        ('States', 3, 'nsubj', 'PROPN', 'NNP', 'States'),
        ('accused', 3, 'ROOT', 'VERB', 'VBD', 'accuse'),
        ('Cuba', 3, 'dobj', 'PROPN', 'NNP', 'Cuba'),
        ('of', 3, 'prep', 'ADP', 'IN', 'of'),
        ('holding', 5, 'pcomp', 'VERB', 'VBG', 'hold'),
        ('prisoners', 6, 'dobj', 'NOUN', 'NNS', 'prisoner'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'Cuba rejected the demand of the United States.': [
        ('Cuba', 1, 'nsubj', 'PROPN', 'NNP', 'Cuba'),
        ('rejected', 1, 'ROOT', 'VERB', 'VBD', 'reject'),
        ('the', 3, 'det', 'DET', 'DT', 'the'),
        ('demand', 1, 'dobj', 'NOUN', 'NN', 'demand'),
        ('of', 3, 'prep', 'ADP', 'IN', 'of'),
        ('the', 7, 'det', 'DET', 'DT', 'the'),
        ('United', 7, 'compound', 'PROPN', 'NNP', 'United'),
        ('States', 4, 'pobj', 'PROPN', 'NNP', 'States'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Cuba agreed to free the prisoners.': [
        ('Cuba', 1, 'nsubj', 'PROPN', 'NNP', 'Cuba'),
        ('agreed', 1, 'ROOT', 'VERB', 'VBD', 'agree'),
        ('to', 3, 'aux', 'PART', 'TO', 'to'),
        ('free', 1, 'xcomp', 'VERB', 'VB', 'free'),
        ('the', 5, 'det', 'DET', 'DT', 'the'),
        ('prisoners', 3, 'dobj', 'NOUN', 'NNS', 'prisoner'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Cuba and the United States agreed to restore relations.': [
        ('Cuba', 5, 'nsubj', 'PROPN', 'NNP', 'Cuba'),
        ('and', 0, 'cc', 'CCONJ', 'CC', 'and'),
        ('the', 4, 'det', 'DET', 'DT', 'the'),
        ('United', 4, 'compound', 'PROPN', 'NNP', 'United'),
        ('States', 0, 'conj', 'PROPN', 'NNP', 'States'),
        ('agreed', 5, 'ROOT', 'VERB', 'VBD', 'agree'),
        ('to', 7, 'aux', 'PART', 'TO', 'to'),
        ('restore', 5, 'xcomp', 'VERB', 'VB', 'restore'),
        ('relations', 7, 'dobj', 'NOUN', 'NNS', 'relation'),
        ('.', 5, 'punct', 'PUNCT', '.', '.'),
    ],
}
STORY = ["The United States accused Cuba of holding prisoners.", "Cuba rejected the demand of the United States."]


def _code(coder: Coder, last: str):
    events = code_doc(coder, [(s, PARSES[s]) for s in (*STORY, last)], PUBLISHED)
    return told_in(events, last)


def test_one_side_agreeing_agrees_with_the_other(coder: Coder) -> None:
    assert _code(coder, "Cuba agreed to free the prisoners.") == [
        ("AGREE", "asserted", ["CUB"], ["USA"]), ("RETREAT", "future", ["CUB"], ["USA"])]


def test_both_sides_agreeing_are_both_actors(coder: Coder) -> None:
    assert _code(coder, "Cuba and the United States agreed to restore relations.") == [
        ("AGREE", "asserted", ["CUB", "USA"], []), ("COOPERATE", "future", ["CUB", "USA"], [])]
