"""Lists of meetings and events: filtered, counted and paged in SQL (the «Мероприятия» list, the
initiative's history, the lazy table's pages).

The number of participants of a row is the visitors named plus the head-count of the unnamed, counted
by a correlated subquery so that a page never loads the people themselves.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from cal_desktop.db.models import Event, EventInitiative, EventParticipant, Initiative, Staff, Territory
from cal_desktop.db.search import text_filter
from cal_desktop.domain.vocab import EventKind
from cal_desktop.services.common import Page
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.directory import subtree_ids


@dataclass(frozen=True)
class EventFilter:
    date_from: date | None = None
    date_to: date | None = None
    kind: str | None = None
    territory_id: int | None = None  # the territory and everything inside it
    initiative_id: int | None = None
    organiser_id: int | None = None
    text: str | None = None  # words of the subject, place or decisions


@dataclass(frozen=True)
class EventRow:
    id: int
    held_on: date
    start_time: time | None
    kind: EventKind
    title: str | None
    place: str | None
    territory: str | None
    organiser: str | None
    initiatives: str  # titles joined with «; »
    named_count: int
    unnamed_count: int
    decisions: str | None

    @property
    def participants(self) -> int:
        return self.named_count + self.unnamed_count


def _filtered(f: EventFilter) -> Select[Any]:
    query = select(Event.id)
    if f.date_from is not None:
        query = query.where(Event.held_on >= f.date_from)
    if f.date_to is not None:
        query = query.where(Event.held_on <= f.date_to)
    if f.kind:
        query = query.where(Event.kind == EventKind.parse(f.kind).value)
    if f.territory_id is not None:
        query = query.where(Event.territory_id.in_(subtree_ids(f.territory_id)))
    if f.organiser_id is not None:
        query = query.where(Event.organiser_id == f.organiser_id)
    if f.initiative_id is not None:
        query = query.where(
            select(EventInitiative.event_id)
            .where(EventInitiative.event_id == Event.id, EventInitiative.initiative_id == f.initiative_id)
            .exists()
        )
    if f.text and f.text.strip():
        query = query.where(text_filter(Event.search_text, f.text))
    return query


def _newest_first(query: Select[Any]) -> Select[Any]:
    return query.order_by(Event.held_on.desc(), Event.start_time.desc(), Event.id.desc())


def event_ids(ctx: ServiceContext, f: EventFilter | None = None) -> list[int]:
    """Ids of every matching event, newest first (the lazy list loads rows in pages)."""
    with ctx.db.read() as s:
        return list(s.scalars(_newest_first(_filtered(f or EventFilter()))))


def event_rows(ctx: ServiceContext, ids: Sequence[int]) -> list[EventRow]:
    """Rows for these ids, in the same order."""
    with ctx.db.read() as s:
        return _rows(s, list(ids))


def list_events(
    ctx: ServiceContext, f: EventFilter | None = None, offset: int = 0, limit: int = 50
) -> Page[EventRow]:
    query = _filtered(f or EventFilter())
    with ctx.db.read() as s:
        total = s.scalar(select(func.count()).select_from(query.subquery())) or 0
        ids = list(s.scalars(_newest_first(query).offset(offset).limit(limit)))
        return Page(_rows(s, ids), total, offset, limit)


def initiative_events(session: Session, initiative_id: int) -> list[EventRow]:
    """The meetings and events of one initiative, oldest first (its history reads forward)."""
    ids = list(
        session.scalars(
            select(Event.id)
            .join(EventInitiative, EventInitiative.event_id == Event.id)
            .where(EventInitiative.initiative_id == initiative_id)
            .order_by(Event.held_on, Event.start_time, Event.id)
        )
    )
    return _rows(session, ids)


def events_of_initiative(ctx: ServiceContext, initiative_id: int) -> list[EventRow]:
    with ctx.db.read() as s:
        return initiative_events(s, initiative_id)


def named_count() -> Any:
    """The number of visitors named as present at ``Event`` (a correlated subquery)."""
    return (
        select(func.count())
        .select_from(EventParticipant)
        .where(EventParticipant.event_id == Event.id)
        .correlate(Event)
        .scalar_subquery()
    )


def _rows(session: Session, ids: list[int]) -> list[EventRow]:
    if not ids:
        return []
    named = named_count()
    found = {
        r.id: r
        for r in session.execute(
            select(
                Event.id,
                Event.held_on,
                Event.start_time,
                Event.kind,
                Event.title,
                Event.place,
                Territory.name.label("territory"),
                Staff.display_name.label("organiser"),
                named.label("named"),
                Event.unnamed_count,
                Event.decisions,
            )
            .outerjoin(Territory, Territory.id == Event.territory_id)
            .outerjoin(Staff, Staff.id == Event.organiser_id)
            .where(Event.id.in_(ids))
        )
    }
    titles: dict[int, list[str]] = {}
    for event_id, title in session.execute(
        select(EventInitiative.event_id, Initiative.title)
        .join(Initiative, Initiative.id == EventInitiative.initiative_id)
        .where(EventInitiative.event_id.in_(ids))
        .order_by(Initiative.title)
    ):
        titles.setdefault(event_id, []).append(title)
    return [
        EventRow(
            id=r.id,
            held_on=r.held_on,
            start_time=r.start_time,
            kind=EventKind(r.kind),
            title=r.title,
            place=r.place,
            territory=r.territory,
            organiser=r.organiser,
            initiatives="; ".join(titles.get(r.id, [])),
            named_count=int(r.named or 0),
            unnamed_count=int(r.unnamed_count or 0),
            decisions=r.decisions,
        )
        for i in ids
        if (r := found.get(i)) is not None
    ]
