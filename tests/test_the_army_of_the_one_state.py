"""Model-free tests of "the army" in a report on a state and an armed group.

"The army attacked the RSF", after a report that names Sudan and the RSF alike: the army is
that of the one state the text names, though the text is about no one party above the other.
Where two states are named alike ("India's army ... Pakistan's army"), "the army" is no
one's. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences
(written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, summary
from parley.events.coder import Coder

PUBLISHED = "2023-06-01"

PARSES = {
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
    "The RSF attacked Sudan's airport.": [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('RSF', 2, 'nsubj', 'PROPN', 'NNP', 'RSF'),
        ('attacked', 2, 'ROOT', 'VERB', 'VBD', 'attack'),
        ('Sudan', 5, 'poss', 'PROPN', 'NNP', 'Sudan'),
        ("'s", 3, 'case', 'PART', 'POS', "'s"),
        ('airport', 2, 'dobj', 'NOUN', 'NN', 'airport'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'The army attacked the RSF.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('army', 2, 'nsubj', 'NOUN', 'NN', 'army'),
        ('attacked', 2, 'ROOT', 'VERB', 'VBD', 'attack'),
        ('the', 4, 'det', 'DET', 'DT', 'the'),
        ('RSF', 2, 'dobj', 'PROPN', 'NNP', 'RSF'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    "India's army shelled Pakistani posts.": [
        ('India', 2, 'poss', 'PROPN', 'NNP', 'India'),
        ("'s", 0, 'case', 'PART', 'POS', "'s"),
        ('army', 3, 'nsubj', 'NOUN', 'NN', 'army'),
        ('shelled', 3, 'ROOT', 'VERB', 'VBD', 'shell'),
        ('Pakistani', 5, 'amod', 'ADJ', 'JJ', 'pakistani'),
        ('posts', 3, 'dobj', 'NOUN', 'NNS', 'post'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    "Pakistan's army fired back at India.": [
        ('Pakistan', 2, 'poss', 'PROPN', 'NNP', 'Pakistan'),
        ("'s", 0, 'case', 'PART', 'POS', "'s"),
        ('army', 3, 'nsubj', 'NOUN', 'NN', 'army'),
        ('fired', 3, 'ROOT', 'VERB', 'VBD', 'fire'),
        ('back', 3, 'advmod', 'ADV', 'RB', 'back'),
        ('at', 3, 'prep', 'ADP', 'IN', 'at'),
        ('India', 5, 'pobj', 'PROPN', 'NNP', 'India'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
}

ARMY = "The army attacked the RSF."


def _last(coder: Coder, texts: list[str]) -> list[tuple]:
    events = code_doc(coder, [(t, PARSES[t]) for t in texts], PUBLISHED)
    return summary(ev for ev in events if ev.event_text == texts[-1])


def test_the_army_is_the_one_named_states(coder: Coder) -> None:
    story = ["Sudan's army fought the RSF in Khartoum.", "The RSF attacked Sudan's airport."]
    assert _last(coder, [*story, ARMY]) == [("ASSAULT", "asserted", ["SDN"], ["RSF"])]


def test_the_army_is_no_ones_between_two_states_named_alike(coder: Coder) -> None:
    story = ["India's army shelled Pakistani posts.", "Pakistan's army fired back at India."]
    assert _last(coder, [*story, ARMY]) == []
