"""Model-free tests of who a pronoun in a clause set beside another is (EVENTS.md section 3).

"expelled Lavrov's envoy after he insulted Scholz": the one person the sentence named before
the clause, whatever its role. "Russian troops shelled Kharkiv after Putin ordered them to
advance": the object "them" is the plural subject of the clause it is set beside, so the order
is one to the leader's own forces, no request of anyone. A visa revoked is a sanction on its
holder. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences
(written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2024-01-01"

PARSES = {
    "The United States revoked the visa of Gustavo Petro.": [
        ("The", 2, "det", "DET", "DT", "the"),
        ("United", 2, "compound", "PROPN", "NNP", "United"),
        ("States", 3, "nsubj", "PROPN", "NNP", "States"),
        ("revoked", 3, "ROOT", "VERB", "VBD", "revoke"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("visa", 3, "dobj", "NOUN", "NN", "visa"),
        ("of", 5, "prep", "ADP", "IN", "of"),
        ("Gustavo", 8, "compound", "PROPN", "NNP", "Gustavo"),
        ("Petro", 6, "pobj", "PROPN", "NNP", "Petro"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Germany expelled Lavrov's envoy after he insulted Scholz.": [
        ("Germany", 1, "nsubj", "PROPN", "NNP", "Germany"),
        ("expelled", 1, "ROOT", "VERB", "VBD", "expel"),
        ("Lavrov", 4, "poss", "PROPN", "NNP", "Lavrov"),
        ("'s", 2, "case", "PART", "POS", "'s"),
        ("envoy", 1, "dobj", "NOUN", "NN", "envoy"),
        ("after", 7, "mark", "SCONJ", "IN", "after"),
        ("he", 7, "nsubj", "PRON", "PRP", "he"),
        ("insulted", 1, "advcl", "VERB", "VBD", "insult"),
        ("Scholz", 7, "dobj", "PROPN", "NNP", "Scholz"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Russian troops shelled Kharkiv a day after Putin ordered them to advance.": [
        ("Russian", 1, "amod", "ADJ", "JJ", "russian"),
        ("troops", 2, "nsubj", "NOUN", "NNS", "troop"),
        ("shelled", 2, "ROOT", "VERB", "VBD", "shell"),
        ("Kharkiv", 2, "dobj", "PROPN", "NNP", "Kharkiv"),
        ("a", 5, "det", "DET", "DT", "a"),
        ("day", 2, "npadvmod", "NOUN", "NN", "day"),
        ("after", 8, "mark", "SCONJ", "IN", "after"),
        ("Putin", 8, "nsubj", "PROPN", "NNP", "Putin"),
        ("ordered", 2, "advcl", "VERB", "VBD", "order"),
        ("them", 8, "dobj", "PRON", "PRP", "they"),
        ("to", 11, "aux", "PART", "TO", "to"),
        ("advance", 8, "xcomp", "VERB", "VB", "advance"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_a_revoked_visa_sanctions_its_holder(coder: Coder) -> None:
    assert coded(coder, "The United States revoked the visa of Gustavo Petro.") == [
        ("SANCTION", "asserted", ["USA"], ["COL"])]


def test_he_after_a_clause_is_the_one_person_it_named(coder: Coder) -> None:
    events = coded(coder, "Germany expelled Lavrov's envoy after he insulted Scholz.")
    assert ("ACCUSE", "asserted", ["RUS"], ["DEU"]) in events


def test_them_in_a_clause_beside_is_the_main_subject(coder: Coder) -> None:
    events = coded(coder, "Russian troops shelled Kharkiv a day after Putin ordered them to "
                          "advance.")
    assert events == [("ASSAULT", "asserted", ["RUS"], ["UKR"])]
