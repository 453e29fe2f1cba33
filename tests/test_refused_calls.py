"""Model-free tests of a call refused, which was made all the same.

"Maduro rejected calls from the Organization of American States to hold new elections": the
OAS called on him (an asserted REQUEST, to the one who refused it) as well as he refused. A
deal refused tells no deal of its own ("Voters rejected the peace agreement with the FARC").
Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for
these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PARSES = {
    'Maduro rejected calls from the Organization of American States to hold new elections.': [
        ('Maduro', 1, 'nsubj', 'PROPN', 'NNP', 'Maduro'),
        ('rejected', 1, 'ROOT', 'VERB', 'VBD', 'reject'),
        ('calls', 1, 'dobj', 'NOUN', 'NNS', 'call'),
        ('from', 2, 'prep', 'ADP', 'IN', 'from'),
        ('the', 5, 'det', 'DET', 'DT', 'the'),
        ('Organization', 3, 'pobj', 'PROPN', 'NNP', 'Organization'),
        ('of', 5, 'prep', 'ADP', 'IN', 'of'),
        ('American', 8, 'compound', 'PROPN', 'NNP', 'American'),
        ('States', 6, 'pobj', 'PROPN', 'NNP', 'States'),
        ('to', 10, 'aux', 'PART', 'TO', 'to'),
        ('hold', 1, 'advcl', 'VERB', 'VB', 'hold'),
        ('new', 12, 'amod', 'ADJ', 'JJ', 'new'),
        ('elections', 10, 'dobj', 'NOUN', 'NNS', 'election'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Voters rejected the peace agreement with the FARC.': [
        ('Voters', 1, 'nsubj', 'NOUN', 'NNS', 'voter'),
        ('rejected', 1, 'ROOT', 'VERB', 'VBD', 'reject'),
        ('the', 4, 'det', 'DET', 'DT', 'the'),
        ('peace', 4, 'compound', 'NOUN', 'NN', 'peace'),
        ('agreement', 1, 'dobj', 'NOUN', 'NN', 'agreement'),
        ('with', 4, 'prep', 'ADP', 'IN', 'with'),
        ('the', 7, 'det', 'DET', 'DT', 'the'),
        ('FARC', 5, 'pobj', 'NOUN', 'NNS', 'FARC'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
}


def test_a_call_refused_was_made_to_the_one_who_refused_it(coder: Coder) -> None:
    text = "Maduro rejected calls from the Organization of American States to hold new elections."
    coded = summary(code_one(coder, text, PARSES[text], "2019-02-01"))
    assert ("REJECT", "asserted", ["VEN"], ["OAS"]) in coded
    assert ("REQUEST", "asserted", ["OAS"], ["VEN"]) in coded


def test_a_deal_refused_tells_no_deal(coder: Coder) -> None:
    text = "Voters rejected the peace agreement with the FARC."
    coded = summary(code_one(coder, text, PARSES[text], "2016-10-03"))
    assert not any(c[0] == "AGREE" for c in coded)
