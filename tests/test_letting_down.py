"""Model-free tests of "let": letting someone down allows nothing.

"Washington let the Kurds down" failed them: no concession (CONCEDE) to anyone. "Israel let
aid trucks into Gaza" allows them in, a concession. Docs are built by hand in the shape
en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PARSES = {
    'Washington let the Kurds down.': [
        ('Washington', 1, 'nsubj', 'PROPN', 'NNP', 'Washington'),
        ('let', 1, 'ROOT', 'VERB', 'VBD', 'let'),
        ('the', 3, 'det', 'DET', 'DT', 'the'),
        ('Kurds', 4, 'nsubj', 'PROPN', 'NNPS', 'Kurds'),
        ('down', 1, 'prt', 'ADP', 'RP', 'down'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Israel let aid trucks into Gaza.': [
        ('Israel', 1, 'nsubj', 'PROPN', 'NNP', 'Israel'),
        ('let', 1, 'ROOT', 'VERB', 'VBD', 'let'),
        ('aid', 3, 'compound', 'NOUN', 'NN', 'aid'),
        ('trucks', 1, 'dobj', 'NOUN', 'NNS', 'truck'),
        ('into', 1, 'prep', 'ADP', 'IN', 'into'),
        ('Gaza', 4, 'pobj', 'PROPN', 'NNP', 'Gaza'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _types(coder: Coder, text: str) -> list[str]:
    return [ev.event for ev in code_one(coder, text, PARSES[text], "2021-06-01")]


def test_letting_someone_down_allows_nothing(coder: Coder) -> None:
    assert _types(coder, "Washington let the Kurds down.") == []


def test_letting_trucks_in_is_a_concession(coder: Coder) -> None:
    assert "CONCEDE" in _types(coder, "Israel let aid trucks into Gaza.")
