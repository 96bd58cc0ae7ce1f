"""Drill-down of the monthly report: which records stand behind a figure (the rows the report screen lists
when a figure is double-clicked). The figures themselves are in ``reports.figures``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    and_,
    exists,
    func,
    or_,
    select,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement, Select

from cal_desktop.domain.vocab import SUPPORTER_ROLES, InitiativeStatus
from cal_desktop.reports import authority as _authority
from cal_desktop.reports import authority_officials as _officials
from cal_desktop.reports import effort as _effort
from cal_desktop.reports import referrals as _referrals
from cal_desktop.reports import territory as _territory
from cal_desktop.reports.figures import (  # noqa: F401
    TABLES,
    _appeal_overdue_at,
    _consultations_in,
    _count,
    _document_done,
    _first_visit_in,
    _in,
    _status_at,
    _territory_roots,
    appeals,
    c,
    consultation_topics,
    consultations,
    documents,
    initiatives,
    members,
    staff,
    status_changes,
    territories,
    visitors,
)
from cal_desktop.reports.figures_events import (
    drill_events,
    drill_signatures,
)
from cal_desktop.reports.model import NO_STAFF, NO_TERRITORY
from cal_desktop.reports.period import Period


@dataclass(frozen=True)
class Drill:
    """The records behind a figure: what kind they are and a query of their ids (newest first)."""

    kind: str  # consultation | initiative | appeal | document | member
    ids: Select[Any]


def drill(
    key: str, period: Period, code: str | None = None, territory_ids: Sequence[int] | None = None
) -> Drill:
    """The query of the ids behind figure ``key`` (and split part ``code``) in ``period``.

    Consultation figures list consultations (for ``visitors.*``: the consultations of those visitors in
    the period); initiative figures list initiatives; documents and appeals list themselves.
    """
    territorial = _drill_territory(key, period, code, territory_ids)
    if territorial is not None:
        return territorial
    if key.startswith(("consultations.", "visitors.", "effort.consultation")):
        return Drill("consultation", _drill_consultations(key, period, code))
    if key.startswith(("initiatives.", "members.")):
        return Drill("initiative", _drill_initiatives(key, period, code))
    if key in _effort.PARTNER_KEYS:
        return Drill("initiative", _effort.drill(key, period))
    if key == "documents.by_template":
        d = documents.c
        conditions = [_in(d.created_on, period), _document_done()]
        if code is not None:
            conditions.append(d.template_id == code)
        return Drill("document", select(d.id).where(*conditions).order_by(d.created_on.desc(), d.id.desc()))
    if key == _authority.BY_AUTHORITY and not (code or "").startswith(_officials.CODE_PREFIX):
        return Drill("appeal", _authority.drill(period, code))
    if key in (_officials.BY_OFFICIAL, _authority.BY_AUTHORITY):  # the screen's rows per official
        return Drill("appeal", _officials.drill(period, code))
    if key.startswith("appeals."):
        a = appeals.c
        if key == "appeals.sent":
            where: ColumnElement[bool] = _in(a.sent_date, period)
        elif key in ("appeals.answered", "appeals.median_answer_days"):
            where = _in(a.answer_date, period)
        elif key == "appeals.overdue_at_month_end":
            where = _appeal_overdue_at(period.end)
        else:
            raise KeyError(key)
        return Drill("appeal", select(a.id).where(where).order_by(a.sent_date.desc(), a.id.desc()))
    if key.startswith("events."):
        return Drill("event", drill_events(key, period, code))
    if key.startswith("referrals."):  # issue 21
        return Drill("consultation", _referrals.drill(key, period))
    if key.startswith("signatures."):
        return Drill("initiative", drill_signatures(key, period))
    raise KeyError(key)


def _drill_territory(
    key: str, period: Period, code: str | None, territory_ids: Sequence[int] | None
) -> Drill | None:
    """Rows of the territory splits below the top level (and of initiatives at any level): the
    service resolved the row's label to the territories that carry it."""
    if key == "consultations.by_territory" and territory_ids is not None and code not in (None, NO_TERRITORY):
        frm = consultations.outerjoin(visitors, visitors.c.id == c.visitor_id)
        where = and_(_consultations_in(period), visitors.c.territory_id.in_(list(territory_ids)))
        order = (c.occurred_on.desc(), c.id.desc())
        return Drill("consultation", select(c.id).select_from(frm).where(where).order_by(*order))
    if key == _territory.INITIATIVES_KEY:
        i = initiatives.c
        cond = [_in(i.created_on, period)]
        if code == NO_TERRITORY:
            cond.append(i.territory_id.is_(None))
        elif code is not None:
            cond.append(i.territory_id.in_(list(territory_ids or [])))
        return Drill("initiative", select(i.id).where(*cond).order_by(i.created_on.desc(), i.id.desc()))
    return None


_CONSULTATION_KEYS = frozenset(
    {
        "effort.consultation_hours",
        "consultations.total",
        "consultations.by_channel",
        "consultations.by_outcome",
        "consultations.by_topic",
        "consultations.by_staff",
        "consultations.by_territory",
    }
)


def _drill_consultations(key: str, period: Period, code: str | None) -> Select[Any]:
    where: list[ColumnElement[bool]] = [_consultations_in(period)]
    frm: Any = consultations
    if key == "consultations.by_channel" and code is not None:
        where.append(c.channel == code)
    elif key == "consultations.by_outcome" and code is not None:
        where.append(c.outcome == code)
    elif key == "consultations.by_topic" and code is not None:
        where.append(
            exists().where(consultation_topics.c.consultation_id == c.id, consultation_topics.c.topic == code)
        )
    elif key == "consultations.anonymous":
        where.append(c.visitor_id.is_(None))
    elif key == "consultations.out_of_scope":
        where.append(
            c.out_of_scope_reason == code if code is not None else c.out_of_scope_reason.is_not(None)
        )
    elif key == "consultations.by_staff" and code is not None:
        frm = consultations.outerjoin(staff, staff.c.id == c.staff_id)
        if code == NO_STAFF:
            where.append(or_(staff.c.display_name.is_(None), staff.c.display_name == ""))
        else:
            where.append(staff.c.display_name == code)
    elif key == "consultations.by_territory" and code is not None:
        roots = _territory_roots()
        root = territories.alias("root")
        frm = (
            consultations.outerjoin(visitors, visitors.c.id == c.visitor_id)
            .outerjoin(roots, roots.c.id == visitors.c.territory_id)
            .outerjoin(root, root.c.id == roots.c.root_id)
        )
        where.append(root.c.name.is_(None) if code == NO_TERRITORY else root.c.name == code)
    elif key == "visitors.served":
        where.append(c.visitor_id.is_not(None))
    elif key == "effort.consultation_hours":
        where.append(consultations.c.duration_min.is_not(None))
    elif key == "visitors.new":
        where.append(_first_visit_in(period))
    elif key not in _CONSULTATION_KEYS:
        raise KeyError(key)
    return select(c.id).select_from(frm).where(*where).order_by(c.occurred_on.desc(), c.id.desc())


def _drill_initiatives(key: str, period: Period, code: str | None) -> Select[Any]:
    i = initiatives.c
    if key == "initiatives.opened":
        return select(i.id).where(_in(i.created_on, period)).order_by(i.created_on.desc(), i.id.desc())
    if key == "initiatives.by_status":
        status = _status_at(period.end)
        where = [i.created_on <= period.end]
        if code is not None:
            where.append(status == code)
        return select(i.id).where(*where).order_by(i.created_on.desc(), i.id.desc())
    if key == "initiatives.implemented":
        sc = status_changes.c
        done = select(sc.initiative_id).where(
            sc.to_status == InitiativeStatus.DONE.value, _in(sc.changed_on, period)
        )
        return select(i.id).where(i.id.in_(done)).order_by(i.created_on.desc(), i.id.desc())
    if key == "members.supporters_attracted":
        m = members.c
        joined = select(m.initiative_id).where(
            m.role.in_([r.value for r in SUPPORTER_ROLES]), _in(m.added_on, period)
        )
        return select(i.id).where(i.id.in_(joined)).order_by(i.created_on.desc(), i.id.desc())
    raise KeyError(key)


def drill_count(session: Session, d: Drill) -> int:
    return _count(session, select(func.count()).select_from(d.ids.order_by(None).subquery()))


def drill_ids(session: Session, d: Drill, limit: int = 500, offset: int = 0) -> list[int]:
    return [int(x) for x in session.scalars(d.ids.limit(limit).offset(offset))]


__all__ = ["Drill", "drill", "drill_count", "drill_ids"]
