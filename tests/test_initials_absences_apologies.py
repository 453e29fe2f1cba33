"""Model-free tests of a few verb phrases: initialling a text, staying away from talks,
accepting an apology.

"Egypt initialled the agreement" agrees, as signing it does (CAMEO 057). "Ethiopia stayed
away from the last round of talks" refuses to meet (REJECT, CAMEO 164; the model hangs the
phrase on "away"); "troops stayed away from the border" is no event. "Iran accepted the
apology", after Britain apologised, forgives Britain (SUPPORT, CAMEO 056), no agreement. Docs
are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for these
tests).
"""

from __future__ import annotations

from docbuild import code_doc, code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2020-03-01"

PARSES = {
    'Egypt initialled the agreement in Washington.': [
        ('Egypt', 1, 'nsubj', 'PROPN', 'NNP', 'Egypt'),
        ('initialled', 1, 'ROOT', 'VERB', 'VBD', 'initial'),
        ('the', 3, 'det', 'DET', 'DT', 'the'),
        ('agreement', 1, 'dobj', 'NOUN', 'NN', 'agreement'),
        ('in', 3, 'prep', 'ADP', 'IN', 'in'),
        ('Washington', 4, 'pobj', 'PROPN', 'NNP', 'Washington'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Ethiopia stayed away from the last round of talks.': [
        ('Ethiopia', 1, 'nsubj', 'PROPN', 'NNP', 'Ethiopia'),
        ('stayed', 1, 'ROOT', 'VERB', 'VBD', 'stay'),
        ('away', 1, 'advmod', 'ADV', 'RB', 'away'),
        ('from', 2, 'prep', 'ADP', 'IN', 'from'),
        ('the', 6, 'det', 'DET', 'DT', 'the'),
        ('last', 6, 'amod', 'ADJ', 'JJ', 'last'),
        ('round', 3, 'pobj', 'NOUN', 'NN', 'round'),
        ('of', 6, 'prep', 'ADP', 'IN', 'of'),
        ('talks', 7, 'pobj', 'NOUN', 'NNS', 'talk'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Troops stayed away from the border.': [
        ('Troops', 1, 'nsubj', 'NOUN', 'NNS', 'troop'),
        ('stayed', 1, 'ROOT', 'VERB', 'VBD', 'stay'),
        ('away', 1, 'advmod', 'ADV', 'RB', 'away'),
        ('from', 2, 'prep', 'ADP', 'IN', 'from'),
        ('the', 5, 'det', 'DET', 'DT', 'the'),
        ('border', 3, 'pobj', 'NOUN', 'NN', 'border'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Iran accepted the apology.': [
        ('Iran', 1, 'nsubj', 'PROPN', 'NNP', 'Iran'),
        ('accepted', 1, 'ROOT', 'VERB', 'VBD', 'accept'),
        ('the', 3, 'det', 'DET', 'DT', 'the'),
        ('apology', 1, 'dobj', 'NOUN', 'NN', 'apology'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Britain apologised to Iran.': [
        ('Britain', 1, 'nsubj', 'PROPN', 'NNP', 'Britain'),
        ('apologised', 1, 'ROOT', 'VERB', 'VBD', 'apologise'),
        ('to', 1, 'prep', 'ADP', 'IN', 'to'),
        ('Iran', 2, 'pobj', 'PROPN', 'NNP', 'Iran'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _coded(coder: Coder, text: str) -> list[tuple]:
    return [(ev.event, ev.cameo, ev.status, [a.code for a in ev.actor])
            for ev in code_one(coder, text, PARSES[text], PUBLISHED)]


def test_initialling_an_agreement_agrees(coder: Coder) -> None:
    assert _coded(coder, "Egypt initialled the agreement in Washington.") == [
        ("AGREE", "057", "asserted", ["EGY"])]


def test_staying_away_from_talks_refuses_to_meet(coder: Coder) -> None:
    assert _coded(coder, "Ethiopia stayed away from the last round of talks.") == [
        ("REJECT", "164", "asserted", ["ETH"])]


def test_staying_away_from_a_place_is_no_event(coder: Coder) -> None:
    assert _coded(coder, "Troops stayed away from the border.") == []


def test_accepting_an_apology_forgives_who_apologised(coder: Coder) -> None:
    texts = ["Britain apologised to Iran.", "Iran accepted the apology."]
    events = code_doc(coder, [(t, PARSES[t]) for t in texts], PUBLISHED)
    coded = summary(ev for ev in events if ev.event_text == texts[-1])
    assert coded == [("SUPPORT", "asserted", ["IRN"], ["GBR"])]
