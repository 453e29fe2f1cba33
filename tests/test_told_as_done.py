"""Model-free tests of acts told as done, or not, by the clause they hang on.

"Should send warships through the Strait, as it has done for years" asks for an act the same
party has done before: the earlier act is told (asserted) beside the one asked for. An act
"until" which another will fight on, in reported speech ("said it would fight on until
Morocco ended its occupation"), is still to come. "Had proof that Syria had used chemical
weapons" is no "had to": the speaker asks nothing of Syria, while "said Ukraine had to
negotiate" asks Ukraine to. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses
these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2021-05-01"

PARSES = {
    'Washington should send warships through the Taiwan Strait, as it has done for years.': [
        ('Washington', 2, 'nsubj', 'PROPN', 'NNP', 'Washington'),
        ('should', 2, 'aux', 'AUX', 'MD', 'should'),
        ('send', 2, 'ROOT', 'VERB', 'VB', 'send'),
        ('warships', 2, 'dobj', 'NOUN', 'NNS', 'warship'),
        ('through', 2, 'prep', 'ADP', 'IN', 'through'),
        ('the', 7, 'det', 'DET', 'DT', 'the'),
        ('Taiwan', 7, 'compound', 'PROPN', 'NNP', 'Taiwan'),
        ('Strait', 4, 'pobj', 'PROPN', 'NNP', 'Strait'),
        (',', 2, 'punct', 'PUNCT', ',', ','),
        ('as', 12, 'mark', 'SCONJ', 'IN', 'as'),
        ('it', 12, 'nsubj', 'PRON', 'PRP', 'it'),
        ('has', 12, 'aux', 'AUX', 'VBZ', 'have'),
        ('done', 2, 'advcl', 'VERB', 'VBN', 'do'),
        ('for', 12, 'prep', 'ADP', 'IN', 'for'),
        ('years', 13, 'pobj', 'NOUN', 'NNS', 'year'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'The Polisario said it would fight on until Morocco ended its occupation.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('Polisario', 2, 'nsubj', 'PROPN', 'NNP', 'Polisario'),
        ('said', 2, 'ROOT', 'VERB', 'VBD', 'say'),
        ('it', 5, 'nsubj', 'PRON', 'PRP', 'it'),
        ('would', 5, 'aux', 'AUX', 'MD', 'would'),
        ('fight', 2, 'ccomp', 'VERB', 'VB', 'fight'),
        ('on', 5, 'prt', 'ADP', 'IN', 'on'),
        ('until', 9, 'mark', 'SCONJ', 'IN', 'until'),
        ('Morocco', 9, 'nsubj', 'PROPN', 'NNP', 'Morocco'),
        ('ended', 5, 'advcl', 'VERB', 'VBD', 'end'),
        ('its', 11, 'poss', 'PRON', 'PRP$', 'its'),
        ('occupation', 9, 'dobj', 'NOUN', 'NN', 'occupation'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'Macron said France had proof that Syria had used chemical weapons.': [
        ('Macron', 1, 'nsubj', 'PROPN', 'NNP', 'Macron'),
        ('said', 1, 'ROOT', 'VERB', 'VBD', 'say'),
        ('France', 3, 'nsubj', 'PROPN', 'NNP', 'France'),
        ('had', 1, 'ccomp', 'VERB', 'VBD', 'have'),
        ('proof', 3, 'dobj', 'NOUN', 'NN', 'proof'),
        ('that', 8, 'mark', 'SCONJ', 'IN', 'that'),
        ('Syria', 8, 'nsubj', 'PROPN', 'NNP', 'Syria'),
        ('had', 8, 'aux', 'AUX', 'VBD', 'have'),
        ('used', 4, 'acl', 'VERB', 'VBN', 'use'),
        ('chemical', 10, 'amod', 'ADJ', 'JJ', 'chemical'),
        ('weapons', 8, 'dobj', 'NOUN', 'NNS', 'weapon'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Putin said Ukraine had to negotiate with Russia.': [
        ('Putin', 1, 'nsubj', 'PROPN', 'NNP', 'Putin'),
        ('said', 1, 'ROOT', 'VERB', 'VBD', 'say'),
        ('Ukraine', 3, 'nsubj', 'PROPN', 'NNP', 'Ukraine'),
        ('had', 1, 'ccomp', 'VERB', 'VBD', 'have'),
        ('to', 5, 'aux', 'PART', 'TO', 'to'),
        ('negotiate', 3, 'xcomp', 'VERB', 'VB', 'negotiate'),
        ('with', 5, 'prep', 'ADP', 'IN', 'with'),
        ('Russia', 6, 'pobj', 'PROPN', 'NNP', 'Russia'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _code(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_an_act_asked_for_as_done_before_was_done(coder: Coder) -> None:
    coded = _code(coder, "Washington should send warships through the Taiwan Strait, as it has"
                         " done for years.")
    assert coded == [("MOBILIZE", "hypothetical", ["USA"], []),
                     ("MOBILIZE", "asserted", ["USA"], [])]


def test_what_one_will_fight_until_is_to_come(coder: Coder) -> None:
    coded = _code(coder, "The Polisario said it would fight on until Morocco ended its"
                         " occupation.")
    assert [(event, status) for event, status, actor, _ in coded if actor == ["MAR"]] == [
        ("RETREAT", "future")]


def test_proof_of_an_act_asks_nothing(coder: Coder) -> None:
    coded = _code(coder, "Macron said France had proof that Syria had used chemical weapons.")
    assert not any(event == "REQUEST" for event, *_ in coded)
    assert ("ASSAULT", "hypothetical", ["SYR"], []) in coded


def test_what_one_has_to_do_is_asked_of_it(coder: Coder) -> None:
    coded = _code(coder, "Putin said Ukraine had to negotiate with Russia.")
    assert ("REQUEST", "asserted", ["RUS"], ["UKR"]) in coded
