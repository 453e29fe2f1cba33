"""Model-free tests of talks named by their span or round, and what they broke down over.

- "The three days of talks broke down": the days stand for the talks, whose parties broke
  them off (REJECT 164, all of them actors).
- "... over Azerbaijan's demand that Armenia withdraw": what talks broke down over is a cause
  told in its own right, not the thing undone: the demand was made (REQUEST).
- "Nor has the second round of talks ... ever taken place": a fronted "nor" denies its clause.

Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for
these tests).
"""

from __future__ import annotations

from docbuild import code_doc, told_in
from parley.events.coder import Coder

PARSES = {
    'Talks between Armenia and Azerbaijan opened in Washington on Monday.': [
        ('Talks', 5, 'nsubj', 'NOUN', 'NNS', 'talk'),
        ('between', 0, 'prep', 'ADP', 'IN', 'between'),
        ('Armenia', 1, 'pobj', 'PROPN', 'NNP', 'Armenia'),
        ('and', 2, 'cc', 'CCONJ', 'CC', 'and'),
        ('Azerbaijan', 2, 'conj', 'PROPN', 'NNP', 'Azerbaijan'),
        ('opened', 5, 'ROOT', 'VERB', 'VBD', 'open'),
        ('in', 5, 'prep', 'ADP', 'IN', 'in'),
        ('Washington', 6, 'pobj', 'PROPN', 'NNP', 'Washington'),
        ('on', 5, 'prep', 'ADP', 'IN', 'on'),
        ('Monday', 8, 'pobj', 'PROPN', 'NNP', 'Monday'),
        ('.', 5, 'punct', 'PUNCT', '.', '.'),
    ],
    "The three days of talks broke down over Azerbaijan's demand that Armenia withdraw its troops.": [
        ('The', 2, 'det', 'DET', 'DT', 'the'),
        ('three', 2, 'nummod', 'NUM', 'CD', 'three'),
        ('days', 5, 'nsubj', 'NOUN', 'NNS', 'day'),
        ('of', 2, 'prep', 'ADP', 'IN', 'of'),
        ('talks', 3, 'pobj', 'NOUN', 'NNS', 'talk'),
        ('broke', 5, 'ROOT', 'VERB', 'VBD', 'break'),
        ('down', 5, 'prt', 'ADP', 'RP', 'down'),
        ('over', 5, 'prep', 'ADP', 'IN', 'over'),
        ('Azerbaijan', 10, 'poss', 'PROPN', 'NNP', 'Azerbaijan'),
        ("'s", 8, 'case', 'PART', 'POS', "'s"),
        ('demand', 7, 'pobj', 'NOUN', 'NN', 'demand'),
        ('that', 13, 'mark', 'SCONJ', 'IN', 'that'),
        ('Armenia', 13, 'nsubj', 'PROPN', 'NNP', 'Armenia'),
        ('withdraw', 10, 'acl', 'VERB', 'VB', 'withdraw'),
        ('its', 15, 'poss', 'PRON', 'PRP$', 'its'),
        ('troops', 13, 'dobj', 'NOUN', 'NNS', 'troop'),
        ('.', 5, 'punct', 'PUNCT', '.', '.'),
    ],
    'Nor has the second round of talks between Armenia and Azerbaijan ever taken place.': [
        ('Nor', 1, 'cc', 'CCONJ', 'CC', 'nor'),
        ('has', 12, 'aux', 'AUX', 'VBZ', 'have'),
        ('the', 4, 'det', 'DET', 'DT', 'the'),
        ('second', 4, 'amod', 'ADJ', 'JJ', 'second'),
        ('round', 12, 'nsubj', 'NOUN', 'NN', 'round'),
        ('of', 4, 'prep', 'ADP', 'IN', 'of'),
        ('talks', 5, 'pobj', 'NOUN', 'NNS', 'talk'),
        ('between', 6, 'prep', 'ADP', 'IN', 'between'),
        ('Armenia', 7, 'pobj', 'PROPN', 'NNP', 'Armenia'),
        ('and', 8, 'cc', 'CCONJ', 'CC', 'and'),
        ('Azerbaijan', 8, 'conj', 'PROPN', 'NNP', 'Azerbaijan'),
        ('ever', 12, 'advmod', 'ADV', 'RB', 'ever'),
        ('taken', 12, 'ROOT', 'VERB', 'VBD', 'take'),
        ('place', 12, 'dobj', 'NOUN', 'NN', 'place'),
        ('.', 12, 'punct', 'PUNCT', '.', '.'),
    ],
}

OPENED = "Talks between Armenia and Azerbaijan opened in Washington on Monday."
BROKE_DOWN = ("The three days of talks broke down over Azerbaijan's demand that Armenia withdraw "
              "its troops.")
NOR = "Nor has the second round of talks between Armenia and Azerbaijan ever taken place."


def _told(coder: Coder, text: str) -> list:
    events = code_doc(coder, [(t, PARSES[t]) for t in (OPENED, text)], "2023-05-20")
    return told_in(events, text)


def test_days_of_talks_that_broke_down_are_broken_off_by_their_parties(coder: Coder) -> None:
    assert ("REJECT", "asserted", ["ARM", "AZE"], []) in _told(coder, BROKE_DOWN)


def test_a_demand_talks_broke_down_over_was_made(coder: Coder) -> None:
    assert ("REQUEST", "asserted", ["AZE"], ["ARM"]) in _told(coder, BROKE_DOWN)


def test_a_fronted_nor_denies_the_round_of_talks(coder: Coder) -> None:
    assert [status for event, status, *_ in _told(coder, NOR) if event == "CONSULT"] == [
        "negated"]
