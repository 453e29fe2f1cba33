"""A readable chronological listing of event mentions (``parley timeline``)."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from parley.records import EventMention


def _sort_key(ev: EventMention) -> tuple[int, str, str, int]:
    # Undated events go last: a timeline shows what it can place first.
    return (ev.date is None, ev.date or "", ev.doc_id, ev.start)


def _side(entities) -> str:
    return ",".join(sorted({e.code for e in entities})) or "-"


def timeline_rows(events: Iterable[EventMention]) -> list[dict[str, str]]:
    """Events in date order as plain rows (date, actor, recipient, type, status, sentence)."""
    rows = []
    for ev in sorted(events, key=_sort_key):
        rows.append({
            "date": ev.date or "undated",
            "actor": _side(ev.actor),
            "recipient": _side(ev.recipient),
            "event": ev.event + (f":{ev.mode}" if ev.mode else ""),
            "status": ev.status,
            "source": ev.attribution.source if ev.attribution else "",
            "doc_id": ev.doc_id,
            "sentence": ev.event_text,
        })
    return rows


def print_timeline(events: Iterable[EventMention], console: Console | None = None,
                   width: int = 90) -> int:
    """Print the timeline; return the number of events shown.

    Page text is data: it is escaped so that markup-looking text prints as written.
    """
    console = console or Console()
    rows = timeline_rows(events)
    table = Table(show_lines=False, expand=False, header_style="bold")
    for name in ("date", "actor -> recipient", "event", "status", "sentence"):
        table.add_column(name, overflow="fold")
    for r in rows:
        sentence = r["sentence"] if len(r["sentence"]) <= width else r["sentence"][: width - 1] + "…"
        if r["source"]:
            sentence += f"  (per {r['source']})"
        table.add_row(r["date"], f"{r['actor']} -> {r['recipient']}", r["event"], r["status"],
                      escape(f"[{r['doc_id']}] {sentence}"))
    console.print(table)
    return len(rows)


__all__ = ["print_timeline", "timeline_rows"]
