"""Model-free test of those taken hostage.

"Serbian troops took 300 UN peacekeepers hostage in May": the taking of hostages (CAMEO 181)
is aimed at those taken, named beside the word "hostage", here the United Nations. Docs are
built by hand in the shape en_core_web_sm 3.8.0 parses this sentence (written for this test).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PARSES = {
    'Serbian troops took 300 UN peacekeepers hostage in May.': [
    ('Serbian', 1, 'amod', 'ADJ', 'JJ', 'serbian'),
    ('troops', 2, 'nsubj', 'NOUN', 'NNS', 'troop'),
    ('took', 2, 'ROOT', 'VERB', 'VBD', 'take'),
    ('300', 6, 'nummod', 'NUM', 'CD', '300'),
    ('UN', 5, 'compound', 'PROPN', 'NNP', 'UN'),
    ('peacekeepers', 6, 'compound', 'NOUN', 'NNS', 'peacekeeper'),
    ('hostage', 2, 'dobj', 'NOUN', 'NN', 'hostage'),
    ('in', 2, 'prep', 'ADP', 'IN', 'in'),
    ('May', 7, 'pobj', 'PROPN', 'NNP', 'May'),
    ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
}


def test_those_taken_hostage_are_the_recipient(coder: Coder) -> None:
    text = "Serbian troops took 300 UN peacekeepers hostage in May."
    events = code_one(coder, text, PARSES[text], "1995-09-01")
    assert [(e[0], e[3]) for e in summary(events)] == [("ASSAULT", ["UN"])]
