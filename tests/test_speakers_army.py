"""Model-free tests of "the army" in what a state's officials say.

"Sudan's defence minister said the army would fight the RSF": a state's government speaking
of "the army" speaks of its own, so the army is Sudan's; an armed group speaking of "the
army" speaks of its foe's, which that rule leaves alone. Docs are built by hand in the shape
en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2025-11-12"

PARSES = {
    "Sudan's defence minister said the army would fight the RSF.": [
        ("Sudan", 3, "poss", "PROPN", "NNP", "Sudan"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("defence", 3, "compound", "NOUN", "NN", "defence"),
        ("minister", 4, "nsubj", "NOUN", "NN", "minister"),
        ("said", 4, "ROOT", "VERB", "VBD", "say"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("army", 8, "nsubj", "NOUN", "NN", "army"),
        ("would", 8, "aux", "AUX", "MD", "would"),
        ("fight", 4, "ccomp", "VERB", "VB", "fight"),
        ("the", 10, "det", "DET", "DT", "the"),
        ("RSF", 8, "dobj", "PROPN", "NNP", "RSF"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ],
    "The RSF said the army would fight the RSF.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("RSF", 2, "nsubj", "PROPN", "NNP", "RSF"),
        ("said", 2, "ROOT", "VERB", "VBD", "say"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("army", 6, "nsubj", "NOUN", "NN", "army"),
        ("would", 6, "aux", "AUX", "MD", "would"),
        ("fight", 2, "ccomp", "VERB", "VB", "fight"),
        ("the", 8, "det", "DET", "DT", "the"),
        ("RSF", 6, "dobj", "PROPN", "NNP", "RSF"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_the_army_a_states_minister_speaks_of_is_its_own(coder: Coder) -> None:
    found = coded(coder, "Sudan's defence minister said the army would fight the RSF.")
    assert ("ASSAULT", "future", ["SDN"], ["RSF"]) in found
    # Told by the state itself, its own future fight is a threat now.
    assert ("THREATEN", "asserted", ["SDN"], ["RSF"]) in found


def test_the_army_an_armed_group_speaks_of_is_not_its_own(coder: Coder) -> None:
    found = coded(coder, "The RSF said the army would fight the RSF.")
    assert not any("RSF" in actor and len(actor) == 1 for _, _, actor, _ in found)
    assert not any(ev[0] == "THREATEN" for ev in found)
