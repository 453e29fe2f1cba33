"""Model-free test: a relative clause's act is background, not the act "the bombing" later
refers back to.

"Germany condemned the bombing" after "Turkish jets bombed Kurdish positions" and "The Kurds,
who fought the Islamic State for years, ..." condemns Turkey's bombing. Docs are built by hand
in the shape en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc
from parley.events.coder import Coder

PUBLISHED = "2019-10-10"

PARSES = {
    "Turkish jets bombed Kurdish positions on Wednesday.": [
        ("Turkish", 1, "amod", "ADJ", "JJ", "turkish"),
        ("jets", 2, "nsubj", "NOUN", "NNS", "jet"),
        ("bombed", 2, "ROOT", "VERB", "VBD", "bomb"),
        ("Kurdish", 4, "amod", "ADJ", "JJ", "kurdish"),
        ("positions", 2, "dobj", "NOUN", "NNS", "position"),
        ("on", 2, "prep", "ADP", "IN", "on"),
        ("Wednesday", 5, "pobj", "PROPN", "NNP", "Wednesday"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "The Kurds, who fought the Islamic State for years, said they would resist.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("Kurds", 11, "nsubj", "PROPN", "NNPS", "Kurds"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("who", 4, "nsubj", "PRON", "WP", "who"),
        ("fought", 1, "relcl", "VERB", "VBD", "fight"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("Islamic", 7, "compound", "PROPN", "NNP", "Islamic"),
        ("State", 4, "dobj", "PROPN", "NNP", "State"),
        ("for", 4, "prep", "ADP", "IN", "for"),
        ("years", 8, "pobj", "NOUN", "NNS", "year"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("said", 11, "ROOT", "VERB", "VBD", "say"),
        ("they", 14, "nsubj", "PRON", "PRP", "they"),
        ("would", 14, "aux", "AUX", "MD", "would"),
        ("resist", 11, "ccomp", "VERB", "VB", "resist"),
        (".", 11, "punct", "PUNCT", ".", "."),
    ],
    "Germany condemned the bombing.": [
        ("Germany", 1, "nsubj", "PROPN", "NNP", "Germany"),
        ("condemned", 1, "ROOT", "VERB", "VBD", "condemn"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("bombing", 1, "dobj", "NOUN", "NN", "bombing"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def test_the_act_referred_back_to_is_not_a_relative_clause_s(coder: Coder) -> None:
    events = code_doc(coder, list(PARSES.items()), PUBLISHED, infer=False)
    condemned = [ev for ev in events if ev.event == "ACCUSE"]
    assert [([e.code for e in ev.actor], [e.code for e in ev.recipient])
            for ev in condemned] == [(["DEU"], ["TUR"])]
