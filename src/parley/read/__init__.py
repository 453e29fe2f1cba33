"""Readers: turn files, folders and archives into Documents, reporting what they cannot read.

Each reader is a small module with one generator, ``read_<kind>(path, limits)``, that yields
``Document`` records, or ``Problem`` records for inputs it must skip. ``read_inputs`` walks
files and folders, picks the reader by file ending, and gives every document a stable id
(the file stem, else a content hash; unique within a run).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from parley.config import LimitOptions
from parley.errors import InputError, UnsupportedInput
from parley.read.html import read_html
from parley.read.jsonl import read_jsonl
from parley.read.text import decode_bytes, read_text
from parley.read.warc import read_warc
from parley.records import Document, Problem

_READERS = {
    ".txt": read_text,
    ".text": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".warc": read_warc,
    ".warc.gz": read_warc,
}


def content_id(data: str | bytes) -> str:
    """Return a short stable id from content (for inputs with no file stem)."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()[:16]


def _suffix(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(".warc.gz"):
        return ".warc.gz"
    return path.suffix.lower()


#: Files a folder of inputs holds besides inputs: READMEs, sidecars, and parley's own
#: database when it was put next to its inputs. Skipped without a problem.
_SILENT = {".md", ".json", ".duckdb", ".wal"}


def _expand(paths: Iterable[str | Path]) -> Iterator[Path | Problem]:
    # A file named twice (``parley code dir dir/a.txt``) is read once.
    done: set[Path] = set()

    def first_time(path: Path) -> bool:
        key = path.resolve()
        if key in done:
            return False
        done.add(key)
        return True

    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not child.name.startswith(".") and first_time(child):
                    if _suffix(child) in _READERS:
                        yield child
                    elif child.suffix.lower() not in _SILENT:
                        yield Problem(str(child), "unsupported",
                                      f"skipped {child.name}: parley reads "
                                      ".txt, .html, .htm, .jsonl, .warc and .warc.gz")
        elif path.is_file():
            if first_time(path):
                yield path
        else:
            yield Problem(str(path), "missing", f"{path} does not exist")


def read_inputs(
    paths: Iterable[str | Path],
    limits: LimitOptions | None = None,
    published: str | None = None,
) -> Iterator[Document | Problem]:
    """Read files and folders into Documents.

    Args:
        paths: Files or folders (read recursively).
        limits: Per-document bounds; defaults when None.
        published: A publication date (ISO) for documents whose metadata gives none.

    Yields:
        A ``Document`` per readable document and a ``Problem`` per skipped input, in order.

    Example:
        >>> docs = [d for d in read_inputs(["examples/"]) if isinstance(d, Document)]
    """
    limits = limits or LimitOptions()
    seen: dict[str, int] = {}
    for item in _expand(paths):
        if isinstance(item, Problem):
            yield item
            continue
        reader = _READERS.get(_suffix(item))
        if reader is None:
            yield Problem(str(item), UnsupportedInput.reason,
                          f"{item.name}: parley reads .txt, .html, .htm, .jsonl, .warc, .warc.gz")
            continue
        try:
            for result in reader(item, limits):
                if isinstance(result, Document):
                    if not result.id:
                        result.id = content_id(result.sha256 or result.text)
                    # Two files with one stem in different folders must not overwrite each other.
                    n = seen.get(result.id, 0)
                    seen[result.id] = n + 1
                    if n:
                        result.id = f"{result.id}-{content_id(result.source)[:8]}"
                    if published and not result.published:
                        result.published = published
                yield result
        except InputError as exc:
            yield Problem(str(item), exc.reason, str(exc))
        except OSError as exc:
            yield Problem(str(item), "unreadable", f"{item}: {exc.strerror or exc}")
        except Exception as exc:  # a hostile file must never stop the run
            yield Problem(str(item), "unreadable", f"{item}: cannot be read ({exc!r})")


__all__ = ["content_id", "decode_bytes", "read_inputs"]
