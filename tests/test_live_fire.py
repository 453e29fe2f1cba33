"""Model-free tests of tear gas and live fire as violent repression.

"Police fired tear gas and live ammunition at protesters": the model reads "live" as a verb
joined to "fired", with the ammunition its object; the repair makes it the ammunition's
adjective and the ammunition the second object of "fired". Firing tear gas or live rounds
at people is violent repression, CAMEO 175, an ASSAULT in PLOVER (as the gold sets code
it). Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences
(written for this test).
"""

from __future__ import annotations

import spacy

from docbuild import build_doc, code_doc, summary
from parley.events.coder import Coder
from parley.events.repair import repair

PARSES = {
    'Police fired tear gas and live ammunition at protesters.': [
        ('Police', 1, 'nsubj', 'NOUN', 'NNS', 'Police'),
        ('fired', 1, 'ROOT', 'VERB', 'VBD', 'fire'),
        ('tear', 3, 'amod', 'ADJ', 'JJ', 'tear'),
        ('gas', 1, 'dobj', 'NOUN', 'NN', 'gas'),
        ('and', 1, 'cc', 'CCONJ', 'CC', 'and'),
        ('live', 1, 'conj', 'VERB', 'VB', 'live'),
        ('ammunition', 5, 'dobj', 'NOUN', 'NN', 'ammunition'),
        ('at', 5, 'prep', 'ADP', 'IN', 'at'),
        ('protesters', 7, 'pobj', 'NOUN', 'NNS', 'protester'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    "Kenya's army fired tear gas at protesters.": [
        ('Kenya', 2, 'poss', 'PROPN', 'NNP', 'Kenya'),
        ("'s", 0, 'case', 'PART', 'POS', "'s"),
        ('army', 3, 'nsubj', 'NOUN', 'NN', 'army'),
        ('fired', 3, 'ROOT', 'VERB', 'VBD', 'fire'),
        ('tear', 5, 'amod', 'ADJ', 'JJ', 'tear'),
        ('gas', 3, 'dobj', 'NOUN', 'NN', 'gas'),
        ('at', 3, 'prep', 'ADP', 'IN', 'at'),
        ('protesters', 6, 'pobj', 'NOUN', 'NNS', 'protester'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    "Kenya's police arrested Odinga.": [
        ('Kenya', 2, 'poss', 'PROPN', 'NNP', 'Kenya'),
        ("'s", 0, 'case', 'PART', 'POS', "'s"),
        ('police', 3, 'nsubj', 'NOUN', 'NNS', 'police'),
        ('arrested', 3, 'ROOT', 'VERB', 'VBD', 'arrest'),
        ('Odinga', 3, 'dobj', 'PROPN', 'NNP', 'Odinga'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    "Kenya's police banned the rally.": [
        ('Kenya', 2, 'poss', 'PROPN', 'NNP', 'Kenya'),
        ("'s", 0, 'case', 'PART', 'POS', "'s"),
        ('police', 3, 'nsubj', 'NOUN', 'NNS', 'police'),
        ('banned', 3, 'ROOT', 'VERB', 'VBD', 'ban'),
        ('the', 5, 'det', 'DET', 'DT', 'the'),
        ('rally', 3, 'dobj', 'NOUN', 'NN', 'rally'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
}

LIVE = "Police fired tear gas and live ammunition at protesters."
KENYA = ["Kenya's police arrested Odinga.", "Kenya's police banned the rally."]


def _told(coder: Coder, text: str) -> list[tuple]:
    events = code_doc(coder, [(t, PARSES[t]) for t in [*KENYA, text]], "2008-01-02")
    return summary(e for e in events if e.event_text == text)


def test_live_is_the_ammunitions_adjective() -> None:
    doc = build_doc(spacy.blank("en").vocab, LIVE, PARSES[LIVE])
    repair(doc)
    live, ammunition, gas = doc[5], doc[6], doc[3]
    assert (live.dep_, live.head.i, live.pos_) == ("amod", ammunition.i, "ADJ")
    assert (ammunition.dep_, ammunition.head.i) == ("conj", gas.i)
    assert doc[7].head.i == doc[1].i  # "at protesters" is the firing's


def test_firing_live_ammunition_at_protesters_is_an_assault(coder: Coder) -> None:
    assert _told(coder, LIVE) == [("ASSAULT", "asserted", ["KEN"], ["KEN"])]


def test_firing_tear_gas_at_protesters_is_an_assault(coder: Coder) -> None:
    assert _told(coder, "Kenya's army fired tear gas at protesters.") == [
        ("ASSAULT", "asserted", ["KEN"], ["KEN"])]
