"""Model-free tests of a state's bodies named again.

"India's foreign ministry ... The ministry accused Ottawa": a state's ministry, court,
parliament or assembly named by a generic noun with the state beside it is who "the ministry"
(or "the court", or "the foreign ministry") is later in the text. Docs are built by hand in
the shape en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, summary
from parley.events.coder import Coder

PUBLISHED = "2023-09-20"

PARSES = {
    "India's foreign ministry summoned Canada's envoy.": [
        ('India', 3, 'poss', 'PROPN', 'NNP', 'India'),
        ("'s", 0, 'case', 'PART', 'POS', "'s"),
        ('foreign', 3, 'amod', 'PROPN', 'NNP', 'foreign'),
        ('ministry', 4, 'nsubj', 'PROPN', 'NNP', 'ministry'),
        ('summoned', 4, 'ROOT', 'VERB', 'VBD', 'summon'),
        ('Canada', 7, 'poss', 'PROPN', 'NNP', 'Canada'),
        ("'s", 5, 'case', 'PART', 'POS', "'s"),
        ('envoy', 4, 'dobj', 'NOUN', 'NN', 'envoy'),
        ('.', 4, 'punct', 'PUNCT', '.', '.'),
    ],
    'The ministry accused Ottawa of lying.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('ministry', 2, 'nsubj', 'NOUN', 'NN', 'ministry'),
        ('accused', 2, 'ROOT', 'VERB', 'VBD', 'accuse'),
        ('Ottawa', 2, 'dobj', 'PROPN', 'NNP', 'Ottawa'),
        ('of', 2, 'prep', 'ADP', 'IN', 'of'),
        ('lying', 4, 'pcomp', 'VERB', 'VBG', 'lie'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    "The foreign ministry accused Ottawa of lying.": [
        ("The", 2, "det", "DET", "DT", "the"),
        ("foreign", 2, "amod", "ADJ", "JJ", "foreign"),
        ("ministry", 3, "nsubj", "NOUN", "NN", "ministry"),
        ("accused", 3, "ROOT", "VERB", "VBD", "accuse"),
        ("Ottawa", 3, "dobj", "PROPN", "NNP", "Ottawa"),
        ("of", 3, "prep", "ADP", "IN", "of"),
        ("lying", 5, "pcomp", "VERB", "VBG", "lie"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ],
}


def test_the_ministry_is_the_state_ministry_named_before(coder: Coder) -> None:
    texts = ["India's foreign ministry summoned Canada's envoy.",
             "The ministry accused Ottawa of lying."]
    events = code_doc(coder, [(t, PARSES[t]) for t in texts], PUBLISHED, infer=False)
    assert ("ACCUSE", "asserted", ["IND"], ["CAN"]) in summary(
        ev for ev in events if ev.event_text == texts[1])


def test_the_ministry_named_first_is_no_one(coder: Coder) -> None:
    text = "The ministry accused Ottawa of lying."
    events = code_doc(coder, [(text, PARSES[text])], PUBLISHED, infer=False)
    assert not any(ev.event == "ACCUSE" for ev in events)


def test_the_foreign_ministry_is_the_state_ministry_named_before(coder: Coder) -> None:
    texts = ["India's foreign ministry summoned Canada's envoy.",
             "The foreign ministry accused Ottawa of lying."]
    events = code_doc(coder, [(t, PARSES[t]) for t in texts], PUBLISHED, infer=False)
    assert ("ACCUSE", "asserted", ["IND"], ["CAN"]) in summary(
        ev for ev in events if ev.event_text == texts[1])
