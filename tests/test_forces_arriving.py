"""Model-free tests of forces arriving: "the first Turkish troops arrived in Qatar".

A leader or an envoy arriving somewhere visits it (CONSULT 042); troops, peacekeepers or
warships arriving pay no visit. They come to protect the state they arrive in (AID 074, as the
gold sets code forces arriving), or are massed against it where the text has told them
attacking it (MOBILIZE 154). Docs are built by hand in the shape en_core_web_sm 3.8.0 parses
these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, code_one, summary
from parley.events.coder import Coder

PARSES = {
    'The first Turkish troops arrived in Qatar on Sunday.': [
    ('The', 3, 'det', 'DET', 'DT', 'the'),
    ('first', 3, 'amod', 'ADJ', 'JJ', 'first'),
    ('Turkish', 3, 'amod', 'ADJ', 'JJ', 'turkish'),
    ('troops', 4, 'nsubj', 'NOUN', 'NNS', 'troop'),
    ('arrived', 4, 'ROOT', 'VERB', 'VBD', 'arrive'),
    ('in', 4, 'prep', 'ADP', 'IN', 'in'),
    ('Qatar', 5, 'pobj', 'PROPN', 'NNP', 'Qatar'),
    ('on', 4, 'prep', 'ADP', 'IN', 'on'),
    ('Sunday', 7, 'pobj', 'PROPN', 'NNP', 'Sunday'),
    ('.', 4, 'punct', 'PUNCT', '.', '.'),
    ],
    'Russia invaded Ukraine in February.': [
    ('Russia', 1, 'nsubj', 'PROPN', 'NNP', 'Russia'),
    ('invaded', 1, 'ROOT', 'VERB', 'VBD', 'invade'),
    ('Ukraine', 1, 'dobj', 'PROPN', 'NNP', 'Ukraine'),
    ('in', 1, 'prep', 'ADP', 'IN', 'in'),
    ('February', 3, 'pobj', 'PROPN', 'NNP', 'February'),
    ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Russian troops arrived in Kherson on Monday.': [
    ('Russian', 1, 'amod', 'ADJ', 'JJ', 'russian'),
    ('troops', 2, 'nsubj', 'NOUN', 'NNS', 'troop'),
    ('arrived', 2, 'ROOT', 'VERB', 'VBD', 'arrive'),
    ('in', 2, 'prep', 'ADP', 'IN', 'in'),
    ('Kherson', 3, 'pobj', 'PROPN', 'NNP', 'Kherson'),
    ('on', 2, 'prep', 'ADP', 'IN', 'on'),
    ('Monday', 5, 'pobj', 'PROPN', 'NNP', 'Monday'),
    ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    "Turkey's foreign minister arrived in Doha on Sunday.": [
    ('Turkey', 3, 'poss', 'PROPN', 'NNP', 'Turkey'),
    ("'s", 0, 'case', 'PART', 'POS', "'s"),
    ('foreign', 3, 'amod', 'ADJ', 'JJ', 'foreign'),
    ('minister', 4, 'nsubj', 'NOUN', 'NN', 'minister'),
    ('arrived', 4, 'ROOT', 'VERB', 'VBD', 'arrive'),
    ('in', 4, 'prep', 'ADP', 'IN', 'in'),
    ('Doha', 5, 'pobj', 'PROPN', 'NNP', 'Doha'),
    ('on', 4, 'prep', 'ADP', 'IN', 'on'),
    ('Sunday', 7, 'pobj', 'PROPN', 'NNP', 'Sunday'),
    ('.', 4, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _code(coder: Coder, text: str):
    return [(ev.event, ev.mode, ev.status, [e.code for e in ev.actor],
             [e.code for e in ev.recipient])
            for ev in code_one(coder, text, PARSES[text], "2017-06-20")]


def test_troops_arriving_in_a_state_come_to_protect_it(coder: Coder) -> None:
    assert _code(coder, "The first Turkish troops arrived in Qatar on Sunday.") == [
        ("AID", "military", "asserted", ["TUR"], ["QAT"])]


def test_troops_arriving_where_they_attacked_are_massed_against_it(coder: Coder) -> None:
    texts = ["Russia invaded Ukraine in February.", "Russian troops arrived in Kherson on Monday."]
    events = code_doc(coder, [(t, PARSES[t]) for t in texts], "2022-03-02")
    assert summary(events)[-1] == ("MOBILIZE", "asserted", ["RUS"], ["UKR"])


def test_a_minister_arriving_visits(coder: Coder) -> None:
    assert _code(coder, "Turkey's foreign minister arrived in Doha on Sunday.") == [
        ("CONSULT", "visit", "asserted", ["TUR"], ["QAT"])]
