"""Model-free tests of fighting a party named as the object.

"Turkish forces have fought the PKK for decades" is Turkey's fighting aimed at the PKK (the
subject acts), as the gold sets code it; "Eritrea and Djibouti fought a border war" names no
party fought and stays two-sided (EVENTS.md section 3). Docs are built by hand in the shape
en_core_web_sm 3.8.0 parses these sentences (written for this test).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PARSES = {
    'Turkish forces have fought the PKK for decades.': [
        ('Turkish', 1, 'amod', 'ADJ', 'JJ', 'turkish'),
        ('forces', 3, 'nsubj', 'NOUN', 'NNS', 'force'),
        ('have', 3, 'aux', 'AUX', 'VBP', 'have'),
        ('fought', 3, 'ROOT', 'VERB', 'VBN', 'fight'),
        ('the', 5, 'det', 'DET', 'DT', 'the'),
        ('PKK', 3, 'dobj', 'PROPN', 'NNP', 'PKK'),
        ('for', 3, 'prep', 'ADP', 'IN', 'for'),
        ('decades', 6, 'pobj', 'NOUN', 'NNS', 'decade'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'Eritrea and Djibouti fought a border war.': [
        ('Eritrea', 3, 'nsubj', 'PROPN', 'NNP', 'Eritrea'),
        ('and', 0, 'cc', 'CCONJ', 'CC', 'and'),
        ('Djibouti', 0, 'conj', 'PROPN', 'NNP', 'Djibouti'),
        ('fought', 3, 'ROOT', 'VERB', 'VBD', 'fight'),
        ('a', 6, 'det', 'DET', 'DT', 'a'),
        ('border', 6, 'compound', 'NOUN', 'NN', 'border'),
        ('war', 3, 'dobj', 'NOUN', 'NN', 'war'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _told(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], "2019-10-20"))


def test_fighting_a_party_is_aimed_at_it(coder: Coder) -> None:
    assert _told(coder, "Turkish forces have fought the PKK for decades.") == [
        ("ASSAULT", "asserted", ["TUR"], ["PKK"])]


def test_fighting_a_war_stays_two_sided(coder: Coder) -> None:
    assert _told(coder, "Eritrea and Djibouti fought a border war.") == [
        ("ASSAULT", "asserted", ["ERI", "DJI"], [])]
