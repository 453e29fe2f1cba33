"""The embedded store: one DuckDB file with documents, parts, comments, events and problems.

Writes are idempotent. A document is keyed by its id; its content hash and the coder version
say whether it must be coded again. Re-coding a document replaces all of its rows in one
transaction, so coding the same input twice leaves exactly the same rows, new inputs add to
the same database, and a changed text replaces its old rows. Schema changes are recorded in
``schema_migrations`` and applied in order on open. All values go in as parameters or Arrow
tables, never spliced into SQL.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from parley.errors import StoreError
from parley.records import Attribution, Comment, Document, Entity, EventMention, Page, Part, Problem

#: Ordered schema migrations: (version, name, SQL). Append only; never edit a shipped one.
MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (1, "initial schema", """
        CREATE TABLE documents (
            id VARCHAR PRIMARY KEY, source VARCHAR, url VARCHAR, title VARCHAR,
            published VARCHAR, author VARCHAR, sha256 VARCHAR, coder_version VARCHAR,
            is_html BOOLEAN, n_chars INTEGER, text VARCHAR);
        CREATE TABLE parts (
            doc_id VARCHAR, idx INTEGER, label VARCHAR, start_char INTEGER, end_char INTEGER,
            first_line INTEGER, last_line INTEGER, PRIMARY KEY (doc_id, idx));
        CREATE TABLE comments (
            doc_id VARCHAR, id VARCHAR, parent VARCHAR, start_char INTEGER, end_char INTEGER,
            first_line INTEGER, last_line INTEGER, author VARCHAR, addressee VARCHAR,
            author_source VARCHAR, PRIMARY KEY (doc_id, id));
        CREATE TABLE events (
            id VARCHAR PRIMARY KEY, doc_id VARCHAR, segment VARCHAR, comment_id VARCHAR,
            event VARCHAR, mode VARCHAR, context VARCHAR, cameo VARCHAR, quad VARCHAR,
            score DOUBLE, date VARCHAR, date_precision VARCHAR, date_source VARCHAR,
            status VARCHAR, event_text VARCHAR, start_char INTEGER, end_char INTEGER,
            trigger_start INTEGER, trigger_end INTEGER, attribution_source VARCHAR,
            attribution_text VARCHAR, attribution_start INTEGER, attribution_end INTEGER,
            location VARCHAR);
        CREATE TABLE event_entities (
            event_id VARCHAR, role VARCHAR, idx INTEGER, code VARCHAR, sector VARCHAR,
            text VARCHAR, wikidata VARCHAR, start_char INTEGER, end_char INTEGER,
            PRIMARY KEY (event_id, role, idx));
        CREATE TABLE problems (
            source VARCHAR, stage VARCHAR, reason VARCHAR, detail VARCHAR, doc_id VARCHAR,
            PRIMARY KEY (source, stage, reason));
        CREATE INDEX events_doc ON events (doc_id);
        CREATE INDEX entities_event ON event_entities (event_id);
    """),
)

_DOC_TABLES = ("parts", "comments", "events")


def _schema(columns: Sequence[tuple[str, pa.DataType]]) -> pa.Schema:
    return pa.schema([pa.field(name, kind) for name, kind in columns])


_S, _I, _F, _B = pa.string(), pa.int64(), pa.float64(), pa.bool_()
SCHEMAS: dict[str, pa.Schema] = {
    "documents": _schema([("id", _S), ("source", _S), ("url", _S), ("title", _S),
                          ("published", _S), ("author", _S), ("sha256", _S),
                          ("coder_version", _S), ("is_html", _B), ("n_chars", _I), ("text", _S)]),
    "parts": _schema([("doc_id", _S), ("idx", _I), ("label", _S), ("start_char", _I),
                      ("end_char", _I), ("first_line", _I), ("last_line", _I)]),
    "comments": _schema([("doc_id", _S), ("id", _S), ("parent", _S), ("start_char", _I),
                         ("end_char", _I), ("first_line", _I), ("last_line", _I),
                         ("author", _S), ("addressee", _S), ("author_source", _S)]),
    "events": _schema([("id", _S), ("doc_id", _S), ("segment", _S), ("comment_id", _S),
                       ("event", _S), ("mode", _S), ("context", _S), ("cameo", _S),
                       ("quad", _S), ("score", _F), ("date", _S), ("date_precision", _S),
                       ("date_source", _S), ("status", _S), ("event_text", _S),
                       ("start_char", _I), ("end_char", _I), ("trigger_start", _I),
                       ("trigger_end", _I), ("attribution_source", _S),
                       ("attribution_text", _S), ("attribution_start", _I),
                       ("attribution_end", _I), ("location", _S)]),
    "event_entities": _schema([("event_id", _S), ("role", _S), ("idx", _I), ("code", _S),
                               ("sector", _S), ("text", _S), ("wikidata", _S),
                               ("start_char", _I), ("end_char", _I)]),
}


class Store:
    """A parley database.

    Args:
        path: The DuckDB file (created when missing), or ``":memory:"``.
        read_only: Open for reading only (exports, views).

    Raises:
        StoreError: When the file cannot be opened or migrated.

    Example:
        >>> with Store("parley.duckdb") as store:
        ...     store.counts()["documents"]
    """

    def __init__(self, path: str | Path = "parley.duckdb", read_only: bool = False) -> None:
        self.path = str(path)
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(f"{self.path} does not exist: code some input first "
                             f"(parley code INPUT --db {self.path})")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open {self.path}: {exc}") from exc
        if not read_only:
            self.migrate()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection."""
        self.con.close()

    # -- schema -----------------------------------------------------------------------------

    def migrate(self) -> list[int]:
        """Apply the migrations not yet recorded; return the versions applied."""
        try:
            self.con.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations ("
                "version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)"
            )
            done = {row[0] for row in self.con.execute("SELECT version FROM schema_migrations").fetchall()}
            applied = []
            for version, name, sql in MIGRATIONS:
                if version in done:
                    continue
                self.con.execute("BEGIN TRANSACTION")
                self.con.execute(sql)
                self.con.execute(
                    "INSERT INTO schema_migrations VALUES (?, ?, now())", [version, name]
                )
                self.con.execute("COMMIT")
                applied.append(version)
            return applied
        except duckdb.Error as exc:
            raise StoreError(f"cannot migrate {self.path}: {exc}") from exc

    # -- writes -----------------------------------------------------------------------------

    def known(self, doc_ids: Iterable[str]) -> dict[str, tuple[str, str]]:
        """Return ``{doc_id: (sha256, coder_version)}`` for the ids already stored."""
        ids = list(doc_ids)
        if not ids:
            return {}
        rows = self.con.execute(
            "SELECT id, sha256, coder_version FROM documents WHERE id IN (SELECT unnest(?))",
            [ids],
        ).fetchall()
        return {r[0]: (r[1], r[2]) for r in rows}

    def write(self, coded: Sequence[tuple[Document, Page, list[EventMention]]],
              coder_version: str) -> None:
        """Replace the rows of the given documents with their new pages and events.

        Args:
            coded: ``(document, page, events)`` per document.
            coder_version: Recorded so a newer coder re-codes old documents.

        Raises:
            StoreError: When the write fails (nothing of the batch is written then).
        """
        if not coded:
            return
        rows: dict[str, list[dict[str, Any]]] = {name: [] for name in SCHEMAS}
        for doc, page, events in coded:
            rows["documents"].append(_document_row(doc, page, coder_version))
            rows["parts"].extend(_part_row(doc.id, i, p) for i, p in enumerate(page.parts))
            rows["comments"].extend(_comment_row(doc.id, c) for c in page.comments)
            for ev in events:
                rows["events"].append(_event_row(ev))
                for role, entities in (("actor", ev.actor), ("recipient", ev.recipient)):
                    rows["event_entities"].extend(
                        _entity_row(ev.id, role, i, e) for i, e in enumerate(entities)
                    )
        ids = [doc.id for doc, _, _ in coded]
        try:
            arrows = {table: pa.Table.from_pylist(table_rows, schema=SCHEMAS[table])
                      for table, table_rows in rows.items() if table_rows}
        except (pa.ArrowException, TypeError, ValueError) as exc:
            raise StoreError(f"cannot write to {self.path}: a record has a bad value ({exc})"
                             ) from exc
        try:
            self.con.execute("BEGIN TRANSACTION")
            self.con.execute(
                "DELETE FROM event_entities WHERE event_id IN "
                "(SELECT id FROM events WHERE doc_id IN (SELECT unnest(?)))", [ids])
            for table in (*_DOC_TABLES, "documents"):
                key = "id" if table == "documents" else "doc_id"
                self.con.execute(f"DELETE FROM {table} WHERE {key} IN (SELECT unnest(?))", [ids])
            self.con.execute(
                "DELETE FROM problems WHERE doc_id IN (SELECT unnest(?))", [ids])
            for table, arrow in arrows.items():
                self.con.register("_incoming", arrow)
                # Event ids hash doc, sentence, type and parties: a sentence telling the
                # same event twice yields one row.
                self.con.execute(f"INSERT OR IGNORE INTO {table} SELECT * FROM _incoming")
                self.con.unregister("_incoming")
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            self.con.execute("ROLLBACK")
            raise StoreError(f"cannot write to {self.path}: {exc}") from exc

    def write_problems(self, problems: Iterable[Problem]) -> None:
        """Record problems (one row per source, stage and reason; re-runs replace them)."""
        rows = [(p.source, p.stage, p.reason, p.detail, p.doc_id) for p in problems]
        if not rows:
            return
        try:
            self.con.executemany(
                "INSERT OR REPLACE INTO problems VALUES (?, ?, ?, ?, ?)", rows)
        except duckdb.Error as exc:
            raise StoreError(f"cannot write problems to {self.path}: {exc}") from exc

    def clear_problems(self, sources: Iterable[str], stage: str | None = None) -> None:
        """Forget old problems of inputs that are being read again.

        Args:
            sources: The inputs' sources.
            stage: Only the problems of this stage ("read"), or of all stages when None.
        """
        src = list(sources)
        if not src:
            return
        sql = "DELETE FROM problems WHERE source IN (SELECT unnest(?))"
        params: list[Any] = [src]
        if stage is not None:
            sql += " AND stage = ?"
            params.append(stage)
        try:
            self.con.execute(sql, params)
        except duckdb.Error as exc:
            raise StoreError(f"cannot clear problems in {self.path}: {exc}") from exc

    # -- reads ------------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Row counts of every table."""
        out = {}
        for table in ("documents", "parts", "comments", "events", "event_entities", "problems"):
            out[table] = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        return out

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Run a read query with parameters; rows as dicts."""
        cur = self.con.execute(sql, list(params))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def events(self, include_comments: bool = False, dyad: tuple[str, str] | None = None,
               since: str | None = None, doc_ids: Sequence[str] | None = None,
               ) -> list[EventMention]:
        """Load event mentions with their entities, in document and text order.

        Args:
            include_comments: Also return events coded from reader comments.
            dyad: Only events with one code among actors and the other among recipients,
                either way round, or both among the actors of a symmetric event.
            since: Only events dated on or after this ISO date, at the event date's
                precision (undated ones are left out).
            doc_ids: Only these documents.

        Returns:
            The event mentions.
        """
        where, params = ["1=1"], []
        if not include_comments:
            where.append("e.segment <> 'comment'")
        if since:
            # Compared at the event date's own precision: an event dated "2022-07" may be
            # any day of July, so it is on or after 2022-07-01 (and "2022" after 2022-05-01).
            where.append("e.date IS NOT NULL AND e.date >= left(?, length(e.date))")
            params.append(since)
        if doc_ids is not None:
            where.append("e.doc_id IN (SELECT unnest(?))")
            params.append(list(doc_ids))
        events = self.query(
            "SELECT e.* FROM events e WHERE " + " AND ".join(where)
            + " ORDER BY e.doc_id, e.start_char, e.trigger_start, e.id", params)
        ents = self.query(
            "SELECT x.* FROM event_entities x JOIN events e ON e.id = x.event_id WHERE "
            + " AND ".join(where) + " ORDER BY x.event_id, x.role, x.idx", params)
        by_event: dict[str, dict[str, list[Entity]]] = {}
        for row in ents:
            by_event.setdefault(row["event_id"], {"actor": [], "recipient": []})[row["role"]].append(
                Entity(row["code"], row["sector"] or "", row["text"] or "", row["wikidata"],
                       row["start_char"], row["end_char"]))
        out = []
        for row in events:
            sides = by_event.get(row["id"], {"actor": [], "recipient": []})
            ev = _event_from_row(row, sides["actor"], sides["recipient"])
            if dyad and not _in_dyad(ev, dyad):
                continue
            out.append(ev)
        return out


def _in_dyad(ev: EventMention, dyad: tuple[str, str]) -> bool:
    a, b = dyad
    actors = {e.code for e in ev.actor}
    recipients = {e.code for e in ev.recipient}
    if (a in actors and b in recipients) or (b in actors and a in recipients):
        return True
    return not recipients and a in actors and b in actors


def _document_row(doc: Document, page: Page, coder_version: str) -> dict[str, Any]:
    return {"id": doc.id, "source": doc.source, "url": doc.url, "title": doc.title,
            "published": doc.published, "author": page.author, "sha256": doc.sha256,
            "coder_version": coder_version, "is_html": doc.html is not None,
            "n_chars": len(page.text), "text": page.text}


def _part_row(doc_id: str, idx: int, p: Part) -> dict[str, Any]:
    return {"doc_id": doc_id, "idx": idx, "label": p.label, "start_char": p.start,
            "end_char": p.end, "first_line": p.first_line, "last_line": p.last_line}


def _comment_row(doc_id: str, c: Comment) -> dict[str, Any]:
    return {"doc_id": doc_id, "id": c.id, "parent": c.parent, "start_char": c.start,
            "end_char": c.end, "first_line": c.first_line, "last_line": c.last_line,
            "author": c.author, "addressee": c.addressee, "author_source": c.author_source}


def _event_row(ev: EventMention) -> dict[str, Any]:
    att = ev.attribution
    return {"id": ev.id, "doc_id": ev.doc_id, "segment": ev.segment, "comment_id": ev.comment_id,
            "event": ev.event, "mode": ev.mode, "context": ev.context, "cameo": ev.cameo,
            "quad": ev.quad, "score": ev.score, "date": ev.date,
            "date_precision": ev.date_precision, "date_source": ev.date_source,
            "status": ev.status, "event_text": ev.event_text, "start_char": ev.start,
            "end_char": ev.end, "trigger_start": ev.trigger_start, "trigger_end": ev.trigger_end,
            "attribution_source": att.source if att else None,
            "attribution_text": att.text if att else None,
            "attribution_start": att.start if att else None,
            "attribution_end": att.end if att else None, "location": ev.location}


def _entity_row(event_id: str, role: str, idx: int, e: Entity) -> dict[str, Any]:
    return {"event_id": event_id, "role": role, "idx": idx, "code": e.code, "sector": e.sector,
            "text": e.text, "wikidata": e.wikidata, "start_char": e.start, "end_char": e.end}


def _event_from_row(row: dict[str, Any], actor: list[Entity], recipient: list[Entity]) -> EventMention:
    att = None
    if row["attribution_source"]:
        att = Attribution(row["attribution_source"], row["attribution_text"] or "",
                          row["attribution_start"], row["attribution_end"])
    return EventMention(
        id=row["id"], doc_id=row["doc_id"], segment=row["segment"], event=row["event"],
        actor=actor, recipient=recipient, date=row["date"],
        date_precision=row["date_precision"], date_source=row["date_source"],
        status=row["status"], event_text=row["event_text"], start=row["start_char"],
        end=row["end_char"], mode=row["mode"], context=row["context"], cameo=row["cameo"],
        quad=row["quad"], score=row["score"], attribution=att, location=row["location"],
        trigger_start=row["trigger_start"], trigger_end=row["trigger_end"],
        comment_id=row["comment_id"])


__all__ = ["MIGRATIONS", "SCHEMAS", "Store"]
