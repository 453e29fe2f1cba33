"""Model-free tests of a subject the model joins to an opening clause.

en_core_web_sm 3.8.0 parses "Two weeks after troops clashed in the Galwan Valley, India and
China have agreed to pull back." with "India and China" a conjunct of "Valley", and "agreed"
with no subject. The parse is repaired before roles are read: a noun just after the opening
clause's comma, whose words run up to a verb with no subject of its own, is that verb's
subject. Docs are built by hand in the shape the model parses them (sentences written for
these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2020-07-01"

AGREED = "Two weeks after troops clashed in the Galwan Valley, India and China have agreed to pull back."
AGREED_ROWS = [
    ('Two', 1, 'nummod', 'NUM', 'CD', 'two'),
    ('weeks', 4, 'npadvmod', 'NOUN', 'NNS', 'week'),
    ('after', 4, 'mark', 'SCONJ', 'IN', 'after'),
    ('troops', 4, 'nsubj', 'NOUN', 'NNS', 'troop'),
    ('clashed', 14, 'advcl', 'VERB', 'VBD', 'clash'),
    ('in', 4, 'prep', 'ADP', 'IN', 'in'),
    ('the', 8, 'det', 'DET', 'DT', 'the'),
    ('Galwan', 8, 'compound', 'PROPN', 'NNP', 'Galwan'),
    ('Valley', 5, 'pobj', 'PROPN', 'NNP', 'Valley'),
    (',', 8, 'punct', 'PUNCT', ',', ','),
    ('India', 8, 'conj', 'PROPN', 'NNP', 'India'),
    ('and', 10, 'cc', 'CCONJ', 'CC', 'and'),
    ('China', 10, 'conj', 'PROPN', 'NNP', 'China'),
    ('have', 14, 'aux', 'AUX', 'VBP', 'have'),
    ('agreed', 14, 'ROOT', 'VERB', 'VBN', 'agree'),
    ('to', 16, 'aux', 'PART', 'TO', 'to'),
    ('pull', 14, 'xcomp', 'VERB', 'VB', 'pull'),
    ('back', 16, 'advmod', 'ADV', 'RB', 'back'),
    ('.', 14, 'punct', 'PUNCT', '.', '.'),
]


def test_a_subject_joined_to_the_opening_clause_is_the_verbs(coder: Coder) -> None:
    coded = summary(code_one(coder, AGREED, AGREED_ROWS, PUBLISHED))
    assert ("AGREE", "asserted", ["IND", "CHN"], []) in coded


LISTED = "After troops clashed in Ladakh, Sikkim and Assam, China protested to India."
LISTED_ROWS = [
    ('After', 2, 'mark', 'SCONJ', 'IN', 'after'),
    ('troops', 2, 'nsubj', 'NOUN', 'NNS', 'troop'),
    ('clashed', 11, 'advcl', 'VERB', 'VBD', 'clash'),
    ('in', 2, 'prep', 'ADP', 'IN', 'in'),
    ('Ladakh', 3, 'pobj', 'PROPN', 'NNP', 'Ladakh'),
    (',', 4, 'punct', 'PUNCT', ',', ','),
    ('Sikkim', 4, 'conj', 'PROPN', 'NNP', 'Sikkim'),
    ('and', 6, 'cc', 'CCONJ', 'CC', 'and'),
    ('Assam', 6, 'conj', 'PROPN', 'NNP', 'Assam'),
    (',', 11, 'punct', 'PUNCT', ',', ','),
    ('China', 11, 'nsubj', 'PROPN', 'NNP', 'China'),
    ('protested', 11, 'ROOT', 'VERB', 'VBD', 'protest'),
    ('to', 11, 'prep', 'ADP', 'IN', 'to'),
    ('India', 12, 'pobj', 'PROPN', 'NNP', 'India'),
    ('.', 11, 'punct', 'PUNCT', '.', '.'),
]


def test_places_listed_inside_the_opening_clause_stay_there(coder: Coder) -> None:
    # (The verb after them has a subject of its own: the places are no subject.)
    coded = summary(code_one(coder, LISTED, LISTED_ROWS, PUBLISHED))
    assert [c[:3] for c in coded] == [("PROTEST", "asserted", ["CHN"])]
