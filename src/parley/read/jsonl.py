"""JSON Lines reader: one ``{id, text | html, url, title, published}`` object per line.

A bad line is reported (with its line number) and skipped; the other lines are read. A last
line cut off mid-object is reported as truncated.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

from parley.config import LimitOptions
from parley.errors import EmptyInput, InputError, TooLarge, TruncatedInput
from parley.read.dates import iso_date
from parley.read.html import make_html_document
from parley.read.text import decode_bytes
from parley.records import Document, Problem


def _record(obj: object, where: str, limits: LimitOptions) -> Document:
    if not isinstance(obj, dict):
        raise InputError(f"{where}: expected a JSON object, got {type(obj).__name__}")
    text, html = obj.get("text"), obj.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        raise InputError(f"{where}: needs a string 'text' or 'html' field")
    body = html if isinstance(html, str) else text
    raw = body.encode("utf-8")
    if len(raw) > limits.max_bytes:
        raise TooLarge(f"{where}: {len(raw):,} bytes is over the limit of {limits.max_bytes:,}")
    doc_id = obj.get("id")
    doc_id = str(doc_id) if doc_id not in (None, "") else hashlib.sha256(raw).hexdigest()[:16]
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    title = obj.get("title") if isinstance(obj.get("title"), str) else None
    published = iso_date(obj.get("published"))
    if isinstance(html, str):
        return make_html_document(doc_id, html, where, raw, url=url, title=title,
                                  published=published)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise EmptyInput(f"{where}: empty text")
    return Document(id=doc_id, text=text, source=where, url=url, title=title,
                    published=published, sha256=hashlib.sha256(raw).hexdigest())


def read_jsonl(path: Path, limits: LimitOptions) -> Iterator[Document | Problem]:
    """Read a JSON Lines file of documents.

    Args:
        path: The file.
        limits: Per-document bounds (applied to each record).

    Yields:
        A Document per good line, a Problem per bad one.
    """
    text = decode_bytes(path.read_bytes(), path.name)
    lines = text.split("\n")
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}#{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            last = number == len(lines) and not text.endswith("\n")
            err = TruncatedInput if last else InputError
            reason = "truncated" if last else "parse_error"
            yield Problem(where, reason, f"{where}: not valid JSON ({exc.msg})"
                          + (", the file ends mid-record" if err is TruncatedInput else ""))
            continue
        try:
            yield _record(obj, where, limits)
        except InputError as exc:
            yield Problem(where, exc.reason, str(exc))
