"""Model-free test of a rally as an audience.

"Maduro told a rally in Caracas that he was breaking relations with Colombia": the rally is
the crowd he speaks to, supporters gathered to hear him, not a protest against anyone; only
the break in relations he announces is coded. A rally held against someone is a protest
("Opposition supporters held a rally against the government"). Docs are built by hand in the
shape en_core_web_sm 3.8.0 parses these sentences (written for this test).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PARSES = {
    'Maduro told a rally in Caracas that he was breaking relations with Colombia.': [
    ('Maduro', 1, 'nsubj', 'PROPN', 'NNP', 'Maduro'),
    ('told', 1, 'ROOT', 'VERB', 'VBD', 'tell'),
    ('a', 3, 'det', 'DET', 'DT', 'a'),
    ('rally', 1, 'dobj', 'NOUN', 'NN', 'rally'),
    ('in', 3, 'prep', 'ADP', 'IN', 'in'),
    ('Caracas', 4, 'pobj', 'PROPN', 'NNP', 'Caracas'),
    ('that', 9, 'mark', 'SCONJ', 'IN', 'that'),
    ('he', 9, 'nsubj', 'PRON', 'PRP', 'he'),
    ('was', 9, 'aux', 'AUX', 'VBD', 'be'),
    ('breaking', 1, 'ccomp', 'VERB', 'VBG', 'break'),
    ('relations', 9, 'dobj', 'NOUN', 'NNS', 'relation'),
    ('with', 10, 'prep', 'ADP', 'IN', 'with'),
    ('Colombia', 11, 'pobj', 'PROPN', 'NNP', 'Colombia'),
    ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Opposition supporters held a rally against the government in Caracas.': [
    ('Opposition', 1, 'compound', 'NOUN', 'NN', 'opposition'),
    ('supporters', 2, 'nsubj', 'NOUN', 'NNS', 'supporter'),
    ('held', 2, 'ROOT', 'VERB', 'VBD', 'hold'),
    ('a', 4, 'det', 'DET', 'DT', 'a'),
    ('rally', 2, 'dobj', 'NOUN', 'NN', 'rally'),
    ('against', 4, 'prep', 'ADP', 'IN', 'against'),
    ('the', 7, 'det', 'DET', 'DT', 'the'),
    ('government', 5, 'pobj', 'NOUN', 'NN', 'government'),
    ('in', 2, 'prep', 'ADP', 'IN', 'in'),
    ('Caracas', 8, 'pobj', 'PROPN', 'NNP', 'Caracas'),
    ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _types(coder: Coder, text: str) -> set[str]:
    return {ev.event for ev in code_one(coder, text, PARSES[text], "2019-02-23")}


def test_a_rally_spoken_to_is_no_protest(coder: Coder) -> None:
    text = "Maduro told a rally in Caracas that he was breaking relations with Colombia."
    assert _types(coder, text) == {"SANCTION"}


def test_a_rally_against_the_government_is_a_protest(coder: Coder) -> None:
    text = "Opposition supporters held a rally against the government in Caracas."
    assert _types(coder, text) == {"PROTEST"}
