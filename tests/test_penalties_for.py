"""Model-free tests of penalties: a sentence passed, sanctions placed on someone, and the act
someone is punished, faulted or praised for (EVENTS.md sections 2 and 3).

A court that sentences someone convicts them (PLOVER SANCTION convict, as "convicted"); placing
someone "under sanctions" sanctions them, where placing them "under arrest" arrests them; removing
them from a sanctions list lifts the sanctions (CONCEDE). What
someone is sanctioned, condemned or thanked "for" doing is that one's act, not the punisher's.
Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for
these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2025-03-01"

PARSES = {
    "Washington placed Dodik under sanctions.": [
        ("Washington", 1, "nsubj", "PROPN", "NNP", "Washington"),
        ("placed", 1, "ROOT", "VERB", "VBD", "place"),
        ("Dodik", 1, "dobj", "PROPN", "NNP", "Dodik"),
        ("under", 1, "prep", "ADP", "IN", "under"),
        ("sanctions", 3, "pobj", "NOUN", "NNS", "sanction"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "A Bosnian court sentenced Dodik to a year in prison.": [
        ("A", 2, "det", "DET", "DT", "a"),
        ("Bosnian", 2, "amod", "ADJ", "JJ", "bosnian"),
        ("court", 3, "nsubj", "NOUN", "NN", "court"),
        ("sentenced", 3, "ROOT", "VERB", "VBD", "sentence"),
        ("Dodik", 3, "dobj", "PROPN", "NNP", "Dodik"),
        ("to", 3, "prep", "ADP", "IN", "to"),
        ("a", 7, "det", "DET", "DT", "a"),
        ("year", 5, "pobj", "NOUN", "NN", "year"),
        ("in", 7, "prep", "ADP", "IN", "in"),
        ("prison", 8, "pobj", "NOUN", "NN", "prison"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Washington sanctioned Iran for supplying drones to Russia.": [
        ("Washington", 1, "nsubj", "PROPN", "NNP", "Washington"),
        ("sanctioned", 1, "ROOT", "VERB", "VBD", "sanction"),
        ("Iran", 1, "dobj", "PROPN", "NNP", "Iran"),
        ("for", 1, "prep", "ADP", "IN", "for"),
        ("supplying", 3, "pcomp", "VERB", "VBG", "supply"),
        ("drones", 4, "dobj", "NOUN", "NNS", "drone"),
        ("to", 4, "prep", "ADP", "IN", "to"),
        ("Russia", 6, "pobj", "PROPN", "NNP", "Russia"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Washington removed Cuba from its list of state sponsors of terrorism.": [
        ("Washington", 1, "nsubj", "PROPN", "NNP", "Washington"),
        ("removed", 1, "ROOT", "VERB", "VBD", "remove"),
        ("Cuba", 1, "dobj", "PROPN", "NNP", "Cuba"),
        ("from", 1, "prep", "ADP", "IN", "from"),
        ("its", 5, "poss", "PRON", "PRP$", "its"),
        ("list", 3, "pobj", "NOUN", "NN", "list"),
        ("of", 5, "prep", "ADP", "IN", "of"),
        ("state", 8, "compound", "NOUN", "NN", "state"),
        ("sponsors", 6, "pobj", "NOUN", "NNS", "sponsor"),
        ("of", 8, "prep", "ADP", "IN", "of"),
        ("terrorism", 9, "pobj", "NOUN", "NN", "terrorism"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple[str, str, list[str], list[str]]]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_a_sentence_passed_convicts(coder: Coder) -> None:
    events = code_one(coder, "A Bosnian court sentenced Dodik to a year in prison.",
                      PARSES["A Bosnian court sentenced Dodik to a year in prison."], PUBLISHED)
    assert [(e.event, e.mode) for e in events] == [("SANCTION", "convict")]


def test_placing_someone_under_sanctions_sanctions_them(coder: Coder) -> None:
    assert coded(coder, "Washington placed Dodik under sanctions.") == [
        ("SANCTION", "asserted", ["USA"], ["BIH"])]


def test_what_a_party_is_sanctioned_for_doing_is_its_act(coder: Coder) -> None:
    assert coded(coder, "Washington sanctioned Iran for supplying drones to Russia.") == [
        ("SANCTION", "asserted", ["USA"], ["IRN"]), ("AID", "asserted", ["IRN"], ["RUS"])]


def test_removing_a_state_from_a_list_lifts_sanctions(coder: Coder) -> None:
    assert coded(coder, "Washington removed Cuba from its list of state sponsors of terrorism.") == [
        ("CONCEDE", "asserted", ["USA"], ["CUB"])]
