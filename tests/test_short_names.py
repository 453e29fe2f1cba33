"""Tests of short names: a body's short name codes only on a page that names it otherwise.

News introduces a body by its full name and then shortens it: "the Liberation Tigers of
Tamil Eelam" become "the Tigers", the "Amal Movement" becomes "Amal". Alone the short name is
too ambiguous to code (a sports team, a given name). The data files' ``short`` column lists
such names; the coder keeps one only on a page naming the same actor otherwise, by code and
name, so a party's short name is not settled by its state's ("Lebanon" does not make "Amal"
the party). Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences
(written for these tests).
"""

from __future__ import annotations

import spacy

from docbuild import code_doc, told_in
from parley.events.actors import ActorDictionary

PUBLISHED = "2006-10-30"

REJECTED = 'The LTTE rejected the offer.'
ATTACKED = 'The Tigers attacked a naval base.'
MOVEMENT = 'The Amal Movement rejected the plan.'
FIGHTERS = 'Amal fighters attacked Hezbollah in Lebanon.'

PARSES = {
    'The LTTE rejected the offer.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('LTTE', 2, 'nsubj', 'NOUN', 'NNS', 'LTTE'),
        ('rejected', 2, 'ROOT', 'VERB', 'VBD', 'reject'),
        ('the', 4, 'det', 'DET', 'DT', 'the'),
        ('offer', 2, 'dobj', 'NOUN', 'NN', 'offer'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'The Tigers attacked a naval base.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('Tigers', 2, 'nsubj', 'PROPN', 'NNPS', 'Tigers'),
        ('attacked', 2, 'ROOT', 'VERB', 'VBD', 'attack'),
        ('a', 5, 'det', 'DET', 'DT', 'a'),
        ('naval', 5, 'amod', 'ADJ', 'JJ', 'naval'),
        ('base', 2, 'dobj', 'NOUN', 'NN', 'base'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'The Amal Movement rejected the plan.': [
        ('The', 2, 'det', 'DET', 'DT', 'the'),
        ('Amal', 2, 'compound', 'PROPN', 'NNP', 'Amal'),
        ('Movement', 3, 'nsubj', 'PROPN', 'NNP', 'Movement'),
        ('rejected', 3, 'ROOT', 'VERB', 'VBD', 'reject'),
        ('the', 5, 'det', 'DET', 'DT', 'the'),
        ('plan', 3, 'dobj', 'NOUN', 'NN', 'plan'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'Amal fighters attacked Hezbollah in Lebanon.': [
        ('Amal', 1, 'amod', 'ADJ', 'JJ', 'amal'),
        ('fighters', 2, 'nsubj', 'NOUN', 'NNS', 'fighter'),
        ('attacked', 2, 'ROOT', 'VERB', 'VBD', 'attack'),
        ('Hezbollah', 2, 'dobj', 'PROPN', 'NNP', 'Hezbollah'),
        ('in', 3, 'prep', 'ADP', 'IN', 'in'),
        ('Lebanon', 4, 'pobj', 'PROPN', 'NNP', 'Lebanon'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _told(coder, texts: list[str]) -> list:
    events = code_doc(coder, [(t, PARSES[t]) for t in texts], PUBLISHED)
    return told_in(events, texts[-1])


def test_the_tigers_on_a_page_naming_the_ltte_are_the_ltte(coder):
    assert _told(coder, [REJECTED, ATTACKED]) == [("ASSAULT", "asserted", ["LTTE"], [])]


def test_the_tigers_alone_name_no_actor(coder):
    assert _told(coder, [ATTACKED]) == []


def test_a_partys_short_name_is_settled_by_the_party_not_its_state(coder):
    # (Alone, "Amal fighters" are only some Lebanese fighters, sector REB, not the party.)
    [alone] = code_doc(coder, [(FIGHTERS, PARSES[FIGHTERS])], PUBLISHED)
    assert (alone.actor[0].code, alone.actor[0].sector) == ("LBN", "REB")
    [after] = [ev for ev in code_doc(coder, [(t, PARSES[t]) for t in (MOVEMENT, FIGHTERS)],
                                     PUBLISHED) if ev.event_text == FIGHTERS]
    assert (after.actor[0].code, after.actor[0].sector) == ("LBN", "PTY")


def test_short_names_are_marked_in_the_dictionary():
    nlp = spacy.blank("en")
    dictionary = ActorDictionary(lambda s: [t.text for t in nlp.tokenizer(s)])
    [tigers] = dictionary.match(["the", "Tigers"])
    assert {(e.code, e.short) for e in tigers.entries} == {("LTTE", True)}
    [full] = dictionary.match(["Tamil", "Tigers"])
    assert {(e.code, e.short) for e in full.entries} == {("LTTE", False)}
