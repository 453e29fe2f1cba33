"""Model-free tests of meetings told by standing at another's side or greeting visitors.

"Stood beside Colombia's president as the first trucks set off", "appeared beside Macron at
the Elysee Palace": appearing at another's side is meeting them (CONSULT 040), as the gold sets
code it. A host who "greeted the delegation" is visited (CAMEO 043): the visitors are the
actor, the host the recipient (EVENTS.md); a decision greeted is no meeting. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these
sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PARSES = {
    "Senegal's president appeared beside Macron at the Elysee Palace.": [
        ('Senegal', 2, 'poss', 'PROPN', 'NNP', 'Senegal'),
        ("'s", 0, 'case', 'PART', 'POS', "'s"),
        ('president', 3, 'nsubj', 'NOUN', 'NN', 'president'),
        ('appeared', 3, 'ROOT', 'VERB', 'VBD', 'appear'),
        ('beside', 3, 'prep', 'ADP', 'IN', 'beside'),
        ('Macron', 4, 'pobj', 'PROPN', 'NNP', 'Macron'),
        ('at', 3, 'prep', 'ADP', 'IN', 'at'),
        ('the', 9, 'det', 'DET', 'DT', 'the'),
        ('Elysee', 9, 'compound', 'PROPN', 'NNP', 'Elysee'),
        ('Palace', 6, 'pobj', 'PROPN', 'NNP', 'Palace'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    "Guaido stood beside Colombia's president.": [
        ('Guaido', 1, 'nsubj', 'PROPN', 'NNP', 'Guaido'),
        ('stood', 1, 'ROOT', 'VERB', 'VBD', 'stand'),
        ('beside', 1, 'prep', 'ADP', 'IN', 'beside'),
        ('Colombia', 5, 'poss', 'PROPN', 'NNP', 'Colombia'),
        ("'s", 3, 'case', 'PART', 'POS', "'s"),
        ('president', 2, 'pobj', 'NOUN', 'NN', 'president'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Abiy Ahmed greeted the Eritrean delegation at the airport.': [
        ('Abiy', 1, 'compound', 'PROPN', 'NNP', 'Abiy'),
        ('Ahmed', 2, 'nsubj', 'PROPN', 'NNP', 'Ahmed'),
        ('greeted', 2, 'ROOT', 'VERB', 'VBD', 'greet'),
        ('the', 5, 'det', 'DET', 'DT', 'the'),
        ('Eritrean', 5, 'amod', 'ADJ', 'JJ', 'eritrean'),
        ('delegation', 2, 'dobj', 'NOUN', 'NN', 'delegation'),
        ('at', 2, 'prep', 'ADP', 'IN', 'at'),
        ('the', 8, 'det', 'DET', 'DT', 'the'),
        ('airport', 6, 'pobj', 'NOUN', 'NN', 'airport'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'Abiy Ahmed greeted the decision.': [
        ('Abiy', 1, 'compound', 'PROPN', 'NNP', 'Abiy'),
        ('Ahmed', 2, 'nsubj', 'PROPN', 'NNP', 'Ahmed'),
        ('greeted', 2, 'ROOT', 'VERB', 'VBD', 'greet'),
        ('the', 4, 'det', 'DET', 'DT', 'the'),
        ('decision', 2, 'dobj', 'NOUN', 'NN', 'decision'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _code(coder: Coder, text: str, published: str):
    return summary(code_one(coder, text, PARSES[text], published))


def test_appearing_beside_a_leader_meets_him(coder: Coder) -> None:
    text = "Senegal's president appeared beside Macron at the Elysee Palace."
    assert _code(coder, text, "2022-02-18") == [("CONSULT", "asserted", ["SEN"], ["FRA"])]


def test_standing_beside_a_leader_meets_him(coder: Coder) -> None:
    assert _code(coder, "Guaido stood beside Colombia's president.", "2019-02-24") == [
        ("CONSULT", "asserted", ["VEN"], ["COL"])]


def test_a_host_greeting_a_delegation_is_visited_by_it(coder: Coder) -> None:
    text = "Abiy Ahmed greeted the Eritrean delegation at the airport."
    assert _code(coder, text, "2018-06-27") == [("CONSULT", "asserted", ["ERI"], ["ETH"])]


def test_a_decision_greeted_is_no_meeting(coder: Coder) -> None:
    assert _code(coder, "Abiy Ahmed greeted the decision.", "2018-06-27") == []
