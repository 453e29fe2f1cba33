"""Model-free tests of experts and advisers sent to help a state as aid (CAMEO 070).

"France sent experts to Nigeria" (to help search for abducted schoolgirls) and "Britain sent
military advisers to Nigeria" are help given, as the gold sets code them: AID, not a
deployment of force. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these
sentences (written for this test).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PARSES = {
    'Britain sent military advisers to Nigeria.': [
        ('Britain', 1, 'nsubj', 'PROPN', 'NNP', 'Britain'),
        ('sent', 1, 'ROOT', 'VERB', 'VBD', 'send'),
        ('military', 3, 'amod', 'ADJ', 'JJ', 'military'),
        ('advisers', 1, 'dobj', 'NOUN', 'NNS', 'adviser'),
        ('to', 1, 'prep', 'ADP', 'IN', 'to'),
        ('Nigeria', 4, 'pobj', 'PROPN', 'NNP', 'Nigeria'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'France sent experts to Nigeria.': [
        ('France', 1, 'nsubj', 'PROPN', 'NNP', 'France'),
        ('sent', 1, 'ROOT', 'VERB', 'VBD', 'send'),
        ('experts', 1, 'dobj', 'NOUN', 'NNS', 'expert'),
        ('to', 1, 'prep', 'ADP', 'IN', 'to'),
        ('Nigeria', 3, 'pobj', 'PROPN', 'NNP', 'Nigeria'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _told(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], "2014-05-18"))


def test_experts_sent_are_aid(coder: Coder) -> None:
    assert _told(coder, "France sent experts to Nigeria.") == [("AID", "asserted", ["FRA"], ["NGA"])]


def test_advisers_sent_are_aid(coder: Coder) -> None:
    assert _told(coder, "Britain sent military advisers to Nigeria.") == [
        ("AID", "asserted", ["GBR"], ["NGA"])]
