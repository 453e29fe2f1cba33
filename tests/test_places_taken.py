"""Model-free tests of places taken by force (EVENTS.md: occupying territory is ASSAULT).

"M23 rebels took Goma": a city named as what is taken is taken by force (CAMEO 192, mode
occupy), as "took the city" is; its state is the recipient. A state taken "to court" is no
place taken. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences
(written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2025-01-28"

PARSES = {
    "M23 rebels took Goma on Monday.": [
        ("M23", 1, "compound", "PROPN", "NNP", "M23"),
        ("rebels", 2, "nsubj", "NOUN", "NNS", "rebel"),
        ("took", 2, "ROOT", "VERB", "VBD", "take"),
        ("Goma", 2, "dobj", "PROPN", "NNP", "Goma"),
        ("on", 2, "prep", "ADP", "IN", "on"),
        ("Monday", 4, "pobj", "PROPN", "NNP", "Monday"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Russia took Ukraine to court.": [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("took", 1, "ROOT", "VERB", "VBD", "take"),
        ("Ukraine", 1, "dobj", "PROPN", "NNP", "Ukraine"),
        ("to", 1, "prep", "ADP", "IN", "to"),
        ("court", 3, "pobj", "NOUN", "NN", "court"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_a_city_taken_is_taken_by_force(coder: Coder) -> None:
    text = "M23 rebels took Goma on Monday."
    events = code_one(coder, text, PARSES[text], PUBLISHED)
    assert summary(events) == [("ASSAULT", "asserted", ["M23"], ["COD"])]
    assert events[0].mode == "occupy"


def test_a_state_taken_to_court_is_no_place_taken(coder: Coder) -> None:
    assert not any(ev[0] == "ASSAULT" for ev in coded(coder, "Russia took Ukraine to court."))
