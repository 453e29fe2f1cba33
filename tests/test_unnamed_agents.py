"""Model-free tests of unnamed agents: how a sentence that names no one gets read at all, and
whose its agents are.

- The filter that spares sentences a parse looks words up as written: "Troops attacked",
  "the authorities detained" spell the agent words in the plural, and must pass it.
- "The authorities detained hundreds of activists", in a report on one state: the
  authorities are its government, as "the government" is.
- "one of them shot by security forces": a participle with an agent is passive, whatever the
  parser makes its subject; the forces shot.
- "the Islamic Courts Union": an armed movement with no code of its own, coded as its
  country's rebels (organisations.tsv).

Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for
these tests).
"""

from __future__ import annotations

from docbuild import code_doc, code_one, told_in
from parley.events.coder import Coder

PARSES = {
    "Nepal's government imposed a curfew in Kathmandu on Monday.": [
        ('Nepal', 2, 'poss', 'PROPN', 'NNP', 'Nepal'),
        ("'s", 0, 'case', 'PART', 'POS', "'s"),
        ('government', 3, 'nsubj', 'NOUN', 'NN', 'government'),
        ('imposed', 3, 'ROOT', 'VERB', 'VBD', 'impose'),
        ('a', 5, 'det', 'DET', 'DT', 'a'),
        ('curfew', 3, 'dobj', 'NOUN', 'NN', 'curfew'),
        ('in', 3, 'prep', 'ADP', 'IN', 'in'),
        ('Kathmandu', 6, 'pobj', 'PROPN', 'NNP', 'Kathmandu'),
        ('on', 3, 'prep', 'ADP', 'IN', 'on'),
        ('Monday', 8, 'pobj', 'PROPN', 'NNP', 'Monday'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    "Nepal's king met party leaders on Tuesday.": [
        ('Nepal', 2, 'poss', 'PROPN', 'NNP', 'Nepal'),
        ("'s", 0, 'case', 'PART', 'POS', "'s"),
        ('king', 3, 'nsubj', 'NOUN', 'NN', 'king'),
        ('met', 3, 'ROOT', 'VERB', 'VBD', 'meet'),
        ('party', 5, 'compound', 'NOUN', 'NN', 'party'),
        ('leaders', 3, 'dobj', 'NOUN', 'NNS', 'leader'),
        ('on', 3, 'prep', 'ADP', 'IN', 'on'),
        ('Tuesday', 6, 'pobj', 'PROPN', 'NNP', 'Tuesday'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'The authorities detained hundreds of activists.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('authorities', 2, 'nsubj', 'NOUN', 'NNS', 'authority'),
        ('detained', 2, 'ROOT', 'VERB', 'VBD', 'detain'),
        ('hundreds', 2, 'dobj', 'NOUN', 'NNS', 'hundred'),
        ('of', 3, 'prep', 'ADP', 'IN', 'of'),
        ('activists', 4, 'pobj', 'NOUN', 'NNS', 'activist'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'Two protesters died, one of them shot by security forces.': [
        ('Two', 1, 'nummod', 'NUM', 'CD', 'two'),
        ('protesters', 2, 'nsubj', 'NOUN', 'NNS', 'protester'),
        ('died', 7, 'ccomp', 'VERB', 'VBD', 'die'),
        (',', 7, 'punct', 'PUNCT', ',', ','),
        ('one', 7, 'nsubj', 'NUM', 'CD', 'one'),
        ('of', 4, 'prep', 'ADP', 'IN', 'of'),
        ('them', 5, 'pobj', 'PRON', 'PRP', 'they'),
        ('shot', 7, 'ROOT', 'VERB', 'VBN', 'shoot'),
        ('by', 7, 'agent', 'ADP', 'IN', 'by'),
        ('security', 10, 'compound', 'NOUN', 'NN', 'security'),
        ('forces', 8, 'pobj', 'NOUN', 'NNS', 'force'),
        ('.', 7, 'punct', 'PUNCT', '.', '.'),
    ],
    'The Islamic Courts Union attacked Baidoa.': [
        ('The', 3, 'det', 'DET', 'DT', 'the'),
        ('Islamic', 2, 'compound', 'PROPN', 'NNP', 'Islamic'),
        ('Courts', 3, 'compound', 'PROPN', 'NNPS', 'Courts'),
        ('Union', 4, 'nsubj', 'PROPN', 'NNP', 'Union'),
        ('attacked', 4, 'ROOT', 'VERB', 'VBD', 'attack'),
        ('Baidoa', 4, 'dobj', 'PROPN', 'NNP', 'Baidoa'),
        ('.', 4, 'punct', 'PUNCT', '.', '.'),
    ],
}

CURFEW = "Nepal's government imposed a curfew in Kathmandu on Monday."
MET = "Nepal's king met party leaders on Tuesday."
DETAINED = "The authorities detained hundreds of activists."
SHOT = "Two protesters died, one of them shot by security forces."
COURTS = "The Islamic Courts Union attacked Baidoa."


def test_plural_agent_words_pass_the_pre_parse_filter(coder: Coder) -> None:
    assert coder.wants("Troops attacked the village on Thursday.")
    assert coder.wants(DETAINED)
    assert coder.wants("Militiamen attacked the market.")
    assert not coder.wants("Prices rose sharply on Thursday.")


def test_the_authorities_are_the_government_of_the_state_told_of(coder: Coder) -> None:
    events = code_doc(coder, [(t, PARSES[t]) for t in (CURFEW, MET, DETAINED)], "2006-04-25")
    assert [actor for event, _, actor, _ in told_in(events, DETAINED)
            if event == "COERCE"] == [["NPL"]]


def test_a_participle_with_an_agent_is_the_agent_s_act(coder: Coder) -> None:
    events = code_doc(coder, [(t, PARSES[t]) for t in (CURFEW, MET, SHOT)], "2006-04-25")
    assert [(event, actor) for event, _, actor, _ in told_in(events, SHOT)] == [
        ("ASSAULT", ["NPL"])]


def test_the_islamic_courts_are_somalia_s_rebels(coder: Coder) -> None:
    events = code_one(coder, COURTS, PARSES[COURTS], "2006-12-20")
    assert [(e.code, e.sector) for ev in events for e in ev.actor] == [("SOM", "REB")]
