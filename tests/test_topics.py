"""Model-free tests of demands told as the topic of another act: "refused to consider any of
Greece's main demands" is Turkey's refusal of Greece, not a demand this sentence tells; a
demand the sentence describes ("Greece's demands on Turkey are very clear") is one. Docs are
built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for these
tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PUBLISHED = "2020-09-01"

PARSES = {
    "Ankara consistently refused to consider any of Greece’s main demands.": [
        ("Ankara", 2, "nsubj", "PROPN", "NNP", "Ankara"),
        ("consistently", 2, "advmod", "ADV", "RB", "consistently"),
        ("refused", 2, "ROOT", "VERB", "VBD", "refuse"),
        ("to", 4, "aux", "PART", "TO", "to"),
        ("consider", 2, "xcomp", "VERB", "VB", "consider"),
        ("any", 4, "dobj", "PRON", "DT", "any"),
        ("of", 5, "prep", "ADP", "IN", "of"),
        ("Greece", 10, "poss", "PROPN", "NNP", "Greece"),
        ("\u2019s", 7, "case", "PART", "POS", "\u2019s"),
        ("main", 10, "amod", "ADJ", "JJ", "main"),
        ("demands", 6, "pobj", "NOUN", "NNS", "demand"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Greece’s demands on Turkey are very clear: an end to the overflights.": [
        ("Greece", 2, "poss", "PROPN", "NNP", "Greece"),
        ("\u2019s", 0, "case", "PART", "POS", "\u2019s"),
        ("demands", 5, "nsubj", "NOUN", "NNS", "demand"),
        ("on", 2, "prep", "ADP", "IN", "on"),
        ("Turkey", 3, "pobj", "PROPN", "NNP", "Turkey"),
        ("are", 5, "ROOT", "AUX", "VBP", "be"),
        ("very", 7, "advmod", "ADV", "RB", "very"),
        ("clear", 5, "acomp", "ADJ", "JJ", "clear"),
        (":", 5, "punct", "PUNCT", ":", ":"),
        ("an", 10, "det", "DET", "DT", "an"),
        ("end", 5, "attr", "NOUN", "NN", "end"),
        ("to", 10, "prep", "ADP", "IN", "to"),
        ("the", 13, "det", "DET", "DT", "the"),
        ("overflights", 11, "pobj", "NOUN", "NNS", "overflight"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return [(ev.event, [e.code for e in ev.actor], [e.code for e in ev.recipient])
            for ev in code_one(coder, text, PARSES[text], PUBLISHED)]


def test_demands_considered_are_a_topic(coder: Coder) -> None:
    text = "Ankara consistently refused to consider any of Greece’s main demands."
    assert coded(coder, text) == [("REJECT", ["TUR"], ["GRC"])]


def test_demands_described_are_told(coder: Coder) -> None:
    text = "Greece’s demands on Turkey are very clear: an end to the overflights."
    assert coded(coder, text) == [("REQUEST", ["GRC"], ["TUR"])]
