"""Model-free tests of what a possessive and the verb "meet" say.

"Navalny's arrest" names the one arrested, not the one who arrested: for acts done to people
(arrest, killing, capture, trial ...) a person's possessive is the act's recipient when no "of"
phrase names one, and with no arrester named the phrase names no event. "Russia's invasion of
Ukraine" keeps its possessive as the actor. "The M23 met stiff resistance" is no meeting;
"Putin met Erdogan" is one. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses
these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2022-03-01"

PARSES = {
    "Navalny's arrest in January drew protests.": [
        ('Navalny', 2, 'poss', 'PROPN', 'NNP', 'Navalny'),
        ("'s", 0, 'case', 'PART', 'POS', "'s"),
        ('arrest', 5, 'nsubj', 'NOUN', 'NN', 'arrest'),
        ('in', 2, 'prep', 'ADP', 'IN', 'in'),
        ('January', 3, 'pobj', 'PROPN', 'NNP', 'January'),
        ('drew', 5, 'ROOT', 'VERB', 'VBD', 'draw'),
        ('protests', 5, 'dobj', 'NOUN', 'NNS', 'protest'),
        ('.', 5, 'punct', 'PUNCT', '.', '.'),
    ],
    "Russia's invasion of Ukraine began in February.": [
        ('Russia', 2, 'poss', 'PROPN', 'NNP', 'Russia'),
        ("'s", 0, 'case', 'PART', 'POS', "'s"),
        ('invasion', 5, 'nsubj', 'NOUN', 'NN', 'invasion'),
        ('of', 2, 'prep', 'ADP', 'IN', 'of'),
        ('Ukraine', 3, 'pobj', 'PROPN', 'NNP', 'Ukraine'),
        ('began', 5, 'ROOT', 'VERB', 'VBD', 'begin'),
        ('in', 5, 'prep', 'ADP', 'IN', 'in'),
        ('February', 6, 'pobj', 'PROPN', 'NNP', 'February'),
        ('.', 5, 'punct', 'PUNCT', '.', '.'),
    ],
    'The M23 met stiff resistance from Congolese troops.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('M23', 2, 'nsubj', 'PROPN', 'NNP', 'M23'),
        ('met', 2, 'ROOT', 'VERB', 'VBD', 'meet'),
        ('stiff', 4, 'amod', 'ADJ', 'JJ', 'stiff'),
        ('resistance', 2, 'dobj', 'NOUN', 'NN', 'resistance'),
        ('from', 4, 'prep', 'ADP', 'IN', 'from'),
        ('Congolese', 7, 'amod', 'ADJ', 'JJ', 'congolese'),
        ('troops', 5, 'pobj', 'NOUN', 'NNS', 'troop'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'Putin met Erdogan in Sochi.': [
        ('Putin', 1, 'nsubj', 'PROPN', 'NNP', 'Putin'),
        ('met', 1, 'ROOT', 'VERB', 'VBD', 'meet'),
        ('Erdogan', 1, 'dobj', 'PROPN', 'NNP', 'Erdogan'),
        ('in', 1, 'prep', 'ADP', 'IN', 'in'),
        ('Sochi', 3, 'pobj', 'PROPN', 'NNP', 'Sochi'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _coded(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_a_persons_possessive_on_an_arrest_is_not_the_arrester(coder: Coder) -> None:
    assert _coded(coder, "Navalny's arrest in January drew protests.") == []


def test_a_states_possessive_on_an_invasion_is_the_invader(coder: Coder) -> None:
    assert _coded(coder, "Russia's invasion of Ukraine began in February.") == [
        ("ASSAULT", "asserted", ["RUS"], ["UKR"])]


def test_meeting_resistance_is_no_meeting(coder: Coder) -> None:
    assert _coded(coder, "The M23 met stiff resistance from Congolese troops.") == []


def test_meeting_a_leader_is_a_meeting(coder: Coder) -> None:
    # (Held in Sochi, the meeting is Erdogan's visit to Russia: see test_meetings_at_home.)
    assert _coded(coder, "Putin met Erdogan in Sochi.") == [
        ("CONSULT", "asserted", ["TUR"], ["RUS"])]
