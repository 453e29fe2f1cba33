"""HTML reader: one .html/.htm file is one Document carrying its raw HTML.

The pages stage composes the text from the DOM (article via trafilatura, comments as a tree);
``html_text`` is the plain trafilatura extraction used when that stage cannot run.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import trafilatura

from parley.config import LimitOptions
from parley.errors import EmptyInput
from parley.read.text import check_size, decode_bytes
from parley.records import Document


def html_text(html: str) -> str:
    """Return the article text of an HTML page (trafilatura; comments left out)."""
    try:
        text = trafilatura.extract(html, include_comments=False, include_tables=False,
                                   favor_precision=False)
    except Exception:  # hostile markup must never kill a run
        text = None
    return text or ""


def make_html_document(doc_id: str, html: str, source: str, raw: bytes,
                       url: str | None = None, title: str | None = None,
                       published: str | None = None) -> Document:
    """Build a Document for an HTML page (text filled in later by the pages stage)."""
    if not html.strip():
        raise EmptyInput(f"{source}: empty HTML")
    return Document(id=doc_id, text="", source=source, url=url, title=title,
                    published=published, html=html, sha256=hashlib.sha256(raw).hexdigest())


def read_html(path: Path, limits: LimitOptions) -> Iterator[Document]:
    """Read one HTML file as one Document (id = file stem).

    Args:
        path: The file.
        limits: Per-document bounds.

    Yields:
        The Document, with ``html`` set.
    """
    check_size(path.stat().st_size, path.name, limits)
    data = path.read_bytes()
    html = decode_bytes(data, path.name)
    yield make_html_document(path.stem, html, str(path), data)
