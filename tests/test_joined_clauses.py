"""Model-free tests of the status of a clause joined to a negated or modal one.

Verbs joined with no subject of their own share the first verb's auxiliaries and negation
("could have prevented the war and could have led ..."); a joined clause with a subject of
its own shares none: "Iran has not accepted the plan, and Qatar urged Iran to sign it" tells
Qatar's appeal as made. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these
sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2025-06-02"

URGED = "Iran has not accepted the plan, and Qatar urged Iran to sign it."
PARSES = {
    URGED: [
        ("Iran", 3, "nsubj", "PROPN", "NNP", "Iran"),
        ("has", 3, "aux", "AUX", "VBZ", "have"),
        ("not", 3, "neg", "PART", "RB", "not"),
        ("accepted", 3, "ROOT", "VERB", "VBN", "accept"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("plan", 3, "dobj", "NOUN", "NN", "plan"),
        (",", 3, "punct", "PUNCT", ",", ","),
        ("and", 3, "cc", "CCONJ", "CC", "and"),
        ("Qatar", 9, "nsubj", "PROPN", "NNP", "Qatar"),
        ("urged", 3, "conj", "VERB", "VBD", "urge"),
        ("Iran", 9, "dobj", "PROPN", "NNP", "Iran"),
        ("to", 12, "aux", "PART", "TO", "to"),
        ("sign", 9, "xcomp", "VERB", "VB", "sign"),
        ("it", 12, "dobj", "PRON", "PRP", "it"),
        (".", 9, "punct", "PUNCT", ".", "."),
    ],
}


def test_a_clause_with_its_own_subject_keeps_its_own_status(coder: Coder) -> None:
    found = summary(code_one(coder, URGED, PARSES[URGED], PUBLISHED))
    assert ("REJECT", "asserted", ["IRN"], []) in found  # (a refusal, told now)
    assert ("REQUEST", "asserted", ["QAT"], ["IRN"]) in found


def test_a_verb_joined_without_a_subject_shares_the_negation(coder: Coder) -> None:
    text = "Iran has not met Qatar and signed the deal."
    rows = [
        ("Iran", 3, "nsubj", "PROPN", "NNP", "Iran"),
        ("has", 3, "aux", "AUX", "VBZ", "have"),
        ("not", 3, "neg", "PART", "RB", "not"),
        ("met", 3, "ROOT", "VERB", "VBN", "meet"),
        ("Qatar", 3, "dobj", "PROPN", "NNP", "Qatar"),
        ("and", 3, "cc", "CCONJ", "CC", "and"),
        ("signed", 3, "conj", "VERB", "VBD", "sign"),
        ("the", 8, "det", "DET", "DT", "the"),
        ("deal", 6, "dobj", "NOUN", "NN", "deal"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]
    found = summary(code_one(coder, text, rows, PUBLISHED))
    assert [ev[:2] for ev in found] == [("CONSULT", "negated"), ("AGREE", "negated")]
