"""WARC reader (FastWARC): each HTML response record is one Document.

The URL comes from ``WARC-Target-URI``; the publication date from the HTTP ``Last-Modified``
header when the server sent one (the capture date ``WARC-Date`` is when the page was fetched,
not when it was written, so it is not used). Ids are a hash of the URL, so a page captured
again with changed text replaces its old rows.
"""

from __future__ import annotations

import gzip
import hashlib
import zlib
from collections.abc import Iterator
from pathlib import Path

from fastwarc.warc import ArchiveIterator, WarcRecordType

from parley.config import LimitOptions
from parley.errors import InputError, TruncatedInput
from parley.read.dates import iso_date
from parley.read.html import make_html_document
from parley.read.text import decode_bytes
from parley.records import Document, Problem

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: Path, limits: LimitOptions) -> Iterator[Document | Problem]:
    """Read the HTML responses of a WARC or WARC.gz file.

    Args:
        path: The archive.
        limits: Per-document bounds (applied to each record's payload).

    Yields:
        A Document per HTML response, a Problem per unreadable record; a truncated archive
        yields the whole records before the cut (never the partial one at the cut).

    Raises:
        TruncatedInput: After the whole records, when the archive is cut off or corrupt.
    """
    count = 0
    last_pos, last_len = 0, -1
    # A record's results wait until the next record is found: the last record before a cut
    # is partial (FastWARC yields it with its payload cut short) and must not be coded.
    pending: list[Document | Problem] = []
    failure: Exception | None = None
    with path.open("rb") as stream:
        records = ArchiveIterator(stream, record_types=WarcRecordType.any_type, parse_http=True)
        try:
            for record in records:
                yield from pending
                pending = []
                count += 1
                # The WARC block length, not the parsed payload's: the block ends the record.
                block = record.headers.get("Content-Length")
                last_pos, last_len = record.stream_pos, int(block) if block else -1
                if last_len < 0:
                    break
                pending = list(_documents(record, path, count, limits))
        except (OSError, ValueError) as exc:
            failure = exc
    if pending and _record_whole(path, last_pos, last_len):
        yield from pending
    if failure is not None or not _complete(path, last_pos, last_len):
        raise TruncatedInput(
            f"{path}: the archive is cut off or corrupt at record {count}; the whole records "
            "before it were read, the rest is lost" + (f" ({failure})" if failure else ""))


def _documents(record, path: Path, count: int, limits: LimitOptions,
               ) -> Iterator[Document | Problem]:
    """The Document (or Problem) of one record, when it is an HTML response."""
    if record.record_type != WarcRecordType.response:
        return
    url = record.headers.get("WARC-Target-URI") or None
    where = f"{path}#{url or count}"
    ctype = (record.http_content_type or "").lower()
    if not any(t in ctype for t in _HTML_TYPES):
        return
    payload = record.reader.read(limits.max_bytes + 1)
    if len(payload) > limits.max_bytes:
        yield Problem(where, "too_large",
                      f"{where}: payload over the limit of {limits.max_bytes:,} bytes")
        return
    try:
        html = decode_bytes(payload, where)
        doc_id = hashlib.sha256((url or html).encode("utf-8")).hexdigest()[:16]
        last_modified = record.http_headers.get("Last-Modified") if record.http_headers else None
        yield make_html_document(doc_id, html, where, payload, url=url,
                                 published=iso_date(last_modified))
    except InputError as exc:
        yield Problem(where, exc.reason, str(exc))


def _record_whole(path: Path, pos: int, block_len: int) -> bool:
    """Tell whether the record at ``pos`` lies whole in the file.

    For a gzip archive, ``pos`` is where the record's gzip member starts: it is whole when
    the member decompresses to its end. For a plain one, the record's headers and its block
    of ``block_len`` bytes must fit before the end of the file.
    """
    if block_len < 0:
        return False
    with path.open("rb") as fh:
        magic = fh.read(2)
        fh.seek(pos)
        if magic == b"\x1f\x8b":
            member = zlib.decompressobj(16 + zlib.MAX_WBITS)
            while not member.eof:
                chunk = fh.read(1 << 16)
                if not chunk:
                    return False
                try:
                    # Output is dropped in bounded pieces: only the end marker matters.
                    member.decompress(chunk, 1 << 20)
                    while member.unconsumed_tail and not member.eof:
                        member.decompress(member.unconsumed_tail, 1 << 20)
                except zlib.error:
                    return False
            return True
        head = fh.read(65536)
    header_end = head.find(b"\r\n\r\n")
    return header_end >= 0 and pos + header_end + 4 + block_len <= path.stat().st_size


def _complete(path: Path, last_pos: int, last_len: int) -> bool:
    """Tell whether the archive ends cleanly after its last parsed record.

    FastWARC stops quietly at a cut-off record, so the end is checked here: a gzip archive
    must decompress to its end-of-stream marker; a plain one must end where its last record
    does.
    """
    with path.open("rb") as fh:
        magic = fh.read(2)
    if magic == b"\x1f\x8b":
        try:
            with gzip.open(path, "rb") as gz:
                while gz.read(1 << 20):
                    pass
        except (EOFError, OSError, zlib.error):
            return False
        return True
    size = path.stat().st_size
    if last_len < 0:
        return size == 0
    with path.open("rb") as fh:
        fh.seek(last_pos)
        head = fh.read(65536)
    header_end = head.find(b"\r\n\r\n")
    if header_end < 0:
        return False
    # A record is: headers, blank line, block of Content-Length bytes, then two CRLFs.
    end = last_pos + header_end + 4 + last_len
    with path.open("rb") as fh:
        fh.seek(end)
        rest = fh.read()
    return end <= size and not rest.strip()

__all__ = ["read_warc"]
