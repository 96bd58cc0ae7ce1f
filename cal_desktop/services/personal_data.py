"""Personal-data duties (152-FZ, DOMAIN B3): consent, withdrawal, erasure, a subject's request.

Erasure anonymises in place: the person's name, contacts and free-text notes are overwritten, the
documents that name them are emptied, and their consultations and memberships stay (without the
person) so that the statistics of past months do not change.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, or_, select, union_all

from cal_desktop.db.backup import wipe_free_space
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
from cal_desktop.services import audit, backup, subject_links
from cal_desktop.services.common import get_or_404
from cal_desktop.services.context import ServiceContext

# re-exported: callers use personal_data.ANONYMISED_NAME, .LISTS_MEMBERS, .reapply
from cal_desktop.services.erasure import ANONYMISED_NAME as ANONYMISED_NAME
from cal_desktop.services.erasure import LISTS_MEMBERS as LISTS_MEMBERS
from cal_desktop.services.erasure import anonymise, as_date
from cal_desktop.services.erasure import reapply as reapply
from cal_desktop.services.settings_store import _get_settings

WITHDRAWAL_DAYS = 30  # 152-FZ art. 21 p. 5: destroy or anonymise within 30 days of withdrawal
CONSENT_SCAN = "consent_scan"


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
            since = as_date(last_day) or created_at.date()
            deadline = _years_after(since, years)
            result.append(ErasureCandidate(vid, name, "retention", since, deadline, as_of > deadline))
    return result


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
        anonymise(s, ctx, visitor_id)
    _wipe_free_space(ctx)


def _wipe_free_space(ctx: ServiceContext) -> None:
    path = sqlite_path(ctx.db.url)
    if path is None:
        from cal_desktop.services import erasure_postgres  # VACUUM FULL in the background (issue 14.6)

        erasure_postgres.after_erasure(ctx)
        return
    ctx.db.dispose()  # no pooled connection of ours may hold the old pages
    wipe_free_space(path)


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
