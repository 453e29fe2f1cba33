"""Model-free tests of a state's forces in a report most about the armed group it fights.

"Troops captured the town", "the air force bombed the port": a state's own forces with no
state named. Where the text names an armed group most, and one state next, more than any
other state (a mediator named less), the forces are that state's. Where two states are named
as often, nothing says whose they are, and no actor is guessed. Docs are built by hand in
the shape en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, told_in

PUBLISHED = "2009-01-10"

URGED = 'Norway urged Sri Lanka and the LTTE to talk.'
ATTACKED = 'The LTTE attacked a Sri Lankan navy base.'
CONDEMNED = 'Norway condemned the LTTE.'
BLAMED = 'Sri Lanka blamed the LTTE.'
WARNED = 'Norway warned the LTTE.'
TROOPS = 'Troops captured the town.'
AIR_FORCE = 'The air force bombed the port.'

PARSES = {
    URGED: [
        ('Norway', 1, 'nsubj', 'PROPN', 'NNP', 'Norway'),
        ('urged', 1, 'ROOT', 'VERB', 'VBD', 'urge'),
        ('Sri', 3, 'compound', 'PROPN', 'NNP', 'Sri'),
        ('Lanka', 1, 'dobj', 'PROPN', 'NNP', 'Lanka'),
        ('and', 3, 'cc', 'CCONJ', 'CC', 'and'),
        ('the', 6, 'det', 'DET', 'DT', 'the'),
        ('LTTE', 3, 'conj', 'PROPN', 'NNP', 'LTTE'),
        ('to', 8, 'aux', 'PART', 'TO', 'to'),
        ('talk', 1, 'xcomp', 'VERB', 'VB', 'talk'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    ATTACKED: [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('LTTE', 2, 'nsubj', 'NOUN', 'NNS', 'LTTE'),
        ('attacked', 2, 'ROOT', 'VERB', 'VBD', 'attack'),
        ('a', 7, 'det', 'DET', 'DT', 'a'),
        ('Sri', 5, 'compound', 'PROPN', 'NNP', 'Sri'),
        ('Lankan', 7, 'compound', 'PROPN', 'NNP', 'Lankan'),
        ('navy', 7, 'compound', 'NOUN', 'NN', 'navy'),
        ('base', 2, 'dobj', 'NOUN', 'NN', 'base'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    CONDEMNED: [
        ('Norway', 1, 'nsubj', 'PROPN', 'NNP', 'Norway'),
        ('condemned', 1, 'ROOT', 'VERB', 'VBD', 'condemn'),
        ('the', 3, 'det', 'DET', 'DT', 'the'),
        ('LTTE', 1, 'dobj', 'PROPN', 'NNP', 'LTTE'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    BLAMED: [
        ('Sri', 1, 'compound', 'PROPN', 'NNP', 'Sri'),
        ('Lanka', 2, 'nsubj', 'PROPN', 'NNP', 'Lanka'),
        ('blamed', 2, 'ROOT', 'VERB', 'VBD', 'blame'),
        ('the', 4, 'det', 'DET', 'DT', 'the'),
        ('LTTE', 2, 'dobj', 'PROPN', 'NNP', 'LTTE'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    WARNED: [
        ('Norway', 1, 'nsubj', 'PROPN', 'NNP', 'Norway'),
        ('warned', 1, 'ROOT', 'VERB', 'VBD', 'warn'),
        ('the', 3, 'det', 'DET', 'DT', 'the'),
        ('LTTE', 1, 'dobj', 'PROPN', 'NNP', 'LTTE'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    TROOPS: [
        ('Troops', 1, 'nsubj', 'NOUN', 'NNS', 'troop'),
        ('captured', 1, 'ROOT', 'VERB', 'VBD', 'capture'),
        ('the', 3, 'det', 'DET', 'DT', 'the'),
        ('town', 1, 'dobj', 'NOUN', 'NN', 'town'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    AIR_FORCE: [
        ('The', 2, 'det', 'DET', 'DT', 'the'),
        ('air', 2, 'compound', 'NOUN', 'NN', 'air'),
        ('force', 3, 'nsubj', 'NOUN', 'NN', 'force'),
        ('bombed', 3, 'ROOT', 'VERB', 'VBD', 'bomb'),
        ('the', 5, 'det', 'DET', 'DT', 'the'),
        ('port', 3, 'dobj', 'NOUN', 'NN', 'port'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
}

#: Norway urges both sides to talk, the LTTE attacks Sri Lanka, Norway condemns it, Sri Lanka
#: blames it: in the events told, the LTTE named five times, Sri Lanka four, Norway twice.
STORY = [URGED, ATTACKED, CONDEMNED, BLAMED]


def _assaults(coder, texts):
    events = code_doc(coder, [(t, PARSES[t]) for t in texts], PUBLISHED)
    return [(row[2], row[3]) for row in told_in(events, texts[-1]) if row[0] == "ASSAULT"]


def test_troops_in_a_story_about_rebels_are_the_state_they_fight(coder):
    # (Aimed, with no target named, at the rebels the story is about.)
    assert _assaults(coder, [*STORY, TROOPS]) == [(["LKA"], ["LTTE"])]


def test_the_air_force_is_a_states_own_force(coder):
    assert _assaults(coder, [*STORY, AIR_FORCE]) == [(["LKA"], ["LTTE"])]


def test_a_mediator_named_as_often_as_the_state_leaves_the_troops_unknown(coder):
    # Norway warns the LTTE where Sri Lanka blamed it: each state is named three times.
    assert _assaults(coder, [URGED, ATTACKED, CONDEMNED, WARNED, TROOPS]) == []
