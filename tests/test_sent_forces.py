"""Model-free tests of forces sent with no sender named: "Turkish troops were sent to Libya"
is Turkey's deployment (forces are sent by their own state); aid workers sent somewhere name
no sender. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences
(written for these tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PUBLISHED = "2020-02-01"

PARSES = {
    "Turkish troops were sent to Libya in January.": [
        ("Turkish", 1, "amod", "ADJ", "JJ", "turkish"),
        ("troops", 3, "nsubjpass", "NOUN", "NNS", "troop"),
        ("were", 3, "auxpass", "AUX", "VBD", "be"),
        ("sent", 3, "ROOT", "VERB", "VBN", "send"),
        ("to", 3, "dative", "ADP", "IN", "to"),
        ("Libya", 4, "pobj", "PROPN", "NNP", "Libya"),
        ("in", 3, "prep", "ADP", "IN", "in"),
        ("January", 6, "pobj", "PROPN", "NNP", "January"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Aid workers were sent to Gaza.": [
        ("Aid", 1, "compound", "NOUN", "NN", "aid"),
        ("workers", 3, "nsubjpass", "NOUN", "NNS", "worker"),
        ("were", 3, "auxpass", "AUX", "VBD", "be"),
        ("sent", 3, "ROOT", "VERB", "VBN", "send"),
        ("to", 3, "prep", "ADP", "IN", "to"),
        ("Gaza", 4, "pobj", "PROPN", "NNP", "Gaza"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return [(ev.event, ev.status, [e.code for e in ev.actor], [e.code for e in ev.recipient])
            for ev in code_one(coder, text, PARSES[text], PUBLISHED)]


def test_forces_sent_are_sent_by_their_state(coder: Coder) -> None:
    assert coded(coder, "Turkish troops were sent to Libya in January.") == [
        ("MOBILIZE", "asserted", ["TUR"], ["LBY"])]


def test_people_who_are_no_force_name_no_sender(coder: Coder) -> None:
    assert coded(coder, "Aid workers were sent to Gaza.") == []
