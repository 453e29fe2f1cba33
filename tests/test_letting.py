"""Model-free tests of letting and of voting down.

"Syria and Russia have still not let the inspectors into Douma" is their refusal (REJECT, CAMEO
1245 "refuse to allow international involvement"), asserted, not a negated concession; "Israel
let aid trucks into Gaza" is a concession, as "allowed"; a council that votes down a Russian draft
rejects Russia's measure. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these
sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PUBLISHED = "2018-04-19"

PARSES = {
    "Syria and Russia have still not let the inspectors into Douma.": [
        ("Syria", 6, "nsubj", "PROPN", "NNP", "Syria"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("Russia", 0, "conj", "PROPN", "NNP", "Russia"),
        ("have", 6, "aux", "AUX", "VBP", "have"),
        ("still", 6, "advmod", "ADV", "RB", "still"),
        ("not", 6, "neg", "PART", "RB", "not"),
        ("let", 6, "ROOT", "VERB", "VB", "let"),
        ("the", 8, "det", "DET", "DT", "the"),
        ("inspectors", 6, "dobj", "NOUN", "NNS", "inspector"),
        ("into", 6, "prep", "ADP", "IN", "into"),
        ("Douma", 9, "pobj", "PROPN", "NNP", "Douma"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ],
    "Israel let aid trucks into Gaza.": [
        ("Israel", 1, "nsubj", "PROPN", "NNP", "Israel"),
        ("let", 1, "ROOT", "VERB", "VBD", "let"),
        ("aid", 3, "compound", "NOUN", "NN", "aid"),
        ("trucks", 1, "dobj", "NOUN", "NNS", "truck"),
        ("into", 1, "prep", "ADP", "IN", "into"),
        ("Gaza", 4, "pobj", "PROPN", "NNP", "Gaza"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "On Saturday the Security Council voted down a Russian draft.": [
        ("On", 5, "prep", "ADP", "IN", "on"),
        ("Saturday", 0, "pobj", "PROPN", "NNP", "Saturday"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("Security", 4, "compound", "PROPN", "NNP", "Security"),
        ("Council", 5, "nsubj", "PROPN", "NNP", "Council"),
        ("voted", 5, "ROOT", "VERB", "VBD", "vote"),
        ("down", 5, "prt", "ADP", "RP", "down"),
        ("a", 9, "det", "DET", "DT", "a"),
        ("Russian", 9, "amod", "ADJ", "JJ", "russian"),
        ("draft", 5, "dobj", "NOUN", "NN", "draft"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return [(ev.event, ev.cameo, ev.status, [e.code for e in ev.actor],
             [e.code for e in ev.recipient]) for ev in code_one(coder, text, PARSES[text], PUBLISHED)]


def test_not_letting_is_a_refusal(coder: Coder) -> None:
    assert coded(coder, "Syria and Russia have still not let the inspectors into Douma.") == [
        ("REJECT", "1245", "asserted", ["SYR", "RUS"], [])]


def test_letting_in_is_a_concession(coder: Coder) -> None:
    assert coded(coder, "Israel let aid trucks into Gaza.") == [
        ("CONCEDE", "080", "asserted", ["ISR"], ["PSE"])]


def test_voting_down_a_draft_rejects_its_owner(coder: Coder) -> None:
    assert coded(coder, "On Saturday the Security Council voted down a Russian draft.") == [
        ("REJECT", "120", "asserted", ["UN"], ["RUS"])]
