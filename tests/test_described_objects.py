"""Model-free tests of objects a relative clause describes, owned agreements, help given by
taking part, and self-defence.

"a deal the SDF struck with Damascus" is a deal struck (not a strike); "the strip it seized"
is a place seized; "helped secure Iran's agreement" is no aid, and the agreement is Iran's, not
the helper's; defending oneself is fighting, defending another backing it. Docs are built by
hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2019-10-25"

SHOAL = "Vietnam protested over Scarborough Shoal, which China seized in 2012."

PARSES = {
    SHOAL: [
        ("Vietnam", 1, "nsubj", "PROPN", "NNP", "Vietnam"),
        ("protested", 1, "ROOT", "VERB", "VBD", "protest"),
        ("over", 1, "prep", "ADP", "IN", "over"),
        ("Scarborough", 4, "compound", "PROPN", "NNP", "Scarborough"),
        ("Shoal", 2, "pobj", "PROPN", "NNP", "Shoal"),
        (",", 4, "punct", "PUNCT", ",", ","),
        ("which", 8, "dobj", "PRON", "WDT", "which"),
        ("China", 8, "nsubj", "PROPN", "NNP", "China"),
        ("seized", 4, "relcl", "VERB", "VBD", "seize"),
        ("in", 8, "prep", "ADP", "IN", "in"),
        ("2012", 9, "pobj", "NUM", "CD", "2012"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Syrian troops moved into Manbij under a deal the SDF struck with Damascus.": [
        ("Syrian", 1, "amod", "ADJ", "JJ", "syrian"),
        ("troops", 2, "nsubj", "NOUN", "NNS", "troop"),
        ("moved", 2, "ROOT", "VERB", "VBD", "move"),
        ("into", 2, "prep", "ADP", "IN", "into"),
        ("Manbij", 3, "pobj", "PROPN", "NNP", "Manbij"),
        ("under", 2, "prep", "ADP", "IN", "under"),
        ("a", 7, "det", "DET", "DT", "a"),
        ("deal", 5, "pobj", "NOUN", "NN", "deal"),
        ("the", 9, "det", "DET", "DT", "the"),
        ("SDF", 10, "nsubj", "PROPN", "NNP", "SDF"),
        ("struck", 7, "relcl", "VERB", "VBD", "strike"),
        ("with", 10, "prep", "ADP", "IN", "with"),
        ("Damascus", 11, "pobj", "PROPN", "NNP", "Damascus"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Turkey keeps the strip it seized between Tal Abyad and Ras al-Ain.": [
        ("Turkey", 1, "nsubj", "PROPN", "NNP", "Turkey"),
        ("keeps", 1, "ROOT", "VERB", "VBZ", "keep"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("strip", 1, "dobj", "NOUN", "NN", "strip"),
        ("it", 5, "nsubj", "PRON", "PRP", "it"),
        ("seized", 3, "relcl", "VERB", "VBD", "seize"),
        ("between", 5, "prep", "ADP", "IN", "between"),
        ("Tal", 8, "compound", "PROPN", "NNP", "Tal"),
        ("Abyad", 6, "pobj", "PROPN", "NNP", "Abyad"),
        ("and", 8, "cc", "CCONJ", "CC", "and"),
        ("Ras", 11, "compound", "PROPN", "NNP", "Ras"),
        ("al", 8, "conj", "PROPN", "NNP", "al"),
        ("-", 8, "conj", "PROPN", "NNP", "-"),
        ("Ain", 8, "conj", "PROPN", "NNP", "Ain"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Qatar's prime minister then helped secure Iran's agreement to the truce.": [
        ("Qatar", 3, "poss", "PROPN", "NNP", "Qatar"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("prime", 3, "amod", "ADJ", "JJ", "prime"),
        ("minister", 5, "nsubj", "NOUN", "NN", "minister"),
        ("then", 5, "advmod", "ADV", "RB", "then"),
        ("helped", 5, "ROOT", "VERB", "VBD", "help"),
        ("secure", 5, "xcomp", "VERB", "VB", "secure"),
        ("Iran", 9, "poss", "PROPN", "NNP", "Iran"),
        ("'s", 7, "case", "PART", "POS", "'s"),
        ("agreement", 6, "dobj", "NOUN", "NN", "agreement"),
        ("to", 6, "prep", "ADP", "IN", "to"),
        ("the", 12, "det", "DET", "DT", "the"),
        ("truce", 10, "pobj", "NOUN", "NN", "truce"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ],
    "Ukraine will defend itself against Russia.": [
        ("Ukraine", 2, "nsubj", "PROPN", "NNP", "Ukraine"),
        ("will", 2, "aux", "AUX", "MD", "will"),
        ("defend", 2, "ROOT", "VERB", "VB", "defend"),
        ("itself", 2, "dobj", "PRON", "PRP", "itself"),
        ("against", 2, "prep", "ADP", "IN", "against"),
        ("Russia", 4, "pobj", "PROPN", "NNP", "Russia"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "France defended Israel at the UN.": [
        ("France", 1, "nsubj", "PROPN", "NNP", "France"),
        ("defended", 1, "ROOT", "VERB", "VBD", "defend"),
        ("Israel", 1, "dobj", "PROPN", "NNP", "Israel"),
        ("at", 1, "prep", "ADP", "IN", "at"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("UN", 3, "pobj", "PROPN", "NNP", "UN"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_a_deal_a_relative_clause_strikes_is_an_agreement(coder: Coder) -> None:
    text = "Syrian troops moved into Manbij under a deal the SDF struck with Damascus."
    assert coded(coder, text) == [("AGREE", "asserted", ["SDF", "SYR"], [])]


def test_a_place_a_relative_clause_seizes_is_occupied(coder: Coder) -> None:
    text = "Turkey keeps the strip it seized between Tal Abyad and Ras al-Ain."
    assert coded(coder, text) == [("ASSAULT", "asserted", ["TUR"], [])]
    # (A place named by a proper noun is the object too: a shoal seized, not property.)
    assert ("ASSAULT", "asserted", ["CHN"], []) in coded(coder, SHOAL)


def test_helping_secure_another_s_agreement_is_neither_aid_nor_the_helper_s_agreement(
        coder: Coder) -> None:
    text = "Qatar's prime minister then helped secure Iran's agreement to the truce."
    found = coded(coder, text)
    assert not any(ev[0] == "AID" for ev in found)
    assert not any(ev[0] == "AGREE" and "QAT" in ev[2] for ev in found)


def test_defending_oneself_is_fighting(coder: Coder) -> None:
    assert coded(coder, "Ukraine will defend itself against Russia.") == [
        ("ASSAULT", "future", ["UKR"], ["RUS"])]


def test_defending_another_backs_it(coder: Coder) -> None:
    assert coded(coder, "France defended Israel at the UN.") == [
        ("SUPPORT", "asserted", ["FRA"], ["ISR"])]
