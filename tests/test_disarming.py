"""Model-free tests of disarming and standing forces down or up (EVENTS.md section 2).

An armed group burning or dropping its own weapons, dissolving itself or ending its armed
struggle de-escalates (RETREAT, CAMEO 087 / 0873); a state dissolving its parliament does
nothing to anyone. Forces "placed on full alert" with no one named as placing them are readied
by their own state (MOBILIZE, CAMEO 152). Docs are built by hand in the shape en_core_web_sm
3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2025-07-20"

PARSES = {
    "Forty PKK fighters burned their weapons at a ceremony on Friday.": [
        ("Forty", 1, "compound", "NUM", "CD", "forty"),
        ("PKK", 2, "compound", "PROPN", "NNP", "PKK"),
        ("fighters", 3, "nsubj", "NOUN", "NNS", "fighter"),
        ("burned", 3, "ROOT", "VERB", "VBD", "burn"),
        ("their", 5, "poss", "PRON", "PRP$", "their"),
        ("weapons", 3, "dobj", "NOUN", "NNS", "weapon"),
        ("at", 3, "prep", "ADP", "IN", "at"),
        ("a", 8, "det", "DET", "DT", "a"),
        ("ceremony", 6, "pobj", "NOUN", "NN", "ceremony"),
        ("on", 8, "prep", "ADP", "IN", "on"),
        ("Friday", 9, "pobj", "PROPN", "NNP", "Friday"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "The PKK fighters dropped their rifles into a cauldron.": [
        ("The", 2, "det", "DET", "DT", "the"),
        ("PKK", 2, "compound", "PROPN", "NNP", "PKK"),
        ("fighters", 3, "nsubj", "NOUN", "NNS", "fighter"),
        ("dropped", 3, "ROOT", "VERB", "VBD", "drop"),
        ("their", 5, "poss", "PRON", "PRP$", "their"),
        ("rifles", 3, "dobj", "NOUN", "NNS", "rifle"),
        ("into", 3, "prep", "ADP", "IN", "into"),
        ("a", 8, "det", "DET", "DT", "a"),
        ("cauldron", 6, "pobj", "NOUN", "NN", "cauldron"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "The FARC dissolved itself in 2017.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("FARC", 2, "nsubj", "NOUN", "NNS", "FARC"),
        ("dissolved", 2, "ROOT", "VERB", "VBD", "dissolve"),
        ("itself", 2, "dobj", "PRON", "PRP", "itself"),
        ("in", 2, "prep", "ADP", "IN", "in"),
        ("2017", 4, "pobj", "NUM", "CD", "2017"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Ruto dissolved parliament on Monday.": [
        ("Ruto", 1, "nsubj", "PROPN", "NNP", "Ruto"),
        ("dissolved", 1, "ROOT", "VERB", "VBD", "dissolve"),
        ("parliament", 1, "dobj", "NOUN", "NN", "parliament"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("Monday", 3, "pobj", "PROPN", "NNP", "Monday"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "The ELN ended its armed struggle in March.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("ELN", 2, "nsubj", "PROPN", "NNP", "ELN"),
        ("ended", 2, "ROOT", "VERB", "VBD", "end"),
        ("its", 5, "poss", "PRON", "PRP$", "its"),
        ("armed", 5, "amod", "ADJ", "JJ", "armed"),
        ("struggle", 2, "dobj", "NOUN", "NN", "struggle"),
        ("in", 2, "prep", "ADP", "IN", "in"),
        ("March", 6, "pobj", "PROPN", "NNP", "March"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Venezuela's army was placed on full alert.": [
        ("Venezuela", 2, "poss", "PROPN", "NNP", "Venezuela"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("army", 4, "nsubjpass", "NOUN", "NN", "army"),
        ("was", 4, "auxpass", "AUX", "VBD", "be"),
        ("placed", 4, "ROOT", "VERB", "VBN", "place"),
        ("on", 4, "prep", "ADP", "IN", "on"),
        ("full", 7, "amod", "ADJ", "JJ", "full"),
        ("alert", 5, "pobj", "NOUN", "NN", "alert"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_fighters_burning_or_dropping_their_weapons_disarm(coder: Coder) -> None:
    assert coded(coder, "Forty PKK fighters burned their weapons at a ceremony on Friday.") == [
        ("RETREAT", "asserted", ["PKK"], [])]
    assert coded(coder, "The PKK fighters dropped their rifles into a cauldron.") == [
        ("RETREAT", "asserted", ["PKK"], [])]


def test_a_group_dissolving_itself_disarms_but_a_dissolved_parliament_is_no_event(
        coder: Coder) -> None:
    assert coded(coder, "The FARC dissolved itself in 2017.") == [
        ("RETREAT", "asserted", ["FARC"], [])]
    assert coded(coder, "Ruto dissolved parliament on Monday.") == []


def test_ending_an_armed_struggle_de_escalates(coder: Coder) -> None:
    events = code_one(coder, "The ELN ended its armed struggle in March.",
                      PARSES["The ELN ended its armed struggle in March."], PUBLISHED)
    assert summary(events) == [("RETREAT", "asserted", ["ELN"], [])]
    assert events[0].cameo == "087"


def test_forces_placed_on_alert_by_no_one_named_are_their_states(coder: Coder) -> None:
    assert coded(coder, "Venezuela's army was placed on full alert.") == [
        ("MOBILIZE", "asserted", ["VEN"], [])]
