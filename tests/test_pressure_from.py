"""Model-free tests of acts done under pressure.

"Israel agreed to let the convoy through, under heavy pressure from Washington": the party
that pressed asked it of the one that acted (REQUEST, CAMEO 100), and the agreement is not made
with the presser. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses the sentence
(written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "1973-10-28"

PARSES = {
    'Israel agreed to let the convoy through, under heavy pressure from Washington.': [
        ('Israel', 1, 'nsubj', 'PROPN', 'NNP', 'Israel'),
        ('agreed', 1, 'ROOT', 'VERB', 'VBD', 'agree'),
        ('to', 3, 'aux', 'PART', 'TO', 'to'),
        ('let', 1, 'xcomp', 'VERB', 'VB', 'let'),
        ('the', 5, 'det', 'DET', 'DT', 'the'),
        ('convoy', 6, 'nsubj', 'NOUN', 'NN', 'convoy'),
        ('through', 3, 'ccomp', 'ADV', 'RB', 'through'),
        (',', 3, 'punct', 'PUNCT', ',', ','),
        ('under', 3, 'prep', 'ADP', 'IN', 'under'),
        ('heavy', 10, 'amod', 'ADJ', 'JJ', 'heavy'),
        ('pressure', 8, 'pobj', 'NOUN', 'NN', 'pressure'),
        ('from', 10, 'prep', 'ADP', 'IN', 'from'),
        ('Washington', 11, 'pobj', 'PROPN', 'NNP', 'Washington'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
}


def test_pressure_from_a_party_is_its_request_of_the_one_that_acted(coder: Coder) -> None:
    events = summary(code_one(coder, "Israel agreed to let the convoy through, under heavy pressure from Washington.", PARSES["Israel agreed to let the convoy through, under heavy pressure from Washington."], PUBLISHED))
    assert ("REQUEST", "asserted", ["USA"], ["ISR"]) in events
    assert ("AGREE", "asserted", ["ISR"], []) in events
