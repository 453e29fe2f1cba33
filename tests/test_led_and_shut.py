"""Model-free tests of acts led, borders shut and people jailed (EVENTS.md section 2).

"led a coup", "will lead negotiations": the one who leads an act named by a noun does it, as
with "staged" or "held"; a coup against the state's own leader is aimed at the usurpers' own
state. Shutting border bridges restricts movement (COERCE 191) against the state they lead
from; a "jailing" is an arrest. Docs are built by hand in the shape en_core_web_sm 3.8.0
parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2022-01-10"

PARSES = {
    "Mali's army led a coup against President Keita.": [
        ("Mali", 2, "poss", "PROPN", "NNP", "Mali"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("army", 3, "nsubj", "NOUN", "NN", "army"),
        ("led", 3, "ROOT", "VERB", "VBD", "lead"),
        ("a", 5, "det", "DET", "DT", "a"),
        ("coup", 3, "dobj", "NOUN", "NN", "coup"),
        ("against", 5, "prep", "ADP", "IN", "against"),
        ("President", 8, "compound", "PROPN", "NNP", "President"),
        ("Keita", 6, "pobj", "PROPN", "NNP", "Keita"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Pompeo will lead negotiations with North Korea.": [
        ("Pompeo", 2, "nsubj", "PROPN", "NNP", "Pompeo"),
        ("will", 2, "aux", "AUX", "MD", "will"),
        ("lead", 2, "ROOT", "VERB", "VB", "lead"),
        ("negotiations", 2, "dobj", "NOUN", "NNS", "negotiation"),
        ("with", 3, "prep", "ADP", "IN", "with"),
        ("North", 6, "compound", "PROPN", "NNP", "North"),
        ("Korea", 4, "pobj", "PROPN", "NNP", "Korea"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Caracas shut the bridges from Colombia.": [
        ("Caracas", 1, "nsubj", "PROPN", "NNP", "Caracas"),
        ("shut", 1, "ROOT", "VERB", "VBD", "shut"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("bridges", 1, "dobj", "NOUN", "NNS", "bridge"),
        ("from", 1, "prep", "ADP", "IN", "from"),
        ("Colombia", 4, "pobj", "PROPN", "NNP", "Colombia"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "The EU condemned Turkey's jailing of Kurdish politicians.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("EU", 2, "nsubj", "PROPN", "NNP", "EU"),
        ("condemned", 2, "ROOT", "VERB", "VBD", "condemn"),
        ("Turkey", 5, "poss", "PROPN", "NNP", "Turkey"),
        ("'s", 3, "case", "PART", "POS", "'s"),
        ("jailing", 2, "dobj", "NOUN", "NN", "jailing"),
        ("of", 5, "prep", "ADP", "IN", "of"),
        ("Kurdish", 8, "amod", "ADJ", "JJ", "kurdish"),
        ("politicians", 6, "pobj", "NOUN", "NNS", "politician"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_a_coup_led_against_the_president_is_on_the_own_state(coder: Coder) -> None:
    assert coded(coder, "Mali's army led a coup against President Keita.") == [
        ("COERCE", "asserted", ["MLI"], ["MLI"])]


def test_who_leads_negotiations_takes_part_in_them(coder: Coder) -> None:
    assert coded(coder, "Pompeo will lead negotiations with North Korea.") == [
        ("CONSULT", "future", ["PRK", "USA"], [])]


def test_shutting_border_bridges_restricts_movement(coder: Coder) -> None:
    assert coded(coder, "Caracas shut the bridges from Colombia.") == [
        ("COERCE", "asserted", ["VEN"], ["COL"])]


def test_a_jailing_is_an_arrest(coder: Coder) -> None:
    events = coded(coder, "The EU condemned Turkey's jailing of Kurdish politicians.")
    assert ("COERCE", "asserted", ["TUR"], []) in events
