"""Model-free tests of meetings a third party held between two parties.

"Agreed to a ceasefire after talks mediated by Qatar", "signed a deal after talks convened by
the African Union": the mediator's CONSULT has the parties as recipients (EVENTS.md), and the
parties who met are the actors of a symmetric CONSULT of their own. A deal only "brokered",
or talks held "indirect", tell no meeting of the parties. A host of two parties' leaders ("hosted
Erdogan and Rouhani in Sochi") brought them together as such a mediator does. Also: the model may read "after
talks ..., the ministry said" as a clause with two subjects; the phrase is given back to the
verb the saying reports, and the ministry is the source. Docs are built by hand in the shape
en_core_web_sm 3.8.0 parses these sentences (written for this test).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

HOSTED_TWO = "Putin hosted Erdogan and Rouhani in Sochi."
HOSTED_ONE = "Putin hosted Erdogan in Sochi."

PARSES = {
    HOSTED_TWO: [
        ('Putin', 1, 'nsubj', 'PROPN', 'NNP', 'Putin'),
        ('hosted', 1, 'ROOT', 'VERB', 'VBD', 'host'),
        ('Erdogan', 1, 'dobj', 'PROPN', 'NNP', 'Erdogan'),
        ('and', 2, 'cc', 'CCONJ', 'CC', 'and'),
        ('Rouhani', 2, 'conj', 'PROPN', 'NNP', 'Rouhani'),
        ('in', 1, 'prep', 'ADP', 'IN', 'in'),
        ('Sochi', 5, 'pobj', 'PROPN', 'NNP', 'Sochi'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    HOSTED_ONE: [
        ('Putin', 1, 'nsubj', 'PROPN', 'NNP', 'Putin'),
        ('hosted', 1, 'ROOT', 'VERB', 'VBD', 'host'),
        ('Erdogan', 1, 'dobj', 'PROPN', 'NNP', 'Erdogan'),
        ('in', 1, 'prep', 'ADP', 'IN', 'in'),
        ('Sochi', 3, 'pobj', 'PROPN', 'NNP', 'Sochi'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    "Armenia and Azerbaijan agreed to a ceasefire late on Monday after talks in Doha on Sunday mediated by Qatar, Qatar's foreign ministry said.": [
        ('Armenia', 3, 'nsubj', 'PROPN', 'NNP', 'Armenia'),
        ('and', 0, 'cc', 'CCONJ', 'CC', 'and'),
        ('Azerbaijan', 0, 'conj', 'PROPN', 'NNP', 'Azerbaijan'),
        ('agreed', 3, 'ROOT', 'VERB', 'VBD', 'agree'),
        ('to', 3, 'prep', 'ADP', 'IN', 'to'),
        ('a', 6, 'det', 'DET', 'DT', 'a'),
        ('ceasefire', 4, 'pobj', 'NOUN', 'NN', 'ceasefire'),
        ('late', 3, 'advmod', 'ADV', 'RB', 'late'),
        ('on', 7, 'prep', 'ADP', 'IN', 'on'),
        ('Monday', 8, 'pobj', 'PROPN', 'NNP', 'Monday'),
        ('after', 24, 'mark', 'SCONJ', 'IN', 'after'),
        ('talks', 24, 'nsubj', 'NOUN', 'NNS', 'talk'),
        ('in', 11, 'prep', 'ADP', 'IN', 'in'),
        ('Doha', 12, 'pobj', 'PROPN', 'NNP', 'Doha'),
        ('on', 11, 'prep', 'ADP', 'IN', 'on'),
        ('Sunday', 14, 'pobj', 'PROPN', 'NNP', 'Sunday'),
        ('mediated', 11, 'acl', 'VERB', 'VBN', 'mediate'),
        ('by', 16, 'agent', 'ADP', 'IN', 'by'),
        ('Qatar', 17, 'pobj', 'PROPN', 'NNP', 'Qatar'),
        (',', 18, 'punct', 'PUNCT', ',', ','),
        ('Qatar', 23, 'poss', 'PROPN', 'NNP', 'Qatar'),
        ("'s", 20, 'case', 'PART', 'POS', "'s"),
        ('foreign', 23, 'amod', 'ADJ', 'JJ', 'foreign'),
        ('ministry', 24, 'nsubj', 'PROPN', 'NNP', 'ministry'),
        ('said', 3, 'advcl', 'VERB', 'VBD', 'say'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'Sudan and Chad signed a deal after talks convened by the African Union.': [
        ('Sudan', 3, 'nsubj', 'PROPN', 'NNP', 'Sudan'),
        ('and', 0, 'cc', 'CCONJ', 'CC', 'and'),
        ('Chad', 0, 'conj', 'PROPN', 'NNP', 'Chad'),
        ('signed', 3, 'ROOT', 'VERB', 'VBD', 'sign'),
        ('a', 5, 'det', 'DET', 'DT', 'a'),
        ('deal', 3, 'dobj', 'NOUN', 'NN', 'deal'),
        ('after', 3, 'prep', 'ADP', 'IN', 'after'),
        ('talks', 6, 'pobj', 'NOUN', 'NNS', 'talk'),
        ('convened', 7, 'acl', 'VERB', 'VBN', 'convene'),
        ('by', 8, 'agent', 'ADP', 'IN', 'by'),
        ('the', 12, 'det', 'DET', 'DT', 'the'),
        ('African', 12, 'compound', 'PROPN', 'NNP', 'African'),
        ('Union', 9, 'pobj', 'PROPN', 'NNP', 'Union'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'Sudan and Chad signed a deal brokered by the African Union.': [
        ('Sudan', 3, 'nsubj', 'PROPN', 'NNP', 'Sudan'),
        ('and', 0, 'cc', 'CCONJ', 'CC', 'and'),
        ('Chad', 0, 'conj', 'PROPN', 'NNP', 'Chad'),
        ('signed', 3, 'ROOT', 'VERB', 'VBD', 'sign'),
        ('a', 5, 'det', 'DET', 'DT', 'a'),
        ('deal', 3, 'dobj', 'NOUN', 'NN', 'deal'),
        ('brokered', 5, 'acl', 'VERB', 'VBN', 'broker'),
        ('by', 6, 'agent', 'ADP', 'IN', 'by'),
        ('the', 10, 'det', 'DET', 'DT', 'the'),
        ('African', 10, 'compound', 'PROPN', 'NNP', 'African'),
        ('Union', 7, 'pobj', 'PROPN', 'NNP', 'Union'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'Sudan and Chad signed a deal after indirect talks hosted by Kenya.': [
        ('Sudan', 3, 'nsubj', 'PROPN', 'NNP', 'Sudan'),
        ('and', 0, 'cc', 'CCONJ', 'CC', 'and'),
        ('Chad', 0, 'conj', 'PROPN', 'NNP', 'Chad'),
        ('signed', 3, 'ROOT', 'VERB', 'VBD', 'sign'),
        ('a', 5, 'det', 'DET', 'DT', 'a'),
        ('deal', 3, 'dobj', 'NOUN', 'NN', 'deal'),
        ('after', 3, 'prep', 'ADP', 'IN', 'after'),
        ('indirect', 8, 'amod', 'ADJ', 'JJ', 'indirect'),
        ('talks', 6, 'pobj', 'NOUN', 'NNS', 'talk'),
        ('hosted', 8, 'acl', 'VERB', 'VBN', 'host'),
        ('by', 9, 'agent', 'ADP', 'IN', 'by'),
        ('Kenya', 10, 'pobj', 'PROPN', 'NNP', 'Kenya'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'Talks between Sudan and Chad, perhaps hosted by Kenya, are the only way forward.': [
        ('Talks', 11, 'nsubj', 'NOUN', 'NNS', 'talk'),
        ('between', 0, 'prep', 'ADP', 'IN', 'between'),
        ('Sudan', 1, 'pobj', 'PROPN', 'NNP', 'Sudan'),
        ('and', 2, 'cc', 'CCONJ', 'CC', 'and'),
        ('Chad', 2, 'conj', 'PROPN', 'NNP', 'Chad'),
        (',', 0, 'punct', 'PUNCT', ',', ','),
        ('perhaps', 7, 'advmod', 'ADV', 'RB', 'perhaps'),
        ('hosted', 0, 'acl', 'VERB', 'VBN', 'host'),
        ('by', 7, 'agent', 'ADP', 'IN', 'by'),
        ('Kenya', 8, 'pobj', 'PROPN', 'NNP', 'Kenya'),
        (',', 0, 'punct', 'PUNCT', ',', ','),
        ('are', 11, 'ROOT', 'AUX', 'VBP', 'be'),
        ('the', 14, 'det', 'DET', 'DT', 'the'),
        ('only', 14, 'amod', 'ADJ', 'JJ', 'only'),
        ('way', 11, 'attr', 'NOUN', 'NN', 'way'),
        ('forward', 14, 'advmod', 'ADV', 'RB', 'forward'),
        ('.', 11, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _coded(coder: Coder, text: str, published: str = "2025-06-10") -> list[tuple]:
    return sorted((ev.event, ev.status, sorted(a.code for a in ev.actor),
                   sorted(r.code for r in ev.recipient))
                  for ev in code_one(coder, text, PARSES[text], published))


def test_a_host_of_two_parties_brings_them_together(coder: Coder) -> None:
    # The host's line stands (the gold sets code a host of two sides' leaders as their
    # mediator), and the two guests met.
    assert _coded(coder, HOSTED_TWO, "2019-02-15") == [
        ("CONSULT", "asserted", ["IRN", "TUR"], []),
        ("CONSULT", "asserted", ["RUS"], ["IRN", "TUR"]),
    ]


def test_a_host_of_one_guest_is_only_visited(coder: Coder) -> None:
    assert _coded(coder, HOSTED_ONE, "2019-02-15") == [
        ("CONSULT", "asserted", ["RUS"], ["TUR"])]


def test_talks_mediated_are_the_parties_meeting_too(coder: Coder) -> None:
    text = ("Armenia and Azerbaijan agreed to a ceasefire late on Monday after talks in Doha on "
            "Sunday mediated by Qatar, Qatar's foreign ministry said.")
    assert _coded(coder, text) == [
        ("AGREE", "asserted", ["ARM", "AZE"], []),
        ("CONSULT", "asserted", ["ARM", "AZE"], []),
        ("CONSULT", "asserted", ["QAT"], ["ARM", "AZE"]),
    ]


def test_the_ministry_that_said_it_is_the_source(coder: Coder) -> None:
    text = ("Armenia and Azerbaijan agreed to a ceasefire late on Monday after talks in Doha on "
            "Sunday mediated by Qatar, Qatar's foreign ministry said.")
    agreed = [ev for ev in code_one(coder, text, PARSES[text], "2025-06-10") if ev.event == "AGREE"]
    assert [ev.attribution.source for ev in agreed] == ["Qatar's foreign ministry"]


def test_talks_convened_by_a_body(coder: Coder) -> None:
    text = "Sudan and Chad signed a deal after talks convened by the African Union."
    assert _coded(coder, text) == [
        ("AGREE", "asserted", ["SDN", "TCD"], []),
        ("CONSULT", "asserted", ["AU"], ["SDN", "TCD"]),
        ("CONSULT", "asserted", ["SDN", "TCD"], []),
    ]


def test_a_deal_brokered_is_the_brokers_mediation_alone(coder: Coder) -> None:
    # (No second, hypothetical AGREE for "a deal" signed, and no mediation by the signers.)
    text = "Sudan and Chad signed a deal brokered by the African Union."
    assert _coded(coder, text) == [
        ("AGREE", "asserted", ["SDN", "TCD"], []),
        ("CONSULT", "asserted", ["AU"], ["SDN", "TCD"]),
    ]


def test_indirect_talks_are_no_meeting_of_the_parties(coder: Coder) -> None:
    text = "Sudan and Chad signed a deal after indirect talks hosted by Kenya."
    assert ("CONSULT", "asserted", ["SDN", "TCD"], []) not in _coded(coder, text)
    assert ("CONSULT", "asserted", ["KEN"], ["SDN", "TCD"]) in _coded(coder, text)


def test_a_host_proposed_is_no_meeting_held(coder: Coder) -> None:
    text = "Talks between Sudan and Chad, perhaps hosted by Kenya, are the only way forward."
    assert _coded(coder, text) == [
        ("CONSULT", "hypothetical", ["KEN"], ["SDN", "TCD"]),
        ("CONSULT", "hypothetical", ["SDN", "TCD"], []),
    ]
