"""Model-free tests of army units and tanks as agents: "Soviet airborne divisions".

Divisions, brigades, battalions, regiments, commandos and tanks named with a state are that
state's armed forces (MIL), as troops and warplanes are: "two Soviet airborne divisions had
been put on alert" is the Soviet Union's MOBILIZE (152). Tanks struck with no state named are
a target, not a group of the striker's own state. Docs are built by hand in the shape
en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PARSES = {
    'Two Soviet airborne divisions had been put on alert.': [
        ('Two', 3, 'nummod', 'NUM', 'CD', 'two'),
        ('Soviet', 3, 'amod', 'ADJ', 'JJ', 'soviet'),
        ('airborne', 3, 'amod', 'ADJ', 'JJ', 'airborne'),
        ('divisions', 6, 'nsubjpass', 'NOUN', 'NNS', 'division'),
        ('had', 6, 'aux', 'AUX', 'VBD', 'have'),
        ('been', 6, 'auxpass', 'AUX', 'VBN', 'be'),
        ('put', 6, 'ROOT', 'VERB', 'VBN', 'put'),
        ('on', 6, 'prep', 'ADP', 'IN', 'on'),
        ('alert', 7, 'pobj', 'NOUN', 'NN', 'alert'),
        ('.', 6, 'punct', 'PUNCT', '.', '.'),
    ],
    'Syrian tanks shelled the town.': [
        ('Syrian', 1, 'amod', 'ADJ', 'JJ', 'syrian'),
        ('tanks', 2, 'nsubj', 'NOUN', 'NNS', 'tank'),
        ('shelled', 2, 'ROOT', 'VERB', 'VBD', 'shell'),
        ('the', 4, 'det', 'DET', 'DT', 'the'),
        ('town', 2, 'dobj', 'NOUN', 'NN', 'town'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'Israel struck tanks heading for the border.': [
        ('Israel', 1, 'nsubj', 'PROPN', 'NNP', 'Israel'),
        ('struck', 1, 'ROOT', 'VERB', 'VBD', 'strike'),
        ('tanks', 1, 'dobj', 'NOUN', 'NNS', 'tank'),
        ('heading', 2, 'acl', 'VERB', 'VBG', 'head'),
        ('for', 3, 'prep', 'ADP', 'IN', 'for'),
        ('the', 6, 'det', 'DET', 'DT', 'the'),
        ('border', 4, 'pobj', 'NOUN', 'NN', 'border'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _code(coder: Coder, text: str):
    return [(ev.event, ev.status, [(e.code, e.sector) for e in ev.actor],
             [(e.code, e.sector) for e in ev.recipient])
            for ev in code_one(coder, text, PARSES[text], "1973-10-26")]


def test_divisions_of_a_state_are_its_forces(coder: Coder) -> None:
    assert _code(coder, "Two Soviet airborne divisions had been put on alert.") == [
        ("MOBILIZE", "asserted", [("SUN", "MIL")], [])]


def test_tanks_of_a_state_are_its_forces(coder: Coder) -> None:
    assert _code(coder, "Syrian tanks shelled the town.") == [
        ("ASSAULT", "asserted", [("SYR", "MIL")], [])]


def test_tanks_of_no_state_named_are_no_group_of_the_striker(coder: Coder) -> None:
    assert _code(coder, "Israel struck tanks heading for the border.") == [
        ("ASSAULT", "asserted", [("ISR", "")], [])]
