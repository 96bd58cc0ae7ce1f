"""Referrals in the monthly report (issue 21): additive keys, absent from older packages.

- ``referrals.by_organisation``: a list of ``{organisation, count, helped}`` over the consultations of the
  period whose outcome is «перенаправлен», grouped by the organisation they were sent to (its name in the
  directory, else the name as typed; «не указана» when the consultation recorded none, e.g. imported);
  organisation names only, no personal data;
- ``referrals.helped``: how many of them helped (the answer to «помогло ли?» as known when the report is
  made: a check-back usually falls in a later month).

Counted by the database; merges add counts of the same organisation (normalised name) across centres.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Date, Integer, Select, String, case, column, func, select, table
from sqlalchemy.orm import Session

from cal_desktop.reports.authority import fold_name
from cal_desktop.reports.period import Period

BY_ORGANISATION = "referrals.by_organisation"
HELPED = "referrals.helped"
KEYS = (BY_ORGANISATION, HELPED)
NO_ORGANISATION = "не указана"
HELPED_CODE = "helped"
REFERRED = "referred"

consultations = table(
    "consultations", column("id", Integer), column("occurred_on", Date), column("outcome", String)
)
referrals = table(
    "referrals", column("consultation_id", Integer), column("organisation_id", Integer),
    column("organisation_name", String), column("result", String),
)  # fmt: skip
organisations = table("organisations", column("id", Integer), column("name", String))
TABLES = (referrals,)


def figures(session: Session, period: Period) -> dict[str, Any]:
    rows = by_organisation(session, period)
    return {BY_ORGANISATION: rows, HELPED: sum(r["helped"] for r in rows)}


def by_organisation(session: Session, period: Period) -> list[dict[str, Any]]:
    c, r, o = consultations.c, referrals.c, organisations.c
    helped = func.sum(case((r.result == HELPED_CODE, 1), else_=0))
    # grouped by plain columns: PostgreSQL cannot match a GROUP BY expression holding a bound parameter
    query = (
        select(o.name, r.organisation_name, func.count(c.id), helped)
        .select_from(consultations)
        .outerjoin(referrals, r.consultation_id == c.id)
        .outerjoin(organisations, o.id == r.organisation_id)
        .where(c.occurred_on.between(period.start, period.end), c.outcome == REFERRED)
        .group_by(o.name, r.organisation_name)
    )
    found = [
        {"organisation": directory_name or typed or NO_ORGANISATION, "count": int(k), "helped": int(h or 0)}
        for directory_name, typed, k, h in session.execute(query)
    ]
    return merge_rows([found])  # names that differ only in case or «ё» are one organisation


def drill(key: str, period: Period) -> Select[Any]:
    """The consultations behind ``referrals.helped`` (the referrals that helped), newest first."""
    if key != HELPED:
        raise KeyError(key)
    c, r = consultations.c, referrals.c
    return (
        select(c.id)
        .select_from(consultations.join(referrals, r.consultation_id == c.id))
        .where(c.occurred_on.between(period.start, period.end), c.outcome == REFERRED, r.result == HELPED_CODE)
        .order_by(c.occurred_on.desc(), c.id.desc())
    )


def sort_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Most referrals first, then by name; «не указана» last."""
    return sorted(rows, key=lambda r: (r["organisation"] == NO_ORGANISATION, -r["count"], r["organisation"]))


def checked_rows(source: str, value: Any) -> list[dict[str, Any]]:
    """``referrals.by_organisation`` read from a package (raises ValueError in Russian)."""
    if not isinstance(value, list):
        raise ValueError(f"{source}: показатель {BY_ORGANISATION} должен быть списком")
    rows = []
    for n, item in enumerate(value, start=1):
        where = f"{source}: {BY_ORGANISATION}, строка {n}"
        if not isinstance(item, Mapping) or not str(item.get("organisation") or "").strip():
            raise ValueError(f"{where}: нет названия организации")
        row: dict[str, Any] = {"organisation": str(item["organisation"]).strip()}
        for key in ("count", "helped"):
            number = item.get(key, 0)
            if isinstance(number, bool) or not isinstance(number, int) or number < 0:
                raise ValueError(f"{where}: «{key}» должно быть неотрицательным целым")
            row[key] = number
        if row["helped"] > row["count"]:
            raise ValueError(f"{where}: помогло больше, чем перенаправлено")
        rows.append(row)
    return rows


def checked_helped(source: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{source}: показатель {HELPED} должен быть неотрицательным целым")
    return value


def merge_rows(groups: Iterable[Sequence[Mapping[str, Any]]]) -> list[dict[str, Any]]:
    """Rows of several centres (or spellings) combined by normalised name; counts added. The name shown
    is the most used spelling (then the first alphabetically)."""
    merged: dict[str, dict[str, Any]] = {}
    for rows in groups:
        for r in rows:
            key = fold_name(str(r["organisation"]))
            into = merged.setdefault(key, {"organisation": r["organisation"], "count": 0, "helped": 0, "_best": None})
            into["count"] += int(r.get("count", 0))
            into["helped"] += int(r.get("helped", 0))
            candidate = (-int(r.get("count", 0)), str(r["organisation"]))
            if into["_best"] is None or candidate < into["_best"]:
                into["_best"] = candidate
                into["organisation"] = str(r["organisation"])
    return sort_rows([{k: v for k, v in row.items() if k != "_best"} for row in merged.values()])


# --------------------------------------------------------------------------------- package and merge


def to_package(values: Mapping[str, Any], package: dict[str, Any]) -> None:
    if BY_ORGANISATION in values:
        group = package.setdefault("referrals", {})
        group["by_organisation"] = [dict(r) for r in values[BY_ORGANISATION]]
        group["helped"] = int(values.get(HELPED, 0))


def from_package(package: Mapping[str, Any], source: str) -> dict[str, Any]:
    group = package.get("referrals")
    if not isinstance(group, Mapping):
        return {}  # an older package: no referrals recorded
    found: dict[str, Any] = {}
    if "by_organisation" in group:
        found[BY_ORGANISATION] = checked_rows(source, group["by_organisation"])
    if "helped" in group:
        found[HELPED] = checked_helped(source, group["helped"])
    return found


def total(all_values: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    with_rows = [v for v in all_values if BY_ORGANISATION in v or HELPED in v]
    if not with_rows:
        return {}
    return {
        BY_ORGANISATION: merge_rows(v.get(BY_ORGANISATION) or [] for v in with_rows),
        HELPED: sum(int(v.get(HELPED, 0)) for v in with_rows),
    }
