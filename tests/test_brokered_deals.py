"""Model-free tests of a deal a mediator brokered, which is also the parties' agreement.

"The EU brokered a deal" tells two acts: the EU's mediation (CONSULT, CAMEO 045) and the
parties' agreement (AGREE), as the gold sets code a deal told new. A deal told before ("the
deal") is the mediation alone. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses
these sentences (written for this test).
"""

from __future__ import annotations

from docbuild import code_doc, told_in
from parley.events.coder import Coder

STORY = 'Russia and Ukraine fought over gas.'

PARSES = {
    STORY: [
        ('Russia', 3, 'nsubj', 'PROPN', 'NNP', 'Russia'),
        ('and', 0, 'cc', 'CCONJ', 'CC', 'and'),
        ('Ukraine', 0, 'conj', 'PROPN', 'NNP', 'Ukraine'),
        ('fought', 3, 'ROOT', 'VERB', 'VBD', 'fight'),
        ('over', 3, 'prep', 'ADP', 'IN', 'over'),
        ('gas', 4, 'pobj', 'NOUN', 'NN', 'gas'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'The European Union brokered a deal that let monitors into both countries.': [
        ('The', 2, 'det', 'DET', 'DT', 'the'),
        ('European', 2, 'compound', 'PROPN', 'NNP', 'European'),
        ('Union', 3, 'nsubj', 'PROPN', 'NNP', 'Union'),
        ('brokered', 3, 'ROOT', 'VERB', 'VBD', 'broker'),
        ('a', 5, 'det', 'DET', 'DT', 'a'),
        ('deal', 3, 'dobj', 'NOUN', 'NN', 'deal'),
        ('that', 7, 'nsubj', 'PRON', 'WDT', 'that'),
        ('let', 5, 'relcl', 'VERB', 'VBD', 'let'),
        ('monitors', 7, 'dobj', 'NOUN', 'NNS', 'monitor'),
        ('into', 8, 'prep', 'ADP', 'IN', 'into'),
        ('both', 11, 'det', 'DET', 'DT', 'both'),
        ('countries', 9, 'pobj', 'NOUN', 'NNS', 'country'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'The European Union brokered the deal.': [
        ('The', 2, 'det', 'DET', 'DT', 'the'),
        ('European', 2, 'compound', 'PROPN', 'NNP', 'European'),
        ('Union', 3, 'nsubj', 'PROPN', 'NNP', 'Union'),
        ('brokered', 3, 'ROOT', 'VERB', 'VBD', 'broker'),
        ('the', 5, 'det', 'DET', 'DT', 'the'),
        ('deal', 3, 'dobj', 'NOUN', 'NN', 'deal'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    # The parser hangs the "between" phrase on the verb when a date comes first.
    'Qatar brokered an agreement last week between Israel and Hamas.': [
        ('Qatar', 1, 'nsubj', 'PROPN', 'NNP', 'Qatar'),
        ('brokered', 1, 'ROOT', 'VERB', 'VBD', 'broker'),
        ('an', 3, 'det', 'DET', 'DT', 'an'),
        ('agreement', 1, 'dobj', 'NOUN', 'NN', 'agreement'),
        ('last', 5, 'amod', 'ADJ', 'JJ', 'last'),
        ('week', 1, 'npadvmod', 'NOUN', 'NN', 'week'),
        ('between', 1, 'prep', 'ADP', 'IN', 'between'),
        ('Israel', 6, 'pobj', 'PROPN', 'NNP', 'Israel'),
        ('and', 7, 'cc', 'CCONJ', 'CC', 'and'),
        ('Hamas', 7, 'conj', 'PROPN', 'NNP', 'Hamas'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _told(coder: Coder, text: str) -> list[tuple]:
    events = code_doc(coder, [(t, PARSES[t]) for t in (STORY, text)], "2009-01-20")
    return told_in(events, text)


def test_a_deal_brokered_new_is_the_story_pairs_agreement(coder: Coder) -> None:
    told = _told(coder, 'The European Union brokered a deal that let monitors into both countries.')
    assert ("CONSULT", "asserted", ["EU"], ["RUS", "UKR"]) in told
    assert ("AGREE", "asserted", ["RUS", "UKR"], []) in told


def test_a_deal_told_before_is_the_mediation_alone(coder: Coder) -> None:
    told = _told(coder, 'The European Union brokered the deal.')
    assert [t[0] for t in told] == ["CONSULT"]


def test_the_parties_hung_on_the_mediating_verb_are_the_deals(coder: Coder) -> None:
    told = _told(coder, 'Qatar brokered an agreement last week between Israel and Hamas.')
    assert ("CONSULT", "asserted", ["QAT"], ["ISR", "HAMAS"]) in told
    assert ("AGREE", "asserted", ["ISR", "HAMAS"], []) in told
