"""Model-free tests of "the militants" told again after a bloc was named.

"Boko Haram attacked a village ... Officials from the European Union attended the summit.
The militants stormed a school": the last organisation named is the EU, but no bloc has
militants; they are the one armed group the text has named. Docs are built by hand in the
shape en_core_web_sm 3.8.0 parses these sentences (written for this test).
"""

from __future__ import annotations

from docbuild import code_doc, summary
from parley.events.coder import Coder

PARSES = {
    'Boko Haram attacked a village in Nigeria.': [
        ('Boko', 1, 'compound', 'PROPN', 'NNP', 'Boko'),
        ('Haram', 2, 'nsubj', 'PROPN', 'NNP', 'Haram'),
        ('attacked', 2, 'ROOT', 'VERB', 'VBD', 'attack'),
        ('a', 4, 'det', 'DET', 'DT', 'a'),
        ('village', 2, 'dobj', 'NOUN', 'NN', 'village'),
        ('in', 2, 'prep', 'ADP', 'IN', 'in'),
        ('Nigeria', 5, 'pobj', 'PROPN', 'NNP', 'Nigeria'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'Officials from the European Union attended the summit.': [
        ('Officials', 5, 'nsubj', 'NOUN', 'NNS', 'official'),
        ('from', 0, 'prep', 'ADP', 'IN', 'from'),
        ('the', 4, 'det', 'DET', 'DT', 'the'),
        ('European', 4, 'compound', 'PROPN', 'NNP', 'European'),
        ('Union', 1, 'pobj', 'PROPN', 'NNP', 'Union'),
        ('attended', 5, 'ROOT', 'VERB', 'VBD', 'attend'),
        ('the', 7, 'det', 'DET', 'DT', 'the'),
        ('summit', 5, 'dobj', 'NOUN', 'NN', 'summit'),
        ('.', 5, 'punct', 'PUNCT', '.', '.'),
    ],
    'The militants stormed a school in Chibok.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('militants', 2, 'nsubj', 'NOUN', 'NNS', 'militant'),
        ('stormed', 2, 'ROOT', 'VERB', 'VBD', 'storm'),
        ('a', 4, 'det', 'DET', 'DT', 'a'),
        ('school', 2, 'dobj', 'NOUN', 'NN', 'school'),
        ('in', 4, 'prep', 'ADP', 'IN', 'in'),
        ('Chibok', 5, 'pobj', 'PROPN', 'NNP', 'Chibok'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
}

STORY = ["Boko Haram attacked a village in Nigeria.",
         "Officials from the European Union attended the summit."]


def test_the_militants_are_the_armed_group_not_the_bloc(coder: Coder) -> None:
    text = "The militants stormed a school in Chibok."
    events = code_doc(coder, [(t, PARSES[t]) for t in [*STORY, text]], "2014-05-18")
    assert summary(e for e in events if e.event_text == text) == [
        ("ASSAULT", "asserted", ["BOKOHARAM"], ["NGA"])]
