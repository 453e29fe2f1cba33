"""Model-free tests of names the text teaches (EVENTS.md section 3).

"Kenya's interior minister, Otieno Wafula, met Antony Blinken ... Wafula flew to Nairobi. He
signed an agreement with Haiti": a name learnt from how the text introduces a person is a person
named when it comes again, so "he" is Wafula, not Blinken. A name is learnt only from what
the text says of it: "Mendoza and Timochenko signed the deal" does not make Mendoza one of
Timochenko's FARC. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these
sentences (written for these tests; the people are invented).
"""

from __future__ import annotations

from docbuild import code_doc, summary
from parley.events.coder import Coder

PUBLISHED = "2024-03-13"

PARSES = {
    "Kenya's interior minister, Otieno Wafula, met Antony Blinken on Monday.": [
        ("Kenya", 3, "poss", "PROPN", "NNP", "Kenya"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("interior", 3, "amod", "ADJ", "JJ", "interior"),
        ("minister", 8, "nsubj", "NOUN", "NN", "minister"),
        (",", 3, "punct", "PUNCT", ",", ","),
        ("Otieno", 6, "compound", "PROPN", "NNP", "Otieno"),
        ("Wafula", 3, "appos", "PROPN", "NNP", "Wafula"),
        (",", 3, "punct", "PUNCT", ",", ","),
        ("met", 8, "ROOT", "VERB", "VBD", "meet"),
        ("Antony", 10, "compound", "PROPN", "NNP", "Antony"),
        ("Blinken", 8, "dobj", "PROPN", "NNP", "Blinken"),
        ("on", 8, "prep", "ADP", "IN", "on"),
        ("Monday", 11, "pobj", "PROPN", "NNP", "Monday"),
        (".", 8, "punct", "PUNCT", ".", "."),
    ],
    "Antony Blinken thanked Kenya.": [
        ("Antony", 1, "compound", "PROPN", "NNP", "Antony"),
        ("Blinken", 2, "nsubj", "PROPN", "NNP", "Blinken"),
        ("thanked", 2, "ROOT", "VERB", "VBD", "thank"),
        ("Kenya", 2, "dobj", "PROPN", "NNP", "Kenya"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Wafula flew to Nairobi.": [
        ("Wafula", 1, "nsubj", "PROPN", "NNP", "Wafula"),
        ("flew", 1, "ROOT", "VERB", "VBD", "fly"),
        ("to", 1, "prep", "ADP", "IN", "to"),
        ("Nairobi", 2, "pobj", "PROPN", "NNP", "Nairobi"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "He signed an agreement with Haiti.": [
        ("He", 1, "nsubj", "PRON", "PRP", "he"),
        ("signed", 1, "ROOT", "VERB", "VBD", "sign"),
        ("an", 3, "det", "DET", "DT", "an"),
        ("agreement", 1, "dobj", "NOUN", "NN", "agreement"),
        ("with", 3, "prep", "ADP", "IN", "with"),
        ("Haiti", 4, "pobj", "PROPN", "NNP", "Haiti"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Mendoza and Timochenko signed the deal.": [
        ("Mendoza", 3, "nsubj", "PROPN", "NNP", "Mendoza"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("Timochenko", 0, "conj", "PROPN", "NNP", "Timochenko"),
        ("signed", 3, "ROOT", "VERB", "VBD", "sign"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("deal", 3, "dobj", "NOUN", "NN", "deal"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Uribe accused Mendoza of betrayal.": [
        ("Uribe", 1, "nsubj", "PROPN", "NNP", "Uribe"),
        ("accused", 1, "ROOT", "VERB", "VBD", "accuse"),
        ("Mendoza", 1, "dobj", "PROPN", "NNP", "Mendoza"),
        ("of", 1, "prep", "ADP", "IN", "of"),
        ("betrayal", 3, "pobj", "NOUN", "NN", "betrayal"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, *texts: str) -> list[tuple]:
    return summary(code_doc(coder, [(t, PARSES[t]) for t in texts], PUBLISHED, infer=False))


def test_he_is_the_person_last_named_by_a_learnt_name(coder: Coder) -> None:
    events = coded(coder, "Kenya's interior minister, Otieno Wafula, met Antony Blinken on Monday.",
                   "Antony Blinken thanked Kenya.", "Wafula flew to Nairobi.",
                   "He signed an agreement with Haiti.")
    assert ("AGREE", "asserted", ["KEN", "HTI"], []) in events
    assert ("AGREE", "asserted", ["USA", "HTI"], []) not in events


def test_no_name_is_learnt_from_what_is_joined_to_it(coder: Coder) -> None:
    events = coded(coder, "Mendoza and Timochenko signed the deal.",
                   "Uribe accused Mendoza of betrayal.")
    assert [e for e in events if e[0] == "ACCUSE" and "FARC" in e[3]] == []
