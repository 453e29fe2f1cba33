"""Model-free tests of reciprocal acts and of "either"/"each" pairs: "Each side accused the
other" is two accusations, one each way, not one the pair made together; "either country"
is the pair of the story, like "both countries". Docs are built by hand in the shape
en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, summary
from parley.events.coder import Coder

PUBLISHED = "2020-09-20"

CLASHED = "India and China clashed in Ladakh."
ACCUSED = "China accused India of aggression."
EACH = "Each side accused the other of firing first."
EXPELLED = "Each country has expelled the other's diplomats."
EITHER = "Russia warned that it would not sell arms to either country."

PARSES = {
    CLASHED: [
        ("India", 3, "nsubj", "PROPN", "NNP", "India"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("China", 0, "conj", "PROPN", "NNP", "China"),
        ("clashed", 3, "ROOT", "VERB", "VBD", "clash"),
        ("in", 3, "prep", "ADP", "IN", "in"),
        ("Ladakh", 4, "pobj", "PROPN", "NNP", "Ladakh"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    ACCUSED: [
        ("China", 1, "nsubj", "PROPN", "NNP", "China"),
        ("accused", 1, "ROOT", "VERB", "VBD", "accuse"),
        ("India", 1, "dobj", "PROPN", "NNP", "India"),
        ("of", 1, "prep", "ADP", "IN", "of"),
        ("aggression", 3, "pobj", "NOUN", "NN", "aggression"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    EACH: [
        ("Each", 1, "det", "DET", "DT", "each"),
        ("side", 2, "nsubj", "NOUN", "NN", "side"),
        ("accused", 2, "ROOT", "VERB", "VBD", "accuse"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("other", 2, "dobj", "ADJ", "JJ", "other"),
        ("of", 4, "prep", "ADP", "IN", "of"),
        ("firing", 5, "pcomp", "VERB", "VBG", "fire"),
        ("first", 6, "advmod", "ADV", "RB", "first"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    EXPELLED: [
        ("Each", 1, "det", "DET", "DT", "each"),
        ("country", 3, "nsubj", "NOUN", "NN", "country"),
        ("has", 3, "aux", "AUX", "VBZ", "have"),
        ("expelled", 3, "ROOT", "VERB", "VBN", "expel"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("other", 7, "poss", "ADJ", "JJ", "other"),
        ("'s", 5, "case", "PART", "POS", "'s"),
        ("diplomats", 3, "dobj", "NOUN", "NNS", "diplomat"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    EITHER: [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("warned", 1, "ROOT", "VERB", "VBD", "warn"),
        ("that", 6, "mark", "SCONJ", "IN", "that"),
        ("it", 6, "nsubj", "PRON", "PRP", "it"),
        ("would", 6, "aux", "AUX", "MD", "would"),
        ("not", 6, "neg", "PART", "RB", "not"),
        ("sell", 1, "ccomp", "VERB", "VB", "sell"),
        ("arms", 6, "dobj", "NOUN", "NNS", "arm"),
        ("to", 6, "dative", "ADP", "IN", "to"),
        ("either", 10, "det", "DET", "DT", "either"),
        ("country", 8, "pobj", "NOUN", "NN", "country"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def _code(coder: Coder, *sentences: str, parses: dict | None = None) -> list:
    rows = parses or PARSES
    return summary(code_doc(coder, [(s, rows[s]) for s in (CLASHED, ACCUSED, *sentences)],
                            PUBLISHED, infer=False))[2:]


def test_each_side_accusing_the_other_is_two_accusations(coder: Coder) -> None:
    assert _code(coder, EACH) == [
        ("ACCUSE", "asserted", ["IND"], ["CHN"]),
        ("ACCUSE", "asserted", ["CHN"], ["IND"]),
    ]


def test_each_expelling_the_others_diplomats_is_two_expulsions(coder: Coder) -> None:
    assert _code(coder, EXPELLED) == [
        ("SANCTION", "asserted", ["IND"], ["CHN"]),
        ("SANCTION", "asserted", ["CHN"], ["IND"]),
    ]


def test_each_side_without_the_other_is_not_split(coder: Coder) -> None:
    # "Each side accused Pakistan ...": the object is a third party, so the pair accuses it.
    text = "Each side accused Pakistan of firing first."
    rows = [
        ("Each", 1, "det", "DET", "DT", "each"),
        ("side", 2, "nsubj", "NOUN", "NN", "side"),
        ("accused", 2, "ROOT", "VERB", "VBD", "accuse"),
        ("Pakistan", 2, "dobj", "PROPN", "NNP", "Pakistan"),
        ("of", 3, "prep", "ADP", "IN", "of"),
        ("firing", 4, "pcomp", "VERB", "VBG", "fire"),
        ("first", 5, "advmod", "ADV", "RB", "first"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    parses = dict(PARSES, **{text: rows})
    assert _code(coder, text, parses=parses) == [
        ("ACCUSE", "asserted", ["IND", "CHN"], ["PAK"]),
    ]


def test_either_country_is_the_pair_of_the_story(coder: Coder) -> None:
    assert _code(coder, EITHER) == [
        ("THREATEN", "asserted", ["RUS"], ["IND", "CHN"]),
        ("AID", "hypothetical", ["RUS"], ["IND", "CHN"]),
    ]
