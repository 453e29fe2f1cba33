"""Model-free tests of force one keeps using.

What one keeps doing by force goes on already, whatever is said of its going on: "Russia
cannot keep sending drones at Ukrainian homes" tells the strikes (asserted; only their going
on is denied), as "if China keeps ramming Philippine boats" tells the ramming. Not so force
vowed or foretold ("vowed to keep bombing Kharkiv", "will keep bombing Kharkiv"): that is the
act to come, and the vow a threat. Docs are built by hand in the shape en_core_web_sm 3.8.0
parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2025-08-20"

PARSES = {
    'Russia cannot keep sending drones at Ukrainian homes.': [
        ('Russia', 3, 'nsubj', 'PROPN', 'NNP', 'Russia'),
        ('can', 3, 'aux', 'AUX', 'MD', 'can'),
        ('not', 3, 'neg', 'PART', 'RB', 'not'),
        ('keep', 3, 'ROOT', 'VERB', 'VB', 'keep'),
        ('sending', 3, 'xcomp', 'VERB', 'VBG', 'send'),
        ('drones', 4, 'dobj', 'NOUN', 'NNS', 'drone'),
        ('at', 4, 'prep', 'ADP', 'IN', 'at'),
        ('Ukrainian', 8, 'amod', 'ADJ', 'JJ', 'ukrainian'),
        ('homes', 6, 'pobj', 'NOUN', 'NNS', 'home'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'If China keeps ramming Philippine boats, ASEAN should suspend the talks.': [
        ('If', 2, 'mark', 'SCONJ', 'IN', 'if'),
        ('China', 2, 'nsubj', 'PROPN', 'NNP', 'China'),
        ('keeps', 9, 'advcl', 'VERB', 'VBZ', 'keep'),
        ('ramming', 2, 'xcomp', 'VERB', 'VBG', 'ram'),
        ('Philippine', 5, 'amod', 'ADJ', 'JJ', 'philippine'),
        ('boats', 3, 'dobj', 'NOUN', 'NNS', 'boat'),
        (',', 9, 'punct', 'PUNCT', ',', ','),
        ('ASEAN', 9, 'nsubj', 'PROPN', 'NNP', 'ASEAN'),
        ('should', 9, 'aux', 'AUX', 'MD', 'should'),
        ('suspend', 9, 'ROOT', 'VERB', 'VB', 'suspend'),
        ('the', 11, 'det', 'DET', 'DT', 'the'),
        ('talks', 9, 'dobj', 'NOUN', 'NNS', 'talk'),
        ('.', 9, 'punct', 'PUNCT', '.', '.'),
    ],
    'Russia vowed to keep bombing Kharkiv.': [
        ('Russia', 1, 'nsubj', 'PROPN', 'NNP', 'Russia'),
        ('vowed', 1, 'ROOT', 'VERB', 'VBD', 'vow'),
        ('to', 3, 'aux', 'PART', 'TO', 'to'),
        ('keep', 1, 'xcomp', 'VERB', 'VB', 'keep'),
        ('bombing', 3, 'xcomp', 'VERB', 'VBG', 'bomb'),
        ('Kharkiv', 3, 'oprd', 'PROPN', 'NNP', 'Kharkiv'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Russia will keep bombing Kharkiv.': [
        ('Russia', 2, 'nsubj', 'PROPN', 'NNP', 'Russia'),
        ('will', 2, 'aux', 'AUX', 'MD', 'will'),
        ('keep', 2, 'ROOT', 'VERB', 'VB', 'keep'),
        ('bombing', 2, 'xcomp', 'VERB', 'VBG', 'bomb'),
        ('Kharkiv', 3, 'dobj', 'PROPN', 'NNP', 'Kharkiv'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _code(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_force_one_cannot_keep_using_goes_on(coder: Coder) -> None:
    assert _code(coder, "Russia cannot keep sending drones at Ukrainian homes.") == [
        ("ASSAULT", "asserted", ["RUS"], ["UKR"])]


def test_force_kept_up_in_a_condition_goes_on(coder: Coder) -> None:
    coded = _code(coder, "If China keeps ramming Philippine boats, ASEAN should suspend the talks.")
    assert ("ASSAULT", "asserted", ["CHN"], ["PHL"]) in coded


def test_force_vowed_or_foretold_to_go_on_is_to_come(coder: Coder) -> None:
    # (The parser takes "Kharkiv" for a predicate here, so no one is struck.)
    assert _code(coder, "Russia vowed to keep bombing Kharkiv.") == [
        ("THREATEN", "asserted", ["RUS"], []), ("ASSAULT", "future", ["RUS"], [])]
    assert _code(coder, "Russia will keep bombing Kharkiv.") == [
        ("ASSAULT", "future", ["RUS"], ["UKR"])]
