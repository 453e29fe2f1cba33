"""Model-free tests of targeted sanctions.

Travel bans and asset freezes imposed on a state's officials are sanctions (SANCTION, CAMEO
163), as the gold sets code them, where a ban imposed on a practice ("a ban on rallies") is a
restriction (COERCE 1722). Docs are built by hand in the shape en_core_web_sm 3.8.0 parses
these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2014-03-18"

PARSES = {
    'The United States imposed travel bans on Russian officials.': [
        ('The', 2, 'det', 'DET', 'DT', 'the'),
        ('United', 2, 'compound', 'PROPN', 'NNP', 'United'),
        ('States', 3, 'nsubj', 'PROPN', 'NNP', 'States'),
        ('imposed', 3, 'ROOT', 'VERB', 'VBD', 'impose'),
        ('travel', 5, 'compound', 'NOUN', 'NN', 'travel'),
        ('bans', 3, 'dobj', 'NOUN', 'NNS', 'ban'),
        ('on', 5, 'prep', 'ADP', 'IN', 'on'),
        ('Russian', 8, 'amod', 'ADJ', 'JJ', 'russian'),
        ('officials', 6, 'pobj', 'NOUN', 'NNS', 'official'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'Belarus imposed a ban on rallies.': [
        ('Belarus', 1, 'nsubj', 'PROPN', 'NNP', 'Belarus'),
        ('imposed', 1, 'ROOT', 'VERB', 'VBD', 'impose'),
        ('a', 3, 'det', 'DET', 'DT', 'a'),
        ('ban', 1, 'dobj', 'NOUN', 'NN', 'ban'),
        ('on', 3, 'prep', 'ADP', 'IN', 'on'),
        ('rallies', 4, 'pobj', 'NOUN', 'NNS', 'rally'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _code(coder: Coder, text: str):
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_travel_bans_on_officials_are_sanctions(coder: Coder) -> None:
    assert _code(coder, "The United States imposed travel bans on Russian officials.") == [("SANCTION", "asserted", ["USA"], ["RUS"])]


def test_a_ban_on_a_practice_is_a_restriction(coder: Coder) -> None:
    assert [e[0] for e in _code(coder, "Belarus imposed a ban on rallies.")] == ["COERCE"]
