"""Model-free tests of a thing proposed earlier, accepted or rejected later.

"The Security Council called for an immediate truce on Monday. Jordan accepted the truce on
Tuesday. Syria accepted it a day later": each acceptance answers the council's call, so it is
aimed at the council, not at the other acceptor; a rejection is aimed the same way. Docs are
built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for this
test).
"""

from __future__ import annotations

from docbuild import code_doc, told_in
from parley.events.coder import Coder

CALL = 'The Security Council called for an immediate truce on Monday.'
ACCEPTED = 'Jordan accepted the truce on Tuesday.'
ACCEPTED_IT = 'Syria accepted it a day later.'
REJECTED = 'Egypt rejected the truce on Tuesday.'


def _answer(name: str, verb: str, lemma: str, obj: list[tuple]) -> list[tuple]:
    return [(name, 1, 'nsubj', 'PROPN', 'NNP', name), (verb, 1, 'ROOT', 'VERB', 'VBD', lemma),
            *obj]


#: "... the truce on Tuesday.", after a subject and its verb.
_THE_TRUCE_ON_TUESDAY = [
    ('the', 3, 'det', 'DET', 'DT', 'the'),
    ('truce', 1, 'dobj', 'NOUN', 'NN', 'truce'),
    ('on', 1, 'prep', 'ADP', 'IN', 'on'),
    ('Tuesday', 4, 'pobj', 'PROPN', 'NNP', 'Tuesday'),
    ('.', 1, 'punct', 'PUNCT', '.', '.'),
]

PARSES = {
    CALL: [
        ('The', 2, 'det', 'DET', 'DT', 'the'),
        ('Security', 2, 'compound', 'PROPN', 'NNP', 'Security'),
        ('Council', 3, 'nsubj', 'PROPN', 'NNP', 'Council'),
        ('called', 3, 'ROOT', 'VERB', 'VBD', 'call'),
        ('for', 3, 'prep', 'ADP', 'IN', 'for'),
        ('an', 7, 'det', 'DET', 'DT', 'an'),
        ('immediate', 7, 'amod', 'ADJ', 'JJ', 'immediate'),
        ('truce', 4, 'pobj', 'NOUN', 'NN', 'truce'),
        ('on', 3, 'prep', 'ADP', 'IN', 'on'),
        ('Monday', 8, 'pobj', 'PROPN', 'NNP', 'Monday'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    ACCEPTED: _answer('Jordan', 'accepted', 'accept', _THE_TRUCE_ON_TUESDAY),
    ACCEPTED_IT: _answer('Syria', 'accepted', 'accept', [
        ('it', 1, 'dobj', 'PRON', 'PRP', 'it'),
        ('a', 4, 'det', 'DET', 'DT', 'a'),
        ('day', 5, 'npadvmod', 'NOUN', 'NN', 'day'),
        ('later', 1, 'advmod', 'ADV', 'RB', 'later'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ]),
    REJECTED: _answer('Egypt', 'rejected', 'reject', _THE_TRUCE_ON_TUESDAY),
}


def test_an_acceptance_answers_the_call_for_the_thing(coder: Coder) -> None:
    events = code_doc(coder, [(t, PARSES[t]) for t in (CALL, ACCEPTED, ACCEPTED_IT)],
                      "1967-06-10")
    assert told_in(events, ACCEPTED) == [("AGREE", "asserted", ["JOR"], ["UN"])]
    assert told_in(events, ACCEPTED_IT) == [("AGREE", "asserted", ["SYR"], ["UN"])]


def test_a_rejection_answers_it_too(coder: Coder) -> None:
    events = code_doc(coder, [(t, PARSES[t]) for t in (CALL, REJECTED)], "1967-06-10")
    assert [e[2:] for e in told_in(events, REJECTED) if e[0] == "REJECT"] == [(["EGY"], ["UN"])]


def test_with_no_call_told_the_acceptance_is_not_the_council_s(coder: Coder) -> None:
    events = code_doc(coder, [(t, PARSES[t]) for t in (ACCEPTED, ACCEPTED_IT)], "1967-06-10")
    told = told_in(events, ACCEPTED) + told_in(events, ACCEPTED_IT)
    assert [e[:3] for e in told] == [("AGREE", "asserted", ["JOR"]), ("AGREE", "asserted", ["SYR"])]
    assert all("UN" not in e[3] for e in told)
