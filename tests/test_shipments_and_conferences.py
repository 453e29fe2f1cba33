"""Model-free tests of lexicon rows learnt from the fifty-eighth development set's kinds of text.

Oil shipments stopped to a state are a sanction (SANCTION 162); a conference suspended by its
chairs is talks broken off (REJECT 164), not a sanction.
Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for
these tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PUBLISHED = "1967-06-06"

PARSES = {
    "Kuwait stopped oil shipments to Britain.": [
        ("Kuwait", 1, "nsubj", "PROPN", "NNP", "Kuwait"),
        ("stopped", 1, "ROOT", "VERB", "VBD", "stop"),
        ("oil", 3, "compound", "NOUN", "NN", "oil"),
        ("shipments", 1, "dobj", "NOUN", "NNS", "shipment"),
        ("to", 1, "prep", "ADP", "IN", "to"),
        ("Britain", 4, "pobj", "PROPN", "NNP", "Britain"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "France suspended the conference.": [
        ("France", 1, "nsubj", "PROPN", "NNP", "France"),
        ("suspended", 1, "ROOT", "VERB", "VBD", "suspend"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("conference", 1, "dobj", "NOUN", "NN", "conference"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return [(ev.event, ev.cameo, [a.code for a in ev.actor], [r.code for r in ev.recipient])
            for ev in code_one(coder, text, PARSES[text], PUBLISHED)]


def test_shipments_stopped_to_a_state_are_a_sanction(coder: Coder) -> None:
    assert coded(coder, "Kuwait stopped oil shipments to Britain.") == [
        ("SANCTION", "162", ["KWT"], ["GBR"])]


def test_a_conference_suspended_breaks_talks_off(coder: Coder) -> None:
    assert coded(coder, "France suspended the conference.") == [
        ("REJECT", "164", ["FRA"], [])]

