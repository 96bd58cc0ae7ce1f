"""Merging two records of one person (issue 15.5): compare, choose each field, merge, undo the same day.

Coordinators only. Everything that names the removed record moves to the kept one in one transaction
(``visitor_merge_rows``); the removed row is deleted (its search index entry with it, by the index's
triggers). ``visitor_merges`` keeps the day, who merged, and until the end of that day a snapshot of
both records, so that «Отменить объединение» restores them exactly; after the day the snapshot (personal
data) is wiped and only ids and territories remain, which the monthly report needs to count an earlier
month as it was counted (``reports/merge_history.py``).

A withdrawal of consent on either record always stays on the kept one: a choice cannot undo it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Table, delete, func, insert, select, update
from sqlalchemy.orm import Session

from cal_desktop.db.models import Base, Staff, Visitor, VisitorMerge, VisitorMergeRow
from cal_desktop.domain import clock
from cal_desktop.domain.vocab import Role
from cal_desktop.errors import Conflict, NotFound, ValidationError
from cal_desktop.services import audit, visitors
from cal_desktop.services.common import get_or_404
from cal_desktop.services.context import ServiceContext
from cal_desktop.services.visitor_merge_rows import from_json, move_all, move_back, to_json, visitor_links
from cal_desktop.services.visitors import VisitorDTO, VisitorInput

VISITORS: Table = Base.metadata.tables["visitors"]

# the fields a person chooses between; «consent» takes the date and the form version together
FIELDS: tuple[str, ...] = (
    "last_name", "first_name", "middle_name", "gender", "birth_date", "phone", "email", "address",
    "territory_id", "consent", "notes",
)  # fmt: skip
FIELD_LABELS = {**visitors.LABELS, "consent": "Согласие на обработку ПД"}
LINK_LABELS = {
    "consultations": "консультации",
    "initiative_members": "участие в инициативах",
    "documents": "документы",
    "event_participants": "мероприятия",
    "follow_ups": "напоминания",
    "attachments": "файлы",
}


@dataclass(frozen=True)
class MergeSide:
    visitor: VisitorDTO
    history: dict[str, int]  # label -> rows naming the record


@dataclass(frozen=True)
class MergeInfo:
    id: int
    kept_id: int
    removed_id: int
    kept_name: str
    merged_on: date
    staff_name: str | None
    undoable: bool


def _history(session: Session, visitor_id: int) -> dict[str, int]:
    counts: dict[str, int] = {}
    for table, col in visitor_links():
        n = session.scalar(select(func.count()).select_from(table).where(col == visitor_id)) or 0
        if n:
            label = LINK_LABELS.get(table.name, table.name)
            counts[label] = counts.get(label, 0) + n
    return counts


def compare(ctx: ServiceContext, first_id: int, second_id: int) -> tuple[MergeSide, MergeSide]:
    """Both records side by side with how much history each has."""
    ctx.require(Role.COORDINATOR)
    with ctx.db.read() as s:
        sides = []
        for vid in (first_id, second_id):
            v = get_or_404(s, Visitor, vid, "Посетитель")
            sides.append(MergeSide(visitors._dto(s, v), _history(s, vid)))
    return sides[0], sides[1]


def _merged_input(kept: Visitor, removed: Visitor, from_removed: frozenset[str]) -> VisitorInput:
    def pick(name: str, source: str | None = None) -> Any:
        return getattr(removed if (source or name) in from_removed else kept, name)

    withdrawn = [d for d in (kept.consent_withdrawn_date, removed.consent_withdrawn_date) if d]
    return VisitorInput(
        last_name=pick("last_name"), first_name=pick("first_name"), middle_name=pick("middle_name"),
        gender=pick("gender"), birth_date=pick("birth_date"), phone=pick("phone"), email=pick("email"),
        address=pick("address"), territory_id=pick("territory_id"),
        consent_date=pick("consent_date", "consent"), consent_form_version=pick("consent_form_version", "consent"),
        consent_withdrawn_date=max(withdrawn) if withdrawn else None, notes=pick("notes"),
    )  # fmt: skip


def _visitor_row(session: Session, visitor_id: int) -> Any:
    table = VISITORS
    return session.execute(select(table).where(table.c.id == visitor_id)).mappings().one()


def merge(
    ctx: ServiceContext, kept_id: int, removed_id: int, from_removed: frozenset[str] = frozenset()
) -> int:
    """Merge ``removed_id`` into ``kept_id``; ``from_removed`` names the FIELDS whose value the removed
    record gives. Returns the merge's id (for «Отменить объединение»)."""
    ctx.require(Role.COORDINATOR)
    unknown = set(from_removed) - set(FIELDS)
    if unknown:
        raise ValidationError.single("fields", "Поля", f"неизвестные поля: {', '.join(sorted(unknown))}")
    if kept_id == removed_id:
        raise ValidationError.single("removed", "Запись", "выберите две разные записи")
    with ctx.db.session() as s:
        expire_snapshots(s)
        kept = get_or_404(s, Visitor, kept_id, "Посетитель")
        removed = get_or_404(s, Visitor, removed_id, "Посетитель")
        if kept.anonymised_at or removed.anonymised_at:
            raise Conflict("Данные одной из записей обезличены: объединять нечего.")
        clean = visitors._validate(_merged_input(kept, removed, frozenset(from_removed)))
        table = VISITORS
        snapshot = {
            "kept": to_json(table, _visitor_row(s, kept_id)),
            "removed": to_json(table, _visitor_row(s, removed_id)),
        }
        record = VisitorMerge(
            kept_id=kept_id, removed_id=removed_id, merged_on=clock.today(), staff_id=ctx.actor.staff_id,
            kept_territory_before=kept.territory_id, removed_territory_id=removed.territory_id,
            snapshot_json=json.dumps(snapshot, ensure_ascii=False),
        )  # fmt: skip
        s.add(record)
        s.flush()
        moved = move_all(s, record.id, removed_id, kept_id)
        last_visits = [t for t in (kept.last_visit_at, removed.last_visit_at) if t]
        visitors._apply(kept, clean)
        kept.last_visit_at = max(last_visits) if last_visits else None
        s.flush()
        s.expunge(removed)
        s.execute(delete(table).where(table.c.id == removed_id))
        audit.record(
            s, ctx, "merge", "visitor", kept_id, removed=removed_id, merge=record.id,
            fields=sorted(from_removed), moved=", ".join(f"{LINK_LABELS.get(t, t)}: {n}" for t, n in moved.items()),
        )  # fmt: skip
        return record.id


def undo(ctx: ServiceContext, merge_id: int) -> None:
    """«Отменить объединение»: both records back as they were, each row back where it was (same day only)."""
    ctx.require(Role.COORDINATOR)
    with ctx.db.session() as s:  # committed even when undoing is refused below
        expire_snapshots(s)
    with ctx.db.session() as s:
        record = get_or_404(s, VisitorMerge, merge_id, "Объединение")
        if record.undone_at is not None:
            raise Conflict("Это объединение уже отменено.")
        if record.snapshot_json is None and record.merged_on == clock.today():
            raise Conflict("Данные объединённой записи обезличены: отменить объединение нельзя.")
        if record.snapshot_json is None:
            raise Conflict("Объединение можно отменить только в тот же день.")
        later = s.scalar(
            select(VisitorMerge.id).where(
                VisitorMerge.id > merge_id,
                VisitorMerge.undone_at.is_(None),
                VisitorMerge.kept_id.in_((record.kept_id, record.removed_id))
                | VisitorMerge.removed_id.in_((record.kept_id, record.removed_id)),
            )  # fmt: skip
        )
        if later is not None:
            raise Conflict("С этой записью позже объединили ещё одну: сначала отмените то объединение.")
        if s.get(Visitor, record.kept_id) is None:
            raise NotFound("Оставленная запись удалена: отменить объединение нельзя.")
        snapshot = json.loads(record.snapshot_json)
        table = VISITORS
        s.execute(insert(table).values(from_json(table, snapshot["removed"])))
        move_back(s, merge_id, record.removed_id, record.kept_id)
        kept_values = from_json(table, snapshot["kept"])
        s.execute(update(table).where(table.c.id == record.kept_id).values(kept_values))
        s.execute(delete(VisitorMergeRow).where(VisitorMergeRow.merge_id == merge_id))
        record.undone_at = clock.utcnow()
        record.snapshot_json = None
        audit.record(s, ctx, "unmerge", "visitor", record.kept_id, removed=record.removed_id, merge=merge_id)


def expire_snapshots(session: Session, today: date | None = None) -> int:
    """Wipe the personal data kept for undoing merges of earlier days (they can no longer be undone)."""
    today = today or clock.today()
    old = select(VisitorMerge.id).where(
        VisitorMerge.merged_on < today, VisitorMerge.snapshot_json.is_not(None)
    )
    ids = list(session.scalars(old))
    if ids:
        session.execute(update(VisitorMerge).where(VisitorMerge.id.in_(ids)).values(snapshot_json=None))
        session.execute(
            update(VisitorMergeRow).where(VisitorMergeRow.merge_id.in_(ids)).values(deleted_json=None)
        )
    return len(ids)


def forget(session: Session, visitor_id: int) -> None:
    """An erasure of this person also wipes what merges kept of them for undoing (which ends then)."""
    ids = list(
        session.scalars(
            select(VisitorMerge.id).where(
                (VisitorMerge.kept_id == visitor_id) | (VisitorMerge.removed_id == visitor_id),
                VisitorMerge.snapshot_json.is_not(None),
            )
        )
    )
    if ids:
        session.execute(update(VisitorMerge).where(VisitorMerge.id.in_(ids)).values(snapshot_json=None))
        session.execute(
            update(VisitorMergeRow).where(VisitorMergeRow.merge_id.in_(ids)).values(deleted_json=None)
        )


def recent(ctx: ServiceContext, limit: int = 50) -> list[MergeInfo]:
    """Merges, newest first; today's not undone ones can be undone."""
    ctx.require(Role.COORDINATOR)
    today = clock.today()
    with ctx.db.read() as s:
        rows = s.execute(
            select(
                VisitorMerge, Visitor.last_name, Visitor.first_name, Visitor.middle_name, Staff.display_name
            )
            .outerjoin(Visitor, Visitor.id == VisitorMerge.kept_id)
            .outerjoin(Staff, Staff.id == VisitorMerge.staff_id)
            .where(VisitorMerge.undone_at.is_(None))
            .order_by(VisitorMerge.id.desc())
            .limit(limit)
        ).all()
        return [
            MergeInfo(
                m.id,
                m.kept_id,
                m.removed_id,
                " ".join(p for p in (last, first, middle) if p) or "—",
                m.merged_on,
                who,
                m.merged_on == today and m.snapshot_json is not None,
            )  # fmt: skip
            for m, last, first, middle, who in rows
        ]
