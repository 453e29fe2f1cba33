"""Merging mentions into events with source counts, and the per-dyad view."""

from __future__ import annotations

from parley.merge import dyad_view, merge_mentions
from parley.records import Attribution, Entity, EventMention


def _mention(doc: str, event: str, actor: list[str], recipient: list[str], date: str | None,
             segment: str = "body", status: str = "asserted", source: str | None = None,
             n: int = 0) -> EventMention:
    return EventMention(
        id=f"{doc}-{n}", doc_id=doc, segment=segment, event=event,
        actor=[Entity(c) for c in actor], recipient=[Entity(c) for c in recipient],
        date=date, date_precision="day" if date else None, date_source="text" if date else None,
        status=status, event_text="s", start=n, end=n + 1,
        attribution=Attribution(source, source) if source else None)


def test_same_event_in_two_documents_has_two_sources() -> None:
    merged = merge_mentions([
        _mention("a", "ASSAULT", ["RUS"], ["UKR"], "2022-02-24", source="Reuters"),
        _mention("a", "ASSAULT", ["RUS"], ["UKR"], "2022-02-24", n=1),
        _mention("b", "ASSAULT", ["RUS"], ["UKR"], "2022-02-24", source="AP"),
        _mention("b", "ASSAULT", ["RUS"], ["UKR"], "2022-03-01", n=1),
    ])
    top = merged[0]
    assert (top.event, top.date, top.source_count, len(top.mentions)) == (
        "ASSAULT", "2022-02-24", 2, 3)
    assert top.documents == ["a", "b"] and top.attributions == ["AP", "Reuters"]
    assert len(merged) == 2


def test_status_and_parties_keep_events_apart_and_comments_stay_out() -> None:
    merged = merge_mentions([
        _mention("a", "CONSULT", ["RUS", "UKR"], [], "2022-03-10"),
        _mention("a", "CONSULT", ["UKR", "RUS"], [], "2022-03-10", n=1),
        _mention("a", "CONSULT", ["RUS", "UKR"], [], "2022-03-10", status="future", n=2),
        _mention("c", "CONSULT", ["RUS", "UKR"], [], "2022-03-10", segment="comment", n=3),
    ])
    counts = sorted((m.status, len(m.mentions)) for m in merged)
    assert counts == [("asserted", 2), ("future", 1)]
    with_comments = merge_mentions([
        _mention("c", "CONSULT", ["RUS", "UKR"], [], "2022-03-10", segment="comment")],
        include_comments=True)
    assert len(with_comments) == 1


def test_dyad_view_takes_both_directions_and_symmetric_events_in_date_order() -> None:
    merged = merge_mentions([
        _mention("a", "REQUEST", ["UKR"], ["RUS"], "2022-04-02"),
        _mention("a", "CONSULT", ["RUS", "UKR"], [], "2022-03-10", n=1),
        _mention("a", "AID", ["USA"], ["UKR"], "2022-03-01", n=2),
        _mention("a", "ASSAULT", ["RUS"], ["UKR"], None, n=3),
    ])
    view = dyad_view(merged, "RUS", "UKR")
    assert [(m.event, m.date) for m in view] == [
        ("CONSULT", "2022-03-10"), ("REQUEST", "2022-04-02"), ("ASSAULT", None)]
