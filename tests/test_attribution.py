"""Model-free tests for parley.events.attribution (EVENTS.md section 6): who the text says
reports an event.

Docs are built by hand in the shape en_core_web_sm 3.8 parses these sentences; the paragraph
carry-over is tested through the coder's document loop on a blank pipeline. All example
sentences are written for these tests.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Token

from docbuild import build_doc
from parley.events import attribution
from parley.events.attribution import analyse, governing
from parley.events.coder import Coder
from parley.records import Attribution, EventMention, Page, Sentence

#: (word, head index, dep, pos, tag, lemma)
Row = tuple[str, int, str, str, str, str]

_VOCAB = spacy.blank("en").vocab

# Parses as en_core_web_sm 3.8.0 gives them (checked once with the model, then frozen here).
PARSES: dict[str, list[Row]] = {
    "According to Reuters, Russia attacked Ukraine.": [
        ("According", 5, "prep", "VERB", "VBG", "accord"),
        ("to", 0, "prep", "ADP", "IN", "to"),
        ("Reuters", 1, "pobj", "PROPN", "NNP", "Reuters"),
        (",", 5, "punct", "PUNCT", ",", ","),
        ("Russia", 5, "nsubj", "PROPN", "NNP", "Russia"),
        ("attacked", 5, "ROOT", "VERB", "VBD", "attack"),
        ("Ukraine", 5, "dobj", "PROPN", "NNP", "Ukraine"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ],
    "Reuters reported that Russia attacked Ukraine.": [
        ("Reuters", 1, "nsubj", "PROPN", "NNP", "Reuters"),
        ("reported", 1, "ROOT", "VERB", "VBD", "report"),
        ("that", 4, "mark", "SCONJ", "IN", "that"),
        ("Russia", 4, "nsubj", "PROPN", "NNP", "Russia"),
        ("attacked", 1, "ccomp", "VERB", "VBD", "attack"),
        ("Ukraine", 4, "dobj", "PROPN", "NNP", "Ukraine"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ],
    "Russia attacked Ukraine, the ministry said.": [
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("attacked", 6, "ccomp", "VERB", "VBD", "attack"),
        ("Ukraine", 1, "dobj", "PROPN", "NNP", "Ukraine"),
        (",", 6, "punct", "PUNCT", ",", ","),
        ("the", 5, "det", "DET", "DT", "the"),
        ("ministry", 6, "nsubj", "NOUN", "NN", "ministry"),
        ("said", 6, "ROOT", "VERB", "VBD", "say"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ],
    "\"Russia attacked Ukraine,\" he said.": [
        ("\"", 7, "punct", "PUNCT", "``", "\""),
        ("Russia", 2, "nsubj", "PROPN", "NNP", "Russia"),
        ("attacked", 7, "ccomp", "VERB", "VBD", "attack"),
        ("Ukraine", 2, "dobj", "PROPN", "NNP", "Ukraine"),
        (",", 7, "punct", "PUNCT", ",", ","),
        ("\"", 7, "punct", "PUNCT", "''", "\""),
        ("he", 7, "nsubj", "PRON", "PRP", "he"),
        ("said", 7, "ROOT", "VERB", "VBD", "say"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ],
    "\"Russia also attacked Moldova.\"": [
        ("\"", 3, "punct", "PUNCT", "``", "\""),
        ("Russia", 3, "nsubj", "PROPN", "NNP", "Russia"),
        ("also", 3, "advmod", "ADV", "RB", "also"),
        ("attacked", 3, "ROOT", "VERB", "VBD", "attack"),
        ("Moldova", 3, "dobj", "PROPN", "NNP", "Moldova"),
        (".", 3, "punct", "PUNCT", ".", "."),
        ("\"", 3, "punct", "PUNCT", "''", "\""),
    ],
    "Russia also attacked Moldova.": [
        ("Russia", 2, "nsubj", "PROPN", "NNP", "Russia"),
        ("also", 2, "advmod", "ADV", "RB", "also"),
        ("attacked", 2, "ROOT", "VERB", "VBD", "attack"),
        ("Moldova", 2, "dobj", "PROPN", "NNP", "Moldova"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ],
}


def make_doc(text: str) -> Doc:
    """The hand-built parse of ``text`` (from PARSES), its text exactly ``text``."""
    return build_doc(_VOCAB, text, PARSES[text])


def tok(doc: Doc, word: str) -> Token:
    return next(t for t in doc if t.text == word)


def test_public_api_is_pinned() -> None:
    assert sorted(attribution.__all__) == ["REPORTING_VERBS", "SentenceAttribution", "analyse",
                                           "governing"]


# -- one sentence ----------------------------------------------------------------------------


def test_according_to_attributes_the_whole_sentence() -> None:
    text = "According to Reuters, Russia attacked Ukraine."
    doc = make_doc(text)
    base = 50
    found = analyse(doc, base)
    assert found.whole is not None
    assert (found.whole.source, found.whole.text) == ("Reuters", "according to Reuters")
    page = " " * base + text
    assert page[found.whole.start:found.whole.end] == "Reuters"
    assert found.by_verb == {}
    assert not found.continues
    assert governing(tok(doc, "attacked"), found) == found.whole


def test_reporting_verb_attributes_its_clausal_complement() -> None:
    doc = make_doc("Reuters reported that Russia attacked Ukraine.")
    found = analyse(doc, 0)
    assert found.whole is None
    reported = tok(doc, "reported")
    assert list(found.by_verb) == [reported.i]
    att = governing(tok(doc, "attacked"), found)
    assert att == Attribution("Reuters", "Reuters reported", 0, 7)


def test_reporting_verb_does_not_attribute_itself() -> None:
    doc = make_doc("Reuters reported that Russia attacked Ukraine.")
    found = analyse(doc, 0)
    assert governing(tok(doc, "reported"), found) is None


def test_parenthetical_report_attributes_the_main_clause() -> None:
    doc = make_doc("Russia attacked Ukraine, the ministry said.")
    found = analyse(doc, 0)
    att = governing(tok(doc, "attacked"), found)
    assert att is not None
    # The determiner is not part of the source's name.
    assert (att.source, att.text) == ("ministry", "ministry said")
    assert doc.text[att.start:att.end] == "ministry"


def test_pronoun_reporter_continues_instead_of_naming() -> None:
    doc = make_doc("\"Russia attacked Ukraine,\" he said.")
    found = analyse(doc, 0)
    assert found.by_verb == {}
    assert found.whole is None
    assert found.continues


@pytest.mark.parametrize(("text", "continues"), [
    ("\"Russia also attacked Moldova.\"", True),
    ("Russia also attacked Moldova.", False),
])
def test_sentence_opening_with_a_quote_mark_continues(text: str, continues: bool) -> None:
    found = analyse(make_doc(text), 0)
    assert found.continues is continues
    assert found.whole is None and found.by_verb == {}


# -- across a paragraph (the coder's document loop) ------------------------------------------


def code_document(coder: Coder, *paragraphs: tuple[str, ...]) -> list[list[EventMention]]:
    """Code paragraphs of sentences with ``Coder.code``; events per sentence."""
    sentences = []
    pos = 0
    for number, paragraph in enumerate(paragraphs):
        for text in paragraph:
            sentences.append(Sentence("doc-a", pos, pos + len(text), text, "body",
                                      paragraph=number))
            pos += len(text) + 1
        pos += 1
    parsed = {id(s): make_doc(s.text) for s in sentences}
    events = coder.code(Page("doc-a", " " * pos), sentences, parsed, "2023-05-17")
    return [[e for e in events if e.start == s.start] for s in sentences]


def _sources(events: list[EventMention]) -> list[str | None]:
    return [e.attribution.source if e.attribution else None for e in events]


def test_quoted_sentence_continues_the_paragraph_attribution(coder: Coder) -> None:
    first, second = code_document(coder, ("Reuters reported that Russia attacked Ukraine.",
                                          "\"Russia also attacked Moldova.\""))
    assert _sources(first) == ["Reuters"]
    assert _sources(second) == ["Reuters"]
    assert second[0].attribution.text == "Reuters reported"


def test_unquoted_sentence_does_not_continue(coder: Coder) -> None:
    _, second = code_document(coder, ("Reuters reported that Russia attacked Ukraine.",
                                      "Russia also attacked Moldova."))
    assert _sources(second) == [None]


def test_attribution_does_not_cross_paragraphs(coder: Coder) -> None:
    _, second = code_document(coder, ("According to Reuters, Russia attacked Ukraine.",),
                              ("\"Russia also attacked Moldova.\"",))
    assert _sources(second) == [None]


def test_according_to_reaches_the_coded_event(coder: Coder) -> None:
    [events] = code_document(coder, ("According to Reuters, Russia attacked Ukraine.",))
    [ev] = events
    assert (ev.event, ev.attribution.source, ev.attribution.text) == (
        "ASSAULT", "Reuters", "according to Reuters")
