"""Model-free tests of grievances raised and advice given.

Raising a case, a matter, an issue or concerns "with" a party puts a grievance to it (ACCUSE
disapprove, CAMEO 111); raising an issue with no one named is no act. Advising someone to act
asks it of them (REQUEST, as "urged" does). Docs are built by hand in the shape
en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2023-09-20"

PARSES = {
    'Canberra raised the matter with India.': [
        ('Canberra', 1, 'nsubj', 'PROPN', 'NNP', 'Canberra'),
        ('raised', 1, 'ROOT', 'VERB', 'VBD', 'raise'),
        ('the', 3, 'det', 'DET', 'DT', 'the'),
        ('matter', 1, 'dobj', 'NOUN', 'NN', 'matter'),
        ('with', 1, 'prep', 'ADP', 'IN', 'with'),
        ('India', 4, 'pobj', 'PROPN', 'NNP', 'India'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Canberra raised the issue of tariffs.': [
        ('Canberra', 1, 'nsubj', 'PROPN', 'NNP', 'Canberra'),
        ('raised', 1, 'ROOT', 'VERB', 'VBD', 'raise'),
        ('the', 3, 'det', 'DET', 'DT', 'the'),
        ('issue', 1, 'dobj', 'NOUN', 'NN', 'issue'),
        ('of', 3, 'prep', 'ADP', 'IN', 'of'),
        ('tariffs', 4, 'pobj', 'NOUN', 'NNS', 'tariff'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Washington advised American citizens to leave Iraq.': [
        ('Washington', 1, 'nsubj', 'PROPN', 'NNP', 'Washington'),
        ('advised', 1, 'ROOT', 'VERB', 'VBD', 'advise'),
        ('American', 3, 'amod', 'ADJ', 'JJ', 'american'),
        ('citizens', 1, 'dobj', 'NOUN', 'NNS', 'citizen'),
        ('to', 5, 'aux', 'PART', 'TO', 'to'),
        ('leave', 1, 'xcomp', 'VERB', 'VB', 'leave'),
        ('Iraq', 5, 'dobj', 'PROPN', 'NNP', 'Iraq'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _code(coder: Coder, text: str):
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_a_matter_raised_with_a_party_is_a_grievance(coder: Coder) -> None:
    assert _code(coder, "Canberra raised the matter with India.") == [
        ("ACCUSE", "asserted", ["AUS"], ["IND"])]


def test_an_issue_raised_with_no_one_is_no_act(coder: Coder) -> None:
    assert _code(coder, "Canberra raised the issue of tariffs.") == []


def test_advice_to_act_asks_it(coder: Coder) -> None:
    assert _code(coder, "Washington advised American citizens to leave Iraq.")[0] == (
        "REQUEST", "asserted", ["USA"], ["USA"])
