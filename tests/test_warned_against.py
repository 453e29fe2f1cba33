"""Model-free tests of a warning against an act: a caution, asked of the one warned.

"Moscow warned Washington against any military intervention" asks the United States not to
intervene (REQUEST), as the gold sets code it; a warning that one will retaliate stays the
threat it is (THREATEN). Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these
sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary

PUBLISHED = "2019-01-30"

PARSES = {
    'Moscow warned Washington against any military intervention.': [
        ('Moscow', 1, 'nsubj', 'PROPN', 'NNP', 'Moscow'),
        ('warned', 1, 'ROOT', 'VERB', 'VBD', 'warn'),
        ('Washington', 1, 'dobj', 'PROPN', 'NNP', 'Washington'),
        ('against', 1, 'prep', 'ADP', 'IN', 'against'),
        ('any', 6, 'det', 'DET', 'DT', 'any'),
        ('military', 6, 'amod', 'ADJ', 'JJ', 'military'),
        ('intervention', 3, 'pobj', 'NOUN', 'NN', 'intervention'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Moscow warned Washington that it would retaliate.': [
        ('Moscow', 1, 'nsubj', 'PROPN', 'NNP', 'Moscow'),
        ('warned', 1, 'ROOT', 'VERB', 'VBD', 'warn'),
        ('Washington', 1, 'dobj', 'PROPN', 'NNP', 'Washington'),
        ('that', 6, 'mark', 'SCONJ', 'IN', 'that'),
        ('it', 6, 'nsubj', 'PRON', 'PRP', 'it'),
        ('would', 6, 'aux', 'AUX', 'MD', 'would'),
        ('retaliate', 1, 'ccomp', 'VERB', 'VB', 'retaliate'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _asserted(coder, text):
    return [t for t in summary(code_one(coder, text, PARSES[text], PUBLISHED))
            if t[1] == "asserted"]


def test_a_warning_against_an_act_asks_the_one_warned_not_to(coder):
    assert _asserted(coder, 'Moscow warned Washington against any military intervention.') == [
        ("REQUEST", "asserted", ["RUS"], ["USA"])]


def test_a_warning_of_retaliation_stays_a_threat(coder):
    assert ("THREATEN", "asserted", ["RUS"], ["USA"]) in _asserted(
        coder, 'Moscow warned Washington that it would retaliate.')
