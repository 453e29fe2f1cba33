"""Model-free tests of leave given for force: a threat told now (THREATEN, CAMEO 13x).

"The Security Council authorised member states to use force against Libya" threatens Libya
by the Council (the gold sets code it so); the force itself stays still to come. Authorising
a mission threatens no one. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses
these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary

PUBLISHED = "2011-03-18"

FORCE = 'The Security Council authorised member states to use force against Libya.'
MISSION = 'The Security Council authorised the mission.'

PARSES = {
    FORCE: [
        ('The', 2, 'det', 'DET', 'DT', 'the'),
        ('Security', 2, 'compound', 'PROPN', 'NNP', 'Security'),
        ('Council', 3, 'nsubj', 'PROPN', 'NNP', 'Council'),
        ('authorised', 3, 'ROOT', 'VERB', 'VBD', 'authorise'),
        ('member', 5, 'compound', 'NOUN', 'NN', 'member'),
        ('states', 3, 'dobj', 'NOUN', 'NNS', 'state'),
        ('to', 7, 'aux', 'PART', 'TO', 'to'),
        ('use', 3, 'xcomp', 'VERB', 'VB', 'use'),
        ('force', 7, 'dobj', 'NOUN', 'NN', 'force'),
        ('against', 7, 'prep', 'ADP', 'IN', 'against'),
        ('Libya', 9, 'pobj', 'PROPN', 'NNP', 'Libya'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    MISSION: [
        ('The', 2, 'det', 'DET', 'DT', 'the'),
        ('Security', 2, 'compound', 'PROPN', 'NNP', 'Security'),
        ('Council', 3, 'nsubj', 'PROPN', 'NNP', 'Council'),
        ('authorised', 3, 'ROOT', 'VERB', 'VBD', 'authorise'),
        ('the', 5, 'det', 'DET', 'DT', 'the'),
        ('mission', 3, 'dobj', 'NOUN', 'NN', 'mission'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _told(coder, text):
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_leave_given_for_force_threatens_its_target(coder):
    told = _told(coder, FORCE)
    assert ("THREATEN", "asserted", ["UN"], ["LBY"]) in told
    assert [t for t in told if t[0] == "ASSAULT"] and all(
        t[1] != "asserted" for t in told if t[0] == "ASSAULT")


def test_a_mission_authorised_threatens_no_one(coder):
    assert not [t for t in _told(coder, MISSION) if t[0] == "THREATEN"]
