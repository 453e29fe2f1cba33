"""Model-free tests of the date of a stated intent: the day it was stated ("Ruto said on
Tuesday that Kenya would send troops"), never the date of the act it states ("will send troops
to Haiti on Monday, Ruto said", which does not say when he said it: no date). Docs are built
by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PUBLISHED = "2024-06-20"

PARSES = {
    "Kenya will send troops to Haiti on Monday, President William Ruto said.": [
        ("Kenya", 2, "nsubj", "PROPN", "NNP", "Kenya"),
        ("will", 2, "aux", "AUX", "MD", "will"),
        ("send", 12, "ccomp", "VERB", "VB", "send"),
        ("troops", 2, "dobj", "NOUN", "NNS", "troop"),
        ("to", 2, "prep", "ADP", "IN", "to"),
        ("Haiti", 4, "pobj", "PROPN", "NNP", "Haiti"),
        ("on", 2, "prep", "ADP", "IN", "on"),
        ("Monday", 6, "pobj", "PROPN", "NNP", "Monday"),
        (",", 12, "punct", "PUNCT", ",", ","),
        ("President", 11, "compound", "PROPN", "NNP", "President"),
        ("William", 11, "compound", "PROPN", "NNP", "William"),
        ("Ruto", 12, "nsubj", "PROPN", "NNP", "Ruto"),
        ("said", 12, "ROOT", "VERB", "VBD", "say"),
        (".", 12, "punct", "PUNCT", ".", "."),
    ],
    "President William Ruto said on Tuesday that Kenya would send troops to Haiti.": [
        ("President", 2, "compound", "PROPN", "NNP", "President"),
        ("William", 2, "compound", "PROPN", "NNP", "William"),
        ("Ruto", 3, "nsubj", "PROPN", "NNP", "Ruto"),
        ("said", 3, "ROOT", "VERB", "VBD", "say"),
        ("on", 3, "prep", "ADP", "IN", "on"),
        ("Tuesday", 4, "pobj", "PROPN", "NNP", "Tuesday"),
        ("that", 9, "mark", "SCONJ", "IN", "that"),
        ("Kenya", 9, "nsubj", "PROPN", "NNP", "Kenya"),
        ("would", 9, "aux", "AUX", "MD", "would"),
        ("send", 3, "ccomp", "VERB", "VB", "send"),
        ("troops", 9, "dobj", "NOUN", "NNS", "troop"),
        ("to", 9, "prep", "ADP", "IN", "to"),
        ("Haiti", 11, "pobj", "PROPN", "NNP", "Haiti"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
}


def intent_dates(coder: Coder, text: str) -> list[str | None]:
    return [ev.date for ev in code_one(coder, text, PARSES[text], PUBLISHED)
            if ev.status == "asserted" and text[ev.trigger_start:ev.trigger_end] == "said"]


def test_an_intent_is_not_dated_by_its_act(coder: Coder) -> None:
    text = "Kenya will send troops to Haiti on Monday, President William Ruto said."
    assert intent_dates(coder, text) == [None]


def test_an_intent_is_dated_by_its_statement(coder: Coder) -> None:
    text = "President William Ruto said on Tuesday that Kenya would send troops to Haiti."
    assert intent_dates(coder, text) == ["2024-06-18"]
