"""Model-free tests of a backer named beside an act's doer.

A party named only as the doer's backer ("Federal troops, backed by Eritrean forces, shelled
the city") or as fighting "alongside" it is on the doer's side: force whose target the
sentence does not name is still aimed at the doer's foe in the story, not left without one
because some other party was named. Docs are built by hand in the shape en_core_web_sm 3.8.0
parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, summary
from parley.events.coder import Coder

PUBLISHED = "2021-11-10"

PARSES = {
    'Ethiopian troops attacked the TPLF in Tigray.': [
        ('Ethiopian', 1, 'amod', 'ADJ', 'JJ', 'ethiopian'),
        ('troops', 2, 'nsubj', 'NOUN', 'NNS', 'troop'),
        ('attacked', 2, 'ROOT', 'VERB', 'VBD', 'attack'),
        ('the', 4, 'det', 'DET', 'DT', 'the'),
        ('TPLF', 2, 'dobj', 'PROPN', 'NNP', 'TPLF'),
        ('in', 2, 'prep', 'ADP', 'IN', 'in'),
        ('Tigray', 5, 'pobj', 'PROPN', 'NNP', 'Tigray'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'Ethiopia accused the TPLF of treason.': [
        ('Ethiopia', 1, 'nsubj', 'PROPN', 'NNP', 'Ethiopia'),
        ('accused', 1, 'ROOT', 'VERB', 'VBD', 'accuse'),
        ('the', 3, 'det', 'DET', 'DT', 'the'),
        ('TPLF', 1, 'dobj', 'PROPN', 'NNP', 'TPLF'),
        ('of', 3, 'prep', 'ADP', 'IN', 'of'),
        ('treason', 4, 'pobj', 'NOUN', 'NN', 'treason'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Federal troops, backed by Eritrean forces, shelled the city.': [
        ('Federal', 1, 'amod', 'ADJ', 'JJ', 'federal'),
        ('troops', 8, 'nsubj', 'NOUN', 'NNS', 'troop'),
        (',', 1, 'punct', 'PUNCT', ',', ','),
        ('backed', 1, 'acl', 'VERB', 'VBN', 'back'),
        ('by', 3, 'agent', 'ADP', 'IN', 'by'),
        ('Eritrean', 6, 'amod', 'ADJ', 'JJ', 'eritrean'),
        ('forces', 4, 'pobj', 'NOUN', 'NNS', 'force'),
        (',', 1, 'punct', 'PUNCT', ',', ','),
        ('shelled', 8, 'ROOT', 'VERB', 'VBD', 'shell'),
        ('the', 10, 'det', 'DET', 'DT', 'the'),
        ('city', 8, 'dobj', 'NOUN', 'NN', 'city'),
        ('.', 8, 'punct', 'PUNCT', '.', '.'),
    ],
    'Federal troops, assisted by Eritrean forces, shelled the city.': [
        ('Federal', 1, 'amod', 'ADJ', 'JJ', 'federal'),
        ('troops', 8, 'nsubj', 'NOUN', 'NNS', 'troop'),
        (',', 1, 'punct', 'PUNCT', ',', ','),
        ('assisted', 1, 'acl', 'VERB', 'VBN', 'assist'),
        ('by', 3, 'agent', 'ADP', 'IN', 'by'),
        ('Eritrean', 6, 'amod', 'ADJ', 'JJ', 'eritrean'),
        ('forces', 4, 'pobj', 'NOUN', 'NNS', 'force'),
        (',', 1, 'punct', 'PUNCT', ',', ','),
        ('shelled', 8, 'ROOT', 'VERB', 'VBD', 'shell'),
        ('the', 10, 'det', 'DET', 'DT', 'the'),
        ('city', 8, 'dobj', 'NOUN', 'NN', 'city'),
        ('.', 8, 'punct', 'PUNCT', '.', '.'),
    ],
    'Federal troops shelled the city alongside Eritrean forces.': [
        ('Federal', 1, 'amod', 'ADJ', 'JJ', 'federal'),
        ('troops', 2, 'nsubj', 'NOUN', 'NNS', 'troop'),
        ('shelled', 2, 'ROOT', 'VERB', 'VBD', 'shell'),
        ('the', 4, 'det', 'DET', 'DT', 'the'),
        ('city', 2, 'dobj', 'NOUN', 'NN', 'city'),
        ('alongside', 2, 'prep', 'ADP', 'IN', 'alongside'),
        ('Eritrean', 7, 'amod', 'ADJ', 'JJ', 'eritrean'),
        ('forces', 5, 'pobj', 'NOUN', 'NNS', 'force'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
}

STORY = ["Ethiopian troops attacked the TPLF in Tigray.", "Ethiopia accused the TPLF of treason."]


def _last(coder: Coder, texts: list[str]) -> list[tuple]:
    """The events of the last sentence, coded after the story before it."""
    events = code_doc(coder, [(t, PARSES[t]) for t in texts], PUBLISHED)
    return summary(ev for ev in events if ev.event_text == texts[-1])


def test_force_beside_a_backer_is_aimed_at_the_doers_foe(coder: Coder) -> None:
    coded = _last(coder, [*STORY, "Federal troops, backed by Eritrean forces, shelled the city."])
    assert coded == [("AID", "asserted", ["ERI"], ["ETH"]),
                     ("ASSAULT", "asserted", ["ETH"], ["TPLF"])]


def test_force_beside_a_party_fighting_alongside_is_aimed_at_the_doers_foe(coder: Coder) -> None:
    coded = _last(coder, [*STORY, "Federal troops shelled the city alongside Eritrean forces."])
    assert coded == [("ASSAULT", "asserted", ["ETH"], ["TPLF"])]


def test_force_beside_a_party_assisting_it_is_aimed_at_the_doers_foe(coder: Coder) -> None:
    # ("assisted by" is a participle of backing as "backed by" is, though assisting names
    # no aid of its own.)
    coded = _last(coder, [*STORY, "Federal troops, assisted by Eritrean forces, shelled the city."])
    assert ("ASSAULT", "asserted", ["ETH"], ["TPLF"]) in coded
