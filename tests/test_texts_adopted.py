"""Model-free tests of a text a body adopted, which one state drafted.

"The Security Council voted for a French resolution that calls on Syria to withdraw its
troops": once voted for, the resolution is the council's act, whoever drafted it; "France
drafted a resolution that calls on Syria ..." stays France's. Docs are built by hand in the
shape en_core_web_sm 3.8.0 parses these sentences (written for this test).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

VOTED = ('The Security Council voted for a French resolution that calls on Syria to withdraw '
         'its troops.')
DRAFTED = 'France drafted a resolution that calls on Syria to withdraw its troops.'

PARSES = {
    VOTED: [
        ('The', 2, 'det', 'DET', 'DT', 'the'),
        ('Security', 2, 'compound', 'PROPN', 'NNP', 'Security'),
        ('Council', 3, 'nsubj', 'PROPN', 'NNP', 'Council'),
        ('voted', 3, 'ROOT', 'VERB', 'VBD', 'vote'),
        ('for', 3, 'prep', 'ADP', 'IN', 'for'),
        ('a', 7, 'det', 'DET', 'DT', 'a'),
        ('French', 7, 'amod', 'ADJ', 'JJ', 'french'),
        ('resolution', 4, 'pobj', 'NOUN', 'NN', 'resolution'),
        ('that', 9, 'nsubj', 'PRON', 'WDT', 'that'),
        ('calls', 7, 'relcl', 'VERB', 'VBZ', 'call'),
        ('on', 9, 'prep', 'ADP', 'IN', 'on'),
        ('Syria', 10, 'pobj', 'PROPN', 'NNP', 'Syria'),
        ('to', 13, 'aux', 'PART', 'TO', 'to'),
        ('withdraw', 9, 'advcl', 'VERB', 'VB', 'withdraw'),
        ('its', 15, 'poss', 'PRON', 'PRP$', 'its'),
        ('troops', 13, 'dobj', 'NOUN', 'NNS', 'troop'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    DRAFTED: [
        ('France', 1, 'nsubj', 'PROPN', 'NNP', 'France'),
        ('drafted', 1, 'ROOT', 'VERB', 'VBD', 'draft'),
        ('a', 3, 'det', 'DET', 'DT', 'a'),
        ('resolution', 1, 'dobj', 'NOUN', 'NN', 'resolution'),
        ('that', 5, 'nsubj', 'PRON', 'WDT', 'that'),
        ('calls', 3, 'relcl', 'VERB', 'VBZ', 'call'),
        ('on', 5, 'prep', 'ADP', 'IN', 'on'),
        ('Syria', 6, 'pobj', 'PROPN', 'NNP', 'Syria'),
        ('to', 9, 'aux', 'PART', 'TO', 'to'),
        ('withdraw', 5, 'advcl', 'VERB', 'VB', 'withdraw'),
        ('its', 11, 'poss', 'PRON', 'PRP$', 'its'),
        ('troops', 9, 'dobj', 'NOUN', 'NNS', 'troop'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _requests(coder: Coder, text: str) -> list[tuple]:
    return [e[1:] for e in ((ev.event, ev.status, [a.code for a in ev.actor],
                             [r.code for r in ev.recipient])
                            for ev in code_one(coder, text, PARSES[text], None)) if e[0] == "REQUEST"]


def test_a_resolution_voted_for_is_the_council_s(coder: Coder) -> None:
    assert _requests(coder, VOTED) == [("asserted", ["UN"], ["SYR"])]


def test_a_resolution_only_drafted_is_its_drafter_s(coder: Coder) -> None:
    assert _requests(coder, DRAFTED) == [("asserted", ["FRA"], ["SYR"])]
