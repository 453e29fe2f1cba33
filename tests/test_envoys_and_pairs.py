"""Model-free tests of envoys and the pairs they deal with.

"Left Abidjan without a deal" leaves no deal: what a verb is done without is no part of its
pattern. "Former South African president Thabo Mbeki", an African Union envoy on the day,
acts for the AU, not for the state he once led. "Mbeki met both men", after Gbagbo and
Ouattara (rivals of one state) were named, met those two. Docs are built by hand in the shape
en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2010-12-08"

PARSES = {
    'Mbeki left Abidjan without a deal.': [
        ('Mbeki', 1, 'nsubj', 'PROPN', 'NNP', 'Mbeki'),
        ('left', 1, 'ROOT', 'VERB', 'VBD', 'leave'),
        ('Abidjan', 1, 'dobj', 'PROPN', 'NNP', 'Abidjan'),
        ('without', 1, 'prep', 'ADP', 'IN', 'without'),
        ('a', 5, 'det', 'DET', 'DT', 'a'),
        ('deal', 3, 'pobj', 'NOUN', 'NN', 'deal'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Former South African president Thabo Mbeki met Gbagbo in Abidjan.': [
        ('Former', 3, 'amod', 'ADJ', 'JJ', 'former'),
        ('South', 2, 'amod', 'ADJ', 'JJ', 'south'),
        ('African', 3, 'amod', 'ADJ', 'JJ', 'african'),
        ('president', 5, 'compound', 'NOUN', 'NN', 'president'),
        ('Thabo', 5, 'compound', 'PROPN', 'NNP', 'Thabo'),
        ('Mbeki', 6, 'nsubj', 'PROPN', 'NNP', 'Mbeki'),
        ('met', 6, 'ROOT', 'VERB', 'VBD', 'meet'),
        ('Gbagbo', 6, 'dobj', 'PROPN', 'NNP', 'Gbagbo'),
        ('in', 6, 'prep', 'ADP', 'IN', 'in'),
        ('Abidjan', 8, 'pobj', 'PROPN', 'NNP', 'Abidjan'),
        ('.', 6, 'punct', 'PUNCT', '.', '.'),
    ],
    'Gbagbo accused Ouattara of fraud.': [
        ('Gbagbo', 1, 'nsubj', 'PROPN', 'NNP', 'Gbagbo'),
        ('accused', 1, 'ROOT', 'VERB', 'VBD', 'accuse'),
        ('Ouattara', 1, 'dobj', 'PROPN', 'NNP', 'Ouattara'),
        ('of', 2, 'prep', 'ADP', 'IN', 'of'),
        ('fraud', 3, 'pobj', 'NOUN', 'NN', 'fraud'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Mbeki met both men in Abidjan.': [
        ('Mbeki', 1, 'nsubj', 'PROPN', 'NNP', 'Mbeki'),
        ('met', 1, 'ROOT', 'VERB', 'VBD', 'meet'),
        ('both', 3, 'det', 'DET', 'DT', 'both'),
        ('men', 1, 'dobj', 'NOUN', 'NNS', 'man'),
        ('in', 1, 'prep', 'ADP', 'IN', 'in'),
        ('Abidjan', 4, 'pobj', 'PROPN', 'NNP', 'Abidjan'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _coded(coder: Coder, *texts: str) -> list[tuple]:
    events = code_doc(coder, [(t, PARSES[t]) for t in texts], PUBLISHED)
    return summary(ev for ev in events if ev.event_text == texts[-1])


def test_what_a_verb_is_done_without_is_no_part_of_its_pattern(coder: Coder) -> None:
    text = "Mbeki left Abidjan without a deal."
    assert summary(code_one(coder, text, PARSES[text], PUBLISHED)) == []


def test_a_former_leader_acts_for_the_body_he_serves_on_the_day(coder: Coder) -> None:
    # (In Abidjan: the AU envoy's visit to Ivory Coast.)
    assert _coded(coder, "Former South African president Thabo Mbeki met Gbagbo in Abidjan.") == [
        ("CONSULT", "asserted", ["AU"], ["CIV"])]


def test_both_men_are_the_last_two_people_named(coder: Coder) -> None:
    coded = _coded(coder, "Gbagbo accused Ouattara of fraud.", "Mbeki met both men in Abidjan.")
    assert coded == [("CONSULT", "asserted", ["AU"], ["CIV"])]
