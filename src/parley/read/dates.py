"""Publication dates from metadata: any common form to ISO ``YYYY-MM-DD``."""

from __future__ import annotations

import datetime as dt
from email.utils import parsedate_to_datetime


def iso_date(value: object) -> str | None:
    """Normalise a metadata date to ``YYYY-MM-DD``, or None when it is not a date.

    Accepts ISO dates and datetimes (``2022-11-17``, ``2022-11-17T09:00:00Z``) and HTTP/RFC
    2822 dates (``Thu, 17 Nov 2022 09:00:00 GMT``).

    Example:
        >>> iso_date("2022-11-17T09:00:00Z")
        '2022-11-17'
    """
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str) or not value.strip():
        return None
    raw = value.strip()
    try:
        return dt.date.fromisoformat(raw[:10]).isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(raw).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None
