"""Responsiveness per official (issue 18, point 1): the rows of ``appeals.by_authority``, one level down.

``appeals.by_official`` holds one row per official the period's appeals were addressed to (appeals
addressed to an organisation only are not in it), with the same states, counts and answer-day figures
as the organisation rows (``reports/authority.py``). It is the centre's own working view — on the report
screen and in the XLSX — and never goes into the network's JSON package: an official's name stays in
the centre (the package names organisations only).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Integer, String, case, column, func, select, table
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from cal_desktop.reports.authority import a, complete, organisations, sent_in, state_conditions
from cal_desktop.reports.period import Period

BY_OFFICIAL = "appeals.by_official"
CODE_PREFIX = "official:"

officials = table(
    "officials",
    column("id", Integer),
    column("organisation_id", Integer),
    column("position", String),
    column("last_name", String),
    column("first_name", String),
    column("middle_name", String),
)
TABLES = (officials,)


def by_official(session: Session, period: Period) -> list[dict[str, Any]]:
    states = state_conditions(period.end)
    sums = [func.sum(case((cond, 1), else_=0)).label(name) for name, cond in states.items()]
    counted = (
        select(a.official_id.label("official_id"), func.count().label("sent"), *sums)
        .where(sent_in(period), a.official_id.is_not(None))
        .group_by(a.official_id)
        .subquery()
    )
    o = officials.c
    query = (
        select(
            o.position, o.last_name, o.first_name, o.middle_name, organisations.c.name.label("org"), counted
        )
        .select_from(counted.join(officials, o.id == counted.c.official_id))
        .outerjoin(organisations, organisations.c.id == o.organisation_id)
    )
    days = _days_by_official(session, period)
    rows: list[dict[str, Any]] = []
    for rec in session.execute(query).mappings():
        row: dict[str, Any] = {
            "official": official_title(
                rec["position"], rec["last_name"], rec["first_name"], rec["middle_name"]
            ),
            "authority": (rec["org"] or "").strip(),
            "official_id": rec["official_id"],
        }
        row.update({k: int(rec[k] or 0) for k in states})
        row["sent"] = int(rec["sent"] or 0)
        complete(row, days.get(rec["official_id"], {}))
        rows.append(row)
    return sorted(rows, key=lambda r: (-r["sent"], r["official"]))


def official_title(position: str | None, last: str | None, first: str | None, middle: str | None) -> str:
    """«глава администрации Шульга О.В.» (the position alone when no name is known)."""
    initials = "".join(f"{p[0]}." for p in (first, middle) if p)
    name = " ".join(x for x in (last, initials) if x)
    return " ".join(x for x in ((position or "").strip(), name) if x) or "—"


def _days_by_official(session: Session, period: Period) -> dict[int, dict[int, int]]:
    answered = state_conditions(period.end)
    query = (
        select(a.official_id, a.sent_date, a.answer_date)
        .where(
            sent_in(period),
            a.official_id.is_not(None),
            answered["answered_on_time"] | answered["answered_late"],
        )
        .order_by(a.official_id)
    )
    result: dict[int, dict[int, int]] = {}
    for official_id, sent, answer in session.execute(query):
        hist = result.setdefault(official_id, {})
        n = (answer - sent).days
        hist[n] = hist.get(n, 0) + 1
    return result


def row_code(row: Mapping[str, Any]) -> str:
    return f"{CODE_PREFIX}{row['official_id']}"


def drill(period: Period, code: str | None) -> Select[Any]:
    """The appeals of the period sent to official ``official:<id>`` (all addressed to an official when None)."""
    where = [sent_in(period), a.official_id.is_not(None)]
    if code is not None:
        try:
            where.append(a.official_id == int(code.removeprefix(CODE_PREFIX)))
        except ValueError:
            raise KeyError(code) from None
    return select(a.id).where(*where).order_by(a.sent_date.desc(), a.id.desc())
