"""Model-free tests of demands made by sending, presenting or issuing them ("sent Qatar a
list of 13 demands"), and of an act whose object is "no ..." ("made no demands of Belgrade"),
which did not happen; pressing ahead asks no one; sanctions one must keep in place are
prescribed, as keeping them is the act. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these
sentences (written for these tests)."""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2020-01-08"

PARSES = {
    "Egypt sent Sudan a list of ten demands on Monday.": [
        ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
        ("sent", 1, "ROOT", "VERB", "VBD", "send"),
        ("Sudan", 1, "dative", "PROPN", "NNP", "Sudan"),
        ("a", 4, "det", "DET", "DT", "a"),
        ("list", 1, "dobj", "NOUN", "NN", "list"),
        ("of", 4, "prep", "ADP", "IN", "of"),
        ("ten", 7, "nummod", "NUM", "CD", "ten"),
        ("demands", 5, "pobj", "NOUN", "NNS", "demand"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("Monday", 8, "pobj", "PROPN", "NNP", "Monday"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Egypt made no demands of Sudan.": [
        ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
        ("made", 1, "ROOT", "VERB", "VBD", "make"),
        ("no", 3, "det", "DET", "DT", "no"),
        ("demands", 1, "dobj", "NOUN", "NNS", "demand"),
        ("of", 3, "prep", "ADP", "IN", "of"),
        ("Sudan", 4, "pobj", "PROPN", "NNP", "Sudan"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Kenya pressed ahead with the vote despite an order from Ethiopia.": [
        ("Kenya", 1, "nsubj", "PROPN", "NNP", "Kenya"),
        ("pressed", 1, "ROOT", "VERB", "VBD", "press"),
        ("ahead", 1, "advmod", "ADV", "RB", "ahead"),
        ("with", 1, "prep", "ADP", "IN", "with"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("vote", 3, "pobj", "NOUN", "NN", "vote"),
        ("despite", 1, "prep", "SCONJ", "IN", "despite"),
        ("an", 8, "det", "DET", "DT", "an"),
        ("order", 6, "pobj", "NOUN", "NN", "order"),
        ("from", 8, "prep", "ADP", "IN", "from"),
        ("Ethiopia", 9, "pobj", "PROPN", "NNP", "Ethiopia"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "The EU must keep its sanctions on Belarus in place.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("EU", 3, "nsubj", "PROPN", "NNP", "EU"),
        ("must", 3, "aux", "AUX", "MD", "must"),
        ("keep", 3, "ROOT", "VERB", "VB", "keep"),
        ("its", 5, "poss", "PRON", "PRP$", "its"),
        ("sanctions", 3, "dobj", "NOUN", "NNS", "sanction"),
        ("on", 5, "prep", "ADP", "IN", "on"),
        ("Belarus", 6, "pobj", "PROPN", "NNP", "Belarus"),
        ("in", 3, "prep", "ADP", "IN", "in"),
        ("place", 8, "pobj", "NOUN", "NN", "place"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_demands_sent_are_made_of_whom_they_go_to(coder: Coder) -> None:
    assert coded(coder, "Egypt sent Sudan a list of ten demands on Monday.") == [
        ("REQUEST", "asserted", ["EGY"], ["SDN"])]


def test_an_act_on_no_object_did_not_happen(coder: Coder) -> None:
    found = coded(coder, "Egypt made no demands of Sudan.")
    assert ("REQUEST", "negated", ["EGY"], ["SDN"]) in found
    assert not any(ev[1] == "asserted" for ev in found)


def test_pressing_ahead_asks_no_one(coder: Coder) -> None:
    found = coded(coder, "Kenya pressed ahead with the vote despite an order from Ethiopia.")
    assert not any(ev[0] == "REQUEST" and ev[2] == ["KEN"] for ev in found)


def test_sanctions_one_must_keep_are_prescribed(coder: Coder) -> None:
    assert coded(coder, "The EU must keep its sanctions on Belarus in place.") == [
        ("SANCTION", "hypothetical", ["EU"], ["BLR"])]
