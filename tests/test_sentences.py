"""Model-free tests of sentence splitting (``parley.nlp.split_sentences``: the tokenizer and
the rule-based sentencizer only, as the pipeline runs them on every part) and of the offices
the tokenizer keeps whole ("secretary-general")."""

from __future__ import annotations

import spacy

from parley.nlp import keep_titles, split_sentences


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(spacy.blank("en"), text)]


def test_an_opening_quote_begins_the_sentence_it_opens() -> None:
    text = 'Chad shelled the border on Monday. "We will answer," the minister said. It did.'
    assert sentences(text) == ["Chad shelled the border on Monday.",
                               '"We will answer," the minister said.', "It did."]
    curly = "Chad shelled the border. \u201cWe will answer,\u201d he said."
    assert sentences(curly)[1].startswith("\u201cWe will")


def test_a_closing_quote_stays_with_the_sentence_it_closes() -> None:
    text = 'The minister said: "We will answer." Chad denied it.'
    assert sentences(text) == ['The minister said: "We will answer."', "Chad denied it."]


def test_offsets_are_shifted_by_the_base_and_skip_whitespace() -> None:
    text = "Mali left.  Niger stayed."
    spans = list(split_sentences(spacy.blank("en"), text, base=100))
    assert spans == [(100, 110), (112, 125)]


def test_hyphenated_offices_stay_one_token() -> None:
    nlp = spacy.blank("en")
    assert "general" in [t.text for t in nlp.tokenizer("NATO's secretary-general spoke.")]
    keep_titles(nlp)
    for text, title in (("NATO's secretary-general spoke.", "secretary-general"),
                        ("The Secretary-General spoke.", "Secretary-General"),
                        ("President-elect Biden spoke.", "President-elect")):
        assert title in [t.text for t in nlp.tokenizer(text)]
