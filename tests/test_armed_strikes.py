"""Model-free tests of strikes: an armed strike begun is an attack, not a walkout.

"India began air strikes against Pakistan" matched the lexicon's walkout ("begin strike",
PROTEST) before; a strike with an armed modifier (air, missile, drone, ...) is none, and the
noun codes the attack. A strike with no such modifier is still a walkout. Docs are built by
hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary

PUBLISHED = "1999-05-28"

AIR_STRIKES = 'India began air strikes against Pakistan.'
WALKOUT = 'Indian dockworkers began a strike.'

PARSES = {
    AIR_STRIKES: [
        ('India', 1, 'nsubj', 'PROPN', 'NNP', 'India'),
        ('began', 1, 'ROOT', 'VERB', 'VBD', 'begin'),
        ('air', 3, 'compound', 'NOUN', 'NN', 'air'),
        ('strikes', 1, 'dobj', 'NOUN', 'NNS', 'strike'),
        ('against', 3, 'prep', 'ADP', 'IN', 'against'),
        ('Pakistan', 4, 'pobj', 'PROPN', 'NNP', 'Pakistan'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    WALKOUT: [
        ('Indian', 1, 'amod', 'ADJ', 'JJ', 'indian'),
        ('dockworkers', 2, 'nsubj', 'NOUN', 'NNS', 'dockworker'),
        ('began', 2, 'ROOT', 'VERB', 'VBD', 'begin'),
        ('a', 4, 'det', 'DET', 'DT', 'a'),
        ('strike', 2, 'dobj', 'NOUN', 'NN', 'strike'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _types(coder, text):
    return [row[0] for row in summary(code_one(coder, text, PARSES[text], PUBLISHED))]


def test_air_strikes_begun_are_an_attack_not_a_walkout(coder):
    events = summary(code_one(coder, AIR_STRIKES, PARSES[AIR_STRIKES], PUBLISHED))
    assert [row for row in events if row[0] in ("ASSAULT", "PROTEST")] == [
        ("ASSAULT", "asserted", ["IND"], ["PAK"])]


def test_a_strike_begun_with_no_arms_is_a_walkout(coder):
    assert "PROTEST" in _types(coder, WALKOUT)
