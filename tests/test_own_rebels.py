"""Model-free tests of a state's war with rebels that have no code of their own.

The Free Aceh Movement (GAM) takes Indonesia's code with sector REB (EVENTS.md section 3,
``organisations.tsv``), so its war with Jakarta is coded IDN -> IDN:

- "Indonesia launched an offensive against the Free Aceh Movement": a state named bare acts
  on its own rebels (though "Indonesia criticised the Indonesian government" is no act on
  another);
- "Indonesia's army attacked the rebels", after the text has named GAM: "the rebels" is a
  noun phrase of this sentence, read here, so the army acts on them (inward), as it would
  on GAM named again;
- "Five GAM negotiators were detained by police in Banda Aceh": the police, unnamed, are the
  story's state's, though the parser hangs the place on them;
- "The two sides signed a ceasefire", in a text about Indonesia alone: the sides are that
  state's, and the ceasefire is Indonesia's (symmetric, no recipient), not nobody's.

Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written
for this test).
"""

from __future__ import annotations

from docbuild import code_doc, code_one, summary
from parley.events.coder import Coder

PARSES = {
    'Indonesia and the Free Aceh Movement signed a peace deal.': [
        ('Indonesia', 6, 'nsubj', 'PROPN', 'NNP', 'Indonesia'),
        ('and', 0, 'cc', 'CCONJ', 'CC', 'and'),
        ('the', 5, 'det', 'DET', 'DT', 'the'),
        ('Free', 4, 'compound', 'PROPN', 'NNP', 'Free'),
        ('Aceh', 5, 'compound', 'PROPN', 'NNP', 'Aceh'),
        ('Movement', 0, 'conj', 'PROPN', 'NNP', 'Movement'),
        ('signed', 6, 'ROOT', 'VERB', 'VBD', 'sign'),
        ('a', 9, 'det', 'DET', 'DT', 'a'),
        ('peace', 9, 'compound', 'NOUN', 'NN', 'peace'),
        ('deal', 6, 'dobj', 'NOUN', 'NN', 'deal'),
        ('.', 6, 'punct', 'PUNCT', '.', '.'),
    ],
    'Indonesia launched an offensive against the Free Aceh Movement.': [
        ('Indonesia', 1, 'nsubj', 'PROPN', 'NNP', 'Indonesia'),
        ('launched', 1, 'ROOT', 'VERB', 'VBD', 'launch'),
        ('an', 3, 'det', 'DET', 'DT', 'an'),
        ('offensive', 1, 'dobj', 'NOUN', 'NN', 'offensive'),
        ('against', 3, 'prep', 'ADP', 'IN', 'against'),
        ('the', 8, 'det', 'DET', 'DT', 'the'),
        ('Free', 7, 'compound', 'PROPN', 'NNP', 'Free'),
        ('Aceh', 8, 'compound', 'PROPN', 'NNP', 'Aceh'),
        ('Movement', 4, 'pobj', 'PROPN', 'NNP', 'Movement'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Indonesia criticised the Indonesian government.': [
        ('Indonesia', 1, 'nsubj', 'PROPN', 'NNP', 'Indonesia'),
        ('criticised', 1, 'ROOT', 'VERB', 'VBD', 'criticise'),
        ('the', 4, 'det', 'DET', 'DT', 'the'),
        ('Indonesian', 4, 'amod', 'ADJ', 'JJ', 'indonesian'),
        ('government', 1, 'dobj', 'NOUN', 'NN', 'government'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    "Indonesia's police arrested GAM members.": [
        ('Indonesia', 2, 'poss', 'PROPN', 'NNP', 'Indonesia'),
        ("'s", 0, 'case', 'PART', 'POS', "'s"),
        ('police', 3, 'nsubj', 'NOUN', 'NNS', 'police'),
        ('arrested', 3, 'ROOT', 'VERB', 'VBD', 'arrest'),
        ('GAM', 5, 'compound', 'ADJ', 'JJ', 'gam'),
        ('members', 3, 'dobj', 'NOUN', 'NNS', 'member'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'The two sides signed a ceasefire.': [
        ('The', 2, 'det', 'DET', 'DT', 'the'),
        ('two', 2, 'nummod', 'NUM', 'CD', 'two'),
        ('sides', 3, 'nsubj', 'NOUN', 'NNS', 'side'),
        ('signed', 3, 'ROOT', 'VERB', 'VBD', 'sign'),
        ('a', 5, 'det', 'DET', 'DT', 'a'),
        ('ceasefire', 3, 'dobj', 'NOUN', 'NN', 'ceasefire'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    "Indonesia's police arrested protesters.": [
        ('Indonesia', 2, 'poss', 'PROPN', 'NNP', 'Indonesia'),
        ("'s", 0, 'case', 'PART', 'POS', "'s"),
        ('police', 3, 'nsubj', 'NOUN', 'NNS', 'police'),
        ('arrested', 3, 'ROOT', 'VERB', 'VBD', 'arrest'),
        ('protesters', 3, 'dobj', 'NOUN', 'NNS', 'protester'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    "Indonesia's army attacked the rebels.": [
        ('Indonesia', 2, 'poss', 'PROPN', 'NNP', 'Indonesia'),
        ("'s", 0, 'case', 'PART', 'POS', "'s"),
        ('army', 3, 'nsubj', 'NOUN', 'NN', 'army'),
        ('attacked', 3, 'ROOT', 'VERB', 'VBD', 'attack'),
        ('the', 5, 'det', 'DET', 'DT', 'the'),
        ('rebels', 3, 'dobj', 'NOUN', 'NNS', 'rebel'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'Five GAM negotiators were detained by police in Banda Aceh.': [
        ('Five', 2, 'nummod', 'NUM', 'CD', 'five'),
        ('GAM', 2, 'compound', 'PROPN', 'NNP', 'GAM'),
        ('negotiators', 4, 'nsubjpass', 'NOUN', 'NNS', 'negotiator'),
        ('were', 4, 'auxpass', 'AUX', 'VBD', 'be'),
        ('detained', 4, 'ROOT', 'VERB', 'VBN', 'detain'),
        ('by', 4, 'agent', 'ADP', 'IN', 'by'),
        ('police', 5, 'pobj', 'NOUN', 'NNS', 'police'),
        ('in', 6, 'prep', 'ADP', 'IN', 'in'),
        ('Banda', 9, 'compound', 'PROPN', 'NNP', 'Banda'),
        ('Aceh', 7, 'pobj', 'PROPN', 'NNP', 'Aceh'),
        ('.', 4, 'punct', 'PUNCT', '.', '.'),
    ],
}

ACEH = ["Indonesia's police arrested GAM members.", "Indonesia's police arrested protesters."]


def _one(coder: Coder, text: str) -> list[tuple]:
    return [(e.event, e.status, [(a.code, a.sector) for a in e.actor],
             [(a.code, a.sector) for a in e.recipient])
            for e in code_one(coder, text, PARSES[text], "2005-08-16")]


def _told(coder: Coder, story: list[str], text: str) -> list[tuple]:
    events = code_doc(coder, [(t, PARSES[t]) for t in [*story, text]], "2005-08-16")
    return summary(e for e in events if e.event_text == text)


def test_the_free_aceh_movement_is_indonesias_rebels(coder: Coder) -> None:
    assert _one(coder, "Indonesia and the Free Aceh Movement signed a peace deal.") == [
        ("AGREE", "asserted", [("IDN", "REB")], [])]


def test_a_state_named_bare_acts_on_its_own_rebels(coder: Coder) -> None:
    assert _one(coder, "Indonesia launched an offensive against the Free Aceh Movement.") == [
        ("ASSAULT", "asserted", [("IDN", "")], [("IDN", "REB")])]


def test_a_state_named_bare_is_not_its_own_governments_other(coder: Coder) -> None:
    assert [e[3] for e in _one(coder, "Indonesia criticised the Indonesian government.")] == [[]]


def test_the_two_sides_of_a_war_at_home(coder: Coder) -> None:
    assert _told(coder, ACEH, "The two sides signed a ceasefire.") == [
        ("AGREE", "asserted", ["IDN"], [])]


def test_the_two_sides_of_no_one_story_are_no_one(coder: Coder) -> None:
    assert _told(coder, [], "The two sides signed a ceasefire.") == []


def test_the_rebels_told_again_are_acted_on(coder: Coder) -> None:
    assert _told(coder, ACEH, "Indonesia's army attacked the rebels.") == [
        ("ASSAULT", "asserted", ["IDN"], ["IDN"])]


def test_police_where_they_acted_are_the_storys_states(coder: Coder) -> None:
    assert _told(coder, ACEH, "Five GAM negotiators were detained by police in Banda Aceh.") == [
        ("COERCE", "asserted", ["IDN"], ["IDN"])]
