"""Model-free tests of words of acts inside names (EVENTS.md section 2).

"The Rapid Support Forces shelled El Fasher" tells an attack, no support; "The Multinational
Security Support mission arrived" tells no support either. A word inside a name (a phrase the
dictionaries know, or a capitalised word modifying a noun) names no act. Docs are built by
hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, summary
from parley.events.coder import Coder

PUBLISHED = "2025-10-30"

PARSES = {
    "The Rapid Support Forces shelled El Fasher.": [
        ("The", 3, "det", "DET", "DT", "the"),
        ("Rapid", 3, "compound", "PROPN", "NNP", "Rapid"),
        ("Support", 3, "compound", "PROPN", "NNP", "Support"),
        ("Forces", 4, "nsubj", "PROPN", "NNPS", "Forces"),
        ("shelled", 4, "ROOT", "VERB", "VBD", "shell"),
        ("El", 6, "compound", "PROPN", "NNP", "El"),
        ("Fasher", 4, "dobj", "PROPN", "NNP", "Fasher"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ],
    "The Multinational Security Support mission arrived in June.": [
        ("The", 4, "det", "DET", "DT", "the"),
        ("Multinational", 2, "compound", "PROPN", "NNP", "Multinational"),
        ("Security", 3, "compound", "PROPN", "NNP", "Security"),
        ("Support", 4, "compound", "PROPN", "NNP", "Support"),
        ("mission", 5, "nsubj", "NOUN", "NN", "mission"),
        ("arrived", 5, "ROOT", "VERB", "VBD", "arrive"),
        ("in", 5, "prep", "ADP", "IN", "in"),
        ("June", 6, "pobj", "PROPN", "NNP", "June"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return summary(code_doc(coder, [(text, PARSES[text])], PUBLISHED, infer=False))


def test_a_word_of_support_in_an_armed_groups_name_is_no_support(coder: Coder) -> None:
    assert coded(coder, "The Rapid Support Forces shelled El Fasher.") == [
        ("ASSAULT", "asserted", ["RSF"], ["SDN"])]


def test_a_word_of_support_in_a_missions_name_is_no_support(coder: Coder) -> None:
    events = coded(coder, "The Multinational Security Support mission arrived in June.")
    assert "SUPPORT" not in [e[0] for e in events]
