"""Model-free tests of a capital naming where talks are held: "the Nairobi talks" are talks in
Nairobi, not Kenya's; whoever attends them meets the parties the text was telling about. Docs
are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for these
tests).
"""

from __future__ import annotations

from docbuild import code_doc
from parley.events.coder import Coder

PUBLISHED = "2022-11-10"

DEAL = "Sudan and South Sudan signed a peace deal on Monday."
ENVOY = "A US envoy attended the Nairobi talks as an observer."

PARSES = {
    "Sudan and South Sudan signed a peace deal on Monday.": [
        ("Sudan", 4, "nsubj", "PROPN", "NNP", "Sudan"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("South", 3, "compound", "PROPN", "NNP", "South"),
        ("Sudan", 0, "conj", "PROPN", "NNP", "Sudan"),
        ("signed", 4, "ROOT", "VERB", "VBD", "sign"),
        ("a", 7, "det", "DET", "DT", "a"),
        ("peace", 7, "compound", "NOUN", "NN", "peace"),
        ("deal", 4, "dobj", "NOUN", "NN", "deal"),
        ("on", 4, "prep", "ADP", "IN", "on"),
        ("Monday", 8, "pobj", "PROPN", "NNP", "Monday"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ],
    "A US envoy attended the Nairobi talks as an observer.": [
        ("A", 2, "det", "DET", "DT", "a"),
        ("US", 2, "compound", "PROPN", "NNP", "US"),
        ("envoy", 3, "nsubj", "NOUN", "NN", "envoy"),
        ("attended", 3, "ROOT", "VERB", "VBD", "attend"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("Nairobi", 6, "compound", "PROPN", "NNP", "Nairobi"),
        ("talks", 3, "dobj", "NOUN", "NNS", "talk"),
        ("as", 3, "prep", "ADP", "IN", "as"),
        ("an", 9, "det", "DET", "DT", "an"),
        ("observer", 7, "pobj", "NOUN", "NN", "observer"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
}


def test_a_capital_before_talks_is_where_they_are(coder: Coder) -> None:
    events = code_doc(coder, [(s, PARSES[s]) for s in (DEAL, ENVOY)], PUBLISHED)
    consults = [sorted(e.code for e in ev.actor) for ev in events if ev.event == "CONSULT"]
    assert consults == [["SDN", "SSD", "USA"]]
