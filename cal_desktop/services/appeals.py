"""The register of outgoing appeals and the 59-FZ answer clock around each (DOMAIN.md A2).

Every appeal stores its derived ``due_date`` (so that lists filter and sort by it in SQL); it is
recomputed here whenever an input of the rule changes: registration, extension, forwarding, the
settings, or the calendar overrides (``recompute_due_dates``). States are not stored: they depend on
the date they are seen from, and are computed in SQL from ``due_date``/``answer_date`` and that date.

Forwarding (DOMAIN A2, ``domain/deadlines.py``): the clock restarts from the new body's registration.
``registration_*`` then holds the NEW body's registration (the first body's stays in the timeline); an
extension recorded before the forwarding is dropped, since it was the first body's.

Every change is an ``AppealEvent`` (the timeline, also shown on the initiative's card) and an audit entry.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import NamedTuple

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from cal_desktop.db.models import (
    Appeal,
    AppealEvent,
    Attachment,
    Counter,
    Document,
    Initiative,
    Official,
    Organisation,
)
from cal_desktop.db.search import text_filter
from cal_desktop.domain import text
from cal_desktop.domain.calendar import WorkingCalendar
from cal_desktop.domain.clock import today
from cal_desktop.domain.deadlines import Clock, ClockFacts, compute_clock
from cal_desktop.domain.deadlines import state as clock_state
from cal_desktop.domain.vocab import AnswerOutcome, AppealChannel, AppealEventKind, AppealKind, AppealState
from cal_desktop.errors import Conflict, ValidationError
from cal_desktop.services import audit, followups_sync
from cal_desktop.services.calendar import _working_calendar
from cal_desktop.services.common import Checker, Page, get_or_404
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.settings import _get_settings
from cal_desktop.settings import CentreSettings

LABELS = {
    "number": "Номер",
    "sent_date": "Дата отправки",
    "channel": "Канал",
    "kind": "Вид обращения",
    "subject": "Тема",
    "organisation_id": "Орган",
    "official_id": "Должностное лицо",
    "addressee_text": "Адресат",
    "initiative_id": "Инициатива",
    "document_id": "Документ",
    "previous_appeal_id": "Первичное обращение",
    "registration_number": "Рег. номер",
    "registration_date": "Дата регистрации",
    "extension_notice_date": "Дата уведомления о продлении",
    "extended_until": "Продлено до",
    "forwarded_to_id": "Орган, куда переадресовано",
    "forwarded_date": "Дата переадресации",
    "answer_date": "Дата ответа",
    "answer_summary": "Содержание ответа",
    "answer_outcome": "Итог",
    "scan": "Скан ответа",
}

SCAN_TYPES = (
    "application/pdf",
    "image/jpeg",
    "image/png",
    "image/tiff",
    "image/gif",
    "image/bmp",
    "image/webp",
)
MAX_SCAN_BYTES = 25 * 1024 * 1024


# --------------------------------------------------------------------------------------------- DTOs


@dataclass(frozen=True)
class AppealInput:
    """A new appeal: from the register form, from filing a generated document, or a journal row."""

    sent_date: date
    channel: str  # AppealChannel code or label
    kind: str | None = None  # AppealKind
    subject: str | None = None
    organisation_id: int | None = None
    official_id: int | None = None
    addressee_text: str | None = None
    initiative_id: int | None = None
    document_id: int | None = None
    previous_appeal_id: int | None = None
    number: str | None = None  # None: the next number from the settings pattern
    registration_number: str | None = None
    registration_date: date | None = None
    extended_until: date | None = None
    answer_date: date | None = None
    answer_summary: str | None = None
    answer_outcome: str | None = None
    extension_notice_date: date | None = None


@dataclass(frozen=True)
class AppealFilter:
    """Filters of the register; ``state`` is an AppealState code seen as of ``as_of`` (default today)."""

    state: str | None = None
    channel: str | None = None
    organisation_id: int | None = None
    initiative_id: int | None = None
    sent_from: date | None = None
    sent_to: date | None = None
    text: str | None = None
    as_of: date | None = None
    open_only: bool = False  # no answer yet


@dataclass(frozen=True)
class AppealSummary:
    """A row of the register (and of the alerts and the CLI report)."""

    id: int
    number: str
    sent_date: date
    channel: AppealChannel
    kind: AppealKind | None
    subject: str | None
    addressee: str
    organisation_id: int | None
    initiative_id: int | None
    initiative_title: str | None
    registration_number: str | None
    registration_date: date  # the reported one, or the estimate
    registration_estimated: bool
    extended: bool
    forwarded_to: str | None
    due_date: date
    answer_date: date | None
    answer_outcome: AnswerOutcome | None
    state: AppealState
    as_of: date


@dataclass(frozen=True)
class AppealEventDTO:
    id: int
    appeal_id: int
    appeal_number: str
    kind: AppealEventKind
    event_date: date
    details: str | None
    organisation_id: int | None
    staff_id: int | None
    created_at: datetime

    @property
    def label(self) -> str:
        return self.kind.label


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    filename: str
    mime_type: str
    size: int
    created_at: datetime


@dataclass(frozen=True)
class ScanFile:
    filename: str
    mime_type: str
    content: bytes


@dataclass(frozen=True)
class AppealDTO:
    id: int
    number: str
    kind: AppealKind | None
    subject: str | None
    sent_date: date
    channel: AppealChannel
    organisation_id: int | None
    organisation: str | None
    official_id: int | None
    addressee: str
    addressee_text: str | None
    initiative_id: int | None
    initiative_title: str | None
    document_id: int | None
    previous_appeal_id: int | None
    registration_number: str | None
    registration_date: date  # reported or estimated (see registration_estimated)
    registration_estimated: bool
    extended: bool
    extension_notice_date: date | None
    extended_until: date | None
    forwarded_to_id: int | None
    forwarded_to: str | None
    forwarded_date: date | None
    answer_date: date | None
    answer_summary: str | None
    answer_outcome: AnswerOutcome | None
    due_date: date
    state: AppealState
    as_of: date
    events: tuple[AppealEventDTO, ...]
    attachments: tuple[AttachmentInfo, ...]


class Alerts(NamedTuple):
    """What the desk shows: open appeals due soon and overdue (unpacks as a pair)."""

    due_soon: list[AppealSummary]
    overdue: list[AppealSummary]


# ------------------------------------------------------------------------------------ the clock


def _facts(a: Appeal) -> ClockFacts:
    return ClockFacts(
        sent_date=a.sent_date,
        channel=a.channel,
        registration_date=a.registration_date,
        extended=bool(a.extended),
        extended_until=a.extended_until,
        forwarded_date=a.forwarded_date,
        answer_date=a.answer_date,
    )


def _clock(a: Appeal, cal: WorkingCalendar, settings: CentreSettings) -> Clock:
    return compute_clock(_facts(a), cal, settings.post_delivery_days)


_RULES_KEY = "cal_desktop.appeals.rules"


def _rules(session: Session, fresh: bool = False) -> tuple[WorkingCalendar, CentreSettings]:
    """The calendar and settings the rule reads, cached for this unit of work: an import registers
    thousands of appeals in one session, and both are re-read only when ``fresh`` (after a change)."""
    cached = session.info.get(_RULES_KEY)
    if cached is None or fresh:
        cached = (_working_calendar(session), _get_settings(session))
        session.info[_RULES_KEY] = cached
    return cached  # type: ignore[no-any-return]


def _refresh_due(session: Session, a: Appeal) -> Clock:
    clock = _clock(a, *_rules(session))
    a.due_date = clock.due_date
    followups_sync.track_appeal(session, a)  # the reminder follows the due date and closes with the answer
    return clock


def recompute_due_dates(session: Session, since: date | None = None) -> int:
    """Recompute stored due dates (after the calendar overrides or the delivery days changed).

    ``since``: only appeals whose stored due date is on or after it; a change of the calendar on day X
    can only move due dates that are X or later (a due date before X never rolled over X). Returns the
    number of appeals whose due date changed.
    """
    cal, settings = _rules(session, fresh=True)
    stmt = select(Appeal).order_by(Appeal.id)
    if since is not None:
        stmt = stmt.where(or_(Appeal.due_date >= since, Appeal.due_date.is_(None)))
    changed = 0
    last_id = 0
    while True:  # in batches, so that a big register is never loaded whole
        batch = list(session.scalars(stmt.where(Appeal.id > last_id).limit(500)))
        if not batch:
            break
        for a in batch:
            due = _clock(a, cal, settings).due_date
            if a.due_date != due:
                a.due_date = due
                followups_sync.track_appeal(session, a)
                changed += 1
        last_id = batch[-1].id
        session.flush()
    return changed


def _state_condition(state: AppealState, as_of: date, soon_days: int) -> ColumnElement[bool]:
    """SQL for "the appeal is in ``state`` as of ``as_of``" (the same rule as domain.deadlines.state)."""
    answered = and_(Appeal.answer_date.is_not(None), Appeal.answer_date <= as_of)
    not_answered = or_(Appeal.answer_date.is_(None), Appeal.answer_date > as_of)
    if state is AppealState.ANSWERED:
        return and_(answered, Appeal.answer_date <= Appeal.due_date)
    if state is AppealState.ANSWERED_LATE:
        return and_(answered, Appeal.answer_date > Appeal.due_date)
    if state is AppealState.OVERDUE:
        return and_(not_answered, Appeal.due_date < as_of)
    if state is AppealState.DUE_SOON:
        return and_(
            not_answered, Appeal.due_date >= as_of, Appeal.due_date <= as_of + timedelta(days=soon_days)
        )
    return and_(not_answered, Appeal.due_date > as_of + timedelta(days=soon_days))


# ------------------------------------------------------------------------------------ numbering


def next_appeal_number(session: Session, sent_date: date) -> str:
    """The next free number of the outgoing register for the year of ``sent_date`` (counter
    ``appeal:{year}``, incremented under the write lock; numbers already taken, e.g. by an imported
    journal, are skipped)."""
    counter = _locked_counter(session, f"appeal:{sent_date.year}")
    counter.value, number = _free_number(session, sent_date, counter.value or 0)
    return number


def peek_appeal_number(session: Session, sent_date: date) -> str:
    """The number ``next_appeal_number`` would give now, read without taking it (nothing is written):
    document filing prints it into the letter before its short write transaction, which then checks
    that it is still the next one."""
    counter = session.get(Counter, f"appeal:{sent_date.year}")
    last = (counter.value or 0) if counter is not None else 0
    return _free_number(session, sent_date, last)[1]


def _free_number(session: Session, sent_date: date, last: int) -> tuple[int, str]:
    """The first counter value after ``last`` whose number is not taken, and that number."""
    pattern = _rules(session)[1].appeal_number_pattern
    while True:
        last += 1
        number = pattern.format(year=sent_date.year, month=sent_date.month, seq=last)
        if not _number_taken(session, number):
            return last, number


def _locked_counter(session: Session, name: str) -> Counter:
    """The counter row ``name``, created if missing and locked until the unit of work ends.

    On SQLite the writing unit of work already holds the database's write lock (BEGIN IMMEDIATE). On a
    shared PostgreSQL server two desks run side by side: SELECT ... FOR UPDATE makes the second wait for
    the first's commit and then read its value, but it locks nothing while the row does not exist, so
    the year's first two filings would both insert it and one would fail. INSERT ... ON CONFLICT DO
    NOTHING (the same text on SQLite 3.24+ and PostgreSQL 9.5+) waits for a concurrent insert of the same
    name instead, and then leaves the row alone.
    """
    session.execute(
        sql_text("INSERT INTO counters (name, value) VALUES (:name, 0) ON CONFLICT (name) DO NOTHING"),
        {"name": name},
    )
    counter = session.get(Counter, name, with_for_update=True, populate_existing=True)
    assert counter is not None  # inserted just above or already there
    return counter


def _number_taken(session: Session, number: str, except_id: int | None = None) -> bool:
    stmt = select(Appeal.id).where(Appeal.number == number)
    if except_id is not None:
        stmt = stmt.where(Appeal.id != except_id)
    return session.scalar(stmt.limit(1)) is not None


# ----------------------------------------------------------------------------------- validation


def _not_before(c: Checker, field: str, value: date | None, earliest: date | None, what: str) -> None:
    if value is not None and earliest is not None and value < earliest:
        c.fail(field, LABELS[field], f"не может быть раньше {what} ({earliest:%d.%m.%Y})")


def _not_future(c: Checker, field: str, value: date | None) -> None:
    if value is not None and value > today():
        c.fail(field, LABELS[field], "дата не может быть в будущем")


def _check_date(c: Checker, field: str, value: object, required: bool = False) -> date | None:
    if value is None:
        if required:
            c.fail(field, LABELS[field], "обязательное поле")
        return None
    if not isinstance(value, date) or isinstance(value, datetime):
        c.fail(field, LABELS[field], "неверная дата")
        return None
    return value


@dataclass(frozen=True)
class _Clean:
    sent_date: date
    channel: AppealChannel
    kind: AppealKind | None
    subject: str | None
    addressee_text: str | None
    number: str | None
    registration_number: str | None
    registration_date: date | None
    extension_notice_date: date | None
    extended_until: date | None
    answer_date: date | None
    answer_summary: str | None
    answer_outcome: AnswerOutcome | None


def _validate(data: AppealInput) -> _Clean:
    c = Checker()
    sent = _check_date(c, "sent_date", data.sent_date, required=True)
    _not_future(c, "sent_date", sent)
    channel = c.code("channel", LABELS["channel"], data.channel, AppealChannel.parse)
    kind = c.code("kind", LABELS["kind"], data.kind, AppealKind.parse, required=False)
    subject = c.optional("subject", LABELS["subject"], data.subject, 300)
    addressee = c.optional("addressee_text", LABELS["addressee_text"], data.addressee_text, 500)
    number = c.optional("number", LABELS["number"], data.number, 100)
    reg_number = c.optional(
        "registration_number", LABELS["registration_number"], data.registration_number, 100
    )
    reg_date = _check_date(c, "registration_date", data.registration_date)
    notice = _check_date(c, "extension_notice_date", data.extension_notice_date)
    until = _check_date(c, "extended_until", data.extended_until)
    answer = _check_date(c, "answer_date", data.answer_date)
    summary = c.optional(
        "answer_summary", LABELS["answer_summary"], data.answer_summary, 5000, long_text=True
    )
    outcome = c.code(
        "answer_outcome", LABELS["answer_outcome"], data.answer_outcome, AnswerOutcome.parse, required=False
    )
    for field, value in (
        ("registration_date", reg_date),
        ("extension_notice_date", notice),
        ("answer_date", answer),
    ):
        _not_future(c, field, value)
        _not_before(c, field, value, sent, "даты отправки")
    _not_before(
        c, "extended_until", until, reg_date or sent, "даты регистрации" if reg_date else "даты отправки"
    )
    if (outcome is not None or summary) and answer is None:
        c.fail(
            "answer_date", LABELS["answer_date"], "укажите дату ответа (указан итог или содержание ответа)"
        )
    c.done()
    assert sent is not None and channel is not None
    return _Clean(
        sent,
        channel,
        kind,
        subject,
        addressee,
        number,
        reg_number,
        reg_date,
        notice,
        until,
        answer,
        summary,
        outcome,
    )


# ---------------------------------------------------------------------------------------- writes


def register_appeal(ctx: ServiceContext, data: AppealInput) -> AppealDTO:
    """Enter an outgoing appeal in the register; its due date follows from DOMAIN A2."""
    with ctx.db.session() as s:
        appeal_id = _register_appeal(s, ctx, data)
        return _dto(s, get_or_404(s, Appeal, appeal_id, "Обращение"))


def _register_appeal(session: Session, ctx: ServiceContext, data: AppealInput) -> int:
    """The same inside a given unit of work (used by document filing and the journal import).

    Accepts every journal column: registration, extension (with or without a named date), answer date
    and outcome; the timeline gets one event for each fact given.
    """
    clean = _validate(data)
    organisation_id = data.organisation_id
    if data.official_id is not None:
        official = get_or_404(session, Official, data.official_id, "Должностное лицо")
        if organisation_id is None:
            organisation_id = official.organisation_id
    if organisation_id is not None:
        get_or_404(session, Organisation, organisation_id, "Орган")
    if data.initiative_id is not None:
        get_or_404(session, Initiative, data.initiative_id, "Инициатива")
    if data.document_id is not None:
        get_or_404(session, Document, data.document_id, "Документ")
    if data.previous_appeal_id is not None:
        get_or_404(session, Appeal, data.previous_appeal_id, "Обращение")
    if clean.number is not None and _number_taken(session, clean.number):
        raise Conflict(f"Обращение с номером «{clean.number}» уже есть в реестре.")
    number = clean.number or next_appeal_number(session, clean.sent_date)

    extended = clean.extended_until is not None or clean.extension_notice_date is not None
    appeal = Appeal(
        number=number,
        kind=clean.kind.value if clean.kind else None,
        subject=clean.subject,
        sent_date=clean.sent_date,
        channel=clean.channel.value,
        organisation_id=organisation_id,
        official_id=data.official_id,
        addressee_text=clean.addressee_text,
        initiative_id=data.initiative_id,
        document_id=data.document_id,
        previous_appeal_id=data.previous_appeal_id,
        registration_number=clean.registration_number,
        registration_date=clean.registration_date,
        extended=extended,
        extension_notice_date=clean.extension_notice_date,
        extended_until=clean.extended_until,
        answer_date=clean.answer_date,
        answer_summary=clean.answer_summary,
        answer_outcome=clean.answer_outcome.value if clean.answer_outcome else None,
        created_by_id=ctx.actor.staff_id,
    )
    session.add(appeal)
    session.flush()
    if data.document_id is not None:
        document = session.get(Document, data.document_id)
        if document is not None and document.appeal_id is None:
            document.appeal_id = appeal.id
    _refresh_due(session, appeal)
    _refresh_search(session, appeal)
    _event(session, ctx, appeal, AppealEventKind.SENT, clean.sent_date, f"Канал: {clean.channel.label}")
    if clean.registration_date is not None:
        _event(
            session,
            ctx,
            appeal,
            AppealEventKind.REGISTERED,
            clean.registration_date,
            _registration_text(clean.registration_number),
        )
    if extended:
        _event(
            session,
            ctx,
            appeal,
            AppealEventKind.EXTENDED,
            clean.extension_notice_date or clean.registration_date or clean.sent_date,
            _extension_text(clean.extended_until),
        )
    if clean.answer_date is not None:
        _event(
            session,
            ctx,
            appeal,
            AppealEventKind.ANSWERED,
            clean.answer_date,
            _answer_text(clean.answer_outcome, clean.answer_summary),
        )
    session.flush()
    audit.record(session, ctx, "create", "appeal", appeal.id, number=number)
    return appeal.id


def update_appeal(ctx: ServiceContext, appeal_id: int, data: AppealInput) -> AppealDTO:
    """Correct the letter's own facts (number, sent date, channel, kind, subject, addressee, links).

    What the authority did (registration, extension, forwarding, answer) is recorded by the event
    functions and is not changed here; the due date follows the corrected facts.
    """
    with ctx.db.session() as s:
        a = get_or_404(s, Appeal, appeal_id, "Обращение")
        clean = _validate(
            replace(
                data,
                registration_date=None,
                registration_number=None,
                extended_until=None,
                extension_notice_date=None,
                answer_date=None,
                answer_summary=None,
                answer_outcome=None,
            )
        )
        c = Checker()
        for field, value in (
            ("registration_date", a.registration_date if a.forwarded_date is None else None),
            ("answer_date", a.answer_date),
            ("forwarded_date", a.forwarded_date),
        ):
            if value is not None and value < clean.sent_date:
                c.fail(
                    "sent_date",
                    LABELS["sent_date"],
                    f"позже даты: {LABELS[field].lower()} ({value:%d.%m.%Y})",
                )
        c.done()
        organisation_id = data.organisation_id
        if data.official_id is not None:
            official = get_or_404(s, Official, data.official_id, "Должностное лицо")
            organisation_id = organisation_id or official.organisation_id
        if organisation_id is not None:
            get_or_404(s, Organisation, organisation_id, "Орган")
        if data.initiative_id is not None:
            get_or_404(s, Initiative, data.initiative_id, "Инициатива")
        number = clean.number or a.number
        if _number_taken(s, number, except_id=a.id):
            raise Conflict(f"Обращение с номером «{number}» уже есть в реестре.")
        before = {k: getattr(a, k) for k in _LETTER_FIELDS}
        a.number = number
        a.sent_date = clean.sent_date
        a.channel = clean.channel.value
        a.kind = clean.kind.value if clean.kind else None
        a.subject = clean.subject
        a.addressee_text = clean.addressee_text
        a.organisation_id = organisation_id
        a.official_id = data.official_id
        a.initiative_id = data.initiative_id
        changed = [k for k in _LETTER_FIELDS if getattr(a, k) != before[k]]
        _refresh_due(s, a)
        _refresh_search(s, a)
        audit.record(s, ctx, "update", "appeal", a.id, fields=changed)
        s.flush()
        return _dto(s, a)


_LETTER_FIELDS = (
    "number",
    "sent_date",
    "channel",
    "kind",
    "subject",
    "addressee_text",
    "organisation_id",
    "official_id",
    "initiative_id",
)


def record_registration(
    ctx: ServiceContext, appeal_id: int, registration_number: str | None, registration_date: date
) -> AppealDTO:
    """The authority reported its registration: the clock now runs from this date."""
    with ctx.db.session() as s:
        a = get_or_404(s, Appeal, appeal_id, "Обращение")
        c = Checker()
        reg_number = c.optional(
            "registration_number", LABELS["registration_number"], registration_number, 100
        )
        reg_date = _check_date(c, "registration_date", registration_date, required=True)
        _not_future(c, "registration_date", reg_date)
        if a.forwarded_date is not None:
            _not_before(c, "registration_date", reg_date, a.forwarded_date, "даты переадресации")
        else:
            _not_before(c, "registration_date", reg_date, a.sent_date, "даты отправки")
        c.done()
        assert reg_date is not None
        a.registration_number = reg_number
        a.registration_date = reg_date
        _refresh_due(s, a)
        _refresh_search(s, a)
        _event(
            s,
            ctx,
            a,
            AppealEventKind.REGISTERED,
            reg_date,
            _registration_text(reg_number),
            organisation_id=a.forwarded_to_id,
        )
        audit.record(s, ctx, "register", "appeal", a.id, registration_date=reg_date.isoformat())
        s.flush()
        return _dto(s, a)


def record_extension(
    ctx: ServiceContext, appeal_id: int, notice_date: date, new_date: date | None = None
) -> AppealDTO:
    """The authority extended the term (notice date; the new date when it names one, else R + 60)."""
    with ctx.db.session() as s:
        a = get_or_404(s, Appeal, appeal_id, "Обращение")
        c = Checker()
        notice = _check_date(c, "extension_notice_date", notice_date, required=True)
        until = _check_date(c, "extended_until", new_date)
        _not_future(c, "extension_notice_date", notice)
        _not_before(c, "extension_notice_date", notice, a.forwarded_date or a.sent_date, "даты отправки")
        _not_before(c, "extended_until", until, notice, "даты уведомления")
        _require_open(c, a)
        c.done()
        assert notice is not None
        a.extended = True
        a.extension_notice_date = notice
        a.extended_until = until
        _refresh_due(s, a)
        _event(s, ctx, a, AppealEventKind.EXTENDED, notice, _extension_text(until))
        audit.record(
            s,
            ctx,
            "extend",
            "appeal",
            a.id,
            notice_date=notice.isoformat(),
            extended_until=until.isoformat() if until else None,
        )
        s.flush()
        return _dto(s, a)


def record_forwarding(
    ctx: ServiceContext,
    appeal_id: int,
    organisation_id: int,
    forwarded_date: date,
    official_id: int | None = None,
) -> AppealDTO:
    """The authority forwarded the appeal to another body: the clock restarts from the new registration
    (estimated as the forwarding date + 3 until the new body's registration is recorded)."""
    with ctx.db.session() as s:
        a = get_or_404(s, Appeal, appeal_id, "Обращение")
        c = Checker()
        fwd = _check_date(c, "forwarded_date", forwarded_date, required=True)
        _not_future(c, "forwarded_date", fwd)
        _not_before(c, "forwarded_date", fwd, a.sent_date, "даты отправки")
        if organisation_id is None:
            c.fail("forwarded_to_id", LABELS["forwarded_to_id"], "обязательное поле")
        _require_open(c, a)
        c.done()
        assert fwd is not None
        org = get_or_404(s, Organisation, organisation_id, "Орган")
        official = (
            get_or_404(s, Official, official_id, "Должностное лицо") if official_id is not None else None
        )
        if official is not None and official.organisation_id != org.id:
            raise ValidationError.single("official_id", LABELS["official_id"], "работает в другом органе")
        a.forwarded_to_id = org.id
        a.forwarded_date = fwd
        # the first body's registration and extension are kept only in the timeline (see module doc)
        a.registration_number = None
        a.registration_date = None
        a.extended = False
        a.extension_notice_date = None
        a.extended_until = None
        _refresh_due(s, a)
        _refresh_search(s, a)
        details = org.name if official is None else f"{org.name}, {_official_name(official)}"
        _event(s, ctx, a, AppealEventKind.FORWARDED, fwd, details, organisation_id=org.id)
        audit.record(s, ctx, "forward", "appeal", a.id, organisation_id=org.id, official_id=official_id)
        s.flush()
        return _dto(s, a)


def record_answer(
    ctx: ServiceContext,
    appeal_id: int,
    answer_date: date,
    summary: str | None,
    outcome: str,
    scans: Sequence[tuple[str, str, bytes]] = (),
) -> AppealDTO:
    """The answer arrived: its date, summary, outcome and scans (PDF or images)."""
    with ctx.db.session() as s:
        a = get_or_404(s, Appeal, appeal_id, "Обращение")
        c = Checker()
        answer = _check_date(c, "answer_date", answer_date, required=True)
        _not_future(c, "answer_date", answer)
        _not_before(c, "answer_date", answer, a.sent_date, "даты отправки")
        clean_summary = c.optional("answer_summary", LABELS["answer_summary"], summary, 5000, long_text=True)
        clean_outcome = c.code("answer_outcome", LABELS["answer_outcome"], outcome, AnswerOutcome.parse)
        for filename, mime, content in scans:
            _check_scan(c, filename, mime, content)
        c.done()
        assert answer is not None and clean_outcome is not None
        a.answer_date = answer
        a.answer_summary = clean_summary
        a.answer_outcome = clean_outcome.value
        for filename, mime, content in scans:
            _store_scan(s, ctx, a, filename, mime, content)
        _refresh_due(s, a)
        _event(s, ctx, a, AppealEventKind.ANSWERED, answer, _answer_text(clean_outcome, clean_summary))
        audit.record(
            s,
            ctx,
            "answer",
            "appeal",
            a.id,
            answer_date=answer.isoformat(),
            outcome=clean_outcome.value,
            scans=len(scans),
        )
        s.flush()
        return _dto(s, a)


def add_scan(
    ctx: ServiceContext, appeal_id: int, filename: str, mime_type: str, content: bytes
) -> AttachmentInfo:
    """Attach a scan (of the answer, a notice, ...) to an appeal."""
    with ctx.db.session() as s:
        a = get_or_404(s, Appeal, appeal_id, "Обращение")
        c = Checker()
        _check_scan(c, filename, mime_type, content)
        c.done()
        att = _store_scan(s, ctx, a, filename, mime_type, content)
        audit.record(s, ctx, "attach", "appeal", a.id, attachment_id=att.id)
        return _attachment_info(att)


def get_scan(ctx: ServiceContext, attachment_id: int) -> ScanFile:
    """The stored bytes of a scan, to open or save it."""
    with ctx.db.read() as s:
        att = get_or_404(s, Attachment, attachment_id, "Файл")
        if att.appeal_id is None:
            raise ValidationError.single("scan", LABELS["scan"], "файл не относится к обращению")
        return ScanFile(att.filename, att.mime_type, att.content)


def _require_open(c: Checker, a: Appeal) -> None:
    if a.answer_date is not None:
        c.fail("answer_date", LABELS["answer_date"], f"ответ уже получен {a.answer_date:%d.%m.%Y}")


def _check_scan(c: Checker, filename: str, mime: str, content: bytes) -> None:
    if not (filename or "").strip():
        c.fail("scan", LABELS["scan"], "нет имени файла")
    elif (mime or "").lower() not in SCAN_TYPES:
        c.fail("scan", LABELS["scan"], f"«{filename}»: допустимы PDF и изображения (JPEG, PNG, TIFF)")
    elif not content:
        c.fail("scan", LABELS["scan"], f"«{filename}»: пустой файл")
    elif len(content) > MAX_SCAN_BYTES:
        c.fail("scan", LABELS["scan"], f"«{filename}»: больше {MAX_SCAN_BYTES // (1024 * 1024)} МБ")


def _store_scan(
    session: Session, ctx: ServiceContext, a: Appeal, filename: str, mime: str, content: bytes
) -> Attachment:
    att = Attachment(
        appeal_id=a.id,
        kind="answer_scan",
        filename=filename.strip()[:300],
        mime_type=mime.lower(),
        content=content,
        created_by_id=ctx.actor.staff_id,
    )
    session.add(att)
    session.flush()
    return att


def _event(
    session: Session,
    ctx: ServiceContext,
    a: Appeal,
    kind: AppealEventKind,
    on: date,
    details: str | None,
    organisation_id: int | None = None,
) -> None:
    session.add(
        AppealEvent(
            appeal_id=a.id,
            kind=kind.value,
            event_date=on,
            details=details,
            organisation_id=organisation_id,
            staff_id=ctx.actor.staff_id,
        )
    )


def _registration_text(number: str | None) -> str:
    return f"Рег. № {number}" if number else "Рег. номер не сообщён"


def _extension_text(until: date | None) -> str:
    return f"Продлено до {until:%d.%m.%Y}" if until else "Продлено на 30 дней"


def _answer_text(outcome: AnswerOutcome | None, summary: str | None) -> str | None:
    parts = [p for p in (outcome.label.capitalize() if outcome else None, summary) if p]
    return ". ".join(parts) or None


def _official_name(o: Official) -> str:
    name = text.initials_name(o.last_name, o.first_name, o.middle_name) if o.last_name else ""
    return f"{o.position} {name}".strip()


def _refresh_search(session: Session, a: Appeal) -> None:
    org = session.get(Organisation, a.organisation_id) if a.organisation_id else None
    fwd = session.get(Organisation, a.forwarded_to_id) if a.forwarded_to_id else None
    official = session.get(Official, a.official_id) if a.official_id else None
    a.search_text = text.search_text(
        a.number,
        a.subject,
        a.addressee_text,
        org.name if org else None,
        org.short_name if org else None,
        fwd.name if fwd else None,
        _official_name(official) if official else None,
        a.registration_number,
    )[:1000]


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
