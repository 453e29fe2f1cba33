"""Model-free tests of who gives aid when the parse does not say: "U.S. and allied military
aid", which the parser splits at "and" (the name before "and allied" is the giver), and aid
with no recipient in a sentence naming one other party (the aid goes to that party, not to
the document's other side). Docs are built by hand in the shape en_core_web_sm 3.8.0 parses
these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, code_one
from parley.events.coder import Coder

PUBLISHED = "2023-06-01"

PARSES = {
    "Analysts point to the rising levels of U.S. and allied military aid to Kenya.": [
        ("Analysts", 1, "nsubj", "NOUN", "NNS", "analyst"),
        ("point", 1, "ROOT", "VERB", "VBP", "point"),
        ("to", 1, "prep", "ADP", "IN", "to"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("rising", 5, "amod", "VERB", "VBG", "rise"),
        ("levels", 2, "pobj", "NOUN", "NNS", "level"),
        ("of", 5, "prep", "ADP", "IN", "of"),
        ("U.S.", 6, "pobj", "PROPN", "NNP", "U.S."),
        ("and", 5, "cc", "CCONJ", "CC", "and"),
        ("allied", 11, "amod", "VERB", "VBD", "ally"),
        ("military", 11, "amod", "ADJ", "JJ", "military"),
        ("aid", 5, "conj", "NOUN", "NN", "aid"),
        ("to", 11, "prep", "ADP", "IN", "to"),
        ("Kenya", 12, "pobj", "PROPN", "NNP", "Kenya"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Japan cut its fishing quotas for Korea and allied boats.": [
        ("Japan", 1, "nsubj", "PROPN", "NNP", "Japan"),
        ("cut", 1, "ROOT", "VERB", "VBD", "cut"),
        ("its", 4, "poss", "PRON", "PRP$", "its"),
        ("fishing", 4, "compound", "NOUN", "NN", "fishing"),
        ("quotas", 1, "dobj", "NOUN", "NNS", "quota"),
        ("for", 4, "prep", "ADP", "IN", "for"),
        ("Korea", 5, "pobj", "PROPN", "NNP", "Korea"),
        ("and", 6, "cc", "CCONJ", "CC", "and"),
        ("allied", 9, "amod", "ADJ", "JJ", "allied"),
        ("boats", 6, "conj", "NOUN", "NNS", "boat"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Chad welcomed the increase in French military aid.": [
        ("Chad", 1, "nsubj", "PROPN", "NNP", "Chad"),
        ("welcomed", 1, "ROOT", "VERB", "VBD", "welcome"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("increase", 1, "dobj", "NOUN", "NN", "increase"),
        ("in", 3, "prep", "ADP", "IN", "in"),
        ("French", 7, "amod", "ADJ", "JJ", "french"),
        ("military", 7, "amod", "ADJ", "JJ", "military"),
        ("aid", 4, "pobj", "NOUN", "NN", "aid"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return [(ev.event, [e.code for e in ev.actor], [e.code for e in ev.recipient])
            for ev in code_one(coder, text, PARSES[text], PUBLISHED)]


def test_name_before_and_allied_gives_the_aid(coder: Coder) -> None:
    text = "Analysts point to the rising levels of U.S. and allied military aid to Kenya."
    assert coded(coder, text) == [("AID", ["USA"], ["KEN"])]


def test_name_before_and_is_no_giver_without_allied(coder: Coder) -> None:
    # "allied boats" are no act; and "Korea and ..." coordinates two noun phrases.
    text = "Japan cut its fishing quotas for Korea and allied boats."
    assert coded(coder, text) == []


def test_aid_goes_to_the_other_party_named(coder: Coder) -> None:
    text = "Chad welcomed the increase in French military aid."
    events = code_doc(coder, [(text, PARSES[text])], PUBLISHED)
    assert [(ev.event, [e.code for e in ev.actor], [e.code for e in ev.recipient])
            for ev in events] == [("SUPPORT", ["TCD"], ["FRA"]), ("AID", ["FRA"], ["TCD"])]
    # The recipient is inferred, not read: no text, no offsets.
    assert events[1].recipient[0].start == -1
