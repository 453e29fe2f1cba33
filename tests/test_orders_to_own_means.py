"""Model-free tests of orders given to one's own means, which ask no one.

"Erdogan ordered Turkey's negotiating team to return from Vienna", "Lukashenko ordered a
fighter jet to escort the plane": what is ordered is the orderer's own team or forces, so no
other party is asked (no REQUEST; Vienna is no one asked). Forces ordered to an act of force
("ordered troops to withdraw") stay asked, as test_orders_and_leave pins; a judge who orders a
former president to appear asks him (REQUEST). Docs are built by hand in the shape en_core_web_sm
3.8.0 parses these sentences (written for this test).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PARSES = {
    "Erdogan ordered Turkey's negotiating team to return from Vienna.": [
        ('Erdogan', 1, 'nsubj', 'PROPN', 'NNP', 'Erdogan'),
        ('ordered', 1, 'ROOT', 'VERB', 'VBD', 'order'),
        ('Turkey', 5, 'poss', 'PROPN', 'NNP', 'Turkey'),
        ("'s", 2, 'case', 'PART', 'POS', "'s"),
        ('negotiating', 5, 'amod', 'VERB', 'VBG', 'negotiate'),
        ('team', 1, 'dobj', 'NOUN', 'NN', 'team'),
        ('to', 7, 'aux', 'PART', 'TO', 'to'),
        ('return', 1, 'xcomp', 'VERB', 'VB', 'return'),
        ('from', 7, 'prep', 'ADP', 'IN', 'from'),
        ('Vienna', 8, 'pobj', 'PROPN', 'NNP', 'Vienna'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Lukashenko ordered a fighter jet to escort the plane.': [
        ('Lukashenko', 1, 'nsubj', 'PROPN', 'NNP', 'Lukashenko'),
        ('ordered', 1, 'ROOT', 'VERB', 'VBD', 'order'),
        ('a', 4, 'det', 'DET', 'DT', 'a'),
        ('fighter', 4, 'compound', 'NOUN', 'NN', 'fighter'),
        ('jet', 1, 'dobj', 'NOUN', 'NN', 'jet'),
        ('to', 6, 'aux', 'PART', 'TO', 'to'),
        ('escort', 1, 'xcomp', 'VERB', 'VB', 'escort'),
        ('the', 8, 'det', 'DET', 'DT', 'the'),
        ('plane', 6, 'dobj', 'NOUN', 'NN', 'plane'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'An Argentine judge ordered former president Carlos Menem to appear for questioning.': [
        ('An', 2, 'det', 'DET', 'DT', 'an'),
        ('Argentine', 2, 'amod', 'ADJ', 'JJ', 'argentine'),
        ('judge', 3, 'nsubj', 'NOUN', 'NN', 'judge'),
        ('ordered', 3, 'ROOT', 'VERB', 'VBD', 'order'),
        ('former', 5, 'amod', 'ADJ', 'JJ', 'former'),
        ('president', 7, 'compound', 'NOUN', 'NN', 'president'),
        ('Carlos', 7, 'compound', 'PROPN', 'NNP', 'Carlos'),
        ('Menem', 3, 'dobj', 'PROPN', 'NNP', 'Menem'),
        ('to', 9, 'aux', 'PART', 'TO', 'to'),
        ('appear', 3, 'xcomp', 'VERB', 'VB', 'appear'),
        ('for', 9, 'prep', 'ADP', 'IN', 'for'),
        ('questioning', 10, 'pobj', 'VERB', 'VBG', 'question'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _coded(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], "2023-01-01"))


def test_an_order_to_ones_own_team_asks_no_one(coder: Coder) -> None:
    assert _coded(coder, "Erdogan ordered Turkey's negotiating team to return from Vienna.") == []


def test_an_order_to_ones_own_jet_asks_no_one(coder: Coder) -> None:
    assert _coded(coder, "Lukashenko ordered a fighter jet to escort the plane.") == []


def test_a_judges_order_to_a_person_asks_him(coder: Coder) -> None:
    text = "An Argentine judge ordered former president Carlos Menem to appear for questioning."
    assert [event for event, *_ in _coded(coder, text)] == ["REQUEST"]
