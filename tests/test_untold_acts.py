"""Model-free tests of acts not told: "sent neither a warship nor a battalion" negates the
sending as "no warship" does, and "has not said whether Boric will agree" states no intent (nor a
refusal) and leaves the agreeing an open question (hypothetical). Docs are built by hand in
the shape en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PUBLISHED = "2023-08-10"

NEITHER = "Chile sent neither a warship nor a battalion to Peru."
UNSAID = "Santiago has not said whether Boric will agree."

PARSES: dict[str, list[tuple]] = {
    "Chile sent neither a warship nor a battalion to Peru.": [
        ("Chile", 1, "nsubj", "PROPN", "NNP", "Chile"),
        ("sent", 1, "ROOT", "VERB", "VBD", "send"),
        ("neither", 4, "preconj", "CCONJ", "CC", "neither"),
        ("a", 4, "det", "DET", "DT", "a"),
        ("warship", 1, "dobj", "NOUN", "NN", "warship"),
        ("nor", 4, "cc", "CCONJ", "CC", "nor"),
        ("a", 7, "det", "DET", "DT", "a"),
        ("battalion", 4, "conj", "NOUN", "NN", "battalion"),
        ("to", 7, "prep", "ADP", "IN", "to"),
        ("Peru", 8, "pobj", "PROPN", "NNP", "Peru"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Santiago has not said whether Boric will agree.": [
        ("Santiago", 3, "nsubj", "PROPN", "NNP", "Santiago"),
        ("has", 3, "aux", "AUX", "VBZ", "have"),
        ("not", 3, "neg", "PART", "RB", "not"),
        ("said", 3, "ROOT", "VERB", "VBN", "say"),
        ("whether", 7, "mark", "SCONJ", "IN", "whether"),
        ("Boric", 7, "nsubj", "PROPN", "NNP", "Boric"),
        ("will", 7, "aux", "AUX", "MD", "will"),
        ("agree", 3, "ccomp", "VERB", "VB", "agree"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
}


def found(coder: Coder, text: str) -> list[tuple]:
    return [(ev.event, ev.status) for ev in code_one(coder, text, PARSES[text], PUBLISHED)]


def test_neither_nor_negates_the_act(coder: Coder) -> None:
    assert found(coder, NEITHER) == [("MOBILIZE", "negated")]


def test_not_saying_whether_one_will_agree_is_no_refusal(coder: Coder) -> None:
    assert found(coder, UNSAID) == [("AGREE", "hypothetical")]
