"""Model-free tests of a designation whose "as" phrase hangs on the last of its objects
(CAMEO 160 SANCTION, EVENTS.md section 2).

"Washington designated Viv Ansanm, a coalition that controls the capital, and the Gran Grif
gang as terrorist organisations": the parser hangs "as terrorist organisations" on the last
object, joined to the first object or to the verb itself; either way the designation is the
lexicon's "designate as organisation". Docs are built by hand in the shape en_core_web_sm
3.8.0 parses this sentence (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, reparsed, summary
from parley.events.coder import Coder

PUBLISHED = "2025-05-03"

TEXT = ("Washington on Friday designated Viv Ansanm, a coalition that controls the capital, and "
        "the Gran Grif gang as terrorist organisations.")

ROWS = [
    ("Washington", 3, "nsubj", "PROPN", "NNP", "Washington"),
    ("on", 3, "prep", "ADP", "IN", "on"),
    ("Friday", 1, "pobj", "PROPN", "NNP", "Friday"),
    ("designated", 3, "ROOT", "VERB", "VBD", "designate"),
    ("Viv", 5, "compound", "PROPN", "NNP", "Viv"),
    ("Ansanm", 3, "dobj", "PROPN", "NNP", "Ansanm"),
    (",", 5, "punct", "PUNCT", ",", ","),
    ("a", 8, "det", "DET", "DT", "a"),
    ("coalition", 5, "appos", "NOUN", "NN", "coalition"),
    ("that", 10, "nsubj", "PRON", "WDT", "that"),
    ("controls", 8, "relcl", "VERB", "VBZ", "control"),
    ("the", 12, "det", "DET", "DT", "the"),
    ("capital", 10, "dobj", "NOUN", "NN", "capital"),
    (",", 5, "punct", "PUNCT", ",", ","),
    ("and", 5, "cc", "CCONJ", "CC", "and"),
    ("the", 18, "det", "DET", "DT", "the"),
    ("Gran", 17, "compound", "PROPN", "NNP", "Gran"),
    ("Grif", 18, "compound", "PROPN", "NNP", "Grif"),
    ("gang", 5, "conj", "NOUN", "NN", "gang"),
    ("as", 18, "prep", "ADP", "IN", "as"),
    ("terrorist", 21, "amod", "ADJ", "JJ", "terrorist"),
    ("organisations", 19, "pobj", "NOUN", "NNS", "organisation"),
    (".", 3, "punct", "PUNCT", ".", "."),
]


def coded(coder: Coder, rows: list) -> list[tuple]:
    return summary(code_doc(coder, [(TEXT, rows)], PUBLISHED, infer=False))


def test_the_as_phrase_on_the_last_joined_object(coder: Coder) -> None:
    assert coded(coder, ROWS) == [("SANCTION", "asserted", ["USA"], ["HTI"])]


def test_the_as_phrase_on_an_object_joined_to_the_verb(coder: Coder) -> None:
    rows = reparsed(ROWS, {"gang": ("gang", 3, "conj", "NOUN", "NN", "gang")})
    assert coded(coder, rows) == [("SANCTION", "asserted", ["USA"], ["HTI"])]
