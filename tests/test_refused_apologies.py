"""Model-free tests of an apology refused.

"Israel said it would not apologise for the raid" refuses what was asked of it, an asserted
REJECT told now, as "would not recognise" is; "Israel did not apologise for the raid" tells
an apology that did not happen (a negated SUPPORT). "Netanyahu decided against an apology"
refuses it too. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these
sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PARSES = {
    'Netanyahu decided against an apology.': [
        ('Netanyahu', 1, 'nsubj', 'PROPN', 'NNP', 'Netanyahu'),
        ('decided', 1, 'ROOT', 'VERB', 'VBD', 'decide'),
        ('against', 1, 'prep', 'ADP', 'IN', 'against'),
        ('an', 4, 'det', 'DET', 'DT', 'an'),
        ('apology', 2, 'pobj', 'NOUN', 'NN', 'apology'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Israel said it would not apologise for the raid.': [
        ('Israel', 1, 'nsubj', 'PROPN', 'NNP', 'Israel'),
        ('said', 1, 'ROOT', 'VERB', 'VBD', 'say'),
        ('it', 5, 'nsubj', 'PRON', 'PRP', 'it'),
        ('would', 5, 'aux', 'AUX', 'MD', 'would'),
        ('not', 5, 'neg', 'PART', 'RB', 'not'),
        ('apologise', 1, 'ccomp', 'VERB', 'VB', 'apologise'),
        ('for', 5, 'prep', 'ADP', 'IN', 'for'),
        ('the', 8, 'det', 'DET', 'DT', 'the'),
        ('raid', 6, 'pobj', 'NOUN', 'NN', 'raid'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Israel did not apologise for the raid.': [
        ('Israel', 3, 'nsubj', 'PROPN', 'NNP', 'Israel'),
        ('did', 3, 'aux', 'AUX', 'VBD', 'do'),
        ('not', 3, 'neg', 'PART', 'RB', 'not'),
        ('apologise', 3, 'ROOT', 'VERB', 'VB', 'apologise'),
        ('for', 3, 'prep', 'ADP', 'IN', 'for'),
        ('the', 6, 'det', 'DET', 'DT', 'the'),
        ('raid', 4, 'pobj', 'NOUN', 'NN', 'raid'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _coded(coder: Coder, text: str) -> list[tuple[str, str]]:
    return [(ev.event, ev.status) for ev in code_one(coder, text, PARSES[text], "2011-09-02")]


def test_an_apology_said_not_to_come_is_a_refusal(coder: Coder) -> None:
    assert _coded(coder, "Israel said it would not apologise for the raid.") == [
        ("REJECT", "asserted")]


def test_an_apology_that_did_not_happen_is_negated(coder: Coder) -> None:
    assert _coded(coder, "Israel did not apologise for the raid.") == [("SUPPORT", "negated")]


def test_deciding_against_an_apology_refuses_it(coder: Coder) -> None:
    assert ("REJECT", "asserted") in _coded(coder, "Netanyahu decided against an apology.")
