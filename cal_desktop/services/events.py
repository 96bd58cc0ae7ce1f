"""Meetings and events of the centre (issue 16): residents' meetings, meetings with officials, actions,
trainings, network events.

Rules kept here:
- an event has a kind (``EventKind``), a date (the centre's local date; a planned meeting may lie in the
  future, the report counts only what took place in its period) and optionally a start time;
- present people are visitors chosen from the database (``EventParticipant``) plus a head-count of
  people who were there but are not named (``unnamed_count``); the number of participants is both;
- an event may serve several initiatives and then appears in each one's history;
- officials and partners present are written as text (``guests``), as staff note them at the meeting;
- any staff member records and edits events; deleting one is for its author or a coordinator.

Lists and the initiative's history read through ``services.events_query``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, time

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from cal_desktop.db.models import (
    Event,
    EventInitiative,
    EventParticipant,
    FollowUp,
    Initiative,
    Staff,
    Territory,
    Visitor,
)
from cal_desktop.domain import text
from cal_desktop.domain.vocab import EventKind, Role
from cal_desktop.errors import PermissionDenied
from cal_desktop.services import audit
from cal_desktop.services.common import Checker, get_or_404
from cal_desktop.services.context import ServiceContext

LABELS = {
    "kind": "Вид",
    "held_on": "Дата",
    "start_time": "Время",
    "title": "Тема",
    "place": "Место",
    "territory_id": "Территория",
    "organiser_id": "Организатор",
    "unnamed_count": "Участников без имени",
    "guests": "Должностные лица и партнёры",
    "decisions": "Решения",
    "initiative_ids": "Инициативы",
    "participant_ids": "Присутствовали",
}
MAX_HEADCOUNT = 100_000  # a city-wide action is large; more than this is a typing slip


@dataclass(frozen=True)
class EventInput:
    """What the form (or an import row) gives; ids refer to records already in the database."""

    kind: str | None
    held_on: date | None
    start_time: time | None = None
    title: str | None = None
    place: str | None = None
    territory_id: int | None = None
    organiser_id: int | None = None
    unnamed_count: int | str | None = 0
    guests: str | None = None
    decisions: str | None = None
    initiative_ids: Sequence[int] = ()
    participant_ids: Sequence[int] = ()


@dataclass(frozen=True)
class Person:
    id: int
    full_name: str
    phone: str | None = None


@dataclass(frozen=True)
class InitiativeRef:
    id: int
    title: str


@dataclass(frozen=True)
class EventCard:
    """One event with everything its form shows."""

    id: int
    kind: EventKind
    held_on: date
    start_time: time | None
    title: str | None
    place: str | None
    territory_id: int | None
    territory: str | None
    organiser_id: int | None
    organiser: str | None
    unnamed_count: int
    guests: str | None
    decisions: str | None
    initiatives: list[InitiativeRef] = field(default_factory=list)
    participants: list[Person] = field(default_factory=list)
    created_by_id: int | None = None

    @property
    def participants_total(self) -> int:
        return len(self.participants) + self.unnamed_count


# -------------------------------------------------------------------------------------- validation


@dataclass(frozen=True)
class _Clean:
    kind: str
    held_on: date
    start_time: time | None
    title: str | None
    place: str | None
    territory_id: int | None
    organiser_id: int | None
    unnamed_count: int
    guests: str | None
    decisions: str | None
    initiative_ids: tuple[int, ...]
    participant_ids: tuple[int, ...]


def _validate(session: Session, data: EventInput, already: frozenset[int] = frozenset()) -> _Clean:
    """``already``: visitors linked before; they stay allowed even if their data was erased since."""
    c = Checker()
    kind = c.code("kind", LABELS["kind"], data.kind, EventKind.parse)
    if data.held_on is None:
        c.fail("held_on", LABELS["held_on"], "обязательное поле")
    title = c.optional("title", LABELS["title"], data.title, 300)
    place = c.optional("place", LABELS["place"], data.place, 500)
    guests = c.optional("guests", LABELS["guests"], data.guests, 2000, long_text=True)
    decisions = c.optional("decisions", LABELS["decisions"], data.decisions, 10000, long_text=True)
    headcount = _headcount(c, data.unnamed_count)
    if data.territory_id is not None and session.get(Territory, data.territory_id) is None:
        c.fail("territory_id", LABELS["territory_id"], "нет такой территории")
    if data.organiser_id is not None and session.get(Staff, data.organiser_id) is None:
        c.fail("organiser_id", LABELS["organiser_id"], "нет такого сотрудника")
    initiative_ids = tuple(dict.fromkeys(data.initiative_ids))
    if initiative_ids:
        found = set(session.scalars(select(Initiative.id).where(Initiative.id.in_(initiative_ids))))
        if len(found) != len(initiative_ids):
            c.fail("initiative_ids", LABELS["initiative_ids"], "нет такой инициативы")
    participant_ids = tuple(dict.fromkeys(data.participant_ids))
    if participant_ids:
        alive = set(
            session.scalars(
                select(Visitor.id).where(Visitor.id.in_(participant_ids), Visitor.anonymised_at.is_(None))
            )
        )
        if len(alive | (already & set(participant_ids))) != len(participant_ids):
            c.fail("participant_ids", LABELS["participant_ids"], "выберите посетителей из базы")
    c.done()
    assert data.held_on is not None and kind is not None  # c.done() raised otherwise
    return _Clean(
        str(kind),
        data.held_on,
        data.start_time,
        title,
        place,
        data.territory_id,
        data.organiser_id,
        headcount,
        guests,
        decisions,
        initiative_ids,
        participant_ids,
    )


def _headcount(c: Checker, value: int | str | None) -> int:
    """The unnamed participants: a whole number from 0; empty is 0."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return 0
    try:
        number = int(str(value).strip()) if not isinstance(value, int) else value
    except ValueError:
        c.fail("unnamed_count", LABELS["unnamed_count"], f"нужно целое число, а не «{value}»")
        return 0
    if not 0 <= number <= MAX_HEADCOUNT:
        c.fail("unnamed_count", LABELS["unnamed_count"], f"число от 0 до {MAX_HEADCOUNT}")
        return 0
    return number


def check_event(ctx: ServiceContext, data: EventInput) -> None:
    """Every problem of the input at once (the form shows them beside its fields); nothing is written."""
    with ctx.db.read() as s:
        _validate(s, data)


def _apply(session: Session, event: Event, clean: _Clean) -> None:
    for name in (
        "kind",
        "held_on",
        "start_time",
        "title",
        "place",
        "territory_id",
        "organiser_id",
        "unnamed_count",
        "guests",
        "decisions",
    ):
        setattr(event, name, getattr(clean, name))
    event.search_text = text.search_text(clean.title, clean.place, clean.decisions)[:1000]
    if event.id is None:
        session.add(event)
    session.flush()
    # the links are replaced as a whole: the form always sends the complete lists
    session.execute(delete(EventInitiative).where(EventInitiative.event_id == event.id))
    session.execute(delete(EventParticipant).where(EventParticipant.event_id == event.id))
    session.add_all(EventInitiative(event_id=event.id, initiative_id=i) for i in clean.initiative_ids)
    session.add_all(EventParticipant(event_id=event.id, visitor_id=v) for v in clean.participant_ids)
    session.flush()
    session.expire(event, ["initiatives", "participants"])


# ------------------------------------------------------------------------------------------ writes


def create_event(ctx: ServiceContext, data: EventInput) -> EventCard:
    """A new meeting or event; its organiser is the person recording it unless another is chosen."""
    with ctx.db.session() as s:
        event_id = _create_event(s, ctx, data)
        return _card(s, get_or_404(s, Event, event_id, "Мероприятие"))


def _create_event(session: Session, ctx: ServiceContext, data: EventInput) -> int:
    clean = _validate(session, data)
    event = Event(created_by_id=ctx.actor.staff_id)
    _apply(session, event, clean)
    if event.organiser_id is None:
        event.organiser_id = ctx.actor.staff_id
    audit.record(
        session,
        ctx,
        "create",
        "event",
        event.id,
        kind=clean.kind,
        initiatives=list(clean.initiative_ids),
        participants=len(clean.participant_ids),
    )
    return event.id


def update_event(ctx: ServiceContext, event_id: int, data: EventInput) -> EventCard:
    with ctx.db.session() as s:
        event = get_or_404(s, Event, event_id, "Мероприятие")
        linked = s.scalars(select(EventParticipant.visitor_id).where(EventParticipant.event_id == event_id))
        clean = _validate(s, data, frozenset(linked))
        _apply(s, event, clean)
        audit.record(s, ctx, "update", "event", event.id, participants=len(clean.participant_ids))
        return _card(s, event)


def delete_event(ctx: ServiceContext, event_id: int) -> None:
    """Remove a record made by mistake: its author, a coordinator or the administrator."""
    with ctx.db.session() as s:
        event = get_or_404(s, Event, event_id, "Мероприятие")
        is_author = ctx.actor.staff_id is not None and event.created_by_id == ctx.actor.staff_id
        if not is_author:
            try:
                ctx.require(Role.COORDINATOR)
            except PermissionDenied:
                raise PermissionDenied(
                    "Удалить мероприятие может тот, кто его записал, координатор или администратор."
                ) from None
        audit.record(s, ctx, "delete", "event", event.id, kind=event.kind, held_on=event.held_on)
        # the open follow-ups of its decisions go with a record made by mistake (done ones stay: history)
        s.execute(
            delete(FollowUp).where(FollowUp.kind == "event", FollowUp.source_id == event.id, FollowUp.done_at.is_(None))
        )
        s.delete(event)


# ------------------------------------------------------------------------------------------- reads


def get_event(ctx: ServiceContext, event_id: int) -> EventCard:
    with ctx.db.read() as s:
        return _card(s, get_or_404(s, Event, event_id, "Мероприятие"))


@dataclass(frozen=True)
class Present:
    id: int
    full_name: str
    phone: str | None
    address: str | None


def present_people(session: Session, event_id: int) -> list[Present]:
    """The visitors named as present, by surname (the form's list, the attendance sheet, the minutes)."""
    rows = session.execute(
        select(
            Visitor.id,
            Visitor.last_name,
            Visitor.first_name,
            Visitor.middle_name,
            Visitor.phone,
            Visitor.address,
        )
        .join(EventParticipant, EventParticipant.visitor_id == Visitor.id)
        .where(EventParticipant.event_id == event_id)
        .order_by(Visitor.last_name, Visitor.first_name, Visitor.id)
    )
    return [
        Present(v, text.full_name(last, first, mid), phone, addr) for v, last, first, mid, phone, addr in rows
    ]


def _card(session: Session, e: Event) -> EventCard:
    territory = session.get(Territory, e.territory_id) if e.territory_id else None
    organiser = session.get(Staff, e.organiser_id) if e.organiser_id else None
    initiatives = session.execute(
        select(Initiative.id, Initiative.title)
        .join(EventInitiative, EventInitiative.initiative_id == Initiative.id)
        .where(EventInitiative.event_id == e.id)
        .order_by(Initiative.title)
    ).all()
    people = present_people(session, e.id)
    return EventCard(
        id=e.id,
        kind=EventKind(e.kind),
        held_on=e.held_on,
        start_time=e.start_time,
        title=e.title,
        place=e.place,
        territory_id=e.territory_id,
        territory=territory.name if territory else None,
        organiser_id=e.organiser_id,
        organiser=organiser.display_name if organiser else None,
        unnamed_count=e.unnamed_count or 0,
        guests=e.guests,
        decisions=e.decisions,
        initiatives=[InitiativeRef(i, t) for i, t in initiatives],
        participants=[Person(p.id, p.full_name, p.phone) for p in people],
        created_by_id=e.created_by_id,
    )
