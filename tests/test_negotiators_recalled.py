"""Model-free test of negotiators recalled.

"Egypt recalled its negotiators from the talks in Jerusalem": calling one's negotiators home
breaks the talks off (halt negotiations, CAMEO 164), as suspending them does; it is no
recall of an ambassador (a cut in relations, CAMEO 161). Docs are built by hand in the
shape en_core_web_sm 3.8.0 parses this sentence (written for this test).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PARSES = {
    'Egypt recalled its negotiators from the talks in Jerusalem.': [
    ('Egypt', 1, 'nsubj', 'PROPN', 'NNP', 'Egypt'),
    ('recalled', 1, 'ROOT', 'VERB', 'VBD', 'recall'),
    ('its', 3, 'poss', 'PRON', 'PRP$', 'its'),
    ('negotiators', 1, 'dobj', 'NOUN', 'NNS', 'negotiator'),
    ('from', 1, 'prep', 'ADP', 'IN', 'from'),
    ('the', 6, 'det', 'DET', 'DT', 'the'),
    ('talks', 4, 'pobj', 'NOUN', 'NNS', 'talk'),
    ('in', 6, 'prep', 'ADP', 'IN', 'in'),
    ('Jerusalem', 7, 'pobj', 'PROPN', 'NNP', 'Jerusalem'),
    ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
}


def test_negotiators_recalled_break_the_talks_off(coder: Coder) -> None:
    text = "Egypt recalled its negotiators from the talks in Jerusalem."
    coded = [(ev.event, ev.cameo, [a.code for a in ev.actor])
             for ev in code_one(coder, text, PARSES[text], "1978-02-01")]
    assert coded == [("REJECT", "164", ["EGY"])]
