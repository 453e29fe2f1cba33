"""Model-free tests of "the group" after a sentence that describes one group by another, and
of demands given up.

"The MILF, which split from the MNLF, signed a deal": the sentence is about the MILF, so "the
group" next is the MILF, not the MNLF named last inside the clause describing it. A group
that "dropped its demand" yields (CONCEDE, CAMEO 080) to whom it demanded of. Docs are built
by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, told_in

PUBLISHED = "2012-10-16"

DESCRIBED = 'The MILF, which split from the MNLF, signed a deal with Manila.'
DROPPED = 'The group dropped its demand for independence.'

PARSES = {
    DESCRIBED: [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('MILF', 9, 'nsubj', 'NOUN', 'NNS', 'MILF'),
        (',', 1, 'punct', 'PUNCT', ',', ','),
        ('which', 4, 'nsubj', 'PRON', 'WDT', 'which'),
        ('split', 1, 'relcl', 'VERB', 'VBD', 'split'),
        ('from', 4, 'prep', 'ADP', 'IN', 'from'),
        ('the', 7, 'det', 'DET', 'DT', 'the'),
        ('MNLF', 5, 'pobj', 'PROPN', 'NNP', 'MNLF'),
        (',', 1, 'punct', 'PUNCT', ',', ','),
        ('signed', 9, 'ROOT', 'VERB', 'VBD', 'sign'),
        ('a', 11, 'det', 'DET', 'DT', 'a'),
        ('deal', 9, 'dobj', 'NOUN', 'NN', 'deal'),
        ('with', 9, 'prep', 'ADP', 'IN', 'with'),
        ('Manila', 12, 'pobj', 'PROPN', 'NNP', 'Manila'),
        ('.', 9, 'punct', 'PUNCT', '.', '.'),
    ],
    DROPPED: [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('group', 2, 'nsubj', 'NOUN', 'NN', 'group'),
        ('dropped', 2, 'ROOT', 'VERB', 'VBD', 'drop'),
        ('its', 4, 'poss', 'PRON', 'PRP$', 'its'),
        ('demand', 2, 'dobj', 'NOUN', 'NN', 'demand'),
        ('for', 4, 'prep', 'ADP', 'IN', 'for'),
        ('independence', 5, 'pobj', 'NOUN', 'NN', 'independence'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
}


def test_the_group_is_the_one_described_not_the_one_named_in_its_description(coder):
    events = code_doc(coder, [(t, PARSES[t]) for t in (DESCRIBED, DROPPED)], PUBLISHED)
    told = told_in(events, DROPPED)
    assert [t[:3] for t in told] == [("CONCEDE", "asserted", ["MILF"])]
    assert told[0][3] == ["PHL"]
