"""Model-free tests of forces named by what only a state has, by "federal", or by the weapon
they fire.

"The army" and "the police" are a state's: in a report about Tigrayan forces, "the army
withdrew from Mekelle" is Ethiopia's army (the state the text names most), not the forces the
report is about. "Federal forces" are that state's too. A weapon "launched by the RSF" is the
RSF's, so what it strikes the RSF strikes. Docs are built by hand in the shape en_core_web_sm
3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2021-06-30"

PARSES = {
    'The TPLF attacked Ethiopia.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('TPLF', 2, 'nsubj', 'PROPN', 'NNP', 'TPLF'),
        ('attacked', 2, 'ROOT', 'VERB', 'VBD', 'attack'),
        ('Ethiopia', 2, 'dobj', 'PROPN', 'NNP', 'Ethiopia'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'The TPLF thanked Kenya.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('TPLF', 2, 'nsubj', 'PROPN', 'NNP', 'TPLF'),
        ('thanked', 2, 'ROOT', 'VERB', 'VBD', 'thank'),
        ('Kenya', 2, 'dobj', 'PROPN', 'NNP', 'Kenya'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'The TPLF thanked Uganda.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('TPLF', 2, 'nsubj', 'PROPN', 'NNP', 'TPLF'),
        ('thanked', 2, 'ROOT', 'VERB', 'VBD', 'thank'),
        ('Uganda', 2, 'dobj', 'PROPN', 'NNP', 'Uganda'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'The army withdrew from Mekelle.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('army', 2, 'nsubj', 'NOUN', 'NN', 'army'),
        ('withdrew', 2, 'ROOT', 'VERB', 'VBD', 'withdraw'),
        ('from', 2, 'prep', 'ADP', 'IN', 'from'),
        ('Mekelle', 3, 'pobj', 'PROPN', 'NNP', 'Mekelle'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'Federal forces captured Mekelle.': [
        ('Federal', 1, 'amod', 'ADJ', 'JJ', 'federal'),
        ('forces', 2, 'nsubj', 'NOUN', 'NNS', 'force'),
        ('captured', 2, 'ROOT', 'VERB', 'VBD', 'capture'),
        ('Mekelle', 2, 'dobj', 'PROPN', 'NNP', 'Mekelle'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'A drone launched by the RSF struck the palace.': [
        ('A', 1, 'det', 'DET', 'DT', 'a'),
        ('drone', 6, 'nsubj', 'NOUN', 'NN', 'drone'),
        ('launched', 1, 'acl', 'VERB', 'VBN', 'launch'),
        ('by', 2, 'agent', 'ADP', 'IN', 'by'),
        ('the', 5, 'det', 'DET', 'DT', 'the'),
        ('RSF', 3, 'pobj', 'PROPN', 'NNP', 'RSF'),
        ('struck', 6, 'ROOT', 'VERB', 'VBD', 'strike'),
        ('the', 8, 'det', 'DET', 'DT', 'the'),
        ('palace', 6, 'dobj', 'NOUN', 'NN', 'palace'),
        ('.', 6, 'punct', 'PUNCT', '.', '.'),
    ],
}

#: A report about the TPLF: it is named twice as often as Ethiopia.
_STORY = ["The TPLF attacked Ethiopia.", "The TPLF attacked Ethiopia.", "The TPLF thanked Kenya.",
          "The TPLF thanked Uganda."]


def _last(coder: Coder, text: str) -> list[tuple]:
    events = code_doc(coder, [(t, PARSES[t]) for t in [*_STORY, text]], PUBLISHED, infer=False)
    return summary(ev for ev in events if ev.event_text == text)


def test_the_army_in_a_report_about_an_armed_group_is_the_states(coder: Coder) -> None:
    coded = _last(coder, "The army withdrew from Mekelle.")
    assert [(ev[0], ev[2]) for ev in coded] == [("RETREAT", ["ETH"])]


def test_federal_forces_are_the_state_named_most(coder: Coder) -> None:
    coded = _last(coder, "Federal forces captured Mekelle.")
    assert [(ev[0], ev[1], ev[2]) for ev in coded] == [("ASSAULT", "asserted", ["ETH"])]


def test_a_weapon_launched_by_a_party_is_its_own(coder: Coder) -> None:
    text = "A drone launched by the RSF struck the palace."
    assert [(ev[0], ev[2]) for ev in summary(code_one(coder, text, PARSES[text], PUBLISHED))] == [
        ("ASSAULT", ["RSF"])]
