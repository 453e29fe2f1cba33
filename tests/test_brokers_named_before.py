"""Model-free tests of a mediator named in a compound modifier: "a US-brokered ceasefire".

"A ceasefire brokered by the US" names the mediation in a participle phrase; "a US-brokered
ceasefire" and "Omani-mediated talks" name it in the modifier: the mediator mediated between
the ones who made the deal (CONSULT, CAMEO 045). Docs are built by hand in the shape
en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PARSES = {
    'Israel and Hezbollah agreed to a US-brokered ceasefire.': [
    ('Israel', 3, 'nsubj', 'PROPN', 'NNP', 'Israel'),
    ('and', 0, 'cc', 'CCONJ', 'CC', 'and'),
    ('Hezbollah', 0, 'conj', 'PROPN', 'NNP', 'Hezbollah'),
    ('agreed', 3, 'ROOT', 'VERB', 'VBD', 'agree'),
    ('to', 3, 'prep', 'ADP', 'IN', 'to'),
    ('a', 9, 'det', 'DET', 'DT', 'a'),
    ('US', 8, 'npadvmod', 'PROPN', 'NNP', 'US'),
    ('-', 8, 'punct', 'PUNCT', 'HYPH', '-'),
    ('brokered', 9, 'amod', 'VERB', 'VBN', 'broker'),
    ('ceasefire', 4, 'pobj', 'NOUN', 'NN', 'ceasefire'),
    ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
}


def test_a_mediator_in_the_modifier_mediated_between_the_deals_makers(coder: Coder) -> None:
    text = "Israel and Hezbollah agreed to a US-brokered ceasefire."
    events = [(ev.event, ev.cameo, [e.code for e in ev.actor], [e.code for e in ev.recipient])
              for ev in code_one(coder, text, PARSES[text], "2024-11-27")]
    assert ("CONSULT", "045", ["USA"], ["ISR", "HEZBOLLAH"]) in events
