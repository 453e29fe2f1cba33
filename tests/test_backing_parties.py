"""Model-free tests of backing a party, which is aid, against backing a thing of it.

"Iran backs the Houthis", "Haftar is backed by Egypt", "the M23, backed by Rwandan troops":
backing a party itself, of no stated kind, is aid (AID, CAMEO 070), as the gold sets code it.
Backing a party's proposal, or backing it "publicly", endorses (SUPPORT, CAMEO 051). Docs are
built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for these
tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PUBLISHED = "2024-05-02"

PARSES = {
    'Iran backs the Houthis.': [
        ('Iran', 1, 'nsubj', 'PROPN', 'NNP', 'Iran'),
        ('backs', 1, 'ROOT', 'VERB', 'VBZ', 'back'),
        ('the', 3, 'det', 'DET', 'DT', 'the'),
        ('Houthis', 1, 'dobj', 'PROPN', 'NNP', 'Houthis'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Iran publicly backed the Houthis.': [
        ('Iran', 2, 'nsubj', 'PROPN', 'NNP', 'Iran'),
        ('publicly', 2, 'advmod', 'ADV', 'RB', 'publicly'),
        ('backed', 2, 'ROOT', 'VERB', 'VBD', 'back'),
        ('the', 4, 'det', 'DET', 'DT', 'the'),
        ('Houthis', 2, 'dobj', 'PROPN', 'NNP', 'Houthis'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    "France backed Germany's proposal.": [
        ('France', 1, 'nsubj', 'PROPN', 'NNP', 'France'),
        ('backed', 1, 'ROOT', 'VERB', 'VBD', 'back'),
        ('Germany', 4, 'poss', 'PROPN', 'NNP', 'Germany'),
        ("'s", 2, 'case', 'PART', 'POS', "'s"),
        ('proposal', 1, 'dobj', 'NOUN', 'NN', 'proposal'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'The M23, backed by Rwandan troops, seized the town of Sake.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('M23', 8, 'nsubj', 'PROPN', 'NNP', 'M23'),
        (',', 1, 'punct', 'PUNCT', ',', ','),
        ('backed', 1, 'acl', 'VERB', 'VBN', 'back'),
        ('by', 3, 'agent', 'ADP', 'IN', 'by'),
        ('Rwandan', 6, 'amod', 'ADJ', 'JJ', 'rwandan'),
        ('troops', 4, 'pobj', 'NOUN', 'NNS', 'troop'),
        (',', 1, 'punct', 'PUNCT', ',', ','),
        ('seized', 8, 'ROOT', 'VERB', 'VBD', 'seize'),
        ('the', 10, 'det', 'DET', 'DT', 'the'),
        ('town', 8, 'dobj', 'NOUN', 'NN', 'town'),
        ('of', 10, 'prep', 'ADP', 'IN', 'of'),
        ('Sake', 11, 'pobj', 'PROPN', 'NNP', 'Sake'),
        ('.', 8, 'punct', 'PUNCT', '.', '.'),
    ],
    'Haftar is backed by Egypt.': [
        ('Haftar', 2, 'nsubjpass', 'PROPN', 'NNP', 'Haftar'),
        ('is', 2, 'auxpass', 'AUX', 'VBZ', 'be'),
        ('backed', 2, 'ROOT', 'VERB', 'VBN', 'back'),
        ('by', 2, 'agent', 'ADP', 'IN', 'by'),
        ('Egypt', 3, 'pobj', 'PROPN', 'NNP', 'Egypt'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _coded(coder: Coder, text: str) -> list[tuple]:
    return [(ev.event, ev.cameo, ev.status, [a.code for a in ev.actor],
             [r.code for r in ev.recipient]) for ev in code_one(coder, text, PARSES[text],
                                                                 PUBLISHED)]


def test_backing_a_named_party_is_aid(coder: Coder) -> None:
    assert _coded(coder, "Iran backs the Houthis.") == [
        ("AID", "070", "asserted", ["IRN"], ["HOUTHI"])]


def test_a_party_backed_in_the_passive_receives_aid(coder: Coder) -> None:
    assert _coded(coder, "Haftar is backed by Egypt.") == [
        ("AID", "070", "asserted", ["EGY"], ["LNA"])]


def test_a_party_a_participle_says_is_backed_receives_aid(coder: Coder) -> None:
    coded = _coded(coder, "The M23, backed by Rwandan troops, seized the town of Sake.")
    assert ("AID", "070", "asserted", ["RWA"], ["M23"]) in coded
    assert not any(c[0] == "SUPPORT" for c in coded)


def test_backing_told_as_public_is_an_endorsement(coder: Coder) -> None:
    assert _coded(coder, "Iran publicly backed the Houthis.") == [
        ("SUPPORT", "051", "asserted", ["IRN"], ["HOUTHI"])]


def test_backing_a_partys_proposal_is_an_endorsement(coder: Coder) -> None:
    coded = _coded(coder, "France backed Germany's proposal.")
    assert ("SUPPORT", "051", "asserted", ["FRA"], ["DEU"]) in coded
    assert not any(c[0] == "AID" for c in coded)
