"""Model-free tests of people who speak for the party their "for" phrase names.

"A spokesman for Hamas accused Israel of breaking the truce" is Hamas accusing Israel: the
spokesman has no state of his own, so the "for" phrase says whose he is (as "of" and "from"
do for officials: "officials from Russia"). Docs are built by hand in the shape
en_core_web_sm 3.8.0 parses these sentences (written for this test).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PARSES = {
    'A spokesman for Hamas accused Israel of breaking the truce.': [
        ('A', 1, 'det', 'DET', 'DT', 'a'),
        ('spokesman', 4, 'nsubj', 'NOUN', 'NN', 'spokesman'),
        ('for', 1, 'prep', 'ADP', 'IN', 'for'),
        ('Hamas', 2, 'pobj', 'PROPN', 'NNP', 'Hamas'),
        ('accused', 4, 'ROOT', 'VERB', 'VBD', 'accuse'),
        ('Israel', 4, 'dobj', 'PROPN', 'NNP', 'Israel'),
        ('of', 4, 'prep', 'ADP', 'IN', 'of'),
        ('breaking', 6, 'pcomp', 'VERB', 'VBG', 'break'),
        ('the', 9, 'det', 'DET', 'DT', 'the'),
        ('truce', 7, 'dobj', 'NOUN', 'NN', 'truce'),
        ('.', 4, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _told(coder: Coder, text: str) -> list[tuple]:
    return [(e.event, e.status, [(a.code, a.sector) for a in e.actor], [a.code for a in e.recipient])
            for e in code_one(coder, text, PARSES[text], "2023-11-20")]


def test_a_spokesman_speaks_for_his_group(coder: Coder) -> None:
    told = _told(coder, "A spokesman for Hamas accused Israel of breaking the truce.")
    assert ("ACCUSE", "asserted", [("HAMAS", "REB")], ["ISR"]) in told
