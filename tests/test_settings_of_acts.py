"""Model-free tests of an act told as the setting of another.

"Rahmon signed the treaty during his visit to Bishkek": the visit is where the signing
happened, so it happened (asserted), though signing is an act of agreeing, under which what
is offered ("agreed to talks") is still to come. What is demanded stays undone ("Russia
demanded talks with Ukraine"). Docs are built by hand in the shape en_core_web_sm 3.8.0
parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2025-03-14"

PARSES = {
    'Rahmon signed the treaty during his visit to Bishkek.': [
        ('Rahmon', 1, 'nsubj', 'PROPN', 'NNP', 'Rahmon'),
        ('signed', 1, 'ROOT', 'VERB', 'VBD', 'sign'),
        ('the', 3, 'det', 'DET', 'DT', 'the'),
        ('treaty', 1, 'dobj', 'NOUN', 'NN', 'treaty'),
        ('during', 1, 'prep', 'ADP', 'IN', 'during'),
        ('his', 6, 'poss', 'PRON', 'PRP$', 'his'),
        ('visit', 4, 'pobj', 'NOUN', 'NN', 'visit'),
        ('to', 6, 'prep', 'ADP', 'IN', 'to'),
        ('Bishkek', 7, 'pobj', 'PROPN', 'NNP', 'Bishkek'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Russia demanded talks with Ukraine.': [
        ('Russia', 1, 'nsubj', 'PROPN', 'NNP', 'Russia'),
        ('demanded', 1, 'ROOT', 'VERB', 'VBD', 'demand'),
        ('talks', 1, 'dobj', 'NOUN', 'NNS', 'talk'),
        ('with', 2, 'prep', 'ADP', 'IN', 'with'),
        ('Ukraine', 3, 'pobj', 'PROPN', 'NNP', 'Ukraine'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _coded(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_a_visit_during_which_a_treaty_was_signed_happened(coder: Coder) -> None:
    coded = _coded(coder, "Rahmon signed the treaty during his visit to Bishkek.")
    assert ("CONSULT", "asserted", ["TJK"], ["KGZ"]) in coded


def test_talks_demanded_did_not_happen(coder: Coder) -> None:
    coded = _coded(coder, "Russia demanded talks with Ukraine.")
    assert not any(c[0] == "CONSULT" and c[1] == "asserted" for c in coded)
