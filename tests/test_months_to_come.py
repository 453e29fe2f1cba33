"""A year-less month before the publication month is the one to come when the clause tells
a plan ("are due to meet again in late January", in a December report), and the one gone
otherwise; a plan's month does not become the date later acts are told by."""

from __future__ import annotations

from parley.events.dates import DateResolver, find_dates

PUBLISHED = "2018-12-14"


def test_a_planned_month_before_the_publication_month_is_next_years() -> None:
    found = find_dates("The two sides are due to meet again in late January.", PUBLISHED)
    assert [e.value for e in found] == ["2019-01"]


def test_a_month_told_as_past_stays_in_the_publication_year() -> None:
    found = find_dates("The two sides met again in late January.", PUBLISHED)
    assert [e.value for e in found] == ["2018-01"]


def test_a_planned_month_does_not_date_what_follows() -> None:
    resolver = DateResolver(PUBLISHED)
    resolver.resolve("The two sides are due to meet again in January.")
    assert resolver.narrative is None
