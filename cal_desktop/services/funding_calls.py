"""Funding calls and contests (issue 21): initiative budgeting, grants, TOS contests, municipal subsidies.

Rules kept here:
- a call has a title, a kind (``FundingKind``), a closing date (required) and optionally an opening
  date (not after the closing one), an organiser, a territory, a link and one document (stored inside
  the database, up to ``MAX_DOCUMENT`` bytes);
- each open call has follow-ups of kind ``call_deadline`` before it closes (``REMIND_DAYS`` before the
  closing date; when both lie in the past, one for today), owned by whoever recorded the call (the
  first administrator for the command line); they move with the closing date and go with the call;
- its closing date appears in the calendar and in the ``calendar export`` file
  (``services/funding_calls_calendar.py``);
- an initiative's application to a call is in ``services/funding_applications.py``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Select, delete, func, select
from sqlalchemy.orm import Session

from cal_desktop.db.models import FollowUp, Territory
from cal_desktop.db.models_referrals import CallApplication, FundingCall
from cal_desktop.domain import clock, text
from cal_desktop.domain.vocab import Role
from cal_desktop.domain.vocab_referrals import FundingKind
from cal_desktop.errors import CalError, ValidationError
from cal_desktop.services import audit, followups_sync
from cal_desktop.services.common import Checker, Page, get_or_404, like_pattern
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.files import refuse_database_file

KIND = "call_deadline"  # the follow-ups' kind (services/followups.KINDS)
REMIND_DAYS = (14, 3)
MAX_DOCUMENT = 20 * 1024 * 1024
LABELS = {
    "title": "Название",
    "organiser": "Организатор",
    "kind": "Вид",
    "opens_on": "Начало приёма",
    "closes_on": "Окончание приёма",
    "territory_id": "Территория",
    "link": "Ссылка",
    "notes": "Заметки",
    "document": "Документ",
}


@dataclass(frozen=True)
class CallInput:
    title: str | None
    kind: str | None
    closes_on: date | None
    opens_on: date | None = None
    organiser: str | None = None
    territory_id: int | None = None
    link: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class CallItem:
    id: int
    title: str
    kind: FundingKind
    organiser: str | None
    opens_on: date | None
    closes_on: date
    territory_id: int | None
    territory: str | None
    link: str | None
    notes: str | None
    document_name: str | None
    applications: int = 0

    def is_open(self, today: date | None = None) -> bool:
        return self.closes_on >= (today or clock.today())

    def days_left(self, today: date | None = None) -> int:
        return (self.closes_on - (today or clock.today())).days


@dataclass(frozen=True)
class CallFilter:
    text: str | None = None
    kind: str | None = None
    open_only: bool = True  # closing today or later


# -------------------------------------------------------------------------------------- validation


def _validate(session: Session, data: CallInput) -> dict[str, object]:
    c = Checker()
    title = c.required("title", LABELS["title"], data.title, 300)
    kind = c.code("kind", LABELS["kind"], data.kind, FundingKind.parse)
    organiser = c.optional("organiser", LABELS["organiser"], data.organiser, 300)
    link = c.optional("link", LABELS["link"], data.link, 500)
    notes = c.optional("notes", LABELS["notes"], data.notes, 10_000, long_text=True)
    if data.closes_on is None:
        c.fail("closes_on", LABELS["closes_on"], "обязательное поле")
    elif data.opens_on is not None and data.opens_on > data.closes_on:
        c.fail("opens_on", LABELS["opens_on"], "позже окончания приёма")
    if data.territory_id is not None and session.get(Territory, data.territory_id) is None:
        c.fail("territory_id", LABELS["territory_id"], "территория не найдена (удалена?)")
    c.done()
    return {
        "title": title, "title_norm": text.normalize(f"{title} {organiser or ''}")[:300], "kind": str(kind), "organiser": organiser,
        "opens_on": data.opens_on, "closes_on": data.closes_on, "territory_id": data.territory_id,
        "link": link, "notes": notes,
    }  # fmt: skip


def check_call(ctx: ServiceContext, data: CallInput) -> None:
    """Validate without saving (the form shows every problem in one round)."""
    with ctx.db.read() as s:
        _validate(s, data)


# ------------------------------------------------------------------------------------------ writes


def create_call(ctx: ServiceContext, data: CallInput) -> CallItem:
    with ctx.db.session() as s:
        call_id = _create_call(s, ctx, data)
    return get_call(ctx, call_id)


def _create_call(session: Session, ctx: ServiceContext, data: CallInput) -> int:
    call = FundingCall(created_by_id=ctx.actor.staff_id, **_validate(session, data))
    session.add(call)
    session.flush()
    sync_deadlines(session, call, _owner(session, ctx))
    audit.record(session, ctx, "create", "funding_call", call.id)
    return call.id


def update_call(ctx: ServiceContext, call_id: int, data: CallInput) -> CallItem:
    with ctx.db.session() as s:
        call = get_or_404(s, FundingCall, call_id, "Конкурс")
        for name, value in _validate(s, data).items():
            setattr(call, name, value)
        s.flush()
        sync_deadlines(s, call, _owner(s, ctx))
        audit.record(s, ctx, "update", "funding_call", call_id)
    return get_call(ctx, call_id)


def delete_call(ctx: ServiceContext, call_id: int) -> None:
    """Delete a call with its applications' records and its open reminders (done ones stay as history)."""
    ctx.require(Role.COORDINATOR)
    with ctx.db.session() as s:
        call = get_or_404(s, FundingCall, call_id, "Конкурс")
        _drop_open_reminders(s, call_id)
        s.delete(call)
        audit.record(s, ctx, "delete", "funding_call", call_id)


def set_document(ctx: ServiceContext, call_id: int, filename: str, content: bytes | None) -> None:
    """Attach (or with ``content`` None remove) the call's document: its rules or the form to fill."""
    c = Checker()
    name = c.optional("document", LABELS["document"], filename, 300) if content is not None else None
    if content is not None and not content:
        c.fail("document", LABELS["document"], "файл пуст")
    if content is not None and len(content) > MAX_DOCUMENT:
        c.fail("document", LABELS["document"], f"файл больше {MAX_DOCUMENT // (1024 * 1024)} МБ")
    c.done()
    with ctx.db.session() as s:
        call = get_or_404(s, FundingCall, call_id, "Конкурс")
        call.document_name = name
        call.document = content
        audit.record(s, ctx, "update", "funding_call", call_id, document=name or "")


def attach_file(ctx: ServiceContext, call_id: int, path: str | os.PathLike[str]) -> str:
    """Read a chosen file (never the database itself) and store it as the call's document; its name."""
    refuse_database_file(path)
    source = Path(path)
    try:
        size = source.stat().st_size
        if size > MAX_DOCUMENT:
            raise ValidationError.single(
                "document", LABELS["document"], f"«{source.name}»: файл больше {MAX_DOCUMENT // (1024 * 1024)} МБ"
            )
        content = source.read_bytes()
    except OSError as exc:
        raise CalError(f"Не удалось прочитать файл {source.name}: {exc.strerror or exc}") from exc
    set_document(ctx, call_id, source.name, content)
    return source.name


def document(ctx: ServiceContext, call_id: int) -> tuple[str, bytes] | None:
    with ctx.db.read() as s:
        call = get_or_404(s, FundingCall, call_id, "Конкурс")
        if call.document is None or not call.document_name:
            return None
        return call.document_name, bytes(call.document)


# ------------------------------------------------------------------------------- deadline follow-ups


def _owner(session: Session, ctx: ServiceContext) -> int | None:
    return ctx.actor.staff_id or followups_sync._duty_owner(session)  # noqa: SLF001 (the command line)


def reminder_dates(closes_on: date, today: date) -> list[date]:
    """The days to be reminded before a call closes: ``REMIND_DAYS`` before it, those not yet past; when
    all are past and it is still open, today."""
    dates = sorted({closes_on - timedelta(days=d) for d in REMIND_DAYS if closes_on - timedelta(days=d) >= today})
    if not dates and closes_on >= today:
        dates = [today]
    return dates


def reminder_title(call: FundingCall) -> str:
    return f"Приём заявок «{call.title}» заканчивается {call.closes_on:%d.%m.%Y}"[:300]


def sync_deadlines(session: Session, call: FundingCall, owner_id: int | None, today: date | None = None) -> None:
    """Open reminders follow the call's closing date: open ones are rewritten (keeping their owner), ones
    done for a date are not made again."""
    today = today or clock.today()
    current = session.scalars(
        select(FollowUp).where(FollowUp.kind == KIND, FollowUp.source_id == call.id, FollowUp.done_at.is_(None))
    ).all()
    owner = next((f.owner_id for f in current), owner_id)
    _drop_open_reminders(session, call.id)
    done = set(
        session.scalars(
            select(FollowUp.due_on).where(
                FollowUp.kind == KIND, FollowUp.source_id == call.id, FollowUp.done_at.is_not(None)
            )
        )
    )
    for due in reminder_dates(call.closes_on, today):
        if due not in done:
            session.add(
                FollowUp(kind=KIND, source_id=call.id, title=reminder_title(call), due_on=due, owner_id=owner,
                         created_by_id=owner_id)
            )  # fmt: skip


def _drop_open_reminders(session: Session, call_id: int) -> None:
    session.execute(
        delete(FollowUp).where(FollowUp.kind == KIND, FollowUp.source_id == call_id, FollowUp.done_at.is_(None))
    )


# -------------------------------------------------------------------------------------------- reads


def get_call(ctx: ServiceContext, call_id: int) -> CallItem:
    with ctx.db.read() as s:
        get_or_404(s, FundingCall, call_id, "Конкурс")
        return _items(s, [call_id])[0]


def _filtered(f: CallFilter, today: date) -> Select[Any]:
    query = select(FundingCall.id)
    if f.open_only:
        query = query.where(FundingCall.closes_on >= today)
    if f.kind:
        try:
            query = query.where(FundingCall.kind == str(FundingKind.parse(f.kind)))
        except ValueError:
            raise ValidationError.single("kind", LABELS["kind"], f"неизвестное значение «{f.kind}»") from None
    typed = text.normalize(f.text)
    if typed:
        pattern = like_pattern(typed)
        query = query.where(FundingCall.title_norm.like(pattern, escape="\\"))
    return query


def list_calls(ctx: ServiceContext, f: CallFilter | None = None, offset: int = 0, limit: int = 500) -> Page[CallItem]:
    """Calls closing soonest first (closed ones, when asked for, after the open ones, latest first)."""
    f = f or CallFilter()
    today = clock.today()
    base = _filtered(f, today)
    with ctx.db.read() as s:
        total = s.scalar(select(func.count()).select_from(base.subquery())) or 0
        closed = FundingCall.closes_on < today
        ids = list(
            s.scalars(
                select(FundingCall.id)
                .where(FundingCall.id.in_(base.scalar_subquery()))
                .order_by(closed, FundingCall.closes_on, FundingCall.id)
                .offset(offset)
                .limit(limit)
            )
        )
        items = _items(s, ids)
    if not f.open_only:  # open ones soonest first, then closed ones most recent first
        items = [i for i in items if i.closes_on >= today] + sorted(
            (i for i in items if i.closes_on < today), key=lambda i: (i.closes_on, i.id), reverse=True
        )
    return Page(items, int(total), offset, limit)


def closing_between(ctx: ServiceContext, date_from: date | None, date_to: date | None) -> list[CallItem]:
    """Calls whose closing date falls in a period (either end open): the calendar's entries."""
    query = select(FundingCall.id)
    if date_from is not None:
        query = query.where(FundingCall.closes_on >= date_from)
    if date_to is not None:
        query = query.where(FundingCall.closes_on <= date_to)
    with ctx.db.read() as s:
        return _items(s, list(s.scalars(query.order_by(FundingCall.closes_on, FundingCall.id))))


def _items(session: Session, ids: list[int]) -> list[CallItem]:
    if not ids:
        return []
    counts = dict(
        session.execute(
            select(CallApplication.call_id, func.count(CallApplication.id))
            .where(CallApplication.call_id.in_(ids))
            .group_by(CallApplication.call_id)
        ).all()
    )
    rows = session.execute(
        select(
            FundingCall.id, FundingCall.title, FundingCall.kind, FundingCall.organiser, FundingCall.opens_on,
            FundingCall.closes_on, FundingCall.territory_id, Territory.name, FundingCall.link, FundingCall.notes,
            FundingCall.document_name,
        )  # fmt: skip
        .outerjoin(Territory, Territory.id == FundingCall.territory_id)
        .where(FundingCall.id.in_(ids))
    ).all()
    by_id = {
        r[0]: CallItem(
            id=r[0], title=r[1], kind=FundingKind(r[2]), organiser=r[3], opens_on=r[4], closes_on=r[5],
            territory_id=r[6], territory=r[7], link=r[8], notes=r[9], document_name=r[10],
            applications=int(counts.get(r[0], 0)),
        )  # fmt: skip
        for r in rows
    }
    return [by_id[i] for i in ids if i in by_id]
