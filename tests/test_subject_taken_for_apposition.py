"""Model-free test of a subject the model takes for a place's apposition.

"Three days ago in Nairobi, Ethiopia's government and the TPLF signed a truce": after an
opening time and place set off by a comma, the model may hang the subject on the place as
its apposition and leave the verb with no subject; the noun phrase right before the verb is
its subject. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses this sentence
(written for this test).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PARSES = {
    "Three days ago in Nairobi, Ethiopia's government and the Tigray People's Liberation Front signed a truce.": [
        ('Three', 1, 'nummod', 'NUM', 'CD', 'three'),
        ('days', 2, 'npadvmod', 'NOUN', 'NNS', 'day'),
        ('ago', 16, 'advmod', 'ADV', 'RB', 'ago'),
        ('in', 16, 'prep', 'ADP', 'IN', 'in'),
        ('Nairobi', 3, 'pobj', 'PROPN', 'NNP', 'Nairobi'),
        (',', 4, 'punct', 'PUNCT', ',', ','),
        ('Ethiopia', 8, 'poss', 'PROPN', 'NNP', 'Ethiopia'),
        ("'s", 6, 'case', 'PART', 'POS', "'s"),
        ('government', 4, 'appos', 'NOUN', 'NN', 'government'),
        ('and', 8, 'cc', 'CCONJ', 'CC', 'and'),
        ('the', 12, 'det', 'DET', 'DT', 'the'),
        ('Tigray', 12, 'compound', 'PROPN', 'NNP', 'Tigray'),
        ('People', 15, 'poss', 'PROPN', 'NNPS', 'People'),
        ("'s", 12, 'case', 'PART', 'POS', "'s"),
        ('Liberation', 15, 'compound', 'PROPN', 'NNP', 'Liberation'),
        ('Front', 8, 'conj', 'PROPN', 'NNP', 'Front'),
        ('signed', 16, 'ROOT', 'VERB', 'VBD', 'sign'),
        ('a', 18, 'det', 'DET', 'DT', 'a'),
        ('truce', 16, 'dobj', 'NOUN', 'NN', 'truce'),
        ('.', 16, 'punct', 'PUNCT', '.', '.'),
    ],
}


def test_the_subject_taken_for_the_places_apposition_signs(coder: Coder) -> None:
    text = ("Three days ago in Nairobi, Ethiopia's government and the Tigray People's "
            "Liberation Front signed a truce.")
    coded = [(ev.event, ev.status, sorted(a.code for a in ev.actor), [r.code for r in ev.recipient])
             for ev in code_one(coder, text, PARSES[text], "2022-11-05")]
    assert coded == [("AGREE", "asserted", ["ETH", "TPLF"], [])]
