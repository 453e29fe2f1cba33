"""Model-free test of acts one is kept from, and of the kind of people a ban names.

"London said it could bar Russians who finance the war from travelling to Britain": the
travel one is barred from has not happened, even where the parser hangs "from travelling"
inside the object; and "Russians who finance the war" names a kind of people, not an act
told. Only the warning is asserted. Docs are built by hand in the shape en_core_web_sm 3.8.0
parses this sentence (written for this test).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PARSES = {
    'London said it could bar Russians who finance the war from travelling to Britain.': [
        ('London', 1, 'nsubj', 'PROPN', 'NNP', 'London'),
        ('said', 1, 'ROOT', 'VERB', 'VBD', 'say'),
        ('it', 4, 'nsubj', 'PRON', 'PRP', 'it'),
        ('could', 4, 'aux', 'AUX', 'MD', 'could'),
        ('bar', 1, 'ccomp', 'VERB', 'VB', 'bar'),
        ('Russians', 4, 'dobj', 'PROPN', 'NNPS', 'Russians'),
        ('who', 7, 'nsubj', 'PRON', 'WP', 'who'),
        ('finance', 5, 'relcl', 'VERB', 'VBP', 'finance'),
        ('the', 9, 'det', 'DET', 'DT', 'the'),
        ('war', 7, 'dobj', 'NOUN', 'NN', 'war'),
        ('from', 7, 'prep', 'ADP', 'IN', 'from'),
        ('travelling', 10, 'pcomp', 'VERB', 'VBG', 'travel'),
        ('to', 11, 'prep', 'ADP', 'IN', 'to'),
        ('Britain', 12, 'pobj', 'PROPN', 'NNP', 'Britain'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
}


def test_only_the_warning_is_told_as_done(coder: Coder) -> None:
    text = "London said it could bar Russians who finance the war from travelling to Britain."
    coded = {(ev.event, ev.status) for ev in code_one(coder, text, PARSES[text], "2022-03-01")}
    assert {event for event, status in coded if status == "asserted"} == {"THREATEN"}
    assert ("CONSULT", "hypothetical") in coded  # the travel
    assert ("AID", "hypothetical") in coded  # the financing, told of a kind of people
