"""Model-free tests of officials named by whose side they are on.

"The rebels' chief negotiator accused the government of stalling", in a report on one armed
group: the negotiator speaks for that group, as "the rebels" alone would. "Government
ministers accused the opposition", in a report on one state: officials the text calls the
government's are that state's, as "the government" is (bare "ministers" may be anyone's).
Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for
these tests).
"""

from __future__ import annotations

from docbuild import code_doc, told_in
from parley.events.coder import Coder

PARSES = {
    'Talks between the Colombian government and the FARC ended in Havana on Sunday without a deal.': [
        ('Talks', 8, 'nsubj', 'NOUN', 'NNS', 'talk'),
        ('between', 0, 'prep', 'ADP', 'IN', 'between'),
        ('the', 4, 'det', 'DET', 'DT', 'the'),
        ('Colombian', 4, 'amod', 'ADJ', 'JJ', 'colombian'),
        ('government', 1, 'pobj', 'NOUN', 'NN', 'government'),
        ('and', 4, 'cc', 'CCONJ', 'CC', 'and'),
        ('the', 7, 'det', 'DET', 'DT', 'the'),
        ('FARC', 4, 'conj', 'NOUN', 'NNS', 'FARC'),
        ('ended', 8, 'ROOT', 'VERB', 'VBD', 'end'),
        ('in', 8, 'prep', 'ADP', 'IN', 'in'),
        ('Havana', 9, 'pobj', 'PROPN', 'NNP', 'Havana'),
        ('on', 8, 'prep', 'ADP', 'IN', 'on'),
        ('Sunday', 11, 'pobj', 'PROPN', 'NNP', 'Sunday'),
        ('without', 8, 'prep', 'ADP', 'IN', 'without'),
        ('a', 15, 'det', 'DET', 'DT', 'a'),
        ('deal', 13, 'pobj', 'NOUN', 'NN', 'deal'),
        ('.', 8, 'punct', 'PUNCT', '.', '.'),
    ],
    "The rebels' chief negotiator accused the government of stalling.": [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('rebels', 4, 'poss', 'NOUN', 'NNS', 'rebel'),
        ("'", 1, 'case', 'PART', 'POS', "'"),
        ('chief', 4, 'amod', 'ADJ', 'JJ', 'chief'),
        ('negotiator', 5, 'nsubj', 'NOUN', 'NN', 'negotiator'),
        ('accused', 5, 'ROOT', 'VERB', 'VBD', 'accuse'),
        ('the', 7, 'det', 'DET', 'DT', 'the'),
        ('government', 5, 'dobj', 'NOUN', 'NN', 'government'),
        ('of', 5, 'prep', 'ADP', 'IN', 'of'),
        ('stalling', 8, 'pcomp', 'VERB', 'VBG', 'stall'),
        ('.', 5, 'punct', 'PUNCT', '.', '.'),
    ],
    'Police in Kenya fired on protesters in Kisumu on Monday.': [
        ('Police', 3, 'nsubj', 'NOUN', 'NNS', 'Police'),
        ('in', 0, 'prep', 'ADP', 'IN', 'in'),
        ('Kenya', 1, 'pobj', 'PROPN', 'NNP', 'Kenya'),
        ('fired', 3, 'ROOT', 'VERB', 'VBD', 'fire'),
        ('on', 3, 'prep', 'ADP', 'IN', 'on'),
        ('protesters', 4, 'pobj', 'NOUN', 'NNS', 'protester'),
        ('in', 3, 'prep', 'ADP', 'IN', 'in'),
        ('Kisumu', 6, 'pobj', 'PROPN', 'NNP', 'Kisumu'),
        ('on', 3, 'prep', 'ADP', 'IN', 'on'),
        ('Monday', 8, 'pobj', 'PROPN', 'NNP', 'Monday'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    "Kenya's opposition called new protests in Nairobi.": [
        ('Kenya', 2, 'poss', 'PROPN', 'NNP', 'Kenya'),
        ("'s", 0, 'case', 'PART', 'POS', "'s"),
        ('opposition', 3, 'nsubj', 'NOUN', 'NN', 'opposition'),
        ('called', 3, 'ROOT', 'VERB', 'VBN', 'call'),
        ('new', 5, 'amod', 'ADJ', 'JJ', 'new'),
        ('protests', 3, 'dobj', 'NOUN', 'NNS', 'protest'),
        ('in', 5, 'prep', 'ADP', 'IN', 'in'),
        ('Nairobi', 6, 'pobj', 'PROPN', 'NNP', 'Nairobi'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'Government ministers accused the opposition of inciting violence.': [
        ('Government', 1, 'compound', 'NOUN', 'NN', 'government'),
        ('ministers', 2, 'nsubj', 'NOUN', 'NNS', 'minister'),
        ('accused', 2, 'ROOT', 'VERB', 'VBD', 'accuse'),
        ('the', 4, 'det', 'DET', 'DT', 'the'),
        ('opposition', 2, 'dobj', 'NOUN', 'NN', 'opposition'),
        ('of', 4, 'prep', 'ADP', 'IN', 'of'),
        ('inciting', 5, 'pcomp', 'VERB', 'VBG', 'incite'),
        ('violence', 6, 'dobj', 'NOUN', 'NN', 'violence'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'Ministers accused the opposition of inciting violence.': [
        ('Ministers', 1, 'nsubj', 'NOUN', 'NNS', 'minister'),
        ('accused', 1, 'ROOT', 'VERB', 'VBD', 'accuse'),
        ('the', 3, 'det', 'DET', 'DT', 'the'),
        ('opposition', 1, 'dobj', 'NOUN', 'NN', 'opposition'),
        ('of', 3, 'prep', 'ADP', 'IN', 'of'),
        ('inciting', 4, 'pcomp', 'VERB', 'VBG', 'incite'),
        ('violence', 5, 'dobj', 'NOUN', 'NN', 'violence'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
}

TALKS = "Talks between the Colombian government and the FARC ended in Havana on Sunday without a deal."
NEGOTIATOR = "The rebels' chief negotiator accused the government of stalling."
FIRED = "Police in Kenya fired on protesters in Kisumu on Monday."
CALLED = "Kenya's opposition called new protests in Nairobi."
GOVERNMENT_MINISTERS = "Government ministers accused the opposition of inciting violence."
MINISTERS = "Ministers accused the opposition of inciting violence."


def _coded(coder: Coder, *texts: str, published: str) -> list:
    return code_doc(coder, [(t, PARSES[t]) for t in texts], published)


def test_the_rebels_negotiator_speaks_for_the_report_s_rebels(coder: Coder) -> None:
    events = _coded(coder, TALKS, NEGOTIATOR, published="2015-03-10")
    assert [actor for event, _, actor, _ in told_in(events, NEGOTIATOR)
            if event == "ACCUSE"] == [["FARC"]]


def test_government_ministers_are_the_state_s_the_text_is_about(coder: Coder) -> None:
    events = _coded(coder, FIRED, CALLED, GOVERNMENT_MINISTERS, published="2008-01-10")
    assert [actor for event, _, actor, _ in told_in(events, GOVERNMENT_MINISTERS)
            if event == "ACCUSE"] == [["KEN"]]


def test_bare_ministers_are_no_one_s_in_particular(coder: Coder) -> None:
    events = _coded(coder, FIRED, CALLED, MINISTERS, published="2008-01-10")
    assert told_in(events, MINISTERS) == []
