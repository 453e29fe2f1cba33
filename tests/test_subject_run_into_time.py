"""Model-free tests of a subject the model runs into an opening time.

"In May Kigali let the rebels' commander, Sultani Makenga, into a camp": with no comma after
the time, the model may read "May Kigali" as the preposition's object and leave the verb with
no subject; the time word ends the phrase and Kigali is the one who let him in. Docs are
built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for this
test).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PARSES = {
    "In May Kigali let the rebels' commander, Sultani Makenga, into a camp.": [
        ('In', 3, 'prep', 'ADP', 'IN', 'in'),
        ('May', 2, 'compound', 'PROPN', 'NNP', 'May'),
        ('Kigali', 0, 'pobj', 'PROPN', 'NNP', 'Kigali'),
        ('let', 3, 'ROOT', 'VERB', 'VB', 'let'),
        ('the', 5, 'det', 'DET', 'DT', 'the'),
        ('rebels', 7, 'poss', 'NOUN', 'NNS', 'rebel'),
        ("'", 5, 'case', 'PART', 'POS', "'"),
        ('commander', 3, 'dobj', 'NOUN', 'NN', 'commander'),
        (',', 7, 'punct', 'PUNCT', ',', ','),
        ('Sultani', 10, 'compound', 'PROPN', 'NNP', 'Sultani'),
        ('Makenga', 7, 'appos', 'PROPN', 'NNP', 'Makenga'),
        (',', 7, 'punct', 'PUNCT', ',', ','),
        ('into', 3, 'prep', 'ADP', 'IN', 'into'),
        ('a', 14, 'det', 'DET', 'DT', 'a'),
        ('camp', 12, 'pobj', 'NOUN', 'NN', 'camp'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'In March Russia sent troops to the border.': [
        ('In', 3, 'prep', 'ADP', 'IN', 'in'),
        ('March', 0, 'pobj', 'PROPN', 'NNP', 'March'),
        ('Russia', 3, 'nsubj', 'PROPN', 'NNP', 'Russia'),
        ('sent', 3, 'ROOT', 'VERB', 'VBD', 'send'),
        ('troops', 3, 'dobj', 'NOUN', 'NNS', 'troop'),
        ('to', 3, 'prep', 'ADP', 'IN', 'to'),
        ('the', 7, 'det', 'DET', 'DT', 'the'),
        ('border', 5, 'pobj', 'NOUN', 'NN', 'border'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _coded(coder: Coder, text: str) -> list[tuple]:
    return [([a.code for a in ev.actor], [r.code for r in ev.recipient], ev.date)
            for ev in code_one(coder, text, PARSES[text], "2020-12-01")]


def test_the_subject_run_into_the_time_acts(coder: Coder) -> None:
    text = "In May Kigali let the rebels' commander, Sultani Makenga, into a camp."
    assert _coded(coder, text) == [(["RWA"], ["M23"], "2020-05")]


def test_a_time_alone_is_left_as_it_is(coder: Coder) -> None:
    text = "In March Russia sent troops to the border."
    assert _coded(coder, text) == [(["RUS"], [], "2020-03")]
