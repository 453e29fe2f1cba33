"""Model-free tests of orders and leave to act (EVENTS.md sections 2 and 5).

Forces ordered somewhere ("ordered troops to the border") are sent there (MOBILIZE, CAMEO 154),
not asked anything; forces ordered to do an act are asked it. Leave to act ("authorised the
CIA to carry out covert operations") tells no act done. A government jailing opponents acts on
its own people. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these
sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2025-10-25"

PARSES = {
    "Trump said he had authorised the CIA to carry out covert operations in Venezuela.": [
        ("Trump", 1, "nsubj", "NOUN", "NN", "trump"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("he", 4, "nsubj", "PRON", "PRP", "he"),
        ("had", 4, "aux", "AUX", "VBD", "have"),
        ("authorised", 1, "ccomp", "VERB", "VBN", "authorise"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("CIA", 4, "dobj", "PROPN", "NNP", "CIA"),
        ("to", 8, "aux", "PART", "TO", "to"),
        ("carry", 4, "xcomp", "VERB", "VB", "carry"),
        ("out", 8, "prt", "ADP", "RP", "out"),
        ("covert", 11, "amod", "ADJ", "JJ", "covert"),
        ("operations", 8, "dobj", "NOUN", "NNS", "operation"),
        ("in", 11, "prep", "ADP", "IN", "in"),
        ("Venezuela", 12, "pobj", "PROPN", "NNP", "Venezuela"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "The police have jailed hundreds of opponents in Uganda.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("police", 3, "nsubj", "NOUN", "NNS", "police"),
        ("have", 3, "aux", "AUX", "VBP", "have"),
        ("jailed", 3, "ROOT", "VERB", "VBN", "jail"),
        ("hundreds", 3, "dobj", "NOUN", "NNS", "hundred"),
        ("of", 4, "prep", "ADP", "IN", "of"),
        ("opponents", 5, "pobj", "NOUN", "NNS", "opponent"),
        ("in", 3, "prep", "ADP", "IN", "in"),
        ("Uganda", 7, "pobj", "PROPN", "NNP", "Uganda"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Putin ordered troops to the border with Ukraine.": [
        ("Putin", 1, "nsubj", "PROPN", "NNP", "Putin"),
        ("ordered", 1, "ROOT", "VERB", "VBD", "order"),
        ("troops", 1, "dobj", "NOUN", "NNS", "troop"),
        ("to", 1, "prep", "ADP", "IN", "to"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("border", 3, "pobj", "NOUN", "NN", "border"),
        ("with", 5, "prep", "ADP", "IN", "with"),
        ("Ukraine", 6, "pobj", "PROPN", "NNP", "Ukraine"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Putin ordered troops to withdraw from the border.": [
        ("Putin", 1, "nsubj", "PROPN", "NNP", "Putin"),
        ("ordered", 1, "ROOT", "VERB", "VBD", "order"),
        ("troops", 1, "dobj", "NOUN", "NNS", "troop"),
        ("to", 4, "aux", "PART", "TO", "to"),
        ("withdraw", 1, "xcomp", "VERB", "VB", "withdraw"),
        ("from", 4, "prep", "ADP", "IN", "from"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("border", 5, "pobj", "NOUN", "NN", "border"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_forces_ordered_somewhere_are_sent_there(coder: Coder) -> None:
    assert coded(coder, "Putin ordered troops to the border with Ukraine.") == [
        ("MOBILIZE", "asserted", ["RUS"], ["UKR"])]


def test_forces_ordered_to_act_are_asked_to(coder: Coder) -> None:
    events = coded(coder, "Putin ordered troops to withdraw from the border.")
    assert not any(ev[0] == "MOBILIZE" for ev in events)
    assert [ev[0] for ev in events if ev[1] == "asserted"] == ["REQUEST"]


def test_leave_to_act_tells_no_act_done(coder: Coder) -> None:
    events = coded(coder, "Trump said he had authorised the CIA to carry out covert operations "
                          "in Venezuela.")
    assert ("ASSAULT", "hypothetical", ["USA"], ["VEN"]) in events
    assert not any(ev[0] == "ASSAULT" and ev[1] == "asserted" for ev in events)


def test_opponents_jailed_are_the_governments_own(coder: Coder) -> None:
    assert coded(coder, "The police have jailed hundreds of opponents in Uganda.") == [
        ("COERCE", "asserted", ["UGA"], ["UGA"])]
