"""Model-free tests of acts one orders.

An act one orders with no other doer named, or of one's own forces, is one's own and done as
the order is: "the court ordered the arrest of Dodik" is the court's arrest, "Putin ordered the
withdrawal of Russian troops" Russia's withdrawal (the order is the decision). One ordered of
another ("the ICJ ordered the withdrawal of Israeli troops") is only asked, and an attack
ordered stays to come. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these
sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2025-03-13"

PARSES = {
    "Bosnia's state court ordered the arrest of Dodik on Wednesday.": [
        ('Bosnia', 3, 'poss', 'PROPN', 'NNP', 'Bosnia'),
        ("'s", 0, 'case', 'PART', 'POS', "'s"),
        ('state', 3, 'compound', 'NOUN', 'NN', 'state'),
        ('court', 4, 'nsubj', 'NOUN', 'NN', 'court'),
        ('ordered', 4, 'ROOT', 'VERB', 'VBD', 'order'),
        ('the', 6, 'det', 'DET', 'DT', 'the'),
        ('arrest', 4, 'dobj', 'NOUN', 'NN', 'arrest'),
        ('of', 6, 'prep', 'ADP', 'IN', 'of'),
        ('Dodik', 7, 'pobj', 'PROPN', 'NNP', 'Dodik'),
        ('on', 6, 'prep', 'ADP', 'IN', 'on'),
        ('Wednesday', 9, 'pobj', 'PROPN', 'NNP', 'Wednesday'),
        ('.', 4, 'punct', 'PUNCT', '.', '.'),
    ],
    'Putin ordered the withdrawal of Russian troops from Kherson.': [
        ('Putin', 1, 'nsubj', 'PROPN', 'NNP', 'Putin'),
        ('ordered', 1, 'ROOT', 'VERB', 'VBD', 'order'),
        ('the', 3, 'det', 'DET', 'DT', 'the'),
        ('withdrawal', 1, 'dobj', 'NOUN', 'NN', 'withdrawal'),
        ('of', 3, 'prep', 'ADP', 'IN', 'of'),
        ('Russian', 6, 'amod', 'ADJ', 'JJ', 'russian'),
        ('troops', 4, 'pobj', 'NOUN', 'NNS', 'troop'),
        ('from', 3, 'prep', 'ADP', 'IN', 'from'),
        ('Kherson', 7, 'pobj', 'PROPN', 'NNP', 'Kherson'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'The ICJ ordered the withdrawal of Israeli troops from Rafah.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('ICJ', 2, 'nsubj', 'PROPN', 'NNP', 'ICJ'),
        ('ordered', 2, 'ROOT', 'VERB', 'VBD', 'order'),
        ('the', 4, 'det', 'DET', 'DT', 'the'),
        ('withdrawal', 2, 'dobj', 'NOUN', 'NN', 'withdrawal'),
        ('of', 4, 'prep', 'ADP', 'IN', 'of'),
        ('Israeli', 7, 'amod', 'ADJ', 'JJ', 'israeli'),
        ('troops', 5, 'pobj', 'NOUN', 'NNS', 'troop'),
        ('from', 4, 'prep', 'ADP', 'IN', 'from'),
        ('Rafah', 8, 'pobj', 'PROPN', 'NNP', 'Rafah'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'Biden ordered air strikes on Syria.': [
        ('Biden', 1, 'nsubj', 'PROPN', 'NNP', 'Biden'),
        ('ordered', 1, 'ROOT', 'VERB', 'VBD', 'order'),
        ('air', 3, 'compound', 'NOUN', 'NN', 'air'),
        ('strikes', 1, 'dobj', 'NOUN', 'NNS', 'strike'),
        ('on', 3, 'prep', 'ADP', 'IN', 'on'),
        ('Syria', 4, 'pobj', 'PROPN', 'NNP', 'Syria'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _code(coder: Coder, text: str):
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_an_arrest_a_court_orders_is_its_arrest_done(coder: Coder) -> None:
    assert _code(coder, "Bosnia's state court ordered the arrest of Dodik on Wednesday.") == [
        ("COERCE", "asserted", ["BIH"], ["BIH"])]


def test_a_withdrawal_of_ones_own_troops_ordered_is_done(coder: Coder) -> None:
    assert _code(coder, "Putin ordered the withdrawal of Russian troops from Kherson.") == [
        ("RETREAT", "asserted", ["RUS"], ["UKR"])]


def test_a_withdrawal_ordered_of_another_is_only_asked(coder: Coder) -> None:
    events = _code(coder, "The ICJ ordered the withdrawal of Israeli troops from Rafah.")
    assert ("RETREAT", "hypothetical", ["ISR"], ["PSE"]) in events
    assert not any(ev[0] == "RETREAT" and ev[1] == "asserted" for ev in events)


def test_strikes_ordered_are_still_to_come(coder: Coder) -> None:
    assert _code(coder, "Biden ordered air strikes on Syria.") == [
        ("ASSAULT", "hypothetical", ["USA"], ["SYR"])]
