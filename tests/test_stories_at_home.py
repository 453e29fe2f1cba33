"""Model-free tests of a story told more inside one state than between it and another.

A report on Indonesia's war with the Free Aceh Movement (both coded IDN) that also tells of
the United States criticising and helping: the story's two most named parties are Indonesia
and the US, but Indonesia is told acting on its own rebels more often than the two act on
each other. "Jakarta ruled out talks", aimed at no one named, is then aimed at home (the
rebels), not at Washington. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses
these sentences (written for this test).
"""

from __future__ import annotations

from docbuild import code_doc, summary
from parley.events.coder import Coder

PARSES = {
    "Indonesia's police arrested GAM members.": [
        ('Indonesia', 2, 'poss', 'PROPN', 'NNP', 'Indonesia'),
        ("'s", 0, 'case', 'PART', 'POS', "'s"),
        ('police', 3, 'nsubj', 'NOUN', 'NNS', 'police'),
        ('arrested', 3, 'ROOT', 'VERB', 'VBD', 'arrest'),
        ('GAM', 5, 'compound', 'ADJ', 'JJ', 'gam'),
        ('members', 3, 'dobj', 'NOUN', 'NNS', 'member'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    "Indonesia's army attacked the Free Aceh Movement.": [
        ('Indonesia', 2, 'poss', 'PROPN', 'NNP', 'Indonesia'),
        ("'s", 0, 'case', 'PART', 'POS', "'s"),
        ('army', 3, 'nsubj', 'NOUN', 'NN', 'army'),
        ('attacked', 3, 'ROOT', 'VERB', 'VBD', 'attack'),
        ('the', 7, 'det', 'DET', 'DT', 'the'),
        ('Free', 6, 'compound', 'PROPN', 'NNP', 'Free'),
        ('Aceh', 7, 'compound', 'PROPN', 'NNP', 'Aceh'),
        ('Movement', 3, 'dobj', 'PROPN', 'NNP', 'Movement'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'The United States criticised the offensive.': [
        ('The', 2, 'det', 'DET', 'DT', 'the'),
        ('United', 2, 'compound', 'PROPN', 'NNP', 'United'),
        ('States', 3, 'nsubj', 'PROPN', 'NNP', 'States'),
        ('criticised', 3, 'ROOT', 'VERB', 'VBD', 'criticise'),
        ('the', 5, 'det', 'DET', 'DT', 'the'),
        ('offensive', 3, 'dobj', 'NOUN', 'NN', 'offensive'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'The United States sent aid.': [
        ('The', 2, 'det', 'DET', 'DT', 'the'),
        ('United', 2, 'compound', 'PROPN', 'NNP', 'United'),
        ('States', 3, 'nsubj', 'PROPN', 'NNP', 'States'),
        ('sent', 3, 'ROOT', 'VERB', 'VBD', 'send'),
        ('aid', 3, 'dobj', 'NOUN', 'NN', 'aid'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'Jakarta ruled out talks.': [
        ('Jakarta', 1, 'nsubj', 'PROPN', 'NNP', 'Jakarta'),
        ('ruled', 1, 'ROOT', 'VERB', 'VBD', 'rule'),
        ('out', 1, 'prt', 'ADP', 'RP', 'out'),
        ('talks', 1, 'dobj', 'NOUN', 'NNS', 'talk'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
}

STORY = ["Indonesia's police arrested GAM members.",
         "Indonesia's army attacked the Free Aceh Movement.",
         "The United States criticised the offensive.",
         "The United States sent aid."]


def _told(coder: Coder, story: list[str], text: str) -> list[tuple]:
    events = code_doc(coder, [(t, PARSES[t]) for t in [*story, text]], "2003-05-20")
    return summary(e for e in events if e.event_text == text)


def test_a_story_at_home_aims_the_unaimed_at_home(coder: Coder) -> None:
    assert _told(coder, STORY, "Jakarta ruled out talks.") == [
        ("REJECT", "asserted", ["IDN"], ["IDN"])]


def test_one_act_at_home_does_not_make_the_story_one(coder: Coder) -> None:
    # (Told once inside Indonesia and once between the two, the story is between them.)
    story = ["Indonesia's police arrested GAM members.",
             "The United States criticised the offensive.", "The United States sent aid."]
    assert _told(coder, story, "Jakarta ruled out talks.") == [
        ("REJECT", "asserted", ["IDN"], ["USA"])]
