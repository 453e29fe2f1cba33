"""Merging event mentions: the same event told by several sentences or documents.

A mention is one sentence telling one event (EVENTS.md section 1). Researchers count
*events*, and how many sources tell each: mentions are merged when they agree on type,
status, the actor and recipient codes, and the date (mentions without a date merge with
each other only). Comment mentions are left out unless asked: reader claims are not sources.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from parley.records import EventMention


@dataclass(slots=True)
class MergedEvent:
    """One event and the mentions that tell it.

    Attributes:
        key: The merge key: type, status, actor codes, recipient codes, date.
        event: PLOVER type.
        status: The status all its mentions share.
        actor: Actor codes (sorted).
        recipient: Recipient codes (sorted).
        date: The shared date, or None.
        mentions: Ids of the mentions, in text order.
        documents: Ids of the documents that tell it (its sources), sorted.
        attributions: The sources the texts name for it ("Ukrainska Pravda"), sorted.
    """

    key: tuple
    event: str
    status: str
    actor: tuple[str, ...]
    recipient: tuple[str, ...]
    date: str | None
    mentions: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    attributions: list[str] = field(default_factory=list)

    @property
    def source_count(self) -> int:
        """How many documents tell this event."""
        return len(self.documents)


def merge_key(ev: EventMention) -> tuple:
    """The key mentions of one event share."""
    return (ev.event, ev.status, tuple(sorted({e.code for e in ev.actor})),
            tuple(sorted({e.code for e in ev.recipient})), ev.date)


def merge_mentions(mentions: Iterable[EventMention], include_comments: bool = False,
                   ) -> list[MergedEvent]:
    """Merge event mentions into events with their sources.

    Args:
        mentions: Event mentions from any number of documents.
        include_comments: Also merge mentions coded from reader comments.

    Returns:
        Merged events, most-told first, then by date.

    Example:
        >>> merged = merge_mentions(store.events())
        >>> merged[0].source_count
    """
    groups: dict[tuple, MergedEvent] = {}
    for ev in mentions:
        if ev.segment == "comment" and not include_comments:
            continue
        key = merge_key(ev)
        merged = groups.get(key)
        if merged is None:
            merged = groups[key] = MergedEvent(key, ev.event, ev.status, key[2], key[3], ev.date)
        merged.mentions.append(ev.id)
        if ev.doc_id not in merged.documents:
            merged.documents.append(ev.doc_id)
        if ev.attribution and ev.attribution.source not in merged.attributions:
            merged.attributions.append(ev.attribution.source)
    out = list(groups.values())
    for m in out:
        m.documents.sort()
        m.attributions.sort()
    out.sort(key=lambda m: (-m.source_count, -len(m.mentions), m.date or "9999", m.event))
    return out


def dyad_view(merged: Iterable[MergedEvent], a: str, b: str) -> list[MergedEvent]:
    """The negotiation view of one pair of parties: their merged events, in date order.

    An event belongs to the pair when one is an actor and the other a recipient, or both are
    actors of a symmetric event (they met, agreed, fought).
    """
    out = []
    for m in merged:
        actors, recipients = set(m.actor), set(m.recipient)
        if ({a, b} <= actors and not recipients) or (a in actors and b in recipients) or (
                b in actors and a in recipients):
            out.append(m)
    out.sort(key=lambda m: (m.date is None, m.date or "", m.event))
    return out


__all__ = ["MergedEvent", "dyad_view", "merge_key", "merge_mentions"]
