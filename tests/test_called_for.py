"""Model-free tests of what is called for through a conjoined preposition: in "called for an
immediate ceasefire and for talks between the two sides" the talks are asked for (hypothetical),
like the ceasefire. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these
sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc
from parley.events.coder import Coder

PUBLISHED = "2023-10-09"

CLASH = "Israel and Hamas clashed near the border."
CALL = "Egypt called for an immediate ceasefire and for talks between the two sides."

PARSES = {
    "Israel and Hamas clashed near the border.": [
        ("Israel", 3, "nsubj", "PROPN", "NNP", "Israel"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("Hamas", 0, "conj", "PROPN", "NNP", "Hamas"),
        ("clashed", 3, "ROOT", "VERB", "VBD", "clash"),
        ("near", 3, "prep", "ADP", "IN", "near"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("border", 4, "pobj", "NOUN", "NN", "border"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    "Egypt called for an immediate ceasefire and for talks between the two sides.": [
        ("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt"),
        ("called", 1, "ROOT", "VERB", "VBD", "call"),
        ("for", 1, "prep", "ADP", "IN", "for"),
        ("an", 5, "det", "DET", "DT", "an"),
        ("immediate", 5, "amod", "ADJ", "JJ", "immediate"),
        ("ceasefire", 2, "pobj", "NOUN", "NN", "ceasefire"),
        ("and", 2, "cc", "CCONJ", "CC", "and"),
        ("for", 2, "conj", "ADP", "IN", "for"),
        ("talks", 7, "pobj", "NOUN", "NNS", "talk"),
        ("between", 8, "prep", "ADP", "IN", "between"),
        ("the", 12, "det", "DET", "DT", "the"),
        ("two", 12, "nummod", "NUM", "CD", "two"),
        ("sides", 9, "pobj", "NOUN", "NNS", "side"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
}


def test_talks_called_for_through_a_second_for_are_asked_for(coder: Coder) -> None:
    events = code_doc(coder, [(s, PARSES[s]) for s in (CLASH, CALL)], PUBLISHED)
    assert [(ev.event, ev.status) for ev in events if ev.event_text == CALL] == [
        ("REQUEST", "asserted"), ("CONSULT", "hypothetical")]
