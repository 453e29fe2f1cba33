"""Model-free tests of acts told again by ellipsis (EVENTS.md section 2): "Croatia followed
in 2009" after "Romania and Latvia joined NATO in 2004", "France did the same" after
"Britain expelled two Russian diplomats" are the same deed by the new subject, toward the
same recipients; so is an elided "as did Canada" or "and so did Germany". Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these
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
    "Britain imposed sanctions on Russia, as did Canada.": [
        ("Britain", 1, "nsubj", "PROPN", "NNP", "Britain"),
        ("imposed", 1, "ROOT", "VERB", "VBD", "impose"),
        ("sanctions", 1, "dobj", "NOUN", "NNS", "sanction"),
        ("on", 2, "prep", "ADP", "IN", "on"),
        ("Russia", 3, "pobj", "PROPN", "NNP", "Russia"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("as", 7, "mark", "SCONJ", "IN", "as"),
        ("did", 1, "advcl", "VERB", "VBD", "do"),
        ("Canada", 7, "nsubj", "PROPN", "NNP", "Canada"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "France recalled its ambassador, and so did Germany.": [
        ("France", 1, "nsubj", "PROPN", "NNP", "France"),
        ("recalled", 1, "ROOT", "VERB", "VBD", "recall"),
        ("its", 3, "poss", "PRON", "PRP$", "its"),
        ("ambassador", 1, "dobj", "NOUN", "NN", "ambassador"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("and", 1, "cc", "CCONJ", "CC", "and"),
        ("so", 7, "advmod", "ADV", "RB", "so"),
        ("did", 1, "conj", "VERB", "VBD", "do"),
        ("Germany", 7, "nsubj", "PROPN", "NNP", "Germany"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ],
    "Britain imposed sanctions on Russia, as it did in 2014.": [
        ("Britain", 1, "nsubj", "PROPN", "NNP", "Britain"),
        ("imposed", 1, "ROOT", "VERB", "VBD", "impose"),
        ("sanctions", 1, "dobj", "NOUN", "NNS", "sanction"),
        ("on", 2, "prep", "ADP", "IN", "on"),
        ("Russia", 3, "pobj", "PROPN", "NNP", "Russia"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("as", 8, "mark", "SCONJ", "IN", "as"),
        ("it", 8, "nsubj", "PRON", "PRP", "it"),
        ("did", 1, "advcl", "VERB", "VBD", "do"),
        ("in", 8, "prep", "ADP", "IN", "in"),
        ("2014", 9, "pobj", "NUM", "CD", "2014"),
        (".", 1, "punct", "PUNCT", ".", "."),
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


def test_as_did_repeats_the_deed_of_its_clause(coder: Coder) -> None:
    text = "Britain imposed sanctions on Russia, as did Canada."
    assert [ev[:3] for ev in coded(coder, text)] == [("SANCTION", ["GBR"], ["RUS"]),
                                                     ("SANCTION", ["CAN"], ["RUS"])]


def test_so_did_repeats_the_deed_of_its_clause(coder: Coder) -> None:
    text = "France recalled its ambassador, and so did Germany."
    assert [ev[:2] for ev in coded(coder, text)] == [("SANCTION", ["FRA"]),
                                                     ("SANCTION", ["DEU"])]


def test_as_it_did_before_is_no_second_actor(coder: Coder) -> None:
    text = "Britain imposed sanctions on Russia, as it did in 2014."
    assert [ev[:3] for ev in coded(coder, text)] == [("SANCTION", ["GBR"], ["RUS"])]
