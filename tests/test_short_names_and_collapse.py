"""Model-free tests of a person's short name before "he", and of what collapses.

"Castro", learnt from "Raul Castro" told before, is the subject "he" goes on with in the same
sentence ("Castro must do his part too: he should free the critics"), not the last person of
the sentence before. Talks that collapse are broken off (REJECT), a state that collapses
breaks off nothing, and a state that breaks talks off does. Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these
sentences (written for these tests).
"""

from __future__ import annotations

from docbuild import code_doc, code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2016-03-24"

PARSES = {
    'Obama met Raul Castro in Havana.': [
        ('Obama', 1, 'nsubj', 'PROPN', 'NNP', 'Obama'),
        ('met', 1, 'ROOT', 'VERB', 'VBD', 'meet'),
        ('Raul', 3, 'compound', 'PROPN', 'NNP', 'Raul'),
        ('Castro', 1, 'dobj', 'PROPN', 'NNP', 'Castro'),
        ('in', 3, 'prep', 'ADP', 'IN', 'in'),
        ('Havana', 4, 'pobj', 'PROPN', 'NNP', 'Havana'),
        ('.', 1, 'punct', 'PUNCT', '.', '.'),
    ],
    'Castro must do his part too: he should free the critics his police keep locking up.': [
        ('Castro', 2, 'nsubj', 'PROPN', 'NNP', 'Castro'),
        ('must', 2, 'aux', 'AUX', 'MD', 'must'),
        ('do', 9, 'ccomp', 'VERB', 'VB', 'do'),
        ('his', 4, 'poss', 'PRON', 'PRP$', 'his'),
        ('part', 2, 'dobj', 'NOUN', 'NN', 'part'),
        ('too', 2, 'advmod', 'ADV', 'RB', 'too'),
        (':', 9, 'punct', 'PUNCT', ':', ':'),
        ('he', 9, 'nsubj', 'PRON', 'PRP', 'he'),
        ('should', 9, 'aux', 'AUX', 'MD', 'should'),
        ('free', 9, 'ROOT', 'VERB', 'VB', 'free'),
        ('the', 11, 'det', 'DET', 'DT', 'the'),
        ('critics', 9, 'dobj', 'NOUN', 'NNS', 'critic'),
        ('his', 13, 'poss', 'PRON', 'PRP$', 'his'),
        ('police', 14, 'nsubj', 'NOUN', 'NNS', 'police'),
        ('keep', 11, 'relcl', 'VERB', 'VBP', 'keep'),
        ('locking', 14, 'xcomp', 'VERB', 'VBG', 'lock'),
        ('up', 15, 'prt', 'ADP', 'RP', 'up'),
        ('.', 9, 'punct', 'PUNCT', '.', '.'),
    ],
    'The Soviet Union collapsed in 1991.': [
        ('The', 2, 'det', 'DET', 'DT', 'the'),
        ('Soviet', 2, 'compound', 'PROPN', 'NNP', 'Soviet'),
        ('Union', 3, 'nsubj', 'PROPN', 'NNP', 'Union'),
        ('collapsed', 3, 'ROOT', 'VERB', 'VBD', 'collapse'),
        ('in', 3, 'prep', 'ADP', 'IN', 'in'),
        ('1991', 4, 'pobj', 'NUM', 'CD', '1991'),
        ('.', 3, 'punct', 'PUNCT', '.', '.'),
    ],
    'The talks between Russia and Ukraine collapsed on Friday.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('talks', 6, 'nsubj', 'NOUN', 'NNS', 'talk'),
        ('between', 1, 'prep', 'ADP', 'IN', 'between'),
        ('Russia', 2, 'pobj', 'PROPN', 'NNP', 'Russia'),
        ('and', 3, 'cc', 'CCONJ', 'CC', 'and'),
        ('Ukraine', 3, 'conj', 'PROPN', 'NNP', 'Ukraine'),
        ('collapsed', 6, 'ROOT', 'VERB', 'VBD', 'collapse'),
        ('on', 6, 'prep', 'ADP', 'IN', 'on'),
        ('Friday', 7, 'pobj', 'PROPN', 'NNP', 'Friday'),
        ('.', 6, 'punct', 'PUNCT', '.', '.'),
    ],
    'The PLO broke off the talks with Israel.': [
        ('The', 1, 'det', 'DET', 'DT', 'the'),
        ('PLO', 2, 'nsubj', 'PROPN', 'NNP', 'PLO'),
        ('broke', 2, 'ROOT', 'VERB', 'VBD', 'break'),
        ('off', 2, 'prt', 'ADP', 'RP', 'off'),
        ('the', 5, 'det', 'DET', 'DT', 'the'),
        ('talks', 2, 'dobj', 'NOUN', 'NNS', 'talk'),
        ('with', 5, 'prep', 'ADP', 'IN', 'with'),
        ('Israel', 6, 'pobj', 'PROPN', 'NNP', 'Israel'),
        ('.', 2, 'punct', 'PUNCT', '.', '.'),
    ],
}


def _code(coder: Coder, text: str) -> list[tuple]:
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_he_goes_on_with_the_short_name_before_him(coder: Coder) -> None:
    texts = ["Obama met Raul Castro in Havana.",
             "Castro must do his part too: he should free the critics his police keep locking up."]
    coded = summary(code_doc(coder, [(t, PARSES[t]) for t in texts], PUBLISHED, infer=False))
    assert [(event, status, actor) for event, status, actor, _ in coded if event == "RETREAT"] == [
        ("RETREAT", "hypothetical", ["CUB"])]


def test_a_state_that_collapses_breaks_off_nothing(coder: Coder) -> None:
    assert _code(coder, "The Soviet Union collapsed in 1991.") == []


def test_talks_that_collapse_are_broken_off(coder: Coder) -> None:
    assert _code(coder, "The talks between Russia and Ukraine collapsed on Friday.") == [
        ("REJECT", "asserted", ["RUS", "UKR"], [])]


def test_a_party_that_breaks_talks_off_breaks_them_off(coder: Coder) -> None:
    # (A state as the subject of "break" is no state breaking up when it breaks something.)
    assert _code(coder, "The PLO broke off the talks with Israel.") == [
        ("REJECT", "asserted", ["PSE"], ["ISR"])]
