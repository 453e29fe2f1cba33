"""Model-free tests of which date of a sentence an act takes: a date inside another act's
relative clause ("the government, which emerged from a deal signed in 2015") is that act's,
so the act of the main clause keeps the story's date. Docs are built by hand in the shape
en_core_web_sm 3.8.0 parses these sentences (written for these tests)."""

from __future__ import annotations

from docbuild import code_doc
from parley.events.coder import Coder

PUBLISHED = "2019-04-10"

PARSES = {
    "Chad attacked Sudan on 4 April 2019.": [
        ("Chad", 1, "nsubj", "PROPN", "NNP", "Chad"),
        ("attacked", 1, "ROOT", "VERB", "VBD", "attack"),
        ("Sudan", 1, "dobj", "PROPN", "NNP", "Sudan"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("4", 5, "nummod", "NUM", "CD", "4"),
        ("April", 3, "pobj", "PROPN", "NNP", "April"),
        ("2019", 5, "nummod", "NUM", "CD", "2019"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Chad has refused to recognise the Khartoum government, which emerged from a peace deal signed in Juba in 2015.": [
        ("Chad", 2, "nsubj", "PROPN", "NNP", "Chad"),
        ("has", 2, "aux", "AUX", "VBZ", "have"),
        ("refused", 2, "ROOT", "VERB", "VBN", "refuse"),
        ("to", 4, "aux", "PART", "TO", "to"),
        ("recognise", 2, "xcomp", "VERB", "VB", "recognise"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("Khartoum", 7, "compound", "PROPN", "NNP", "Khartoum"),
        ("government", 4, "dobj", "NOUN", "NN", "government"),
        (",", 7, "punct", "PUNCT", ",", ","),
        ("which", 10, "nsubj", "PRON", "WDT", "which"),
        ("emerged", 7, "relcl", "VERB", "VBD", "emerge"),
        ("from", 10, "prep", "ADP", "IN", "from"),
        ("a", 14, "det", "DET", "DT", "a"),
        ("peace", 14, "compound", "NOUN", "NN", "peace"),
        ("deal", 11, "pobj", "NOUN", "NN", "deal"),
        ("signed", 14, "acl", "VERB", "VBN", "sign"),
        ("in", 15, "prep", "ADP", "IN", "in"),
        ("Juba", 16, "pobj", "PROPN", "NNP", "Juba"),
        ("in", 15, "prep", "ADP", "IN", "in"),
        ("2015", 18, "pobj", "NUM", "CD", "2015"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
}


def test_a_date_in_another_acts_relative_clause_is_not_the_acts(coder: Coder) -> None:
    texts = ["Chad attacked Sudan on 4 April 2019.",
             "Chad has refused to recognise the Khartoum government, which emerged from a peace "
             "deal signed in Juba in 2015."]
    events = code_doc(coder, [(t, PARSES[t]) for t in texts], PUBLISHED, infer=False)
    refusal = [ev for ev in events if ev.event == "REJECT"]
    assert [(ev.date, ev.date_source) for ev in refusal] == [("2019-04-04", "narrative")]
