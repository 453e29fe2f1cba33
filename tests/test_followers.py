"""Model-free tests of acts told again by ellipsis (EVENTS.md section 2): "Croatia followed
in 2009" after "Romania and Latvia joined NATO in 2004", "France did the same" after
"Britain expelled two Russian diplomats" are the same deed by the new subject, toward the
same recipients. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these
sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PUBLISHED = "2010-01-05"

PARSES = {
    "Romania and Latvia joined NATO in 2004; Croatia followed in 2009.": [
        ("Romania", 3, "nsubj", "PROPN", "NNP", "Romania"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("Latvia", 0, "conj", "PROPN", "NNP", "Latvia"),
        ("joined", 9, "ccomp", "VERB", "VBD", "join"),
        ("NATO", 3, "dobj", "PROPN", "NNP", "NATO"),
        ("in", 3, "prep", "ADP", "IN", "in"),
        ("2004", 5, "pobj", "NUM", "CD", "2004"),
        (";", 9, "punct", "PUNCT", ":", ";"),
        ("Croatia", 9, "nsubj", "PROPN", "NNP", "Croatia"),
        ("followed", 9, "ROOT", "VERB", "VBD", "follow"),
        ("in", 9, "prep", "ADP", "IN", "in"),
        ("2009", 10, "pobj", "NUM", "CD", "2009"),
        (".", 9, "punct", "PUNCT", ".", "."),
    ],
    "Britain expelled two Russian diplomats, and France did the same.": [
        ("Britain", 1, "nsubj", "PROPN", "NNP", "Britain"),
        ("expelled", 1, "ROOT", "VERB", "VBD", "expel"),
        ("two", 4, "nummod", "NUM", "CD", "two"),
        ("Russian", 4, "amod", "ADJ", "JJ", "russian"),
        ("diplomats", 1, "dobj", "NOUN", "NNS", "diplomat"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("and", 1, "cc", "CCONJ", "CC", "and"),
        ("France", 8, "nsubj", "PROPN", "NNP", "France"),
        ("did", 1, "conj", "VERB", "VBD", "do"),
        ("the", 10, "det", "DET", "DT", "the"),
        ("same", 8, "dobj", "ADJ", "JJ", "same"),
        (".", 8, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return [(ev.event, [e.code for e in ev.actor], [e.code for e in ev.recipient], ev.date)
            for ev in code_one(coder, text, PARSES[text], PUBLISHED)]


def test_followed_repeats_the_deed_with_its_own_date(coder: Coder) -> None:
    text = "Romania and Latvia joined NATO in 2004; Croatia followed in 2009."
    assert coded(coder, text) == [("COOPERATE", ["ROU", "LVA"], ["NATO"], "2004"),
                                  ("COOPERATE", ["HRV"], ["NATO"], "2009")]


def test_did_the_same_repeats_the_deed(coder: Coder) -> None:
    text = "Britain expelled two Russian diplomats, and France did the same."
    assert [ev[:3] for ev in coded(coder, text)] == [("SANCTION", ["GBR"], ["RUS"]),
                                                     ("SANCTION", ["FRA"], ["RUS"])]
