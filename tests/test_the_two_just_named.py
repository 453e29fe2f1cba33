"""Model-free tests of "the two leaders" after a sentence's own two parties.

"Erdogan flew to Baku on Monday, and the next day the two leaders signed a defence pact":
the two parties the sentence names before its subject, and no others, are "the two
leaders" (Turkey and Azerbaijan), not the last two people the text named before. Parties
named in a clause that describes something ("under the plan that Macron negotiated with
Putin, both sides pledged ...") are no such pair: the broker and one side. Docs are built
by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for this test).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PARSES = {
    'Erdogan flew to Baku on Monday, and the next day the two leaders signed a defence pact.': [
        ('Erdogan', 1, 'nsubj', 'PROPN', 'NNP', 'Erdogan'),
        ('flew', 1, 'ROOT', 'VERB', 'VBD', 'fly'),
        ('to', 1, 'prep', 'ADP', 'IN', 'to'),
        ('Baku', 2, 'pobj', 'PROPN', 'NNP', 'Baku'),
        ('on', 1, 'prep', 'ADP', 'IN', 'on'),
        ('Monday', 4, 'pobj', 'PROPN', 'NNP', 'Monday'),
        (',', 1, 'punct', 'PUNCT', ',', ','),
        ('and', 1, 'cc', 'CCONJ', 'CC', 'and'),
        ('the', 10, 'det', 'DET', 'DT', 'the'),
        ('next', 10, 'amod', 'ADJ', 'JJ', 'next'),
        ('day', 14, 'npadvmod', 'NOUN', 'NN', 'day'),
        ('the', 13, 'det', 'DET', 'DT', 'the'),
        ('two', 13, 'nummod', 'NUM', 'CD', 'two'),
        ('leaders', 14, 'nsubj', 'NOUN', 'NNS', 'leader'),
        ('signed', 1, 'conj', 'VERB', 'VBD', 'sign'),
        ('a', 17, 'det', 'DET', 'DT', 'a'),
        ('defence', 17, 'compound', 'NOUN', 'NN', 'defence'),
        ('pact', 14, 'dobj', 'NOUN', 'NN', 'pact'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Under the plan that Macron negotiated with Putin in Moscow, both sides pledged to stop fighting.': [
        ('Under', 13, 'prep', 'ADP', 'IN', 'under'),
        ('the', 2, 'det', 'DET', 'DT', 'the'),
        ('plan', 0, 'pobj', 'NOUN', 'NN', 'plan'),
        ('that', 5, 'dobj', 'PRON', 'WDT', 'that'),
        ('Macron', 5, 'nsubj', 'PROPN', 'NNP', 'Macron'),
        ('negotiated', 2, 'relcl', 'VERB', 'VBD', 'negotiate'),
        ('with', 5, 'prep', 'ADP', 'IN', 'with'),
        ('Putin', 6, 'pobj', 'PROPN', 'NNP', 'Putin'),
        ('in', 5, 'prep', 'ADP', 'IN', 'in'),
        ('Moscow', 8, 'pobj', 'PROPN', 'NNP', 'Moscow'),
        (',', 13, 'punct', 'PUNCT', ',', ','),
        ('both', 12, 'det', 'DET', 'DT', 'both'),
        ('sides', 13, 'nsubj', 'NOUN', 'NNS', 'side'),
        ('pledged', 13, 'ROOT', 'VERB', 'VBD', 'pledge'),
        ('to', 15, 'aux', 'PART', 'TO', 'to'),
        ('stop', 13, 'xcomp', 'VERB', 'VB', 'stop'),
        ('fighting', 15, 'xcomp', 'VERB', 'VBG', 'fight'),
        ('.', 13, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _coded(coder: Coder, text: str) -> list[tuple]:
    return [(ev.event, sorted(a.code for a in ev.actor), [r.code for r in ev.recipient])
            for ev in code_one(coder, text, PARSES[text], "2021-06-20")]


def test_the_two_leaders_are_the_two_parties_just_named(coder: Coder) -> None:
    text = "Erdogan flew to Baku on Monday, and the next day the two leaders signed a defence pact."
    assert ("AGREE", ["AZE", "TUR"], []) in _coded(coder, text)


def test_a_broker_and_one_side_in_a_describing_clause_are_no_pair(coder: Coder) -> None:
    text = "Under the plan that Macron negotiated with Putin in Moscow, both sides pledged to stop fighting."
    assert not any(event != "CONSULT" for event, _, _ in _coded(coder, text))
