"""Model-free tests of parties counted ("the four governments", "the three Gulf states"):
the last parties the text told of together that many. Also the list of states the model
parses as an apposition ("Saudi Arabia, the United Arab Emirates, Bahrain and Egypt"). Docs
are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for these
tests)."""

from __future__ import annotations

from docbuild import code_doc
from parley.events.coder import Coder

PUBLISHED = "2017-06-07"

PARSES = {
    "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut ties with Qatar on Monday.": [
        ("Saudi", 1, "compound", "PROPN", "NNP", "Saudi"),
        ("Arabia", 11, "nsubj", "PROPN", "NNP", "Arabia"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("the", 6, "det", "DET", "DT", "the"),
        ("United", 6, "compound", "PROPN", "NNP", "United"),
        ("Arab", 6, "compound", "PROPN", "NNP", "Arab"),
        ("Emirates", 1, "appos", "PROPN", "NNPS", "Emirates"),
        (",", 6, "punct", "PUNCT", ",", ","),
        ("Bahrain", 6, "conj", "PROPN", "NNP", "Bahrain"),
        ("and", 8, "cc", "CCONJ", "CC", "and"),
        ("Egypt", 8, "conj", "PROPN", "NNP", "Egypt"),
        ("cut", 11, "ROOT", "VERB", "VBD", "cut"),
        ("ties", 11, "dobj", "NOUN", "NNS", "tie"),
        ("with", 12, "prep", "ADP", "IN", "with"),
        ("Qatar", 13, "pobj", "PROPN", "NNP", "Qatar"),
        ("on", 11, "prep", "ADP", "IN", "on"),
        ("Monday", 15, "pobj", "PROPN", "NNP", "Monday"),
        (".", 11, "punct", "PUNCT", ".", "."),
    ],
    "The four governments later closed their airspace to Qatari planes.": [
        ("The", 2, "det", "DET", "DT", "the"),
        ("four", 2, "nummod", "NUM", "CD", "four"),
        ("governments", 4, "nsubj", "NOUN", "NNS", "government"),
        ("later", 4, "advmod", "ADV", "RB", "later"),
        ("closed", 4, "ROOT", "VERB", "VBD", "close"),
        ("their", 6, "poss", "PRON", "PRP$", "their"),
        ("airspace", 4, "dobj", "NOUN", "NN", "airspace"),
        ("to", 4, "prep", "ADP", "IN", "to"),
        ("Qatari", 9, "amod", "ADJ", "JJ", "qatari"),
        ("planes", 7, "pobj", "NOUN", "NNS", "plane"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ],
    "The three countries urged Doha to comply.": [
        ("The", 2, "det", "DET", "DT", "the"),
        ("three", 2, "nummod", "NUM", "CD", "three"),
        ("countries", 3, "nsubj", "NOUN", "NNS", "country"),
        ("urged", 3, "ROOT", "VERB", "VBD", "urge"),
        ("Doha", 3, "dobj", "PROPN", "NNP", "Doha"),
        ("to", 6, "aux", "PART", "TO", "to"),
        ("comply", 3, "xcomp", "VERB", "VB", "comply"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
}

CUT = "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut ties with Qatar on Monday."


def coded(coder: Coder, *texts: str) -> list[tuple]:
    events = code_doc(coder, [(t, PARSES[t]) for t in texts], PUBLISHED, infer=False)
    return [(ev.event, [e.code for e in ev.actor], [e.code for e in ev.recipient])
            for ev in events if ev.status == "asserted"]


def test_every_state_of_a_list_acts(coder: Coder) -> None:
    # (The model parses "the United Arab Emirates" as Saudi Arabia's apposition.)
    assert coded(coder, CUT) == [("SANCTION", ["SAU", "ARE", "BHR", "EGY"], ["QAT"])]


def test_the_four_are_the_four_told_of_together(coder: Coder) -> None:
    events = coded(coder, CUT, "The four governments later closed their airspace to Qatari planes.")
    assert events[1] == ("COERCE", ["SAU", "ARE", "BHR", "EGY"], ["QAT"])


def test_a_count_no_group_has_names_no_one(coder: Coder) -> None:
    events = coded(coder, CUT, "The three countries urged Doha to comply.")
    assert not any(ev[0] == "REQUEST" for ev in events)
