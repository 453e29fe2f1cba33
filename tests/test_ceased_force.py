"""Model-free tests of force that is to stop, and of the sides of a war.

What one must stop, or has stopped, doing by force was going on: "Moscow must stop bombing
Kharkiv" tells the bombing (asserted; only the stopping is wished), as "should stop arming the
FDLR" tells the arming. Not so a stop pledged as a term ("pledged to stop fighting"), a
cooperation stopped ("stopped supplying Moldova": the stopping alone is told), or force aimed
at no one named ("stop bombing cities"). "Neither side" and "both sides", with no pair named
before them in the sentence, are the two parties the text has told fighting each other most,
not the two it has named most. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses
these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2025-03-01"

PARSES = {
    'Moscow must stop bombing Kharkiv.': [
        ('Moscow', 2, 'nsubj', 'PROPN', 'NNP', 'Moscow'),
        ('must', 2, 'aux', 'AUX', 'MD', 'must'),
        ('stop', 2, 'ROOT', 'VERB', 'VB', 'stop'),
        ('bombing', 2, 'xcomp', 'VERB', 'VBG', 'bomb'),
        ('Kharkiv', 3, 'dobj', 'PROPN', 'NNP', 'Kharkiv'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'Tshisekedi should stop arming the FDLR.': [
        ('Tshisekedi', 2, 'nsubj', 'PROPN', 'NNP', 'Tshisekedi'),
        ('should', 2, 'aux', 'AUX', 'MD', 'should'),
        ('stop', 2, 'ROOT', 'VERB', 'VB', 'stop'),
        ('arming', 2, 'xcomp', 'VERB', 'VBG', 'arm'),
        ('the', 5, 'det', 'DET', 'DT', 'the'),
        ('FDLR', 3, 'dobj', 'PROPN', 'NNP', 'FDLR'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'Russia and Georgia pledged to stop fighting.': [
        ('Russia', 3, 'nsubj', 'PROPN', 'NNP', 'Russia'),
        ('and', 0, 'cc', 'CCONJ', 'CC', 'and'),
        ('Georgia', 0, 'conj', 'PROPN', 'NNP', 'Georgia'),
        ('pledged', 3, 'ROOT', 'VERB', 'VBD', 'pledge'),
        ('to', 5, 'aux', 'PART', 'TO', 'to'),
        ('stop', 3, 'xcomp', 'VERB', 'VB', 'stop'),
        ('fighting', 5, 'xcomp', 'VERB', 'VBG', 'fight'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'Gazprom stopped supplying Moldova.': [
        ('Gazprom', 1, 'nsubj', 'PROPN', 'NNP', 'Gazprom'),
        ('stopped', 1, 'ROOT', 'VERB', 'VBD', 'stop'),
        ('supplying', 1, 'xcomp', 'VERB', 'VBG', 'supply'),
        ('Moldova', 2, 'dobj', 'PROPN', 'NNP', 'Moldova'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Moscow must stop bombing cities.': [
        ('Moscow', 2, 'nsubj', 'PROPN', 'NNP', 'Moscow'),
        ('must', 2, 'aux', 'AUX', 'MD', 'must'),
        ('stop', 2, 'ROOT', 'VERB', 'VB', 'stop'),
        ('bombing', 2, 'xcomp', 'VERB', 'VBG', 'bomb'),
        ('cities', 3, 'dobj', 'NOUN', 'NNS', 'city'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'The army fought the RSF in Khartoum.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('army', 2, 'nsubj', 'NOUN', 'NN', 'army'),
        ('fought', 2, 'ROOT', 'VERB', 'VBD', 'fight'),
        ('the', 4, 'det', 'DET', 'DT', 'the'),
        ('RSF', 2, 'dobj', 'PROPN', 'NNP', 'RSF'),
        ('in', 4, 'prep', 'ADP', 'IN', 'in'),
        ('Khartoum', 5, 'pobj', 'PROPN', 'NNP', 'Khartoum'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'The RSF attacked the army in El Fasher.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('RSF', 2, 'nsubj', 'PROPN', 'NNP', 'RSF'),
        ('attacked', 2, 'ROOT', 'VERB', 'VBD', 'attack'),
        ('the', 4, 'det', 'DET', 'DT', 'the'),
        ('army', 2, 'dobj', 'NOUN', 'NN', 'army'),
        ('in', 2, 'prep', 'ADP', 'IN', 'in'),
        ('El', 7, 'compound', 'PROPN', 'NNP', 'El'),
        ('Fasher', 5, 'pobj', 'PROPN', 'NNP', 'Fasher'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'The Emirates armed the RSF.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('Emirates', 2, 'nsubj', 'PROPN', 'NNPS', 'Emirates'),
        ('armed', 2, 'ROOT', 'VERB', 'VBD', 'arm'),
        ('the', 4, 'det', 'DET', 'DT', 'the'),
        ('RSF', 2, 'dobj', 'PROPN', 'NNP', 'RSF'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'Neither side has stopped fighting.': [
        ('Neither', 1, 'det', 'DET', 'DT', 'neither'),
        ('side', 3, 'nsubj', 'NOUN', 'NN', 'side'),
        ('has', 3, 'aux', 'AUX', 'VBZ', 'have'),
        ('stopped', 3, 'ROOT', 'VERB', 'VBN', 'stop'),
        ('fighting', 3, 'xcomp', 'VERB', 'VBG', 'fight'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    "Sudan's army fought the RSF in Khartoum.": [
        ('Sudan', 2, 'poss', 'PROPN', 'NNP', 'Sudan'),
        ("'s", 0, 'case', 'PART', 'POS', "'s"),
        ('army', 3, 'nsubj', 'NOUN', 'NN', 'army'),
        ('fought', 3, 'ROOT', 'VERB', 'VBD', 'fight'),
        ('the', 5, 'det', 'DET', 'DT', 'the'),
        ('RSF', 3, 'dobj', 'PROPN', 'NNP', 'RSF'),
        ('in', 5, 'prep', 'ADP', 'IN', 'in'),
        ('Khartoum', 6, 'pobj', 'PROPN', 'NNP', 'Khartoum'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    "The RSF attacked Sudan's army in El Fasher.": [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('RSF', 2, 'nsubj', 'PROPN', 'NNP', 'RSF'),
        ('attacked', 2, 'ROOT', 'VERB', 'VBD', 'attack'),
        ('Sudan', 5, 'poss', 'PROPN', 'NNP', 'Sudan'),
        ("'s", 3, 'case', 'PART', 'POS', "'s"),
        ('army', 2, 'dobj', 'NOUN', 'NN', 'army'),
        ('in', 2, 'prep', 'ADP', 'IN', 'in'),
        ('El', 8, 'compound', 'PROPN', 'NNP', 'El'),
        ('Fasher', 6, 'pobj', 'PROPN', 'NNP', 'Fasher'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'Sudan cut ties with the Emirates.': [
        ('Sudan', 1, 'nsubj', 'PROPN', 'NNP', 'Sudan'),
        ('cut', 1, 'ROOT', 'VERB', 'VBD', 'cut'),
        ('ties', 1, 'dobj', 'NOUN', 'NNS', 'tie'),
        ('with', 2, 'prep', 'ADP', 'IN', 'with'),
        ('the', 5, 'det', 'DET', 'DT', 'the'),
        ('Emirates', 3, 'pobj', 'PROPN', 'NNPS', 'Emirates'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'The Emirates condemned Sudan.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('Emirates', 2, 'nsubj', 'PROPN', 'NNPS', 'Emirates'),
        ('condemned', 2, 'ROOT', 'VERB', 'VBD', 'condemn'),
        ('Sudan', 2, 'dobj', 'PROPN', 'NNP', 'Sudan'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'Sudan accused the Emirates.': [
        ('Sudan', 1, 'nsubj', 'PROPN', 'NNP', 'Sudan'),
        ('accused', 1, 'ROOT', 'VERB', 'VBD', 'accuse'),
        ('the', 3, 'det', 'DET', 'DT', 'the'),
        ('Emirates', 1, 'dobj', 'PROPN', 'NNPS', 'Emirates'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _code(coder: Coder, text: str):
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_force_one_must_stop_was_going_on(coder: Coder) -> None:
    assert _code(coder, "Moscow must stop bombing Kharkiv.") == [
        ("ASSAULT", "asserted", ["RUS"], ["UKR"])]
    assert _code(coder, "Tshisekedi should stop arming the FDLR.") == [
        ("AID", "asserted", ["COD"], ["FDLR"])]


def test_a_stop_pledged_cooperation_stopped_or_force_at_no_one_tells_no_act(coder: Coder) -> None:
    pledged = _code(coder, "Russia and Georgia pledged to stop fighting.")
    assert ("ASSAULT", "hypothetical", ["RUS", "GEO"], []) in pledged
    assert _code(coder, "Gazprom stopped supplying Moldova.") == [
        ("AID", "hypothetical", ["RUS"], ["MDA"])]
    assert _code(coder, "Moscow must stop bombing cities.") == [
        ("ASSAULT", "hypothetical", ["RUS"], [])]


def test_the_sides_are_those_told_fighting(coder: Coder) -> None:
    texts = ["Sudan's army fought the RSF in Khartoum.",
             "The RSF attacked Sudan's army in El Fasher.",
             "The Emirates armed the RSF.",
             "Sudan cut ties with the Emirates.",
             "The Emirates condemned Sudan.",
             "Sudan accused the Emirates.",
             "Neither side has stopped fighting."]
    events = code_doc(coder, [(t, PARSES[t]) for t in texts], PUBLISHED, infer=False)
    last = [ev for ev in events if ev.event_text == texts[-1]]
    assert [(ev.event, ev.status, sorted(e.code for e in ev.actor)) for ev in last] == [
        ("ASSAULT", "asserted", ["RSF", "SDN"])]
