"""What the audit log says about records merged into a person's (152-FZ art. 14, issue 15 point 5).

A merge (``services/visitor_merge.py``) moves every row that names the removed record to the kept one,
but the audit log is never rewritten: its entries about the removed record (who created, viewed or
changed it) keep the removed id. «Everything about a person» of the kept record finds them through the
merge records instead: for each merge into the person that was not undone, the entries about the removed
record up to the moment of the merge (an id freed by the deletion may later be given to someone else, on
SQLite), and so on down a chain of merges (A into B, then B into C: C's export has A's and B's entries).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cal_desktop.db.models import AuditEntry, Visitor, VisitorMerge

KEY = "журнал_объединённых_записей"


def collect(session: Session, visitor_id: int) -> dict[str, Any]:
    entries: list[dict[str, Any]] = []
    created = session.scalar(select(Visitor.created_at).where(Visitor.id == visitor_id))
    seen: set[int] = {visitor_id}
    # (record, merges into it no earlier than, no later than): an id reused by SQLite must not inherit the
    # merges of the record that had it before, nor a removed record the merges made after it was gone
    waiting: list[tuple[int, datetime | None, datetime | None]] = [(visitor_id, created, None)]
    while waiting:  # down the chain; ``seen`` guards against a loop
        kept_id, after, before = waiting.pop(0)
        query = select(VisitorMerge).where(VisitorMerge.kept_id == kept_id, VisitorMerge.undone_at.is_(None))
        if after is not None:
            query = query.where(VisitorMerge.merged_at >= after)
        if before is not None:
            query = query.where(VisitorMerge.merged_at <= before)
        for merge in session.scalars(query.order_by(VisitorMerge.id)).all():
            if merge.removed_id in seen:
                continue
            seen.add(merge.removed_id)
            waiting.append((merge.removed_id, None, merge.merged_at))
            entries.extend(_entries(session, merge))
    entries.sort(key=lambda e: (e["когда"], e["запись_id"]))
    return {KEY: entries}


def _entries(session: Session, merge: VisitorMerge) -> list[dict[str, Any]]:
    found = session.scalars(
        select(AuditEntry)
        .where(
            AuditEntry.entity == "visitor",
            AuditEntry.entity_id == merge.removed_id,
            AuditEntry.at <= merge.merged_at,
        )
        .order_by(AuditEntry.at, AuditEntry.id)
    )
    return [
        {
            "когда": e.at,
            "действие": e.action,
            "сотрудник_id": e.staff_id,
            "запись_id": merge.removed_id,
            "объединение_id": merge.id,
            "объединено": merge.merged_at,
        }
        for e in found
    ]
