"""Model-free tests of "whose" in a relative clause.

"India, whose special envoy had met the king of Nepal", "Canada, whose diplomats sheltered
six Americans": the envoy and the diplomats are the party the relative clause is said of, not
no one (nor the state of the place they acted in). Docs are built by hand in the shape
en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PARSES = {
    'India, whose special envoy had met the king of Nepal in Kathmandu, welcomed the announcement.': [
        ('India', 14, 'nsubj', 'PROPN', 'NNP', 'India'),
        (',', 0, 'punct', 'PUNCT', ',', ','),
        ('whose', 4, 'poss', 'DET', 'WP$', 'whose'),
        ('special', 4, 'amod', 'ADJ', 'JJ', 'special'),
        ('envoy', 6, 'nsubj', 'NOUN', 'NN', 'envoy'),
        ('had', 6, 'aux', 'AUX', 'VBD', 'have'),
        ('met', 0, 'relcl', 'VERB', 'VBN', 'meet'),
        ('the', 8, 'det', 'DET', 'DT', 'the'),
        ('king', 6, 'dobj', 'NOUN', 'NN', 'king'),
        ('of', 8, 'prep', 'ADP', 'IN', 'of'),
        ('Nepal', 9, 'pobj', 'PROPN', 'NNP', 'Nepal'),
        ('in', 6, 'prep', 'ADP', 'IN', 'in'),
        ('Kathmandu', 11, 'pobj', 'PROPN', 'NNP', 'Kathmandu'),
        (',', 0, 'punct', 'PUNCT', ',', ','),
        ('welcomed', 14, 'ROOT', 'VERB', 'VBD', 'welcome'),
        ('the', 16, 'det', 'DET', 'DT', 'the'),
        ('announcement', 14, 'dobj', 'NOUN', 'NN', 'announcement'),
        ('.', 14, 'punct', 'PUNCT', '.', '.'),
    ],
    'Canada, whose diplomats sheltered six Americans in Tehran, deserves thanks.': [
        ('Canada', 10, 'nsubj', 'PROPN', 'NNP', 'Canada'),
        (',', 0, 'punct', 'PUNCT', ',', ','),
        ('whose', 3, 'poss', 'DET', 'WP$', 'whose'),
        ('diplomats', 4, 'nsubj', 'NOUN', 'NNS', 'diplomat'),
        ('sheltered', 0, 'relcl', 'VERB', 'VBD', 'shelter'),
        ('six', 6, 'nummod', 'NUM', 'CD', 'six'),
        ('Americans', 4, 'dobj', 'PROPN', 'NNPS', 'Americans'),
        ('in', 6, 'prep', 'ADP', 'IN', 'in'),
        ('Tehran', 7, 'pobj', 'PROPN', 'NNP', 'Tehran'),
        (',', 0, 'punct', 'PUNCT', ',', ','),
        ('deserves', 10, 'ROOT', 'VERB', 'VBZ', 'deserve'),
        ('thanks', 10, 'dobj', 'NOUN', 'NNS', 'thank'),
        ('.', 10, 'punct', 'PUNCT', '.', '.'),
    ],
}

MET = "India, whose special envoy had met the king of Nepal in Kathmandu, welcomed the announcement."
SHELTERED = "Canada, whose diplomats sheltered six Americans in Tehran, deserves thanks."


def _acts(coder: Coder, text: str) -> list[tuple]:
    return [(ev.event, [e.code for e in ev.actor], [e.code for e in ev.recipient])
            for ev in code_one(coder, text, PARSES[text], "1980-02-01")]


def test_whose_envoy_is_the_antecedent_s(coder: Coder) -> None:
    assert ("CONSULT", ["IND"], ["NPL"]) in _acts(coder, MET)


def test_whose_diplomats_act_for_the_antecedent(coder: Coder) -> None:
    assert [(event, actor) for event, actor, _ in _acts(coder, SHELTERED)] == [("AID", ["CAN"])]
