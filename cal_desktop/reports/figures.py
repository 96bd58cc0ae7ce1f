"""The A3 figures, computed by the database (GROUP BY, COUNT DISTINCT, correlated subqueries).

Portable SQL only (SQLite and PostgreSQL): SQLAlchemy Core expressions, a recursive CTE for the
territory tree, no date arithmetic in SQL (the median's day differences are computed in Python over the
few appeals answered in the period).

The layer rule keeps ``reports`` independent of ``cal_desktop.db``, so the tables are declared here as
lightweight ``table()`` clauses naming only the columns the figures read; a test checks them against
the ORM models, so a renamed column fails there and not in a coordinator's hands.

Every figure has a matching *filter* (the ``_where_*`` helpers), which the drill-down uses to list the
records behind a number; a figure and its drill-down therefore cannot disagree.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Integer,
    String,
    and_,
    case,
    column,
    exists,
    false,
    func,
    not_,
    or_,
    select,
    table,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement, Select

from cal_desktop.domain.vocab import SUPPORTER_ROLES, InitiativeStatus
from cal_desktop.reports import authority as _authority
from cal_desktop.reports import authority_officials as _officials
from cal_desktop.reports import effort as _effort
from cal_desktop.reports import merge_history
from cal_desktop.reports import referrals as _referrals
from cal_desktop.reports import territory as _territory
from cal_desktop.reports.figures_events import TABLES as EVENT_TABLES
from cal_desktop.reports.figures_events import (
    event_figures,
    signature_figures,
)
from cal_desktop.reports.model import NO_STAFF, Figures, zero_split
from cal_desktop.reports.period import Period

# ------------------------------------------------------------------------ the tables the figures read

consultations = table(
    "consultations",
    column("id", Integer),
    column("duration_min", Integer),
    column("occurred_on", Date),
    column("channel", String),
    column("outcome", String),
    column("out_of_scope_reason", String),
    column("staff_id", Integer),
    column("visitor_id", Integer),
)
consultation_topics = table(
    "consultation_topics", column("consultation_id", Integer), column("topic", String)
)
visitors = table("visitors", column("id", Integer), column("territory_id", Integer))
territories = table(
    "territories", column("id", Integer), column("parent_id", Integer), column("name", String)
)
staff = table("staff", column("id", Integer), column("display_name", String), column("active", Boolean))
initiatives = table(
    "initiatives",
    column("id", Integer),
    column("created_on", Date),
    column("status", String),
    column("territory_id", Integer),
)
status_changes = table(
    "initiative_status_changes",
    column("id", Integer),
    column("initiative_id", Integer),
    column("from_status", String),
    column("to_status", String),
    column("changed_on", Date),
    column("changed_at", DateTime),
)
members = table(
    "initiative_members",
    column("id", Integer),
    column("initiative_id", Integer),
    column("role", String),
    column("added_on", Date),
)
documents = table(
    "documents",
    column("id", Integer),
    column("template_id", String),
    column("created_on", Date),
    column("is_draft", Boolean),
)
document_templates = table("document_templates", column("template_id", String), column("title", String))
appeals = _authority.appeals  # one declaration of the table, with the columns issue 18 reads too

TABLES = (
    consultations,
    consultation_topics,
    visitors,
    territories,
    staff,
    initiatives,
    status_changes,
    members,
    documents,
    document_templates,
    appeals,
    *EVENT_TABLES,
)

c = consultations.c


# --------------------------------------------------------------------------------------- filters


def _in(col: Any, period: Period) -> ColumnElement[bool]:
    return col.between(period.start, period.end)


def _consultations_in(period: Period) -> ColumnElement[bool]:
    return _in(c.occurred_on, period)


def _territory_roots() -> Any:
    """A recursive CTE (id, root_id): every territory with its top-level ancestor."""
    t = territories.alias("t")
    tree = (
        select(territories.c.id.label("id"), territories.c.id.label("root_id"))
        .where(territories.c.parent_id.is_(None))
        .cte("territory_roots", recursive=True)
    )
    return tree.union_all(select(t.c.id, tree.c.root_id).join(tree, t.c.parent_id == tree.c.id))


def _first_visit_in(period: Period) -> ColumnElement[bool]:
    """The consultation's visitor had no consultation before the period (so this is their first month)."""
    earlier = consultations.alias("earlier")
    return and_(
        c.visitor_id.is_not(None),
        not_(
            exists().where(
                earlier.c.visitor_id == c.visitor_id,
                earlier.c.occurred_on < period.start,
            )
        ),
    )


def _status_at(end: date) -> ColumnElement[Any]:
    """An initiative's status at the end of ``end``: from its history, read with correlated subqueries.

    The last change on or before ``end`` gives it; without one (history recorded later) the first later
    change's ``from_status``; without any history, the current status.
    """
    i = initiatives.c
    last = (
        select(status_changes.c.to_status)
        .where(status_changes.c.initiative_id == i.id, status_changes.c.changed_on <= end)
        .order_by(
            status_changes.c.changed_on.desc(), status_changes.c.changed_at.desc(), status_changes.c.id.desc()
        )
        .limit(1)
        .scalar_subquery()
    )
    first_after = (
        select(status_changes.c.from_status)
        .where(status_changes.c.initiative_id == i.id, status_changes.c.changed_on > end)
        .order_by(status_changes.c.changed_on, status_changes.c.changed_at, status_changes.c.id)
        .limit(1)
        .scalar_subquery()
    )
    return func.coalesce(last, first_after, i.status)


def _appeal_overdue_at(end: date) -> ColumnElement[bool]:
    a = appeals.c
    return and_(
        a.sent_date <= end,
        a.due_date.is_not(None),
        a.due_date < end,
        or_(a.answer_date.is_(None), a.answer_date > end),
    )


def _document_done() -> ColumnElement[bool]:
    # a draft is not a prepared document; NULL counts as not a draft
    return or_(documents.c.is_draft.is_(None), documents.c.is_draft == false())


# --------------------------------------------------------------------------------------- figures


def compute(session: Session, period: Period, territory_level: str = _territory.TOP) -> Figures:
    """Every A3 figure of ``period``; a period without data gives zeros (and a null median).

    Territory splits count at ``territory_level`` (``reports.territory.LEVELS``; top by default)."""
    v: dict[str, Any] = {}
    inp = _consultations_in(period)
    v.update(_consultation_figures(session, inp))
    v["consultations.by_topic"] = _split_topics(session, inp)
    v.update(_territory_figures(session, period, territory_level))
    v.update(_visitor_figures(session, period))
    v.update(_initiative_figures(session, period))
    v.update(_appeal_figures(session, period))
    v["documents.by_template"] = _by_template(session, period)
    v.update(_authority.figures(session, period))  # issue 18: additive network keys
    v[_officials.BY_OFFICIAL] = _officials.by_official(session, period)  # the centre's own, not packaged
    v.update(_effort.figures(session, period))
    v.update(event_figures(session, period))
    v.update(signature_figures(session, period))
    v.update(_referrals.figures(session, period))  # issue 21: additive keys
    return Figures(v)


def _consultation_figures(session: Session, inp: ColumnElement[bool]) -> dict[str, Any]:
    """Total, channel, outcome, staff, out-of-scope and anonymous in ONE scan of the period's rows.

    The database groups by (channel, outcome, staff, reason): a few hundred groups at most, added up
    here into the separate splits.
    """
    anonymous = func.sum(case((c.visitor_id.is_(None), 1), else_=0))
    query = (
        select(c.channel, c.outcome, c.staff_id, c.out_of_scope_reason, func.count(), anonymous)
        .where(inp)
        .group_by(c.channel, c.outcome, c.staff_id, c.out_of_scope_reason)
    )
    total = anon = 0
    channel = zero_split("consultations.by_channel")
    outcome = zero_split("consultations.by_outcome")
    reason = zero_split("consultations.out_of_scope")
    per_staff: dict[int | None, int] = {}
    for ch, out, staff_id, why, n, n_anon in session.execute(query):
        n, n_anon = int(n), int(n_anon or 0)
        total += n
        anon += n_anon
        channel[ch] = channel.get(ch, 0) + n
        outcome[out] = outcome.get(out, 0) + n
        if why is not None:
            reason[why] = reason.get(why, 0) + n
        per_staff[staff_id] = per_staff.get(staff_id, 0) + n
    return {
        "consultations.total": total,
        "consultations.by_channel": channel,
        "consultations.by_outcome": outcome,
        "consultations.by_staff": _staff_names(session, per_staff),
        "consultations.anonymous": anon,
        "consultations.out_of_scope": reason,
    }


def _staff_names(session: Session, per_staff: dict[int | None, int]) -> dict[str, int]:
    """Counts by staff id to counts by display name (two people sharing a name are added together)."""
    ids = [i for i in per_staff if i is not None]
    names = (
        {
            i: name
            for i, name in session.execute(
                select(staff.c.id, staff.c.display_name).where(staff.c.id.in_(ids))
            )
        }
        if ids
        else {}
    )
    result: dict[str, int] = {}
    for staff_id, n in per_staff.items():
        label = (names.get(staff_id) or "").strip() or NO_STAFF
        result[label] = result.get(label, 0) + n
    return result


def _visitor_figures(session: Session, period: Period) -> dict[str, int]:
    """Visitors served and new: the distinct visitors of the period, then one look-back per visitor."""
    if merge_history.merged_after(session, period.end):  # issue 15.5: as before later merges
        return merge_history.visitor_figures(session, consultations, period)
    served = (
        select(c.visitor_id.label("visitor_id"))
        .where(_consultations_in(period), c.visitor_id.is_not(None))
        .distinct()
        .subquery()
    )
    earlier = consultations.alias("earlier")
    before = exists().where(earlier.c.visitor_id == served.c.visitor_id, earlier.c.occurred_on < period.start)
    query = select(func.count(), func.sum(case((before, 0), else_=1))).select_from(served)
    n_served, n_new = session.execute(query).one()
    return {"visitors.served": int(n_served or 0), "visitors.new": int(n_new or 0)}


def _count(session: Session, query: Select[Any]) -> int:
    return int(session.execute(query).scalar() or 0)


def _split(session: Session, key: str, col: Any, where: ColumnElement[bool]) -> dict[str, int]:
    result = zero_split(key)
    rows = session.execute(select(col, func.count()).where(where).group_by(col))
    for code, n in rows:
        if code is not None:
            result[str(code)] = result.get(str(code), 0) + int(n)
    return result


def _split_topics(session: Session, inp: ColumnElement[bool]) -> dict[str, int]:
    t = consultation_topics.c
    result = zero_split("consultations.by_topic")
    query = (
        select(t.topic, func.count())
        .select_from(consultation_topics.join(consultations, c.id == t.consultation_id))
        .where(inp)
        .group_by(t.topic)
    )
    for code, n in session.execute(query):
        result[str(code)] = result.get(str(code), 0) + int(n)
    return result


def _territory_figures(session: Session, period: Period, level: str) -> dict[str, Any]:
    """Consultations (by the visitor's territory) and initiatives opened (by their own) at ``level``."""
    frm = consultations.outerjoin(visitors, visitors.c.id == c.visitor_id)
    by_territory = (  # issue 15.5: a person counts where they did before later merges
        merge_history.territory_split(session, consultations, period, level)
        if merge_history.merged_after(session, period.end)
        else _territory.count(session, visitors.c.territory_id, frm, _consultations_in(period), level)
    )
    return {
        "consultations.by_territory": by_territory,
        _territory.INITIATIVES_KEY: _territory.count(
            session, initiatives.c.territory_id, initiatives, _in(initiatives.c.created_on, period), level
        ),
        _territory.LEVEL_KEY: level,
    }


def _initiative_figures(session: Session, period: Period) -> dict[str, Any]:
    i = initiatives.c
    v: dict[str, Any] = {}
    v["initiatives.opened"] = _count(
        session, select(func.count()).select_from(initiatives).where(_in(i.created_on, period))
    )
    status = _status_at(period.end).label("status_at_end")
    at_end = select(status).where(i.created_on <= period.end).subquery()
    by_status = zero_split("initiatives.by_status")
    for code, n in session.execute(
        select(at_end.c.status_at_end, func.count()).group_by(at_end.c.status_at_end)
    ):
        if code is not None:
            by_status[str(code)] = by_status.get(str(code), 0) + int(n)
    v["initiatives.by_status"] = by_status
    sc = status_changes.c
    v["initiatives.implemented"] = _count(
        session,
        select(func.count())
        .select_from(status_changes)
        .where(sc.to_status == InitiativeStatus.DONE.value, _in(sc.changed_on, period)),
    )
    m = members.c
    v["members.supporters_attracted"] = _count(
        session,
        select(func.count())
        .select_from(members)
        .where(m.role.in_([r.value for r in SUPPORTER_ROLES]), _in(m.added_on, period)),
    )
    # twins deleted by later merges of visitor records still count for their month (issue 15.5)
    v["members.supporters_attracted"] += merge_history.deleted_twins(session, period, [r.value for r in SUPPORTER_ROLES])
    return v


def _appeal_figures(session: Session, period: Period) -> dict[str, Any]:
    a = appeals.c
    v: dict[str, Any] = {}
    v["appeals.sent"] = _count(
        session, select(func.count()).select_from(appeals).where(_in(a.sent_date, period))
    )
    v["appeals.answered"] = _count(
        session, select(func.count()).select_from(appeals).where(_in(a.answer_date, period))
    )
    v["appeals.overdue_at_month_end"] = _count(
        session, select(func.count()).select_from(appeals).where(_appeal_overdue_at(period.end))
    )
    # only the appeals answered in the period (a few dozen) come back, as two dates each
    pairs = session.execute(select(a.sent_date, a.answer_date).where(_in(a.answer_date, period)))
    v["appeals.median_answer_days"] = median_days([(s, e) for s, e in pairs])
    return v


def median_days(pairs: Sequence[tuple[date, date]]) -> int | float | None:
    """The median of (answer date - sent date) in days; None without answers; .5 kept when it occurs."""
    days = [(answer - sent).days for sent, answer in pairs if sent is not None and answer is not None]
    if not days:
        return None
    value = statistics.median(days)
    return int(value) if float(value).is_integer() else float(value)


def _by_template(session: Session, period: Period) -> dict[str, int]:
    d = documents.c
    query = (
        select(d.template_id, func.count())
        .where(_in(d.created_on, period), _document_done())
        .group_by(d.template_id)
    )
    result = zero_split("documents.by_template")
    for template_id, n in session.execute(query):
        result[str(template_id)] = result.get(str(template_id), 0) + int(n)
    return result


def template_titles(session: Session, template_ids: Sequence[str]) -> dict[str, str]:
    """Titles of the centre's own templates among ``template_ids`` (built-in ones have fixed titles)."""
    ids = [t for t in template_ids if t]
    if not ids:
        return {}
    query = select(document_templates.c.template_id, document_templates.c.title).where(
        document_templates.c.template_id.in_(ids)
    )
    return {tid: title for tid, title in session.execute(query)}


# ------------------------------------------------------------------------------------ drill-down


__all__ = ["TABLES", "compute", "median_days"]
