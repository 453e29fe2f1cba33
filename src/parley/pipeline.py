"""The orchestrator: read -> pages -> nlp -> events -> store, one document batch at a time.

Every stage runs under the document's own guard: whatever one page does (hostile markup, a
runaway sentence, a coder bug), it is reported as a Problem and the others are coded.
Documents already in the store with the same content and coder version are skipped, so a
re-run does no work twice.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from html import unescape
from pathlib import Path

from parley.config import Options
from parley.errors import DocumentTimeout, ParleyError
from parley.events import CODER_VERSION, Coder
from parley.nlp import load_nlp, page_sentences
from parley.pages import segment
from parley.read import read_inputs
from parley.read.html import html_text
from parley.records import Document, EventMention, Page, Part, Problem
from parley.store import Store

#: Documents per batch: enough sentences for nlp.pipe to batch well, few enough to keep
#: memory flat on big corpora.
BATCH_DOCS = 32


@dataclass(slots=True)
class RunSummary:
    """What a run did, for the CLI summary and for tests."""

    documents: int = 0
    unchanged: int = 0
    parts: Counter[str] = field(default_factory=Counter)
    comments: int = 0
    sentences: int = 0
    parsed: int = 0
    events: Counter[tuple[str, str]] = field(default_factory=Counter)
    problems: list[Problem] = field(default_factory=list)
    seconds: float = 0.0
    words: int = 0


_SCRIPTS = re.compile(r"<(script|style|noscript)\b.*?</\1\s*>", re.I | re.S)
_TAGS = re.compile(r"<[^>]*>")
_BLANKS = re.compile(r"[ \t\r\f\v]+")


def _markup_text(html: str) -> str:
    """Text of markup no parser could read (nested past lxml's limits, broken): tags out,
    entities decoded, one line per block of text."""
    text = _TAGS.sub("\n", _SCRIPTS.sub(" ", html))
    lines = (_BLANKS.sub(" ", unescape(line)).strip() for line in text.split("\n"))
    return "\n\n".join(line for line in lines if line)


def _fallback_page(doc: Document) -> Page:
    """An all-body page, for when the segmenter fails: nothing is dropped."""
    text = doc.text if doc.html is None else (html_text(doc.html) or _markup_text(doc.html))
    lines = text.split("\n")
    parts = []
    if text.strip():
        first = next(i for i, line in enumerate(lines) if line.strip())
        last = max(i for i, line in enumerate(lines) if line.strip())
        start = sum(len(line) + 1 for line in lines[:first])
        end = sum(len(line) + 1 for line in lines[: last + 1]) - 1
        parts.append(Part("body", start, end, first + 1, last + 1))
    return Page(doc.id, text, parts)


# What the parser is given, character for character (so offsets hold): no-break and thin
# spaces become spaces (the tokenizer keeps them as tokens of their own), and typographic
# apostrophes become straight ones (with "shouldn’t" the small model loses the modal and
# its negation; with "shouldn't" it does not).
_FOR_PARSER = str.maketrans({"\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ",
                             "\u3000": " ", "\t": " ", "\u2019": "'", "\u2018": "'"})


def _for_parser(text: str) -> str:
    return text.translate(_FOR_PARSER)


class Pipeline:
    """Codes documents into a store with one loaded model and one coder.

    Args:
        options: The run's options.
    """

    def __init__(self, options: Options) -> None:
        self.options = options
        self.nlp = load_nlp(tuple(options.nlp.models))
        self.coder = Coder(self.nlp, options.events)

    def code_page(self, doc: Document, summary: RunSummary | None = None,
                  ) -> tuple[Page, list[EventMention]]:
        """Segment and code one document (no store). Useful for tests and the API.

        Args:
            doc: The document.
            summary: Counters to update.

        Returns:
            The page and its event mentions.
        """
        batch = self._code_batch([doc], summary or RunSummary())
        if not batch:
            raise ParleyError(f"{doc.id}: could not be coded")
        _, page, events = batch[0]
        return page, events

    def _segment(self, doc: Document, summary: RunSummary, published: str | None = None,
                 ) -> Page:
        try:
            page = segment(doc)
        except Exception as exc:  # one bad page must not stop the run
            summary.problems.append(Problem(doc.source, "segment_error",
                                            f"{doc.id}: page segmentation failed ({exc}); "
                                            "coded as all body", doc.id, "pages"))
            page = _fallback_page(doc)
        else:
            if not page.text.strip() and doc.html and doc.html.strip():
                # The HTML segmenter found no text in non-empty markup: read it the blunt
                # way rather than lose the page, and say so.
                page = _fallback_page(doc)
                summary.problems.append(Problem(
                    doc.source, "no_structure",
                    f"{doc.id}: no article text could be extracted from the HTML; "
                    + ("its markup text was coded as all body" if page.text.strip()
                       else "the page holds no text"), doc.id, "pages"))
        doc.text = page.text
        # A date printed on the page beats the user's blanket default (--published).
        if not doc.published:
            doc.published = page.published or published
        return page

    def _code_batch(self, docs: list[Document], summary: RunSummary,
                    published: str | None = None,
                    ) -> list[tuple[Document, Page, list[EventMention]]]:
        limits = self.options.limits
        prepared = []
        for doc in docs:
            started = time.perf_counter()
            page = self._segment(doc, summary, published)
            try:
                sentences = page_sentences(self.nlp, page, self.options.events.code_comments)
            except Exception as exc:  # one bad page must not stop the run
                summary.problems.append(Problem(doc.source, "nlp_error",
                                                f"{doc.id}: sentence splitting failed ({exc!r})",
                                                doc.id, "nlp"))
                continue
            prepared.append((doc, page, sentences, time.perf_counter() - started))
        # One nlp.pipe over the whole batch: the parser batches across documents.
        wanted = []
        for _, _, sentences, _ in prepared:
            for s in sentences:
                if len(s.text) <= limits.max_sentence_chars and self.coder.wants(s.text):
                    wanted.append(s)
        parsed = dict(zip((id(s) for s in wanted),
                          self.nlp.pipe((_for_parser(s.text) for s in wanted),
                                        batch_size=self.options.nlp.batch_size), strict=True))
        out = []
        for doc, page, sentences, spent in prepared:
            started = time.perf_counter() - spent
            deadline = started + limits.max_seconds
            failures: list[str] = []
            try:
                events = self.coder.code(page, sentences, parsed, doc.published,
                                         deadline=deadline, failures=failures)
            except DocumentTimeout as exc:
                summary.problems.append(Problem(doc.source, exc.reason, str(exc), doc.id, "events"))
                continue
            except Exception as exc:  # report, keep the other documents
                summary.problems.append(Problem(doc.source, "coder_error",
                                                f"{doc.id}: event coding failed ({exc!r})",
                                                doc.id, "events"))
                continue
            summary.problems.extend(Problem(doc.source, "coder_error", failure, doc.id, "events")
                                    for failure in failures)
            summary.documents += 1
            summary.words += len(page.text.split())
            summary.sentences += len(sentences)
            summary.parsed += sum(1 for s in sentences if id(s) in parsed)
            summary.parts.update(p.label for p in page.parts)
            summary.comments += len(page.comments)
            summary.events.update((e.event, e.status) for e in events if e.segment != "comment")
            out.append((doc, page, events))
        return out

    def run(self, items: Iterable[Document | Problem], store: Store | None,
            progress: Callable[[int], None] | None = None,
            published: str | None = None) -> RunSummary:
        """Code a stream of documents into a store.

        Args:
            items: Documents and read problems (from ``read_inputs``).
            store: Where to write; None codes without storing (benchmarks).
            progress: Called with the number of documents done after each batch.
            published: Publication date for documents for which neither the metadata nor
                the page gives one.

        Returns:
            The run summary.
        """
        summary = RunSummary()
        started = time.perf_counter()
        batch: list[Document] = []
        # Inputs read fine this time: their read problems of earlier runs are stale.
        read_ok: set[str] = set()
        for item in items:
            if isinstance(item, Problem):
                summary.problems.append(item)
                continue
            read_ok.add(item.source)
            read_ok.add(item.source.split("#", 1)[0])
            batch.append(item)
            if len(batch) >= BATCH_DOCS:
                self._flush(batch, store, summary, progress, published)
                batch = []
        self._flush(batch, store, summary, progress, published)
        if store is not None:
            store.clear_problems(read_ok, stage="read")
            store.write_problems(summary.problems)
        summary.seconds = time.perf_counter() - started
        return summary

    def _flush(self, batch: list[Document], store: Store | None, summary: RunSummary,
               progress: Callable[[int], None] | None, published: str | None = None) -> None:
        if not batch:
            return
        if store is not None:
            known = store.known(d.id for d in batch)
            fresh = []
            for doc in batch:
                if known.get(doc.id) == (doc.sha256, CODER_VERSION):
                    summary.unchanged += 1
                else:
                    fresh.append(doc)
            batch = fresh
        coded = self._code_batch(batch, summary, published)
        if store is not None:
            store.write(coded, CODER_VERSION)
        if progress is not None:
            progress(summary.documents + summary.unchanged)


def code_paths(paths: Iterable[str | Path], options: Options, published: str | None = None,
               progress: Callable[[int], None] | None = None) -> RunSummary:
    """Read, code and store files and folders: what ``parley code`` does.

    Args:
        paths: Files and folders.
        options: The run's options (``options.store.db`` is the database).
        published: Publication date for documents whose metadata gives none.
        progress: Progress callback (documents done).

    Returns:
        The run summary.

    Example:
        >>> from parley.config import load_options
        >>> summary = code_paths(["examples/"], load_options())
    """
    pipeline = Pipeline(options)
    with Store(options.store.db) as store:
        # The default date is applied after segmentation, so a date on the page wins.
        return pipeline.run(read_inputs(paths, options.limits), store, progress, published)


__all__ = ["Pipeline", "RunSummary", "code_paths"]
