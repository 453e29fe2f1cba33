"""Model-free test of a third party that brings two sides together.

"The Vatican helped bring the two sides together", after Washington and Havana were told
restoring ties: the Vatican mediated between them (CONSULT, CAMEO 045). Docs are built by
hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for this test).
"""

from __future__ import annotations

from docbuild import code_doc
from parley.events.coder import Coder

PARSES = {
    'The Vatican helped bring the two sides together.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('Vatican', 2, 'nsubj', 'PROPN', 'NNP', 'Vatican'),
        ('helped', 2, 'ROOT', 'VERB', 'VBD', 'help'),
        ('bring', 2, 'xcomp', 'VERB', 'VB', 'bring'),
        ('the', 6, 'det', 'DET', 'DT', 'the'),
        ('two', 6, 'nummod', 'NUM', 'CD', 'two'),
        ('sides', 3, 'dobj', 'NOUN', 'NNS', 'side'),
        ('together', 3, 'advmod', 'ADV', 'RB', 'together'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'Washington and Havana restored ties.': [
        ('Washington', 3, 'nsubj', 'PROPN', 'NNP', 'Washington'),
        ('and', 0, 'cc', 'CCONJ', 'CC', 'and'),
        ('Havana', 0, 'conj', 'PROPN', 'NNP', 'Havana'),
        ('restored', 3, 'ROOT', 'VERB', 'VBD', 'restore'),
        ('ties', 3, 'dobj', 'NOUN', 'NNS', 'tie'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
}


def test_bringing_two_sides_together_mediates_between_them(coder: Coder) -> None:
    texts = ["Washington and Havana restored ties.", "The Vatican helped bring the two sides together."]
    events = code_doc(coder, [(t, PARSES[t]) for t in texts], "2015-07-20")
    coded = [(ev.event, ev.mode, ev.status, [a.code for a in ev.actor],
              sorted(r.code for r in ev.recipient))
             for ev in events if ev.event_text == texts[-1]]
    assert coded == [("CONSULT", "mediate", "asserted", ["VAT"], ["CUB", "USA"])]
