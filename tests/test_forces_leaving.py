"""Model-free tests of forces leaving a place: a withdrawal.

"Eritrean troops have not left Tigray", "the Iraqi army left Kuwait City": troops, soldiers or
an army as the subject of "leave", a place or a state as its object, is a withdrawal (RETREAT,
CAMEO 0874) from that place's state, with the status of its clause. Diplomats leaving a city
withdraw no forces. And "according to residents" names no accord left. Docs are built by hand
in the shape en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary

PUBLISHED = "2022-12-01"

NOT_LEFT = 'Eritrean troops have not left Tigray, according to residents.'
ARMY_LEFT = 'The Iraqi army left Kuwait City.'
DIPLOMATS_LEFT = 'Iraqi diplomats left Kuwait City.'

PARSES = {
    NOT_LEFT: [
        ('Eritrean', 1, 'amod', 'ADJ', 'JJ', 'eritrean'),
        ('troops', 4, 'nsubj', 'NOUN', 'NNS', 'troop'),
        ('have', 4, 'aux', 'AUX', 'VBP', 'have'),
        ('not', 4, 'neg', 'PART', 'RB', 'not'),
        ('left', 4, 'ROOT', 'VERB', 'VBN', 'leave'),
        ('Tigray', 4, 'dobj', 'PROPN', 'NNP', 'Tigray'),
        (',', 4, 'punct', 'PUNCT', ',', ','),
        ('according', 4, 'prep', 'VERB', 'VBG', 'accord'),
        ('to', 7, 'prep', 'ADP', 'IN', 'to'),
        ('residents', 8, 'pobj', 'NOUN', 'NNS', 'resident'),
        ('.', 4, 'punct', 'PUNCT', '.', '.'),
    ],
    ARMY_LEFT: [
        ('The', 2, 'det', 'DET', 'DT', 'the'),
        ('Iraqi', 2, 'amod', 'ADJ', 'JJ', 'iraqi'),
        ('army', 3, 'nsubj', 'NOUN', 'NN', 'army'),
        ('left', 3, 'ROOT', 'VERB', 'VBD', 'leave'),
        ('Kuwait', 5, 'compound', 'PROPN', 'NNP', 'Kuwait'),
        ('City', 3, 'dobj', 'PROPN', 'NNP', 'City'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    DIPLOMATS_LEFT: [
        ('Iraqi', 1, 'amod', 'ADJ', 'JJ', 'iraqi'),
        ('diplomats', 2, 'nsubj', 'NOUN', 'NNS', 'diplomat'),
        ('left', 2, 'ROOT', 'VERB', 'VBD', 'leave'),
        ('Kuwait', 4, 'compound', 'PROPN', 'NNP', 'Kuwait'),
        ('City', 2, 'dobj', 'PROPN', 'NNP', 'City'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _coded(coder, text):
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_troops_that_have_not_left_a_region_have_not_withdrawn(coder):
    # (Before, "according to" made it the lexicon's "leave accord", a SANCTION.)
    assert _coded(coder, NOT_LEFT) == [("RETREAT", "negated", ["ERI"], ["ETH"])]


def test_an_army_leaving_a_capital_withdraws_from_its_state(coder):
    assert _coded(coder, ARMY_LEFT) == [("RETREAT", "asserted", ["IRQ"], ["KWT"])]


def test_diplomats_leaving_a_city_withdraw_no_forces(coder):
    assert [row for row in _coded(coder, DIPLOMATS_LEFT) if row[0] == "RETREAT"] == []
