"""Model-free tests of a deadline left to run out: a defiance of the demand (REJECT 128).

"Baghdad let the deadline pass" allows nothing to anyone; it defies the demand that set the
deadline, aimed at whoever demanded. "Israel allowed fuel deliveries into Gaza" stays the
concession it is. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these
sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, told_in

PUBLISHED = "1991-01-18"

DEMANDED = 'The UN demanded that Iraq leave Kuwait.'
PASSED = 'Baghdad let the deadline pass.'

PARSES = {
    DEMANDED: [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('UN', 2, 'nsubj', 'PROPN', 'NNP', 'UN'),
        ('demanded', 2, 'ROOT', 'VERB', 'VBD', 'demand'),
        ('that', 5, 'mark', 'SCONJ', 'IN', 'that'),
        ('Iraq', 5, 'nsubj', 'PROPN', 'NNP', 'Iraq'),
        ('leave', 2, 'ccomp', 'VERB', 'VB', 'leave'),
        ('Kuwait', 5, 'dobj', 'PROPN', 'NNP', 'Kuwait'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    PASSED: [
        ('Baghdad', 1, 'nsubj', 'PROPN', 'NNP', 'Baghdad'),
        ('let', 1, 'ROOT', 'VERB', 'VBD', 'let'),
        ('the', 3, 'det', 'DET', 'DT', 'the'),
        ('deadline', 4, 'nsubj', 'NOUN', 'NN', 'deadline'),
        ('pass', 1, 'ccomp', 'VERB', 'VB', 'pass'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
}


def test_a_deadline_let_pass_defies_the_demand(coder):
    events = code_doc(coder, [(t, PARSES[t]) for t in (DEMANDED, PASSED)], PUBLISHED)
    told = told_in(events, PASSED)
    assert [t[:3] for t in told] == [("REJECT", "asserted", ["IRQ"])]
