"""Model-free tests of refuge given, and of acts done to none.

"Ethiopia's deposed ruler has since been given refuge in Zimbabwe by Robert Mugabe": a haven
given is aid (grant asylum, CAMEO 075), and in the passive the subject is the one given it,
not a concession "given in" Zimbabwe. "Iran has released none of them" releases no one: the
release is negated, as "released no prisoners" is; while "said nothing would change until Putin
and Trump met" leaves the meeting as told, since "nothing" is what changes, not an object
of the act. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences
(written for this test).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PARSES = {
    "Ethiopia's deposed ruler has since been given refuge in Zimbabwe by Robert Mugabe.": [
    ('Ethiopia', 3, 'poss', 'PROPN', 'NNP', 'Ethiopia'),
    ("'s", 0, 'case', 'PART', 'POS', "'s"),
    ('deposed', 3, 'amod', 'VERB', 'VBN', 'depose'),
    ('ruler', 7, 'nsubjpass', 'NOUN', 'NN', 'ruler'),
    ('has', 7, 'aux', 'AUX', 'VBZ', 'have'),
    ('since', 7, 'advmod', 'SCONJ', 'IN', 'since'),
    ('been', 7, 'auxpass', 'AUX', 'VBN', 'be'),
    ('given', 7, 'ROOT', 'VERB', 'VBN', 'give'),
    ('refuge', 7, 'dobj', 'NOUN', 'NN', 'refuge'),
    ('in', 7, 'prep', 'ADP', 'IN', 'in'),
    ('Zimbabwe', 9, 'pobj', 'PROPN', 'NNP', 'Zimbabwe'),
    ('by', 7, 'agent', 'ADP', 'IN', 'by'),
    ('Robert', 13, 'compound', 'PROPN', 'NNP', 'Robert'),
    ('Mugabe', 11, 'pobj', 'PROPN', 'NNP', 'Mugabe'),
    ('.', 7, 'punct', 'PUNCT', '.', '.'),
    ],
    'Iran has released none of them since March.': [
    ('Iran', 2, 'nsubj', 'PROPN', 'NNP', 'Iran'),
    ('has', 2, 'aux', 'AUX', 'VBZ', 'have'),
    ('released', 2, 'ROOT', 'VERB', 'VBN', 'release'),
    ('none', 2, 'dobj', 'NOUN', 'NN', 'none'),
    ('of', 3, 'prep', 'ADP', 'IN', 'of'),
    ('them', 4, 'pobj', 'PRON', 'PRP', 'they'),
    ('since', 2, 'prep', 'SCONJ', 'IN', 'since'),
    ('March', 6, 'pobj', 'PROPN', 'NNP', 'March'),
    ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'None of the prisoners were released by Iran.': [
    ('None', 5, 'nsubjpass', 'NOUN', 'NN', 'none'),
    ('of', 0, 'prep', 'ADP', 'IN', 'of'),
    ('the', 3, 'det', 'DET', 'DT', 'the'),
    ('prisoners', 1, 'pobj', 'NOUN', 'NNS', 'prisoner'),
    ('were', 5, 'auxpass', 'AUX', 'VBD', 'be'),
    ('released', 5, 'ROOT', 'VERB', 'VBN', 'release'),
    ('by', 5, 'agent', 'ADP', 'IN', 'by'),
    ('Iran', 6, 'pobj', 'PROPN', 'NNP', 'Iran'),
    ('.', 5, 'punct', 'PUNCT', '.', '.'),
    ],
    'Moscow said nothing would change until Putin and Trump met.': [
    ('Moscow', 1, 'nsubj', 'PROPN', 'NNP', 'Moscow'),
    ('said', 1, 'ROOT', 'VERB', 'VBD', 'say'),
    ('nothing', 4, 'nsubj', 'PRON', 'NN', 'nothing'),
    ('would', 4, 'aux', 'AUX', 'MD', 'would'),
    ('change', 1, 'ccomp', 'VERB', 'VB', 'change'),
    ('until', 9, 'mark', 'SCONJ', 'IN', 'until'),
    ('Putin', 9, 'nsubj', 'PROPN', 'NNP', 'Putin'),
    ('and', 6, 'cc', 'CCONJ', 'CC', 'and'),
    ('Trump', 6, 'conj', 'PROPN', 'NNP', 'Trump'),
    ('met', 4, 'advcl', 'VERB', 'VBD', 'meet'),
    ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _coded(coder: Coder, text: str, published: str = "1992-04-28") -> list:
    return code_one(coder, text, PARSES[text], published)


def test_refuge_given_in_the_passive_is_aid_to_the_one_given_it(coder: Coder) -> None:
    text = "Ethiopia's deposed ruler has since been given refuge in Zimbabwe by Robert Mugabe."
    coded = [(ev.event, ev.cameo, [a.code for a in ev.actor], [r.code for r in ev.recipient])
             for ev in _coded(coder, text)]
    assert coded == [("AID", "075", ["ZWE"], ["ETH"])]


def test_released_none_is_a_release_negated(coder: Coder) -> None:
    text = "Iran has released none of them since March."
    assert [(ev.event, ev.status) for ev in _coded(coder, text, "1980-04-28")] == [
        ("RETREAT", "negated")]


def test_none_released_in_the_passive_is_negated(coder: Coder) -> None:
    text = "None of the prisoners were released by Iran."
    assert [(ev.event, ev.status) for ev in _coded(coder, text, "1980-04-28")] == [
        ("RETREAT", "negated")]


def test_nothing_as_a_subject_negates_no_act(coder: Coder) -> None:
    text = "Moscow said nothing would change until Putin and Trump met."
    assert [(ev.event, ev.status) for ev in _coded(coder, text, "2025-05-15")] == [
        ("CONSULT", "future")]
