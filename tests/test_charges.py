"""Model-free tests of criminal charges.

A criminal charge is legal action (CAMEO 173, COERCE arrest), as an arrest is: brought by
police, prosecutors, courts or security services ("Canadian police charged four Indian
nationals with murder"), or against people rather than a state ("authorities charged the
journalist with organising riots", the journalist being of the authorities' own state). A
state charging another state with breaking a truce accuses it (ACCUSE). Docs are built by
hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2024-06-01"

PARSES = {
    'Canadian police charged four Indian nationals with murder.': [
        ('Canadian', 1, 'amod', 'ADJ', 'JJ', 'canadian'),
        ('police', 2, 'nsubj', 'NOUN', 'NNS', 'police'),
        ('charged', 2, 'ROOT', 'VERB', 'VBD', 'charge'),
        ('four', 5, 'nummod', 'NUM', 'CD', 'four'),
        ('Indian', 5, 'amod', 'ADJ', 'JJ', 'indian'),
        ('nationals', 2, 'dobj', 'NOUN', 'NNS', 'national'),
        ('with', 2, 'prep', 'ADP', 'IN', 'with'),
        ('murder', 6, 'pobj', 'NOUN', 'NN', 'murder'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'Russia charged Ukraine with violating the truce.': [
        ('Russia', 1, 'nsubj', 'PROPN', 'NNP', 'Russia'),
        ('charged', 1, 'ROOT', 'VERB', 'VBD', 'charge'),
        ('Ukraine', 1, 'dobj', 'PROPN', 'NNP', 'Ukraine'),
        ('with', 1, 'prep', 'ADP', 'IN', 'with'),
        ('violating', 3, 'pcomp', 'VERB', 'VBG', 'violate'),
        ('the', 6, 'det', 'DET', 'DT', 'the'),
        ('truce', 4, 'dobj', 'NOUN', 'NN', 'truce'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Belarusian authorities charged the journalist with organising riots.': [
        ('Belarusian', 1, 'amod', 'ADJ', 'JJ', 'belarusian'),
        ('authorities', 2, 'nsubj', 'NOUN', 'NNS', 'authority'),
        ('charged', 2, 'ROOT', 'VERB', 'VBD', 'charge'),
        ('the', 4, 'det', 'DET', 'DT', 'the'),
        ('journalist', 2, 'dobj', 'NOUN', 'NN', 'journalist'),
        ('with', 2, 'prep', 'ADP', 'IN', 'with'),
        ('organising', 5, 'pcomp', 'VERB', 'VBG', 'organise'),
        ('riots', 6, 'dobj', 'NOUN', 'NNS', 'riot'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _code(coder: Coder, text: str):
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_police_charging_people_take_legal_action(coder: Coder) -> None:
    assert _code(coder, "Canadian police charged four Indian nationals with murder.") == [
        ("COERCE", "asserted", ["CAN"], ["IND"])]


def test_a_charge_against_a_journalist_is_legal_action_at_home(coder: Coder) -> None:
    events = _code(coder, "Belarusian authorities charged the journalist with organising riots.")
    assert events[0] == ("COERCE", "asserted", ["BLR"], ["BLR"])


def test_a_state_charging_another_accuses_it(coder: Coder) -> None:
    events = _code(coder, "Russia charged Ukraine with violating the truce.")
    assert events[0] == ("ACCUSE", "asserted", ["RUS"], ["UKR"])
