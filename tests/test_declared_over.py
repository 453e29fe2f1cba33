"""Model-free tests of what a verb's object is declared or stands for.

"Cristiani declared El Salvador's long war officially over" ends a war (RETREAT, ceasefire):
the parser hangs "over" on the object, or ("Abiy declared the operation over") makes it a
clause whose subject is the object; either way the phrase is "declare war over", not a war
declared. "the dialogue that it had suspended" suspends the dialogue (talks broken off): the
object is the noun the relative pronoun stands for. Docs are built by hand in the shape
en_core_web_sm 3.8.0 parses these sentences (written for this test).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PARSES = {
    "Cristiani declared El Salvador's long war officially over.": [
        ('Cristiani', 1, 'nsubj', 'PROPN', 'NNP', 'Cristiani'),
        ('declared', 1, 'ROOT', 'VERB', 'VBD', 'declare'),
        ('El', 3, 'compound', 'PROPN', 'NNP', 'El'),
        ('Salvador', 6, 'poss', 'PROPN', 'NNP', 'Salvador'),
        ("'s", 3, 'case', 'PART', 'POS', "'s"),
        ('long', 6, 'amod', 'ADJ', 'JJ', 'long'),
        ('war', 1, 'dobj', 'NOUN', 'NN', 'war'),
        ('officially', 8, 'advmod', 'ADV', 'RB', 'officially'),
        ('over', 6, 'advmod', 'ADV', 'RB', 'over'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Abiy declared the operation over.': [
        ('Abiy', 1, 'nsubj', 'PROPN', 'NNP', 'Abiy'),
        ('declared', 1, 'ROOT', 'VERB', 'VBD', 'declare'),
        ('the', 3, 'det', 'DET', 'DT', 'the'),
        ('operation', 4, 'nsubj', 'NOUN', 'NN', 'operation'),
        ('over', 1, 'ccomp', 'ADP', 'RP', 'over'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Washington restored the dialogue that it had suspended in 1990.': [
        ('Washington', 1, 'nsubj', 'PROPN', 'NNP', 'Washington'),
        ('restored', 1, 'ROOT', 'VERB', 'VBD', 'restore'),
        ('the', 3, 'det', 'DET', 'DT', 'the'),
        ('dialogue', 1, 'dobj', 'NOUN', 'NN', 'dialogue'),
        ('that', 7, 'dobj', 'PRON', 'WDT', 'that'),
        ('it', 7, 'nsubj', 'PRON', 'PRP', 'it'),
        ('had', 7, 'aux', 'AUX', 'VBD', 'have'),
        ('suspended', 3, 'relcl', 'VERB', 'VBN', 'suspend'),
        ('in', 7, 'prep', 'ADP', 'IN', 'in'),
        ('1990', 8, 'pobj', 'NUM', 'CD', '1990'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _coded(coder: Coder, text: str) -> list[tuple]:
    return [(ev.event, ev.mode, ev.status, [a.code for a in ev.actor])
            for ev in code_one(coder, text, PARSES[text], "1992-12-18")]


def test_a_war_declared_over_is_ended_not_begun(coder: Coder) -> None:
    assert _coded(coder, "Cristiani declared El Salvador's long war officially over.") == [
        ("RETREAT", "ceasefire", "asserted", ["SLV"])]


def test_an_operation_declared_over_by_a_clause_of_the_parser_is_ended(coder: Coder) -> None:
    assert _coded(coder, "Abiy declared the operation over.") == [
        ("RETREAT", "ceasefire", "asserted", ["ETH"])]


def test_the_object_of_a_relative_clause_is_the_noun_it_stands_for(coder: Coder) -> None:
    assert ("REJECT", "meet", "asserted", ["USA"]) in _coded(
        coder, "Washington restored the dialogue that it had suspended in 1990.")
