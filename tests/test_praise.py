"""Model-free tests of praise pinned on a deal or a letter (EVENTS.md section 2).

Calling a deal "a historic step" or a letter "a historic opportunity" endorses it and whoever
made it (SUPPORT, CAMEO 051, ``data/labels.tsv``); "a historic mistake" still accuses. The
naming "called" is no call: "the call" told later is still the call the text told before.
Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for
these tests).
"""

from __future__ import annotations

from docbuild import code_doc, summary
from parley.events.coder import Coder

PUBLISHED = "2025-03-01"

PARSES = {
    "Armenia and Azerbaijan signed a peace deal on Friday.": [
        ("Armenia", 3, "nsubj", "PROPN", "NNP", "Armenia"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("Azerbaijan", 0, "conj", "PROPN", "NNP", "Azerbaijan"),
        ("signed", 3, "ROOT", "VERB", "VBD", "sign"),
        ("a", 6, "det", "DET", "DT", "a"),
        ("peace", 6, "compound", "NOUN", "NN", "peace"),
        ("deal", 3, "dobj", "NOUN", "NN", "deal"),
        ("on", 3, "prep", "ADP", "IN", "on"),
        ("Friday", 7, "pobj", "PROPN", "NNP", "Friday"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Kallas called the deal a historic step.": [
        ("Kallas", 1, "nsubj", "PROPN", "NNP", "Kallas"),
        ("called", 1, "ROOT", "VERB", "VBD", "call"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("deal", 1, "dobj", "NOUN", "NN", "deal"),
        ("a", 6, "det", "DET", "DT", "a"),
        ("historic", 6, "amod", "ADJ", "JJ", "historic"),
        ("step", 1, "oprd", "NOUN", "NN", "step"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Netanyahu called the deal a historic mistake.": [
        ("Netanyahu", 1, "nsubj", "PROPN", "NNP", "Netanyahu"),
        ("called", 1, "ROOT", "VERB", "VBD", "call"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("deal", 1, "dobj", "NOUN", "NN", "deal"),
        ("a", 6, "det", "DET", "DT", "a"),
        ("historic", 6, "amod", "ADJ", "JJ", "historic"),
        ("mistake", 1, "oprd", "NOUN", "NN", "mistake"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Ocalan called on the PKK to disarm on Thursday.": [
        ("Ocalan", 1, "nsubj", "PROPN", "NNP", "Ocalan"),
        ("called", 1, "ROOT", "VERB", "VBD", "call"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("PKK", 2, "pobj", "PROPN", "NNP", "PKK"),
        ("to", 6, "aux", "PART", "TO", "to"),
        ("disarm", 1, "xcomp", "VERB", "VB", "disarm"),
        ("on", 6, "prep", "ADP", "IN", "on"),
        ("Thursday", 7, "pobj", "PROPN", "NNP", "Thursday"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Turkey called Ocalan's letter a historic opportunity.": [
        ("Turkey", 1, "nsubj", "PROPN", "NNP", "Turkey"),
        ("called", 1, "ROOT", "VERB", "VBD", "call"),
        ("Ocalan", 4, "poss", "PROPN", "NNP", "Ocalan"),
        ("'s", 2, "case", "PART", "POS", "'s"),
        ("letter", 1, "dobj", "NOUN", "NN", "letter"),
        ("a", 7, "det", "DET", "DT", "a"),
        ("historic", 7, "amod", "ADJ", "JJ", "historic"),
        ("opportunity", 1, "oprd", "NOUN", "NN", "opportunity"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "The SDF welcomed the call.": [
        ("The", 1, "det", "DET", "DT", "the"),
        ("SDF", 2, "nsubj", "PROPN", "NNP", "SDF"),
        ("welcomed", 2, "ROOT", "VERB", "VBD", "welcome"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("call", 2, "dobj", "NOUN", "NN", "call"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
}

SIGNED = "Armenia and Azerbaijan signed a peace deal on Friday."
CALLED = "Ocalan called on the PKK to disarm on Thursday."


def coded(coder: Coder, *texts: str) -> list[tuple]:
    return summary(code_doc(coder, [(t, PARSES[t]) for t in texts], PUBLISHED, infer=False))


def test_calling_a_deal_a_historic_step_endorses_its_parties(coder: Coder) -> None:
    events = coded(coder, SIGNED, "Kallas called the deal a historic step.")
    assert ("SUPPORT", "asserted", ["EU"], ["ARM", "AZE"]) in events
    assert not any(e[0] == "ACCUSE" for e in events)


def test_a_historic_mistake_still_accuses(coder: Coder) -> None:
    events = coded(coder, SIGNED, "Netanyahu called the deal a historic mistake.")
    assert ("ACCUSE", "asserted", ["ISR"], ["ARM", "AZE"]) in events
    assert not any(e[0] == "SUPPORT" for e in events)


def test_the_call_welcomed_is_the_call_told_not_the_naming(coder: Coder) -> None:
    events = coded(coder, CALLED, "Turkey called Ocalan's letter a historic opportunity.",
                   "The SDF welcomed the call.")
    assert ("SUPPORT", "asserted", ["TUR"], ["PKK"]) in events
    assert ("SUPPORT", "asserted", ["SDF"], ["PKK"]) in events
