"""Model-free tests of aid and cooperation ended.

"France suspended its aid to Niger" is a sanction (CAMEO 162, reduce or stop aid); the noun
"aid", whose "its" names the giver, tells no aid given beside it, nor does "most of its aid". Ending "its military
cooperation with Mali" cuts ties (CAMEO 160), with no cooperation told as done. Docs are built
by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2023-08-10"

PARSES = {
    "Washington suspended most of its aid to Niger.": [
        ("Washington", 1, "nsubj", "PROPN", "NNP", "Washington"),
        ("suspended", 1, "ROOT", "VERB", "VBD", "suspend"),
        ("most", 1, "dobj", "ADJ", "JJS", "most"),
        ("of", 2, "prep", "ADP", "IN", "of"),
        ("its", 5, "poss", "PRON", "PRP$", "its"),
        ("aid", 3, "pobj", "NOUN", "NN", "aid"),
        ("to", 1, "prep", "ADP", "IN", "to"),
        ("Niger", 6, "pobj", "PROPN", "NNP", "Niger"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "France suspended its aid to Niger.": [
        ("France", 1, "nsubj", "PROPN", "NNP", "France"),
        ("suspended", 1, "ROOT", "VERB", "VBD", "suspend"),
        ("its", 3, "poss", "PRON", "PRP$", "its"),
        ("aid", 1, "dobj", "NOUN", "NN", "aid"),
        ("to", 1, "prep", "ADP", "IN", "to"),
        ("Niger", 4, "pobj", "PROPN", "NNP", "Niger"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "France ended its military cooperation with Mali.": [
        ("France", 1, "nsubj", "PROPN", "NNP", "France"),
        ("ended", 1, "ROOT", "VERB", "VBD", "end"),
        ("its", 4, "poss", "PRON", "PRP$", "its"),
        ("military", 4, "amod", "ADJ", "JJ", "military"),
        ("cooperation", 1, "dobj", "NOUN", "NN", "cooperation"),
        ("with", 4, "prep", "ADP", "IN", "with"),
        ("Mali", 5, "pobj", "PROPN", "NNP", "Mali"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple[str, str, list[str], list[str]]]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_aid_suspended_is_a_sanction_and_no_aid(coder: Coder) -> None:
    assert coded(coder, "France suspended its aid to Niger.") == [
        ("SANCTION", "asserted", ["FRA"], ["NER"])]


def test_part_of_the_aid_suspended_is_no_aid_either(coder: Coder) -> None:
    assert coded(coder, "Washington suspended most of its aid to Niger.") == [
        ("SANCTION", "asserted", ["USA"], ["NER"])]


def test_cooperation_ended_cuts_ties_and_is_no_cooperation(coder: Coder) -> None:
    events = code_one(coder, "France ended its military cooperation with Mali.",
                      PARSES["France ended its military cooperation with Mali."], PUBLISHED)
    assert summary(events) == [("SANCTION", "asserted", ["FRA"], ["MLI"])]
    assert events[0].cameo == "160"
