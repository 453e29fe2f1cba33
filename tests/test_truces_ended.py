"""Model-free tests of truces declared over and promises gone back on.

"Declared the truce over" announces the end of a ceasefire: a return to force threatened
(THREATEN, CAMEO 138), the opposite of a ceasefire declared (RETREAT 0871), as the gold sets
code it. "Went back on its promise" reneges on it (REJECT 120). Docs are built by hand in the
shape en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PARSES = {
    'The Polisario Front declared the truce over on Friday.': [
    ('The', 2, 'det', 'DET', 'DT', 'the'),
    ('Polisario', 2, 'compound', 'PROPN', 'NNP', 'Polisario'),
    ('Front', 3, 'nsubj', 'PROPN', 'NNP', 'Front'),
    ('declared', 3, 'ROOT', 'VERB', 'VBD', 'declare'),
    ('the', 5, 'det', 'DET', 'DT', 'the'),
    ('truce', 3, 'dobj', 'NOUN', 'NN', 'truce'),
    ('over', 3, 'prt', 'ADP', 'RP', 'over'),
    ('on', 3, 'prep', 'ADP', 'IN', 'on'),
    ('Friday', 7, 'pobj', 'PROPN', 'NNP', 'Friday'),
    ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'The Polisario Front declared a truce on Friday.': [
    ('The', 2, 'det', 'DET', 'DT', 'the'),
    ('Polisario', 2, 'compound', 'PROPN', 'NNP', 'Polisario'),
    ('Front', 3, 'nsubj', 'PROPN', 'NNP', 'Front'),
    ('declared', 3, 'ROOT', 'VERB', 'VBD', 'declare'),
    ('a', 5, 'det', 'DET', 'DT', 'a'),
    ('truce', 3, 'dobj', 'NOUN', 'NN', 'truce'),
    ('on', 3, 'prep', 'ADP', 'IN', 'on'),
    ('Friday', 6, 'pobj', 'PROPN', 'NNP', 'Friday'),
    ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
"Mali's junta went back on its promise to hold elections.": [
    ('Mali', 2, 'poss', 'PROPN', 'NNP', 'Mali'),
("'s", 0, 'case', 'PART', 'POS', "'s"),
    ('junta', 3, 'nsubj', 'NOUN', 'NN', 'junta'),
    ('went', 3, 'ROOT', 'VERB', 'VBD', 'go'),
    ('back', 3, 'advmod', 'ADV', 'RB', 'back'),
    ('on', 3, 'prep', 'ADP', 'IN', 'on'),
    ('its', 7, 'poss', 'PRON', 'PRP$', 'its'),
    ('promise', 5, 'pobj', 'NOUN', 'NN', 'promise'),
    ('to', 9, 'aux', 'PART', 'TO', 'to'),
    ('hold', 7, 'acl', 'VERB', 'VB', 'hold'),
    ('elections', 9, 'dobj', 'NOUN', 'NNS', 'election'),
    ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _code(coder: Coder, text: str):
    return [(ev.event, ev.cameo, [e.code for e in ev.actor])
            for ev in code_one(coder, text, PARSES[text], "2020-11-14")]


def test_a_truce_declared_over_threatens_force(coder: Coder) -> None:
    assert _code(coder, "The Polisario Front declared the truce over on Friday.") == [
        ("THREATEN", "138", ["POLISARIO"])]


def test_a_truce_declared_is_a_ceasefire(coder: Coder) -> None:
    assert _code(coder, "The Polisario Front declared a truce on Friday.") == [
        ("RETREAT", "0871", ["POLISARIO"])]


def test_going_back_on_a_promise_reneges(coder: Coder) -> None:
    assert _code(coder, "Mali's junta went back on its promise to hold elections.") == [
        ("REJECT", "120", ["MLI"])]
