"""Model-free tests of clauses the parser joins wrongly.

Two clauses a semicolon joins are two statements, even where the parser hangs the first on the
second ("Israel accused Iran ...; Iran denied ..." does not make the accusation a thing
denied); a participle after a reported clause whose subject is no party ("five of them had
landed ..., lodging a protest") is the speaker's act. Docs are built by hand in the shape
en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2025-06-25"

PARSES = {
    "Israel accused Iran of firing more missiles; Iran denied breaking the ceasefire.": [
        ("Israel", 1, "nsubj", "PROPN", "NNP", "Israel"),
        ("accused", 9, "ccomp", "VERB", "VBD", "accuse"),
        ("Iran", 1, "dobj", "PROPN", "NNP", "Iran"),
        ("of", 1, "prep", "ADP", "IN", "of"),
        ("firing", 3, "pcomp", "VERB", "VBG", "fire"),
        ("more", 6, "amod", "ADJ", "JJR", "more"),
        ("missiles", 4, "dobj", "NOUN", "NNS", "missile"),
        (";", 9, "punct", "PUNCT", ":", ";"),
        ("Iran", 9, "nsubj", "PROPN", "NNP", "Iran"),
        ("denied", 9, "ROOT", "VERB", "VBD", "deny"),
        ("breaking", 9, "xcomp", "VERB", "VBG", "break"),
        ("the", 12, "det", "DET", "DT", "the"),
        ("ceasefire", 10, "dobj", "NOUN", "NN", "ceasefire"),
        (".", 9, "punct", "PUNCT", ".", "."),
    ],
    "Japan said five of them had landed inside its exclusive economic zone, lodging a protest with Beijing.": [
        ("Japan", 1, "nsubj", "PROPN", "NNP", "Japan"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("five", 6, "nsubj", "NUM", "CD", "five"),
        ("of", 2, "prep", "ADP", "IN", "of"),
        ("them", 3, "pobj", "PRON", "PRP", "they"),
        ("had", 6, "aux", "AUX", "VBD", "have"),
        ("landed", 1, "ccomp", "VERB", "VBN", "land"),
        ("inside", 6, "prep", "ADP", "IN", "inside"),
        ("its", 11, "poss", "PRON", "PRP$", "its"),
        ("exclusive", 11, "amod", "ADJ", "JJ", "exclusive"),
        ("economic", 11, "amod", "ADJ", "JJ", "economic"),
        ("zone", 7, "pobj", "NOUN", "NN", "zone"),
        (",", 6, "punct", "PUNCT", ",", ","),
        ("lodging", 6, "advcl", "VERB", "VBG", "lodge"),
        ("a", 15, "det", "DET", "DT", "a"),
        ("protest", 13, "dobj", "NOUN", "NN", "protest"),
        ("with", 15, "prep", "ADP", "IN", "with"),
        ("Beijing", 16, "pobj", "PROPN", "NNP", "Beijing"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_a_clause_before_a_semicolon_is_no_thing_denied(coder: Coder) -> None:
    text = "Israel accused Iran of firing more missiles; Iran denied breaking the ceasefire."
    assert ("ACCUSE", "asserted", ["ISR"], ["IRN"]) in coded(coder, text)


def test_a_participle_after_a_report_is_the_speaker_s_act(coder: Coder) -> None:
    text = ("Japan said five of them had landed inside its exclusive economic zone, lodging a "
            "protest with Beijing.")
    assert coded(coder, text) == [("ACCUSE", "asserted", ["JPN"], ["CHN"])]
