"""Model-free tests of fighting an act ended: "agreed to a ceasefire, ending four days of
fighting" tells that the fighting was fought (ASSAULT, asserted), by the ones who ended it
unless it names its own sides, dated no more precisely than the text allows; fighting an
agreement is "to end" has not been told as fought. Docs are built by hand in the shape
en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc
from parley.events.coder import Coder

PUBLISHED = "2025-05-11"

CEASEFIRE = "India and Pakistan agreed on Saturday to a ceasefire, ending four days of fighting."
TOOK_EFFECT = ("A ceasefire between Israel and Hezbollah took effect on Wednesday, ending a year "
               "of fighting.")
TO_END = "India and Pakistan signed an agreement to end the fighting."

PARSES = {
    CEASEFIRE: [
        ("India", 3, "nsubj", "PROPN", "NNP", "India"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("Pakistan", 0, "conj", "PROPN", "NNP", "Pakistan"),
        ("agreed", 3, "ROOT", "VERB", "VBD", "agree"),
        ("on", 3, "prep", "ADP", "IN", "on"),
        ("Saturday", 4, "pobj", "PROPN", "NNP", "Saturday"),
        ("to", 3, "prep", "ADP", "IN", "to"),
        ("a", 8, "det", "DET", "DT", "a"),
        ("ceasefire", 6, "pobj", "NOUN", "NN", "ceasefire"),
        (",", 3, "punct", "PUNCT", ",", ","),
        ("ending", 3, "advcl", "VERB", "VBG", "end"),
        ("four", 12, "nummod", "NUM", "CD", "four"),
        ("days", 10, "dobj", "NOUN", "NNS", "day"),
        ("of", 12, "prep", "ADP", "IN", "of"),
        ("fighting", 13, "pobj", "NOUN", "NN", "fighting"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
    TOOK_EFFECT: [
        ("A", 1, "det", "DET", "DT", "a"),
        ("ceasefire", 6, "nsubj", "NOUN", "NN", "ceasefire"),
        ("between", 1, "prep", "ADP", "IN", "between"),
        ("Israel", 2, "pobj", "PROPN", "NNP", "Israel"),
        ("and", 3, "cc", "CCONJ", "CC", "and"),
        ("Hezbollah", 3, "conj", "PROPN", "NNP", "Hezbollah"),
        ("took", 6, "ROOT", "VERB", "VBD", "take"),
        ("effect", 6, "dobj", "NOUN", "NN", "effect"),
        ("on", 6, "prep", "ADP", "IN", "on"),
        ("Wednesday", 8, "pobj", "PROPN", "NNP", "Wednesday"),
        (",", 6, "punct", "PUNCT", ",", ","),
        ("ending", 6, "advcl", "VERB", "VBG", "end"),
        ("a", 13, "det", "DET", "DT", "a"),
        ("year", 11, "dobj", "NOUN", "NN", "year"),
        ("of", 13, "prep", "ADP", "IN", "of"),
        ("fighting", 14, "pobj", "NOUN", "NN", "fighting"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ],
    TO_END: [
        ("India", 3, "nsubj", "PROPN", "NNP", "India"),
        ("and", 0, "cc", "CCONJ", "CC", "and"),
        ("Pakistan", 0, "conj", "PROPN", "NNP", "Pakistan"),
        ("signed", 3, "ROOT", "VERB", "VBD", "sign"),
        ("an", 5, "det", "DET", "DT", "an"),
        ("agreement", 3, "dobj", "NOUN", "NN", "agreement"),
        ("to", 7, "aux", "PART", "TO", "to"),
        ("end", 5, "acl", "VERB", "VB", "end"),
        ("the", 9, "det", "DET", "DT", "the"),
        ("fighting", 7, "dobj", "NOUN", "NN", "fighting"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
}


def _fought(coder: Coder, text: str) -> list:
    events = code_doc(coder, [(text, PARSES[text])], PUBLISHED, infer=False)
    return [(sorted(e.code for e in ev.actor), ev.status, ev.date, ev.date_precision)
            for ev in events if ev.event == "ASSAULT"]


def test_fighting_a_ceasefire_ended_was_fought_by_its_parties(coder: Coder) -> None:
    # Four days ending on Saturday 10 May fall in May.
    assert _fought(coder, CEASEFIRE) == [(["IND", "PAK"], "asserted", "2025-05", "month")]


def test_a_year_of_fighting_a_truce_ended_is_the_truces_parties_undated(coder: Coder) -> None:
    assert _fought(coder, TOOK_EFFECT) == [(["HEZBOLLAH", "ISR"], "asserted", None, None)]


def test_fighting_an_agreement_is_to_end_is_not_told_as_fought(coder: Coder) -> None:
    assert "asserted" not in [status for _, status, _, _ in _fought(coder, TO_END)]


EXCHANGES = "India and Pakistan agreed to stop firing, ending four days of artillery exchanges."
EXCHANGES_ROWS = [
    ("India", 3, "nsubj", "PROPN", "NNP", "India"),
    ("and", 0, "cc", "CCONJ", "CC", "and"),
    ("Pakistan", 0, "conj", "PROPN", "NNP", "Pakistan"),
    ("agreed", 3, "ROOT", "VERB", "VBD", "agree"),
    ("to", 5, "aux", "PART", "TO", "to"),
    ("stop", 3, "xcomp", "VERB", "VB", "stop"),
    ("firing", 5, "xcomp", "VERB", "VBG", "fire"),
    (",", 3, "punct", "PUNCT", ",", ","),
    ("ending", 3, "advcl", "VERB", "VBG", "end"),
    ("four", 10, "nummod", "NUM", "CD", "four"),
    ("days", 8, "dobj", "NOUN", "NNS", "day"),
    ("of", 10, "prep", "ADP", "IN", "of"),
    ("artillery", 13, "compound", "NOUN", "NN", "artillery"),
    ("exchanges", 11, "pobj", "NOUN", "NNS", "exchange"),
    (".", 3, "punct", "PUNCT", ".", "."),
]


def test_artillery_exchanges_ended_were_fought_by_both(coder: Coder) -> None:
    events = code_doc(coder, [(EXCHANGES, EXCHANGES_ROWS)], PUBLISHED, infer=False)
    fought = [ev for ev in events if ev.event == "ASSAULT"]
    assert [(sorted(e.code for e in ev.actor), ev.status, ev.mode) for ev in fought] == [
        (["IND", "PAK"], "asserted", "heavy-weapons")]
