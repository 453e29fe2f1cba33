"""Model-free tests of force and weapons told by "use", and of what is supplied.

"Used force against Georgia", "used chemical weapons against the rebels" are armed attacks
(ASSAULT); what merely serves as a weapon ("will use words as its weapons") is none. A pledge
never to use force is a promise of restraint (AGREE), not a threat, while a pledge to use it
is a threat. The one "supplied with weapons" is the object of "supply". Docs are built by
hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2021-05-01"

PARSES = {
    'Russia used force against Georgia in 2008.': [
        ('Russia', 1, 'nsubj', 'PROPN', 'NNP', 'Russia'),
        ('used', 1, 'ROOT', 'VERB', 'VBD', 'use'),
        ('force', 1, 'dobj', 'NOUN', 'NN', 'force'),
        ('against', 2, 'prep', 'ADP', 'IN', 'against'),
        ('Georgia', 3, 'pobj', 'PROPN', 'NNP', 'Georgia'),
        ('in', 1, 'prep', 'ADP', 'IN', 'in'),
        ('2008', 5, 'pobj', 'NUM', 'CD', '2008'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'The Syrian army used chemical weapons against the rebels.': [
        ('The', 2, 'det', 'DET', 'DT', 'the'),
        ('Syrian', 2, 'amod', 'ADJ', 'JJ', 'syrian'),
        ('army', 3, 'nsubj', 'NOUN', 'NN', 'army'),
        ('used', 3, 'ROOT', 'VERB', 'VBD', 'use'),
        ('chemical', 5, 'compound', 'ADJ', 'JJ', 'chemical'),
        ('weapons', 3, 'dobj', 'NOUN', 'NNS', 'weapon'),
        ('against', 3, 'prep', 'ADP', 'IN', 'against'),
        ('the', 8, 'det', 'DET', 'DT', 'the'),
        ('rebels', 6, 'pobj', 'NOUN', 'NNS', 'rebel'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'Hamas will use words as its weapons.': [
        ('Hamas', 2, 'nsubj', 'PROPN', 'NNP', 'Hamas'),
        ('will', 2, 'aux', 'AUX', 'MD', 'will'),
        ('use', 2, 'ROOT', 'VERB', 'VB', 'use'),
        ('words', 2, 'dobj', 'NOUN', 'NNS', 'word'),
        ('as', 2, 'prep', 'ADP', 'IN', 'as'),
        ('its', 6, 'poss', 'PRON', 'PRP$', 'its'),
        ('weapons', 4, 'pobj', 'NOUN', 'NNS', 'weapon'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'Serbia pledged never to use force against Kosovo.': [
        ('Serbia', 1, 'nsubj', 'PROPN', 'NNP', 'Serbia'),
        ('pledged', 1, 'ROOT', 'VERB', 'VBD', 'pledge'),
        ('never', 4, 'neg', 'ADV', 'RB', 'never'),
        ('to', 4, 'aux', 'PART', 'TO', 'to'),
        ('use', 1, 'xcomp', 'VERB', 'VB', 'use'),
        ('force', 4, 'dobj', 'NOUN', 'NN', 'force'),
        ('against', 5, 'prep', 'ADP', 'IN', 'against'),
        ('Kosovo', 6, 'pobj', 'PROPN', 'NNP', 'Kosovo'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Serbia pledged to use force against Kosovo.': [
        ('Serbia', 1, 'nsubj', 'PROPN', 'NNP', 'Serbia'),
        ('pledged', 1, 'ROOT', 'VERB', 'VBD', 'pledge'),
        ('to', 3, 'aux', 'PART', 'TO', 'to'),
        ('use', 1, 'xcomp', 'VERB', 'VB', 'use'),
        ('force', 3, 'dobj', 'NOUN', 'NN', 'force'),
        ('against', 4, 'prep', 'ADP', 'IN', 'against'),
        ('Kosovo', 5, 'pobj', 'PROPN', 'NNP', 'Kosovo'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Iran supplied Hezbollah with weapons.': [
        ('Iran', 1, 'nsubj', 'PROPN', 'NNP', 'Iran'),
        ('supplied', 1, 'ROOT', 'VERB', 'VBD', 'supply'),
        ('Hezbollah', 1, 'dobj', 'PROPN', 'NNP', 'Hezbollah'),
        ('with', 1, 'prep', 'ADP', 'IN', 'with'),
        ('weapons', 3, 'pobj', 'NOUN', 'NNS', 'weapon'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _code(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_force_used_against_a_state_is_an_attack(coder: Coder) -> None:
    assert _code(coder, "Russia used force against Georgia in 2008.") == [
        ("ASSAULT", "asserted", ["RUS"], ["GEO"])]


def test_weapons_used_against_someone_are_an_attack(coder: Coder) -> None:
    coded = _code(coder, "The Syrian army used chemical weapons against the rebels.")
    assert [(event, status, actor) for event, status, actor, _ in coded] == [
        ("ASSAULT", "asserted", ["SYR"])]


def test_what_serves_as_a_weapon_is_no_attack(coder: Coder) -> None:
    assert _code(coder, "Hamas will use words as its weapons.") == []


def test_a_pledge_never_to_use_force_is_a_promise_of_restraint(coder: Coder) -> None:
    coded = _code(coder, "Serbia pledged never to use force against Kosovo.")
    assert ("AGREE", "asserted", ["SRB"], ["XKX"]) in coded
    assert ("ASSAULT", "negated", ["SRB"], ["XKX"]) in coded
    assert not any(event == "THREATEN" for event, *_ in coded)


def test_a_pledge_to_use_force_is_a_threat(coder: Coder) -> None:
    coded = _code(coder, "Serbia pledged to use force against Kosovo.")
    assert ("THREATEN", "asserted", ["SRB"], ["XKX"]) in coded
    assert not any(event == "AGREE" for event, *_ in coded)


def test_the_one_supplied_with_weapons_is_the_object(coder: Coder) -> None:
    assert _code(coder, "Iran supplied Hezbollah with weapons.") == [
        ("AID", "asserted", ["IRN"], ["HEZBOLLAH"])]
