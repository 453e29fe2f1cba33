"""Model-free tests of a resolution accepted: "Iraq accepted the resolution on Monday".

A resolution the text told of before is the council's or the assembly's that passed it:
accepting, rejecting or implementing "the resolution" is aimed at that body, not at the other
party of the story. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these
sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, summary
from parley.events.coder import Coder

PARSES = {
    'The UN Security Council demanded a ceasefire on Friday.': [
    ('The', 3, 'det', 'DET', 'DT', 'the'),
    ('UN', 3, 'compound', 'PROPN', 'NNP', 'UN'),
    ('Security', 3, 'compound', 'PROPN', 'NNP', 'Security'),
    ('Council', 4, 'nsubj', 'PROPN', 'NNP', 'Council'),
    ('demanded', 4, 'ROOT', 'VERB', 'VBD', 'demand'),
    ('a', 6, 'det', 'DET', 'DT', 'a'),
    ('ceasefire', 4, 'dobj', 'NOUN', 'NN', 'ceasefire'),
    ('on', 4, 'prep', 'ADP', 'IN', 'on'),
    ('Friday', 7, 'pobj', 'PROPN', 'NNP', 'Friday'),
    ('.', 4, 'punct', 'PUNCT', '.', '.'),
    ],
    'Iraq accepted the resolution on Monday.': [
    ('Iraq', 1, 'nsubj', 'PROPN', 'NNP', 'Iraq'),
    ('accepted', 1, 'ROOT', 'VERB', 'VBD', 'accept'),
    ('the', 3, 'det', 'DET', 'DT', 'the'),
    ('resolution', 1, 'dobj', 'NOUN', 'NN', 'resolution'),
    ('on', 1, 'prep', 'ADP', 'IN', 'on'),
    ('Monday', 4, 'pobj', 'PROPN', 'NNP', 'Monday'),
    ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
}


def test_the_resolution_accepted_is_the_councils(coder: Coder) -> None:
    texts = ["The UN Security Council demanded a ceasefire on Friday.",
             "Iraq accepted the resolution on Monday."]
    events = summary(code_doc(coder, [(t, PARSES[t]) for t in texts], "1988-07-21"))
    assert events[-1] == ("AGREE", "asserted", ["IRQ"], ["UN"])
