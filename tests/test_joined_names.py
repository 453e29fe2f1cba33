"""Model-free tests of names joined to names, learnt names the tagger misreads, and intents
the parser hangs as purposes (EVENTS.md sections 3 and 5).

"Syria's foreign minister, Asaad al-Shaibani, and Israel's defence minister met" names both
states, though the first minister's name stands beside him; "Sharaa" after "Ahmed
al-Sharaa" is him even where the tagger reads it as a common noun; "both sides had committed
to continue the dialogue" states an intent (AGREE) even where the parser hangs the act as a
purpose clause. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these
sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, summary
from parley.events.coder import Coder

PUBLISHED = "2025-07-26"

PARSES = {
    "Israel and Syria held talks in Paris.": [
        ("Israel", 3, "nsubj", "PROPN", "NNP", "Israel"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("Syria", 0, "conj", "PROPN", "NNP", "Syria"),
        ("held", 3, "ROOT", "VERB", "VBD", "hold"),
        ("talks", 3, "dobj", "NOUN", "NNS", "talk"),
        ("in", 4, "prep", "ADP", "IN", "in"),
        ("Paris", 5, "pobj", "PROPN", "NNP", "Paris"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Barrack wrote that both sides had committed to continue the dialogue.": [
        ("Barrack", 1, "nsubj", "PROPN", "NNP", "Barrack"),
        ("wrote", 1, "ROOT", "VERB", "VBD", "write"),
        ("that", 6, "mark", "SCONJ", "IN", "that"),
        ("both", 4, "det", "DET", "DT", "both"),
        ("sides", 6, "nsubj", "NOUN", "NNS", "side"),
        ("had", 6, "aux", "AUX", "VBD", "have"),
        ("committed", 1, "ccomp", "VERB", "VBN", "commit"),
        ("to", 8, "aux", "PART", "TO", "to"),
        ("continue", 6, "advcl", "VERB", "VB", "continue"),
        ("the", 10, "det", "DET", "DT", "the"),
        ("dialogue", 8, "dobj", "NOUN", "NN", "dialogue"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Syria's foreign minister, Asaad al-Shaibani, and Israel's defence minister met in Paris.": [
        ("Syria", 3, "poss", "PROPN", "NNP", "Syria"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("foreign", 3, "amod", "ADJ", "JJ", "foreign"),
        ("minister", 15, "nsubj", "NOUN", "NN", "minister"),
        (",", 3, "punct", "PUNCT", ",", ","),
        ("Asaad", 8, "compound", "PROPN", "NNP", "Asaad"),
        ("al", 8, "compound", "PROPN", "NNP", "al"),
        ("-", 8, "punct", "PROPN", "NNP", "-"),
        ("Shaibani", 3, "appos", "PROPN", "NNP", "Shaibani"),
        (",", 3, "punct", "PUNCT", ",", ","),
        ("and", 3, "cc", "CCONJ", "CC", "and"),
        ("Israel", 14, "poss", "PROPN", "NNP", "Israel"),
        ("'s", 11, "case", "PART", "POS", "'s"),
        ("defence", 14, "compound", "NOUN", "NN", "defence"),
        ("minister", 3, "conj", "NOUN", "NN", "minister"),
        ("met", 15, "ROOT", "VERB", "VBD", "meet"),
        ("in", 15, "prep", "ADP", "IN", "in"),
        ("Paris", 16, "pobj", "PROPN", "NNP", "Paris"),
        (".", 15, "punct", "PUNCT", ".", "."),
    ],
    "Trump met Ahmed al-Sharaa in Riyadh.": [
        ("Trump", 1, "nsubj", "PROPN", "NNP", "Trump"),
        ("met", 1, "ROOT", "VERB", "VBD", "meet"),
        ("Ahmed", 5, "compound", "PROPN", "NNP", "Ahmed"),
        ("al", 5, "compound", "PROPN", "NNP", "al"),
        ("-", 5, "punct", "PROPN", "NNP", "-"),
        ("Sharaa", 1, "dobj", "PROPN", "NNP", "Sharaa"),
        ("in", 1, "prep", "ADP", "IN", "in"),
        ("Riyadh", 6, "pobj", "PROPN", "NNP", "Riyadh"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Washington has embraced Sharaa.": [
        ("Washington", 2, "nsubj", "PROPN", "NNP", "Washington"),
        ("has", 2, "aux", "AUX", "VBZ", "have"),
        ("embraced", 2, "ROOT", "VERB", "VBN", "embrace"),
        ("Sharaa", 2, "dobj", "NOUN", "NN", "sharaa"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, *texts: str, infer: bool = False) -> list[tuple]:
    return summary(code_doc(coder, [(t, PARSES[t]) for t in texts], PUBLISHED, infer=infer))


def test_a_named_official_joined_to_another_keeps_the_other(coder: Coder) -> None:
    text = "Syria's foreign minister, Asaad al-Shaibani, and Israel's defence minister met in Paris."
    assert coded(coder, text) == [("CONSULT", "asserted", ["SYR", "ISR"], [])]


def test_a_learnt_surname_read_as_a_noun_is_the_person(coder: Coder) -> None:
    events = coded(coder, "Trump met Ahmed al-Sharaa in Riyadh.", "Washington has embraced Sharaa.")
    assert events[-1] == ("SUPPORT", "asserted", ["USA"], ["SYR"])


def test_an_intent_hung_as_a_purpose_is_an_intent(coder: Coder) -> None:
    events = coded(coder, "Israel and Syria held talks in Paris.",
                   "Barrack wrote that both sides had committed to continue the dialogue.",
                   infer=True)
    assert ("AGREE", "asserted", ["ISR", "SYR"]) in [e[:3] for e in events[1:]]
