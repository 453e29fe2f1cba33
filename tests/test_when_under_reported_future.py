"""Model-free tests of a "when" clause under a reported future.

"The Kremlin said it would return only when the West met its demands": the past tense of
reported speech; the demands met are still to come (future), as with "until". Under a told
act ("Russia returned to the deal when the West met its demands") they were met. Docs are
built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for these
tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PARSES = {
    'The Kremlin said it would return only when the West met its demands.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('Kremlin', 2, 'nsubj', 'PROPN', 'NNP', 'Kremlin'),
        ('said', 2, 'ROOT', 'VERB', 'VBD', 'say'),
        ('it', 5, 'nsubj', 'PRON', 'PRP', 'it'),
        ('would', 5, 'aux', 'AUX', 'MD', 'would'),
        ('return', 2, 'ccomp', 'VERB', 'VB', 'return'),
        ('only', 7, 'advmod', 'ADV', 'RB', 'only'),
        ('when', 10, 'advmod', 'SCONJ', 'WRB', 'when'),
        ('the', 9, 'det', 'DET', 'DT', 'the'),
        ('West', 10, 'nsubj', 'PROPN', 'NNP', 'West'),
        ('met', 5, 'advcl', 'VERB', 'VBD', 'meet'),
        ('its', 12, 'poss', 'PRON', 'PRP$', 'its'),
        ('demands', 10, 'dobj', 'NOUN', 'NNS', 'demand'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'Russia returned to the deal when the West met its demands.': [
        ('Russia', 1, 'nsubj', 'PROPN', 'NNP', 'Russia'),
        ('returned', 1, 'ROOT', 'VERB', 'VBD', 'return'),
        ('to', 1, 'prep', 'ADP', 'IN', 'to'),
        ('the', 4, 'det', 'DET', 'DT', 'the'),
        ('deal', 2, 'pobj', 'NOUN', 'NN', 'deal'),
        ('when', 8, 'advmod', 'SCONJ', 'WRB', 'when'),
        ('the', 7, 'det', 'DET', 'DT', 'the'),
        ('West', 8, 'nsubj', 'PROPN', 'NNP', 'West'),
        ('met', 1, 'advcl', 'VERB', 'VBD', 'meet'),
        ('its', 10, 'poss', 'PRON', 'PRP$', 'its'),
        ('demands', 8, 'dobj', 'NOUN', 'NNS', 'demand'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _conceded(coder: Coder, text: str) -> list[str]:
    return [ev.status for ev in code_one(coder, text, PARSES[text], "2023-07-17")
            if ev.event == "CONCEDE"]


def test_demands_met_when_a_reported_return_comes_are_to_come(coder: Coder) -> None:
    text = "The Kremlin said it would return only when the West met its demands."
    assert _conceded(coder, text) == ["future"]


def test_demands_met_when_a_told_return_came_were_met(coder: Coder) -> None:
    text = "Russia returned to the deal when the West met its demands."
    assert _conceded(coder, text) == ["asserted"]
