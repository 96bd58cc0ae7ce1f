"""Moving every row that names a visitor from one record to another, and back (issue 15.5).

The rows are found from the data model itself: every foreign key to ``visitors.id`` (consultations,
memberships, documents, event attendance, follow-ups, attachments, and whatever a later table adds), so
a new table cannot be forgotten. A row whose twin the kept record already has (the same membership in
the same role, the same event) cannot move without breaking a unique key: it is deleted and kept whole
in the log, with what the monthly report counted it as. Every moved row's key is logged, so that
undoing puts each back exactly.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Column, Table, UniqueConstraint, and_, delete, insert, select, update
from sqlalchemy.orm import Session

from cal_desktop.db.models import Base, Event, VisitorMergeRow

VISITORS = "visitors"
SKIP_TABLES = frozenset({"visitor_merges", "visitor_merge_rows"})


def visitor_links() -> list[tuple[Table, Column[Any]]]:
    """(table, column) of every foreign key to visitors.id, in a stable order."""
    links = []
    for table in Base.metadata.sorted_tables:
        if table.name in SKIP_TABLES or table.name == VISITORS:
            continue
        for col in table.columns:
            if any(fk.column.table.name == VISITORS for fk in col.foreign_keys):
                links.append((table, col))
    return links


# ------------------------------------------------------------------------------------------ JSON rows


def to_json(table: Table, row: Any) -> str:
    def plain(value: Any) -> Any:
        if isinstance(value, (date, datetime, time)):
            return value.isoformat()
        if isinstance(value, bytes):
            return value.hex()
        return value

    return json.dumps({c.name: plain(row[c.name]) for c in table.columns}, ensure_ascii=False)


def from_json(table: Table, data: str) -> dict[str, Any]:
    """A row back with its column types (dates, times, bytes) from ``to_json``."""
    values: dict[str, Any] = json.loads(data)
    out: dict[str, Any] = {}
    for col in table.columns:
        value = values.get(col.name)
        if value is not None:
            kind = col.type.python_type
            if kind is datetime:
                value = datetime.fromisoformat(value)
            elif kind is date:
                value = date.fromisoformat(value)
            elif kind is time:
                value = time.fromisoformat(value)
            elif kind is bytes:
                value = bytes.fromhex(value)
        out[col.name] = value
    return out


def _key_of(table: Table, row: Any) -> dict[str, Any]:
    return {c.name: row[c.name] for c in table.primary_key.columns}


def _key_where(table: Table, key: dict[str, Any]) -> Any:
    return and_(*(table.c[name] == value for name, value in key.items()))


# ------------------------------------------------------------------------------------------ conflicts


def _unique_sets(table: Table, col: Column[Any]) -> list[list[str]]:
    """The unique keys (the primary key among them) that include ``col``."""
    sets = [[c.name for c in table.primary_key.columns]]
    sets += [[c.name for c in u.columns] for u in table.constraints if isinstance(u, UniqueConstraint)]
    return [s for s in sets if col.name in s and len(s) > 1]


def _has_twin(session: Session, table: Table, col: Column[Any], row: Any, kept_id: int) -> bool:
    for names in _unique_sets(table, col):
        cond = [table.c[n] == (kept_id if n == col.name else row[n]) for n in names]
        if session.execute(select(table.c[names[0]]).where(*cond).limit(1)).first() is not None:
            return True
    return False


def _counted(session: Session, table: Table, row: Any) -> tuple[date | None, str | None]:
    """What the monthly report counts a deleted row as (it must keep counting it for earlier months)."""
    if table.name == "initiative_members":
        return row["added_on"], row["role"]
    if table.name == "event_participants":
        return session.scalar(select(Event.held_on).where(Event.id == row["event_id"])), "participant"
    return None, None


# ------------------------------------------------------------------------------------- move and back


def move_all(session: Session, merge_id: int, removed_id: int, kept_id: int) -> Counter[str]:
    """Every row of ``removed_id`` to ``kept_id`` (twins deleted), each logged; counts per table."""
    moved: Counter[str] = Counter()
    for table, col in visitor_links():
        rows = session.execute(select(table).where(col == removed_id)).mappings().all()
        single = len(table.primary_key.columns) == 1
        logs = []
        for row in rows:
            key = _key_of(table, row)
            log: dict[str, Any] = {
                "merge_id": merge_id, "table_name": table.name, "column_name": col.name,
                "row_id": next(iter(key.values())) if single else None,
                "pk_json": json.dumps(key, default=str), "deleted_json": None,
                "counted_on": None, "counted_code": None,
            }  # fmt: skip
            if _has_twin(session, table, col, row, kept_id):
                log["deleted_json"] = to_json(table, row)
                log["counted_on"], log["counted_code"] = _counted(session, table, row)
                session.execute(delete(table).where(_key_where(table, key)))
            else:
                session.execute(update(table).where(_key_where(table, key)).values({col.name: kept_id}))
            logs.append(log)
            moved[table.name] += 1
        if logs:
            session.execute(insert(VisitorMergeRow), logs)
    return moved


def _typed_key(table: Table, pk_json: str) -> dict[str, Any]:
    raw = json.loads(pk_json)
    return {name: from_json(table, json.dumps({name: value}))[name] for name, value in raw.items()}


def move_back(session: Session, merge_id: int, removed_id: int, kept_id: int) -> None:
    """Undo ``move_all``: moved rows return to ``removed_id``, deleted twins come back."""
    tables = {t.name: t for t in Base.metadata.sorted_tables}
    logs = session.scalars(select(VisitorMergeRow).where(VisitorMergeRow.merge_id == merge_id)).all()
    for log in logs:
        table = tables[log.table_name]
        if log.deleted_json is not None:
            session.execute(insert(table).values(from_json(table, log.deleted_json)))
        else:
            key = _typed_key(table, log.pk_json)
            if log.column_name in key:  # the column is part of the key: the row is now under kept_id
                key[log.column_name] = kept_id
            where = _key_where(table, key)
            session.execute(update(table).where(where).values({log.column_name: removed_id}))
