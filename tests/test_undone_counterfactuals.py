"""Model-free tests of what would not have been in another past.

"Israel might never have struck Iran", "Russia would not have invaded Ukraine if ...": a past
counterfactual of what did not happen tells that it happened (asserted), as "Had Hezbollah not
opened its front" does in a condition. What could or might have been ("might have struck") is
only supposed; and an act aimed at no one named ("might never have struck") is too vague to
tell, unless it has an object, whose owner may be found later ("might never have expelled his
ambassador"). Docs are built by hand in the shape en_core_web_sm 3.8.0 parses these sentences
(written for these tests).
"""

from __future__ import annotations

from docbuild import code_one, summary
from parley.events.coder import Coder

PUBLISHED = "2025-07-01"

PARSES = {
    'Without the talks, Israel might never have struck Iran.': [
        ('Without', 8, 'prep', 'ADP', 'IN', 'without'),
        ('the', 2, 'det', 'DET', 'DT', 'the'),
        ('talks', 0, 'pobj', 'NOUN', 'NNS', 'talk'),
        (',', 8, 'punct', 'PUNCT', ',', ','),
        ('Israel', 8, 'nsubj', 'PROPN', 'NNP', 'Israel'),
        ('might', 8, 'aux', 'AUX', 'MD', 'might'),
        ('never', 8, 'neg', 'ADV', 'RB', 'never'),
        ('have', 8, 'aux', 'AUX', 'VB', 'have'),
        ('struck', 8, 'ROOT', 'VERB', 'VBN', 'strike'),
        ('Iran', 8, 'dobj', 'PROPN', 'NNP', 'Iran'),
        ('.', 8, 'punct', 'PUNCT', '.', '.'),
    ],
    'Without the talks, Israel might have struck Iran.': [
        ('Without', 7, 'prep', 'ADP', 'IN', 'without'),
        ('the', 2, 'det', 'DET', 'DT', 'the'),
        ('talks', 0, 'pobj', 'NOUN', 'NNS', 'talk'),
        (',', 7, 'punct', 'PUNCT', ',', ','),
        ('Israel', 7, 'nsubj', 'PROPN', 'NNP', 'Israel'),
        ('might', 7, 'aux', 'AUX', 'MD', 'might'),
        ('have', 7, 'aux', 'AUX', 'VB', 'have'),
        ('struck', 7, 'ROOT', 'VERB', 'VBN', 'strike'),
        ('Iran', 7, 'dobj', 'PROPN', 'NNP', 'Iran'),
        ('.', 7, 'punct', 'PUNCT', '.', '.'),
    ],
    'Without an apology, Erdogan might never have expelled his ambassador.': [
        ('Without', 8, 'prep', 'ADP', 'IN', 'without'),
        ('an', 2, 'det', 'DET', 'DT', 'an'),
        ('apology', 0, 'pobj', 'NOUN', 'NN', 'apology'),
        (',', 8, 'punct', 'PUNCT', ',', ','),
        ('Erdogan', 8, 'nsubj', 'PROPN', 'NNP', 'Erdogan'),
        ('might', 8, 'aux', 'AUX', 'MD', 'might'),
        ('never', 8, 'neg', 'ADV', 'RB', 'never'),
        ('have', 8, 'aux', 'AUX', 'VB', 'have'),
        ('expelled', 8, 'ROOT', 'VERB', 'VBN', 'expel'),
        ('his', 10, 'poss', 'PRON', 'PRP$', 'his'),
        ('ambassador', 8, 'dobj', 'NOUN', 'NN', 'ambassador'),
        ('.', 8, 'punct', 'PUNCT', '.', '.'),
    ],
}
# The first sentence with no one struck named: the same parse less its object.
PARSES['Without the talks, Israel might never have struck.'] = [
    row for row in PARSES['Without the talks, Israel might never have struck Iran.']
    if row[0] != 'Iran']


def _code(coder: Coder, text: str):
    return summary(code_one(coder, text, PARSES[text], PUBLISHED))


def test_what_might_never_have_been_was(coder: Coder) -> None:
    assert _code(coder, "Without the talks, Israel might never have struck Iran.") == [
        ("ASSAULT", "asserted", ["ISR"], ["IRN"])]


def test_what_might_have_been_is_supposed(coder: Coder) -> None:
    assert _code(coder, "Without the talks, Israel might have struck Iran.") == [
        ("ASSAULT", "hypothetical", ["ISR"], ["IRN"])]


def test_what_might_never_have_been_done_to_no_one_stays_supposed(coder: Coder) -> None:
    assert _code(coder, "Without the talks, Israel might never have struck.") == [
        ("ASSAULT", "hypothetical", ["ISR"], [])]


def test_what_might_never_have_been_done_to_an_object_was(coder: Coder) -> None:
    # (Whose ambassador is left to the document; the act is told either way.)
    assert _code(coder, "Without an apology, Erdogan might never have expelled his ambassador.") == [
        ("SANCTION", "asserted", ["TUR"], [])]
