"""Model-free test of an announcement joined to what seems.

"Trump said Iran appeared to be standing down and announced that the United States would
impose new sanctions on Tehran": the parser joins "announced" to "appeared", inside what
Trump said; but seeming is told of Iran, as a copula is, and speaks no announcement, so the
announcement is Trump's, a threat of sanctions stated now (CAMEO 130) beside the sanctions
still to come. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses this sentence
(written for this test).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PARSES = {
    'Trump said Iran appeared to be standing down and announced that the United States would impose new sanctions on Tehran.': [
    ('Trump', 1, 'nsubj', 'PROPN', 'NNP', 'Trump'),
    ('said', 1, 'ROOT', 'VERB', 'VBD', 'say'),
    ('Iran', 3, 'nsubj', 'PROPN', 'NNP', 'Iran'),
    ('appeared', 1, 'ccomp', 'VERB', 'VBD', 'appear'),
    ('to', 6, 'aux', 'PART', 'TO', 'to'),
    ('be', 6, 'aux', 'AUX', 'VB', 'be'),
    ('standing', 3, 'xcomp', 'VERB', 'VBG', 'stand'),
    ('down', 6, 'prt', 'ADP', 'RP', 'down'),
    ('and', 3, 'cc', 'CCONJ', 'CC', 'and'),
    ('announced', 3, 'conj', 'VERB', 'VBD', 'announce'),
    ('that', 15, 'mark', 'SCONJ', 'IN', 'that'),
    ('the', 13, 'det', 'DET', 'DT', 'the'),
    ('United', 13, 'compound', 'PROPN', 'NNP', 'United'),
    ('States', 15, 'nsubj', 'PROPN', 'NNP', 'States'),
    ('would', 15, 'aux', 'AUX', 'MD', 'would'),
    ('impose', 9, 'ccomp', 'VERB', 'VB', 'impose'),
    ('new', 17, 'amod', 'ADJ', 'JJ', 'new'),
    ('sanctions', 15, 'dobj', 'NOUN', 'NNS', 'sanction'),
    ('on', 17, 'prep', 'ADP', 'IN', 'on'),
    ('Tehran', 18, 'pobj', 'PROPN', 'NNP', 'Tehran'),
    ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
}


def test_the_announcement_is_the_speakers(coder: Coder) -> None:
    text = ("Trump said Iran appeared to be standing down and announced that the United "
            "States would impose new sanctions on Tehran.")
    coded = summary(code_one(coder, text, PARSES[text], "2020-01-09"))
    assert ("THREATEN", "asserted", ["USA"], ["IRN"]) in coded
    assert ("SANCTION", "future", ["USA"], ["IRN"]) in coded
