"""Model-free tests of a story about one party, and of bodies that are no party to it.

In a report on Indonesia's war with its own rebels (both coded IDN), the story has one party:
an outsider's act with no one named ("Kofi Annan welcomed the agreement") concerns it. The UN
is no side of that war even where its secretary-general acts (coded UN with sector GOV), so
it never makes a pair with Indonesia for the rebels' ceasefire to be aimed at. Docs are
built by hand in the shape en_core_web_sm 3.8.0 parses these sentences (written for this
test).
"""

from __future__ import annotations

from docbuild import code_doc
from parley.events.coder import Coder

PARSES = {
    'Kofi Annan welcomed the agreement.': [
        ('Kofi', 1, 'compound', 'PROPN', 'NNP', 'Kofi'),
        ('Annan', 2, 'nsubj', 'PROPN', 'NNP', 'Annan'),
        ('welcomed', 2, 'ROOT', 'VERB', 'VBD', 'welcome'),
        ('the', 4, 'det', 'DET', 'DT', 'the'),
        ('agreement', 2, 'dobj', 'NOUN', 'NN', 'agreement'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
    'GAM declared a ceasefire.': [
        ('GAM', 1, 'nsubj', 'PROPN', 'NNP', 'GAM'),
        ('declared', 1, 'ROOT', 'VERB', 'VBD', 'declare'),
        ('a', 3, 'det', 'DET', 'DT', 'a'),
        ('ceasefire', 1, 'dobj', 'NOUN', 'NN', 'ceasefire'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Kofi Annan praised the rebels.': [
        ('Kofi', 1, 'compound', 'PROPN', 'NNP', 'Kofi'),
        ('Annan', 2, 'nsubj', 'PROPN', 'NNP', 'Annan'),
        ('praised', 2, 'ROOT', 'VERB', 'VBD', 'praise'),
        ('the', 4, 'det', 'DET', 'DT', 'the'),
        ('rebels', 2, 'dobj', 'NOUN', 'NNS', 'rebel'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
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
    "Indonesia's police arrested protesters.": [
        ('Indonesia', 2, 'poss', 'PROPN', 'NNP', 'Indonesia'),
        ("'s", 0, 'case', 'PART', 'POS', "'s"),
        ('police', 3, 'nsubj', 'NOUN', 'NNS', 'police'),
        ('arrested', 3, 'ROOT', 'VERB', 'VBD', 'arrest'),
        ('protesters', 3, 'dobj', 'NOUN', 'NNS', 'protester'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
}

ACEH = ["Indonesia's police arrested GAM members.", "Indonesia's police arrested protesters."]
WELCOME = "Kofi Annan welcomed the agreement."
CEASEFIRE = "GAM declared a ceasefire."


def _coded(coder: Coder, story: list[str]) -> dict[str, list[tuple]]:
    events = code_doc(coder, [(t, PARSES[t]) for t in story], "2005-08-16")
    out: dict[str, list[tuple]] = {}
    for e in events:
        out.setdefault(e.event_text, []).append(
            (e.event, [a.code for a in e.actor], [a.code for a in e.recipient]))
    return out


def test_an_outsiders_act_concerns_the_one_party(coder: Coder) -> None:
    assert _coded(coder, [*ACEH, WELCOME])[WELCOME] == [("SUPPORT", ["UN"], ["IDN"])]


def test_a_body_is_no_side_of_the_war(coder: Coder) -> None:
    coded = _coded(coder, [*ACEH, WELCOME, CEASEFIRE, WELCOME])
    assert coded[CEASEFIRE] == [("RETREAT", ["IDN"], [])]
