"""Report figures of a period as they were before later merges of visitor records (issue 15.5).

Merging two records of one person moves their history to one record; counted naively, «visitors
served», «new visitors», the territory split, event participants and supporters of a month already
reported would change. A merge done after the period's last day is therefore read backwards here from
its log (``visitor_merges``, ``visitor_merge_rows``: ids, dates and territories only): a consultation
moved by it belongs to the removed record, whose territory the merge kept; the kept record's territory
is the one it had before; rows deleted as twins still count. Only used when such a merge exists, so
the usual report pays one indexed look-up.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    DateTime,
    Integer,
    String,
    and_,
    case,
    column,
    exists,
    func,
    not_,
    select,
    table,
    true,
)
from sqlalchemy.orm import Session

from cal_desktop.reports import territory as _territory
from cal_desktop.reports.period import Period

merges = table(
    "visitor_merges",
    column("id", Integer),
    column("kept_id", Integer),
    column("removed_id", Integer),
    column("merged_on", Date),
    column("undone_at", DateTime),
    column("kept_territory_before", Integer),
    column("removed_territory_id", Integer),
)
merge_rows = table(
    "visitor_merge_rows",
    column("merge_id", Integer),
    column("table_name", String),
    column("row_id", Integer),
    column("deleted_json", String),
    column("counted_on", Date),
    column("counted_code", String),
)
visitors = table("visitors", column("id", Integer), column("territory_id", Integer))
m, r = merges.c, merge_rows.c


def _later(end: date, merge: Any = merges) -> ColumnElement[bool]:
    return and_(merge.c.merged_on > end, merge.c.undone_at.is_(None))


def merged_after(session: Session, end: date) -> bool:
    """Whether a merge done after ``end`` (and not undone) exists."""
    return session.execute(select(m.id).where(_later(end)).limit(1)).first() is not None


def _moved(row_id: Any, end: date) -> Any:
    """The removed record a consultation belonged to before the first later merge (NULL: not moved)."""
    mm, rr = merges.alias(), merge_rows.alias()  # own aliases: this nests inside other look-ups
    return (
        select(mm.c.removed_id)
        .select_from(rr.join(mm, mm.c.id == rr.c.merge_id))
        .where(rr.c.table_name == "consultations", rr.c.row_id == row_id, _later(end, mm))
        .order_by(mm.c.id)
        .limit(1)
        .scalar_subquery()
    )


def _involved(session: Session, end: date) -> tuple[list[int], list[int]]:
    """The kept and the removed records of the later merges: only their rows need reading backwards
    (the look-ups are in CASE branches, which SQL evaluates only for them)."""
    rows = session.execute(select(m.kept_id, m.removed_id).where(_later(end))).all()
    return sorted({k for k, _ in rows}), sorted({r_ for _, r_ in rows})


def visitor_as_of(consultations: Any, end: date, kept: list[int]) -> Any:
    c = consultations.c
    return case((c.visitor_id.in_(kept), func.coalesce(_moved(c.id, end), c.visitor_id)), else_=c.visitor_id)


def _came_before(
    consultations: Any, visitor: Any, period: Period, involved: tuple[list[int], list[int]]
) -> ColumnElement[bool]:
    """The person (as of the period's end) had a consultation before it: their own rows not moved
    since, or rows moved away from them by a later merge."""
    kept, removed = involved
    start, end = period.start, period.end
    e = consultations.alias("earlier")
    plain = exists().where(e.c.visitor_id == visitor, e.c.occurred_on < start)
    own = exists().where(e.c.visitor_id == visitor, e.c.occurred_on < start, _moved(e.c.id, end).is_(None))
    moved = exists().where(
        e.c.id == r.row_id, r.table_name == "consultations", r.merge_id == m.id, _later(end),
        m.removed_id == visitor, e.c.occurred_on < start, _moved(e.c.id, end) == visitor,
    )  # fmt: skip
    return case((visitor.in_(kept), own), (visitor.in_(removed), moved), else_=plain) == true()


def visitor_figures(session: Session, consultations: Any, period: Period) -> dict[str, int]:
    """``visitors.served`` and ``visitors.new`` counting each person as the records were at the end."""
    c = consultations.c
    involved = _involved(session, period.end)
    served = (
        select(visitor_as_of(consultations, period.end, involved[0]).label("visitor_id"))
        .where(c.occurred_on.between(period.start, period.end), c.visitor_id.is_not(None))
        .distinct()
        .subquery()
    )
    before = _came_before(consultations, served.c.visitor_id, period, involved)
    n_served, n_new = session.execute(
        select(func.count(), func.sum(case((before, 0), else_=1))).select_from(served)
    ).one()
    return {"visitors.served": int(n_served or 0), "visitors.new": int(n_new or 0)}


def territory_as_of(visitor: Any, end: date) -> Any:
    """A person's territory as of ``end``: a removed record's as the merge kept it, a kept record's as
    it was before the first later merge, otherwise the record's own."""

    def first(role: str, value: str) -> Any:
        mm = merges.alias()
        return (
            select(mm.c[value])
            .where(_later(end, mm), mm.c[role] == visitor)
            .order_by(mm.c.id)
            .limit(1)
            .scalar_subquery()
        )

    def merged_as(role: str) -> Any:
        mm = merges.alias()
        return exists().where(_later(end, mm), mm.c[role] == visitor)

    v = visitors.alias()  # its own: the caller's FROM may hold ``visitors``
    own = select(v.c.territory_id).where(v.c.id == visitor).scalar_subquery()
    return case(
        (merged_as("removed_id"), first("removed_id", "removed_territory_id")),
        (merged_as("kept_id"), first("kept_id", "kept_territory_before")),
        else_=own,
    )


def territory_split(session: Session, consultations: Any, period: Period, level: str) -> dict[str, int]:
    c = consultations.c
    kept, removed = _involved(session, period.end)
    who = (
        select(visitor_as_of(consultations, period.end, kept).label("visitor_id"))
        .where(c.occurred_on.between(period.start, period.end))
        .subquery("who")
    )
    backwards = territory_as_of(who.c.visitor_id, period.end)
    territory = case((who.c.visitor_id.in_(kept + removed), backwards), else_=visitors.c.territory_id)
    rows = (
        select(territory.label("territory_id"))
        .select_from(
            who.outerjoin(visitors, visitors.c.id == who.c.visitor_id)
        )  # the look-ups correlate to it
        .subquery("where_from")
    )
    return _territory.count(session, rows.c.territory_id, rows, true(), level)


def deleted_twins(session: Session, period: Period, codes: list[str]) -> int:
    """Rows deleted as twins by later merges that the period counted (memberships by role, attendance)."""
    query = (
        select(func.count())
        .select_from(merge_rows.join(merges, m.id == r.merge_id))
        .where(
            _later(period.end),
            r.counted_code.in_(codes),
            r.counted_on.between(period.start, period.end),
            not_(r.counted_on.is_(None)),
        )  # fmt: skip
    )
    return int(session.execute(query).scalar() or 0)
