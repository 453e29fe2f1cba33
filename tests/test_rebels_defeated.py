"""Model-free tests of a war's end told in a report on one armed group.

"The rebel leader", "rebel positions": a noun the word "rebel" modifies is the armed group's
own, in a report that names one group (as "the rebels" already are). "Conceded defeat" is a
surrender (RETREAT, CAMEO 0874), not a verbal concession. Docs are built by hand in the
shape en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, told_in

PUBLISHED = "2009-05-19"

ATTACKED = "The LTTE attacked Sri Lanka's army."
REJECTED = 'The LTTE rejected talks.'
KILLED = 'Sri Lankan troops killed the rebel leader on Monday.'
DEFEAT = 'The LTTE conceded defeat.'

PARSES = {
    "The LTTE attacked Sri Lanka's army.": [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('LTTE', 2, 'nsubj', 'NOUN', 'NNS', 'LTTE'),
        ('attacked', 2, 'ROOT', 'VERB', 'VBD', 'attack'),
        ('Sri', 4, 'compound', 'PROPN', 'NNP', 'Sri'),
        ('Lanka', 6, 'poss', 'PROPN', 'NNP', 'Lanka'),
        ("'s", 4, 'case', 'PART', 'POS', "'s"),
        ('army', 2, 'dobj', 'NOUN', 'NN', 'army'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'The LTTE rejected talks.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('LTTE', 2, 'nsubj', 'PROPN', 'NNP', 'LTTE'),
        ('rejected', 2, 'ROOT', 'VERB', 'VBD', 'reject'),
        ('talks', 2, 'dobj', 'NOUN', 'NNS', 'talk'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'Sri Lankan troops killed the rebel leader on Monday.': [
        ('Sri', 1, 'compound', 'PROPN', 'NNP', 'Sri'),
        ('Lankan', 2, 'compound', 'PROPN', 'NNP', 'Lankan'),
        ('troops', 3, 'nsubj', 'NOUN', 'NNS', 'troop'),
        ('killed', 3, 'ROOT', 'VERB', 'VBD', 'kill'),
        ('the', 6, 'det', 'DET', 'DT', 'the'),
        ('rebel', 6, 'amod', 'ADJ', 'JJ', 'rebel'),
        ('leader', 3, 'dobj', 'NOUN', 'NN', 'leader'),
        ('on', 3, 'prep', 'ADP', 'IN', 'on'),
        ('Monday', 7, 'pobj', 'PROPN', 'NNP', 'Monday'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'The LTTE conceded defeat.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('LTTE', 2, 'nsubj', 'NOUN', 'NNS', 'LTTE'),
        ('conceded', 2, 'ROOT', 'VERB', 'VBD', 'concede'),
        ('defeat', 2, 'dobj', 'NOUN', 'NN', 'defeat'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _told(coder, texts: list[str]) -> list:
    events = code_doc(coder, [(t, PARSES[t]) for t in texts], PUBLISHED)
    return told_in(events, texts[-1])


def test_the_rebel_leader_is_the_armed_groups(coder):
    assert _told(coder, [ATTACKED, REJECTED, KILLED]) == [
        ("ASSAULT", "asserted", ["LKA"], ["LTTE"])]


def test_conceding_defeat_is_a_surrender(coder):
    assert [row[:3] for row in _told(coder, [DEFEAT])] == [("RETREAT", "asserted", ["LTTE"])]
