"""Model-free tests of deeds referred to by a noun (EVENTS.md section 3).

"condemned the strike" is aimed at whoever did the striking the text told ("Russian missiles
struck ..."), even when another attack was told in between; "condemned the decision" or "the
move" is aimed at whoever did the deed the text last told. Docs are built by hand in the shape
en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, summary
from parley.events.coder import Coder

PUBLISHED = "2023-07-24"

PARSES = {
    "Russian missiles struck the port of Odesa on Saturday.": [
        ("Russian", 1, "amod", "ADJ", "JJ", "russian"),
        ("missiles", 2, "nsubj", "NOUN", "NNS", "missile"),
        ("struck", 2, "ROOT", "VERB", "VBD", "strike"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("port", 2, "dobj", "NOUN", "NN", "port"),
        ("of", 4, "prep", "ADP", "IN", "of"),
        ("Odesa", 5, "pobj", "PROPN", "NNP", "Odesa"),
        ("on", 2, "prep", "ADP", "IN", "on"),
        ("Saturday", 7, "pobj", "PROPN", "NNP", "Saturday"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
    "Ukrainian air defences shot down two drones over Kyiv.": [
        ("Ukrainian", 2, "amod", "ADJ", "JJ", "ukrainian"),
        ("air", 2, "compound", "NOUN", "NN", "air"),
        ("defences", 3, "nsubj", "NOUN", "NNS", "defence"),
        ("shot", 3, "ROOT", "VERB", "VBD", "shoot"),
        ("down", 3, "prt", "ADV", "RB", "down"),
        ("two", 6, "nummod", "NUM", "CD", "two"),
        ("drones", 3, "dobj", "NOUN", "NNS", "drone"),
        ("over", 6, "prep", "ADP", "IN", "over"),
        ("Kyiv", 7, "pobj", "PROPN", "NNP", "Kyiv"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Turkey condemned the strike.": [
        ("Turkey", 1, "nsubj", "PROPN", "NNP", "Turkey"),
        ("condemned", 1, "ROOT", "VERB", "VBD", "condemn"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("strike", 1, "dobj", "NOUN", "NN", "strike"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Russia recognised Abkhazia as an independent state.": [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("recognised", 1, "ROOT", "VERB", "VBD", "recognise"),
        ("Abkhazia", 1, "dobj", "PROPN", "NNP", "Abkhazia"),
        ("as", 1, "prep", "ADP", "IN", "as"),
        ("an", 6, "det", "DET", "DT", "an"),
        ("independent", 6, "amod", "ADJ", "JJ", "independent"),
        ("state", 3, "pobj", "NOUN", "NN", "state"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Germany condemned the decision.": [
        ("Germany", 1, "nsubj", "PROPN", "NNP", "Germany"),
        ("condemned", 1, "ROOT", "VERB", "VBD", "condemn"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("decision", 1, "dobj", "NOUN", "NN", "decision"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def doc(coder: Coder, *texts: str) -> list[tuple]:
    return summary(code_doc(coder, [(t, PARSES[t]) for t in texts], PUBLISHED, infer=False))


def test_the_strike_is_the_striking_told_not_the_last_attack(coder: Coder) -> None:
    events = doc(coder, "Russian missiles struck the port of Odesa on Saturday.",
                 "Ukrainian air defences shot down two drones over Kyiv.",
                 "Turkey condemned the strike.")
    assert ("ACCUSE", "asserted", ["TUR"], ["RUS"]) in events
    assert not any(ev[0] == "ACCUSE" and "UKR" in ev[3] for ev in events)


def test_the_decision_is_the_deed_last_told(coder: Coder) -> None:
    events = doc(coder, "Russia recognised Abkhazia as an independent state.",
                 "Germany condemned the decision.")
    assert ("ACCUSE", "asserted", ["DEU"], ["RUS"]) in events
