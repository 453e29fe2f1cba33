"""Model-free tests of the status of acts named as nouns under verbs of prevention and
wishing, and of conversations that are interviews (EVENTS.md sections 2 and 5).

What is prevented or avoided has not happened, unless the prevention is a counterfactual
("could have prevented the invasion": it happened). What one wants to see is wished for. A
"by" phrase an active verb cannot have belongs to its object ("prevented the invasion by
Iraq"). Talking to a news outlet is no consultation between parties. The writer's "I" and
"we" hold no intent. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these
sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PUBLISHED = "1991-01-10"

PARSES = {
    "Talks could have prevented the invasion by Iraq.": [
        ("Talks", 3, "nsubj", "NOUN", "NNS", "talk"),
        ("could", 3, "aux", "AUX", "MD", "could"),
        ("have", 3, "aux", "AUX", "VB", "have"),
        ("prevented", 3, "ROOT", "VERB", "VBN", "prevent"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("invasion", 3, "dobj", "NOUN", "NN", "invasion"),
        ("by", 3, "prep", "ADP", "IN", "by"),
        ("Iraq", 6, "pobj", "PROPN", "NNP", "Iraq"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Kuwait wanted to avoid an invasion by Iraq.": [
        ("Kuwait", 1, "nsubj", "PROPN", "NNP", "Kuwait"),
        ("wanted", 1, "ROOT", "VERB", "VBD", "want"),
        ("to", 3, "aux", "PART", "TO", "to"),
        ("avoid", 1, "xcomp", "VERB", "VB", "avoid"),
        ("an", 5, "det", "DET", "DT", "an"),
        ("invasion", 3, "dobj", "NOUN", "NN", "invasion"),
        ("by", 5, "prep", "ADP", "IN", "by"),
        ("Iraq", 6, "pobj", "PROPN", "NNP", "Iraq"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "The Serbian president spoke with the BBC about Kosovo.": [
        ("The", 2, "det", "DET", "DT", "the"),
        ("Serbian", 2, "amod", "ADJ", "JJ", "serbian"),
        ("president", 3, "nsubj", "NOUN", "NN", "president"),
        ("spoke", 3, "ROOT", "VERB", "VBD", "speak"),
        ("with", 3, "prep", "ADP", "IN", "with"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("BBC", 4, "pobj", "PROPN", "NNP", "BBC"),
        ("about", 3, "prep", "ADP", "IN", "about"),
        ("Kosovo", 7, "pobj", "PROPN", "NNP", "Kosovo"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "We want to see talks between Russia and Ukraine.": [
        ("We", 1, "nsubj", "PRON", "PRP", "we"),
        ("want", 1, "ROOT", "VERB", "VBP", "want"),
        ("to", 3, "aux", "PART", "TO", "to"),
        ("see", 1, "xcomp", "VERB", "VB", "see"),
        ("talks", 3, "dobj", "NOUN", "NNS", "talk"),
        ("between", 4, "prep", "ADP", "IN", "between"),
        ("Russia", 5, "pobj", "PROPN", "NNP", "Russia"),
        ("and", 6, "cc", "CCONJ", "CC", "and"),
        ("Ukraine", 6, "conj", "PROPN", "NNP", "Ukraine"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return [(ev.event, [e.code for e in ev.actor], ev.status)
            for ev in code_one(coder, text, PARSES[text], PUBLISHED)]


def test_what_could_have_been_prevented_happened(coder: Coder) -> None:
    assert coded(coder, "Talks could have prevented the invasion by Iraq.") == [
        ("ASSAULT", ["IRQ"], "asserted")]


def test_what_one_wants_to_avoid_is_no_intent_of_ones_own(coder: Coder) -> None:
    # Not a THREATEN by Kuwait: the invasion is Iraq's, and only feared.
    assert coded(coder, "Kuwait wanted to avoid an invasion by Iraq.") == [
        ("ASSAULT", ["IRQ"], "hypothetical")]


def test_an_interview_is_no_consultation(coder: Coder) -> None:
    assert coded(coder, "The Serbian president spoke with the BBC about Kosovo.") == []


def test_talks_the_writer_wants_to_see_are_wished_and_nobodys_intent(coder: Coder) -> None:
    assert coded(coder, "We want to see talks between Russia and Ukraine.") == [
        ("CONSULT", ["RUS", "UKR"], "hypothetical")]
