"""Exports: PLOVER records, GDELT rows (SQLDATE padding, symmetric events), CSV and Parquet
round trips, pages JSON from a store."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest

from parley.export import (
    FORMATS,
    GDELT_COLUMNS,
    dumps_events,
    flat_record,
    gdelt_record,
    pages_json,
    plover_record,
    write_events,
)
from parley.records import Attribution, Comment, Document, Entity, EventMention, Page, Part
from parley.store import Store

CITE = {"url": "https://ex.org/a", "title": "Talks", "published": "2022-04-20"}


def _event(**changes) -> EventMention:
    ev = EventMention(
        id="ev1", doc_id="a", segment="body", event="ASSAULT",
        actor=[Entity("RUS", "MIL", "Russian troops", "Q159", 0, 14)],
        recipient=[Entity("UKR", "CVL", "Ukrainian civilians", None, 24, 43)],
        date="2022-04-03", date_precision="day", date_source="text", status="asserted",
        event_text="Russian troops shelled Ukrainian civilians on 3 April 2022.", start=10,
        end=69, mode="aerial", cameo="195", quad="material conflict", score=-9.5,
        attribution=Attribution("Ukrainska Pravda", "according to Ukrainska Pravda", 70, 99),
        location="Kharkiv", trigger_start=25, trigger_end=32)
    for key, value in changes.items():
        setattr(ev, key, value)
    return ev


def test_plover_record_fields():
    rec = plover_record(_event(), CITE)
    assert rec["id"] == "ev1" and rec["doc_id"] == "a" and rec["segment"] == "body"
    assert rec["event"] == "ASSAULT" and rec["mode"] == "aerial"
    assert rec["actor"] == [{"code": "RUS", "sector": "MIL", "text": "Russian troops",
                             "wikidata": "Q159"}]
    # No wikidata key when the dictionary has none.
    assert rec["recipient"] == [{"code": "UKR", "sector": "CVL",
                                 "text": "Ukrainian civilians"}]
    assert (rec["date"], rec["date_precision"], rec["date_source"]) == (
        "2022-04-03", "day", "text")
    assert rec["text_info"] == {"start": 10, "end": 69}
    assert rec["trigger"] == {"start": 25, "end": 32}
    assert rec["attribution"] == {"source": "Ukrainska Pravda",
                                  "text": "according to Ukrainska Pravda"}
    assert (rec["cameo"], rec["quad"], rec["score"], rec["location"]) == (
        "195", "material conflict", -9.5, "Kharkiv")
    assert rec["cite_info"] == CITE
    assert rec["comment_id"] is None
    json.dumps(rec)  # JSON-able as is


def test_plover_record_without_citation_or_attribution():
    rec = plover_record(_event(attribution=None))
    assert rec["attribution"] is None
    assert rec["cite_info"] == {"url": None, "title": None, "published": None}


@pytest.mark.parametrize(("date", "precision", "sqldate", "month", "year"), [
    ("2022-04-03", "day", "20220403", "202204", "2022"),
    ("2022-04", "month", "20220400", "202204", "2022"),
    ("2022", "year", "20220000", "", "2022"),
    (None, None, "", "", ""),
])
def test_gdelt_sqldate_is_the_event_date_padded(date, precision, sqldate, month, year):
    row = gdelt_record(_event(date=date, date_precision=precision), CITE)
    assert row["SQLDATE"] == sqldate
    assert row["MonthYear"] == month and row["Year"] == year
    # The publication date goes to DATEADDED, never to SQLDATE.
    assert row["DATEADDED"] == "20220420"


def test_gdelt_row_columns():
    row = gdelt_record(_event(), CITE)
    assert tuple(row) == GDELT_COLUMNS
    assert row["Actor1Code"] == "RUSMIL" and row["Actor1CountryCode"] == "RUS"
    assert row["Actor1Type1Code"] == "MIL" and row["Actor1Name"] == "Russian troops"
    assert row["Actor2Code"] == "UKRCVL" and row["Actor2CountryCode"] == "UKR"
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"]) == ("195", "195", "19")
    assert row["QuadClass"] == 4 and row["GoldsteinScale"] == -9.5
    assert row["SOURCEURL"] == CITE["url"]
    assert (row["PLOVER_Event"], row["Status"], row["DatePrecision"]) == (
        "ASSAULT", "asserted", "day")
    assert row["Attribution"] == "Ukrainska Pravda"


def test_gdelt_symmetric_event_takes_actor2_from_second_actor():
    ev = _event(event="CONSULT", recipient=[], cameo="040", quad="verbal cooperation",
                actor=[Entity("RUS", "GOV", "Russia"), Entity("UKR", "GOV", "Ukraine")])
    row = gdelt_record(ev)
    assert row["Actor1Code"] == "RUSGOV" and row["Actor2Code"] == "UKRGOV"
    assert row["Actor2Name"] == "Ukraine" and row["QuadClass"] == 1
    lone = gdelt_record(_event(recipient=[], actor=[Entity("WST")]))
    assert lone["Actor2Code"] == "" and lone["Actor2Name"] == ""


@pytest.mark.parametrize(("code", "country"), [("RUS", "RUS"), ("SUN", "SUN"), ("IMF", ""),
                                               ("WST", ""), ("ICC", ""), ("NATO", "")])
def test_gdelt_country_code_only_for_states(code, country):
    row = gdelt_record(_event(actor=[Entity(code, "GOV")]))
    assert row["Actor1CountryCode"] == country
    assert row["Actor1Code"] == code + "GOV"


def _events() -> list[EventMention]:
    second = _event(id="ev2", doc_id="b", actor=[Entity("USA", "GOV", "Washington"),
                                                  Entity("GBR", "GOV", "London")],
                    recipient=[Entity("RUS")], event="ACCUSE", cameo="111", score=None,
                    attribution=None, date=None, date_precision=None, date_source=None,
                    location=None, event_text='He said "no", then; left.\nAgain.')
    return [_event(), second]


def test_csv_round_trip(tmp_path):
    out = tmp_path / "e.csv"
    assert write_events(_events(), "csv", out, {"a": CITE}) == 2
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    expected = [flat_record(e, {"a": CITE}.get(e.doc_id)) for e in _events()]
    assert [r["id"] for r in rows] == ["ev1", "ev2"]
    assert rows[1]["actor_codes"] == "USA;GBR" and rows[1]["actor_sectors"] == "GOV;GOV"
    assert rows[1]["event_text"] == expected[1]["event_text"]
    assert rows[0]["url"] == CITE["url"] and rows[1]["url"] == ""
    assert rows[0]["score"] == "-9.5" and rows[1]["score"] == ""
    assert list(rows[0]) == list(expected[0])


def test_parquet_round_trip(tmp_path):
    out = tmp_path / "e.parquet"
    assert write_events(_events(), "parquet", out, {"a": CITE}) == 2
    table = pq.read_table(out).to_pylist()
    expected = [flat_record(e, {"a": CITE}.get(e.doc_id)) for e in _events()]
    assert table == expected


def test_parquet_of_nothing_keeps_the_columns(tmp_path):
    out = tmp_path / "none.parquet"
    assert write_events([], "parquet", out) == 0
    table = pq.read_table(out)
    assert table.num_rows == 0
    assert table.column_names == list(flat_record(_events()[0]))
    assert str(table.schema.field("start").type) == "int64"


def test_parquet_needs_a_path_and_formats_are_checked():
    with pytest.raises(ValueError, match="parquet"):
        write_events(_events(), "parquet", io.StringIO())
    with pytest.raises(ValueError, match="unknown format"):
        write_events(_events(), "xml", io.StringIO())
    assert FORMATS == ("plover", "csv", "parquet", "gdelt")


def test_plover_and_gdelt_text_output():
    lines = dumps_events(_events(), "plover").splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["ev1", "ev2"]
    tsv = dumps_events(_events(), "gdelt").splitlines()
    assert tsv[0].split("\t") == list(GDELT_COLUMNS)
    assert len(tsv) >= 3
    rows = list(csv.DictReader(io.StringIO("\n".join(tsv)), delimiter="\t"))
    assert rows[1]["Sentence"] == _events()[1].event_text
    assert dumps_events([], "csv").splitlines()[0].startswith("id,doc_id,")


def test_pages_json_from_a_store(tmp_path):
    text = "Title\n\nBody line.\n\nann\nA reply to bob.\n"
    doc = Document("p", text, "p.txt", published="2022-05-01")
    page = Page("p", text, parts=[Part("title", 0, 5, 1, 1), Part("body", 7, 17, 3, 3),
                                  Part("comment", 19, 38, 5, 6)],
                comments=[Comment("1", None, 19, 38, 5, 6, "ann", "bob", "page")],
                author="Jo Writer")
    with Store(tmp_path / "p.duckdb") as store:
        store.write([(doc, page, [])], "v1")
        data = pages_json(store)
    assert data == [{
        "doc_id": "p", "author": "Jo Writer", "published": "2022-05-01",
        "parts": [{"label": "title", "first_line": 1, "last_line": 1, "start": 0, "end": 5},
                  {"label": "body", "first_line": 3, "last_line": 3, "start": 7, "end": 17},
                  {"label": "comment", "first_line": 5, "last_line": 6, "start": 19,
                   "end": 38}],
        "comments": [{"id": "1", "parent": None, "first_line": 5, "last_line": 6,
                      "start": 19, "end": 38, "addressee": "bob", "author": "ann"}],
    }]
