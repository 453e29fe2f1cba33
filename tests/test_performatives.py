"""Model-free test of announcements that perform what they announce.

"I am announcing today that Britain will leave the treaty": an announcement in the first person
and the present does what it says (the leaving is asserted) and is no stated intent. Docs are
built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for these
tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PUBLISHED = "2018-05-09"

PARSES = {
    "\"I am announcing today that Britain will leave the treaty,\" the prime minister said.": [
        ("\"", 16, "punct", "PUNCT", "``", "\""),
        ("I", 3, "nsubj", "PRON", "PRP", "I"),
        ("am", 3, "aux", "AUX", "VBP", "be"),
        ("announcing", 16, "ccomp", "VERB", "VBG", "announce"),
        ("today", 3, "npadvmod", "NOUN", "NN", "today"),
        ("that", 8, "mark", "SCONJ", "IN", "that"),
        ("Britain", 8, "nsubj", "PROPN", "NNP", "Britain"),
        ("will", 8, "aux", "AUX", "MD", "will"),
        ("leave", 3, "ccomp", "VERB", "VB", "leave"),
        ("the", 10, "det", "DET", "DT", "the"),
        ("treaty", 8, "dobj", "NOUN", "NN", "treaty"),
        (",", 16, "punct", "PUNCT", ",", ","),
        ("\"", 16, "punct", "PUNCT", "''", "\""),
        ("the", 15, "det", "DET", "DT", "the"),
        ("prime", 15, "compound", "PROPN", "NNP", "prime"),
        ("minister", 16, "nsubj", "PROPN", "NNP", "minister"),
        ("said", 16, "ROOT", "VERB", "VBD", "say"),
        (".", 16, "punct", "PUNCT", ".", "."),
    ],
    "The prime minister said Britain will leave the treaty.": [
        ("The", 2, "det", "DET", "DT", "the"),
        ("prime", 2, "amod", "ADJ", "JJ", "prime"),
        ("minister", 3, "nsubj", "NOUN", "NN", "minister"),
        ("said", 3, "ROOT", "VERB", "VBD", "say"),
        ("Britain", 6, "nsubj", "PROPN", "NNP", "Britain"),
        ("will", 6, "aux", "AUX", "MD", "will"),
        ("leave", 3, "ccomp", "VERB", "VB", "leave"),
        ("the", 8, "det", "DET", "DT", "the"),
        ("treaty", 6, "dobj", "NOUN", "NN", "treaty"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return [(ev.event, ev.status, [e.code for e in ev.actor])
            for ev in code_one(coder, text, PARSES[text], PUBLISHED)]


def test_an_announcement_in_the_present_performs_the_act(coder: Coder) -> None:
    text = next(t for t in PARSES if t.startswith('"'))
    assert coded(coder, text) == [("SANCTION", "asserted", ["GBR"])]


def test_a_reported_plan_stays_to_come(coder: Coder) -> None:
    text = "The prime minister said Britain will leave the treaty."
    assert coded(coder, text) == [("SANCTION", "future", ["GBR"])]
