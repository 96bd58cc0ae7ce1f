"""The audit log: who did what and when. Every write in the services records one entry."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from cal_desktop.db.models import AuditEntry
from cal_desktop.services.context import ServiceContext


def record(
    session: Session,
    ctx: ServiceContext,
    action: str,
    entity: str,
    entity_id: int | None = None,
    **details: Any,
) -> None:
    """Add an entry in the current unit of work (so it is written only if the action is)."""
    session.add(
        AuditEntry(
            staff_id=ctx.actor.staff_id,
            action=action,
            entity=entity,
            entity_id=entity_id,
            details=json.dumps(details, ensure_ascii=False, default=str) if details else None,
        )
    )
