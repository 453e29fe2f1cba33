"""A readable chronological listing of event mentions (``parley timeline``)."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console

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
                   width: int | None = None) -> int:
    """Print the timeline; return the number of events shown.

    Two lines per event, readable at any terminal width: the date, the parties, the type and
    the status; then, indented, the sentence (cut to ``width``), its source and document.
    Page text is data: printed without markup, as written.
    """
    console = console or Console()
    rows = timeline_rows(events)
    # The sentence fits one line of the terminal after its indent.
    width = width or max(40, console.width - 6)
    for r in rows:
        head = f"{r['date']:<10}  {r['actor']} -> {r['recipient']}  {r['event']}  ({r['status']})"
        sentence = " ".join(r["sentence"].split())
        if len(sentence) > width:
            sentence = sentence[: width - 1] + "…"
        where = f"per {r['source']}; {r['doc_id']}" if r["source"] else r["doc_id"]
        console.print(head, markup=False, highlight=False, style="bold")
        console.print(f"    {sentence}", markup=False, highlight=False)
        console.print(f"    [{where}]", markup=False, highlight=False, style="dim")
    return len(rows)


__all__ = ["print_timeline", "timeline_rows"]
