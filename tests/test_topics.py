"""Model-free tests of acts told as the topic or object of another act: "refused to consider
any of Greece's main demands" is Turkey's refusal of Greece, not a demand this sentence tells
(a demand the sentence describes, "Greece's demands on Turkey are very clear", is one);
sanctions that "will be lifted" are what the lifting undoes, also as the last of conjoined
subjects; "ordered the reimposition of sanctions" is the sanctioning, not a request. Docs are
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
    "United Nations, European Union and Canadian sanctions will be lifted once inspectors confirm that Libya has dismantled its programme.": [
        ("United", 1, "compound", "PROPN", "NNP", "United"),
        ("Nations", 10, "nsubjpass", "PROPN", "NNP", "Nations"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("European", 4, "compound", "PROPN", "NNP", "European"),
        ("Union", 1, "conj", "PROPN", "NNP", "Union"),
        ("and", 4, "cc", "CCONJ", "CC", "and"),
        ("Canadian", 7, "amod", "ADJ", "JJ", "canadian"),
        ("sanctions", 4, "conj", "NOUN", "NNS", "sanction"),
        ("will", 10, "aux", "AUX", "MD", "will"),
        ("be", 10, "auxpass", "AUX", "VB", "be"),
        ("lifted", 10, "ROOT", "VERB", "VBN", "lift"),
        ("once", 13, "mark", "ADV", "RB", "once"),
        ("inspectors", 13, "nsubj", "NOUN", "NNS", "inspector"),
        ("confirm", 10, "advcl", "VERB", "VBP", "confirm"),
        ("that", 17, "mark", "SCONJ", "IN", "that"),
        ("Libya", 17, "nsubj", "PROPN", "NNP", "Libya"),
        ("has", 17, "aux", "AUX", "VBZ", "have"),
        ("dismantled", 13, "ccomp", "VERB", "VBN", "dismantle"),
        ("its", 19, "poss", "PRON", "PRP$", "its"),
        ("programme", 17, "dobj", "NOUN", "NN", "programme"),
        (".", 10, "punct", "PUNCT", ".", "."),
    ],
    "Prime Minister Justin Trudeau ordered the reimposition of Canadian sanctions on Belarus on Monday.": [
        ("Prime", 1, "compound", "PROPN", "NNP", "Prime"),
        ("Minister", 3, "compound", "PROPN", "NNP", "Minister"),
        ("Justin", 3, "compound", "PROPN", "NNP", "Justin"),
        ("Trudeau", 4, "nsubj", "PROPN", "NNP", "Trudeau"),
        ("ordered", 4, "ROOT", "VERB", "VBD", "order"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("reimposition", 4, "dobj", "NOUN", "NN", "reimposition"),
        ("of", 6, "prep", "ADP", "IN", "of"),
        ("Canadian", 9, "amod", "ADJ", "JJ", "canadian"),
        ("sanctions", 7, "pobj", "NOUN", "NNS", "sanction"),
        ("on", 9, "prep", "ADP", "IN", "on"),
        ("Belarus", 10, "pobj", "PROPN", "NNP", "Belarus"),
        ("on", 4, "prep", "ADP", "IN", "on"),
        ("Monday", 12, "pobj", "PROPN", "NNP", "Monday"),
        (".", 4, "punct", "PUNCT", ".", "."),
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


def test_sanctions_to_be_lifted_are_what_the_lifting_undoes(coder: Coder) -> None:
    text = ("United Nations, European Union and Canadian sanctions will be lifted once inspectors "
            "confirm that Libya has dismantled its programme.")
    assert ("SANCTION", ["CAN"], []) not in coded(coder, text)


def test_ordering_a_measure_is_the_measure(coder: Coder) -> None:
    text = ("Prime Minister Justin Trudeau ordered the reimposition of Canadian sanctions on "
            "Belarus on Monday.")
    assert coded(coder, text) == [("SANCTION", ["CAN"], ["BLR"])]
