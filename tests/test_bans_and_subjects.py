"""Model-free tests of two readings: banning flights to a state, or freezing contacts with
it, cuts links with it (a SANCTION, CAMEO 160, not the COERCE ban of a state's own
people), freezing a state's assets sanctions that state, and a subject "it" goes on with the subject told before it in the sentence rather
than the nearest name ("Chile then punished the Peruvian economy: it banned ..."). Docs are
built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for these
tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PUBLISHED = "2020-01-01"

BANNED = "Within a week, Moscow had banned charter flights to Georgia."
FROZEN = "Moscow froze most contacts with Tbilisi."
PUNISHED = "Chile then punished the Peruvian economy: it banned charter flights to Peru."
ASSETS = "Washington froze Iran's assets in November."

PARSES: dict[str, list[tuple]] = {
    ASSETS: [
        ("Washington", 1, "nsubj", "PROPN", "NNP", "Washington"),
        ("froze", 1, "ROOT", "VERB", "VBD", "freeze"),
        ("Iran", 4, "poss", "PROPN", "NNP", "Iran"),
        ("'s", 2, "case", "PART", "POS", "'s"),
        ("assets", 1, "dobj", "NOUN", "NNS", "asset"),
        ("in", 1, "prep", "ADP", "IN", "in"),
        ("November", 5, "pobj", "PROPN", "NNP", "November"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Within a week, Moscow had banned charter flights to Georgia.": [
        ("Within", 6, "prep", "ADP", "IN", "within"),
        ("a", 2, "det", "DET", "DT", "a"),
        ("week", 0, "pobj", "NOUN", "NN", "week"),
        (",", 6, "punct", "PUNCT", ",", ","),
        ("Moscow", 6, "nsubj", "PROPN", "NNP", "Moscow"),
        ("had", 6, "aux", "AUX", "VBD", "have"),
        ("banned", 6, "ROOT", "VERB", "VBN", "ban"),
        ("charter", 8, "compound", "NOUN", "NN", "charter"),
        ("flights", 6, "dobj", "NOUN", "NNS", "flight"),
        ("to", 8, "prep", "ADP", "IN", "to"),
        ("Georgia", 9, "pobj", "PROPN", "NNP", "Georgia"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ],
    "Chile then punished the Peruvian economy: it banned charter flights to Peru.": [
        ("Chile", 2, "nsubj", "PROPN", "NNP", "Chile"),
        ("then", 2, "advmod", "ADV", "RB", "then"),
        ("punished", 8, "ccomp", "VERB", "VBD", "punish"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("Peruvian", 5, "amod", "ADJ", "JJ", "peruvian"),
        ("economy", 2, "dobj", "NOUN", "NN", "economy"),
        (":", 8, "punct", "PUNCT", ":", ":"),
        ("it", 8, "nsubj", "PRON", "PRP", "it"),
        ("banned", 8, "ROOT", "VERB", "VBD", "ban"),
        ("charter", 10, "compound", "NOUN", "NN", "charter"),
        ("flights", 8, "dobj", "NOUN", "NNS", "flight"),
        ("to", 10, "prep", "ADP", "IN", "to"),
        ("Peru", 11, "pobj", "PROPN", "NNP", "Peru"),
        (".", 8, "punct", "PUNCT", ".", "."),
    ],
    "Moscow froze most contacts with Tbilisi.": [
        ("Moscow", 1, "nsubj", "PROPN", "NNP", "Moscow"),
        ("froze", 1, "ROOT", "VERB", "VBD", "freeze"),
        ("most", 3, "amod", "ADJ", "JJS", "most"),
        ("contacts", 1, "dobj", "NOUN", "NNS", "contact"),
        ("with", 3, "prep", "ADP", "IN", "with"),
        ("Tbilisi", 4, "pobj", "PROPN", "NNP", "Tbilisi"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def found(coder: Coder, text: str) -> list[tuple]:
    return [(ev.event, [e.code for e in ev.actor], [e.code for e in ev.recipient])
            for ev in code_one(coder, text, PARSES[text], PUBLISHED) if ev.status == "asserted"]


def test_banning_flights_to_a_state_sanctions_it(coder: Coder) -> None:
    assert found(coder, BANNED) == [("SANCTION", ["RUS"], ["GEO"])]


def test_a_subject_it_is_the_subject_told_before_it(coder: Coder) -> None:
    assert found(coder, PUNISHED) == [("SANCTION", ["CHL"], ["PER"])]


def test_freezing_contacts_with_a_state_sanctions_it(coder: Coder) -> None:
    assert found(coder, FROZEN) == [("SANCTION", ["RUS"], ["GEO"])]


def test_freezing_a_states_assets_sanctions_it(coder: Coder) -> None:
    # (Whose assets are frozen is the one sanctioned: "Iran's assets", "the assets of ...".)
    assert found(coder, ASSETS) == [("SANCTION", ["USA"], ["IRN"])]
