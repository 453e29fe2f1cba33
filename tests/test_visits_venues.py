"""Model-free tests of visits made to meet someone, and of the venue a pact is named after.

"Putin flew to Tehran to meet Erdogan" is one meeting, with Erdogan's Turkey, not a visit to Iran
plus a meeting still to come; "will travel ... to meet" stays to come. "The Sochi agreement" is
named after where it was made: Sochi (Russia) is no party to it. Docs are built by hand in the
shape en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2020-10-27"

PARSES = {
    "Putin flew to Tehran on Monday to meet Erdogan.": [
        ("Putin", 1, "nsubj", "PROPN", "NNP", "Putin"),
        ("flew", 1, "ROOT", "VERB", "VBD", "fly"),
        ("to", 1, "prep", "ADP", "IN", "to"),
        ("Tehran", 2, "pobj", "PROPN", "NNP", "Tehran"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("Monday", 4, "pobj", "PROPN", "NNP", "Monday"),
        ("to", 7, "aux", "PART", "TO", "to"),
        ("meet", 1, "advcl", "VERB", "VB", "meet"),
        ("Erdogan", 7, "dobj", "PROPN", "NNP", "Erdogan"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Putin will travel to Tehran to meet Erdogan.": [
        ("Putin", 2, "nsubj", "PROPN", "NNP", "Putin"),
        ("will", 2, "aux", "AUX", "MD", "will"),
        ("travel", 2, "ROOT", "VERB", "VB", "travel"),
        ("to", 2, "prep", "ADP", "IN", "to"),
        ("Tehran", 3, "pobj", "PROPN", "NNP", "Tehran"),
        ("to", 6, "aux", "PART", "TO", "to"),
        ("meet", 2, "advcl", "VERB", "VB", "meet"),
        ("Erdogan", 6, "dobj", "PROPN", "NNP", "Erdogan"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Turkey should endorse the Sochi agreement.": [
        ("Turkey", 2, "nsubj", "PROPN", "NNP", "Turkey"),
        ("should", 2, "aux", "AUX", "MD", "should"),
        ("endorse", 2, "ROOT", "VERB", "VB", "endorse"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("Sochi", 5, "compound", "PROPN", "NNP", "Sochi"),
        ("agreement", 2, "dobj", "NOUN", "NN", "agreement"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_a_visit_to_meet_someone_is_the_meeting_with_them(coder: Coder) -> None:
    assert coded(coder, "Putin flew to Tehran on Monday to meet Erdogan.") == [
        ("CONSULT", "asserted", ["RUS"], ["TUR"])]


def test_a_visit_to_come_keeps_its_status(coder: Coder) -> None:
    assert coded(coder, "Putin will travel to Tehran to meet Erdogan.") == [
        ("CONSULT", "future", ["RUS"], ["TUR"])]


def test_the_place_a_pact_is_named_after_is_no_party(coder: Coder) -> None:
    assert coded(coder, "Turkey should endorse the Sochi agreement.") == [
        ("SUPPORT", "hypothetical", ["TUR"], [])]
