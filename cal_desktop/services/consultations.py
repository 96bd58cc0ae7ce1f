"""Consultations: walk-in (phone, online, outreach) conversations logged at the desk."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from cal_desktop.db.models import (
    Consultation,
    ConsultationTopic,
    Initiative,
    Staff,
    Visitor,
)
from cal_desktop.db.search import text_filter
from cal_desktop.domain import clock, text
from cal_desktop.domain.vocab import Channel, Outcome, OutOfScopeReason, Topic
from cal_desktop.services import audit, followups_sync, referrals
from cal_desktop.services.common import Checker, Page, get_or_404
from cal_desktop.services.context import ServiceContext

LABELS = {
    "occurred_at": "Дата и время",
    "channel": "Канал",
    "topics": "Темы",
    "summary": "Описание",
    "outcome": "Результат",
    "out_of_scope_reason": "Причина",
    "duration_min": "Длительность, мин",
    "follow_up_date": "Дата повторной встречи",
    "visitor_id": "Посетитель",
    "initiative_id": "Инициатива",
    "staff_id": "Сотрудник",
}

# What the desk reminds staff of when a request is out of scope (the centres' own principles).
OUT_OF_SCOPE_REMINDER = (
    "Центр не реализует инициативы за других, не оказывает финансовую поддержку проектам и "
    "финансовую помощь нуждающимся, не занимается выборами и не работает с кандидатами и "
    "политическими партиями. При отказе укажите причину."
)


@dataclass(frozen=True)
class ConsultationInput:
    channel: str
    topics: Sequence[str]
    outcome: str
    summary: str | None = None
    out_of_scope_reason: str | None = None
    visitor_id: int | None = None  # None: an anonymous consultation
    initiative_id: int | None = None
    occurred_at: datetime | None = None  # local date-time; None: now
    follow_up_date: date | None = None
    duration_min: int | None = None
    staff_id: int | None = None  # None: the staff member acting
    referral: referrals.ReferralInput | None = None  # where to, when «перенаправлен» (issue 21)


@dataclass(frozen=True)
class ConsultationRow:
    """A row of a consultations list."""

    id: int
    occurred_at: datetime  # local
    channel: Channel
    topics: tuple[Topic, ...]
    outcome: Outcome
    out_of_scope_reason: OutOfScopeReason | None
    summary: str | None
    visitor_id: int | None
    visitor_name: str | None
    staff_id: int | None
    staff_name: str | None
    initiative_id: int | None
    initiative_title: str | None
    follow_up_date: date | None
    follow_up_done: bool
    duration_min: int | None
    occurred_on: date | None = None  # the local day: with ``id``, the list's sort key (keyset paging)


@dataclass(frozen=True)
class ConsultationFilter:
    date_from: date | None = None
    date_to: date | None = None
    staff_id: int | None = None
    channel: str | None = None
    topic: str | None = None
    outcome: str | None = None
    text: str | None = None  # words in the summary or the visitor's name
    visitor_id: int | None = None
    initiative_id: int | None = None
    ids: tuple[int, ...] | None = None  # a drill-down from a report


@dataclass(frozen=True)
class FollowUp:
    """Something promised for a date: a repeat meeting, or an initiative's next step."""

    kind: str  # "consultation" or "initiative"
    id: int
    due: date
    title: str
    visitor_name: str | None
    overdue: bool


@dataclass(frozen=True)
class _Clean:
    occurred_at: datetime
    occurred_on: date
    channel: str
    topics: list[str] = field(default_factory=list)
    outcome: str = ""
    out_of_scope_reason: str | None = None
    summary: str | None = None
    visitor_id: int | None = None
    initiative_id: int | None = None
    follow_up_date: date | None = None
    duration_min: int | None = None
    staff_id: int | None = None


def _validate(session: Session, ctx: ServiceContext, data: ConsultationInput) -> _Clean:
    c = Checker()
    channel = c.code("channel", LABELS["channel"], data.channel, Channel.parse)
    topics: list[str] = []
    for raw in data.topics:
        topic = c.code("topics", LABELS["topics"], raw, Topic.parse)
        if topic is not None and topic.value not in topics:
            topics.append(topic.value)
    if not data.topics:
        c.fail("topics", LABELS["topics"], "выберите хотя бы одну тему")
    outcome = c.code("outcome", LABELS["outcome"], data.outcome, Outcome.parse)
    reason = c.code(
        "out_of_scope_reason",
        LABELS["out_of_scope_reason"],
        data.out_of_scope_reason,
        OutOfScopeReason.parse,
        required=False,
    )
    if outcome is Outcome.DECLINED and reason is None and not data.out_of_scope_reason:
        c.fail("out_of_scope_reason", LABELS["out_of_scope_reason"], "при отказе причина обязательна")
    if reason is not None and outcome not in (Outcome.DECLINED, Outcome.REFERRED):
        c.fail(
            "out_of_scope_reason",
            LABELS["out_of_scope_reason"],
            "указывается только при отказе или перенаправлении",
        )
    summary = c.optional("summary", LABELS["summary"], data.summary, 10_000, long_text=True)
    occurred = data.occurred_at or clock.local_now().replace(microsecond=0)
    if occurred.date() > clock.today():
        c.fail("occurred_at", LABELS["occurred_at"], "дата не может быть в будущем")
    if data.duration_min is not None and not 0 < data.duration_min <= 600:
        c.fail("duration_min", LABELS["duration_min"], "от 1 до 600 минут")
    if data.follow_up_date is not None and data.follow_up_date < occurred.date():
        c.fail("follow_up_date", LABELS["follow_up_date"], "раньше даты консультации")
    staff_id = data.staff_id if data.staff_id is not None else ctx.actor.staff_id
    _check_exists(session, c, "visitor_id", Visitor, data.visitor_id)
    _check_exists(session, c, "initiative_id", Initiative, data.initiative_id)
    _check_exists(session, c, "staff_id", Staff, staff_id)
    referrals.check(session, c, data.referral, outcome, occurred.date())
    c.done()
    return _Clean(
        occurred_at=clock.local_to_utc(occurred),
        occurred_on=occurred.date(),
        channel=str(channel),
        topics=topics,
        outcome=str(outcome),
        out_of_scope_reason=str(reason) if reason else None,
        summary=summary,
        visitor_id=data.visitor_id,
        initiative_id=data.initiative_id,
        follow_up_date=data.follow_up_date,
        duration_min=data.duration_min,
        staff_id=staff_id,
    )


def check_consultation(ctx: ServiceContext, data: ConsultationInput) -> None:
    """Validate without saving (raises ValidationError): a form that checks some fields itself shows
    the service's problems with its own in one round."""
    with ctx.db.read() as s:
        _validate(s, ctx, data)


def _check_exists(session: Session, c: Checker, field_name: str, model: type, id_: int | None) -> None:
    if id_ is not None and session.get(model, id_) is None:
        c.fail(field_name, LABELS[field_name], "запись не найдена (возможно, удалена)")


def _apply(consultation: Consultation, clean: _Clean) -> None:
    for name in clean.__dataclass_fields__:
        if name != "topics":
            setattr(consultation, name, getattr(clean, name))
    wanted = set(clean.topics)
    consultation.topics = [t for t in consultation.topics if t.topic in wanted]
    have = {t.topic for t in consultation.topics}
    consultation.topics.extend(ConsultationTopic(topic=t) for t in clean.topics if t not in have)


# ------------------------------------------------------------------------------------------- writes


def create_consultation(ctx: ServiceContext, data: ConsultationInput) -> ConsultationRow:
    """Log a consultation, with the staff member at the desk unless another is given."""
    with ctx.db.session() as s:
        consultation_id = _create_consultation(s, ctx, data)
        return _rows(s, [consultation_id])[0]


def _create_consultation(session: Session, ctx: ServiceContext, data: ConsultationInput) -> int:
    clean = _validate(session, ctx, data)
    consultation = Consultation()
    _apply(consultation, clean)
    session.add(consultation)
    session.flush()
    followups_sync.track_consultation(session, consultation, new=True)
    if data.referral is not None:
        referrals.track(session, ctx, consultation, data.referral)
    audit.record(session, ctx, "create", "consultation", consultation.id)
    return consultation.id


def update_consultation(
    ctx: ServiceContext, consultation_id: int, data: ConsultationInput
) -> ConsultationRow:
    with ctx.db.session() as s:
        consultation = get_or_404(s, Consultation, consultation_id, "Консультация")
        _apply(consultation, _validate(s, ctx, data))
        followups_sync.track_consultation(s, consultation)
        referrals.track(s, ctx, consultation, data.referral)
        audit.record(s, ctx, "update", "consultation", consultation.id)
        s.flush()
        return _rows(s, [consultation.id])[0]


def mark_follow_up_done(ctx: ServiceContext, consultation_id: int, done: bool = True) -> None:
    with ctx.db.session() as s:
        consultation = get_or_404(s, Consultation, consultation_id, "Консультация")
        consultation.follow_up_done = done
        followups_sync.track_consultation(s, consultation)
        audit.record(s, ctx, "update", "consultation", consultation_id, follow_up_done=done)


# -------------------------------------------------------------------------------------------- reads


def get_consultation(ctx: ServiceContext, consultation_id: int) -> ConsultationRow:
    with ctx.db.read() as s:
        get_or_404(s, Consultation, consultation_id, "Консультация")
        return _rows(s, [consultation_id])[0]


def _filtered(f: ConsultationFilter) -> Select[int]:
    query = select(Consultation.id)
    if f.date_from is not None:
        query = query.where(Consultation.occurred_on >= f.date_from)
    if f.date_to is not None:
        query = query.where(Consultation.occurred_on <= f.date_to)
    if f.staff_id is not None:
        query = query.where(Consultation.staff_id == f.staff_id)
    if f.channel:
        query = query.where(Consultation.channel == Channel.parse(f.channel).value)
    if f.outcome:
        query = query.where(Consultation.outcome == Outcome.parse(f.outcome).value)
    if f.topic:
        topic = Topic.parse(f.topic).value
        query = query.where(
            select(ConsultationTopic.consultation_id)
            .where(ConsultationTopic.consultation_id == Consultation.id, ConsultationTopic.topic == topic)
            .exists()
        )
    if f.visitor_id is not None:
        query = query.where(Consultation.visitor_id == f.visitor_id)
    if f.initiative_id is not None:
        query = query.where(Consultation.initiative_id == f.initiative_id)
    if f.ids is not None:
        query = query.where(Consultation.id.in_(f.ids))
    if f.text and f.text.strip():
        query = query.where(_text_condition(f.text))
    return query


def _text_condition(typed: str) -> ColumnElement[bool]:
    """The visitor's name/phone matches, or every word occurs in the summary.

    SQLite's lower()/LIKE do not fold Cyrillic case (DOMAIN A6), and summaries have no normalised copy,
    so each word is tried as typed, in lower case and capitalised: what staff type in practice.
    """
    visitors = select(Visitor.id).where(text_filter(Visitor.search_text, typed))
    words = typed.split()
    in_summary = and_(
        *(
            or_(
                *(
                    Consultation.summary.contains(form, autoescape=True)
                    for form in {w, w.lower(), w.capitalize()}
                )
            )
            for w in words
        )
    )
    return or_(Consultation.visitor_id.in_(visitors), in_summary)


def count_consultations(ctx: ServiceContext, f: ConsultationFilter | None = None) -> int:
    with ctx.db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(_filtered(f or ConsultationFilter()).subquery())) or 0
        )


def _newest_first(f: ConsultationFilter | None) -> Select[int]:
    return _filtered(f or ConsultationFilter()).order_by(
        Consultation.occurred_on.desc(), Consultation.id.desc()
    )


def consultation_ids(ctx: ServiceContext, f: ConsultationFilter | None = None) -> list[int]:
    """Ids of every matching consultation, newest first. Only for short lists (a day at the desk):
    a list of the whole table pages through :func:`consultation_page` instead."""
    with ctx.db.read() as s:
        return list(s.scalars(_newest_first(f)))


def consultation_rows(ctx: ServiceContext, ids: Sequence[int]) -> list[ConsultationRow]:
    """Rows for these ids in the same order (one page of a lazy list)."""
    with ctx.db.read() as s:
        return _rows(s, list(ids))


ConsultationKey = tuple[date, int]  # (occurred_on, id): the order of every consultation list


def consultation_key(row: ConsultationRow) -> ConsultationKey:
    assert row.occurred_on is not None
    return (row.occurred_on, row.id)


def consultation_page(
    ctx: ServiceContext, f: ConsultationFilter | None, after: ConsultationKey | None, limit: int
) -> list[ConsultationRow]:
    """Up to ``limit`` matching rows newest first, after the row whose key is ``after`` (None: from the
    newest). A range of ``ix_consultations_occurred_on_id`` however deep into the list (keyset paging):
    no OFFSET that walks every row before it, and nobody keeps the ids of the whole result."""
    query = _newest_first(f)
    if after is not None:
        day, last_id = after
        # the first condition alone bounds the index range; the second drops the rows already shown
        query = query.where(
            Consultation.occurred_on <= day, or_(Consultation.occurred_on < day, Consultation.id < last_id)
        )
    with ctx.db.read() as s:
        return _rows(s, list(s.scalars(query.limit(limit))))


def consultation_page_at(
    ctx: ServiceContext, f: ConsultationFilter | None, offset: int, limit: int
) -> list[ConsultationRow]:
    """Rows from ``offset`` in the same order (a jump far into the list; paging goes by key)."""
    with ctx.db.read() as s:
        return _rows(s, list(s.scalars(_newest_first(f).offset(offset).limit(limit))))


def list_consultations(
    ctx: ServiceContext, f: ConsultationFilter | None = None, offset: int = 0, limit: int = 50
) -> Page[ConsultationRow]:
    total = count_consultations(ctx, f)
    return Page(consultation_page_at(ctx, f, offset, limit), total, offset, limit)


def todays_consultations(ctx: ServiceContext, day: date | None = None) -> list[ConsultationRow]:
    day = day or clock.today()
    return list(list_consultations(ctx, ConsultationFilter(date_from=day, date_to=day), limit=500).items)


_OPEN_STATUSES = ["idea", "shaping", "gathering", "appealing", "implementing"]


def follow_ups_due(ctx: ServiceContext, as_of: date | None = None, limit: int = 200) -> list[FollowUp]:
    """Repeat meetings and initiatives' next steps due today or overdue (the desk's reminders), newest
    first: today's, then yesterday's...; with more than ``limit`` the oldest are left out, not today's."""
    as_of = as_of or clock.today()
    with ctx.db.read() as s:
        meetings = s.execute(
            select(
                Consultation.id,
                Consultation.follow_up_date,
                Consultation.summary,
                Visitor.last_name,
                Visitor.first_name,
                Visitor.middle_name,
            )
            .outerjoin(Visitor, Visitor.id == Consultation.visitor_id)
            .where(Consultation.follow_up_date <= as_of, Consultation.follow_up_done.is_(False))
            .order_by(Consultation.follow_up_date.desc(), Consultation.id.desc())
            .limit(limit)
        ).all()
        steps = s.execute(
            select(Initiative.id, Initiative.next_step_date, Initiative.title, Initiative.next_step)
            .where(Initiative.next_step_date <= as_of)
            .where(Initiative.status.in_(_OPEN_STATUSES))
            .order_by(Initiative.next_step_date.desc(), Initiative.id.desc())
            .limit(limit)
        ).all()
    # the queries select only rows with a date (<= as_of), so the dates are never None here
    items = [
        FollowUp(
            "consultation",
            r[0],
            due,
            _short(r[2]) or "Повторная встреча",
            text.full_name(r[3], r[4], r[5]) or None,
            due < as_of,
        )
        for r in meetings
        if (due := r[1]) is not None
    ] + [
        FollowUp("initiative", r[0], due, f"{r[2]}: {_short(r[3]) or 'следующий шаг'}", None, due < as_of)
        for r in steps
        if (due := r[1]) is not None
    ]
    items.sort(key=lambda f: (f.due, f.kind == "consultation", f.id), reverse=True)
    return items[:limit]


def count_follow_ups_due(ctx: ServiceContext, as_of: date | None = None) -> int:
    """How many reminders ``follow_ups_due`` would list without its limit (the desk's count)."""
    as_of = as_of or clock.today()
    with ctx.db.read() as s:
        meetings = s.scalar(
            select(func.count())
            .select_from(Consultation)
            .where(Consultation.follow_up_date <= as_of, Consultation.follow_up_done.is_(False))
        )
        steps = s.scalar(
            select(func.count())
            .select_from(Initiative)
            .where(Initiative.next_step_date <= as_of, Initiative.status.in_(_OPEN_STATUSES))
        )
    return int(meetings or 0) + int(steps or 0)


def _short(value: str | None, length: int = 80) -> str:
    value = " ".join((value or "").split())
    return value if len(value) <= length else value[: length - 1] + "…"


def _rows(session: Session, ids: list[int]) -> list[ConsultationRow]:
    if not ids:
        return []
    result = session.execute(
        select(
            Consultation,
            Visitor.last_name,
            Visitor.first_name,
            Visitor.middle_name,
            Staff.display_name,
            Initiative.title,
        )
        .outerjoin(Visitor, Visitor.id == Consultation.visitor_id)
        .outerjoin(Staff, Staff.id == Consultation.staff_id)
        .outerjoin(Initiative, Initiative.id == Consultation.initiative_id)
        .where(Consultation.id.in_(ids))
    ).all()
    by_id: dict[int, ConsultationRow] = {}
    for c, last, first, middle, staff_name, initiative_title in result:
        by_id[c.id] = ConsultationRow(
            id=c.id,
            occurred_at=clock.utc_to_local(c.occurred_at),
            channel=Channel(c.channel),
            topics=tuple(Topic(t.topic) for t in c.topics),
            outcome=Outcome(c.outcome),
            out_of_scope_reason=OutOfScopeReason(c.out_of_scope_reason) if c.out_of_scope_reason else None,
            summary=c.summary,
            visitor_id=c.visitor_id,
            visitor_name=text.full_name(last, first, middle) or None,
            staff_id=c.staff_id,
            staff_name=staff_name,
            initiative_id=c.initiative_id,
            initiative_title=initiative_title,
            follow_up_date=c.follow_up_date,
            follow_up_done=c.follow_up_done,
            duration_min=c.duration_min,
            occurred_on=c.occurred_on,
        )
    return [by_id[i] for i in ids if i in by_id]
