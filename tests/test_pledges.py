"""Model-free tests of aid pledged: a stated intent to give it (AGREE, CAMEO 033).

"Japan pledged aid to Haiti" and "pledged 10 million dollars to Haiti" promise aid still to
come; the gold conventions code a promise of aid as an asserted AGREE toward whom it is for,
not as aid given. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these
sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary

PUBLISHED = "2024-03-12"

PARSES = {
    'Japan pledged aid to Haiti.': [
        ('Japan', 1, 'nsubj', 'PROPN', 'NNP', 'Japan'),
        ('pledged', 1, 'ROOT', 'VERB', 'VBD', 'pledge'),
        ('aid', 1, 'dobj', 'NOUN', 'NN', 'aid'),
        ('to', 1, 'prep', 'ADP', 'IN', 'to'),
        ('Haiti', 3, 'pobj', 'PROPN', 'NNP', 'Haiti'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Japan pledged 10 million dollars to Haiti.': [
        ('Japan', 1, 'nsubj', 'PROPN', 'NNP', 'Japan'),
        ('pledged', 1, 'ROOT', 'VERB', 'VBD', 'pledge'),
        ('10', 3, 'compound', 'NUM', 'CD', '10'),
        ('million', 4, 'nummod', 'NUM', 'CD', 'million'),
        ('dollars', 1, 'dobj', 'NOUN', 'NNS', 'dollar'),
        ('to', 1, 'prep', 'ADP', 'IN', 'to'),
        ('Haiti', 5, 'pobj', 'PROPN', 'NNP', 'Haiti'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _asserted(coder, text):
    return [t for t in summary(code_one(coder, text, PARSES[text], PUBLISHED))
            if t[1] == "asserted"]


def test_aid_pledged_is_an_intent_to_give_it(coder):
    assert _asserted(coder, 'Japan pledged aid to Haiti.') == [
        ("AGREE", "asserted", ["JPN"], ["HTI"])]


def test_money_pledged_is_an_intent_to_give_it(coder):
    assert _asserted(coder, 'Japan pledged 10 million dollars to Haiti.') == [
        ("AGREE", "asserted", ["JPN"], ["HTI"])]
