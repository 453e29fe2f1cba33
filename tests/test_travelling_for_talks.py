"""Model-free tests of talks one travels to: "stopped in Israel for talks with Golda Meir".

Whoever goes somewhere (or is due or back there) for talks is a party to them, with the one
named to talk with (CONSULT 040); with no one named, the state of the place gone to is. The
trip and its talks stay to come when the traveller is only due there. A city named as the
venue of talks with someone else is no party, and a trip for anything but talks is no event.
Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for
these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PARSES = {
    'Blinken stopped in Cairo for talks with Sisi.': [
        ('Blinken', 1, 'nsubj', 'PROPN', 'NNP', 'Blinken'),
        ('stopped', 1, 'ROOT', 'VERB', 'VBD', 'stop'),
        ('in', 1, 'prep', 'ADP', 'IN', 'in'),
        ('Cairo', 2, 'pobj', 'PROPN', 'NNP', 'Cairo'),
        ('for', 1, 'prep', 'ADP', 'IN', 'for'),
        ('talks', 4, 'pobj', 'NOUN', 'NNS', 'talk'),
        ('with', 5, 'prep', 'ADP', 'IN', 'with'),
        ('Sisi', 6, 'pobj', 'PROPN', 'NNP', 'Sisi'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'The Turkish minister was due in Kyiv on Friday for talks with Zelensky.': [
        ('The', 2, 'det', 'DET', 'DT', 'the'),
        ('Turkish', 2, 'amod', 'ADJ', 'JJ', 'turkish'),
        ('minister', 3, 'nsubj', 'NOUN', 'NN', 'minister'),
        ('was', 3, 'ROOT', 'AUX', 'VBD', 'be'),
        ('due', 3, 'acomp', 'ADJ', 'JJ', 'due'),
        ('in', 4, 'prep', 'ADP', 'IN', 'in'),
        ('Kyiv', 5, 'pobj', 'PROPN', 'NNP', 'Kyiv'),
        ('on', 3, 'prep', 'ADP', 'IN', 'on'),
        ('Friday', 7, 'pobj', 'PROPN', 'NNP', 'Friday'),
        ('for', 3, 'prep', 'ADP', 'IN', 'for'),
        ('talks', 9, 'pobj', 'NOUN', 'NNS', 'talk'),
        ('with', 10, 'prep', 'ADP', 'IN', 'with'),
        ('Zelensky', 11, 'pobj', 'PROPN', 'NNP', 'Zelensky'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'An Indian envoy went to Kabul for talks.': [
        ('An', 2, 'det', 'DET', 'DT', 'an'),
        ('Indian', 2, 'amod', 'ADJ', 'JJ', 'indian'),
        ('envoy', 3, 'nsubj', 'NOUN', 'NN', 'envoy'),
        ('went', 3, 'ROOT', 'VERB', 'VBD', 'go'),
        ('to', 3, 'prep', 'ADP', 'IN', 'to'),
        ('Kabul', 4, 'pobj', 'PROPN', 'NNP', 'Kabul'),
        ('for', 3, 'prep', 'ADP', 'IN', 'for'),
        ('talks', 6, 'pobj', 'NOUN', 'NNS', 'talk'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'Colombian negotiators were back in Havana for talks with the FARC.': [
        ('Colombian', 1, 'amod', 'ADJ', 'JJ', 'colombian'),
        ('negotiators', 2, 'nsubj', 'NOUN', 'NNS', 'negotiator'),
        ('were', 2, 'ROOT', 'AUX', 'VBD', 'be'),
        ('back', 2, 'advmod', 'ADV', 'RB', 'back'),
        ('in', 3, 'prep', 'ADP', 'IN', 'in'),
        ('Havana', 4, 'pobj', 'PROPN', 'NNP', 'Havana'),
        ('for', 2, 'prep', 'ADP', 'IN', 'for'),
        ('talks', 6, 'pobj', 'NOUN', 'NNS', 'talk'),
        ('with', 7, 'prep', 'ADP', 'IN', 'with'),
        ('the', 10, 'det', 'DET', 'DT', 'the'),
        ('FARC', 8, 'pobj', 'NOUN', 'NNS', 'FARC'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'An Indian envoy went to Kabul for a rest.': [
        ('An', 2, 'det', 'DET', 'DT', 'an'),
        ('Indian', 2, 'amod', 'ADJ', 'JJ', 'indian'),
        ('envoy', 3, 'nsubj', 'NOUN', 'NN', 'envoy'),
        ('went', 3, 'ROOT', 'VERB', 'VBD', 'go'),
        ('to', 3, 'prep', 'ADP', 'IN', 'to'),
        ('Kabul', 4, 'pobj', 'PROPN', 'NNP', 'Kabul'),
        ('for', 3, 'prep', 'ADP', 'IN', 'for'),
        ('a', 8, 'det', 'DET', 'DT', 'a'),
        ('rest', 6, 'pobj', 'NOUN', 'NN', 'rest'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _code(coder: Coder, text: str, published: str = "2023-03-15"):
    return summary(code_one(coder, text, PARSES[text], published))


def test_stopping_somewhere_for_talks_with_a_leader_meets_him(coder: Coder) -> None:
    assert _code(coder, "Blinken stopped in Cairo for talks with Sisi.") == [
        ("CONSULT", "asserted", ["EGY", "USA"], [])]


def test_talks_one_is_due_at_are_to_come(coder: Coder) -> None:
    text = "The Turkish minister was due in Kyiv on Friday for talks with Zelensky."
    assert _code(coder, text) == [("CONSULT", "future", ["UKR", "TUR"], [])]


def test_with_no_one_named_the_place_gone_to_is_the_other_side(coder: Coder) -> None:
    assert _code(coder, "An Indian envoy went to Kabul for talks.") == [
        ("CONSULT", "asserted", ["IND", "AFG"], [])]


def test_the_venue_of_talks_with_another_is_no_party(coder: Coder) -> None:
    text = "Colombian negotiators were back in Havana for talks with the FARC."
    assert _code(coder, text) == [("CONSULT", "asserted", ["FARC", "COL"], [])]


def test_a_trip_for_anything_else_is_no_event(coder: Coder) -> None:
    assert _code(coder, "An Indian envoy went to Kabul for a rest.") == []
