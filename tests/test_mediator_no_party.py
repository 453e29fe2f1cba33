"""Model-free tests: a mediator named often is still no party of the story it mediates.

A report on talks that Norway brokered names Norway, Oslo and Norwegian envoys again and
again; the story's two parties, whom a one-sided act is aimed at, are still the ones it
mediates between. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences
(written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, told_in

PUBLISHED = "2006-10-30"

BROKERED = 'Norway brokered a truce between Sri Lanka and the LTTE.'
PRAISED = 'Norway praised Japan.'
THANKED = 'Oslo thanked India.'
ATTACKED = 'The LTTE attacked a naval base.'

PARSES = {
    'Norway brokered a truce between Sri Lanka and the LTTE.': [
        ('Norway', 1, 'nsubj', 'PROPN', 'NNP', 'Norway'),
        ('brokered', 1, 'ROOT', 'VERB', 'VBD', 'broker'),
        ('a', 3, 'det', 'DET', 'DT', 'a'),
        ('truce', 1, 'dobj', 'NOUN', 'NN', 'truce'),
        ('between', 3, 'prep', 'ADP', 'IN', 'between'),
        ('Sri', 6, 'compound', 'PROPN', 'NNP', 'Sri'),
        ('Lanka', 4, 'pobj', 'PROPN', 'NNP', 'Lanka'),
        ('and', 6, 'cc', 'CCONJ', 'CC', 'and'),
        ('the', 9, 'det', 'DET', 'DT', 'the'),
        ('LTTE', 6, 'conj', 'PROPN', 'NNP', 'LTTE'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Norway praised Japan.': [
        ('Norway', 1, 'nsubj', 'PROPN', 'NNP', 'Norway'),
        ('praised', 1, 'ROOT', 'VERB', 'VBD', 'praise'),
        ('Japan', 1, 'dobj', 'PROPN', 'NNP', 'Japan'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Oslo thanked India.': [
        ('Oslo', 1, 'nsubj', 'PROPN', 'NNP', 'Oslo'),
        ('thanked', 1, 'ROOT', 'VERB', 'VBD', 'thank'),
        ('India', 1, 'dobj', 'PROPN', 'NNP', 'India'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'The LTTE attacked a naval base.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('LTTE', 2, 'nsubj', 'NOUN', 'NNS', 'LTTE'),
        ('attacked', 2, 'ROOT', 'VERB', 'VBD', 'attack'),
        ('a', 5, 'det', 'DET', 'DT', 'a'),
        ('naval', 5, 'amod', 'ADJ', 'JJ', 'naval'),
        ('base', 2, 'dobj', 'NOUN', 'NN', 'base'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
}


def test_a_one_sided_act_is_aimed_at_the_other_party_not_the_mediator(coder):
    texts = [BROKERED, PRAISED, THANKED, ATTACKED]
    events = code_doc(coder, [(t, PARSES[t]) for t in texts], PUBLISHED)
    assert told_in(events, ATTACKED) == [("ASSAULT", "asserted", ["LTTE"], ["LKA"])]

