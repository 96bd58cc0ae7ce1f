"""Appeals: lists, filters, the card, alerts and the due report (reads only)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from cal_desktop.db.models import (
    Appeal,
    AppealEvent,
    Attachment,
    Initiative,
    Official,
    Organisation,
)
from cal_desktop.db.search import text_filter
from cal_desktop.domain import text
from cal_desktop.domain.clock import today
from cal_desktop.domain.deadlines import state as clock_state
from cal_desktop.domain.vocab import AnswerOutcome, AppealChannel, AppealEventKind, AppealKind, AppealState
from cal_desktop.errors import ValidationError
from cal_desktop.services.appeals.deadlines import _clock, _state_condition
from cal_desktop.services.appeals.dtos import (
    LABELS,
    Alerts,
    AppealDTO,
    AppealEventDTO,
    AppealFilter,
    AppealSummary,
    AttachmentInfo,
)
from cal_desktop.services.calendar import _working_calendar
from cal_desktop.services.common import Page, get_or_404
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.settings import _get_settings

# ------------------------------------------------------------------------------------------ reads


def _summary_select():  # type: ignore[no-untyped-def]
    fwd = Organisation.__table__.alias("fwd")
    return (
        select(
            Appeal,
            Organisation.name,
            Official.position,
            Official.last_name,
            Official.first_name,
            Official.middle_name,
            Initiative.title,
            fwd.c.name,
        )
        .outerjoin(Organisation, Organisation.id == Appeal.organisation_id)
        .outerjoin(Official, Official.id == Appeal.official_id)
        .outerjoin(Initiative, Initiative.id == Appeal.initiative_id)
        .outerjoin(fwd, fwd.c.id == Appeal.forwarded_to_id)
    )


def _addressee(
    addressee_text: str | None,
    org: str | None,
    position: str | None,
    last: str | None,
    first: str | None,
    middle: str | None,
) -> str:
    if addressee_text:
        # the body's name is added unless the text already names it (a filed letter's dative block does)
        if org and text.normalize(org) not in text.normalize(addressee_text):
            return f"{addressee_text}, {org}"
        return addressee_text
    person = ""
    if position or last:
        person = f"{position or ''} {text.initials_name(last, first, middle) if last else ''}".strip()
    return ", ".join(p for p in (person, org) if p) or "—"


def _summaries(session: Session, ids: Sequence[int], as_of: date) -> list[AppealSummary]:
    if not ids:
        return []
    cal = _working_calendar(session)
    settings = _get_settings(session)
    rows = session.execute(_summary_select().where(Appeal.id.in_(ids))).all()
    by_id = {}
    for a, org, position, last, first, middle, initiative, fwd_name in rows:
        clock = _clock(a, cal, settings)
        due = a.due_date or clock.due_date
        by_id[a.id] = AppealSummary(
            id=a.id,
            number=a.number,
            sent_date=a.sent_date,
            channel=AppealChannel(a.channel),
            kind=AppealKind(a.kind) if a.kind else None,
            subject=a.subject,
            addressee=_addressee(a.addressee_text, org, position, last, first, middle),
            organisation_id=a.organisation_id,
            initiative_id=a.initiative_id,
            initiative_title=initiative,
            registration_number=a.registration_number,
            registration_date=clock.registration_date,
            registration_estimated=clock.registration_estimated,
            extended=bool(a.extended),
            forwarded_to=fwd_name,
            due_date=due,
            answer_date=a.answer_date,
            answer_outcome=AnswerOutcome(a.answer_outcome) if a.answer_outcome else None,
            state=clock_state(due, a.answer_date, as_of, settings.due_soon_days),
            as_of=as_of,
        )
    return [by_id[i] for i in ids if i in by_id]


def _filtered(session: Session, f: AppealFilter, as_of: date):  # type: ignore[no-untyped-def]
    stmt = select(Appeal.id)
    if f.state:
        try:
            wanted = AppealState.parse(f.state)
        except ValueError:
            raise ValidationError.single("state", "Состояние", f"неизвестное значение «{f.state}»") from None
        stmt = stmt.where(_state_condition(wanted, as_of, _get_settings(session).due_soon_days))
    if f.channel:
        try:
            stmt = stmt.where(Appeal.channel == AppealChannel.parse(f.channel).value)
        except ValueError:
            raise ValidationError.single(
                "channel", LABELS["channel"], f"неизвестное значение «{f.channel}»"
            ) from None
    if f.organisation_id is not None:
        stmt = stmt.where(
            or_(Appeal.organisation_id == f.organisation_id, Appeal.forwarded_to_id == f.organisation_id)
        )
    if f.initiative_id is not None:
        stmt = stmt.where(Appeal.initiative_id == f.initiative_id)
    if f.sent_from is not None:
        stmt = stmt.where(Appeal.sent_date >= f.sent_from)
    if f.sent_to is not None:
        stmt = stmt.where(Appeal.sent_date <= f.sent_to)
    if f.open_only:
        stmt = stmt.where(or_(Appeal.answer_date.is_(None), Appeal.answer_date > as_of))
    if f.text:
        stmt = stmt.where(text_filter(Appeal.search_text, f.text))
    return stmt


ORDERS = {
    "sent_desc": (Appeal.sent_date.desc(), Appeal.id.desc()),
    "sent": (Appeal.sent_date, Appeal.id),
    "due": (Appeal.due_date, Appeal.id),
    "due_desc": (Appeal.due_date.desc(), Appeal.id.desc()),
    "number": (Appeal.number, Appeal.id),
}


def list_appeals(
    ctx: ServiceContext,
    filters: AppealFilter | None = None,
    offset: int = 0,
    limit: int = 50,
    *,
    order: str = "sent_desc",
) -> Page[AppealSummary]:
    """A page of the register, filtered and ordered in SQL (state by the stored due date)."""
    f = filters or AppealFilter()
    as_of = f.as_of or today()
    with ctx.db.read() as s:
        base = _filtered(s, f, as_of)
        total = s.scalar(select(func.count()).select_from(base.subquery())) or 0
        ids = list(
            s.scalars(base.order_by(*ORDERS.get(order, ORDERS["sent_desc"])).offset(offset).limit(limit))
        )
        return Page(_summaries(s, ids, as_of), total, offset, limit)


def list_appeal_ids(
    ctx: ServiceContext, filters: AppealFilter | None = None, *, order: str = "sent_desc"
) -> list[int]:
    """Every id of the filtered register in order (a lazy table model holds these and loads rows by page)."""
    f = filters or AppealFilter()
    with ctx.db.read() as s:
        stmt = _filtered(s, f, f.as_of or today()).order_by(*ORDERS.get(order, ORDERS["sent_desc"]))
        return list(s.scalars(stmt))


def appeal_summaries(
    ctx: ServiceContext, ids: Sequence[int], as_of: date | None = None
) -> list[AppealSummary]:
    """Rows for these ids, in the same order (the page loader of a lazy table model)."""
    with ctx.db.read() as s:
        return _summaries(s, list(ids), as_of or today())


def get_appeal(ctx: ServiceContext, appeal_id: int, as_of: date | None = None) -> AppealDTO:
    with ctx.db.read() as s:
        return _dto(s, get_or_404(s, Appeal, appeal_id, "Обращение"), as_of)


def alerts(ctx: ServiceContext, as_of: date | None = None, limit: int = 200) -> Alerts:
    """Open appeals due within the due-soon window, and overdue ones, most urgent first."""
    day = as_of or today()
    with ctx.db.read() as s:
        soon_days = _get_settings(s).due_soon_days
        result = []
        for st in (AppealState.DUE_SOON, AppealState.OVERDUE):
            ids = list(
                s.scalars(
                    select(Appeal.id)
                    .where(_state_condition(st, day, soon_days))
                    .order_by(Appeal.due_date, Appeal.id)
                    .limit(limit)
                )
            )
            result.append(_summaries(s, ids, day))
        return Alerts(result[0], result[1])


def newly_overdue_since(
    ctx: ServiceContext, last_open_date: date | None, today_: date | None = None
) -> list[AppealSummary]:
    """Appeals overdue today that were not yet overdue on ``last_open_date`` (the start-up message);
    every overdue appeal when the program was never open before."""
    day = today_ or today()
    with ctx.db.read() as s:
        stmt = select(Appeal.id).where(_state_condition(AppealState.OVERDUE, day, 0))
        if last_open_date is not None:
            stmt = stmt.where(Appeal.due_date >= last_open_date)
        ids = list(s.scalars(stmt.order_by(Appeal.due_date, Appeal.id)))
        return _summaries(s, ids, day)


def due_report(ctx: ServiceContext, as_of: date | None = None) -> list[AppealSummary]:
    """Appeals open on ``as_of`` (sent by then, no answer by then), by due date: ``appeals due``."""
    day = as_of or today()
    with ctx.db.read() as s:
        ids = list(
            s.scalars(
                select(Appeal.id)
                .where(Appeal.sent_date <= day)
                .where(or_(Appeal.answer_date.is_(None), Appeal.answer_date > day))
                .order_by(Appeal.due_date, Appeal.number, Appeal.id)
            )
        )
        return _summaries(s, ids, day)


def initiative_appeal_events(ctx: ServiceContext, initiative_id: int) -> list[AppealEventDTO]:
    """The events of every appeal of an initiative, in date order (for the initiative's timeline)."""
    with ctx.db.read() as s:
        return _initiative_appeal_events(s, initiative_id)


def _initiative_appeal_events(session: Session, initiative_id: int) -> list[AppealEventDTO]:
    """The same inside a given session (the initiative card builds its whole view in one)."""
    rows = session.execute(
        select(AppealEvent, Appeal.number)
        .join(Appeal, Appeal.id == AppealEvent.appeal_id)
        .where(Appeal.initiative_id == initiative_id)
        .order_by(AppealEvent.event_date, AppealEvent.id)
    ).all()
    return [_event_dto(e, number) for e, number in rows]


def _event_dto(e: AppealEvent, number: str) -> AppealEventDTO:
    return AppealEventDTO(
        e.id,
        e.appeal_id,
        number,
        AppealEventKind(e.kind),
        e.event_date,
        e.details,
        e.organisation_id,
        e.staff_id,
        e.created_at,
    )


def _attachment_info(att: Attachment) -> AttachmentInfo:
    return AttachmentInfo(att.id, att.filename, att.mime_type, len(att.content or b""), att.created_at)


def _dto(session: Session, a: Appeal, as_of: date | None = None) -> AppealDTO:
    day = as_of or today()
    settings = _get_settings(session)
    clock = _clock(a, _working_calendar(session), settings)
    due = a.due_date or clock.due_date
    org = session.get(Organisation, a.organisation_id) if a.organisation_id else None
    official = session.get(Official, a.official_id) if a.official_id else None
    fwd = session.get(Organisation, a.forwarded_to_id) if a.forwarded_to_id else None
    initiative = session.get(Initiative, a.initiative_id) if a.initiative_id else None
    events = session.scalars(
        select(AppealEvent)
        .where(AppealEvent.appeal_id == a.id)
        .order_by(AppealEvent.event_date, AppealEvent.id)
    ).all()
    attachments = session.scalars(
        select(Attachment).where(Attachment.appeal_id == a.id).order_by(Attachment.id)
    ).all()
    return AppealDTO(
        id=a.id,
        number=a.number,
        kind=AppealKind(a.kind) if a.kind else None,
        subject=a.subject,
        sent_date=a.sent_date,
        channel=AppealChannel(a.channel),
        organisation_id=a.organisation_id,
        organisation=org.name if org else None,
        official_id=a.official_id,
        addressee=_addressee(
            a.addressee_text,
            org.name if org else None,
            official.position if official else None,
            official.last_name if official else None,
            official.first_name if official else None,
            official.middle_name if official else None,
        ),
        addressee_text=a.addressee_text,
        initiative_id=a.initiative_id,
        initiative_title=initiative.title if initiative else None,
        document_id=a.document_id,
        previous_appeal_id=a.previous_appeal_id,
        registration_number=a.registration_number,
        registration_date=clock.registration_date,
        registration_estimated=clock.registration_estimated,
        extended=bool(a.extended),
        extension_notice_date=a.extension_notice_date,
        extended_until=a.extended_until,
        forwarded_to_id=a.forwarded_to_id,
        forwarded_to=fwd.name if fwd else None,
        forwarded_date=a.forwarded_date,
        answer_date=a.answer_date,
        answer_summary=a.answer_summary,
        answer_outcome=AnswerOutcome(a.answer_outcome) if a.answer_outcome else None,
        due_date=due,
        state=clock_state(due, a.answer_date, day, settings.due_soon_days),
        as_of=day,
        events=tuple(_event_dto(e, a.number) for e in events),
        attachments=tuple(_attachment_info(att) for att in attachments),
    )
