"""Reading parley's TSV data files: header line, '#' comments, one entry per line.

Every dictionary and lexicon is data, reviewable line by line; this is the one loader they
share, so a malformed line is reported the same way everywhere (file and line number).
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from parley.errors import DictionaryError


def data_path(name: str) -> Path:
    """Path of a data file shipped in ``parley/events/data``."""
    return Path(str(resources.files("parley.events").joinpath("data", name)))


def read_tsv(path: str | Path, required: tuple[str, ...] = ()) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield ``(line_number, row)`` for each entry of a TSV data file.

    Args:
        path: The file. Its first non-comment line is the header.
        required: Columns that must be in the header.

    Yields:
        Line number and the row as a dict of stripped strings (missing trailing fields are
        empty strings).

    Raises:
        DictionaryError: When the file is missing, the header lacks a required column, or a
            line has more fields than the header.
    """
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise DictionaryError(f"cannot read {path}: {exc.strerror or exc}") from exc
    header: list[str] | None = None
    with handle:
        for number, raw in enumerate(handle, start=1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            fields = line.split("\t")
            if header is None:
                header = [f.strip() for f in fields]
                missing = [c for c in required if c not in header]
                if missing:
                    raise DictionaryError(
                        f"{path}:{number}: header lacks column(s) {', '.join(missing)}; "
                        f"expected at least: {', '.join(required)}")
                continue
            if len(fields) > len(header):
                raise DictionaryError(
                    f"{path}:{number}: {len(fields)} fields but the header has {len(header)} "
                    "(fields are separated by one TAB)")
            fields += [""] * (len(header) - len(fields))
            yield number, {k: v.strip() for k, v in zip(header, fields, strict=True)}


def split_values(value: str) -> list[str]:
    """Split a '|'-separated field into its non-empty values."""
    return [v.strip() for v in value.split("|") if v.strip()]
