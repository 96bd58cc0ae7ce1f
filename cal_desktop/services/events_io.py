"""Export of meetings and events (issue 16, DOMAIN A4 «Events») through the same framework as the other
kinds (``services.exporting`` registers this module's pieces); their import is the «events» kind of
``services.imports`` (services/imports/events.py), whose columns the export writes.

«Участников» is the head-count: people are not named in the file, so an export writes the total (named +
unnamed) and no names leave the program.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cal_desktop.db.models import Event, EventInitiative, Initiative, Staff, Territory
from cal_desktop.domain.vocab import EventKind
from cal_desktop.services.events_query import named_count

# re-exported: the import kind lives with the other kinds (the imports' registry lists it)
from cal_desktop.services.imports.events import EVENT_COLUMNS as EVENT_COLUMNS
from cal_desktop.services.imports.events import EventImport as EventImport
from cal_desktop.services.imports.events import cell_time as cell_time

HEADERS = [c.label for c in EVENT_COLUMNS]
WIDTHS = [12, 8, 26, 40, 24, 40, 28, 12, 60]



def events_query() -> Any:
    return select(Event.id)


def event_rows(session: Session) -> Iterator[list[Any]]:
    """Every event, oldest first, as the A4 columns (participants as a number: no names)."""
    named = named_count()
    stmt = (
        select(
            Event.id,
            Event.held_on,
            Event.start_time,
            Event.kind,
            Event.place,
            Territory.name,
            Staff.display_name,
            named,
            Event.unnamed_count,
            Event.decisions,
        )
        .outerjoin(Territory, Territory.id == Event.territory_id)
        .outerjoin(Staff, Staff.id == Event.organiser_id)
        .order_by(Event.held_on, Event.id)
        .execution_options(yield_per=1000)
    )
    for part in session.execute(stmt).partitions():
        titles: dict[int, list[str]] = {}
        for event_id, title in session.execute(
            select(EventInitiative.event_id, Initiative.title)
            .join(Initiative, Initiative.id == EventInitiative.initiative_id)
            .where(EventInitiative.event_id.in_([r[0] for r in part]))
            .order_by(Initiative.title)
        ):
            titles.setdefault(event_id, []).append(title)
        for r in part:
            yield [
                r[1],
                f"{r[2]:%H:%M}" if r[2] else None,
                EventKind(r[3]).label if r[3] in EventKind.labels() else r[3],
                r[4],
                r[5],
                "; ".join(titles.get(r[0], [])) or None,
                r[6],
                int(r[7] or 0) + int(r[8] or 0),
                r[9],
            ]
