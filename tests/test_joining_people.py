"""Model-free tests of joining people, which is taking part in their meeting.

"Putin and Erdogan met in Sochi. Aliyev joined them briefly": joining people where they meet
is a meeting with them (a symmetric CONSULT), not joining a body; "Sweden joined NATO" still
joins an alliance (COOPERATE, NATO the recipient). Docs are built by hand in the shape
en_core_web_sm 3.8.0 parses these sentences (written for this test).
"""

from __future__ import annotations

from docbuild import code_doc, code_one, summary
from parley.events.coder import Coder

PARSES = {
    'Putin and Erdogan met in Sochi on Monday.': [
        ('Putin', 3, 'nsubj', 'PROPN', 'NNP', 'Putin'),
        ('and', 0, 'cc', 'CCONJ', 'CC', 'and'),
        ('Erdogan', 0, 'conj', 'PROPN', 'NNP', 'Erdogan'),
        ('met', 3, 'ROOT', 'VERB', 'VBD', 'meet'),
        ('in', 3, 'prep', 'ADP', 'IN', 'in'),
        ('Sochi', 4, 'pobj', 'PROPN', 'NNP', 'Sochi'),
        ('on', 3, 'prep', 'ADP', 'IN', 'on'),
        ('Monday', 6, 'pobj', 'PROPN', 'NNP', 'Monday'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'Aliyev joined them briefly.': [
        ('Aliyev', 1, 'nsubj', 'NOUN', 'NN', 'aliyev'),
        ('joined', 1, 'ROOT', 'VERB', 'VBD', 'join'),
        ('them', 1, 'dobj', 'PRON', 'PRP', 'they'),
        ('briefly', 1, 'advmod', 'ADV', 'RB', 'briefly'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Sweden joined NATO in March.': [
        ('Sweden', 1, 'nsubj', 'PROPN', 'NNP', 'Sweden'),
        ('joined', 1, 'ROOT', 'VERB', 'VBD', 'join'),
        ('NATO', 1, 'dobj', 'PROPN', 'NNP', 'NATO'),
        ('in', 1, 'prep', 'ADP', 'IN', 'in'),
        ('March', 3, 'pobj', 'PROPN', 'NNP', 'March'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
}


def test_joining_people_is_meeting_them(coder: Coder) -> None:
    texts = ["Putin and Erdogan met in Sochi on Monday.", "Aliyev joined them briefly."]
    events = code_doc(coder, [(t, PARSES[t]) for t in texts], "2024-05-01")
    joined = [(event, status, sorted(actor), recipient)
              for event, status, actor, recipient in summary(e for e in events
                                                             if e.event_text == texts[-1])]
    assert joined == [("CONSULT", "asserted", ["AZE", "RUS", "TUR"], [])]


def test_joining_an_alliance_is_cooperation(coder: Coder) -> None:
    text = "Sweden joined NATO in March."
    assert summary(code_one(coder, text, PARSES[text], "2024-05-01")) == [
        ("COOPERATE", "asserted", ["SWE"], ["NATO"])]
