"""Model-free tests of who a reference in a sentence stands for.

"The group's camps" after "the PKK" in the same sentence are the PKK's, before the text's
running last group has been updated; "the movement" is the armed group named there, not the
United Nations beside it, while "the bloc" is a body of states. An infinitive the parser
hangs on a verb of urging as an adverbial clause ("should press Moscow, at every meeting, to
withdraw its troops") has the one urged as its subject, and "at every meeting" names no one
meeting. "As it promised" is a promise by whoever is to do the act it hangs on ("demanded that
the Malian government hold elections, as it promised"). Docs are built by hand in the shape
en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2021-05-01"

PARSES = {
    "Iraq banned the PKK, and Turkish jets struck the group's camps.": [
        ('Iraq', 1, 'nsubj', 'PROPN', 'NNP', 'Iraq'),
        ('banned', 1, 'ROOT', 'VERB', 'VBD', 'ban'),
        ('the', 3, 'det', 'DET', 'DT', 'the'),
        ('PKK', 1, 'dobj', 'PROPN', 'NNP', 'PKK'),
        (',', 1, 'punct', 'PUNCT', ',', ','),
        ('and', 1, 'cc', 'CCONJ', 'CC', 'and'),
        ('Turkish', 7, 'amod', 'ADJ', 'JJ', 'turkish'),
        ('jets', 8, 'nsubj', 'NOUN', 'NNS', 'jet'),
        ('struck', 1, 'conj', 'VERB', 'VBD', 'strike'),
        ('the', 10, 'det', 'DET', 'DT', 'the'),
        ('group', 12, 'poss', 'NOUN', 'NN', 'group'),
        ("'s", 10, 'case', 'PART', 'POS', "'s"),
        ('camps', 8, 'dobj', 'NOUN', 'NNS', 'camp'),
        ('.', 8, 'punct', 'PUNCT', '.', '.'),
    ],
    'A spokesman for the Polisario at the United Nations said the movement would fight on.': [
        ('A', 1, 'det', 'DET', 'DT', 'a'),
        ('spokesman', 9, 'nsubj', 'NOUN', 'NN', 'spokesman'),
        ('for', 1, 'prep', 'ADP', 'IN', 'for'),
        ('the', 4, 'det', 'DET', 'DT', 'the'),
        ('Polisario', 2, 'pobj', 'PROPN', 'NNP', 'Polisario'),
        ('at', 1, 'prep', 'ADP', 'IN', 'at'),
        ('the', 8, 'det', 'DET', 'DT', 'the'),
        ('United', 8, 'compound', 'PROPN', 'NNP', 'United'),
        ('Nations', 5, 'pobj', 'PROPN', 'NNP', 'Nations'),
        ('said', 9, 'ROOT', 'VERB', 'VBD', 'say'),
        ('the', 11, 'det', 'DET', 'DT', 'the'),
        ('movement', 13, 'nsubj', 'NOUN', 'NN', 'movement'),
        ('would', 13, 'aux', 'AUX', 'MD', 'would'),
        ('fight', 9, 'ccomp', 'VERB', 'VB', 'fight'),
        ('on', 13, 'prt', 'ADP', 'RP', 'on'),
        ('.', 9, 'punct', 'PUNCT', '.', '.'),
    ],
    'Britain should press Moscow, at every meeting, to withdraw its troops.': [
        ('Britain', 2, 'nsubj', 'PROPN', 'NNP', 'Britain'),
        ('should', 2, 'aux', 'AUX', 'MD', 'should'),
        ('press', 2, 'ROOT', 'VERB', 'VB', 'press'),
        ('Moscow', 2, 'dobj', 'PROPN', 'NNP', 'Moscow'),
        (',', 2, 'punct', 'PUNCT', ',', ','),
        ('at', 2, 'prep', 'ADP', 'IN', 'at'),
        ('every', 7, 'det', 'DET', 'DT', 'every'),
        ('meeting', 5, 'pobj', 'NOUN', 'NN', 'meeting'),
        (',', 2, 'punct', 'PUNCT', ',', ','),
        ('to', 10, 'aux', 'PART', 'TO', 'to'),
        ('withdraw', 2, 'advcl', 'VERB', 'VB', 'withdraw'),
        ('its', 12, 'poss', 'PRON', 'PRP$', 'its'),
        ('troops', 10, 'dobj', 'NOUN', 'NNS', 'troop'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'ECOWAS demanded that the Malian government hold elections, as it promised.': [
        ('ECOWAS', 1, 'nsubj', 'PROPN', 'NNP', 'ECOWAS'),
        ('demanded', 1, 'ROOT', 'VERB', 'VBD', 'demand'),
        ('that', 6, 'mark', 'SCONJ', 'IN', 'that'),
        ('the', 5, 'det', 'DET', 'DT', 'the'),
        ('Malian', 5, 'amod', 'ADJ', 'JJ', 'malian'),
        ('government', 6, 'nsubj', 'NOUN', 'NN', 'government'),
        ('hold', 1, 'ccomp', 'VERB', 'VBP', 'hold'),
        ('elections', 6, 'dobj', 'NOUN', 'NNS', 'election'),
        (',', 6, 'punct', 'PUNCT', ',', ','),
        ('as', 11, 'mark', 'SCONJ', 'IN', 'as'),
        ('it', 11, 'nsubj', 'PRON', 'PRP', 'it'),
        ('promised', 6, 'advcl', 'VERB', 'VBD', 'promise'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _code(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_the_group_named_earlier_in_the_sentence(coder: Coder) -> None:
    coded = _code(coder, "Iraq banned the PKK, and Turkish jets struck the group's camps.")
    assert ("ASSAULT", "asserted", ["TUR"], ["PKK"]) in coded


def test_the_movement_is_no_body_of_states(coder: Coder) -> None:
    coded = _code(coder, "A spokesman for the Polisario at the United Nations said the movement"
                         " would fight on.")
    # (The spokesman speaks for the Polisario, so its saying it will fight on is a stated
    # threat of its own as well.)
    assert sorted((event, status, actor) for event, status, actor, _ in coded) == [
        ("ASSAULT", "future", ["POLISARIO"]), ("THREATEN", "asserted", ["POLISARIO"])]


def test_the_one_pressed_withdraws_and_every_meeting_is_no_meeting(coder: Coder) -> None:
    coded = _code(coder, "Britain should press Moscow, at every meeting, to withdraw its troops.")
    assert coded == [("REQUEST", "hypothetical", ["GBR"], ["RUS"]),
                     ("RETREAT", "hypothetical", ["RUS"], [])]


def test_as_it_promised_is_the_promise_of_the_one_to_act(coder: Coder) -> None:
    coded = _code(coder, "ECOWAS demanded that the Malian government hold elections, as it"
                         " promised.")
    assert ("REQUEST", "asserted", ["ECOWAS"], ["MLI"]) in coded
    assert [actor for event, status, actor, _ in coded if event == "AGREE"] == [["MLI"]]
