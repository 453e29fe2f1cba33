"""Model-free tests of "the group" after a name whose holder changed (EVENTS.md section 3).

"The TTP attacked a Pakistani checkpoint. The Taliban denied the charge. Later the group
killed eleven soldiers": in 2025 the Taliban are Afghanistan's government, not a group, so
"the group" is still the TTP. Docs are built by hand in the shape en_core_web_sm 3.8.0
parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, summary
from parley.events.coder import Coder

PARSES = {
    "The TTP attacked a Pakistani checkpoint.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("TTP", 2, "nsubj", "PROPN", "NNP", "TTP"),
        ("attacked", 2, "ROOT", "VERB", "VBD", "attack"),
        ("a", 5, "det", "DET", "DT", "a"),
        ("Pakistani", 5, "amod", "ADJ", "JJ", "pakistani"),
        ("checkpoint", 2, "dobj", "NOUN", "NN", "checkpoint"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "The Taliban denied the charge.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("Taliban", 2, "nsubj", "PROPN", "NNP", "Taliban"),
        ("denied", 2, "ROOT", "VERB", "VBD", "deny"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("charge", 2, "dobj", "NOUN", "NN", "charge"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Later the group killed eleven soldiers.": [
        ("Later", 3, "advmod", "ADV", "RBR", "later"),
        ("the", 2, "det", "DET", "DT", "the"),
        ("group", 3, "nsubj", "NOUN", "NN", "group"),
        ("killed", 3, "ROOT", "VERB", "VBD", "kill"),
        ("eleven", 5, "nummod", "NUM", "CD", "eleven"),
        ("soldiers", 3, "dobj", "NOUN", "NNS", "soldier"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
}

TEXTS = ("The TTP attacked a Pakistani checkpoint.", "The Taliban denied the charge.",
         "Later the group killed eleven soldiers.")


def coded(coder: Coder, published: str) -> list[tuple]:
    return summary(code_doc(coder, [(t, PARSES[t]) for t in TEXTS], published, infer=False))


def test_the_group_is_no_government(coder: Coder) -> None:
    assert coded(coder, "2025-10-13")[-1][:3] == ("ASSAULT", "asserted", ["TTP"])


def test_the_group_is_the_insurgency_while_it_was_one(coder: Coder) -> None:
    # (In 2015 the Taliban were an insurgent group: the last group named.)
    assert coded(coder, "2015-10-13")[-1][:3] == ("ASSAULT", "asserted", ["TALIBAN"])
