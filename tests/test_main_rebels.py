"""Model-free tests of "the rebels" in a text that names a second armed group in passing.

A report on the MILF that says once where it came from ("split from the MNLF") still means
the MILF by "the rebels": the armed group named at least twice as often as any other. Where
two groups are named alike, "the rebels" stay unread. Docs are built by hand in the shape
en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, told_in

PUBLISHED = "2014-03-28"

PARSES = {
    'The MILF signed a deal.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('MILF', 2, 'nsubj', 'NOUN', 'NNS', 'MILF'),
        ('signed', 2, 'ROOT', 'VERB', 'VBD', 'sign'),
        ('a', 4, 'det', 'DET', 'DT', 'a'),
        ('deal', 2, 'dobj', 'NOUN', 'NN', 'deal'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'The MILF split from the MNLF.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('MILF', 2, 'nsubj', 'NOUN', 'NNS', 'MILF'),
        ('split', 2, 'ROOT', 'VERB', 'VBD', 'split'),
        ('from', 2, 'prep', 'ADP', 'IN', 'from'),
        ('the', 5, 'det', 'DET', 'DT', 'the'),
        ('MNLF', 3, 'pobj', 'PROPN', 'NNP', 'MNLF'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'The rebels accused Manila.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('rebels', 2, 'nsubj', 'NOUN', 'NNS', 'rebel'),
        ('accused', 2, 'ROOT', 'VERB', 'VBD', 'accuse'),
        ('Manila', 2, 'dobj', 'PROPN', 'NNP', 'Manila'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
}

ACCUSED = 'The rebels accused Manila.'


def _accusers(coder, texts):
    events = code_doc(coder, [(t, PARSES[t]) for t in texts], PUBLISHED)
    return [actor for kind, _, actor, _ in told_in(events, ACCUSED) if kind == "ACCUSE"]


def test_the_rebels_are_the_group_named_most(coder):
    texts = ['The MILF signed a deal.', 'The MILF split from the MNLF.', ACCUSED]
    assert _accusers(coder, texts) == [["MILF"]]


def test_the_rebels_of_two_groups_named_alike_are_not_read_as_either(coder):
    assert _accusers(coder, ["The MILF split from the MNLF.", ACCUSED]) == []
