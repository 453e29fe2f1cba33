"""Model-free tests of efforts blocked: "Hungary blocked every attempt to impose sanctions".

Blocking a text, a request, an attempt or an invitation vetoes it: a refusal (REJECT 120)
aimed at whoever made it, not a restriction of anyone; blocking convoys at a border still
restricts them (COERCE 172). Docs are built by hand in the shape en_core_web_sm 3.8.0 parses
these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PARSES = {
    'Hungary blocked every attempt to impose sanctions across the European Union.': [
    ('Hungary', 1, 'nsubj', 'PROPN', 'NNP', 'Hungary'),
    ('blocked', 1, 'ROOT', 'VERB', 'VBD', 'block'),
    ('every', 3, 'det', 'DET', 'DT', 'every'),
    ('attempt', 1, 'dobj', 'NOUN', 'NN', 'attempt'),
    ('to', 5, 'aux', 'PART', 'TO', 'to'),
    ('impose', 3, 'acl', 'VERB', 'VB', 'impose'),
    ('sanctions', 5, 'dobj', 'NOUN', 'NNS', 'sanction'),
    ('across', 5, 'prep', 'ADP', 'IN', 'across'),
    ('the', 10, 'det', 'DET', 'DT', 'the'),
    ('European', 10, 'compound', 'PROPN', 'NNP', 'European'),
    ('Union', 7, 'pobj', 'PROPN', 'NNP', 'Union'),
    ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Serbian police blocked convoys of food at the border.': [
    ('Serbian', 1, 'amod', 'ADJ', 'JJ', 'serbian'),
    ('police', 2, 'nsubj', 'NOUN', 'NNS', 'police'),
    ('blocked', 2, 'ROOT', 'VERB', 'VBD', 'block'),
    ('convoys', 2, 'dobj', 'NOUN', 'NNS', 'convoy'),
    ('of', 3, 'prep', 'ADP', 'IN', 'of'),
    ('food', 4, 'pobj', 'NOUN', 'NN', 'food'),
    ('at', 2, 'prep', 'ADP', 'IN', 'at'),
    ('the', 8, 'det', 'DET', 'DT', 'the'),
    ('border', 6, 'pobj', 'NOUN', 'NN', 'border'),
    ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _code(coder: Coder, text: str):
    return [(ev.event, ev.cameo, ev.status, [e.code for e in ev.actor])
            for ev in code_one(coder, text, PARSES[text], "2025-04-01")]


def test_an_attempt_blocked_is_refused(coder: Coder) -> None:
    events = _code(coder, "Hungary blocked every attempt to impose sanctions across the "
                          "European Union.")
    assert ("REJECT", "120", "asserted", ["HUN"]) in events
    assert not any(event == "COERCE" for event, *_ in events)


def test_convoys_blocked_are_restricted(coder: Coder) -> None:
    assert [ev[:2] for ev in _code(coder, "Serbian police blocked convoys of food at the "
                                          "border.")] == [("COERCE", "172")]
