"""Model-free tests of "government troops": the state's forces, whoever the text is about.

In a report about the MILF, "Government troops retook the town" is an act of the
Philippines' forces, as "the army" is: the modifier says whose they are, and the story's
state is the one the text names. Docs are built by hand in the shape en_core_web_sm 3.8.0
parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, told_in

PUBLISHED = "2013-09-30"

RETOOK = 'Government troops retook the town.'

PARSES = {
    'The MILF accused Manila.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('MILF', 2, 'nsubj', 'NOUN', 'NNS', 'MILF'),
        ('accused', 2, 'ROOT', 'VERB', 'VBD', 'accuse'),
        ('Manila', 2, 'dobj', 'PROPN', 'NNP', 'Manila'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'The MILF attacked Manila.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('MILF', 2, 'nsubj', 'NOUN', 'NNS', 'MILF'),
        ('attacked', 2, 'ROOT', 'VERB', 'VBD', 'attack'),
        ('Manila', 2, 'dobj', 'PROPN', 'NNP', 'Manila'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    RETOOK: [
        ('Government', 1, 'compound', 'NOUN', 'NN', 'government'),
        ('troops', 2, 'nsubj', 'NOUN', 'NNS', 'troop'),
        ('retook', 2, 'ROOT', 'VERB', 'VBD', 'retake'),
        ('the', 4, 'det', 'DET', 'DT', 'the'),
        ('town', 2, 'dobj', 'NOUN', 'NN', 'town'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
}


def test_government_troops_in_a_report_about_rebels_are_the_states(coder):
    texts = ['The MILF accused Manila.', 'The MILF attacked Manila.', RETOOK]
    events = code_doc(coder, [(t, PARSES[t]) for t in texts], PUBLISHED)
    told = told_in(events, RETOOK)
    assert [t[:3] for t in told] == [("ASSAULT", "asserted", ["PHL"])]
