"""Model-free tests of a party's expectation or hope of its own act as a stated intent.

"Biden said he expected to meet Xi" announces a meeting Biden means to hold: an AGREE now
(EVENTS.md 2 and 5), beside the meeting itself, still to come. "Biden is expected to meet
Xi" is the writer's expectation, and "hoped Xi would visit" a wish for another's act: no
intent of the subject's. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses
these sentences (written for this test).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PARSES = {
    'Biden said he expected to meet Xi.': [
        ('Biden', 1, 'nsubj', 'PROPN', 'NNP', 'Biden'),
        ('said', 1, 'ROOT', 'VERB', 'VBD', 'say'),
        ('he', 3, 'nsubj', 'PRON', 'PRP', 'he'),
        ('expected', 1, 'ccomp', 'VERB', 'VBD', 'expect'),
        ('to', 5, 'aux', 'PART', 'TO', 'to'),
        ('meet', 3, 'xcomp', 'VERB', 'VB', 'meet'),
        ('Xi', 5, 'dobj', 'PROPN', 'NNP', 'Xi'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Biden is expected to meet Xi.': [
        ('Biden', 2, 'nsubjpass', 'PROPN', 'NNP', 'Biden'),
        ('is', 2, 'auxpass', 'AUX', 'VBZ', 'be'),
        ('expected', 2, 'ROOT', 'VERB', 'VBN', 'expect'),
        ('to', 4, 'aux', 'PART', 'TO', 'to'),
        ('meet', 2, 'xcomp', 'VERB', 'VB', 'meet'),
        ('Xi', 4, 'dobj', 'PROPN', 'NNP', 'Xi'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'Biden said he hoped Xi would visit Washington.': [
        ('Biden', 1, 'nsubj', 'PROPN', 'NNP', 'Biden'),
        ('said', 1, 'ROOT', 'VERB', 'VBD', 'say'),
        ('he', 3, 'nsubj', 'PRON', 'PRP', 'he'),
        ('hoped', 1, 'ccomp', 'VERB', 'VBD', 'hop'),
        ('Xi', 6, 'nsubj', 'PROPN', 'NNP', 'Xi'),
        ('would', 6, 'aux', 'AUX', 'MD', 'would'),
        ('visit', 3, 'ccomp', 'VERB', 'VB', 'visit'),
        ('Washington', 6, 'dobj', 'PROPN', 'NNP', 'Washington'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _told(coder: Coder, text: str) -> list[tuple]:
    return sorted(summary(code_one(coder, text, PARSES[text], "2023-11-10")))


def test_expecting_to_meet_is_an_intent_stated(coder: Coder) -> None:
    assert _told(coder, "Biden said he expected to meet Xi.") == [
        ("AGREE", "asserted", ["USA"], ["CHN"]),
        ("CONSULT", "future", ["USA", "CHN"], []),
    ]


def test_being_expected_to_meet_is_no_intent(coder: Coder) -> None:
    assert [e[:2] for e in _told(coder, "Biden is expected to meet Xi.")] == [("CONSULT", "future")]


def test_hoping_for_anothers_visit_is_no_intent(coder: Coder) -> None:
    assert "AGREE" not in [e[0] for e in _told(coder, "Biden said he hoped Xi would visit Washington.")]
