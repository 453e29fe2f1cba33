"""The pages stage: cut a document into labelled parts and a reader-comment tree.

``segment(doc)`` dispatches on the input: HTML goes to :mod:`parley.pages.html` (article
through trafilatura, comments from the DOM), plain text to :mod:`parley.pages.text` (cues
a careful reader uses). ``page_to_json`` gives the JSON form ``parley eval pages`` scores.
"""

from __future__ import annotations

from typing import Any

from parley.pages.text import segment_text
from parley.records import Document, Page


def segment(doc: Document) -> Page:
    """Cut a document into labelled parts and a comment tree.

    Args:
        doc: The document; when ``doc.html`` is set the HTML is segmented and the page
            text is composed from the DOM, else ``doc.text`` is segmented line by line.

    Returns:
        The Page. Never raises on hostile input: unparseable HTML falls back to plain text.
    """
    if doc.html is not None:
        from parley.pages.html import segment_html  # lxml/trafilatura only when needed

        return segment_html(doc)
    return segment_text(doc)


def page_to_json(page: Page) -> dict[str, Any]:
    """Return the JSON form of a page (parts and comments with lines and offsets)."""
    return {
        "doc_id": page.doc_id,
        "author": page.author,
        "published": page.published,
        "parts": [
            {
                "label": p.label,
                "first_line": p.first_line,
                "last_line": p.last_line,
                "start": p.start,
                "end": p.end,
            }
            for p in page.parts
        ],
        "comments": [
            {
                "id": c.id,
                "parent": c.parent,
                "first_line": c.first_line,
                "last_line": c.last_line,
                "start": c.start,
                "end": c.end,
                "addressee": c.addressee,
                "author": c.author,
            }
            for c in page.comments
        ],
    }


__all__ = ["page_to_json", "segment", "segment_text"]
