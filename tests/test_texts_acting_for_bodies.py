"""Model-free tests of a text that acts in the name of the body that adopted it.

"A resolution adopted by the Security Council imposed sanctions on Mali", "the Security
Council adopted a resolution that imposed sanctions": the council imposed them. "The
resolution also urged Mali to hold elections", after it, is the council's again; with no
text told before, "the resolution" is the council's the text has named ("The UN Security
Council voted to extend its mission in Mali. The resolution also urged ..."), else no one. A four-digit number after "Resolution" is
its number, not a year. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these
sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, code_one, summary
from parley.events.coder import Coder
from parley.events.dates import find_dates

PUBLISHED = "2012-12-24"

PARSES = {
    'The UN Security Council voted on Thursday to extend its mission in Mali.': [
        ('The', 3, 'det', 'DET', 'DT', 'the'),
        ('UN', 3, 'compound', 'PROPN', 'NNP', 'UN'),
        ('Security', 3, 'compound', 'PROPN', 'NNP', 'Security'),
        ('Council', 4, 'nsubj', 'PROPN', 'NNP', 'Council'),
        ('voted', 4, 'ROOT', 'VERB', 'VBD', 'vote'),
        ('on', 4, 'prep', 'ADP', 'IN', 'on'),
        ('Thursday', 5, 'pobj', 'PROPN', 'NNP', 'Thursday'),
        ('to', 8, 'aux', 'PART', 'TO', 'to'),
        ('extend', 4, 'xcomp', 'VERB', 'VB', 'extend'),
        ('its', 10, 'poss', 'PRON', 'PRP$', 'its'),
        ('mission', 8, 'dobj', 'NOUN', 'NN', 'mission'),
        ('in', 10, 'prep', 'ADP', 'IN', 'in'),
        ('Mali', 11, 'pobj', 'PROPN', 'NNP', 'Mali'),
        ('.', 4, 'punct', 'PUNCT', '.', '.'),
    ],
    'A resolution adopted by the Security Council on Thursday imposed sanctions on Mali.': [
        ('A', 1, 'det', 'DET', 'DT', 'a'),
        ('resolution', 9, 'nsubj', 'NOUN', 'NN', 'resolution'),
        ('adopted', 1, 'acl', 'VERB', 'VBN', 'adopt'),
        ('by', 2, 'agent', 'ADP', 'IN', 'by'),
        ('the', 6, 'det', 'DET', 'DT', 'the'),
        ('Security', 6, 'compound', 'PROPN', 'NNP', 'Security'),
        ('Council', 3, 'pobj', 'PROPN', 'NNP', 'Council'),
        ('on', 2, 'prep', 'ADP', 'IN', 'on'),
        ('Thursday', 7, 'pobj', 'PROPN', 'NNP', 'Thursday'),
        ('imposed', 9, 'ROOT', 'VERB', 'VBD', 'impose'),
        ('sanctions', 9, 'dobj', 'NOUN', 'NNS', 'sanction'),
        ('on', 10, 'prep', 'ADP', 'IN', 'on'),
        ('Mali', 11, 'pobj', 'PROPN', 'NNP', 'Mali'),
        ('.', 9, 'punct', 'PUNCT', '.', '.'),
    ],
    'The Security Council adopted a resolution that imposed sanctions on Mali.': [
        ('The', 2, 'det', 'DET', 'DT', 'the'),
        ('Security', 2, 'compound', 'PROPN', 'NNP', 'Security'),
        ('Council', 3, 'nsubj', 'PROPN', 'NNP', 'Council'),
        ('adopted', 3, 'ROOT', 'VERB', 'VBD', 'adopt'),
        ('a', 5, 'det', 'DET', 'DT', 'a'),
        ('resolution', 3, 'dobj', 'NOUN', 'NN', 'resolution'),
        ('that', 7, 'nsubj', 'PRON', 'WDT', 'that'),
        ('imposed', 5, 'relcl', 'VERB', 'VBD', 'impose'),
        ('sanctions', 7, 'dobj', 'NOUN', 'NNS', 'sanction'),
        ('on', 8, 'prep', 'ADP', 'IN', 'on'),
        ('Mali', 9, 'pobj', 'PROPN', 'NNP', 'Mali'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'The resolution also called on Mali to hold elections.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('resolution', 3, 'nsubj', 'NOUN', 'NN', 'resolution'),
        ('also', 3, 'advmod', 'ADV', 'RB', 'also'),
        ('called', 3, 'ROOT', 'VERB', 'VBD', 'call'),
        ('on', 3, 'prep', 'ADP', 'IN', 'on'),
        ('Mali', 4, 'pobj', 'PROPN', 'NNP', 'Mali'),
        ('to', 7, 'aux', 'PART', 'TO', 'to'),
        ('hold', 3, 'xcomp', 'VERB', 'VB', 'hold'),
        ('elections', 7, 'dobj', 'NOUN', 'NNS', 'election'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'The resolution also urged Mali to hold elections.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('resolution', 3, 'nsubj', 'NOUN', 'NN', 'resolution'),
        ('also', 3, 'advmod', 'ADV', 'RB', 'also'),
        ('urged', 3, 'ROOT', 'VERB', 'VBD', 'urge'),
        ('Mali', 3, 'dobj', 'PROPN', 'NNP', 'Mali'),
        ('to', 6, 'aux', 'PART', 'TO', 'to'),
        ('hold', 3, 'xcomp', 'VERB', 'VB', 'hold'),
        ('elections', 6, 'dobj', 'NOUN', 'NNS', 'election'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
}

ADOPTED = "A resolution adopted by the Security Council on Thursday imposed sanctions on Mali."
RELATIVE = "The Security Council adopted a resolution that imposed sanctions on Mali."
URGED = "The resolution also urged Mali to hold elections."
VOTED = "The UN Security Council voted on Thursday to extend its mission in Mali."


def _coded(coder: Coder, *texts: str) -> list[tuple]:
    events = code_doc(coder, [(t, PARSES[t]) for t in texts], PUBLISHED)
    return summary(ev for ev in events if ev.event_text == texts[-1])


def test_a_text_adopted_by_a_body_acts_for_it(coder: Coder) -> None:
    assert _coded(coder, ADOPTED) == [("SANCTION", "asserted", ["UN"], ["MLI"])]


def test_a_text_a_body_adopted_acts_for_it_in_a_relative_clause(coder: Coder) -> None:
    assert _coded(coder, RELATIVE) == [("SANCTION", "asserted", ["UN"], ["MLI"])]


def test_the_text_told_again_is_the_same_bodys(coder: Coder) -> None:
    assert _coded(coder, ADOPTED, URGED) == [("REQUEST", "asserted", ["UN"], ["MLI"])]


def test_the_resolution_after_a_council_named_is_the_councils(coder: Coder) -> None:
    assert _coded(coder, VOTED, URGED) == [("REQUEST", "asserted", ["UN"], ["MLI"])]


def test_a_text_never_told_before_names_no_one(coder: Coder) -> None:
    assert summary(code_one(coder, URGED, PARSES[URGED], PUBLISHED)) == []


def test_a_resolutions_number_is_no_year() -> None:
    found = find_dates("Resolution 2085 imposed sanctions on Mali in 2012.", PUBLISHED)
    assert [d.value for d in found] == ["2012"]
