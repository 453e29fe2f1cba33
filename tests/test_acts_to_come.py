"""Model-free tests of acts not done and of the dates of acts to come: "has not ruled out
sending more troops" sends none (hypothetical); "Britain will impose new sanctions ..., the
foreign secretary said on Monday" has no date (Monday dates the saying; the text does not say
when the act will be), while "will impose new sanctions ... on Monday" is the coming Monday.
Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for
these tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PUBLISHED = "2024-05-15"

PARSES = {
    "The United States has not ruled out sending more troops to Poland.": [
        ("The", 2, "det", "DET", "DT", "the"),
        ("United", 2, "compound", "PROPN", "NNP", "United"),
        ("States", 5, "nsubj", "PROPN", "NNP", "States"),
        ("has", 5, "aux", "AUX", "VBZ", "have"),
        ("not", 5, "neg", "PART", "RB", "not"),
        ("ruled", 5, "ROOT", "VERB", "VBN", "rule"),
        ("out", 5, "prt", "ADP", "RP", "out"),
        ("sending", 5, "advcl", "VERB", "VBG", "send"),
        ("more", 9, "amod", "ADJ", "JJR", "more"),
        ("troops", 7, "dobj", "NOUN", "NNS", "troop"),
        ("to", 7, "prep", "ADP", "IN", "to"),
        ("Poland", 10, "pobj", "PROPN", "NNP", "Poland"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ],
    "Britain will impose new sanctions on Iranian officials, the foreign secretary said on Monday.": [
        ("Britain", 2, "nsubj", "PROPN", "NNP", "Britain"),
        ("will", 2, "aux", "AUX", "MD", "will"),
        ("impose", 12, "ccomp", "VERB", "VB", "impose"),
        ("new", 4, "amod", "ADJ", "JJ", "new"),
        ("sanctions", 2, "dobj", "NOUN", "NNS", "sanction"),
        ("on", 4, "prep", "ADP", "IN", "on"),
        ("Iranian", 7, "amod", "ADJ", "JJ", "iranian"),
        ("officials", 5, "pobj", "NOUN", "NNS", "official"),
        (",", 12, "punct", "PUNCT", ",", ","),
        ("the", 11, "det", "DET", "DT", "the"),
        ("foreign", 11, "amod", "ADJ", "JJ", "foreign"),
        ("secretary", 12, "nsubj", "NOUN", "NN", "secretary"),
        ("said", 12, "ROOT", "VERB", "VBD", "say"),
        ("on", 12, "prep", "ADP", "IN", "on"),
        ("Monday", 13, "pobj", "PROPN", "NNP", "Monday"),
        (".", 12, "punct", "PUNCT", ".", "."),
    ],
    "Britain will impose new sanctions on Iranian officials on Monday.": [
        ("Britain", 2, "nsubj", "PROPN", "NNP", "Britain"),
        ("will", 2, "aux", "AUX", "MD", "will"),
        ("impose", 2, "ROOT", "VERB", "VB", "impose"),
        ("new", 4, "amod", "ADJ", "JJ", "new"),
        ("sanctions", 2, "dobj", "NOUN", "NNS", "sanction"),
        ("on", 4, "prep", "ADP", "IN", "on"),
        ("Iranian", 7, "amod", "ADJ", "JJ", "iranian"),
        ("officials", 5, "pobj", "NOUN", "NNS", "official"),
        ("on", 2, "prep", "ADP", "IN", "on"),
        ("Monday", 8, "pobj", "PROPN", "NNP", "Monday"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return [(ev.event, ev.status, ev.date)
            for ev in code_one(coder, text, PARSES[text], PUBLISHED)]


def test_what_is_not_ruled_out_is_not_done(coder: Coder) -> None:
    text = "The United States has not ruled out sending more troops to Poland."
    assert coded(coder, text) == [("REJECT", "negated", None),
                                  ("MOBILIZE", "hypothetical", None)]


def test_an_act_to_come_is_not_dated_by_its_announcement(coder: Coder) -> None:
    text = ("Britain will impose new sanctions on Iranian officials, the foreign secretary said "
            "on Monday.")
    assert coded(coder, text) == [("SANCTION", "future", None)]


def test_an_act_to_come_on_a_weekday_is_the_coming_one(coder: Coder) -> None:
    text = "Britain will impose new sanctions on Iranian officials on Monday."
    assert coded(coder, text) == [("SANCTION", "future", "2024-05-20")]
