"""Model-free tests of repelled attacks and of claims of one's own deeds.

Repelling an assault fights the attacker; a party claiming its own deed ("Russia's defence
ministry claimed its troops had captured the town") reports it, while a claim about another's
deed ("Kyiv claimed Russian troops had shelled the town") stays an allegation. Docs are built
by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2023-05-20"

PARSES = {
    "Ukraine's forces repelled a Russian assault near Bakhmut.": [
        ("Ukraine", 2, "poss", "PROPN", "NNP", "Ukraine"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("forces", 3, "nsubj", "NOUN", "NNS", "force"),
        ("repelled", 3, "ROOT", "VERB", "VBD", "repel"),
        ("a", 6, "det", "DET", "DT", "a"),
        ("Russian", 6, "amod", "ADJ", "JJ", "russian"),
        ("assault", 3, "dobj", "NOUN", "NN", "assault"),
        ("near", 3, "prep", "ADP", "IN", "near"),
        ("Bakhmut", 7, "pobj", "PROPN", "NNP", "Bakhmut"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Russia's defence ministry claimed its troops had captured the town.": [
        ("Russia", 3, "poss", "PROPN", "NNP", "Russia"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("defence", 3, "compound", "NOUN", "NN", "defence"),
        ("ministry", 4, "nsubj", "PROPN", "NNP", "ministry"),
        ("claimed", 4, "ROOT", "VERB", "VBD", "claim"),
        ("its", 6, "poss", "PRON", "PRP$", "its"),
        ("troops", 8, "nsubj", "NOUN", "NNS", "troop"),
        ("had", 8, "aux", "AUX", "VBD", "have"),
        ("captured", 4, "ccomp", "VERB", "VBN", "capture"),
        ("the", 10, "det", "DET", "DT", "the"),
        ("town", 8, "dobj", "NOUN", "NN", "town"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ],
    "Kyiv claimed Russian troops had shelled the town.": [
        ("Kyiv", 1, "nsubj", "PROPN", "NNP", "Kyiv"),
        ("claimed", 1, "ROOT", "VERB", "VBD", "claim"),
        ("Russian", 3, "amod", "ADJ", "JJ", "russian"),
        ("troops", 5, "nsubj", "NOUN", "NNS", "troop"),
        ("had", 5, "aux", "AUX", "VBD", "have"),
        ("shelled", 1, "ccomp", "VERB", "VBN", "shell"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("town", 5, "dobj", "NOUN", "NN", "town"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_repelling_an_assault_fights_the_attacker(coder: Coder) -> None:
    found = coded(coder, "Ukraine's forces repelled a Russian assault near Bakhmut.")
    assert ("ASSAULT", "asserted", ["UKR"], ["RUS"]) in found


def test_a_claim_of_one_s_own_deed_reports_it(coder: Coder) -> None:
    assert coded(coder, "Russia's defence ministry claimed its troops had captured the town.") == [
        ("ASSAULT", "asserted", ["RUS"], [])]


def test_a_claim_of_another_s_deed_stays_an_allegation(coder: Coder) -> None:
    assert coded(coder, "Kyiv claimed Russian troops had shelled the town.") == [
        ("ASSAULT", "hypothetical", ["RUS"], [])]
