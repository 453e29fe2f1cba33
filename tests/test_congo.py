"""Model-free tests of what a bare "Congo" names.

News agencies write "Congo" for the Democratic Republic of the Congo once a story has named
it otherwise (Congolese troops, Kinshasa, Goma); the dictionary alone gives the bare name to
the Republic of the Congo, its ISO name. The page decides. (Troops sent "into" a state make
it the recipient, as troops sent "to" it do.) Docs are built by hand in the
shape en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, summary

PUBLISHED = "2025-03-01"

PARSES = {
    "Rwanda sent troops into Congo.": [
        ("Rwanda", 1, "nsubj", "PROPN", "NNP", "Rwanda"),
        ("sent", 1, "ROOT", "VERB", "VBD", "send"),
        ("troops", 1, "dobj", "NOUN", "NNS", "troop"),
        ("into", 1, "prep", "ADP", "IN", "into"),
        ("Congo", 3, "pobj", "PROPN", "NNP", "Congo"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Kinshasa accused Kigali of backing the rebels.": [
        ("Kinshasa", 1, "nsubj", "PROPN", "NNP", "Kinshasa"),
        ("accused", 1, "ROOT", "VERB", "VBD", "accuse"),
        ("Kigali", 1, "dobj", "PROPN", "NNP", "Kigali"),
        ("of", 1, "prep", "ADP", "IN", "of"),
        ("backing", 3, "pcomp", "VERB", "VBG", "back"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("rebels", 4, "dobj", "NOUN", "NNS", "rebel"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Brazzaville urged calm.": [
        ("Brazzaville", 1, "nsubj", "PROPN", "NNP", "Brazzaville"),
        ("urged", 1, "ROOT", "VERB", "VBD", "urge"),
        ("calm", 1, "dobj", "NOUN", "NN", "calm"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}

SENT = "Rwanda sent troops into Congo."


def _sending(coder, texts):
    events = code_doc(coder, [(t, PARSES[t]) for t in texts], PUBLISHED)
    return [row for row in summary(events) if row[0] == "MOBILIZE"]


def test_bare_congo_alone_is_the_republic(coder):
    assert _sending(coder, [SENT]) == [("MOBILIZE", "asserted", ["RWA"], ["COG"])]


def test_bare_congo_on_a_page_naming_kinshasa_is_the_democratic_republic(coder):
    # Named after the bare use, too: the whole page decides.
    assert _sending(coder, [SENT, "Kinshasa accused Kigali of backing the rebels."]) == [
        ("MOBILIZE", "asserted", ["RWA"], ["COD"])]


def test_a_page_naming_both_congos_keeps_the_bare_name_for_the_republic(coder):
    texts = [SENT, "Kinshasa accused Kigali of backing the rebels.", "Brazzaville urged calm."]
    assert _sending(coder, texts) == [("MOBILIZE", "asserted", ["RWA"], ["COG"])]
