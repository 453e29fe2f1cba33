"""Plain-text reader: bytes to clean text, whatever the encoding.

UTF-8 is tried first (with or without BOM); UTF-16/32 are recognised by their BOM; anything
else goes to charset-normalizer. Line ends are normalised to ``\\n`` so that offsets and line
numbers mean the same on every platform.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from collections.abc import Iterator
from pathlib import Path

from charset_normalizer import from_bytes

from parley.config import LimitOptions
from parley.errors import BinaryInput, EmptyInput, TooLarge, UndecodableInput
from parley.records import Document

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters other than tab, newline, carriage return and form feed: real text has
# next to none; binaries are full of them.
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
_BINARY_SHARE = 0.05
# Latin-1 symbols that never sit against a letter in real text: when a Windows-1252 reading
# puts one there ("£odzi", "zosta³y"), the bytes are another code page (here cp1250).
_ODD_IN_WORD = re.compile(r"[^\W\d_][¢£¤¥¦§¨ª¬¯±²³´µ¶¸¹º¼½¾]|[¢£¤¥¦§¨ª¬¯±²³´µ¶¸¹º¼½¾][^\W\d_]")


def _legacy_decode(data: bytes) -> str | None:
    """Decode bytes that are not UTF-8: Windows-1252 when it reads cleanly, else the guess.

    charset-normalizer alone is unreliable on short texts: it reads "Caf\xe9 ... Z\xfcrich"
    as cp775 ("Cafķ ... Z³rich") and Spanish "se\xf1or" as cp1250 ("seńor"). Western text
    in Windows-1252 is by far the most common legacy encoding of news pages (HTML5 treats
    latin-1 as it), so it wins whenever it is no messier than the best guess and puts no
    stray symbol inside a word.
    """
    best = from_bytes(data).best()
    western = from_bytes(data, cp_isolation=["cp1252"]).best()
    if western is not None and (best is None or western.chaos <= best.chaos):
        text = str(western)
        if best is None or not _ODD_IN_WORD.search(text):
            return text
    return None if best is None else str(best)


def check_size(size: int, name: str, limits: LimitOptions) -> None:
    """Raise TooLarge when ``size`` bytes exceed the per-document limit."""
    if size > limits.max_bytes:
        raise TooLarge(
            f"{name}: {size:,} bytes is over the limit of {limits.max_bytes:,} "
            "(raise limits.max_bytes in parley.toml to read it)"
        )


def decode_bytes(data: bytes, name: str = "input") -> str:
    """Decode raw bytes to text with normalised line ends.

    Args:
        data: The raw bytes.
        name: A name for error messages.

    Returns:
        The text, with ``\\r\\n`` and ``\\r`` turned into ``\\n`` and any BOM removed.

    Raises:
        EmptyInput: Nothing but whitespace.
        BinaryInput: The bytes look like a binary file.
        UndecodableInput: No encoding fits.
    """
    if not data.strip():
        raise EmptyInput(f"{name}: empty")
    text: str | None = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise UndecodableInput(f"{name}: has a {encoding} BOM but is not {encoding}") from exc
            break
    if text is None:
        sample = data[:65536]
        if b"\x00" in sample or sum(sample.count(c) for c in _CONTROL) > _BINARY_SHARE * len(sample):
            raise BinaryInput(f"{name}: binary content, not text")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _legacy_decode(data)
            if text is None:
                raise UndecodableInput(f"{name}: no text encoding fits its bytes") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise EmptyInput(f"{name}: empty")
    return text


def read_text(path: Path, limits: LimitOptions) -> Iterator[Document]:
    """Read one .txt file as one Document.

    Args:
        path: The file.
        limits: Per-document bounds.

    Yields:
        The Document (id = file stem).
    """
    check_size(path.stat().st_size, path.name, limits)
    data = path.read_bytes()
    text = decode_bytes(data, path.name)
    yield Document(id=path.stem, text=text, source=str(path),
                   sha256=hashlib.sha256(data).hexdigest())
