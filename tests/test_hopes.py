"""Model-free tests of hoping another party will act, which asks it of that party.

"Antonio Guterres said he hoped Ethiopia would allow aid into Tigray" is an appeal to Ethiopia
(REQUEST, CAMEO 10x), as wanting it to would be; "he hoped to visit Ethiopia" is his own
intent (an AGREE, EVENTS.md 2 and 5), no request. "Mike Pompeo said he hoped the two
negotiating teams would meet again", after talks between the US and North Korea, asks it of
North Korea: "the two teams" are the pair, as "the two sides" are. Docs are built by hand in
the shape en_core_web_sm 3.8.0 parses these sentences (written for this test).
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
    'The United States and North Korea held talks in Singapore.': [
        ('The', 2, 'det', 'DET', 'DT', 'the'),
        ('United', 2, 'compound', 'PROPN', 'NNP', 'United'),
        ('States', 6, 'nsubj', 'PROPN', 'NNP', 'States'),
        ('and', 2, 'cc', 'CCONJ', 'CC', 'and'),
        ('North', 5, 'compound', 'PROPN', 'NNP', 'North'),
        ('Korea', 2, 'conj', 'PROPN', 'NNP', 'Korea'),
        ('held', 6, 'ROOT', 'VERB', 'VBD', 'hold'),
        ('talks', 6, 'dobj', 'NOUN', 'NNS', 'talk'),
        ('in', 7, 'prep', 'ADP', 'IN', 'in'),
        ('Singapore', 8, 'pobj', 'PROPN', 'NNP', 'Singapore'),
        ('.', 6, 'punct', 'PUNCT', '.', '.'),
    ],
    'Mike Pompeo said he hoped the two negotiating teams would meet again.': [
        ('Mike', 1, 'compound', 'PROPN', 'NNP', 'Mike'),
        ('Pompeo', 2, 'nsubj', 'PROPN', 'NNP', 'Pompeo'),
        ('said', 2, 'ROOT', 'VERB', 'VBD', 'say'),
        ('he', 4, 'nsubj', 'PRON', 'PRP', 'he'),
        ('hoped', 2, 'ccomp', 'VERB', 'VBD', 'hop'),
        ('the', 8, 'det', 'DET', 'DT', 'the'),
        ('two', 8, 'nummod', 'NUM', 'CD', 'two'),
        ('negotiating', 8, 'amod', 'VERB', 'VBG', 'negotiate'),
        ('teams', 10, 'nsubj', 'NOUN', 'NNS', 'team'),
        ('would', 10, 'aux', 'AUX', 'MD', 'would'),
        ('meet', 4, 'ccomp', 'VERB', 'VB', 'meet'),
        ('again', 10, 'advmod', 'ADV', 'RB', 'again'),
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


def test_the_two_teams_are_the_pair_told(coder: Coder) -> None:
    story = ["The United States and North Korea held talks in Singapore."]
    text = "Mike Pompeo said he hoped the two negotiating teams would meet again."
    events = code_doc(coder, [(t, PARSES[t]) for t in [*story, text]], "2018-07-08")
    assert ("REQUEST", "asserted", ["USA"], ["PRK"]) in summary(
        e for e in events if e.event_text == text)
