"""Model-free tests of courses a side announces against a provocation (EVENTS.md section 2).

Whatever a side says it will do should it be attacked or provoked threatens now (CAMEO 13x):
"would give a fitting reply if provoked", also in a clause joined to what is said. A benefit
offered on a condition ("would return to the talks if the United States lifted sanctions") is
an offer (AGREE), not a threat; so is a benefit for another party offered against an attack
("would give Chile access to its ports if Bolivia attacked"). Docs are built by hand in the
shape en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2024-01-01"

PARSES = {
    "Iran said it would return to the talks if the United States lifted sanctions.": [
        ("Iran", 1, "nsubj", "PROPN", "NNP", "Iran"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("it", 4, "nsubj", "PRON", "PRP", "it"),
        ("would", 4, "aux", "AUX", "MD", "would"),
        ("return", 1, "ccomp", "VERB", "VB", "return"),
        ("to", 4, "prep", "ADP", "IN", "to"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("talks", 5, "pobj", "NOUN", "NNS", "talk"),
        ("if", 12, "mark", "SCONJ", "IN", "if"),
        ("the", 11, "det", "DET", "DT", "the"),
        ("United", 11, "compound", "PROPN", "NNP", "United"),
        ("States", 12, "nsubj", "PROPN", "NNP", "States"),
        ("lifted", 4, "advcl", "VERB", "VBD", "lift"),
        ("sanctions", 12, "dobj", "NOUN", "NNS", "sanction"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Chad said it would give a fitting reply if provoked.": [
        ("Chad", 1, "nsubj", "PROPN", "NNP", "Chad"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("it", 4, "nsubj", "PRON", "PRP", "it"),
        ("would", 4, "aux", "AUX", "MD", "would"),
        ("give", 1, "ccomp", "VERB", "VB", "give"),
        ("a", 7, "det", "DET", "DT", "a"),
        ("fitting", 7, "amod", "ADJ", "JJ", "fitting"),
        ("reply", 4, "dobj", "NOUN", "NN", "reply"),
        ("if", 9, "mark", "SCONJ", "IN", "if"),
        ("provoked", 4, "advcl", "VERB", "VBN", "provoke"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Peru said it would give Chile access to its ports if Bolivia attacked.": [
        ("Peru", 1, "nsubj", "PROPN", "NNP", "Peru"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("it", 4, "nsubj", "PRON", "PRP", "it"),
        ("would", 4, "aux", "AUX", "MD", "would"),
        ("give", 1, "ccomp", "VERB", "VB", "give"),
        ("Chile", 4, "dative", "PROPN", "NNP", "Chile"),
        ("access", 4, "dobj", "NOUN", "NN", "access"),
        ("to", 6, "prep", "ADP", "IN", "to"),
        ("its", 9, "poss", "PRON", "PRP$", "its"),
        ("ports", 7, "pobj", "NOUN", "NNS", "port"),
        ("if", 12, "mark", "SCONJ", "IN", "if"),
        ("Bolivia", 12, "nsubj", "PROPN", "NNP", "Bolivia"),
        ("attacked", 4, "advcl", "VERB", "VBD", "attack"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Chad said the talks had failed, and that it wanted peace but would give a fitting reply if provoked.": [
        ("Chad", 1, "nsubj", "PROPN", "NNP", "Chad"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("talks", 5, "nsubj", "NOUN", "NNS", "talk"),
        ("had", 5, "aux", "AUX", "VBD", "have"),
        ("failed", 1, "ccomp", "VERB", "VBN", "fail"),
        (",", 5, "punct", "PUNCT", ",", ","),
        ("and", 5, "cc", "CCONJ", "CC", "and"),
        ("that", 10, "mark", "SCONJ", "IN", "that"),
        ("it", 10, "nsubj", "PRON", "PRP", "it"),
        ("wanted", 5, "conj", "VERB", "VBD", "want"),
        ("peace", 10, "dobj", "NOUN", "NN", "peace"),
        ("but", 10, "cc", "CCONJ", "CC", "but"),
        ("would", 14, "aux", "AUX", "MD", "would"),
        ("give", 10, "conj", "VERB", "VB", "give"),
        ("a", 17, "det", "DET", "DT", "a"),
        ("fitting", 17, "amod", "ADJ", "JJ", "fitting"),
        ("reply", 14, "dobj", "NOUN", "NN", "reply"),
        ("if", 19, "mark", "SCONJ", "IN", "if"),
        ("provoked", 14, "advcl", "VERB", "VBN", "provoke"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_a_course_announced_against_provocation_threatens(coder: Coder) -> None:
    assert ("THREATEN", "asserted", ["TCD"], []) in coded(
        coder, "Chad said it would give a fitting reply if provoked.")


def test_so_it_does_in_a_clause_joined_to_what_is_said(coder: Coder) -> None:
    assert ("THREATEN", "asserted", ["TCD"], []) in coded(
        coder, "Chad said the talks had failed, and that it wanted peace but would give a "
               "fitting reply if provoked.")


def test_a_benefit_offered_on_a_condition_is_an_offer(coder: Coder) -> None:
    events = coded(coder, "Iran said it would return to the talks if the United States lifted "
                          "sanctions.")
    assert ("AGREE", "asserted", ["IRN"], []) in events
    assert not any(ev[0] == "THREATEN" for ev in events)


def test_a_benefit_for_another_against_an_attack_is_no_threat(coder: Coder) -> None:
    events = coded(coder, "Peru said it would give Chile access to its ports if Bolivia attacked.")
    assert not any(ev[0] == "THREATEN" for ev in events)
