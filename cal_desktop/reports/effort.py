"""Effort and publications (issue 18, point 5): additive scalar keys of the report.

- ``effort.consultation_hours``: the recorded durations of the period's consultations, in hours (one
  decimal); consultations without a duration add nothing;
- ``publications.count``: publications in the media dated in the period;
- ``effort.volunteer_hours``: the hours partners' volunteers gave the initiatives (``initiative_partners
  .hours``), counted in the period the partner joined the initiative;
- ``resources.in_kind_count``: the partners' contributions of the period in kind (premises, materials,
  transport: ``kind = in_kind``). Money is not counted: it is not a resource of the centre.

Both are sums the database makes; merges add them across centres (and across months: hours and
publications, unlike people, do not repeat).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Date, Integer, Select, String, case, column, func, select, table
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from cal_desktop.domain.vocab import ContributionKind
from cal_desktop.reports.period import Period

IN_KIND_CODE = ContributionKind.IN_KIND.value

CONSULTATION_HOURS = "effort.consultation_hours"
PUBLICATIONS = "publications.count"
VOLUNTEER_HOURS = "effort.volunteer_hours"
IN_KIND = "resources.in_kind_count"
KEYS = (CONSULTATION_HOURS, PUBLICATIONS, VOLUNTEER_HOURS, IN_KIND)
PARTNER_KEYS = (VOLUNTEER_HOURS, IN_KIND)

consultations = table("consultations", column("occurred_on", Date), column("duration_min", Integer))
publications = table("publications", column("id", Integer), column("published_on", Date))
partners = table(
    "initiative_partners",
    column("initiative_id", Integer),
    column("added_on", Date),
    column("kind", String),
    column("hours", Integer),
)
TABLES = (consultations, publications, partners)


def figures(session: Session, period: Period) -> dict[str, Any]:
    minutes = session.execute(
        select(func.coalesce(func.sum(consultations.c.duration_min), 0)).where(
            consultations.c.occurred_on.between(period.start, period.end)
        )
    ).scalar()
    n = session.execute(
        select(func.count())
        .select_from(publications)
        .where(publications.c.published_on.between(period.start, period.end))
    ).scalar()
    p = partners.c
    volunteer, in_kind = session.execute(
        select(
            func.coalesce(func.sum(p.hours), 0),
            func.coalesce(func.sum(case((p.kind == IN_KIND_CODE, 1), else_=0)), 0),
        ).where(p.added_on.between(period.start, period.end))
    ).one()
    return {
        CONSULTATION_HOURS: hours(int(minutes or 0)),
        PUBLICATIONS: int(n or 0),
        VOLUNTEER_HOURS: int(volunteer or 0),
        IN_KIND: int(in_kind or 0),
    }


def drill(key: str, period: Period) -> Select[Any]:
    """The initiatives behind a partners' figure: those whose partner of the period brought it."""
    p = partners.c
    where: list[ColumnElement[bool]] = [p.added_on.between(period.start, period.end)]
    where.append(p.hours > 0 if key == VOLUNTEER_HOURS else p.kind == IN_KIND_CODE)
    return select(p.initiative_id).where(*where).distinct()


def hours(minutes: int) -> int | float:
    value = round(minutes / 60, 1)
    return int(value) if float(value).is_integer() else value


def tidy(value: float) -> int | float:
    value = round(value, 1)
    return int(value) if float(value).is_integer() else value
