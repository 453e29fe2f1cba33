"""Model-free tests of "its" inside a relative clause (EVENTS.md section 3).

"Pakistan accuses Kabul of sheltering the TTP, which has stepped up its attacks on Pakistani
soldiers": "its" is the TTP's, the noun the relative clause describes, not Pakistan's. Docs
are built by hand in the shape en_core_web_sm 3.8.0 parses this sentence (written for these
tests).
"""

from __future__ import annotations

from docbuild import code_doc, summary
from parley.events.coder import Coder

PUBLISHED = "2025-10-12"

TEXT = ("Pakistan accuses Kabul of sheltering the TTP, which has stepped up its attacks on "
        "Pakistani soldiers.")

ROWS = [
    ("Pakistan", 1, "nsubj", "PROPN", "NNP", "Pakistan"),
    ("accuses", 1, "ROOT", "VERB", "VBZ", "accuse"),
    ("Kabul", 1, "dobj", "PROPN", "NNP", "Kabul"),
    ("of", 1, "prep", "ADP", "IN", "of"),
    ("sheltering", 3, "pcomp", "VERB", "VBG", "shelter"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("TTP", 4, "dobj", "PROPN", "NNP", "TTP"),
    (",", 6, "punct", "PUNCT", ",", ","),
    ("which", 10, "nsubj", "PRON", "WDT", "which"),
    ("has", 10, "aux", "AUX", "VBZ", "have"),
    ("stepped", 6, "relcl", "VERB", "VBN", "step"),
    ("up", 10, "prt", "ADP", "RP", "up"),
    ("its", 13, "poss", "PRON", "PRP$", "its"),
    ("attacks", 10, "dobj", "NOUN", "NNS", "attack"),
    ("on", 13, "prep", "ADP", "IN", "on"),
    ("Pakistani", 16, "amod", "ADJ", "JJ", "pakistani"),
    ("soldiers", 14, "pobj", "NOUN", "NNS", "soldier"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_its_in_a_relative_clause_is_the_described_nouns(coder: Coder) -> None:
    events = summary(code_doc(coder, [(TEXT, ROWS)], PUBLISHED, infer=False))
    attacks = [e for e in events if e[0] == "ASSAULT"]
    assert attacks == [("ASSAULT", "asserted", ["TTP"], ["PAK"])]
