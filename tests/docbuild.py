"""Hand-built spaCy Docs for model-free rule tests (shared by the status, attribution and
coder rule tests)."""

from __future__ import annotations

from collections.abc import Iterable

import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from parley.events.coder import Coder
from parley.events.dates import DateResolver
from parley.events.state import DocState
from parley.records import EventMention, Sentence

#: (word, head index, dep, pos, tag, lemma)
Row = tuple[str, int, str, str, str, str]

_VOCAB = spacy.blank("en").vocab


def reparsed(rows: list[Row], changes: dict[str, Row]) -> list[Row]:
    """``rows`` with the row of each word in ``changes`` (words that occur once) replaced:
    the same sentence as the parser reads a variant of it (another head, dep or tag)."""
    return [changes.get(row[0], row) for row in rows]


def build_doc(vocab: Vocab, text: str, rows: list[Row]) -> Doc:
    """A parsed Doc whose text is exactly ``text``, with the given heads, labels and lemmas."""
    words = [r[0] for r in rows]
    spaces = []
    pos = 0
    for word in words:
        while text[pos] == " ":
            pos += 1
        assert text.startswith(word, pos), (word, text[pos:])
        pos += len(word)
        spaces.append(pos < len(text) and text[pos] == " ")
    doc = Doc(vocab, words=words, spaces=spaces, heads=[r[1] for r in rows],
              deps=[r[2] for r in rows], pos=[r[3] for r in rows], tags=[r[4] for r in rows],
              lemmas=[r[5] for r in rows])
    assert doc.text == text
    return doc


def code_one(coder: Coder, text: str, rows: list[Row], published: str | None,
             base: int = 0) -> list[EventMention]:
    """Code one sentence, parsed as ``rows``, with ``Coder.code_sentence`` and a fresh
    document state (its publication date ``published``)."""
    state = DocState(published, DateResolver(published))
    state.text = text
    sent = Sentence("doc-1", base, base + len(text), text, "body")
    return coder.code_sentence(build_doc(_VOCAB, text, rows), sent,
                               state.dates.resolve(text), state)


def code_doc(coder: Coder, sentences: list[tuple[str, list[Row]]], published: str | None,
             infer: bool = True) -> list[EventMention]:
    """Code several hand-parsed sentences as one document, sharing its state (people named,
    pairs, counts), then (with ``infer``) the document-level inference of recipients."""
    state = DocState(published, DateResolver(published))
    state.text = " ".join(text for text, _ in sentences)
    events: list[EventMention] = []
    base = 0
    for text, rows in sentences:
        sent = Sentence("doc-1", base, base + len(text), text, "body")
        events += coder.code_sentence(build_doc(_VOCAB, text, rows), sent,
                                      state.dates.resolve(text), state)
        base += len(text) + 1
    if not infer:
        return events
    return coder.infer(events, state)


def summary(events: Iterable[EventMention]) -> list[tuple[str, str, list[str], list[str]]]:
    """Each event as (type, status, actor codes, recipient codes), for assertions."""
    return [(ev.event, ev.status, [e.code for e in ev.actor], [e.code for e in ev.recipient])
            for ev in events]


def told_in(events: Iterable[EventMention], text: str) -> list[tuple[str, str, list[str],
                                                                   list[str]]]:
    """The ``summary`` of the events told in the sentence ``text`` alone."""
    return summary(ev for ev in events if ev.event_text == text)
