"""Model-free tests of two acts of one type in a sentence, paused aid and mediated talks
before an agreement.

"expelled the French ambassador and ordered French troops to leave" tells two expulsions (two
joined verbs, each with its object); paused aid programmes are aid cut (SANCTION); "agreed ...
after talks brokered by China" is China's mediation between the two, and the agreement is
theirs alone, not one with China. Docs are built by hand in the shape en_core_web_sm 3.8.0
parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2023-08-11"

PARSES = {
    "Niger's military rulers expelled the French ambassador and ordered French troops to leave.": [
        ("Niger", 3, "poss", "PROPN", "NNP", "Niger"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("military", 3, "amod", "ADJ", "JJ", "military"),
        ("rulers", 4, "nsubj", "NOUN", "NNS", "ruler"),
        ("expelled", 4, "ROOT", "VERB", "VBD", "expel"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("French", 7, "amod", "ADJ", "JJ", "french"),
        ("ambassador", 4, "dobj", "NOUN", "NN", "ambassador"),
        ("and", 4, "cc", "CCONJ", "CC", "and"),
        ("ordered", 4, "conj", "VERB", "VBD", "order"),
        ("French", 11, "amod", "ADJ", "JJ", "french"),
        ("troops", 9, "dobj", "NOUN", "NNS", "troop"),
        ("to", 13, "aux", "PART", "TO", "to"),
        ("leave", 9, "xcomp", "VERB", "VB", "leave"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ],
    "The United States paused some aid programmes to Niger.": [
        ("The", 2, "det", "DET", "DT", "the"),
        ("United", 2, "compound", "PROPN", "NNP", "United"),
        ("States", 3, "nsubj", "PROPN", "NNP", "States"),
        ("paused", 3, "ROOT", "VERB", "VBD", "pause"),
        ("some", 6, "det", "DET", "DT", "some"),
        ("aid", 6, "compound", "NOUN", "NN", "aid"),
        ("programmes", 3, "dobj", "NOUN", "NNS", "programme"),
        ("to", 3, "prep", "ADP", "IN", "to"),
        ("Niger", 7, "pobj", "PROPN", "NNP", "Niger"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations after talks brokered by China.": [
        ("Saudi", 1, "compound", "PROPN", "NNP", "Saudi"),
        ("Arabia", 4, "nsubj", "PROPN", "NNP", "Arabia"),
        ("and", 1, "cc", "CCONJ", "CC", "and"),
        ("Iran", 1, "conj", "PROPN", "NNP", "Iran"),
        ("agreed", 4, "ROOT", "VERB", "VBD", "agree"),
        ("on", 4, "prep", "ADP", "IN", "on"),
        ("Friday", 5, "pobj", "PROPN", "NNP", "Friday"),
        ("to", 8, "aux", "PART", "TO", "to"),
        ("restore", 4, "xcomp", "VERB", "VB", "restore"),
        ("diplomatic", 10, "amod", "ADJ", "JJ", "diplomatic"),
        ("relations", 8, "dobj", "NOUN", "NNS", "relation"),
        ("after", 8, "prep", "ADP", "IN", "after"),
        ("talks", 11, "pobj", "NOUN", "NNS", "talk"),
        ("brokered", 12, "acl", "VERB", "VBN", "broker"),
        ("by", 13, "agent", "ADP", "IN", "by"),
        ("China", 14, "pobj", "PROPN", "NNP", "China"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_two_joined_verbs_of_one_type_are_two_acts(coder: Coder) -> None:
    text = "Niger's military rulers expelled the French ambassador and ordered French troops to leave."
    assert coded(coder, text) == [("SANCTION", "asserted", ["NER"], ["FRA"]),
                                  ("SANCTION", "asserted", ["NER"], ["FRA"])]


def test_paused_aid_is_aid_cut(coder: Coder) -> None:
    assert coded(coder, "The United States paused some aid programmes to Niger.") == [
        ("SANCTION", "asserted", ["USA"], ["NER"])]


def test_talks_brokered_before_an_agreement_are_a_mediation(coder: Coder) -> None:
    text = ("Saudi Arabia and Iran agreed on Friday to restore diplomatic relations after talks "
            "brokered by China.")
    found = coded(coder, text)
    assert ("CONSULT", "asserted", ["CHN"], ["SAU", "IRN"]) in found
    assert ("AGREE", "asserted", ["SAU", "IRN"], []) in found
