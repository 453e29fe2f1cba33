"""Model-free tests of an act that makes something so: "the strike may have made the region safer".

An act named as the subject of "make" is what did the making: a guess about what it made ("may
have made the region safer") does not make the act itself a guess. An act that will "take" six
months is still to come. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these
sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PARSES = {
    'The American strike on Iran may have made the region safer.': [
    ('The', 2, 'det', 'DET', 'DT', 'the'),
    ('American', 2, 'amod', 'ADJ', 'JJ', 'american'),
    ('strike', 7, 'nsubj', 'NOUN', 'NN', 'strike'),
    ('on', 2, 'prep', 'ADP', 'IN', 'on'),
    ('Iran', 3, 'pobj', 'PROPN', 'NNP', 'Iran'),
    ('may', 7, 'aux', 'AUX', 'MD', 'may'),
    ('have', 7, 'aux', 'AUX', 'VB', 'have'),
    ('made', 7, 'ROOT', 'VERB', 'VBN', 'make'),
    ('the', 9, 'det', 'DET', 'DT', 'the'),
    ('region', 10, 'nsubj', 'NOUN', 'NN', 'region'),
    ('safer', 7, 'ccomp', 'ADJ', 'JJR', 'safe'),
    ('.', 7, 'punct', 'PUNCT', '.', '.'),
    ],
    'The withdrawal of the French force will take six months.': [
    ('The', 1, 'det', 'DET', 'DT', 'the'),
    ('withdrawal', 7, 'nsubj', 'NOUN', 'NN', 'withdrawal'),
    ('of', 1, 'prep', 'ADP', 'IN', 'of'),
    ('the', 5, 'det', 'DET', 'DT', 'the'),
    ('French', 5, 'amod', 'ADJ', 'JJ', 'french'),
    ('force', 2, 'pobj', 'NOUN', 'NN', 'force'),
    ('will', 7, 'aux', 'AUX', 'MD', 'will'),
    ('take', 7, 'ROOT', 'VERB', 'VB', 'take'),
    ('six', 9, 'nummod', 'NUM', 'CD', 'six'),
    ('months', 7, 'dobj', 'NOUN', 'NNS', 'month'),
    ('.', 7, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _code(coder: Coder, text: str):
    return [(ev.event, ev.status, [e.code for e in ev.actor], [e.code for e in ev.recipient])
            for ev in code_one(coder, text, PARSES[text], "2020-01-09")]


def test_an_act_that_may_have_made_something_so_happened(coder: Coder) -> None:
    assert _code(coder, "The American strike on Iran may have made the region safer.") == [
        ("ASSAULT", "asserted", ["USA"], ["IRN"])]


def test_an_act_that_will_take_months_is_to_come(coder: Coder) -> None:
    assert _code(coder, "The withdrawal of the French force will take six months.") == [
        ("RETREAT", "future", ["FRA"], [])]
