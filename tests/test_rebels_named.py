"""Model-free tests of "the rebels": in a text that has named one armed group ("Houthi
fighters"), "the rebels" are that group; where it has named two, the word does not say which.
Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written
for these tests).
"""

from __future__ import annotations

from docbuild import code_doc
from parley.events.coder import Coder

PUBLISHED = "2019-05-14"

ONE = "Houthi fighters completed their withdrawal from the ports, the United Nations said."
TWO = "Houthi fighters and al-Shabaab militants completed their withdrawal from the ports."
REBELS = "The rebels began pulling out on Saturday, handing the ports to the coast guard."

PARSES: dict[str, list[tuple]] = {
    "Houthi fighters completed their withdrawal from the ports, the United Nations said.": [
        ("Houthi", 1, "compound", "PROPN", "NNP", "Houthi"),
        ("fighters", 2, "nsubj", "NOUN", "NNS", "fighter"),
        ("completed", 12, "ccomp", "VERB", "VBD", "complete"),
        ("their", 4, "poss", "PRON", "PRP$", "their"),
        ("withdrawal", 2, "dobj", "NOUN", "NN", "withdrawal"),
        ("from", 4, "prep", "ADP", "IN", "from"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("ports", 5, "pobj", "NOUN", "NNS", "port"),
        (",", 12, "punct", "PUNCT", ",", ","),
        ("the", 11, "det", "DET", "DT", "the"),
        ("United", 11, "compound", "PROPN", "NNP", "United"),
        ("Nations", 12, "nsubj", "PROPN", "NNP", "Nations"),
        ("said", 12, "ROOT", "VERB", "VBD", "say"),
        (".", 12, "punct", "PUNCT", ".", "."),
    ],
    "The rebels began pulling out on Saturday, handing the ports to the coast guard.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("rebels", 2, "nsubj", "NOUN", "NNS", "rebel"),
        ("began", 2, "ROOT", "VERB", "VBD", "begin"),
        ("pulling", 2, "xcomp", "VERB", "VBG", "pull"),
        ("out", 3, "prt", "ADP", "RP", "out"),
        ("on", 3, "prep", "ADP", "IN", "on"),
        ("Saturday", 5, "pobj", "PROPN", "NNP", "Saturday"),
        (",", 2, "punct", "PUNCT", ",", ","),
        ("handing", 2, "advcl", "VERB", "VBG", "hand"),
        ("the", 10, "det", "DET", "DT", "the"),
        ("ports", 8, "dobj", "NOUN", "NNS", "port"),
        ("to", 8, "prep", "ADP", "IN", "to"),
        ("the", 14, "det", "DET", "DT", "the"),
        ("coast", 14, "compound", "NOUN", "NN", "coast"),
        ("guard", 11, "pobj", "NOUN", "NN", "guard"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Houthi fighters and al-Shabaab militants completed their withdrawal from the ports.": [
        ("Houthi", 1, "compound", "PROPN", "NNP", "Houthi"),
        ("fighters", 7, "nsubj", "NOUN", "NNS", "fighter"),
        ("and", 1, "cc", "CCONJ", "CC", "and"),
        ("al", 5, "compound", "PROPN", "NNP", "al"),
        ("-", 5, "punct", "PROPN", "NNP", "-"),
        ("Shabaab", 6, "amod", "PROPN", "NNP", "Shabaab"),
        ("militants", 1, "conj", "NOUN", "NNS", "militant"),
        ("completed", 7, "ROOT", "VERB", "VBD", "complete"),
        ("their", 9, "poss", "PRON", "PRP$", "their"),
        ("withdrawal", 7, "dobj", "NOUN", "NN", "withdrawal"),
        ("from", 9, "prep", "ADP", "IN", "from"),
        ("the", 12, "det", "DET", "DT", "the"),
        ("ports", 10, "pobj", "NOUN", "NNS", "port"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ],
}


def pulled_out(coder: Coder, first: str) -> list[list[str]]:
    events = code_doc(coder, [(first, PARSES[first]), (REBELS, PARSES[REBELS])], PUBLISHED)
    return [[e.code for e in ev.actor] for ev in events
            if ev.event == "RETREAT" and ev.event_text == REBELS]


def test_the_rebels_are_the_one_armed_group_named(coder: Coder) -> None:
    assert pulled_out(coder, ONE) == [["HOUTHI"]]


def test_the_rebels_of_two_groups_named_are_no_one_in_particular(coder: Coder) -> None:
    assert pulled_out(coder, TWO) == []
