"""Model-free tests of who is asked to act when the one asked is a preposition's object.

"Called on Russia to withdraw its troops", "appealed to Russia to ...", "pleaded with Uganda
to ...": the one called on, appealed to or pleaded with is the one who would withdraw, as the
object of "urged Russia to withdraw" is; not the one who asks. And "his" in what is asked is
the asking person's, not the last person of the sentences before ("Barrow appealed to ECOWAS
to support his government"). Docs are built by hand in the shape en_core_web_sm 3.8.0 parses
these sentences (written for these tests).
"""

from __future__ import annotations

import pytest

from docbuild import code_doc, code_one, summary, told_in

PUBLISHED = "2022-03-01"

CALLED_ON = 'Britain called on Russia to withdraw its troops.'
APPEALED_TO = 'The UN appealed to Russia to withdraw its troops.'
PLEADED_WITH = 'Kenya pleaded with Uganda to withdraw its troops.'
CALLED_FOR = 'Britain called for Russia to withdraw its troops.'
FLEW = "Mauritania's president, Mohamed Ould Abdel Aziz, flew to Banjul."
APPEALED_HIS = 'Adama Barrow appealed to ECOWAS to support his government.'

PARSES = {
    FLEW: [
        ('Mauritania', 2, 'poss', 'PROPN', 'NNP', 'Mauritania'),
        ("'s", 0, 'case', 'PART', 'POS', "'s"),
        ('president', 9, 'nsubj', 'NOUN', 'NN', 'president'),
        (',', 2, 'punct', 'PUNCT', ',', ','),
        ('Mohamed', 7, 'compound', 'PROPN', 'NNP', 'Mohamed'),
        ('Ould', 7, 'compound', 'PROPN', 'NNP', 'Ould'),
        ('Abdel', 7, 'compound', 'PROPN', 'NNP', 'Abdel'),
        ('Aziz', 2, 'appos', 'PROPN', 'NNP', 'Aziz'),
        (',', 2, 'punct', 'PUNCT', ',', ','),
        ('flew', 9, 'ROOT', 'VERB', 'VBD', 'fly'),
        ('to', 9, 'prep', 'ADP', 'IN', 'to'),
        ('Banjul', 10, 'pobj', 'PROPN', 'NNP', 'Banjul'),
        ('.', 9, 'punct', 'PUNCT', '.', '.'),
    ],
    APPEALED_HIS: [
        ('Adama', 1, 'compound', 'PROPN', 'NNP', 'Adama'),
        ('Barrow', 2, 'nsubj', 'PROPN', 'NNP', 'Barrow'),
        ('appealed', 2, 'ROOT', 'VERB', 'VBD', 'appeal'),
        ('to', 2, 'prep', 'ADP', 'IN', 'to'),
        ('ECOWAS', 3, 'pobj', 'NOUN', 'NN', 'ecowas'),
        ('to', 6, 'aux', 'PART', 'TO', 'to'),
        ('support', 2, 'advcl', 'VERB', 'VB', 'support'),
        ('his', 8, 'poss', 'PRON', 'PRP$', 'his'),
        ('government', 6, 'dobj', 'NOUN', 'NN', 'government'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    CALLED_ON: [
        ('Britain', 1, 'nsubj', 'PROPN', 'NNP', 'Britain'),
        ('called', 1, 'ROOT', 'VERB', 'VBD', 'call'),
        ('on', 1, 'prep', 'ADP', 'IN', 'on'),
        ('Russia', 2, 'pobj', 'PROPN', 'NNP', 'Russia'),
        ('to', 5, 'aux', 'PART', 'TO', 'to'),
        ('withdraw', 1, 'xcomp', 'VERB', 'VB', 'withdraw'),
        ('its', 7, 'poss', 'PRON', 'PRP$', 'its'),
        ('troops', 5, 'dobj', 'NOUN', 'NNS', 'troop'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    APPEALED_TO: [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('UN', 2, 'nsubj', 'PROPN', 'NNP', 'UN'),
        ('appealed', 2, 'ROOT', 'VERB', 'VBD', 'appeal'),
        ('to', 2, 'prep', 'ADP', 'IN', 'to'),
        ('Russia', 3, 'pobj', 'PROPN', 'NNP', 'Russia'),
        ('to', 6, 'aux', 'PART', 'TO', 'to'),
        ('withdraw', 2, 'xcomp', 'VERB', 'VB', 'withdraw'),
        ('its', 8, 'poss', 'PRON', 'PRP$', 'its'),
        ('troops', 6, 'dobj', 'NOUN', 'NNS', 'troop'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    PLEADED_WITH: [
        ('Kenya', 1, 'nsubj', 'PROPN', 'NNP', 'Kenya'),
        ('pleaded', 1, 'ROOT', 'VERB', 'VBD', 'plead'),
        ('with', 1, 'prep', 'ADP', 'IN', 'with'),
        ('Uganda', 2, 'pobj', 'PROPN', 'NNP', 'Uganda'),
        ('to', 5, 'aux', 'PART', 'TO', 'to'),
        ('withdraw', 1, 'advcl', 'VERB', 'VB', 'withdraw'),
        ('its', 7, 'poss', 'PRON', 'PRP$', 'its'),
        ('troops', 5, 'dobj', 'NOUN', 'NNS', 'troop'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    CALLED_FOR: [
        ('Britain', 1, 'nsubj', 'PROPN', 'NNP', 'Britain'),
        ('called', 1, 'ROOT', 'VERB', 'VBD', 'call'),
        ('for', 5, 'mark', 'SCONJ', 'IN', 'for'),
        ('Russia', 5, 'nsubj', 'PROPN', 'NNP', 'Russia'),
        ('to', 5, 'aux', 'PART', 'TO', 'to'),
        ('withdraw', 1, 'advcl', 'VERB', 'VB', 'withdraw'),
        ('its', 7, 'poss', 'PRON', 'PRP$', 'its'),
        ('troops', 5, 'dobj', 'NOUN', 'NNS', 'troop'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _withdrawals(coder, text):
    events = code_one(coder, text, PARSES[text], PUBLISHED)
    return [(row[1], row[2]) for row in summary(events) if row[0] == "RETREAT"]


@pytest.mark.parametrize(("text", "asked"), [
    (CALLED_ON, "RUS"), (APPEALED_TO, "RUS"), (PLEADED_WITH, "UGA"),
    # ("Called for Russia to withdraw": the parser's subject of the infinitive, as before.)
    (CALLED_FOR, "RUS"),
])
def test_the_one_asked_would_withdraw(coder, text, asked):
    assert _withdrawals(coder, text) == [("hypothetical", [asked])]


def test_his_is_the_asking_persons(coder):
    # (Before, "his" was Mauritania's president, named in the sentence before.)
    events = code_doc(coder, [(t, PARSES[t]) for t in (FLEW, APPEALED_HIS)], "2017-01-20")
    assert [row for row in told_in(events, APPEALED_HIS) if row[0] == "AID"] == [
        ("AID", "hypothetical", ["ECOWAS"], ["GMB"])]
