"""Model-free tests of supplies cut, Europe as a party, and terms settled.

Gas, power or other supplies one state cuts off to another are a sanction (SANCTION
discontinue, as a halt of supplies is), not coercion. "Europe" a supply is cut to, or that
acts, is the European Union. Leaders who settle the main terms agree. A singular "it" never
stands for two parties told together just before ("Putin and Tymoshenko settled the main
terms. Six days later, it stopped all deliveries"). Docs are built by hand in the shape
en_core_web_sm 3.8.0 parses these sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2009-01-20"

PARSES = {
    'Russia cut off gas supplies to Ukraine.': [
        ('Russia', 1, 'nsubj', 'PROPN', 'NNP', 'Russia'),
        ('cut', 1, 'ROOT', 'VERB', 'VBD', 'cut'),
        ('off', 1, 'prt', 'ADP', 'RP', 'off'),
        ('gas', 4, 'compound', 'NOUN', 'NN', 'gas'),
        ('supplies', 1, 'dobj', 'NOUN', 'NNS', 'supply'),
        ('to', 1, 'prep', 'ADP', 'IN', 'to'),
        ('Ukraine', 5, 'pobj', 'PROPN', 'NNP', 'Ukraine'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Gazprom turned off the flow to Europe.': [
        ('Gazprom', 1, 'nsubj', 'PROPN', 'NNP', 'Gazprom'),
        ('turned', 1, 'ROOT', 'VERB', 'VBD', 'turn'),
        ('off', 1, 'prt', 'ADP', 'RP', 'off'),
        ('the', 4, 'det', 'DET', 'DT', 'the'),
        ('flow', 1, 'dobj', 'NOUN', 'NN', 'flow'),
        ('to', 1, 'prep', 'ADP', 'IN', 'to'),
        ('Europe', 5, 'pobj', 'PROPN', 'NNP', 'Europe'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Putin and Tymoshenko settled the main terms.': [
        ('Putin', 3, 'nsubj', 'PROPN', 'NNP', 'Putin'),
        ('and', 0, 'cc', 'CCONJ', 'CC', 'and'),
        ('Tymoshenko', 0, 'conj', 'PROPN', 'NNP', 'Tymoshenko'),
        ('settled', 3, 'ROOT', 'VERB', 'VBD', 'settle'),
        ('the', 6, 'det', 'DET', 'DT', 'the'),
        ('main', 6, 'amod', 'ADJ', 'JJ', 'main'),
        ('terms', 3, 'dobj', 'NOUN', 'NNS', 'term'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'Six days later, it stopped all deliveries to Europe.': [
        ('Six', 1, 'nummod', 'NUM', 'CD', 'six'),
        ('days', 2, 'npadvmod', 'NOUN', 'NNS', 'day'),
        ('later', 5, 'advmod', 'ADV', 'RB', 'later'),
        (',', 5, 'punct', 'PUNCT', ',', ','),
        ('it', 5, 'nsubj', 'PRON', 'PRP', 'it'),
        ('stopped', 5, 'ROOT', 'VERB', 'VBD', 'stop'),
        ('all', 7, 'det', 'DET', 'DT', 'all'),
        ('deliveries', 5, 'dobj', 'NOUN', 'NNS', 'delivery'),
        ('to', 5, 'prep', 'ADP', 'IN', 'to'),
        ('Europe', 8, 'pobj', 'PROPN', 'NNP', 'Europe'),
        ('.', 5, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _code(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_supplies_cut_off_to_a_state_are_a_sanction(coder: Coder) -> None:
    assert _code(coder, "Russia cut off gas supplies to Ukraine.") == [
        ("SANCTION", "asserted", ["RUS"], ["UKR"])]


def test_europe_a_flow_is_turned_off_to_is_the_eu(coder: Coder) -> None:
    assert _code(coder, "Gazprom turned off the flow to Europe.") == [
        ("SANCTION", "asserted", ["RUS"], ["EU"])]


def test_leaders_who_settle_the_terms_agree(coder: Coder) -> None:
    assert _code(coder, "Putin and Tymoshenko settled the main terms.") == [
        ("AGREE", "asserted", ["RUS", "UKR"], [])]


def test_it_is_one_party_not_the_pair_told_before(coder: Coder) -> None:
    texts = ["Putin and Tymoshenko settled the main terms.",
             "Six days later, it stopped all deliveries to Europe."]
    coded = summary(code_doc(coder, [(t, PARSES[t]) for t in texts], PUBLISHED, infer=False))
    assert ("SANCTION", "asserted", ["RUS"], ["EU"]) in coded
