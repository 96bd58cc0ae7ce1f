"""Appeals: validation, registering a new appeal and editing one."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy.orm import Session

from cal_desktop.db.models import (
    Appeal,
    Document,
    Initiative,
    Official,
    Organisation,
)
from cal_desktop.domain.vocab import AnswerOutcome, AppealChannel, AppealEventKind, AppealKind
from cal_desktop.errors import Conflict
from cal_desktop.services import audit
from cal_desktop.services.appeals.deadlines import _refresh_due
from cal_desktop.services.appeals.dtos import LABELS, AppealDTO, AppealInput
from cal_desktop.services.appeals.numbering import _number_taken, next_appeal_number
from cal_desktop.services.appeals.reads import _dto
from cal_desktop.services.appeals.shared import (
    _LETTER_FIELDS,
    _answer_text,
    _check_date,
    _event,
    _extension_text,
    _not_before,
    _not_future,
    _refresh_search,
    _registration_text,
)
from cal_desktop.services.common import Checker, get_or_404
from cal_desktop.services.context import ServiceContext


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
