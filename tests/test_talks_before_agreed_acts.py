"""Model-free test of talks held before an act agreed to.

"King Fahd agreed to accept the troops after talks with Dick Cheney in Jeddah": the parser
hangs "after talks" on "accept", which is still to come; but what came before the act agreed
to came before the agreeing, which is told as done, so the talks are asserted. Docs are
built by hand in the shape en_core_web_sm 3.8.0 parses this sentence (written for this
test).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PARSES = {
    'King Fahd agreed to accept the troops after talks with Dick Cheney in Jeddah.': [
    ('King', 1, 'compound', 'PROPN', 'NNP', 'King'),
    ('Fahd', 2, 'nsubj', 'PROPN', 'NNP', 'Fahd'),
    ('agreed', 2, 'ROOT', 'VERB', 'VBD', 'agree'),
    ('to', 4, 'aux', 'PART', 'TO', 'to'),
    ('accept', 2, 'xcomp', 'VERB', 'VB', 'accept'),
    ('the', 6, 'det', 'DET', 'DT', 'the'),
    ('troops', 4, 'dobj', 'NOUN', 'NNS', 'troop'),
    ('after', 4, 'prep', 'ADP', 'IN', 'after'),
    ('talks', 7, 'pobj', 'NOUN', 'NNS', 'talk'),
    ('with', 8, 'prep', 'ADP', 'IN', 'with'),
    ('Dick', 11, 'compound', 'PROPN', 'NNP', 'Dick'),
    ('Cheney', 9, 'pobj', 'PROPN', 'NNP', 'Cheney'),
    ('in', 8, 'prep', 'ADP', 'IN', 'in'),
    ('Jeddah', 12, 'pobj', 'PROPN', 'NNP', 'Jeddah'),
    ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
}


def test_talks_before_the_act_agreed_to_are_told_as_held(coder: Coder) -> None:
    text = "King Fahd agreed to accept the troops after talks with Dick Cheney in Jeddah."
    coded = summary(code_one(coder, text, PARSES[text], "1990-08-08"))
    assert ("CONSULT", "asserted", ["USA"], ["SAU"]) in coded
    assert ("AGREE", "asserted", ["SAU"], ["USA"]) in coded
