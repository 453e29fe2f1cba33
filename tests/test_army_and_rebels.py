"""Model-free tests of an unnamed state force joined to a named party ("the army and the
rebels", "a ceasefire between the army and the rebels"): each is read, the army as the
story's state and the rebels as its armed group.

Before, the rebels read from the conjunct left the army unread (a truce they signed still
had both sides, filled in from the story's pair). Docs are built by hand in the shape
en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, told_in

PUBLISHED = "2012-10-16"

SIGNED = 'The army and the rebels signed a truce.'
ACCUSED = 'The army and the rebels accused Malaysia.'
HELD = 'A ceasefire between the army and the rebels has held since 2009.'

PARSES = {
    'The Philippines accused the MILF.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('Philippines', 2, 'nsubj', 'PROPN', 'NNP', 'Philippines'),
        ('accused', 2, 'ROOT', 'VERB', 'VBD', 'accuse'),
        ('the', 4, 'det', 'DET', 'DT', 'the'),
        ('MILF', 2, 'dobj', 'PROPN', 'NNP', 'MILF'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'The MILF accused the Philippines.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('MILF', 2, 'nsubj', 'NOUN', 'NNS', 'MILF'),
        ('accused', 2, 'ROOT', 'VERB', 'VBD', 'accuse'),
        ('the', 4, 'det', 'DET', 'DT', 'the'),
        ('Philippines', 2, 'dobj', 'PROPN', 'NNPS', 'Philippines'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    SIGNED: [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('army', 5, 'nsubj', 'NOUN', 'NN', 'army'),
        ('and', 1, 'cc', 'CCONJ', 'CC', 'and'),
        ('the', 4, 'det', 'DET', 'DT', 'the'),
        ('rebels', 1, 'conj', 'NOUN', 'NNS', 'rebel'),
        ('signed', 5, 'ROOT', 'VERB', 'VBD', 'sign'),
        ('a', 7, 'det', 'DET', 'DT', 'a'),
        ('truce', 5, 'dobj', 'NOUN', 'NN', 'truce'),
        ('.', 5, 'punct', 'PUNCT', '.', '.'),
    ],
    ACCUSED: [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('army', 5, 'nsubj', 'NOUN', 'NN', 'army'),
        ('and', 1, 'cc', 'CCONJ', 'CC', 'and'),
        ('the', 4, 'det', 'DET', 'DT', 'the'),
        ('rebels', 1, 'conj', 'NOUN', 'NNS', 'rebel'),
        ('accused', 5, 'ROOT', 'VERB', 'VBD', 'accuse'),
        ('Malaysia', 5, 'dobj', 'PROPN', 'NNP', 'Malaysia'),
        ('.', 5, 'punct', 'PUNCT', '.', '.'),
    ],
    HELD: [
        ('A', 1, 'det', 'DET', 'DT', 'a'),
        ('ceasefire', 9, 'nsubj', 'NOUN', 'NN', 'ceasefire'),
        ('between', 1, 'prep', 'ADP', 'IN', 'between'),
        ('the', 4, 'det', 'DET', 'DT', 'the'),
        ('army', 2, 'pobj', 'NOUN', 'NN', 'army'),
        ('and', 4, 'cc', 'CCONJ', 'CC', 'and'),
        ('the', 7, 'det', 'DET', 'DT', 'the'),
        ('rebels', 4, 'conj', 'NOUN', 'NNS', 'rebel'),
        ('has', 9, 'aux', 'AUX', 'VBZ', 'have'),
        ('held', 9, 'ROOT', 'VERB', 'VBN', 'hold'),
        ('since', 9, 'prep', 'SCONJ', 'IN', 'since'),
        ('2009', 10, 'pobj', 'NUM', 'CD', '2009'),
        ('.', 9, 'punct', 'PUNCT', '.', '.'),
    ],
}

STORY = ['The Philippines accused the MILF.', 'The MILF accused the Philippines.']


def _told(coder, text):
    events = code_doc(coder, [(t, PARSES[t]) for t in (*STORY, text)], PUBLISHED)
    return told_in(events, text)


def test_the_army_joined_to_the_rebels_acts_with_them(coder):
    assert [(kind, sorted(actor), recipient) for kind, _, actor, recipient in _told(
        coder, ACCUSED)] == [("ACCUSE", ["MILF", "PHL"], ["MYS"])]


def test_a_truce_of_the_army_and_the_rebels_is_both_sides(coder):
    assert [(kind, sorted(actor)) for kind, _, actor, _ in _told(coder, SIGNED)] == [
        ("AGREE", ["MILF", "PHL"])]


def test_the_army_between_others_is_a_party_to_their_act(coder):
    # (A party "between" others is read as a subject is: the story's state.)
    assert [(kind, sorted(actor)) for kind, _, actor, _ in _told(coder, HELD)] == [
        ("RETREAT", ["MILF", "PHL"])]
