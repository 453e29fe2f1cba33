"""The public API: ``parley.__all__`` is pinned, every name imports, records are slotted and
pickle across a worker boundary (Spark-style)."""

from __future__ import annotations

import pickle

import pytest

import parley
from parley.records import (
    Attribution,
    Comment,
    Document,
    Entity,
    EventMention,
    Page,
    Part,
    Problem,
    Sentence,
)

# Changing the public API must be a decision: edit this list on purpose.
PUBLIC_API = [
    "CODER_VERSION",
    "Attribution",
    "Coder",
    "Comment",
    "Document",
    "Entity",
    "EventMention",
    "Options",
    "Page",
    "ParleyError",
    "Part",
    "Pipeline",
    "Problem",
    "RunSummary",
    "Sentence",
    "Store",
    "__version__",
    "code_paths",
    "load_nlp",
    "load_options",
    "plover_record",
    "read_inputs",
    "score_events",
    "segment",
    "write_events",
]


def _isort_key(name: str) -> tuple[int, str]:
    # ruff's RUF022 order: CONSTANTS, then Classes, then functions and dunders.
    if name.isupper():
        return (0, name)
    return (1 if name[0].isupper() else 2, name)


def test_all_is_pinned_and_sorted():
    assert parley.__all__ == PUBLIC_API
    assert sorted(PUBLIC_API, key=_isort_key) == PUBLIC_API


@pytest.mark.parametrize("name", PUBLIC_API)
def test_every_public_name_imports(name):
    namespace: dict[str, object] = {}
    exec(f"from parley import {name}", namespace)
    assert namespace[name] is getattr(parley, name)


def _event() -> EventMention:
    return EventMention(
        id="e1", doc_id="d1", segment="body", event="ASSAULT",
        actor=[Entity("RUS", "MIL", "Russian troops", "Q159", 0, 14)],
        recipient=[Entity("UKR", "", "Ukraine", "Q212", 24, 31)],
        date="2022-02-24", date_precision="day", date_source="text", status="asserted",
        event_text="Russian troops shelled Ukraine on 24 February 2022.", start=0, end=51,
        cameo="195", quad="material conflict", score=-9.5,
        attribution=Attribution("Reuters", "according to Reuters", 52, 72),
        trigger_start=15, trigger_end=22)


def _records() -> list[object]:
    page = Page(
        "d1", "Title\n\nBody text.\n\nA reply.",
        parts=[Part("title", 0, 5, 1, 1), Part("body", 7, 17, 3, 3),
               Part("comment", 19, 27, 5, 5)],
        comments=[Comment("1", None, 19, 27, 5, 5, "ann", None, "page"),
                  Comment("1.1", "1", 19, 27, 5, 5, None, "ann", "reply")],
        author="Jo Writer", published="2022-03-01")
    return [
        Document("d1", "Body text.", "d1.txt", url="https://example.org/d1", title="T",
                 published="2022-03-01", html="<p>Body text.</p>", sha256="ab" * 32),
        page,
        Sentence("d1", 7, 17, "Body text.", "body", None, 2),
        _event(),
        Problem("bad.bin", "unsupported", "bad.bin: not read", None, "read"),
    ]


@pytest.mark.parametrize("record", _records(), ids=lambda r: type(r).__name__)
def test_records_are_slotted(record):
    assert not hasattr(record, "__dict__")
    with pytest.raises(AttributeError):
        record.not_a_field = 1  # type: ignore[attr-defined]


@pytest.mark.parametrize("record", _records(), ids=lambda r: type(r).__name__)
def test_records_pickle_round_trip(record):
    again = pickle.loads(pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL))
    assert again == record
    assert again is not record


def test_nested_records_survive_pickling():
    ev = pickle.loads(pickle.dumps(_event()))
    assert isinstance(ev.actor[0], Entity) and ev.actor[0].sector == "MIL"
    assert isinstance(ev.attribution, Attribution) and ev.attribution.source == "Reuters"
    page = pickle.loads(pickle.dumps(_records()[1]))
    assert [p.label for p in page.parts] == ["title", "body", "comment"]
    assert page.comments[1].parent == "1" and page.comments[1].addressee == "ann"


def test_errors_share_one_base():
    from parley import errors

    for name in errors.__all__:
        cls = getattr(errors, name)
        assert issubclass(cls, parley.ParleyError)
        assert isinstance(cls.reason, str) and cls.reason
