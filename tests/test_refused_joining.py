"""Model-free tests of acts of joining that a party says it will not do: refusals told now.

"Serbia said it would not sign the agreement" and "Ethiopia said it would not attend" are
refusals (REJECT, CAMEO 12x) of what others made or asked, told as the party speaks, as "would
not recognise" is; a signing refused is the refuser's, aimed at the other party. "Ethiopia did
not attend" tells an attendance that did not happen. Docs are built by hand in the shape
en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, told_in

PUBLISHED = "2023-03-20"

STORY = "Serbia and Kosovo signed a deal."

PARSES = {
    STORY: [
        ('Serbia', 3, 'nsubj', 'PROPN', 'NNP', 'Serbia'),
        ('and', 0, 'cc', 'CCONJ', 'CC', 'and'),
        ('Kosovo', 0, 'conj', 'PROPN', 'NNP', 'Kosovo'),
        ('signed', 3, 'ROOT', 'VERB', 'VBD', 'sign'),
        ('a', 5, 'det', 'DET', 'DT', 'a'),
        ('deal', 3, 'dobj', 'NOUN', 'NN', 'deal'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'Serbia said it would not sign the agreement.': [
        ('Serbia', 1, 'nsubj', 'PROPN', 'NNP', 'Serbia'),
        ('said', 1, 'ROOT', 'VERB', 'VBD', 'say'),
        ('it', 5, 'nsubj', 'PRON', 'PRP', 'it'),
        ('would', 5, 'aux', 'AUX', 'MD', 'would'),
        ('not', 5, 'neg', 'PART', 'RB', 'not'),
        ('sign', 1, 'ccomp', 'VERB', 'VB', 'sign'),
        ('the', 7, 'det', 'DET', 'DT', 'the'),
        ('agreement', 5, 'dobj', 'NOUN', 'NN', 'agreement'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Serbia said it would not attend.': [
        ('Serbia', 1, 'nsubj', 'PROPN', 'NNP', 'Serbia'),
        ('said', 1, 'ROOT', 'VERB', 'VBD', 'say'),
        ('it', 5, 'nsubj', 'PRON', 'PRP', 'it'),
        ('would', 5, 'aux', 'AUX', 'MD', 'would'),
        ('not', 5, 'neg', 'PART', 'RB', 'not'),
        ('attend', 1, 'ccomp', 'VERB', 'VB', 'attend'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Serbia did not attend.': [
        ('Serbia', 3, 'nsubj', 'PROPN', 'NNP', 'Serbia'),
        ('did', 3, 'aux', 'AUX', 'VBD', 'do'),
        ('not', 3, 'neg', 'PART', 'RB', 'not'),
        ('attend', 3, 'ROOT', 'VERB', 'VB', 'attend'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _told(coder, text):
    events = code_doc(coder, [(t, PARSES[t]) for t in (STORY, text)], PUBLISHED)
    return told_in(events, text)


def test_a_signing_said_not_to_come_is_the_refusers_rejection_of_the_other(coder):
    assert _told(coder, 'Serbia said it would not sign the agreement.') == [
        ("REJECT", "asserted", ["SRB"], ["XKX"])]


def test_an_attendance_said_not_to_come_is_a_refusal(coder):
    assert [t[:3] for t in _told(coder, 'Serbia said it would not attend.')] == [
        ("REJECT", "asserted", ["SRB"])]


def test_an_attendance_that_did_not_happen_is_no_refusal(coder):
    assert [t[:2] for t in _told(coder, 'Serbia did not attend.')] == [
        ("CONSULT", "negated")]
