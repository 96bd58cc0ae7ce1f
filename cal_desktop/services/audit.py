"""The audit log: who did what and when. Every write in the services records one entry."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cal_desktop.db.models import AuditEntry, Staff
from cal_desktop.domain import clock
from cal_desktop.domain.vocab import Role
from cal_desktop.services.common import Page
from cal_desktop.services.context import SYSTEM, ServiceContext

ACTOR_DETAIL = "кто"  # who acted, for an entry with no staff member (the command line)


def record(
    session: Session,
    ctx: ServiceContext,
    action: str,
    entity: str,
    entity_id: int | None = None,
    **details: Any,
) -> None:
    """Add an entry in the current unit of work (so it is written only if the action is)."""
    if ctx.actor.staff_id is None and ctx.actor.display_name not in ("", SYSTEM.display_name):
        details = {ACTOR_DETAIL: ctx.actor.display_name, **details}  # e.g. the command line
    session.add(
        AuditEntry(
            staff_id=ctx.actor.staff_id,
            action=action,
            entity=entity,
            entity_id=entity_id,
            details=json.dumps(details, ensure_ascii=False, default=str) if details else None,
        )
    )


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime  # local time
    staff_id: int | None
    staff_name: str | None
    action: str
    entity: str
    entity_id: int | None
    details: str | None


@dataclass(frozen=True)
class AuditFilter:
    date_from: date | None = None
    date_to: date | None = None
    staff_id: int | None = None
    action: str | None = None
    entity: str | None = None
    entity_id: int | None = None


ACTION_LABELS = {
    "done": "выполнено",
    "hand_over": "передано коллеге",
    "reschedule": "перенос срока",
    "create": "создание",
    "update": "изменение",
    "delete": "удаление",
    "view": "просмотр",
    "export": "выгрузка",
    "import": "загрузка",
    "sign_in": "вход",
    "lock": "блокировка",
    "backup": "резервная копия",
    "restore": "восстановление",
    "anonymise": "обезличивание",
    "consent": "согласие",
    "withdraw_consent": "отзыв согласия",
    "change_password": "смена пароля",
    "reset_password": "сброс пароля",
    "status": "смена статуса",
    "file": "регистрация документа",
    "register": "регистрация",
    "attach": "вложение файла",
    "forward": "перенаправление",
    "extend": "продление срока",
    "answer": "ответ",
    "generate": "демо-данные",
    "move": "перемещение",
    "merge": "объединение записей",
    "unmerge": "отмена объединения",
}


def list_audit(
    ctx: ServiceContext, f: AuditFilter | None = None, offset: int = 0, limit: int = 100
) -> Page[AuditRow]:
    """The audit log, newest first (coordinators and administrators)."""
    ctx.require(Role.COORDINATOR)
    f = f or AuditFilter()
    query = select(AuditEntry.id)
    if f.date_from is not None:
        query = query.where(AuditEntry.at >= clock.local_to_utc(datetime.combine(f.date_from, time.min)))
    if f.date_to is not None:
        query = query.where(
            AuditEntry.at < clock.local_to_utc(datetime.combine(f.date_to + timedelta(days=1), time.min))
        )
    if f.staff_id is not None:
        query = query.where(AuditEntry.staff_id == f.staff_id)
    if f.action:
        query = query.where(AuditEntry.action == f.action)
    if f.entity:
        query = query.where(AuditEntry.entity == f.entity)
    if f.entity_id is not None:
        query = query.where(AuditEntry.entity_id == f.entity_id)
    with ctx.db.read() as s:
        total = s.scalar(select(func.count()).select_from(query.subquery())) or 0
        rows = s.execute(
            select(AuditEntry, Staff.display_name)
            .outerjoin(Staff, Staff.id == AuditEntry.staff_id)
            .where(AuditEntry.id.in_(query.order_by(AuditEntry.id.desc()).offset(offset).limit(limit)))
            .order_by(AuditEntry.id.desc())
        ).all()
        items = [
            AuditRow(
                e.id,
                clock.utc_to_local(e.at),
                e.staff_id,
                name or _actor_of(e.details),
                e.action,
                e.entity,
                e.entity_id,
                e.details,
            )
            for e, name in rows
        ]
    return Page(items, total, offset, limit)


def _actor_of(details: str | None) -> str | None:
    try:
        value = json.loads(details).get(ACTOR_DETAIL) if details else None
    except (ValueError, AttributeError):
        return None
    return str(value) if value else None


def record_view(ctx: ServiceContext, entity: str, entity_id: int) -> None:
    """Log that someone opened a person's full card (152-FZ: access to personal data is accountable)."""
    with ctx.db.session() as s:
        record(s, ctx, "view", entity, entity_id)
