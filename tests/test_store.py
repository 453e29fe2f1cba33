"""The DuckDB store: recorded migrations, idempotent writes, replacement of changed
documents, problems, read-only errors, hostile strings stored verbatim."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from parley.errors import StoreError
from parley.records import (
    Attribution,
    Comment,
    Document,
    Entity,
    EventMention,
    Page,
    Part,
    Problem,
)
from parley.store import MIGRATIONS, Store

TABLES = ("documents", "parts", "comments", "events", "event_entities", "problems")


def _coded(doc_id: str, text: str, sha: str = "", n_events: int = 2,
           ) -> tuple[Document, Page, list[EventMention]]:
    """A hand-built coded document: title, body, one comment thread, some events."""
    doc = Document(doc_id, text, f"{doc_id}.txt", url=f"https://ex.org/{doc_id}",
                   title="T", published="2022-03-01", sha256=sha or f"sha-{doc_id}-{len(text)}")
    end = len(text)
    page = Page(doc_id, text,
                parts=[Part("title", 0, 5, 1, 1), Part("body", 6, end, 2, 3)],
                comments=[Comment("1", None, 6, end, 2, 3, "ann", None, "page"),
                          Comment("1.1", "1", 6, end, 3, 3, None, "ann", "reply")],
                author="Jo Writer")
    events = []
    for i in range(n_events):
        events.append(EventMention(
            id=f"{doc_id}-ev{i}-{len(text)}", doc_id=doc_id,
            segment="comment" if i == 1 else "body", event="ASSAULT",
            actor=[Entity("RUS", "MIL", "Russian forces", "Q159", 6, 20),
                   Entity("BLR", "", "Belarus", None, 21, 28)],
            recipient=[Entity("UKR", "", "Ukraine", "Q212", 30, 37)],
            date="2022-02", date_precision="month", date_source="text", status="asserted",
            event_text=text[6:end], start=6, end=end, cameo="190",
            quad="material conflict", score=-10.0,
            attribution=Attribution("Reuters", "according to Reuters", 6, 26) if i == 0 else None,
            trigger_start=8, trigger_end=12, comment_id="1" if i == 1 else None))
    return doc, page, events


def _dump(path: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in TABLES}
    finally:
        con.close()


def _rows_about(dump: dict[str, list[tuple]], doc_id: str) -> dict[str, list[tuple]]:
    return {t: [r for r in rows if any(str(x).startswith(doc_id) for x in r)]
            for t, rows in dump.items()}


def test_migrations_are_recorded_once(tmp_path):
    db = tmp_path / "m.duckdb"
    with Store(db) as store:
        rows = store.query("SELECT version, name FROM schema_migrations ORDER BY version")
        assert [(r["version"], r["name"]) for r in rows] == [(v, n) for v, n, _ in MIGRATIONS]
        assert store.migrate() == []
    with Store(db) as store:
        assert store.migrate() == []
        again = store.query("SELECT version, applied_at FROM schema_migrations")
        assert len(again) == len(MIGRATIONS)
        assert store.counts() == dict.fromkeys(TABLES, 0)


def test_same_batch_twice_leaves_identical_rows(tmp_path):
    db = tmp_path / "same.duckdb"
    batch = [_coded("a", "Title\nRussian forces and Belarus hit Ukraine.\nMore."),
             _coded("b", "Other\nA second report of the same.\nEnd.")]
    with Store(db) as store:
        store.write(batch, "v1")
    first = _dump(db)
    with Store(db) as store:
        store.write(batch, "v1")
    assert _dump(db) == first
    assert len(first["documents"]) == 2
    assert len(first["events"]) == 4
    assert len(first["event_entities"]) == 4 * 3
    assert len(first["parts"]) == 4 and len(first["comments"]) == 4


def test_new_document_adds_rows(tmp_path):
    db = tmp_path / "add.duckdb"
    with Store(db) as store:
        first, second = "Title\nFirst body line.\nEnd.", "Title\nSecond body line.\nEnd."
        store.write([_coded("a", first)], "v1")
        before = store.counts()
        store.write([_coded("b", second)], "v1")
        after = store.counts()
        assert after["documents"] == before["documents"] + 1
        assert after["events"] == before["events"] * 2
        assert store.known(["a", "b", "zzz"]) == {
            "a": (f"sha-a-{len(first)}", "v1"), "b": (f"sha-b-{len(second)}", "v1")}


def test_changed_text_replaces_rows_without_orphans(tmp_path):
    db = tmp_path / "change.duckdb"
    with Store(db) as store:
        store.write([_coded("a", "Title\nOld body line.\nEnd.", n_events=3),
                     _coded("keep", "Title\nUntouched.\nEnd.")], "v1")
    kept_rows = _rows_about(_dump(db), "keep")
    new_text = "Title\nA new and longer body line.\nEnd."
    with Store(db) as store:
        store.write([_coded("a", new_text, n_events=1)], "v2")
        rows = store.query("SELECT id, coder_version, text FROM documents WHERE id = 'a'")
        assert rows == [{"id": "a", "coder_version": "v2", "text": new_text}]
        events = store.query("SELECT id FROM events WHERE doc_id = 'a'")
        assert [e["id"] for e in events] == [f"a-ev0-{len(new_text)}"]
        orphans = store.query(
            "SELECT count(*) AS n FROM event_entities x "
            "WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = x.event_id)")
        assert orphans == [{"n": 0}]
        assert store.counts()["event_entities"] == 3 + 2 * 3
    assert _rows_about(_dump(db), "keep") == kept_rows
    assert kept_rows["event_entities"] and kept_rows["documents"]


def test_events_round_trip_and_filters(tmp_path):
    db = tmp_path / "ev.duckdb"
    doc, page, events = _coded("a", "Title\nRussian forces and Belarus hit Ukraine.\nEnd.")
    with Store(db) as store:
        store.write([(doc, page, events)], "v1")
        body = store.events()
        assert [e.id for e in body] == [events[0].id]
        assert body[0] == events[0]
        both = store.events(include_comments=True)
        assert sorted(e.id for e in both) == sorted(e.id for e in events)
        assert len(store.events(dyad=("UKR", "RUS"))) == 1
        assert store.events(dyad=("USA", "RUS")) == []
        assert len(store.events(since="2022-01-01")) == 1
        assert store.events(since="2023-01-01") == []
        assert store.events(doc_ids=["other"]) == []


def test_since_compares_at_the_event_dates_precision(tmp_path):
    db = tmp_path / "since.duckdb"
    batch = []
    for doc_id, date in (("day", "2022-06-30"), ("month", "2022-07"), ("year", "2022"),
                         ("old", "2021-12"), ("none", None)):
        doc, page, events = _coded(doc_id, f"Title\nAbout {doc_id}.\nEnd.", n_events=1)
        events[0].date = date
        batch.append((doc, page, events))
    with Store(db) as store:
        store.write(batch, "v1")
        found = sorted(e.doc_id for e in store.events(since="2022-07-01"))
        assert found == ["month", "year"]
        assert sorted(e.doc_id for e in store.events(since="2022-06")) == [
            "day", "month", "year"]
        assert sorted(e.doc_id for e in store.events(since="2023")) == []


def test_symmetric_event_in_dyad(tmp_path):
    db = tmp_path / "dyad.duckdb"
    doc, page, events = _coded("sym", "Title\nRussia and Ukraine held talks.\nEnd.", n_events=1)
    events[0].recipient = []
    events[0].actor = [Entity("RUS"), Entity("UKR")]
    with Store(db) as store:
        store.write([(doc, page, events)], "v1")
        assert len(store.events(dyad=("UKR", "RUS"))) == 1
        assert store.events(dyad=("UKR", "BLR")) == []


def test_problems_upsert(tmp_path):
    db = tmp_path / "p.duckdb"
    with Store(db) as store:
        store.write_problems([Problem("x.bin", "binary", "first detail"),
                              Problem("y.txt", "empty", "empty file")])
        store.write_problems([Problem("x.bin", "binary", "second detail")])
        rows = store.query("SELECT source, reason, detail FROM problems ORDER BY source")
        assert rows == [{"source": "x.bin", "reason": "binary", "detail": "second detail"},
                        {"source": "y.txt", "reason": "empty", "detail": "empty file"}]
        store.clear_problems(["y.txt"])
        assert [r["source"] for r in store.query("SELECT source FROM problems")] == ["x.bin"]


def test_recoding_a_document_drops_its_old_stage_problems(tmp_path):
    db = tmp_path / "p2.duckdb"
    with Store(db) as store:
        store.write_problems([Problem("a.txt", "timeout", "too slow", "a", "events")])
        store.write([_coded("a", "Title\nBody.\nEnd.")], "v1")
        assert store.counts()["problems"] == 0


def test_read_only_missing_file_is_actionable(tmp_path):
    db = tmp_path / "absent.duckdb"
    with pytest.raises(StoreError) as err:
        Store(db, read_only=True)
    assert str(db) in str(err.value)
    assert "parley code" in str(err.value)
    assert not db.exists()


def test_unopenable_path_is_a_store_error(tmp_path):
    with pytest.raises(StoreError):
        Store(tmp_path / "no" / "such" / "folder" / "x.duckdb")


def test_read_only_store_reads(tmp_path):
    db = tmp_path / "ro.duckdb"
    with Store(db) as store:
        store.write([_coded("a", "Title\nBody.\nEnd.")], "v1")
    with Store(db, read_only=True) as store:
        assert store.counts()["documents"] == 1


def test_injection_looking_strings_are_stored_verbatim(tmp_path):
    db = tmp_path / "inj.duckdb"
    nasty_id = "x'); DROP TABLE events;--"
    nasty_text = "Title\nRobert'); DELETE FROM documents; -- said \"hi\" \\ ok.\nEnd."
    with Store(db) as store:
        store.write([_coded(nasty_id, nasty_text)], "v1")
        store.write_problems([Problem(nasty_id, "binary", nasty_text)])
        assert store.known([nasty_id]) == {nasty_id: (f"sha-{nasty_id}-{len(nasty_text)}", "v1")}
        docs = store.query("SELECT id, text FROM documents")
        assert docs == [{"id": nasty_id, "text": nasty_text}]
        evs = store.events(include_comments=True, doc_ids=[nasty_id])
        assert {e.doc_id for e in evs} == {nasty_id}
        store.write([_coded(nasty_id, nasty_text + " more")], "v1")
        assert store.counts()["documents"] == 1
    dump = _dump(db)
    assert len(dump["events"]) == 2


def test_bad_record_value_is_a_store_error_and_changes_nothing(tmp_path):
    db = tmp_path / "fail.duckdb"
    with Store(db) as store:
        store.write([_coded("a", "Title\nBody.\nEnd.")], "v1")
    before = _dump(db)
    bad_doc, bad_page, bad_events = _coded("a", "Title\nChanged body.\nEnd.")
    bad_page.parts[0].start = "not a number"  # type: ignore[assignment]
    with Store(db) as store, pytest.raises(StoreError, match="bad value"):
        store.write([(bad_doc, bad_page, bad_events)], "v1")
    assert _dump(db) == before


def test_failed_transaction_rolls_back(tmp_path):
    db = tmp_path / "rollback.duckdb"
    with Store(db) as store:
        store.write([_coded("a", "Title\nBody.\nEnd.")], "v1")
        # Break the schema under the store: the delete of old comments fails mid-write.
        store.con.execute("DROP TABLE comments")
        with pytest.raises(StoreError, match="cannot write"):
            store.write([_coded("a", "Title\nChanged body.\nEnd.")], "v2")
        rows = store.query("SELECT coder_version, text FROM documents")
        assert rows == [{"coder_version": "v1", "text": "Title\nBody.\nEnd."}]
        assert len(store.query("SELECT id FROM events")) == 2
