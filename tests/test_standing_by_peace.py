"""Model-free tests of standing by peace and offering a role.

"Remained committed to peace", "to de-escalation", "to dialogue": standing by such ends is an
AGREE, as standing by the talks or the ceasefire is, though the lexicon names no act for them.
"Said it was ready to play a constructive role" offers help (AGREE). Both are aimed at the pair
the story is about when the words name no one. Docs are built by hand in the shape
en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, told_in
from parley.events.coder import Coder

PUBLISHED = "2025-10-20"

PARSES = {
    'Pakistan and Afghanistan clashed again.': [
        ('Pakistan', 3, 'nsubj', 'PROPN', 'NNP', 'Pakistan'),
        ('and', 0, 'cc', 'CCONJ', 'CC', 'and'),
        ('Afghanistan', 0, 'conj', 'PROPN', 'NNP', 'Afghanistan'),
        ('clashed', 3, 'ROOT', 'VERB', 'VBD', 'clash'),
        ('again', 3, 'advmod', 'ADV', 'RB', 'again'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'Pakistan accused Afghanistan of sheltering militants.': [
        ('Pakistan', 1, 'nsubj', 'PROPN', 'NNP', 'Pakistan'),
        ('accused', 1, 'ROOT', 'VERB', 'VBD', 'accuse'),
        ('Afghanistan', 1, 'dobj', 'PROPN', 'NNP', 'Afghanistan'),
        ('of', 1, 'prep', 'ADP', 'IN', 'of'),
        ('sheltering', 3, 'pcomp', 'VERB', 'VBG', 'shelter'),
        ('militants', 4, 'dobj', 'NOUN', 'NNS', 'militant'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'China said it was ready to play a constructive role.': [
        ('China', 1, 'nsubj', 'PROPN', 'NNP', 'China'),
        ('said', 1, 'ROOT', 'VERB', 'VBD', 'say'),
        ('it', 3, 'nsubj', 'PRON', 'PRP', 'it'),
        ('was', 1, 'ccomp', 'AUX', 'VBD', 'be'),
        ('ready', 3, 'acomp', 'ADJ', 'JJ', 'ready'),
        ('to', 6, 'aux', 'PART', 'TO', 'to'),
        ('play', 4, 'xcomp', 'VERB', 'VB', 'play'),
        ('a', 9, 'det', 'DET', 'DT', 'a'),
        ('constructive', 9, 'amod', 'ADJ', 'JJ', 'constructive'),
        ('role', 6, 'dobj', 'NOUN', 'NN', 'role'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'The Taliban said they remained committed to peace.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('Taliban', 2, 'nsubj', 'PROPN', 'NNP', 'Taliban'),
        ('said', 2, 'ROOT', 'VERB', 'VBD', 'say'),
        ('they', 4, 'nsubj', 'PRON', 'PRP', 'they'),
        ('remained', 2, 'ccomp', 'VERB', 'VBD', 'remain'),
        ('committed', 4, 'acomp', 'ADJ', 'JJ', 'committed'),
        ('to', 5, 'prep', 'ADP', 'IN', 'to'),
        ('peace', 6, 'pobj', 'NOUN', 'NN', 'peace'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
}
STORY = ["Pakistan and Afghanistan clashed again.", "Pakistan accused Afghanistan of sheltering militants."]


def _code(coder: Coder, last: str):
    events = code_doc(coder, [(s, PARSES[s]) for s in (*STORY, last)], PUBLISHED)
    return told_in(events, last)


def test_a_role_offered_is_an_agree_with_the_story_pair(coder: Coder) -> None:
    assert _code(coder, "China said it was ready to play a constructive role.") == [
        ("AGREE", "asserted", ["CHN"], ["AFG", "PAK"])]


def test_standing_by_peace_is_an_agree_with_the_other_side(coder: Coder) -> None:
    assert _code(coder, "The Taliban said they remained committed to peace.") == [("AGREE", "asserted", ["AFG"], ["PAK"])]
