"""Model-free tests of forces sent with no sender named: "Turkish troops were sent to Libya"
is Turkey's deployment (forces are sent by their own state); aid workers sent somewhere name
no sender. Forces sent to back a party are military aid to it. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences
(written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
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
    "France sent jets and warships to back Athens.": [
        ("France", 1, "nsubj", "PROPN", "NNP", "France"),
        ("sent", 1, "ROOT", "VERB", "VBD", "send"),
        ("jets", 1, "dobj", "NOUN", "NNS", "jet"),
        ("and", 2, "cc", "CCONJ", "CC", "and"),
        ("warships", 2, "conj", "NOUN", "NNS", "warship"),
        ("to", 6, "aux", "PART", "TO", "to"),
        ("back", 1, "advcl", "VERB", "VB", "back"),
        ("Athens", 6, "dobj", "PROPN", "NNP", "Athens"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Russia sent troops to the border to pressure Ukraine.": [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("sent", 1, "ROOT", "VERB", "VBD", "send"),
        ("troops", 1, "dobj", "NOUN", "NNS", "troop"),
        ("to", 1, "prep", "ADP", "IN", "to"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("border", 3, "pobj", "NOUN", "NN", "border"),
        ("to", 7, "aux", "PART", "TO", "to"),
        ("pressure", 1, "advcl", "VERB", "VB", "pressure"),
        ("Ukraine", 7, "dobj", "PROPN", "NNP", "Ukraine"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_forces_sent_are_sent_by_their_state(coder: Coder) -> None:
    assert coded(coder, "Turkish troops were sent to Libya in January.") == [
        ("MOBILIZE", "asserted", ["TUR"], ["LBY"])]


def test_people_who_are_no_force_name_no_sender(coder: Coder) -> None:
    assert coded(coder, "Aid workers were sent to Gaza.") == []


def test_forces_sent_to_back_a_party_are_military_aid_to_it(coder: Coder) -> None:
    found = coded(coder, "France sent jets and warships to back Athens.")
    assert ("AID", "asserted", ["FRA"], ["GRC"]) in found
    assert not any(ev[0] == "MOBILIZE" for ev in found)
    # Forces sent to press a party are a show of force, no aid to it.
    found = coded(coder, "Russia sent troops to the border to pressure Ukraine.")
    assert ("MOBILIZE", "asserted", ["RUS"], []) in found
    assert not any(ev[0] == "AID" for ev in found)
