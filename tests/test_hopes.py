"""Model-free tests of hoping another party will act, which asks it of that party.

"Antonio Guterres said he hoped Ethiopia would allow aid into Tigray" is an appeal to Ethiopia
(REQUEST, CAMEO 10x), as wanting it to would be; "he hoped to visit Ethiopia" is his own
intent (an AGREE, EVENTS.md 2 and 5), no request. Docs are built by hand in the shape
en_core_web_sm 3.8.0 parses these sentences (written for this test).
"""

from __future__ import annotations

from docbuild import code_doc, summary
from parley.events.coder import Coder

PARSES = {
    'Ethiopia and the TPLF signed a truce.': [
        ('Ethiopia', 4, 'nsubj', 'PROPN', 'NNP', 'Ethiopia'),
        ('and', 0, 'cc', 'CCONJ', 'CC', 'and'),
        ('the', 3, 'det', 'DET', 'DT', 'the'),
        ('TPLF', 0, 'conj', 'PROPN', 'NNP', 'TPLF'),
        ('signed', 4, 'ROOT', 'VERB', 'VBD', 'sign'),
        ('a', 6, 'det', 'DET', 'DT', 'a'),
        ('truce', 4, 'dobj', 'NOUN', 'NN', 'truce'),
        ('.', 4, 'punct', 'PUNCT', '.', '.'),
    ],
    'Antonio Guterres said he hoped Ethiopia would allow aid into Tigray.': [
        ('Antonio', 1, 'compound', 'PROPN', 'NNP', 'Antonio'),
        ('Guterres', 2, 'nsubj', 'PROPN', 'NNPS', 'Guterres'),
        ('said', 2, 'ROOT', 'VERB', 'VBD', 'say'),
        ('he', 4, 'nsubj', 'PRON', 'PRP', 'he'),
        ('hoped', 2, 'ccomp', 'VERB', 'VBD', 'hop'),
        ('Ethiopia', 7, 'nsubj', 'PROPN', 'NNP', 'Ethiopia'),
        ('would', 7, 'aux', 'AUX', 'MD', 'would'),
        ('allow', 4, 'ccomp', 'VERB', 'VB', 'allow'),
        ('aid', 7, 'dobj', 'NOUN', 'NN', 'aid'),
        ('into', 7, 'prep', 'ADP', 'IN', 'into'),
        ('Tigray', 9, 'pobj', 'PROPN', 'NNP', 'Tigray'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'Antonio Guterres said he hoped to visit Ethiopia.': [
        ('Antonio', 1, 'compound', 'PROPN', 'NNP', 'Antonio'),
        ('Guterres', 2, 'nsubj', 'PROPN', 'NNPS', 'Guterres'),
        ('said', 2, 'ROOT', 'VERB', 'VBD', 'say'),
        ('he', 4, 'nsubj', 'PRON', 'PRP', 'he'),
        ('hoped', 2, 'ccomp', 'VERB', 'VBD', 'hop'),
        ('to', 6, 'aux', 'PART', 'TO', 'to'),
        ('visit', 4, 'xcomp', 'VERB', 'VB', 'visit'),
        ('Ethiopia', 6, 'dobj', 'PROPN', 'NNP', 'Ethiopia'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
}

STORY = ["Ethiopia and the TPLF signed a truce."]


def _told(coder: Coder, text: str) -> list[tuple]:
    events = code_doc(coder, [(t, PARSES[t]) for t in [*STORY, text]], "2022-11-03")
    return summary(e for e in events if e.event_text == text)


def test_hoping_another_will_act_asks_it(coder: Coder) -> None:
    told = _told(coder, "Antonio Guterres said he hoped Ethiopia would allow aid into Tigray.")
    assert ("REQUEST", "asserted", ["UN"], ["ETH"]) in told


def test_hoping_to_act_oneself_asks_nothing(coder: Coder) -> None:
    told = _told(coder, "Antonio Guterres said he hoped to visit Ethiopia.")
    assert "REQUEST" not in [e[0] for e in told]
    assert ("AGREE", "asserted", ["UN"], ["ETH"]) in told
