"""Model-free tests of groups named by whose side they are on.

"Militias loyal to Haftar", "fighters allied with Russia" act for the one they are loyal or
allied to. "Turkish-backed fighters" and "the UN-recognised government" name a patron, who does
not act in their place (as "pro-Kremlin" names a stance). Docs are built by hand in the shape
en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PUBLISHED = "2020-01-20"

PARSES = {
    "Militias loyal to Haftar shelled the town.": [
        ("Militias", 4, "nsubj", "NOUN", "NNS", "militia"),
        ("loyal", 0, "amod", "ADJ", "JJ", "loyal"),
        ("to", 1, "prep", "ADP", "IN", "to"),
        ("Haftar", 2, "pobj", "PROPN", "NNP", "Haftar"),
        ("shelled", 4, "ROOT", "VERB", "VBD", "shell"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("town", 4, "dobj", "NOUN", "NN", "town"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ],
    "Turkish-backed fighters shelled the town.": [
        ("Turkish", 2, "npadvmod", "ADJ", "JJ", "turkish"),
        ("-", 2, "punct", "PUNCT", "HYPH", "-"),
        ("backed", 3, "amod", "VERB", "VBN", "back"),
        ("fighters", 4, "nsubj", "NOUN", "NNS", "fighter"),
        ("shelled", 4, "ROOT", "VERB", "VBD", "shell"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("town", 4, "dobj", "NOUN", "NN", "town"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ],
    "The UN-recognised government condemned the attack.": [
        ("The", 4, "det", "DET", "DT", "the"),
        ("UN", 4, "amod", "PROPN", "NNP", "UN"),
        ("-", 4, "amod", "ADJ", "JJ", "-"),
        ("recognised", 4, "amod", "VERB", "VBN", "recognise"),
        ("government", 5, "nsubj", "NOUN", "NN", "government"),
        ("condemned", 5, "ROOT", "VERB", "VBD", "condemn"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("attack", 5, "dobj", "NOUN", "NN", "attack"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ],
    "Fighters allied with Russia shelled the town.": [
        ("Fighters", 4, "nsubj", "NOUN", "NNS", "fighter"),
        ("allied", 0, "acl", "VERB", "VBD", "ally"),
        ("with", 1, "prep", "ADP", "IN", "with"),
        ("Russia", 2, "pobj", "PROPN", "NNP", "Russia"),
        ("shelled", 4, "ROOT", "VERB", "VBD", "shell"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("town", 4, "dobj", "NOUN", "NN", "town"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return [(ev.event, [e.code for e in ev.actor]) for ev in
            code_one(coder, text, PARSES[text], PUBLISHED)]


def test_a_group_loyal_to_someone_acts_for_them(coder: Coder) -> None:
    assert coded(coder, "Militias loyal to Haftar shelled the town.") == [("ASSAULT", ["LNA"])]


def test_a_group_allied_with_a_state_acts_for_it(coder: Coder) -> None:
    assert ("ASSAULT", ["RUS"]) in coded(coder, "Fighters allied with Russia shelled the town.")


def test_a_patron_named_with_a_hyphen_does_not_act(coder: Coder) -> None:
    assert coded(coder, "Turkish-backed fighters shelled the town.") == []
    assert coded(coder, "The UN-recognised government condemned the attack.") == []
