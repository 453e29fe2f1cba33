"""Model-free tests of a meeting held in one of its two parties, which is the other's visit.

EVENTS.md section 3 codes a visit with the visitor as actor and the host as recipient: "Mike
Pompeo met Kim Jong Un in Pyongyang" is the United States' visit to North Korea; met in
Singapore, the two met on neutral ground and the meeting stays symmetric. Docs are built by
hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for this test).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PARSES = {
    'Mike Pompeo met Kim Jong Un in Pyongyang.': [
        ('Mike', 1, 'compound', 'PROPN', 'NNP', 'Mike'),
        ('Pompeo', 2, 'nsubj', 'PROPN', 'NNP', 'Pompeo'),
        ('met', 2, 'ROOT', 'VERB', 'VBD', 'meet'),
        ('Kim', 5, 'compound', 'PROPN', 'NNP', 'Kim'),
        ('Jong', 5, 'compound', 'PROPN', 'NNP', 'Jong'),
        ('Un', 2, 'dobj', 'PROPN', 'NNP', 'Un'),
        ('in', 2, 'prep', 'ADP', 'IN', 'in'),
        ('Pyongyang', 6, 'pobj', 'PROPN', 'NNP', 'Pyongyang'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'Mike Pompeo met Kim Jong Un in Singapore.': [
        ('Mike', 1, 'compound', 'PROPN', 'NNP', 'Mike'),
        ('Pompeo', 2, 'nsubj', 'PROPN', 'NNP', 'Pompeo'),
        ('met', 2, 'ROOT', 'VERB', 'VBD', 'meet'),
        ('Kim', 5, 'compound', 'PROPN', 'NNP', 'Kim'),
        ('Jong', 5, 'compound', 'PROPN', 'NNP', 'Jong'),
        ('Un', 2, 'dobj', 'PROPN', 'NNP', 'Un'),
        ('in', 2, 'prep', 'ADP', 'IN', 'in'),
        ('Singapore', 6, 'pobj', 'PROPN', 'NNP', 'Singapore'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'Erdogan met Putin in the resort of Sochi.': [
        ('Erdogan', 1, 'nsubj', 'PROPN', 'NNP', 'Erdogan'),
        ('met', 1, 'ROOT', 'VERB', 'VBD', 'meet'),
        ('Putin', 1, 'dobj', 'PROPN', 'NNP', 'Putin'),
        ('in', 1, 'prep', 'ADP', 'IN', 'in'),
        ('the', 5, 'det', 'DET', 'DT', 'the'),
        ('resort', 3, 'pobj', 'NOUN', 'NN', 'resort'),
        ('of', 5, 'prep', 'ADP', 'IN', 'of'),
        ('Sochi', 6, 'pobj', 'PROPN', 'NNP', 'Sochi'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _told(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], "2018-07-08"))


def test_a_meeting_in_one_partys_capital_is_a_visit(coder: Coder) -> None:
    assert _told(coder, "Mike Pompeo met Kim Jong Un in Pyongyang.") == [
        ("CONSULT", "asserted", ["USA"], ["PRK"])]


def test_a_meeting_on_neutral_ground_stays_symmetric(coder: Coder) -> None:
    assert _told(coder, "Mike Pompeo met Kim Jong Un in Singapore.") == [
        ("CONSULT", "asserted", ["USA", "PRK"], [])]


def test_a_meeting_in_a_place_named_by_its_of_phrase_is_a_visit(coder: Coder) -> None:
    # "in the resort of Sochi": the place is named by the phrase's "of".
    assert _told(coder, "Erdogan met Putin in the resort of Sochi.") == [
        ("CONSULT", "asserted", ["TUR"], ["RUS"])]
