"""Model-free tests of readings of who: "the two countries' security chiefs" are the pair's;
a participle clause is passive ("Backed by Russia, Syria attacked": Russia backs Syria); "all
options are on the table", said by a side, is its threat; and a side taken is its owner's.
Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for
these tests)."""

from __future__ import annotations

from docbuild import code_doc, code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2022-09-20"

PARSES = {
    "Pence repeated that all options were on the table.": [
        ("Pence", 1, "nsubj", "NOUN", "NNS", "penny"),
        ("repeated", 1, "ROOT", "VERB", "VBD", "repeat"),
        ("that", 5, "mark", "SCONJ", "IN", "that"),
        ("all", 4, "det", "DET", "DT", "all"),
        ("options", 5, "nsubj", "NOUN", "NNS", "option"),
        ("were", 1, "ccomp", "AUX", "VBD", "be"),
        ("on", 5, "prep", "ADP", "IN", "on"),
        ("the", 8, "det", "DET", "DT", "the"),
        ("table", 6, "pobj", "NOUN", "NN", "table"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Backed by Russia, Syria attacked Idlib.": [
        ("Backed", 5, "advcl", "VERB", "VBN", "back"),
        ("by", 0, "agent", "ADP", "IN", "by"),
        ("Russia", 1, "pobj", "PROPN", "NNP", "Russia"),
        (",", 5, "punct", "PUNCT", ",", ","),
        ("Syria", 5, "nsubj", "PROPN", "NNP", "Syria"),
        ("attacked", 5, "ROOT", "VERB", "VBD", "attack"),
        ("Idlib", 5, "dobj", "PROPN", "NNP", "Idlib"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ],
    "Kyrgyz and Tajik troops fought along the border on Wednesday.": [
        ("Kyrgyz", 4, "nsubj", "PROPN", "NNP", "Kyrgyz"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("Tajik", 3, "compound", "PROPN", "NNP", "Tajik"),
        ("troops", 0, "conj", "NOUN", "NNS", "troop"),
        ("fought", 4, "ROOT", "VERB", "VBD", "fight"),
        ("along", 4, "prep", "ADP", "IN", "along"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("border", 5, "pobj", "NOUN", "NN", "border"),
        ("on", 4, "prep", "ADP", "IN", "on"),
        ("Wednesday", 8, "pobj", "PROPN", "NNP", "Wednesday"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ],
    "The fighting stopped when the two countries' security chiefs agreed on a ceasefire.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("fighting", 2, "nsubj", "NOUN", "NN", "fighting"),
        ("stopped", 2, "ROOT", "VERB", "VBD", "stop"),
        ("when", 10, "advmod", "SCONJ", "WRB", "when"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("two", 6, "nummod", "NUM", "CD", "two"),
        ("countries", 9, "poss", "NOUN", "NNS", "country"),
        ("'", 6, "case", "PART", "POS", "'"),
        ("security", 9, "compound", "NOUN", "NN", "security"),
        ("chiefs", 10, "nsubj", "NOUN", "NNS", "chief"),
        ("agreed", 2, "advcl", "VERB", "VBD", "agree"),
        ("on", 10, "prep", "ADP", "IN", "on"),
        ("a", 13, "det", "DET", "DT", "a"),
        ("ceasefire", 11, "pobj", "NOUN", "NN", "ceasefire"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Egypt has taken Somalia's side.": [
        ("Egypt", 2, "nsubj", "PROPN", "NNP", "Egypt"),
        ("has", 2, "aux", "AUX", "VBZ", "have"),
        ("taken", 2, "ROOT", "VERB", "VBN", "take"),
        ("Somalia", 5, "poss", "PROPN", "NNP", "Somalia"),
        ("'s", 3, "case", "PART", "POS", "'s"),
        ("side", 2, "dobj", "NOUN", "NN", "side"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_the_two_countries_officials_are_the_pairs(coder: Coder) -> None:
    texts = ["Kyrgyz and Tajik troops fought along the border on Wednesday.",
             "The fighting stopped when the two countries' security chiefs agreed on a ceasefire."]
    events = summary(code_doc(coder, [(t, PARSES[t]) for t in texts], PUBLISHED, infer=False))
    assert ("AGREE", "asserted", ["KGZ", "TJK"], []) in events


def test_a_participle_clause_is_passive(coder: Coder) -> None:
    found = coded(coder, "Backed by Russia, Syria attacked Idlib.")
    assert ("SUPPORT", "asserted", ["RUS"], ["SYR"]) in found
    assert not any(ev[0] == "SUPPORT" and ev[2] == ["SYR"] for ev in found)


def test_all_options_on_the_table_is_a_threat(coder: Coder) -> None:
    assert coded(coder, "Pence repeated that all options were on the table.") == [
        ("THREATEN", "asserted", ["USA"], [])]


def test_taking_a_partys_side_supports_it(coder: Coder) -> None:
    assert coded(coder, "Egypt has taken Somalia's side.") == [
        ("SUPPORT", "asserted", ["EGY"], ["SOM"])]
