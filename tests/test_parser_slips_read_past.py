"""Model-free tests of more slips of the small parser, and how the coder reads past them.

- "Croatia's army retook the Serb-held region": en_core_web_sm 3.8.0 may tag "retook" a noun
  while giving it the clause's subject and object; a noun has no subject, so the word is
  the verb ("retake").
- "Egypt and the Arab League, which both called for the militias to disarm": the parser
  makes "both" the subject and "which" the object; those the clause is said of called.
- "imposed travel bans and asset freezes on Belarusian officials": the model may take
  "freezes" for a verb with "bans" its subject (a plural subject of a verb in "-s": no
  clause); both are the objects of "imposed", a targeted sanction.

Docs are built by hand in the shape the model parses these sentences (written for these
tests).
"""

from __future__ import annotations

from docbuild import code_one
from parley.events.coder import Coder

PARSES = {
    'The same day, Britain and Canada imposed travel bans and asset freezes on Belarusian officials.': [
        ('The', 2, 'det', 'DET', 'DT', 'the'),
        ('same', 2, 'amod', 'ADJ', 'JJ', 'same'),
        ('day', 7, 'npadvmod', 'NOUN', 'NN', 'day'),
        (',', 7, 'punct', 'PUNCT', ',', ','),
        ('Britain', 7, 'nsubj', 'PROPN', 'NNP', 'Britain'),
        ('and', 4, 'cc', 'CCONJ', 'CC', 'and'),
        ('Canada', 4, 'conj', 'PROPN', 'NNP', 'Canada'),
        ('imposed', 7, 'ROOT', 'VERB', 'VBD', 'impose'),
        ('travel', 9, 'compound', 'NOUN', 'NN', 'travel'),
        ('bans', 12, 'nsubj', 'NOUN', 'NNS', 'ban'),
        ('and', 9, 'cc', 'CCONJ', 'CC', 'and'),
        ('asset', 9, 'conj', 'NOUN', 'NN', 'asset'),
        ('freezes', 7, 'ccomp', 'VERB', 'VBZ', 'freeze'),
        ('on', 12, 'prep', 'ADP', 'IN', 'on'),
        ('Belarusian', 15, 'amod', 'ADJ', 'JJ', 'belarusian'),
        ('officials', 13, 'pobj', 'NOUN', 'NNS', 'official'),
        ('.', 12, 'punct', 'PUNCT', '.', '.'),
    ],
    "Croatia's army retook the Serb-held region.": [
        ('Croatia', 2, 'poss', 'PROPN', 'NNP', 'Croatia'),
        ("'s", 0, 'case', 'PART', 'POS', "'s"),
        ('army', 3, 'nsubj', 'NOUN', 'NN', 'army'),
        ('retook', 3, 'ROOT', 'NOUN', 'NN', 'retook'),
        ('the', 8, 'det', 'DET', 'DT', 'the'),
        ('Serb', 7, 'npadvmod', 'PROPN', 'NNP', 'Serb'),
        ('-', 7, 'punct', 'PUNCT', 'HYPH', '-'),
        ('held', 8, 'amod', 'VERB', 'VBN', 'hold'),
        ('region', 3, 'dobj', 'NOUN', 'NN', 'region'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'The plan won the support of Egypt and the Arab League, which both called for the militias to disarm.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('plan', 2, 'nsubj', 'NOUN', 'NN', 'plan'),
        ('won', 2, 'ROOT', 'VERB', 'VBD', 'win'),
        ('the', 4, 'det', 'DET', 'DT', 'the'),
        ('support', 2, 'dobj', 'NOUN', 'NN', 'support'),
        ('of', 4, 'prep', 'ADP', 'IN', 'of'),
        ('Egypt', 5, 'pobj', 'PROPN', 'NNP', 'Egypt'),
        ('and', 6, 'cc', 'CCONJ', 'CC', 'and'),
        ('the', 10, 'det', 'DET', 'DT', 'the'),
        ('Arab', 10, 'compound', 'PROPN', 'NNP', 'Arab'),
        ('League', 6, 'conj', 'PROPN', 'NNP', 'League'),
        (',', 6, 'punct', 'PUNCT', ',', ','),
        ('which', 14, 'dobj', 'PRON', 'WDT', 'which'),
        ('both', 14, 'nsubj', 'PRON', 'DT', 'both'),
        ('called', 6, 'relcl', 'VERB', 'VBD', 'call'),
        ('for', 19, 'mark', 'SCONJ', 'IN', 'for'),
        ('the', 17, 'det', 'DET', 'DT', 'the'),
        ('militias', 19, 'nsubj', 'NOUN', 'NNS', 'militia'),
        ('to', 19, 'aux', 'PART', 'TO', 'to'),
        ('disarm', 14, 'advcl', 'VERB', 'VB', 'disarm'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
}

RETOOK = "Croatia's army retook the Serb-held region."
FREEZES = "The same day, Britain and Canada imposed travel bans and asset freezes on Belarusian officials."
BOTH = ("The plan won the support of Egypt and the Arab League, which both called for the "
        "militias to disarm.")


def _coded(coder: Coder, text: str) -> list:
    return code_one(coder, text, PARSES[text], "2022-05-12")


def test_retook_tagged_a_noun_with_a_subject_is_the_verb(coder: Coder) -> None:
    events = _coded(coder, RETOOK)
    assert [(ev.event, ev.mode, [e.code for e in ev.actor]) for ev in events] == [
        ("ASSAULT", "occupy", ["HRV"])]


def test_both_of_a_relative_clause_are_those_it_is_said_of(coder: Coder) -> None:
    events = _coded(coder, BOTH)
    assert [[e.code for e in ev.actor] for ev in events if ev.event == "REQUEST"] == [
        ["EGY", "ARL"]]


def test_a_second_plural_object_taken_for_a_verb_is_an_object(coder: Coder) -> None:
    events = _coded(coder, FREEZES)
    assert [(ev.event, ev.cameo, [e.code for e in ev.actor], [e.code for e in ev.recipient])
            for ev in events] == [("SANCTION", "163", ["GBR", "CAN"], ["BLR"])]
