"""Model-free tests of crowds, repression at home and particles the parser misplaces.

"Thousands marched in Tbilisi" are Georgia's people; "dozens of protesters" are the
protesters; security forces firing tear gas at protesters in Nairobi repress Kenya's own
people (violent repression, CAMEO 175, an ASSAULT in PLOVER, as the gold sets code it); an
armed group killing "hundreds of people" has no people of its own to be their state; "handed
over 32 prisoners" is a release even though the parser makes "over" a modifier of the number.
Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for
these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2024-03-15"

PARSES = {
    "Azerbaijan handed over 32 Armenian prisoners of war.": [
        ("Azerbaijan", 1, "nsubj", "PROPN", "NNP", "Azerbaijan"),
        ("handed", 1, "ROOT", "VERB", "VBD", "hand"),
        ("over", 3, "quantmod", "ADP", "RP", "over"),
        ("32", 5, "nummod", "NUM", "CD", "32"),
        ("Armenian", 5, "amod", "ADJ", "JJ", "armenian"),
        ("prisoners", 1, "dobj", "NOUN", "NNS", "prisoner"),
        ("of", 5, "prep", "ADP", "IN", "of"),
        ("war", 6, "pobj", "NOUN", "NN", "war"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Security forces fired tear gas at protesters in Nairobi.": [
        ("Security", 1, "compound", "NOUN", "NN", "security"),
        ("forces", 2, "nsubj", "NOUN", "NNS", "force"),
        ("fired", 2, "ROOT", "VERB", "VBD", "fire"),
        ("tear", 4, "amod", "ADJ", "JJ", "tear"),
        ("gas", 2, "dobj", "NOUN", "NN", "gas"),
        ("at", 2, "prep", "ADP", "IN", "at"),
        ("protesters", 5, "pobj", "NOUN", "NNS", "protester"),
        ("in", 6, "prep", "ADP", "IN", "in"),
        ("Nairobi", 7, "pobj", "PROPN", "NNP", "Nairobi"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Thousands marched in Tbilisi against the law.": [
        ("Thousands", 1, "nsubj", "NOUN", "NNS", "thousand"),
        ("marched", 1, "ROOT", "VERB", "VBD", "march"),
        ("in", 1, "prep", "ADP", "IN", "in"),
        ("Tbilisi", 2, "pobj", "PROPN", "NNP", "Tbilisi"),
        ("against", 1, "prep", "ADP", "IN", "against"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("law", 4, "pobj", "NOUN", "NN", "law"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Georgian police arrested dozens of protesters.": [
        ("Georgian", 1, "amod", "ADJ", "JJ", "georgian"),
        ("police", 2, "nsubj", "NOUN", "NNS", "police"),
        ("arrested", 2, "ROOT", "VERB", "VBD", "arrest"),
        ("dozens", 2, "dobj", "NOUN", "NNS", "dozen"),
        ("of", 3, "prep", "ADP", "IN", "of"),
        ("protesters", 4, "pobj", "NOUN", "NNS", "protester"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "The RSF killed hundreds of people.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("RSF", 2, "nsubj", "PROPN", "NNP", "RSF"),
        ("killed", 2, "ROOT", "VERB", "VBD", "kill"),
        ("hundreds", 2, "dobj", "NOUN", "NNS", "hundred"),
        ("of", 3, "prep", "ADP", "IN", "of"),
        ("people", 4, "pobj", "NOUN", "NNS", "people"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_a_particle_hung_on_a_number_still_makes_the_verb(coder: Coder) -> None:
    assert coded(coder, "Azerbaijan handed over 32 Armenian prisoners of war.") == [
        ("RETREAT", "asserted", ["AZE"], ["ARM"])]


def test_tear_gas_at_protesters_is_repression_of_the_state_s_people(coder: Coder) -> None:
    assert coded(coder, "Security forces fired tear gas at protesters in Nairobi.") == [
        ("ASSAULT", "asserted", ["KEN"], ["KEN"])]


def test_a_counted_crowd_in_a_capital_is_its_people(coder: Coder) -> None:
    assert coded(coder, "Thousands marched in Tbilisi against the law.") == [
        ("PROTEST", "asserted", ["GEO"], ["GEO"])]


def test_dozens_of_protesters_are_the_protesters(coder: Coder) -> None:
    assert coded(coder, "Georgian police arrested dozens of protesters.") == [
        ("COERCE", "asserted", ["GEO"], ["GEO"])]


def test_an_armed_group_has_no_people_of_its_own(coder: Coder) -> None:
    assert coded(coder, "The RSF killed hundreds of people.") == [
        ("ASSAULT", "asserted", ["RSF"], [])]
