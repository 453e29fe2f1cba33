"""Model-free tests of offices named without their holder ("the High Representative", "the
foreign minister") after the text named one who held it (EVENTS.md section 3).

An office the text names with "the" is the last person named who held it on the day, also
when the dictionary's role goes on to say where ("high representative for Bosnia and
Herzegovina"); an office no one named held is no one. Docs are built by hand in the shape
en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, summary
from parley.events.coder import Coder

PUBLISHED = "2025-03-13"

PARSES = {
    "Christian Schmidt met Milorad Dodik on Monday.": [
        ("Christian", 1, "compound", "PROPN", "NNP", "Christian"),
        ("Schmidt", 2, "nsubj", "PROPN", "NNP", "Schmidt"),
        ("met", 2, "ROOT", "VERB", "VBD", "meet"),
        ("Milorad", 4, "compound", "PROPN", "NNP", "Milorad"),
        ("Dodik", 2, "dobj", "PROPN", "NNP", "Dodik"),
        ("on", 2, "prep", "ADP", "IN", "on"),
        ("Monday", 5, "pobj", "PROPN", "NNP", "Monday"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Moscow blamed the High Representative.": [
        ("Moscow", 1, "nsubj", "PROPN", "NNP", "Moscow"),
        ("blamed", 1, "ROOT", "VERB", "VBD", "blame"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("High", 4, "compound", "PROPN", "NNP", "High"),
        ("Representative", 1, "dobj", "PROPN", "NNP", "Representative"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Moscow blamed the foreign minister.": [
        ("Moscow", 1, "nsubj", "PROPN", "NNP", "Moscow"),
        ("blamed", 1, "ROOT", "VERB", "VBD", "blame"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("foreign", 4, "amod", "ADJ", "JJ", "foreign"),
        ("minister", 1, "dobj", "NOUN", "NN", "minister"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def told(coder: Coder, *texts: str) -> list:
    return summary(code_doc(coder, [(t, PARSES[t]) for t in texts], PUBLISHED, infer=False))


def test_an_office_named_for_a_place_is_its_last_holder_named(coder: Coder) -> None:
    coded = told(coder, "Christian Schmidt met Milorad Dodik on Monday.",
                 "Moscow blamed the High Representative.")
    assert ("ACCUSE", "asserted", ["RUS"], ["UN"]) in coded


def test_an_office_no_one_named_held_is_no_one(coder: Coder) -> None:
    coded = told(coder, "Christian Schmidt met Milorad Dodik on Monday.",
                 "Moscow blamed the foreign minister.")
    assert ("ACCUSE", "asserted", ["RUS"], []) in coded
