"""Model-free test of parties said to be "among" the ones who acted.

"Norway and Chile were among the countries that condemned the coup": Norway and Chile
condemned it, not some "countries" the parser's relative clause hangs on. Docs are built by
hand in the shape en_core_web_sm 3.8.0 parses the sentence (written for this test).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PARSES = {
    'Norway and Chile were among the countries that condemned the coup.': [
        ('Norway', 3, 'nsubj', 'PROPN', 'NNP', 'Norway'),
        ('and', 0, 'cc', 'CCONJ', 'CC', 'and'),
        ('Chile', 0, 'conj', 'PROPN', 'NNP', 'Chile'),
        ('were', 3, 'ROOT', 'AUX', 'VBD', 'be'),
        ('among', 3, 'prep', 'ADP', 'IN', 'among'),
        ('the', 6, 'det', 'DET', 'DT', 'the'),
        ('countries', 4, 'pobj', 'NOUN', 'NNS', 'country'),
        ('that', 8, 'nsubj', 'PRON', 'WDT', 'that'),
        ('condemned', 6, 'relcl', 'VERB', 'VBD', 'condemn'),
        ('the', 10, 'det', 'DET', 'DT', 'the'),
        ('coup', 8, 'dobj', 'NOUN', 'NN', 'coup'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
}


def test_the_ones_among_those_who_acted_acted(coder: Coder) -> None:
    text = "Norway and Chile were among the countries that condemned the coup."
    coded = summary(code_one(coder, text, PARSES[text], "2021-02-02"))
    assert [c[:3] for c in coded] == [("ACCUSE", "asserted", ["NOR", "CHL"])]
