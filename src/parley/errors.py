"""Every error parley raises, in one place.

Hierarchy::

    ParleyError                     base of everything below; catch this to catch parley
    ├── ConfigError                 a setting is missing, mistyped or out of range
    ├── InputError                  an input cannot be read as a document
    │   ├── UnsupportedInput        the file type is not one parley reads
    │   ├── BinaryInput             the bytes are not text (NUL bytes, images, archives)
    │   ├── EmptyInput              nothing but whitespace
    │   ├── TooLarge                bigger than ``limits.max_bytes``
    │   ├── UndecodableInput        no text encoding fits the bytes
    │   └── TruncatedInput          a WARC or JSON Lines file ends mid-record
    ├── DocumentTimeout             a document took longer than ``limits.max_seconds``
    ├── ModelError                  the spaCy model cannot be loaded
    ├── DictionaryError             an actor or lexicon file is malformed (file and line given)
    ├── StoreError                  the database cannot be opened, migrated or written
    └── EvalError                   a gold or prediction file cannot be scored

Input errors carry a short ``reason`` code that lands in the ``problems`` table, so a run can
report them all at the end instead of dying on the first.
"""

from __future__ import annotations


class ParleyError(Exception):
    """Base class of all parley errors."""

    reason = "error"


class ConfigError(ParleyError):
    """A setting is missing, has the wrong type, or is out of range."""

    reason = "config"


class InputError(ParleyError):
    """An input cannot be read as a document."""

    reason = "unreadable"


class UnsupportedInput(InputError):
    """The file type is not one parley reads."""

    reason = "unsupported"


class BinaryInput(InputError):
    """The bytes are not text."""

    reason = "binary"


class EmptyInput(InputError):
    """The input holds nothing but whitespace."""

    reason = "empty"


class TooLarge(InputError):
    """The input is bigger than the configured limit."""

    reason = "too_large"


class UndecodableInput(InputError):
    """No text encoding fits the bytes."""

    reason = "undecodable"


class TruncatedInput(InputError):
    """A container (WARC, JSON Lines) ends in the middle of a record."""

    reason = "truncated"


class DocumentTimeout(ParleyError):
    """A document took longer than the per-document time limit."""

    reason = "timeout"


class ModelError(ParleyError):
    """The spaCy model cannot be loaded."""

    reason = "model"


class DictionaryError(ParleyError):
    """An actor dictionary or lexicon file is malformed."""

    reason = "dictionary"


class StoreError(ParleyError):
    """The database cannot be opened, migrated or written."""

    reason = "store"


class EvalError(ParleyError):
    """A gold or prediction file cannot be scored."""

    reason = "eval"


__all__ = [
    "BinaryInput",
    "ConfigError",
    "DictionaryError",
    "DocumentTimeout",
    "EmptyInput",
    "EvalError",
    "InputError",
    "ModelError",
    "ParleyError",
    "StoreError",
    "TooLarge",
    "TruncatedInput",
    "UndecodableInput",
    "UnsupportedInput",
]
