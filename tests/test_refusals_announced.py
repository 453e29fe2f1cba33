"""Model-free tests of refusals a party announces: told now, not to come.

"Serbia said it would vote against the plan" is Serbia's refusal (REJECT, CAMEO 120) told as
it speaks, as gold sets code "has said he will vote against the agreement". Told by others
("Serbia will vote against the plan, analysts said"), it is their forecast, still to come.
Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for
these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary

PUBLISHED = "2023-03-20"

PARSES = {
    'Serbia said it would vote against the plan.': [
        ('Serbia', 1, 'nsubj', 'PROPN', 'NNP', 'Serbia'),
        ('said', 1, 'ROOT', 'VERB', 'VBD', 'say'),
        ('it', 4, 'nsubj', 'PRON', 'PRP', 'it'),
        ('would', 4, 'aux', 'AUX', 'MD', 'would'),
        ('vote', 1, 'ccomp', 'VERB', 'VB', 'vote'),
        ('against', 4, 'prep', 'ADP', 'IN', 'against'),
        ('the', 7, 'det', 'DET', 'DT', 'the'),
        ('plan', 5, 'pobj', 'NOUN', 'NN', 'plan'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Serbia will vote against the plan, analysts said.': [
        ('Serbia', 2, 'nsubj', 'PROPN', 'NNP', 'Serbia'),
        ('will', 2, 'aux', 'AUX', 'MD', 'will'),
        ('vote', 8, 'ccomp', 'VERB', 'VB', 'vote'),
        ('against', 2, 'prep', 'ADP', 'IN', 'against'),
        ('the', 5, 'det', 'DET', 'DT', 'the'),
        ('plan', 3, 'pobj', 'NOUN', 'NN', 'plan'),
        (',', 8, 'punct', 'PUNCT', ',', ','),
        ('analysts', 8, 'nsubj', 'NOUN', 'NNS', 'analyst'),
        ('said', 8, 'ROOT', 'VERB', 'VBD', 'say'),
        ('.', 8, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _told(coder, text):
    return [t[:3] for t in summary(code_one(coder, text, PARSES[text], PUBLISHED))]


def test_a_vote_against_announced_by_the_voter_is_a_refusal_told_now(coder):
    assert _told(coder, 'Serbia said it would vote against the plan.') == [
        ("REJECT", "asserted", ["SRB"])]


def test_a_vote_against_forecast_by_others_is_still_to_come(coder):
    assert _told(coder, 'Serbia will vote against the plan, analysts said.') == [
        ("REJECT", "future", ["SRB"])]
