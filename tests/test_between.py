"""Model-free tests of calls and wars between parties.

"a call between Trump and Netanyahu" is a phone call between them (a call "for" something is
a demand); "Twelve days of war between Israel and Iran" is their fighting, the parties hung by
the parser on the span of days. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses
these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PUBLISHED = "2025-06-30"

PARSES = {
    "Israel said it had refrained from further strikes after a call between Trump and Netanyahu.": [
        ("Israel", 1, "nsubj", "PROPN", "NNP", "Israel"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("it", 4, "nsubj", "PRON", "PRP", "it"),
        ("had", 4, "aux", "AUX", "VBD", "have"),
        ("refrained", 1, "ccomp", "VERB", "VBN", "refrain"),
        ("from", 4, "prep", "ADP", "IN", "from"),
        ("further", 7, "amod", "ADJ", "JJ", "further"),
        ("strikes", 5, "pobj", "NOUN", "NNS", "strike"),
        ("after", 4, "prep", "ADP", "IN", "after"),
        ("a", 10, "det", "DET", "DT", "a"),
        ("call", 8, "pobj", "NOUN", "NN", "call"),
        ("between", 10, "prep", "ADP", "IN", "between"),
        ("Trump", 11, "pobj", "PROPN", "NNP", "Trump"),
        ("and", 12, "cc", "CCONJ", "CC", "and"),
        ("Netanyahu", 12, "conj", "PROPN", "NNP", "Netanyahu"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Twelve days of war between Israel and Iran ended last Tuesday with a ceasefire.": [
        ("Twelve", 1, "nummod", "NUM", "CD", "twelve"),
        ("days", 8, "nsubj", "NOUN", "NNS", "day"),
        ("of", 1, "prep", "ADP", "IN", "of"),
        ("war", 2, "pobj", "NOUN", "NN", "war"),
        ("between", 1, "prep", "ADP", "IN", "between"),
        ("Israel", 4, "pobj", "PROPN", "NNP", "Israel"),
        ("and", 5, "cc", "CCONJ", "CC", "and"),
        ("Iran", 5, "conj", "PROPN", "NNP", "Iran"),
        ("ended", 8, "ROOT", "VERB", "VBD", "end"),
        ("last", 10, "amod", "ADJ", "JJ", "last"),
        ("Tuesday", 8, "npadvmod", "PROPN", "NNP", "Tuesday"),
        ("with", 8, "prep", "ADP", "IN", "with"),
        ("a", 13, "det", "DET", "DT", "a"),
        ("ceasefire", 11, "pobj", "NOUN", "NN", "ceasefire"),
        (".", 8, "punct", "PUNCT", ".", "."),
    ],
    "Biden's call for a ceasefire went unheeded.": [
        ("Biden", 2, "poss", "PROPN", "NNP", "Biden"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("call", 6, "nsubj", "NOUN", "NN", "call"),
        ("for", 2, "prep", "ADP", "IN", "for"),
        ("a", 5, "det", "DET", "DT", "a"),
        ("ceasefire", 3, "pobj", "NOUN", "NN", "ceasefire"),
        ("went", 6, "ROOT", "VERB", "VBD", "go"),
        ("unheeded", 6, "acomp", "ADJ", "JJ", "unheeded"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ],
}


def coded(coder: Coder, text: str) -> list[tuple]:
    return [(ev.event, ev.mode, [e.code for e in ev.actor], [e.code for e in ev.recipient])
            for ev in code_one(coder, text, PARSES[text], PUBLISHED)]


def test_a_call_between_leaders_is_a_phone_call(coder: Coder) -> None:
    text = "Israel said it had refrained from further strikes after a call between Trump and Netanyahu."
    assert ("CONSULT", "phone", ["USA", "ISR"], []) in coded(coder, text)


def test_a_call_for_something_is_a_demand(coder: Coder) -> None:
    found = coded(coder, "Biden's call for a ceasefire went unheeded.")
    assert [ev[0] for ev in found] == ["REQUEST"]


def test_war_between_two_states_is_both_sides_fighting(coder: Coder) -> None:
    text = "Twelve days of war between Israel and Iran ended last Tuesday with a ceasefire."
    assert ("ASSAULT", None, ["ISR", "IRN"], []) in coded(coder, text)
