"""Model-free tests of fighters named by their group and of fighting for a side (EVENTS.md
sections 2 and 3).

"Russian mercenaries of the Wagner group" are the Wagner group, not Russia; when they "fought
for Haftar", after the text told Haftar's forces attacking Tripoli, they fought Tripoli's
government; so did troops that "fought beside Haftar's forces". Docs are built by hand in
the shape en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, summary
from parley.events.coder import Coder

PUBLISHED = "2020-10-25"

PARSES = {
    "Haftar's forces attacked Tripoli.": [
        ("Haftar", 2, "poss", "PROPN", "NNP", "Haftar"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("forces", 3, "nsubj", "NOUN", "NNS", "force"),
        ("attacked", 3, "ROOT", "VERB", "VBD", "attack"),
        ("Tripoli", 3, "dobj", "PROPN", "NNP", "Tripoli"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Russian mercenaries of the Wagner group fought for Haftar.": [
        ("Russian", 1, "amod", "ADJ", "JJ", "russian"),
        ("mercenaries", 6, "nsubj", "NOUN", "NNS", "mercenary"),
        ("of", 1, "prep", "ADP", "IN", "of"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("Wagner", 5, "compound", "PROPN", "NNP", "Wagner"),
        ("group", 2, "pobj", "NOUN", "NN", "group"),
        ("fought", 6, "ROOT", "VERB", "VBD", "fight"),
        ("for", 6, "prep", "ADP", "IN", "for"),
        ("Haftar", 7, "pobj", "PROPN", "NNP", "Haftar"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ],
    "Eritrean troops fought beside Haftar's forces.": [
        ('Eritrean', 1, 'amod', 'ADJ', 'JJ', 'eritrean'),
        ('troops', 2, 'nsubj', 'NOUN', 'NNS', 'troop'),
        ('fought', 2, 'ROOT', 'VERB', 'VBD', 'fight'),
        ('beside', 2, 'prep', 'ADP', 'IN', 'beside'),
        ('Haftar', 6, 'poss', 'PROPN', 'NNP', 'Haftar'),
        ("'s", 4, 'case', 'PART', 'POS', "'s"),
        ('forces', 3, 'pobj', 'NOUN', 'NNS', 'force'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
}


def coded(coder: Coder, *texts: str) -> list[tuple[str, str, list[str], list[str]]]:
    return summary(code_doc(coder, [(t, PARSES[t]) for t in texts], PUBLISHED, infer=False))


def test_fighters_of_a_named_group_are_the_group(coder: Coder) -> None:
    events = coded(coder, "Russian mercenaries of the Wagner group fought for Haftar.")
    assert [e[2] for e in events if e[0] == "ASSAULT"] == [["WAGNER"]]


def test_fighting_for_a_side_is_fighting_whom_it_attacked(coder: Coder) -> None:
    events = coded(coder, "Haftar's forces attacked Tripoli.",
                   "Russian mercenaries of the Wagner group fought for Haftar.")
    assert events == [("ASSAULT", "asserted", ["LNA"], ["LBY"]),
                      ("ASSAULT", "asserted", ["WAGNER"], ["LBY"])]


def test_fighting_beside_a_side_is_fighting_whom_it_attacked(coder: Coder) -> None:
    events = coded(coder, "Haftar's forces attacked Tripoli.",
                   "Eritrean troops fought beside Haftar's forces.")
    assert events[1] == ("ASSAULT", "asserted", ["ERI"], ["LBY"])
