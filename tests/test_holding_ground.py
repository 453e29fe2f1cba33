"""Model-free tests of ground held by force: "Turkish troops now control much of northern Syria".

Forces, fighters or an armed group holding a place, a share of one or ground a noun names
keep it by force: the gold sets code it as an occupation (ASSAULT occupy, CAMEO 192) aimed at
the state whose ground it is, an ongoing act. A party controlling a capital, fighters running
a ministry, and positions told as where forces held before the war (where a withdrawal goes)
are no such act, nor is any ground a relative clause describes. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these
sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PARSES = {
    'Turkish troops now control much of northern Syria.': [
    ('Turkish', 1, 'amod', 'ADJ', 'JJ', 'turkish'),
    ('troops', 3, 'nsubj', 'NOUN', 'NNS', 'troop'),
    ('now', 3, 'advmod', 'ADV', 'RB', 'now'),
    ('control', 3, 'ROOT', 'VERB', 'VBP', 'control'),
    ('much', 3, 'dobj', 'ADJ', 'JJ', 'much'),
    ('of', 4, 'prep', 'ADP', 'IN', 'of'),
    ('northern', 7, 'amod', 'ADJ', 'JJ', 'northern'),
    ('Syria', 5, 'pobj', 'PROPN', 'NNP', 'Syria'),
    ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'The M23 still runs Goma.': [
    ('The', 1, 'det', 'DET', 'DT', 'the'),
    ('M23', 3, 'nsubj', 'PROPN', 'NNP', 'M23'),
    ('still', 3, 'advmod', 'ADV', 'RB', 'still'),
    ('runs', 3, 'ROOT', 'VERB', 'VBZ', 'run'),
    ('Goma', 3, 'dobj', 'PROPN', 'NNP', 'Goma'),
    ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'The ruling party controls the capital.': [
    ('The', 2, 'det', 'DET', 'DT', 'the'),
    ('ruling', 2, 'amod', 'VERB', 'VBG', 'rule'),
    ('party', 3, 'nsubj', 'NOUN', 'NN', 'party'),
    ('controls', 3, 'ROOT', 'VERB', 'VBZ', 'control'),
    ('the', 5, 'det', 'DET', 'DT', 'the'),
    ('capital', 3, 'dobj', 'NOUN', 'NN', 'capital'),
    ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'Russian troops must return to the positions they held before the war.': [
    ('Russian', 1, 'amod', 'ADJ', 'JJ', 'russian'),
    ('troops', 3, 'nsubj', 'NOUN', 'NNS', 'troop'),
    ('must', 3, 'aux', 'AUX', 'MD', 'must'),
    ('return', 3, 'ROOT', 'VERB', 'VB', 'return'),
    ('to', 3, 'prep', 'ADP', 'IN', 'to'),
    ('the', 6, 'det', 'DET', 'DT', 'the'),
    ('positions', 4, 'pobj', 'NOUN', 'NNS', 'position'),
    ('they', 8, 'nsubj', 'PRON', 'PRP', 'they'),
    ('held', 6, 'relcl', 'VERB', 'VBD', 'hold'),
    ('before', 8, 'prep', 'ADP', 'IN', 'before'),
    ('the', 11, 'det', 'DET', 'DT', 'the'),
    ('war', 9, 'pobj', 'NOUN', 'NN', 'war'),
    ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'Its fighters ran the ministry for a year.': [
    ('Its', 1, 'poss', 'PRON', 'PRP$', 'its'),
    ('fighters', 2, 'nsubj', 'NOUN', 'NNS', 'fighter'),
    ('ran', 2, 'ROOT', 'VERB', 'VBD', 'run'),
    ('the', 4, 'det', 'DET', 'DT', 'the'),
    ('ministry', 2, 'dobj', 'PROPN', 'NNP', 'ministry'),
    ('for', 2, 'prep', 'ADP', 'IN', 'for'),
    ('a', 7, 'det', 'DET', 'DT', 'a'),
    ('year', 5, 'pobj', 'NOUN', 'NN', 'year'),
    ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _code(coder: Coder, text: str):
    return [(ev.event, ev.mode, ev.status, [e.code for e in ev.actor],
             [e.code for e in ev.recipient])
            for ev in code_one(coder, text, PARSES[text], "2024-05-14")]


def test_forces_holding_a_share_of_a_state_occupy_it(coder: Coder) -> None:
    assert _code(coder, "Turkish troops now control much of northern Syria.") == [
        ("ASSAULT", "occupy", "asserted", ["TUR"], ["SYR"])]


def test_an_armed_group_running_a_city_occupies_its_state(coder: Coder) -> None:
    assert _code(coder, "The M23 still runs Goma.") == [
        ("ASSAULT", "occupy", "asserted", ["M23"], ["COD"])]


def test_no_ground_is_held_by_a_party_or_in_a_ministry(coder: Coder) -> None:
    assert _code(coder, "The ruling party controls the capital.") == []
    assert _code(coder, "Its fighters ran the ministry for a year.") == []


def test_positions_held_before_a_war_are_where_forces_go_back(coder: Coder) -> None:
    assert _code(coder, "Russian troops must return to the positions they held before the war.") == []
