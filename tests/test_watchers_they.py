"""Model-free test: "they" in what a rights group or the media report is someone else.

"Human Rights Watch said they had fired rockets into the town": a monitor speaks of the
parties it watches as "they", never of itself, so the pronoun goes back to the party the text
told acting before; a party's own "they" ("The Houthis said they had fired") stays its own.
Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for
these tests).
"""

from __future__ import annotations

from docbuild import code_doc, told_in

PUBLISHED = "2013-05-01"

SHELLED = 'Syrian troops shelled Douma on Monday.'
WATCHDOG = 'Human Rights Watch said they had fired rockets into the town.'
OWN = 'The Houthis said they had fired rockets into the town.'

PARSES = {
    SHELLED: [
        ('Syrian', 1, 'amod', 'ADJ', 'JJ', 'syrian'),
        ('troops', 2, 'nsubj', 'NOUN', 'NNS', 'troop'),
        ('shelled', 2, 'ROOT', 'VERB', 'VBD', 'shell'),
        ('Douma', 2, 'dobj', 'PROPN', 'NNP', 'Douma'),
        ('on', 2, 'prep', 'ADP', 'IN', 'on'),
        ('Monday', 4, 'pobj', 'PROPN', 'NNP', 'Monday'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    WATCHDOG: [
        ('Human', 1, 'compound', 'PROPN', 'NNP', 'Human'),
        ('Rights', 2, 'compound', 'PROPN', 'NNPS', 'Rights'),
        ('Watch', 3, 'nsubj', 'PROPN', 'NNP', 'Watch'),
        ('said', 3, 'ROOT', 'VERB', 'VBD', 'say'),
        ('they', 6, 'nsubj', 'PRON', 'PRP', 'they'),
        ('had', 6, 'aux', 'AUX', 'VBD', 'have'),
        ('fired', 3, 'ccomp', 'VERB', 'VBN', 'fire'),
        ('rockets', 6, 'dobj', 'NOUN', 'NNS', 'rocket'),
        ('into', 6, 'prep', 'ADP', 'IN', 'into'),
        ('the', 10, 'det', 'DET', 'DT', 'the'),
        ('town', 8, 'pobj', 'NOUN', 'NN', 'town'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    OWN: [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('Houthis', 2, 'nsubj', 'PROPN', 'NNP', 'Houthis'),
        ('said', 2, 'ROOT', 'VERB', 'VBD', 'say'),
        ('they', 5, 'nsubj', 'PRON', 'PRP', 'they'),
        ('had', 5, 'aux', 'AUX', 'VBD', 'have'),
        ('fired', 2, 'ccomp', 'VERB', 'VBN', 'fire'),
        ('rockets', 5, 'dobj', 'NOUN', 'NNS', 'rocket'),
        ('into', 5, 'prep', 'ADP', 'IN', 'into'),
        ('the', 9, 'det', 'DET', 'DT', 'the'),
        ('town', 7, 'pobj', 'NOUN', 'NN', 'town'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _assault_actors(coder, second: str) -> list[list[str]]:
    events = code_doc(coder, [(t, PARSES[t]) for t in (SHELLED, second)], PUBLISHED)
    return [row[2] for row in told_in(events, second) if row[0] == "ASSAULT"]


def test_a_watchdogs_they_is_the_party_told_before(coder):
    assert _assault_actors(coder, WATCHDOG) == [["SYR"]]


def test_a_partys_own_they_is_its_own(coder):
    assert _assault_actors(coder, OWN) == [["HOUTHI"]]
