"""Model-free tests of demands made by insisting: "Azerbaijan insisted that Armenia rewrite".

A bare "insist" reports a claim ("insisted that the valley lies on its side"); with its
that-clause in the subjunctive ("that Armenia rewrite its constitution", "that the referendum
be annulled") it demands the act (REQUEST, CAMEO 100) of the clause's subject. Docs are built
by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PARSES = {
    'Azerbaijan insisted that Armenia rewrite its constitution.': [
    ('Azerbaijan', 1, 'nsubj', 'PROPN', 'NNP', 'Azerbaijan'),
    ('insisted', 1, 'ROOT', 'VERB', 'VBD', 'insist'),
    ('that', 4, 'mark', 'SCONJ', 'IN', 'that'),
    ('Armenia', 4, 'nsubj', 'PROPN', 'NNP', 'Armenia'),
    ('rewrite', 1, 'ccomp', 'VERB', 'VB', 'rewrite'),
    ('its', 6, 'poss', 'PRON', 'PRP$', 'its'),
    ('constitution', 4, 'dobj', 'NOUN', 'NN', 'constitution'),
    ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Beijing has insisted that the valley lies on its side of the line.': [
    ('Beijing', 2, 'nsubj', 'PROPN', 'NNP', 'Beijing'),
    ('has', 2, 'aux', 'AUX', 'VBZ', 'have'),
    ('insisted', 2, 'ROOT', 'VERB', 'VBN', 'insist'),
    ('that', 6, 'mark', 'SCONJ', 'IN', 'that'),
    ('the', 5, 'det', 'DET', 'DT', 'the'),
    ('valley', 6, 'nsubj', 'NOUN', 'NN', 'valley'),
    ('lies', 2, 'ccomp', 'VERB', 'VBZ', 'lie'),
    ('on', 6, 'prep', 'ADP', 'IN', 'on'),
    ('its', 9, 'poss', 'PRON', 'PRP$', 'its'),
    ('side', 7, 'pobj', 'NOUN', 'NN', 'side'),
    ('of', 9, 'prep', 'ADP', 'IN', 'of'),
    ('the', 12, 'det', 'DET', 'DT', 'the'),
    ('line', 10, 'pobj', 'NOUN', 'NN', 'line'),
    ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
"Iraq's prime minister insists that the referendum be annulled.": [
    ('Iraq', 3, 'poss', 'PROPN', 'NNP', 'Iraq'),
("'s", 0, 'case', 'PART', 'POS', "'s"),
    ('prime', 3, 'amod', 'ADJ', 'JJ', 'prime'),
    ('minister', 4, 'nsubj', 'NOUN', 'NN', 'minister'),
    ('insists', 4, 'ROOT', 'VERB', 'VBZ', 'insist'),
    ('that', 9, 'mark', 'SCONJ', 'IN', 'that'),
    ('the', 7, 'det', 'DET', 'DT', 'the'),
    ('referendum', 9, 'nsubjpass', 'NOUN', 'NN', 'referendum'),
    ('be', 9, 'auxpass', 'AUX', 'VB', 'be'),
    ('annulled', 4, 'ccomp', 'VERB', 'VBN', 'annul'),
    ('.', 4, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _code(coder: Coder, text: str):
    return [(ev.event, ev.status, [e.code for e in ev.actor], [e.code for e in ev.recipient])
            for ev in code_one(coder, text, PARSES[text], "2023-09-30")]


def test_insisting_that_a_state_act_demands_it(coder: Coder) -> None:
    assert _code(coder, "Azerbaijan insisted that Armenia rewrite its constitution.") == [
        ("REQUEST", "asserted", ["AZE"], ["ARM"])]


def test_insisting_that_a_thing_be_done_demands_it(coder: Coder) -> None:
    assert [ev[:3] for ev in _code(
        coder, "Iraq's prime minister insists that the referendum be annulled.")] == [
        ("REQUEST", "asserted", ["IRQ"])]


def test_insisting_that_something_is_so_claims_it(coder: Coder) -> None:
    assert _code(coder, "Beijing has insisted that the valley lies on its side of the line.") == []
