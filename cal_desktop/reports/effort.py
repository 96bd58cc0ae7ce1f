"""Effort and publications (issue 18, point 5): additive scalar keys of the report.

- ``effort.consultation_hours``: the recorded durations of the period's consultations, in hours (one
  decimal); consultations without a duration add nothing;
- ``publications.count``: publications in the media dated in the period.

Both are sums the database makes; merges add them across centres (and across months: hours and
publications, unlike people, do not repeat).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Date, Integer, column, func, select, table
from sqlalchemy.orm import Session

from cal_desktop.reports.period import Period

CONSULTATION_HOURS = "effort.consultation_hours"
PUBLICATIONS = "publications.count"
KEYS = (CONSULTATION_HOURS, PUBLICATIONS)

consultations = table("consultations", column("occurred_on", Date), column("duration_min", Integer))
publications = table("publications", column("id", Integer), column("published_on", Date))
TABLES = (consultations, publications)


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
    return {CONSULTATION_HOURS: hours(int(minutes or 0)), PUBLICATIONS: int(n or 0)}


def hours(minutes: int) -> int | float:
    value = round(minutes / 60, 1)
    return int(value) if float(value).is_integer() else value


def tidy(value: float) -> int | float:
    value = round(value, 1)
    return int(value) if float(value).is_integer() else value
