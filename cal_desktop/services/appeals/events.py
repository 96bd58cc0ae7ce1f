"""Appeals: the timeline of an appeal's letters (registration, extension, forwarding, answer, scans)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy.orm import Session

from cal_desktop.db.models import (
    Appeal,
    Attachment,
    Official,
    Organisation,
)
from cal_desktop.domain.vocab import AnswerOutcome, AppealEventKind
from cal_desktop.errors import ValidationError
from cal_desktop.services import audit
from cal_desktop.services.appeals.deadlines import _refresh_due
from cal_desktop.services.appeals.dtos import (
    LABELS,
    MAX_SCAN_BYTES,
    SCAN_TYPES,
    AppealDTO,
    AttachmentInfo,
    ScanFile,
)
from cal_desktop.services.appeals.reads import _attachment_info, _dto
from cal_desktop.services.appeals.shared import (
    _answer_text,
    _check_date,
    _event,
    _extension_text,
    _not_before,
    _not_future,
    _official_name,
    _refresh_search,
    _registration_text,
    _require_open,
)
from cal_desktop.services.common import Checker, get_or_404
from cal_desktop.services.context import ServiceContext


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
