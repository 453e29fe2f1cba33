"""Model-free tests of acts one stops short of: "stopped short of signing it" is a signing by
those who stopped (not by the place of the talks, and "it" is the draft, no party) that did
not happen; and "March" in "in March 2017" is a month, no march. Docs are built by hand in the
shape en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2023-05-02"

PARSES = {
    "Armenia and Azerbaijan endorsed the draft at talks in Washington on Monday but stopped short of signing it.": [
        ("Armenia", 3, "nsubj", "PROPN", "NNP", "Armenia"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("Azerbaijan", 0, "conj", "PROPN", "NNP", "Azerbaijan"),
        ("endorsed", 3, "ROOT", "VERB", "VBD", "endorse"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("draft", 3, "dobj", "NOUN", "NN", "draft"),
        ("at", 3, "prep", "ADP", "IN", "at"),
        ("talks", 6, "pobj", "NOUN", "NNS", "talk"),
        ("in", 7, "prep", "ADP", "IN", "in"),
        ("Washington", 8, "pobj", "PROPN", "NNP", "Washington"),
        ("on", 3, "prep", "ADP", "IN", "on"),
        ("Monday", 10, "pobj", "PROPN", "NNP", "Monday"),
        ("but", 3, "cc", "CCONJ", "CC", "but"),
        ("stopped", 3, "conj", "VERB", "VBD", "stop"),
        ("short", 13, "advmod", "ADV", "RB", "short"),
        ("of", 14, "prep", "ADP", "IN", "of"),
        ("signing", 15, "pcomp", "VERB", "VBG", "sign"),
        ("it", 16, "dobj", "PRON", "PRP", "it"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Colombia and the FARC signed the revised accord in March 2017.": [
        ("Colombia", 4, "nsubj", "PROPN", "NNP", "Colombia"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("FARC", 0, "conj", "NOUN", "NNS", "FARC"),
        ("signed", 4, "ROOT", "VERB", "VBD", "sign"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("revised", 7, "amod", "VERB", "VBN", "revise"),
        ("accord", 4, "dobj", "NOUN", "NN", "accord"),
        ("in", 4, "prep", "ADP", "IN", "in"),
        ("March", 8, "pobj", "PROPN", "NNP", "March"),
        ("2017", 9, "nummod", "NUM", "CD", "2017"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_stopping_short_of_an_act_negates_it(coder: Coder) -> None:
    text = ("Armenia and Azerbaijan endorsed the draft at talks in Washington on Monday but "
            "stopped short of signing it.")
    assert ("AGREE", "negated", ["ARM", "AZE"], []) in coded(coder, text)
    assert all(status != "asserted" for event, status, *_ in coded(coder, text)
               if event == "AGREE")


def test_march_the_month_is_no_march(coder: Coder) -> None:
    text = "Colombia and the FARC signed the revised accord in March 2017."
    assert [c for c in coded(coder, text) if c[0] == "PROTEST"] == []
    assert ("AGREE", "asserted", ["COL", "FARC"], []) in coded(coder, text)
