"""Model-free tests of speaking to an audience, which is no consultation.

"Erdogan spoke to reporters in Ankara", "spoke to thousands of supporters": "speak to" holds
talks with a party, not with the press or a crowd, so no CONSULT is coded (and the story's
other side is not added to talks that never were). Speaking to a leader still is one. Docs
are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for
this test).
"""

from __future__ import annotations

from docbuild import code_doc, summary
from parley.events.coder import Coder

PARSES = {
    'Turkey and Greece signed a deal.': [
        ('Turkey', 3, 'nsubj', 'PROPN', 'NNP', 'Turkey'),
        ('and', 0, 'cc', 'CCONJ', 'CC', 'and'),
        ('Greece', 0, 'conj', 'PROPN', 'NNP', 'Greece'),
        ('signed', 3, 'ROOT', 'VERB', 'VBD', 'sign'),
        ('a', 5, 'det', 'DET', 'DT', 'a'),
        ('deal', 3, 'dobj', 'NOUN', 'NN', 'deal'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'Greece and Turkey reopened embassies.': [
        ('Greece', 3, 'nsubj', 'PROPN', 'NNP', 'Greece'),
        ('and', 0, 'cc', 'CCONJ', 'CC', 'and'),
        ('Turkey', 0, 'conj', 'PROPN', 'NNP', 'Turkey'),
        ('reopened', 3, 'ROOT', 'VERB', 'VBD', 'reopen'),
        ('embassies', 3, 'dobj', 'NOUN', 'NNS', 'embassy'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'Erdogan spoke to reporters in Ankara.': [
        ('Erdogan', 1, 'nsubj', 'PROPN', 'NNP', 'Erdogan'),
        ('spoke', 1, 'ROOT', 'VERB', 'VBD', 'speak'),
        ('to', 1, 'prep', 'ADP', 'IN', 'to'),
        ('reporters', 2, 'pobj', 'NOUN', 'NNS', 'reporter'),
        ('in', 1, 'prep', 'ADP', 'IN', 'in'),
        ('Ankara', 4, 'pobj', 'PROPN', 'NNP', 'Ankara'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Erdogan spoke to thousands of supporters.': [
        ('Erdogan', 1, 'nsubj', 'PROPN', 'NNP', 'Erdogan'),
        ('spoke', 1, 'ROOT', 'VERB', 'VBD', 'speak'),
        ('to', 1, 'prep', 'ADP', 'IN', 'to'),
        ('thousands', 2, 'pobj', 'NOUN', 'NNS', 'thousand'),
        ('of', 3, 'prep', 'ADP', 'IN', 'of'),
        ('supporters', 4, 'pobj', 'NOUN', 'NNS', 'supporter'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Erdogan spoke to Mitsotakis.': [
        ('Erdogan', 1, 'nsubj', 'PROPN', 'NNP', 'Erdogan'),
        ('spoke', 1, 'ROOT', 'VERB', 'VBD', 'speak'),
        ('to', 1, 'prep', 'ADP', 'IN', 'to'),
        ('Mitsotakis', 2, 'pobj', 'PROPN', 'NNP', 'Mitsotakis'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
}

STORY = ["Turkey and Greece signed a deal.", "Greece and Turkey reopened embassies."]


def _told(coder: Coder, text: str) -> list[tuple]:
    events = code_doc(coder, [(t, PARSES[t]) for t in [*STORY, text]], "2023-12-08")
    return [(event, status, sorted(actor), recipient)
            for event, status, actor, recipient in summary(e for e in events if e.event_text == text)]


def test_speaking_to_reporters_is_no_talks(coder: Coder) -> None:
    assert _told(coder, "Erdogan spoke to reporters in Ankara.") == []


def test_speaking_to_a_crowd_is_no_talks(coder: Coder) -> None:
    assert _told(coder, "Erdogan spoke to thousands of supporters.") == []


def test_speaking_to_a_leader_is_talks(coder: Coder) -> None:
    assert _told(coder, "Erdogan spoke to Mitsotakis.") == [("CONSULT", "asserted", ["GRC", "TUR"], [])]
