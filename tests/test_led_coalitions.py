"""Model-free tests of a coalition named by who leads it: "Nigeria, which leads a regional
coalition that has fought Boko Haram" tells Nigeria's fighting, and "the coalition" later
in the text is Nigeria's. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses
these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc
from parley.events.coder import Coder

PUBLISHED = "2020-03-10"

LEADS = ("Nigeria, which leads a regional coalition that has fought Boko Haram since 2015, "
         "welcomed the plan.")
LATER = "The Senate voted on Thursday to end American military support for the coalition."

PARSES: dict[str, list[tuple]] = {
    "Nigeria, which leads a regional coalition that has fought Boko Haram since 2015, welcomed the plan.": [
        ("Nigeria", 15, "nsubj", "PROPN", "NNP", "Nigeria"),
        (",", 0, "punct", "PUNCT", ",", ","),
        ("which", 3, "nsubj", "PRON", "WDT", "which"),
        ("leads", 0, "relcl", "VERB", "VBZ", "lead"),
        ("a", 6, "det", "DET", "DT", "a"),
        ("regional", 6, "amod", "ADJ", "JJ", "regional"),
        ("coalition", 3, "dobj", "NOUN", "NN", "coalition"),
        ("that", 9, "nsubj", "PRON", "WDT", "that"),
        ("has", 9, "aux", "AUX", "VBZ", "have"),
        ("fought", 6, "relcl", "VERB", "VBN", "fight"),
        ("Boko", 11, "compound", "PROPN", "NNP", "Boko"),
        ("Haram", 9, "dobj", "PROPN", "NNP", "Haram"),
        ("since", 9, "prep", "SCONJ", "IN", "since"),
        ("2015", 12, "pobj", "NUM", "CD", "2015"),
        (",", 0, "punct", "PUNCT", ",", ","),
        ("welcomed", 15, "ROOT", "VERB", "VBD", "welcome"),
        ("the", 17, "det", "DET", "DT", "the"),
        ("plan", 15, "dobj", "NOUN", "NN", "plan"),
        (".", 15, "punct", "PUNCT", ".", "."),
    ],
    "The Senate voted on Thursday to end American military support for the coalition.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("Senate", 2, "nsubj", "PROPN", "NNP", "Senate"),
        ("voted", 2, "ROOT", "VERB", "VBD", "vote"),
        ("on", 2, "prep", "ADP", "IN", "on"),
        ("Thursday", 3, "pobj", "PROPN", "NNP", "Thursday"),
        ("to", 6, "aux", "PART", "TO", "to"),
        ("end", 2, "xcomp", "VERB", "VB", "end"),
        ("American", 9, "amod", "ADJ", "JJ", "american"),
        ("military", 9, "amod", "ADJ", "JJ", "military"),
        ("support", 6, "dobj", "NOUN", "NN", "support"),
        ("for", 9, "prep", "ADP", "IN", "for"),
        ("the", 12, "det", "DET", "DT", "the"),
        ("coalition", 10, "pobj", "NOUN", "NN", "coalition"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder) -> list[tuple]:
    events = code_doc(coder, [(LEADS, PARSES[LEADS]), (LATER, PARSES[LATER])], PUBLISHED)
    return [(ev.event, sorted(e.code for e in ev.actor), [e.code for e in ev.recipient])
            for ev in events if ev.status == "asserted"]


def test_a_coalition_one_leads_fights_as_its_leader(coder: Coder) -> None:
    # (Fighting a party named as the object is aimed at it: see test_fights_directed.)
    assert ("ASSAULT", ["NGA"], ["BOKOHARAM"]) in coded(coder)


def test_the_coalition_later_is_its_leaders(coder: Coder) -> None:
    assert ("AID", ["USA"], ["NGA"]) in coded(coder)
