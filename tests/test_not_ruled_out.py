"""Model-free tests of force not ruled out (CAMEO 138, EVENTS.md sections 2 and 5).

"Trump did not rule out military force against Denmark" threatens Denmark, and so does
"refused to rule out military force": the refusal is the threat, no refusal of anyone's. A
force that is no means of coercion ("a security force") threatens no one. Docs are built by
hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, summary
from parley.events.coder import Coder

PUBLISHED = "2025-01-08"

PARSES = {
    "Trump refused on Tuesday to rule out military force against Denmark.": [
        ("Trump", 1, "nsubj", "PROPN", "NNP", "Trump"),
        ("refused", 1, "ROOT", "VERB", "VBD", "refuse"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("Tuesday", 2, "pobj", "PROPN", "NNP", "Tuesday"),
        ("to", 5, "aux", "PART", "TO", "to"),
        ("rule", 1, "xcomp", "VERB", "VB", "rule"),
        ("out", 5, "prt", "ADP", "RP", "out"),
        ("military", 8, "amod", "ADJ", "JJ", "military"),
        ("force", 5, "dobj", "NOUN", "NN", "force"),
        ("against", 8, "prep", "ADP", "IN", "against"),
        ("Denmark", 9, "pobj", "PROPN", "NNP", "Denmark"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Trump did not rule out military force against Denmark.": [
        ("Trump", 3, "nsubj", "NOUN", "NN", "trump"),
        ("did", 3, "aux", "AUX", "VBD", "do"),
        ("not", 3, "neg", "PART", "RB", "not"),
        ("rule", 3, "ROOT", "VERB", "VB", "rule"),
        ("out", 3, "prt", "ADP", "RP", "out"),
        ("military", 6, "amod", "ADJ", "JJ", "military"),
        ("force", 3, "dobj", "NOUN", "NN", "force"),
        ("against", 6, "prep", "ADP", "IN", "against"),
        ("Denmark", 7, "pobj", "PROPN", "NNP", "Denmark"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Trump did not rule out a security force for Denmark.": [
        ("Trump", 3, "nsubj", "NOUN", "NN", "trump"),
        ("did", 3, "aux", "AUX", "VBD", "do"),
        ("not", 3, "neg", "PART", "RB", "not"),
        ("rule", 3, "ROOT", "VERB", "VB", "rule"),
        ("out", 3, "prt", "ADP", "RP", "out"),
        ("a", 7, "det", "DET", "DT", "a"),
        ("security", 7, "compound", "NOUN", "NN", "security"),
        ("force", 3, "dobj", "NOUN", "NN", "force"),
        ("for", 7, "prep", "ADP", "IN", "for"),
        ("Denmark", 8, "pobj", "PROPN", "NNP", "Denmark"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return summary(code_doc(coder, [(text, PARSES[text])], PUBLISHED, infer=False))


def test_force_not_ruled_out_is_a_threat(coder: Coder) -> None:
    assert coded(coder, "Trump did not rule out military force against Denmark.") == [
        ("THREATEN", "asserted", ["USA"], ["DNK"])]


def test_refusing_to_rule_out_force_is_the_threat_alone(coder: Coder) -> None:
    assert coded(coder, "Trump refused on Tuesday to rule out military force against Denmark.") == [
        ("THREATEN", "asserted", ["USA"], ["DNK"])]


def test_a_force_that_coerces_no_one_is_no_threat(coder: Coder) -> None:
    events = coded(coder, "Trump did not rule out a security force for Denmark.")
    assert "THREATEN" not in [e[0] for e in events]
