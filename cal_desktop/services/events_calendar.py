"""Meetings and events in the calendar and its .ics file (issue 16.1).

``events_between`` reads the events of a period (of one organiser, or everyone's) for the calendar
dialog and the export; ``vevent`` writes one as an RFC 5545 VEVENT: with its start time, a timed event
in the centre's time zone lasting ``DEFAULT_HOURS`` (the record has no end), otherwise a whole day. Its
UID is made of the event's id, so that a second import updates it. Kept apart from the follow-ups'
writer (``services/followups_calendar.py``), which calls these two.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from cal_desktop.domain import clock
from cal_desktop.services import events_query
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.events_query import EventFilter, EventRow

DEFAULT_HOURS = 2
PAST_DAYS = 31  # an export without «--from» carries the last month's events and every later one


def events_between(
    ctx: ServiceContext, date_from: date | None, date_to: date | None, organiser_id: int | None = None
) -> list[EventRow]:
    """Events held in a period (oldest first); without a start, from a month ago."""
    start = date_from if date_from is not None else clock.today() - timedelta(days=PAST_DAYS)
    ids = events_query.event_ids(ctx, EventFilter(date_from=start, date_to=date_to, organiser_id=organiser_id))
    rows = events_query.event_rows(ctx, ids)
    return sorted(rows, key=lambda e: (e.held_on, e.start_time is None, e.start_time or datetime.min.time(), e.id))


def summary(e: EventRow) -> str:
    return f"{e.kind.label.capitalize()}: {e.title}" if e.title else e.kind.label.capitalize()


def vevent(e: EventRow, stamp: str, tzid: str, esc: Callable[[str], str]) -> list[str]:
    """The VEVENT lines of one event (``esc`` is the writer's TEXT escaping)."""
    if e.start_time is not None:
        start = datetime.combine(e.held_on, e.start_time)
        end = start + timedelta(hours=DEFAULT_HOURS)
        when = [f"DTSTART;TZID={tzid}:{start:%Y%m%dT%H%M%S}", f"DTEND;TZID={tzid}:{end:%Y%m%dT%H%M%S}"]
    else:
        when = [f"DTSTART;VALUE=DATE:{e.held_on:%Y%m%d}", f"DTEND;VALUE=DATE:{e.held_on + timedelta(days=1):%Y%m%d}"]
    details = [f"Инициативы: {e.initiatives}" if e.initiatives else "", f"Организатор: {e.organiser}" if e.organiser else ""]
    if e.decisions:
        details.append(f"Решения: {e.decisions}")
    lines = [
        "BEGIN:VEVENT",
        f"UID:event-{e.id}@cal-desktop",
        f"DTSTAMP:{stamp}",
        *when,
        f"SUMMARY:{esc(summary(e))}",
        f"CATEGORIES:{esc(e.kind.label)}",
    ]
    place = ", ".join(p for p in (e.place, e.territory) if p)
    if place:
        lines.append(f"LOCATION:{esc(place)}")
    description = "\n".join(d for d in details if d)
    if description:
        lines.append(f"DESCRIPTION:{esc(description)}")
    lines.append("END:VEVENT")
    return lines
