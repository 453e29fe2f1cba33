"""Model-free test of a relative clause whose pronoun the parser makes the verb's object.

"Washington lifted the embargo that it imposed on Havana in 1962": "that" stands for the
embargo, so the clause tells the embargo imposed (SANCTION, 1962) as well as its lifting, as
"the embargo it imposed" did. Docs are built by hand in the shape en_core_web_sm 3.8.0
parses this sentence (written for this test).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PARSES = {
    'Washington lifted the embargo that it imposed on Havana in 1962.': [
        ('Washington', 1, 'nsubj', 'PROPN', 'NNP', 'Washington'),
        ('lifted', 1, 'ROOT', 'VERB', 'VBD', 'lift'),
        ('the', 3, 'det', 'DET', 'DT', 'the'),
        ('embargo', 1, 'dobj', 'NOUN', 'NN', 'embargo'),
        ('that', 6, 'dobj', 'SCONJ', 'IN', 'that'),
        ('it', 6, 'nsubj', 'PRON', 'PRP', 'it'),
        ('imposed', 3, 'relcl', 'VERB', 'VBD', 'impose'),
        ('on', 6, 'prep', 'ADP', 'IN', 'on'),
        ('Havana', 7, 'pobj', 'PROPN', 'NNP', 'Havana'),
        ('in', 6, 'prep', 'ADP', 'IN', 'in'),
        ('1962', 9, 'pobj', 'NUM', 'CD', '1962'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
}


def test_the_embargo_that_it_imposed_was_imposed(coder: Coder) -> None:
    text = "Washington lifted the embargo that it imposed on Havana in 1962."
    coded = [(ev.event, ev.status, [a.code for a in ev.actor], [r.code for r in ev.recipient],
              ev.date) for ev in code_one(coder, text, PARSES[text], "2016-03-01")]
    assert ("SANCTION", "asserted", ["USA"], ["CUB"], "1962") in coded
