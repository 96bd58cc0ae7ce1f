"""Follow-ups: the next steps staff have to take, each with an owner and a due date (issue 15).

The desk shows a staff member's own follow-ups in buckets (due today, overdue, in the coming week) and
everyone's (``BUCKETS``); each can be done, moved to another date or handed to a colleague. Done ones
stay in the table as the history of their record. Moving a repeat meeting or an initiative's next step
also moves the date on the record itself, so the consultation and initiative cards tell the same story;
an appeal's legal due date is never moved by a reminder.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, select
from sqlalchemy.orm import Session, aliased

from cal_desktop.db.models import Consultation, FollowUp, Initiative, Staff, Visitor, utcnow
from cal_desktop.domain import clock, text
from cal_desktop.errors import NotFound
from cal_desktop.services import audit
from cal_desktop.services.common import Checker
from cal_desktop.services.context import ServiceContext

BUCKETS = ("today", "overdue", "week", "all")  # «Мои на сегодня», «Просроченные», «На неделе», «Все»
KINDS = {
    "consultation": "повторная встреча",
    "initiative": "шаг инициативы",
    "appeal": "ответ на обращение",
    "consent": "продление согласия",
    "destruction": "уничтожение данных",
    "event": "решение мероприятия",  # issue 16.1: services/events_followups.py
    "referral": "перенаправление",  # issue 21: services/referrals.py
    "call_deadline": "срок конкурса",  # issue 21: services/funding_calls.py
    "other": "другое",
}
WEEK = 7


@dataclass(frozen=True)
class FollowUpItem:
    id: int
    kind: str
    source_id: int | None
    title: str
    due_on: date
    owner_id: int | None
    owner_name: str | None
    visitor_id: int | None
    visitor_name: str | None
    visitor_phone: str | None
    initiative_id: int | None
    done_at: datetime | None
    overdue: bool
    detail: str | None = None  # a repeat meeting's summary, read from the consultation (never copied)

    @property
    def kind_label(self) -> str:
        return KINDS.get(self.kind, self.kind)


def _me(ctx: ServiceContext, staff_id: int | None) -> int | None:
    return staff_id if staff_id is not None else ctx.actor.staff_id


def _bucket_condition(bucket: str, staff_id: int | None, as_of: date) -> ColumnElement[bool]:
    if bucket not in BUCKETS:
        raise ValueError(bucket)
    open_ = FollowUp.done_at.is_(None)
    if bucket == "all":
        return open_
    mine = FollowUp.owner_id == staff_id if staff_id is not None else FollowUp.owner_id.is_(None)
    if bucket == "today":
        return and_(open_, mine, FollowUp.due_on == as_of)
    if bucket == "overdue":
        return and_(open_, mine, FollowUp.due_on < as_of)
    return and_(open_, mine, FollowUp.due_on > as_of, FollowUp.due_on <= as_of + timedelta(days=WEEK))


def desk_counts(ctx: ServiceContext, staff_id: int | None = None, as_of: date | None = None) -> dict[str, int]:
    """How many follow-ups each desk bucket holds for ``staff_id`` (default: the signed-in person)."""
    as_of = as_of or clock.today()
    me = _me(ctx, staff_id)
    with ctx.db.read() as s:
        return {
            b: int(s.scalar(select(func.count(FollowUp.id)).where(_bucket_condition(b, me, as_of))) or 0)
            for b in BUCKETS
        }


def desk_list(
    ctx: ServiceContext, bucket: str, staff_id: int | None = None, as_of: date | None = None, limit: int = 200
) -> list[FollowUpItem]:
    """One bucket's follow-ups: overdue newest first (yesterday's before last month's), the rest soonest
    first."""
    as_of = as_of or clock.today()
    order = (FollowUp.due_on.desc(), FollowUp.id.desc()) if bucket == "overdue" else (FollowUp.due_on, FollowUp.id)
    query = _items_query().where(_bucket_condition(bucket, _me(ctx, staff_id), as_of)).order_by(*order).limit(limit)
    with ctx.db.read() as s:
        return _items(s, query, as_of)


def between(
    ctx: ServiceContext,
    date_from: date | None = None,
    date_to: date | None = None,
    staff_id: int | None = None,
    include_done: bool = False,
) -> list[FollowUpItem]:
    """Follow-ups due in a period (either end open), of one staff member or everyone's (calendar)."""
    query = _items_query()
    if date_from is not None:
        query = query.where(FollowUp.due_on >= date_from)
    if date_to is not None:
        query = query.where(FollowUp.due_on <= date_to)
    if staff_id is not None:
        query = query.where(FollowUp.owner_id == staff_id)
    if not include_done:
        query = query.where(FollowUp.done_at.is_(None))
    with ctx.db.read() as s:
        return _items(s, query.order_by(FollowUp.due_on, FollowUp.id), clock.today())


def history(
    ctx: ServiceContext, *, visitor_id: int | None = None, initiative_id: int | None = None
) -> list[FollowUpItem]:
    """Every follow-up of a person or an initiative, done ones included, newest first (the record's
    history)."""
    query = _items_query()
    if visitor_id is not None:
        query = query.where(FollowUp.visitor_id == visitor_id)
    if initiative_id is not None:
        query = query.where(FollowUp.initiative_id == initiative_id)
    with ctx.db.read() as s:
        return _items(s, query.order_by(FollowUp.due_on.desc(), FollowUp.id.desc()), clock.today())


def get(ctx: ServiceContext, follow_up_id: int) -> FollowUpItem:
    with ctx.db.read() as s:
        items = _items(s, _items_query().where(FollowUp.id == follow_up_id), clock.today())
    if not items:
        raise NotFound("Напоминание не найдено (его могли удалить).")
    return items[0]


# ---------------------------------------------------------------------------------------- changes


def create(
    ctx: ServiceContext,
    title: str,
    due_on: date | None,
    *,
    kind: str = "other",
    owner_id: int | None = None,
    visitor_id: int | None = None,
    initiative_id: int | None = None,
) -> FollowUpItem:
    """A follow-up written by hand; its owner is the person who writes it unless another is named."""
    c = Checker()
    clean = c.required("title", "Что сделать", title, 300)
    if due_on is None:
        c.fail("due_on", "Срок", "укажите дату")
    if kind not in KINDS:
        c.fail("kind", "Вид", "неизвестный вид напоминания")
    with ctx.db.session() as s:
        owner = _me(ctx, owner_id)
        _check_staff(s, c, owner)
        c.done()
        assert due_on is not None  # checked above
        f = FollowUp(
            kind=kind, title=clean, due_on=due_on, owner_id=owner, created_by_id=ctx.actor.staff_id,
            visitor_id=visitor_id, initiative_id=initiative_id,
        )  # fmt: skip
        s.add(f)
        s.flush()
        audit.record(s, ctx, "create", "follow_up", f.id, kind=kind, owner_id=owner)
        new_id = f.id
    return get(ctx, new_id)


def mark_done(ctx: ServiceContext, follow_up_id: int) -> None:
    """Done: it leaves the desk's lists and stays as history; a repeat meeting is marked held too."""
    with ctx.db.session() as s:
        f = _open_or_fail(s, follow_up_id)
        f.done_at = utcnow()
        f.done_by_id = ctx.actor.staff_id
        source = _source(s, f)
        if isinstance(source, Consultation):
            source.follow_up_done = True
        elif isinstance(source, Initiative) and source.next_step_date == f.due_on:
            source.next_step_date = None  # the step is taken; its text stays on the card
        audit.record(s, ctx, "done", "follow_up", follow_up_id, kind=f.kind)


def reschedule(ctx: ServiceContext, follow_up_id: int, due_on: date) -> None:
    """Move to another date (not in the past); the record's own date moves with it (not an appeal's)."""
    c = Checker()
    if due_on < clock.today():
        c.fail("due_on", "Новый срок", "дата уже прошла")
    c.done()
    with ctx.db.session() as s:
        f = _open_or_fail(s, follow_up_id)
        old = f.due_on
        f.due_on = due_on
        source = _source(s, f)
        if isinstance(source, Consultation):
            source.follow_up_date = due_on
        elif isinstance(source, Initiative):
            source.next_step_date = due_on
        audit.record(s, ctx, "reschedule", "follow_up", follow_up_id, old=old.isoformat(), new=due_on.isoformat())


def postpone(ctx: ServiceContext, follow_up_id: int, days: int) -> date:
    """+1 day, +1 week: from the later of today and the current date (an overdue one lands in the
    future). Returns the new date."""
    item = get(ctx, follow_up_id)
    due = max(item.due_on, clock.today()) + timedelta(days=days)
    reschedule(ctx, follow_up_id, due)
    return due


def hand_over(ctx: ServiceContext, follow_up_id: int, staff_id: int) -> None:
    """Give the follow-up to a colleague (an active staff member)."""
    c = Checker()
    with ctx.db.session() as s:
        f = _open_or_fail(s, follow_up_id)
        _check_staff(s, c, staff_id)
        c.done()
        old = f.owner_id
        f.owner_id = staff_id
        audit.record(s, ctx, "hand_over", "follow_up", follow_up_id, old=old, new=staff_id)


# ---------------------------------------------------------------------------------------- private


def _check_staff(session: Session, c: Checker, staff_id: int | None) -> None:
    if staff_id is None:
        return
    staff = session.get(Staff, staff_id)
    if staff is None or not staff.active:
        c.fail("owner_id", "Ответственный", "сотрудник не найден или отключён")


def _source(session: Session, f: FollowUp) -> Consultation | Initiative | None:
    """The record whose own date follows the follow-up (an appeal's legal due date never does)."""
    if f.source_id is None:
        return None
    if f.kind == "consultation":
        return session.get(Consultation, f.source_id)
    return session.get(Initiative, f.source_id) if f.kind == "initiative" else None


def _open_or_fail(session: Session, follow_up_id: int) -> FollowUp:
    f = session.get(FollowUp, follow_up_id)
    if f is None:
        raise NotFound("Напоминание не найдено (его могли удалить).")
    if f.done_at is not None:
        raise NotFound("Напоминание уже выполнено.")
    return f


_Owner = aliased(Staff)


def _items_query() -> Any:  # a Select of FollowUp and the names beside it
    return (
        select(
            FollowUp, _Owner.display_name, Visitor.last_name, Visitor.first_name, Visitor.middle_name, Visitor.phone,
            Visitor.consent_withdrawn_date, Consultation.summary,
        )  # fmt: skip
        .outerjoin(_Owner, _Owner.id == FollowUp.owner_id)
        .outerjoin(Consultation, and_(FollowUp.kind == "consultation", Consultation.id == FollowUp.source_id))
        .outerjoin(Visitor, Visitor.id == FollowUp.visitor_id)
    )


def _items(session: Session, query: Select[Any], as_of: date) -> list[FollowUpItem]:
    out = []
    for f, owner, last, first, middle, phone, withdrawn, summary in session.execute(query):
        out.append(
            FollowUpItem(
                id=f.id, kind=f.kind, source_id=f.source_id, title=f.title, due_on=f.due_on, owner_id=f.owner_id,
                owner_name=owner, visitor_id=f.visitor_id, visitor_name=text.full_name(last, first, middle) or None,
                # a person who withdrew consent is not called back (152-FZ): the number is not handed out
                visitor_phone=phone if withdrawn is None else None, initiative_id=f.initiative_id,
                done_at=f.done_at, overdue=f.done_at is None and f.due_on < as_of, detail=_short(summary),
            )
        )  # fmt: skip
    return out


def _short(value: str | None, length: int = 80) -> str | None:
    value = " ".join((value or "").split())
    return (value if len(value) <= length else value[: length - 1] + "…") or None
