"""Model-free tests of talks a third party facilitated: its mediation (CONSULT, CAMEO 045).

"Norway has facilitated the talks between Colombia and the ELN" is Norway's mediation between
the talks' parties, as "hosted the talks between" is; "facilitated trade" is no event. Docs
are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for these
tests).
"""

from __future__ import annotations

from docbuild import code_one, summary

PUBLISHED = "2017-02-08"

PARSES = {
    'Norway has facilitated the talks between Colombia and the ELN.': [
        ('Norway', 2, 'nsubj', 'PROPN', 'NNP', 'Norway'),
        ('has', 2, 'aux', 'AUX', 'VBZ', 'have'),
        ('facilitated', 2, 'ROOT', 'VERB', 'VBN', 'facilitate'),
        ('the', 4, 'det', 'DET', 'DT', 'the'),
        ('talks', 2, 'dobj', 'NOUN', 'NNS', 'talk'),
        ('between', 4, 'prep', 'ADP', 'IN', 'between'),
        ('Colombia', 5, 'pobj', 'PROPN', 'NNP', 'Colombia'),
        ('and', 6, 'cc', 'CCONJ', 'CC', 'and'),
        ('the', 9, 'det', 'DET', 'DT', 'the'),
        ('ELN', 6, 'conj', 'PROPN', 'NNP', 'ELN'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'Norway has facilitated trade with Colombia.': [
        ('Norway', 2, 'nsubj', 'PROPN', 'NNP', 'Norway'),
        ('has', 2, 'aux', 'AUX', 'VBZ', 'have'),
        ('facilitated', 2, 'ROOT', 'VERB', 'VBN', 'facilitate'),
        ('trade', 2, 'dobj', 'NOUN', 'NN', 'trade'),
        ('with', 3, 'prep', 'ADP', 'IN', 'with'),
        ('Colombia', 4, 'pobj', 'PROPN', 'NNP', 'Colombia'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _told(coder, text):
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_talks_facilitated_are_a_mediation_between_their_parties(coder):
    assert ("CONSULT", "asserted", ["NOR"], ["COL", "ELN"]) in _told(
        coder, 'Norway has facilitated the talks between Colombia and the ELN.')


def test_trade_facilitated_is_no_event(coder):
    assert _told(coder, 'Norway has facilitated trade with Colombia.') == []
