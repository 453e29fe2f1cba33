"""Model-free tests of groups met at an institution and of hosting things.

"Pelosi met lawmakers at the Legislative Yuan" is a meeting with Taiwan (the lawmakers are of
the place's state); "Qatar, which hosts the base" meets no one; "Egypt hosted Hamas leaders"
does. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences
(written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2022-08-03"

PARSES = {
    "Pelosi met lawmakers at the Legislative Yuan on Wednesday.": [
        ("Pelosi", 1, "nsubj", "PROPN", "NNP", "Pelosi"),
        ("met", 1, "ROOT", "VERB", "VBD", "meet"),
        ("lawmakers", 1, "dobj", "NOUN", "NNS", "lawmaker"),
        ("at", 1, "prep", "ADP", "IN", "at"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("Legislative", 6, "compound", "PROPN", "NNP", "Legislative"),
        ("Yuan", 3, "pobj", "PROPN", "NNP", "Yuan"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("Wednesday", 7, "pobj", "PROPN", "NNP", "Wednesday"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Qatar, which hosts the base, said no one was hurt.": [
        ("Qatar", 7, "nsubj", "PROPN", "NNP", "Qatar"),
        (",", 0, "punct", "PUNCT", ",", ","),
        ("which", 3, "nsubj", "PRON", "WDT", "which"),
        ("hosts", 0, "relcl", "VERB", "VBZ", "host"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("base", 3, "dobj", "NOUN", "NN", "base"),
        (",", 0, "punct", "PUNCT", ",", ","),
        ("said", 7, "ROOT", "VERB", "VBD", "say"),
        ("no", 9, "det", "DET", "DT", "no"),
        ("one", 11, "nsubjpass", "NOUN", "NN", "one"),
        ("was", 11, "auxpass", "AUX", "VBD", "be"),
        ("hurt", 7, "ccomp", "VERB", "VBN", "hurt"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ],
    "Egypt hosted Hamas leaders.": [
        ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
        ("hosted", 1, "ROOT", "VERB", "VBD", "host"),
        ("Hamas", 3, "compound", "PROPN", "NNP", "Hamas"),
        ("leaders", 1, "dobj", "NOUN", "NNS", "leader"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_lawmakers_met_at_a_legislature_are_its_state_s(coder: Coder) -> None:
    assert coded(coder, "Pelosi met lawmakers at the Legislative Yuan on Wednesday.") == [
        ("CONSULT", "asserted", ["USA", "TWN"], [])]


def test_hosting_a_base_is_no_meeting(coder: Coder) -> None:
    assert coded(coder, "Qatar, which hosts the base, said no one was hurt.") == []


def test_hosting_leaders_is_a_meeting(coder: Coder) -> None:
    assert coded(coder, "Egypt hosted Hamas leaders.") == [
        ("CONSULT", "asserted", ["EGY"], ["HAMAS"])]
