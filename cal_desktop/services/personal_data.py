"""Personal-data duties (152-FZ, DOMAIN B3): consent, withdrawal, erasure, a subject's request.

Erasure anonymises in place: the person's name, contacts and free-text notes are overwritten, the
documents that name them are emptied, and their consultations and memberships stay (without the
person) so that the statistics of past months do not change.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select, union_all, update
from sqlalchemy.orm import Session

from cal_desktop.db.backup import wipe_free_space
from cal_desktop.db.engine import Database
from cal_desktop.db.models import (
    Attachment,
    AuditEntry,
    Consultation,
    Document,
    Initiative,
    InitiativeMember,
    Visitor,
)
from cal_desktop.domain import clock
from cal_desktop.domain import text as textnorm
from cal_desktop.domain.vocab import Role
from cal_desktop.errors import ValidationError
from cal_desktop.paths import sqlite_path
from cal_desktop.services import attachments, attachments_open, audit, subject_links
from cal_desktop.services.common import get_or_404
from cal_desktop.services.context import SYSTEM, ServiceContext
from cal_desktop.services.settings_store import _get_settings

WITHDRAWAL_DAYS = 30  # 152-FZ art. 21 p. 5: destroy or anonymise within 30 days of withdrawal
ANONYMISED_NAME = "Данные удалены"
CONSENT_SCAN = "consent_scan"
# templates that print every member of an initiative (signature tables, minutes, consent batches)
LISTS_MEMBERS = ("collective_appeal", "signature_sheet", "meeting_minutes", "pd_consent")


@dataclass(frozen=True)
class ErasureCandidate:
    visitor_id: int
    full_name: str
    reason: str  # "withdrawn" or "retention"
    since: date  # withdrawal date, or the date of the last activity
    deadline: date  # by when the data must be anonymised
    overdue: bool


# ------------------------------------------------------------------------------------------ consent


def record_consent(
    ctx: ServiceContext,
    visitor_id: int,
    consent_date: date,
    form_version: str | None = None,
    scan: tuple[str, str, bytes] | None = None,
) -> None:
    """Record a signed consent (date, form version) and optionally its scan (filename, mime, bytes)."""
    if consent_date > clock.today():
        raise ValidationError.single("consent_date", "Дата согласия", "дата не может быть в будущем")
    with ctx.db.session() as s:
        visitor = get_or_404(s, Visitor, visitor_id, "Посетитель")
        visitor.consent_date = consent_date
        visitor.consent_form_version = form_version or _get_settings(s).consent_form_version
        visitor.consent_withdrawn_date = None
        if scan is not None:
            filename, mime, content = scan
            s.add(
                Attachment(
                    visitor_id=visitor_id,
                    kind=CONSENT_SCAN,
                    filename=filename,
                    mime_type=mime,
                    content=content,
                    created_by_id=ctx.actor.staff_id,
                )
            )
        audit.record(s, ctx, "consent", "visitor", visitor_id, version=visitor.consent_form_version)


def record_withdrawal(ctx: ServiceContext, visitor_id: int, withdrawn_on: date) -> date:
    """Record that the person withdrew consent; returns the date by which data must be anonymised."""
    if withdrawn_on > clock.today():
        raise ValidationError.single("consent_withdrawn_date", "Дата отзыва", "дата не может быть в будущем")
    with ctx.db.session() as s:
        visitor = get_or_404(s, Visitor, visitor_id, "Посетитель")
        visitor.consent_withdrawn_date = withdrawn_on
        audit.record(s, ctx, "withdraw_consent", "visitor", visitor_id)
    return withdrawn_on + timedelta(days=WITHDRAWAL_DAYS)


# ---------------------------------------------------------------------------------------- erasure list


def erasure_candidates(
    ctx: ServiceContext, as_of: date | None = None, limit: int = 1000
) -> list[ErasureCandidate]:
    """People whose data must be anonymised: consent withdrawn, or no activity for the retention period."""
    ctx.require(Role.ADMIN)
    as_of = as_of or clock.today()
    with ctx.db.read() as s:
        years = _get_settings(s).retention_years
        cutoff = _years_before(as_of, years)
        activity = union_all(
            select(Consultation.visitor_id.label("vid"), Consultation.occurred_on.label("day")),
            select(InitiativeMember.visitor_id.label("vid"), InitiativeMember.added_on.label("day")),
        ).subquery()
        last = (
            select(activity.c.vid, func.max(activity.c.day).label("last_day"))
            .group_by(activity.c.vid)
            .subquery()
        )
        rows = s.execute(
            select(
                Visitor.id,
                Visitor.last_name,
                Visitor.first_name,
                Visitor.middle_name,
                Visitor.consent_withdrawn_date,
                last.c.last_day,
                Visitor.created_at,
            )
            .outerjoin(last, last.c.vid == Visitor.id)
            .where(Visitor.anonymised_at.is_(None))
            .where(
                or_(
                    Visitor.consent_withdrawn_date.is_not(None),
                    func.coalesce(last.c.last_day, func.date(Visitor.created_at)) < cutoff,
                )
            )
            .order_by(
                Visitor.consent_withdrawn_date.is_(None), Visitor.consent_withdrawn_date, last.c.last_day
            )
            .limit(limit)
        ).all()
    result = []
    for vid, last_name, first, middle, withdrawn, last_day, created_at in rows:
        name = textnorm.full_name(last_name, first, middle)
        if withdrawn is not None:
            deadline = withdrawn + timedelta(days=WITHDRAWAL_DAYS)
            result.append(ErasureCandidate(vid, name, "withdrawn", withdrawn, deadline, as_of > deadline))
        else:
            since = _as_date(last_day) or created_at.date()
            deadline = _years_after(since, years)
            result.append(ErasureCandidate(vid, name, "retention", since, deadline, as_of > deadline))
    return result


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _years_after(day: date, years: int) -> date:
    return _years_before(day, -years)


# -------------------------------------------------------------------------------------------- erase


def anonymise_visitor(ctx: ServiceContext, visitor_id: int) -> None:
    """Remove everything identifying the person; keep the statistics. Administrators only.

    Afterwards the freed database pages are wiped (VACUUM on SQLite), so the name does not linger in
    the file: backups made before keep it until they rotate away.
    """
    ctx.require(Role.ADMIN)
    with ctx.db.session() as s:
        _anonymise(s, ctx, visitor_id)
    _wipe_free_space(ctx)


def _anonymise(session: Session, ctx: ServiceContext, visitor_id: int, **details: Any) -> None:
    visitor = get_or_404(session, Visitor, visitor_id, "Посетитель")
    for name in (
        "middle_name",
        "gender",
        "birth_date",
        "phone",
        "email",
        "address",
        "notes",
        "consent_form_version",
    ):
        setattr(visitor, name, None)
    visitor.last_name = ANONYMISED_NAME
    visitor.first_name = ""
    visitor.name_norm = ""
    visitor.search_text = ""
    visitor.anonymised_at = clock.utcnow()
    # free text written about the person's visits may name them or their circumstances
    session.execute(update(Consultation).where(Consultation.visitor_id == visitor_id).values(summary=None))
    # scans of their consent, files of their consultations and files of a case marked as theirs
    attachments_open.forget_copies(attachments.erase_person_files(session, visitor_id))  # files of a case
    # documents naming the person (consents, their appeals): the register keeps the row, not the text
    member_of = select(InitiativeMember.initiative_id).where(InitiativeMember.visitor_id == visitor_id)
    author_of = member_of.where(InitiativeMember.role.in_(["author", "co_author"]))
    naming = select(Document.id).where(
        or_(
            Document.visitor_id == visitor_id,
            Document.initiative_id.in_(author_of),
            and_(Document.initiative_id.in_(member_of), Document.template_id.in_(LISTS_MEMBERS)),
        )
    )
    session.execute(
        update(Document)
        .where(Document.id.in_(naming))
        .values(content=b"", context_json=None, filename="удалено.pdf")
        .execution_options(synchronize_session=False)
    )
    session.execute(
        update(InitiativeMember).where(InitiativeMember.visitor_id == visitor_id).values(note=None)
    )
    from cal_desktop.services import visitor_merge  # noqa: PLC0415 (it imports the visitors service)

    visitor_merge.forget(session, visitor_id)  # a merge's undo copy of the person goes too (issue 15.5)
    audit.record(session, ctx, "anonymise", "visitor", visitor_id, **details)


def _wipe_free_space(ctx: ServiceContext) -> None:
    path = sqlite_path(ctx.db.url)
    if path is None:
        from cal_desktop.services import erasure_postgres  # VACUUM FULL in the background (issue 14.6)

        erasure_postgres.after_erasure(ctx)
        return
    ctx.db.dispose()  # no pooled connection of ours may hold the old pages
    wipe_free_space(path)


def reapply(
    url: str, erased: list[tuple[int, str]], withdrawn: list[tuple[int, str, str]], source: str
) -> tuple[int, int]:
    """After a restore (152-FZ art. 21): apply to the restored database ``url`` (not yet in use) the
    erasures and consent withdrawals that the replaced database ``source`` holds and it lacks.
    A person is the same when both id and creation time agree, so a backup of another database never
    has the wrong person erased. Returns how many erasures and withdrawals were applied."""
    database = Database(url)
    ctx = ServiceContext(database, SYSTEM)
    erasures = withdrawals = 0
    try:
        with database.session() as s:
            for vid, created in erased:
                visitor = _same_person(s, vid, created)
                if visitor is not None and visitor.anonymised_at is None:
                    _anonymise(s, ctx, vid, reapplied_from=source)
                    erasures += 1
            for vid, created, withdrawn_on in withdrawn:
                visitor = _same_person(s, vid, created)
                day = _as_date(withdrawn_on)
                if visitor is None or visitor.anonymised_at is not None or day is None:
                    continue
                if visitor.consent_withdrawn_date != day:
                    visitor.consent_withdrawn_date = day
                    audit.record(s, ctx, "withdraw_consent", "visitor", vid, reapplied_from=source)
                    withdrawals += 1
    finally:
        database.dispose()
    return erasures, withdrawals


def _same_person(session: Session, visitor_id: int, created: str) -> Visitor | None:
    visitor = session.get(Visitor, visitor_id)
    if visitor is None:
        return None
    try:
        return visitor if visitor.created_at == datetime.fromisoformat(str(created)) else None
    except ValueError:
        return None


# --------------------------------------------------------------------------------- subject's request


def subject_data(ctx: ServiceContext, visitor_id: int) -> dict[str, Any]:
    """Everything the centre holds about a person (a subject's request, 152-FZ art. 14). Logged."""
    ctx.require(Role.COORDINATOR)
    with ctx.db.session() as s:
        v = get_or_404(s, Visitor, visitor_id, "Посетитель")
        person = {
            "id": v.id,
            "фамилия": v.last_name,
            "имя": v.first_name,
            "отчество": v.middle_name,
            "пол": v.gender,
            "дата_рождения": v.birth_date,
            "телефон": v.phone,
            "email": v.email,
            "адрес": v.address,
            "территория": v.territory.name if v.territory else None,
            "согласие_дата": v.consent_date,
            "согласие_версия_формы": v.consent_form_version,
            "согласие_отозвано": v.consent_withdrawn_date,
            "заметки": v.notes,
            "создано": v.created_at,
        }
        consultations = [
            {
                "id": c.id,
                "дата": c.occurred_on,
                "канал": c.channel,
                "темы": [t.topic for t in c.topics],
                "результат": c.outcome,
                "описание": c.summary,
            }
            for c in s.scalars(
                select(Consultation)
                .where(Consultation.visitor_id == visitor_id)
                .order_by(Consultation.occurred_at)
            )
        ]
        initiatives = [
            {"id": i.id, "название": i.title, "роль": m.role, "добавлен": m.added_on, "статус": i.status}
            for m, i in s.execute(
                select(InitiativeMember, Initiative)
                .join(Initiative, Initiative.id == InitiativeMember.initiative_id)
                .where(InitiativeMember.visitor_id == visitor_id)
            )
        ]
        documents = [
            {"id": d.id, "шаблон": d.template_id, "название": d.title, "дата": d.created_on}
            for d in s.scalars(select(Document).where(Document.visitor_id == visitor_id))
        ]
        scans = [
            {"id": a.id, "файл": a.filename, "вид": a.kind, "дата": a.created_at}
            for a in s.scalars(select(Attachment).where(Attachment.visitor_id == visitor_id))
        ]
        history = [
            {"когда": e.at, "действие": e.action, "сотрудник_id": e.staff_id}
            for e in s.scalars(
                select(AuditEntry)
                .where(AuditEntry.entity == "visitor", AuditEntry.entity_id == visitor_id)
                .order_by(AuditEntry.at)
            )
        ]
        related = subject_links.collect(s, visitor_id)  # through their initiatives, and their follow-ups
        audit.record(s, ctx, "export", "visitor", visitor_id, what="subject_data")
    return {
        "format": "cal-desktop-subject-data",
        "version": 1,
        "сформировано": clock.local_now(),
        "субъект": person,
        "консультации": consultations,
        "инициативы": initiatives,
        "документы": documents,
        "сканы": scans,
        **related,
        "журнал_действий": history,
        "копии": _copies(ctx),
    }


def _copies(ctx: ServiceContext) -> dict[str, Any]:
    """Where copies of the person's data may remain (152-FZ art. 14: the person may ask), and until when."""
    from cal_desktop.services import backup  # backup imports this module (restore re-applies erasures)

    source = backup.source_of(ctx)  # a server database: what stands for it in the names of its dumps
    if source is None:
        return {"резервные_копии": "база в памяти: копий нет"}
    folder = backup.backup_folder(ctx)
    found = backup.list_backups(folder, source)
    copies = {
        "папка_резервных_копий": str(folder),
        "хранится_последних_копий": backup.get_settings_keep(ctx),
        "резервные_копии": [{"файл": b.path.name, "создана": b.created} for b in found],
        "копии_рядом_с_базой": [
            {"файл": c.path.name, "создана": c.created, "удаляется": c.expires}
            for c in backup.aside_copies_of(ctx)
        ],
    }
    if sqlite_path(ctx.db.url) is None:
        copies["копии_сервера"] = "журнал WAL и резервные копии самого сервера PostgreSQL ведёт его администратор"
    return copies


def subject_data_json(ctx: ServiceContext, visitor_id: int) -> bytes:
    return json.dumps(subject_data(ctx, visitor_id), ensure_ascii=False, indent=2, default=str).encode()
