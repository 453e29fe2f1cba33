"""Model-free tests of measures targeted: "Washington targeted two Russian banks".

"Target" is a strike when weapons or forces aim at a convoy or a base, but economic measures
when what is aimed at is a bank, a firm, an industry or assets, or when the verb is joined to
an imposition of sanctions (SANCTION, CAMEO 163). A participle that tells an imposition again
("imposed sanctions on Belarus, targeting its potash industry") is that one act, coded once.
Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for
these tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PARSES = {
    'The European Union imposed sanctions on Belarus, targeting its potash industry.': [
    ('The', 2, 'det', 'DET', 'DT', 'the'),
    ('European', 2, 'compound', 'PROPN', 'NNP', 'European'),
    ('Union', 3, 'nsubj', 'PROPN', 'NNP', 'Union'),
    ('imposed', 3, 'ROOT', 'VERB', 'VBD', 'impose'),
    ('sanctions', 3, 'dobj', 'NOUN', 'NNS', 'sanction'),
    ('on', 4, 'prep', 'ADP', 'IN', 'on'),
    ('Belarus', 5, 'pobj', 'PROPN', 'NNP', 'Belarus'),
    (',', 3, 'punct', 'PUNCT', ',', ','),
    ('targeting', 3, 'advcl', 'VERB', 'VBG', 'target'),
    ('its', 11, 'poss', 'PRON', 'PRP$', 'its'),
    ('potash', 11, 'compound', 'NOUN', 'NN', 'potash'),
    ('industry', 8, 'dobj', 'NOUN', 'NN', 'industry'),
    ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'Washington targeted two Russian banks on Friday.': [
    ('Washington', 1, 'nsubj', 'PROPN', 'NNP', 'Washington'),
    ('targeted', 1, 'ROOT', 'VERB', 'VBD', 'target'),
    ('two', 4, 'nummod', 'NUM', 'CD', 'two'),
    ('Russian', 4, 'amod', 'ADJ', 'JJ', 'russian'),
    ('banks', 1, 'dobj', 'NOUN', 'NNS', 'bank'),
    ('on', 1, 'prep', 'ADP', 'IN', 'on'),
    ('Friday', 5, 'pobj', 'PROPN', 'NNP', 'Friday'),
    ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Israeli jets targeted a convoy in Syria.': [
    ('Israeli', 1, 'amod', 'ADJ', 'JJ', 'israeli'),
    ('jets', 2, 'nsubj', 'NOUN', 'NNS', 'jet'),
    ('targeted', 2, 'ROOT', 'VERB', 'VBD', 'target'),
    ('a', 4, 'det', 'DET', 'DT', 'a'),
    ('convoy', 2, 'dobj', 'NOUN', 'NN', 'convoy'),
    ('in', 4, 'prep', 'ADP', 'IN', 'in'),
    ('Syria', 5, 'pobj', 'PROPN', 'NNP', 'Syria'),
    ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _code(coder: Coder, text: str):
    return [(ev.event, ev.cameo, [e.code for e in ev.actor], [e.code for e in ev.recipient])
            for ev in code_one(coder, text, PARSES[text], "2021-06-25")]


def test_banks_targeted_are_sanctioned(coder: Coder) -> None:
    assert _code(coder, "Washington targeted two Russian banks on Friday.") == [
        ("SANCTION", "163", ["USA"], ["RUS"])]


def test_a_participle_telling_an_imposition_again_is_that_imposition(coder: Coder) -> None:
    assert _code(coder, "The European Union imposed sanctions on Belarus, targeting its potash "
                        "industry.") == [("SANCTION", "163", ["EU"], ["BLR"])]


def test_jets_targeting_a_convoy_strike_it(coder: Coder) -> None:
    assert _code(coder, "Israeli jets targeted a convoy in Syria.") == [
        ("ASSAULT", "190", ["ISR"], ["SYR"])]
