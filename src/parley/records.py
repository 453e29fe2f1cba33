"""The typed records that cross every stage boundary.

One record per level of the data flow::

    Document  -> a page or article as read (text, and raw HTML when there was some)
    Page      -> the Document cut into labelled Parts and a tree of Comments
    Sentence  -> a sentence of a Part that events may be coded from
    Entity    -> one coded participant (state, organisation, group, person's state)
    EventMention -> one actor doing one kind of thing to a recipient, told by one sentence
    Problem   -> an input or stage failure that was reported and skipped

All are slotted dataclasses so millions of them stay small and so they pickle cheaply
across worker boundaries (Spark). Offsets are character offsets into ``Page.text`` (which
is ``Document.text`` for plain text); line numbers are 1-based lines of that text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

#: Labels a page part can carry (PAGES.md).
PartLabel = Literal[
    "title", "standfirst", "byline", "caption", "body", "bio", "comment", "boilerplate"
]
PART_LABELS: tuple[str, ...] = (
    "title",
    "standfirst",
    "byline",
    "caption",
    "body",
    "bio",
    "comment",
    "boilerplate",
)
#: Parts whose sentences are coded as reporting (EVENTS.md section 7).
REPORTING_LABELS: frozenset[str] = frozenset({"title", "standfirst", "caption", "body"})

Status = Literal["asserted", "negated", "hypothetical", "future"]
STATUSES: tuple[str, ...] = ("asserted", "negated", "hypothetical", "future")


@dataclass(slots=True)
class Document:
    """A document as read from an input.

    Attributes:
        id: Stable id: the file stem when there is one, else a content hash.
        text: The plain text events are coded from (for HTML, set by the pages stage).
        source: Where it came from (path, ``path#record``, or URL).
        url: The page's URL when known.
        title: The title from metadata when known.
        published: Publication date (ISO ``YYYY-MM-DD``) when metadata or the user gives one.
        html: The raw HTML when the input was HTML, else None.
        sha256: Hash of the raw input content, to detect changed documents.
    """

    id: str
    text: str
    source: str
    url: str | None = None
    title: str | None = None
    published: str | None = None
    html: str | None = None
    sha256: str = ""


@dataclass(slots=True)
class Part:
    """A contiguous run of lines (text) or a block (HTML) with one label."""

    label: str
    start: int
    end: int
    first_line: int
    last_line: int


@dataclass(slots=True)
class Comment:
    """One reader comment, a node of the reply tree.

    Attributes:
        id: Place in the tree: "2", "2.1", "2.1.1".
        parent: The parent comment's id, None for a top-level comment.
        start: Offset of the comment's first character in the page text.
        end: Offset just past its last character.
        first_line: 1-based first line.
        last_line: 1-based last line.
        author: The commenter's handle as shown on the page, or inferred; never invented.
        addressee: The handle a reply is aimed at ("EWC" for "@EWC").
        author_source: How ``author`` was found: "page", "reply", "signoff" or None.
    """

    id: str
    parent: str | None
    start: int
    end: int
    first_line: int
    last_line: int
    author: str | None = None
    addressee: str | None = None
    author_source: str | None = None


@dataclass(slots=True)
class Page:
    """A document cut into labelled parts and a reply tree.

    Attributes:
        doc_id: The Document's id.
        text: The text all offsets refer to (the document text; for HTML, the text
            the HTML segmenter composed from the DOM).
        parts: Labelled parts in text order, covering every non-blank line.
        comments: The reader-comment tree, in page order.
        author: The article's author when a byline or bio gives it.
        published: A publication date found on the page (ISO), when any.
    """

    doc_id: str
    text: str
    parts: list[Part] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    author: str | None = None
    published: str | None = None


@dataclass(slots=True)
class Sentence:
    """A sentence of a codable part.

    Attributes:
        doc_id: The Document's id.
        start: Offset of the sentence in the page text.
        end: Offset just past it.
        text: The sentence text (``page.text[start:end]``).
        segment: The part label it lies in (title, standfirst, caption, body, comment).
        comment_id: The comment's id when ``segment == "comment"``.
        paragraph: Index of the paragraph (part or blank-line block) it lies in.
    """

    doc_id: str
    start: int
    end: int
    text: str
    segment: str
    comment_id: str | None = None
    paragraph: int = 0


@dataclass(slots=True)
class Entity:
    """One coded participant of an event.

    Attributes:
        code: ISO alpha-3 for states, acronym for bodies, short name for groups, WST.
        sector: PLOVER sector (GOV, MIL, REB, CVL, ...) or "" when unknown.
        text: The words in the document.
        wikidata: Wikidata id when the dictionary knows it.
        start: Offset of the words in the page text (-1 when implicit).
        end: Offset just past them.
    """

    code: str
    sector: str = ""
    text: str = ""
    wikidata: str | None = None
    start: int = -1
    end: int = -1


@dataclass(slots=True)
class Attribution:
    """Who the text says reports an event ("according to Ukrainska Pravda")."""

    source: str
    text: str
    start: int = -1
    end: int = -1


@dataclass(slots=True)
class EventMention:
    """One event as told by one sentence (EVENTS.md section 8).

    Attributes:
        id: Stable id (hash of document, sentence offsets, type, actors and recipients).
        doc_id: The Document's id.
        segment: The part the sentence lies in (body, title, caption, comment, ...).
        event: PLOVER event type (AGREE ... ASSAULT).
        actor: Entities doing the act (all participants of a symmetric event).
        recipient: Entities it is done to or with.
        date: The event's own date in ISO at its precision, or None.
        date_precision: "day", "month", "year" or None.
        date_source: "text", "narrative", "publication" or None.
        status: asserted, negated, hypothetical or future.
        event_text: The sentence.
        start: Offset of the sentence in the page text.
        end: Offset just past it.
        mode: PLOVER mode when one applies.
        context: PLOVER contexts evident in the sentence (military, economic, ...),
            comma-separated; None when none is.
        cameo: The closest CAMEO code.
        quad: PLOVER/CAMEO quad class name.
        score: Intensity score (-10 .. +10).
        attribution: Who reports it, when the text says.
        location: A place named as where it happened.
        trigger_start: Offset of the words that express the event.
        trigger_end: Offset just past them.
        comment_id: The comment's id when the segment is "comment".
    """

    id: str
    doc_id: str
    segment: str
    event: str
    actor: list[Entity]
    recipient: list[Entity]
    date: str | None
    date_precision: str | None
    date_source: str | None
    status: str
    event_text: str
    start: int
    end: int
    mode: str | None = None
    context: str | None = None
    cameo: str | None = None
    quad: str | None = None
    score: float | None = None
    attribution: Attribution | None = None
    location: str | None = None
    trigger_start: int = -1
    trigger_end: int = -1
    comment_id: str | None = None


@dataclass(slots=True)
class Problem:
    """An input or a stage that failed, reported and skipped; the run goes on.

    Attributes:
        source: The input path or record the problem came from.
        reason: A short machine-readable reason ("binary", "empty", "too_large",
            "undecodable", "truncated_warc", "timeout", "parse_error", ...).
        detail: A sentence a user can act on.
        doc_id: The document's id when one was assigned.
        stage: The stage that failed ("read", "pages", "nlp", "events", "store").
    """

    source: str
    reason: str
    detail: str
    doc_id: str | None = None
    stage: str = "read"


__all__ = [
    "PART_LABELS",
    "REPORTING_LABELS",
    "STATUSES",
    "Attribution",
    "Comment",
    "Document",
    "Entity",
    "EventMention",
    "Page",
    "Part",
    "PartLabel",
    "Problem",
    "Sentence",
    "Status",
]
