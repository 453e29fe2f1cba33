"""Model-free tests of acts named a casus belli in advance.

"Egypt said it would regard any dam on the river as an act of war", "any attack on the
pipeline would be considered an act of war, Azerbaijan said": saying an act would be taken
for an act of war threatens force (THREATEN 138), asserted as said. Saying that a past act
was one ("said it regarded the strikes as an act of war") threatens nothing. Docs are built by
hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PARSES = {
    'Egypt said it would regard any dam on the river as an act of war.': [
        ('Egypt', 1, 'nsubj', 'PROPN', 'NNP', 'Egypt'),
        ('said', 1, 'ROOT', 'VERB', 'VBD', 'say'),
        ('it', 4, 'nsubj', 'PRON', 'PRP', 'it'),
        ('would', 4, 'aux', 'AUX', 'MD', 'would'),
        ('regard', 1, 'ccomp', 'VERB', 'VB', 'regard'),
        ('any', 6, 'det', 'DET', 'DT', 'any'),
        ('dam', 4, 'dobj', 'NOUN', 'NN', 'dam'),
        ('on', 6, 'prep', 'ADP', 'IN', 'on'),
        ('the', 9, 'det', 'DET', 'DT', 'the'),
        ('river', 7, 'pobj', 'NOUN', 'NN', 'river'),
        ('as', 4, 'prep', 'ADP', 'IN', 'as'),
        ('an', 12, 'det', 'DET', 'DT', 'an'),
        ('act', 10, 'pobj', 'NOUN', 'NN', 'act'),
        ('of', 12, 'prep', 'ADP', 'IN', 'of'),
        ('war', 13, 'pobj', 'NOUN', 'NN', 'war'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Any attack on the pipeline would be considered an act of war, Azerbaijan said.': [
        ('Any', 1, 'det', 'DET', 'DT', 'any'),
        ('attack', 7, 'nsubjpass', 'NOUN', 'NN', 'attack'),
        ('on', 1, 'prep', 'ADP', 'IN', 'on'),
        ('the', 4, 'det', 'DET', 'DT', 'the'),
        ('pipeline', 2, 'pobj', 'NOUN', 'NN', 'pipeline'),
        ('would', 7, 'aux', 'AUX', 'MD', 'would'),
        ('be', 7, 'auxpass', 'AUX', 'VB', 'be'),
        ('considered', 14, 'ccomp', 'VERB', 'VBN', 'consider'),
        ('an', 9, 'det', 'DET', 'DT', 'an'),
        ('act', 7, 'oprd', 'NOUN', 'NN', 'act'),
        ('of', 9, 'prep', 'ADP', 'IN', 'of'),
        ('war', 10, 'pobj', 'NOUN', 'NN', 'war'),
        (',', 14, 'punct', 'PUNCT', ',', ','),
        ('Azerbaijan', 14, 'nsubj', 'PROPN', 'NNP', 'Azerbaijan'),
        ('said', 14, 'ROOT', 'VERB', 'VBD', 'say'),
        ('.', 14, 'punct', 'PUNCT', '.', '.'),
    ],
    'Moscow said it regarded the strikes as an act of war.': [
        ('Moscow', 1, 'nsubj', 'PROPN', 'NNP', 'Moscow'),
        ('said', 1, 'ROOT', 'VERB', 'VBD', 'say'),
        ('it', 3, 'nsubj', 'PRON', 'PRP', 'it'),
        ('regarded', 1, 'ccomp', 'VERB', 'VBD', 'regard'),
        ('the', 5, 'det', 'DET', 'DT', 'the'),
        ('strikes', 3, 'dobj', 'NOUN', 'NNS', 'strike'),
        ('as', 3, 'prep', 'ADP', 'IN', 'as'),
        ('an', 8, 'det', 'DET', 'DT', 'an'),
        ('act', 6, 'pobj', 'NOUN', 'NN', 'act'),
        ('of', 8, 'prep', 'ADP', 'IN', 'of'),
        ('war', 9, 'pobj', 'NOUN', 'NN', 'war'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _coded(coder: Coder, text: str) -> list[tuple]:
    return [(ev.event, ev.cameo, ev.status, [e.code for e in ev.actor])
            for ev in code_one(coder, text, PARSES[text], "2020-06-19")]


def test_an_act_one_would_regard_as_an_act_of_war_is_threatened(coder: Coder) -> None:
    assert _coded(coder, "Egypt said it would regard any dam on the river as an act of war.") == [
        ("THREATEN", "138", "asserted", ["EGY"])]


def test_an_act_that_would_be_considered_an_act_of_war_is_threatened(coder: Coder) -> None:
    text = "Any attack on the pipeline would be considered an act of war, Azerbaijan said."
    assert ("THREATEN", "138", "asserted", ["AZE"]) in _coded(coder, text)


def test_a_past_act_called_an_act_of_war_threatens_nothing(coder: Coder) -> None:
    coded = _coded(coder, "Moscow said it regarded the strikes as an act of war.")
    assert all(event != "THREATEN" for event, *_ in coded)
