"""Model-free tests of a group described beside its own name.

"SWAPO, the guerrilla movement that has fought South African rule for years, stayed away
from the talks": the movement that fought is SWAPO, the name the description is set beside,
not the armed group the report was about before (UNITA). Docs are built by hand in the shape
en_core_web_sm 3.8.0 parses these sentences (written for this test).
"""

from __future__ import annotations

from docbuild import code_doc, told_in
from parley.events.coder import Coder

PARSES = {
    'UNITA rebels attacked a Cuban convoy in Angola.': [
        ('UNITA', 1, 'compound', 'PROPN', 'NNP', 'UNITA'),
        ('rebels', 2, 'nsubj', 'NOUN', 'NNS', 'rebel'),
        ('attacked', 2, 'ROOT', 'VERB', 'VBD', 'attack'),
        ('a', 5, 'det', 'DET', 'DT', 'a'),
        ('Cuban', 5, 'amod', 'ADJ', 'JJ', 'cuban'),
        ('convoy', 2, 'dobj', 'NOUN', 'NN', 'convoy'),
        ('in', 2, 'prep', 'ADP', 'IN', 'in'),
        ('Angola', 6, 'pobj', 'PROPN', 'NNP', 'Angola'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'SWAPO, the guerrilla movement that has fought South African rule for years, stayed away '
    'from the talks.': [
        ('SWAPO', 14, 'nsubj', 'PROPN', 'NNP', 'SWAPO'),
        (',', 0, 'punct', 'PUNCT', ',', ','),
        ('the', 4, 'det', 'DET', 'DT', 'the'),
        ('guerrilla', 4, 'compound', 'NOUN', 'NN', 'guerrilla'),
        ('movement', 0, 'appos', 'NOUN', 'NN', 'movement'),
        ('that', 7, 'nsubj', 'PRON', 'WDT', 'that'),
        ('has', 7, 'aux', 'AUX', 'VBZ', 'have'),
        ('fought', 4, 'relcl', 'VERB', 'VBN', 'fight'),
        ('South', 9, 'amod', 'ADJ', 'JJ', 'south'),
        ('African', 10, 'amod', 'ADJ', 'JJ', 'african'),
        ('rule', 7, 'dobj', 'NOUN', 'NN', 'rule'),
        ('for', 7, 'prep', 'ADP', 'IN', 'for'),
        ('years', 11, 'pobj', 'NOUN', 'NNS', 'year'),
        (',', 14, 'punct', 'PUNCT', ',', ','),
        ('stayed', 14, 'ROOT', 'VERB', 'VBD', 'stay'),
        ('away', 14, 'advmod', 'ADV', 'RB', 'away'),
        ('from', 15, 'prep', 'ADP', 'IN', 'from'),
        ('the', 18, 'det', 'DET', 'DT', 'the'),
        ('talks', 16, 'pobj', 'NOUN', 'NNS', 'talk'),
        ('.', 14, 'punct', 'PUNCT', '.', '.'),
    ],
}

STORY = 'UNITA rebels attacked a Cuban convoy in Angola.'
TEXT = ('SWAPO, the guerrilla movement that has fought South African rule for years, stayed away '
        'from the talks.')


def test_the_movement_beside_a_name_is_that_name(coder: Coder) -> None:
    events = code_doc(coder, [(t, PARSES[t]) for t in (STORY, TEXT)], "1988-05-01")
    assert ("ASSAULT", "asserted", ["NAM"], ["ZAF"]) in told_in(events, TEXT)


def test_the_report_s_rebels_still_fight_where_the_text_names_them(coder: Coder) -> None:
    events = code_doc(coder, [(t, PARSES[t]) for t in (STORY,)], "1988-05-01")
    assert ("ASSAULT", "asserted", ["UNITA"], ["CUB"]) in told_in(events, STORY)
