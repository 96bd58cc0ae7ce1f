"""Local dates and UTC timestamps.

The centre's calendar is the computer's local time zone (a desktop program at the centre's desk).
Timestamps are stored in UTC (naive); calendar facts are local dates.
"""

from __future__ import annotations

from datetime import date, datetime, timezone


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def local_now() -> datetime:
    """Local wall-clock time, naive."""
    return datetime.now()


def today() -> date:
    return date.today()


def local_to_utc(local: datetime) -> datetime:
    """A naive local date-time to naive UTC."""
    return local.astimezone(timezone.utc).replace(tzinfo=None)


def utc_to_local(utc: datetime) -> datetime:
    """A naive UTC date-time to naive local time."""
    return utc.replace(tzinfo=timezone.utc).astimezone().replace(tzinfo=None)
