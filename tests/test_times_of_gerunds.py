"""Model-free tests of a gerund a time preposition hangs on a verb.

"Hezbollah fighters set fires at the base before withdrawing": "before" sets the time of the
withdrawal; it is no complement of "set" (as in "set to withdraw"), so the withdrawal is done
as the setting of fires is. Under a plan ("plans to keep its positions before withdrawing")
it is still to come. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these
sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PUBLISHED = "2020-01-05"

PARSES = {
    'Hezbollah fighters set fires at the base before withdrawing.': [
        ('Hezbollah', 1, 'compound', 'PROPN', 'NNP', 'Hezbollah'),
        ('fighters', 2, 'nsubj', 'NOUN', 'NNS', 'fighter'),
        ('set', 2, 'ROOT', 'VERB', 'VBP', 'set'),
        ('fires', 2, 'dobj', 'NOUN', 'NNS', 'fire'),
        ('at', 2, 'prep', 'ADP', 'IN', 'at'),
        ('the', 6, 'det', 'DET', 'DT', 'the'),
        ('base', 4, 'pobj', 'NOUN', 'NN', 'base'),
        ('before', 2, 'prep', 'ADP', 'IN', 'before'),
        ('withdrawing', 7, 'pcomp', 'VERB', 'VBG', 'withdraw'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'Hezbollah plans to keep its positions before withdrawing.': [
        ('Hezbollah', 1, 'nsubj', 'PROPN', 'NNP', 'Hezbollah'),
        ('plans', 1, 'ROOT', 'VERB', 'VBZ', 'plan'),
        ('to', 3, 'aux', 'PART', 'TO', 'to'),
        ('keep', 1, 'xcomp', 'VERB', 'VB', 'keep'),
        ('its', 5, 'poss', 'PRON', 'PRP$', 'its'),
        ('positions', 3, 'dobj', 'NOUN', 'NNS', 'position'),
        ('before', 3, 'prep', 'ADP', 'IN', 'before'),
        ('withdrawing', 6, 'pcomp', 'VERB', 'VBG', 'withdraw'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _withdrawal(coder: Coder, text: str) -> list[str]:
    return [ev.status for ev in code_one(coder, text, PARSES[text], PUBLISHED)
            if ev.event == "RETREAT"]


def test_a_withdrawal_after_a_done_act_is_done(coder: Coder) -> None:
    assert _withdrawal(coder, "Hezbollah fighters set fires at the base before withdrawing.") == [
        "asserted"]


def test_a_withdrawal_after_a_planned_act_is_to_come(coder: Coder) -> None:
    assert _withdrawal(coder, "Hezbollah plans to keep its positions before withdrawing.") == [
        "future"]
