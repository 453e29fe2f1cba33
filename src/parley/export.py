"""Exports in the field's formats: PLOVER JSON Lines, CSV, Parquet, a GDELT 2.0-shaped table,
and the page parts/comment trees as JSON.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any, TextIO

import pyarrow as pa
import pyarrow.parquet as pq

from parley.events.tables import data_path, read_tsv
from parley.records import EventMention
from parley.store import Store

FORMATS = ("plover", "csv", "parquet", "gdelt")

_QUAD_CLASS = {"verbal cooperation": 1, "material cooperation": 2, "verbal conflict": 3,
               "material conflict": 4}


def _entity(e) -> dict[str, Any]:
    out = {"code": e.code, "sector": e.sector, "text": e.text}
    if e.wikidata:
        out["wikidata"] = e.wikidata
    return out


def plover_record(ev: EventMention, cite: dict[str, Any] | None = None) -> dict[str, Any]:
    """An event mention as a PLOVER JSON record (EVENTS.md section 8)."""
    return {
        "id": ev.id,
        "doc_id": ev.doc_id,
        "segment": ev.segment,
        "comment_id": ev.comment_id,
        "event": ev.event,
        "mode": ev.mode,
        # PLOVER's context is a list ("military", "humanitarian", ...); stored comma-joined.
        "context": ev.context.split(",") if ev.context else [],
        "actor": [_entity(e) for e in ev.actor],
        "recipient": [_entity(e) for e in ev.recipient],
        "date": ev.date,
        "date_precision": ev.date_precision,
        "date_source": ev.date_source,
        "status": ev.status,
        "event_text": ev.event_text,
        "text_info": {"start": ev.start, "end": ev.end},
        "trigger": {"start": ev.trigger_start, "end": ev.trigger_end},
        "cameo": ev.cameo,
        "quad": ev.quad,
        "score": ev.score,
        "attribution": ({"source": ev.attribution.source, "text": ev.attribution.text}
                        if ev.attribution else None),
        "location": ev.location,
        "cite_info": cite or {"url": None, "title": None, "published": None},
    }


def flat_record(ev: EventMention, cite: dict[str, Any] | None = None) -> dict[str, Any]:
    """An event mention as one flat row (CSV, Parquet): list fields joined with ';'."""
    cite = cite or {}
    return {
        "id": ev.id, "doc_id": ev.doc_id, "segment": ev.segment, "comment_id": ev.comment_id,
        "event": ev.event, "mode": ev.mode, "context": (ev.context or "").replace(",", ";"),
        "actor_codes": ";".join(e.code for e in ev.actor),
        "actor_sectors": ";".join(e.sector for e in ev.actor),
        "actor_text": ";".join(e.text for e in ev.actor),
        "recipient_codes": ";".join(e.code for e in ev.recipient),
        "recipient_sectors": ";".join(e.sector for e in ev.recipient),
        "recipient_text": ";".join(e.text for e in ev.recipient),
        "date": ev.date, "date_precision": ev.date_precision, "date_source": ev.date_source,
        "status": ev.status, "event_text": ev.event_text, "start": ev.start, "end": ev.end,
        "trigger_start": ev.trigger_start, "trigger_end": ev.trigger_end, "cameo": ev.cameo,
        "quad": ev.quad, "score": ev.score,
        "attribution_source": ev.attribution.source if ev.attribution else None,
        "attribution_text": ev.attribution.text if ev.attribution else None,
        "location": ev.location, "url": cite.get("url"), "title": cite.get("title"),
        "published": cite.get("published"),
    }


GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "ActionGeo_FullName", "DATEADDED", "SOURCEURL",
    # parley's additions, after GDELT's own columns: what GDELT cannot say.
    "PLOVER_Event", "PLOVER_Mode", "Status", "DatePrecision", "DateSource", "Attribution",
    "DocId", "Sentence",
)


@lru_cache(maxsize=1)
def _state_codes() -> frozenset[str]:
    """The state codes of parley's dictionary (ISO 3166-1 alpha-3 and withdrawn ones)."""
    return frozenset(row["code"] for _, row in read_tsv(data_path("states.tsv"), ("code",)))


def _country(entity) -> str:
    # Three letters are not enough: IMF, WHO, ICC and WST are bodies or blocs, not states.
    return entity.code if entity is not None and entity.code in _state_codes() else ""


def gdelt_record(ev: EventMention, cite: dict[str, Any] | None = None) -> dict[str, Any]:
    """An event mention as a row of GDELT 2.0's event table (columns that apply).

    GDELT's SQLDATE is the publication date; here it is the event's own date (parley's
    point), padded with zeros below its precision, and empty when the text gives none.
    """
    cite = cite or {}
    digits = (ev.date or "").replace("-", "")
    sqldate = digits.ljust(8, "0") if digits else ""
    a1 = ev.actor[0] if ev.actor else None
    # Symmetric events have no recipient: the second participant stands as Actor2.
    a2 = ev.recipient[0] if ev.recipient else (ev.actor[1] if len(ev.actor) > 1 else None)
    cameo = ev.cameo or ""
    year = digits[:4]
    fraction = ""
    if len(digits) >= 6 and digits[4:6] != "00":
        fraction = f"{int(year) + (int(digits[4:6]) - 1) / 12:.4f}"
    elif year:
        fraction = f"{int(year):.4f}"
    return {
        "GLOBALEVENTID": ev.id, "SQLDATE": sqldate, "MonthYear": digits[:6] if len(digits) >= 6 else "",
        "Year": year, "FractionDate": fraction,
        "Actor1Code": (a1.code + a1.sector) if a1 else "", "Actor1Name": a1.text if a1 else "",
        "Actor1CountryCode": _country(a1),
        "Actor1Type1Code": a1.sector if a1 else "",
        "Actor2Code": (a2.code + a2.sector) if a2 else "", "Actor2Name": a2.text if a2 else "",
        "Actor2CountryCode": _country(a2),
        "Actor2Type1Code": a2.sector if a2 else "",
        "IsRootEvent": 1 if ev.segment == "title" else 0, "EventCode": cameo,
        "EventBaseCode": cameo[:3], "EventRootCode": cameo[:2],
        "QuadClass": _QUAD_CLASS.get(ev.quad or "", ""), "GoldsteinScale": ev.score,
        "NumMentions": 1, "NumSources": 1, "NumArticles": 1,
        "ActionGeo_FullName": ev.location or "", "DATEADDED": (cite.get("published") or "").replace("-", ""),
        "SOURCEURL": cite.get("url") or "", "PLOVER_Event": ev.event, "PLOVER_Mode": ev.mode or "",
        "Status": ev.status, "DatePrecision": ev.date_precision or "",
        "DateSource": ev.date_source or "",
        "Attribution": ev.attribution.source if ev.attribution else "", "DocId": ev.doc_id,
        "Sentence": ev.event_text,
    }


def citations(store: Store) -> dict[str, dict[str, Any]]:
    """``{doc_id: {url, title, published}}`` for every stored document."""
    return {r["id"]: {"url": r["url"], "title": r["title"], "published": r["published"]}
            for r in store.query("SELECT id, url, title, published FROM documents")}


def write_events(events: Iterable[EventMention], fmt: str, out: TextIO | Path,
                 cites: dict[str, dict[str, Any]] | None = None) -> int:
    """Write events in a format; return how many were written.

    Args:
        events: The event mentions.
        fmt: plover, csv, parquet or gdelt.
        out: A text stream (plover, csv, gdelt) or a file path (any; parquet needs one).
        cites: Document citations to attach.

    Raises:
        ValueError: On an unknown format, or parquet to a stream.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    cites = cites or {}
    events = list(events)
    if fmt == "parquet":
        if not isinstance(out, Path):
            raise ValueError("parquet is binary: give an output file with -o FILE.parquet")
        rows = [flat_record(e, cites.get(e.doc_id)) for e in events]
        # A fixed schema: the columns and their types do not depend on which values this
        # run happened to have (an empty export still has every column).
        pq.write_table(pa.Table.from_pylist(rows, schema=_FLAT_SCHEMA), out)
        return len(rows)
    if isinstance(out, Path):
        with out.open("w", encoding="utf-8", newline="") as fh:
            return write_events(events, fmt, fh, cites)
    if fmt == "plover":
        for e in events:
            out.write(json.dumps(plover_record(e, cites.get(e.doc_id)), ensure_ascii=False) + "\n")
        return len(events)
    if fmt == "csv":
        rows = [flat_record(e, cites.get(e.doc_id)) for e in events]
        fields = list(flat_record(_EMPTY).keys())
        writer = csv.DictWriter(out, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
        return len(rows)
    writer = csv.DictWriter(out, fieldnames=list(GDELT_COLUMNS), delimiter="\t",
                            lineterminator="\n")
    writer.writeheader()
    for e in events:
        writer.writerow(gdelt_record(e, cites.get(e.doc_id)))
    return len(events)


_EMPTY = EventMention("", "", "", "", [], [], None, None, None, "", "", 0, 0)
_FLAT_INTS = {"start", "end", "trigger_start", "trigger_end"}
_FLAT_SCHEMA = pa.schema([
    pa.field(name, pa.int64() if name in _FLAT_INTS else pa.float64() if name == "score"
             else pa.string())
    for name in flat_record(_EMPTY)
])


def pages_json(store: Store) -> list[dict[str, Any]]:
    """Page parts and comment trees of every stored document (``parley pages``)."""
    docs = store.query("SELECT id, author, published FROM documents ORDER BY id")
    parts: dict[str, list[dict[str, Any]]] = {}
    for r in store.query("SELECT * FROM parts ORDER BY doc_id, idx"):
        parts.setdefault(r["doc_id"], []).append({
            "label": r["label"], "first_line": r["first_line"], "last_line": r["last_line"],
            "start": r["start_char"], "end": r["end_char"]})
    comments: dict[str, list[dict[str, Any]]] = {}
    for r in store.query("SELECT * FROM comments ORDER BY doc_id, start_char"):
        comments.setdefault(r["doc_id"], []).append({
            "id": r["id"], "parent": r["parent"], "first_line": r["first_line"],
            "last_line": r["last_line"], "start": r["start_char"], "end": r["end_char"],
            "addressee": r["addressee"], "author": r["author"]})
    return [{"doc_id": d["id"], "author": d["author"], "published": d["published"],
             "parts": parts.get(d["id"], []), "comments": comments.get(d["id"], [])}
            for d in docs]


def dumps_events(events: Iterable[EventMention], fmt: str = "plover") -> str:
    """Events as a string in a text format (tests, API)."""
    buf = io.StringIO()
    write_events(events, fmt, buf)
    return buf.getvalue()


__all__ = ["FORMATS", "GDELT_COLUMNS", "dumps_events", "flat_record", "gdelt_record",
           "pages_json", "plover_record", "write_events"]
