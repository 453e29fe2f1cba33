"""Model-free tests of invitations: an offer to meet or host (AGREE, CAMEO 036).

"Putin invited Erdogan to visit Moscow" and "Putin's invitation to Erdogan" express the
inviter's intent to meet, as every gold set codes invitations; CAMEO's 026 (REQUEST) is an
appeal to others to meet one another. The visit invited is still to come. Docs are built by
hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary

PUBLISHED = "2018-09-20"

PARSES = {
    'Putin invited Erdogan to visit Moscow.': [
        ('Putin', 1, 'nsubj', 'PROPN', 'NNP', 'Putin'),
        ('invited', 1, 'ROOT', 'VERB', 'VBD', 'invite'),
        ('Erdogan', 1, 'dobj', 'PROPN', 'NNP', 'Erdogan'),
        ('to', 4, 'aux', 'PART', 'TO', 'to'),
        ('visit', 1, 'xcomp', 'VERB', 'VB', 'visit'),
        ('Moscow', 4, 'dobj', 'PROPN', 'NNP', 'Moscow'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    "Putin's invitation to Erdogan came on Monday.": [
        ('Putin', 2, 'poss', 'PROPN', 'NNP', 'Putin'),
        ("'s", 0, 'case', 'PART', 'POS', "'s"),
        ('invitation', 5, 'nsubj', 'NOUN', 'NN', 'invitation'),
        ('to', 2, 'prep', 'ADP', 'IN', 'to'),
        ('Erdogan', 3, 'pobj', 'PROPN', 'NNP', 'Erdogan'),
        ('came', 5, 'ROOT', 'VERB', 'VBD', 'come'),
        ('on', 5, 'prep', 'ADP', 'IN', 'on'),
        ('Monday', 6, 'pobj', 'PROPN', 'NNP', 'Monday'),
        ('.', 5, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _told(coder, text):
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_an_invitation_by_verb_is_the_inviters_offer(coder):
    told = _told(coder, 'Putin invited Erdogan to visit Moscow.')
    assert ("AGREE", "asserted", ["RUS"], ["TUR"]) in told
    assert not [t for t in told if t[0] == "REQUEST"]


def test_an_invitation_by_noun_is_the_inviters_offer(coder):
    assert ("AGREE", "asserted", ["RUS"], ["TUR"]) in _told(
        coder, "Putin's invitation to Erdogan came on Monday.")
