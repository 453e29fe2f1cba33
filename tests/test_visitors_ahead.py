"""Model-free tests of visits told as the setting of a clause, and threats of a response.

"During a visit to Beijing, Macron criticised Russia" tells Macron's visit (CONSULT 042) as
well as the criticism: whoever acts in the clause a visit sets is the visitor. "After his
visit", likewise: a possessive set before its clause's subject points ahead to it, not back
to the last person told. A response promised to a hostile act is a threat (CAMEO 130). Docs
are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for these
tests).
"""

from __future__ import annotations

from docbuild import code_doc, told_in

PUBLISHED = "2023-04-10"

BEFORE = "Zelensky criticised Russia."

PARSES = {
    BEFORE: [
        ('Zelensky', 1, 'nsubj', 'PROPN', 'NNP', 'Zelensky'),
        ('criticised', 1, 'ROOT', 'VERB', 'VBD', 'criticise'),
        ('Russia', 1, 'dobj', 'PROPN', 'NNP', 'Russia'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'During a visit to Beijing, Macron criticised Russia.': [
        ('During', 7, 'prep', 'ADP', 'IN', 'during'),
        ('a', 2, 'det', 'DET', 'DT', 'a'),
        ('visit', 0, 'pobj', 'NOUN', 'NN', 'visit'),
        ('to', 2, 'prep', 'ADP', 'IN', 'to'),
        ('Beijing', 3, 'pobj', 'PROPN', 'NNP', 'Beijing'),
        (',', 7, 'punct', 'PUNCT', ',', ','),
        ('Macron', 7, 'nsubj', 'PROPN', 'NNP', 'Macron'),
        ('criticised', 7, 'ROOT', 'VERB', 'VBD', 'criticise'),
        ('Russia', 7, 'dobj', 'PROPN', 'NNP', 'Russia'),
        ('.', 7, 'punct', 'PUNCT', '.', '.'),
    ],
    'After his visit to Beijing, Macron criticised Russia.': [
        ('After', 7, 'prep', 'ADP', 'IN', 'after'),
        ('his', 2, 'poss', 'PRON', 'PRP$', 'his'),
        ('visit', 0, 'pobj', 'NOUN', 'NN', 'visit'),
        ('to', 2, 'prep', 'ADP', 'IN', 'to'),
        ('Beijing', 3, 'pobj', 'PROPN', 'NNP', 'Beijing'),
        (',', 7, 'punct', 'PUNCT', ',', ','),
        ('Macron', 7, 'nsubj', 'PROPN', 'NNP', 'Macron'),
        ('criticised', 7, 'ROOT', 'VERB', 'VBD', 'criticise'),
        ('Russia', 7, 'dobj', 'PROPN', 'NNP', 'Russia'),
        ('.', 7, 'punct', 'PUNCT', '.', '.'),
    ],
    'Moscow denied the charges and promised a response.': [
        ('Moscow', 1, 'nsubj', 'PROPN', 'NNP', 'Moscow'),
        ('denied', 1, 'ROOT', 'VERB', 'VBD', 'deny'),
        ('the', 3, 'det', 'DET', 'DT', 'the'),
        ('charges', 1, 'dobj', 'NOUN', 'NNS', 'charge'),
        ('and', 1, 'cc', 'CCONJ', 'CC', 'and'),
        ('promised', 1, 'conj', 'VERB', 'VBD', 'promise'),
        ('a', 7, 'det', 'DET', 'DT', 'a'),
        ('response', 5, 'dobj', 'NOUN', 'NN', 'response'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _told(coder, text, kind):
    events = code_doc(coder, [(t, PARSES[t]) for t in (BEFORE, text)], PUBLISHED)
    return [s for s in told_in(events, text) if s[0] == kind]


def test_a_visit_setting_a_clause_is_its_subjects(coder):
    assert _told(coder, 'During a visit to Beijing, Macron criticised Russia.', "CONSULT") == [
        ("CONSULT", "asserted", ["FRA"], ["CHN"])]


def test_a_possessive_set_before_the_subject_points_ahead_to_it(coder):
    # Not Zelensky, the last person told before.
    assert _told(coder, 'After his visit to Beijing, Macron criticised Russia.', "CONSULT") == [
        ("CONSULT", "asserted", ["FRA"], ["CHN"])]


def test_a_response_promised_is_a_threat(coder):
    told = _told(coder, 'Moscow denied the charges and promised a response.', "THREATEN")
    assert [(t[0], t[1], t[2]) for t in told] == [("THREATEN", "asserted", ["RUS"])]
    assert not _told(coder, 'Moscow denied the charges and promised a response.', "AGREE")
