"""Authority responsiveness (issue 18): how each organisation answered the appeals sent in a period.

``appeals.by_authority`` is a list of rows, one per organisation the centre wrote to (the appeal's
organisation, else its official's organisation, else «не указан»), over the appeals SENT in the period,
each appeal in exactly one state as of the period's last day:

- ``answered_on_time``: answered by the end, on or before its due date (or without a due date);
- ``answered_late``: answered by the end, after its due date;
- ``overdue``: no answer by the end and the due date already passed (the rule of ``appeals due``);
- ``waiting``: no answer yet, not due yet.

So ``sent = answered_on_time + answered_late + overdue + waiting``. ``extended`` and ``forwarded`` count
appeals with a 59-FZ extension or forwarding; ``positive`` the answers with a positive outcome.

Counts are grouped by the database. The answer days (answer date - sent date) need date arithmetic,
which SQLite and PostgreSQL spell differently, so the database returns the two dates of each answered
appeal of the period ordered by organisation (a few dozen rows, never the table) and Python turns them
into a histogram ``{days: count}`` per organisation. Median and 90th percentile come from the histogram,
which the package carries (``answer_days``) so that ``report merge`` can compute the network's median
exactly from the centres' distributions. Organisation names only: no official's name is reported.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Boolean, Date, Integer, String, and_, case, column, func, or_, select, table, true
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement, Select

from cal_desktop.domain.vocab import AnswerOutcome
from cal_desktop.reports.period import Period

BY_AUTHORITY = "appeals.by_authority"
ANSWER_DAYS = "appeals.answer_days"  # the centre's histogram of answer days (answers in the period)
NO_AUTHORITY = "не указан"
UNKNOWN_CODE = "none"

# the counting fields of a row, in the order tables show them
COUNTS = (
    "sent",
    "answered_on_time",
    "answered_late",
    "overdue",
    "waiting",
    "extended",
    "forwarded",
    "positive",
)
TITLES = {
    "authority": "Орган",
    "sent": "Отправлено",
    "answered_on_time": "Ответ в срок",
    "answered_late": "Ответ с опозданием",
    "overdue": "Просрочено",
    "waiting": "Ждут ответа",
    "extended": "Продлено",
    "forwarded": "Переадресовано",
    "median_answer_days": "Медиана, дней",
    "p90_answer_days": "90-й процентиль, дней",
    "positive": "Положительных ответов",
    "positive_share": "Доля положительных, %",
}
COLUMNS = ("authority", *COUNTS, "median_answer_days", "p90_answer_days", "positive_share")

appeals = table(
    "appeals",
    column("id", Integer),
    column("sent_date", Date),
    column("answer_date", Date),
    column("due_date", Date),
    column("organisation_id", Integer),
    column("official_id", Integer),
    column("extended", Boolean),
    column("forwarded_to_id", Integer),
    column("answer_outcome", String),
)
organisations = table("organisations", column("id", Integer), column("name", String), column("inn", String))
officials = table("officials", column("id", Integer), column("organisation_id", Integer))
TABLES = (appeals, organisations, officials)

a = appeals.c


def _org_id() -> ColumnElement[Any]:
    """The organisation an appeal went to: its own, else its official's (NULL when neither is known)."""
    via_official = (
        select(officials.c.organisation_id).where(officials.c.id == a.official_id).scalar_subquery()
    )
    return func.coalesce(a.organisation_id, via_official)


def _answered_by(end: date) -> ColumnElement[bool]:
    return and_(a.answer_date.is_not(None), a.answer_date <= end)


def state_conditions(end: date) -> dict[str, ColumnElement[bool]]:
    """The SQL of each exclusive state of an appeal as of ``end`` (and of the other counted traits)."""
    answered = _answered_by(end)
    open_ = or_(a.answer_date.is_(None), a.answer_date > end)
    return {
        "answered_on_time": and_(answered, or_(a.due_date.is_(None), a.answer_date <= a.due_date)),
        "answered_late": and_(answered, a.due_date.is_not(None), a.answer_date > a.due_date),
        "overdue": and_(open_, a.due_date.is_not(None), a.due_date < end),
        "waiting": and_(open_, or_(a.due_date.is_(None), a.due_date >= end)),
        "extended": a.extended == true(),
        "forwarded": a.forwarded_to_id.is_not(None),
        "positive": and_(answered, a.answer_outcome == AnswerOutcome.POSITIVE.value),
    }


def sent_in(period: Period, org_id: int | None = None, *, unknown: bool = False) -> ColumnElement[bool]:
    """Appeals sent in ``period`` (to organisation ``org_id``, or to none known with ``unknown``)."""
    where = a.sent_date.between(period.start, period.end)
    if unknown:
        return and_(where, _org_id().is_(None))
    if org_id is not None:
        return and_(where, _org_id() == org_id)
    return where


def drill(period: Period, code: str | None) -> Select[Any]:
    """The ids of the appeals behind a row: ``code`` is the organisation's id, ``UNKNOWN_CODE`` the
    appeals without a known addressee, None every appeal sent in the period."""
    if code is None:
        where = sent_in(period)
    elif code == UNKNOWN_CODE:
        where = sent_in(period, unknown=True)
    else:
        try:
            where = sent_in(period, int(code))
        except ValueError:
            raise KeyError(code) from None
    return select(a.id).where(where).order_by(a.sent_date.desc(), a.id.desc())


def row_code(row: Mapping[str, Any]) -> str:
    """The drill-down code of a row (its organisation's id, or ``UNKNOWN_CODE``)."""
    org_id = row.get("organisation_id")
    return UNKNOWN_CODE if org_id is None else str(org_id)


def figures(session: Session, period: Period) -> dict[str, Any]:
    """``appeals.by_authority`` and the centre's ``appeals.answer_days`` histogram for ``period``."""
    return {BY_AUTHORITY: by_authority(session, period), ANSWER_DAYS: centre_histogram(session, period)}


def by_authority(session: Session, period: Period) -> list[dict[str, Any]]:
    org = _org_id().label("org_id")
    states = state_conditions(period.end)
    sums = [func.sum(case((cond, 1), else_=0)).label(name) for name, cond in states.items()]
    counted = select(org, func.count().label("sent"), *sums).where(sent_in(period)).group_by(org).subquery()
    query = select(organisations.c.name, organisations.c.inn, counted).select_from(
        counted.outerjoin(organisations, organisations.c.id == counted.c.org_id)
    )
    days = _days_by_org(session, period)
    rows: list[dict[str, Any]] = []
    for rec in session.execute(query).mappings():
        org_id = rec["org_id"]
        row: dict[str, Any] = {
            "authority": (rec["name"] or "").strip() or NO_AUTHORITY,
            "inn_or_null": (rec["inn"] or "").strip() or None,
            "organisation_id": org_id,  # for the drill-down on screen; not written to the package
        }
        row.update({k: int(rec[k] or 0) for k in COUNTS})
        complete(row, days.get(org_id, {}))
        rows.append(row)
    return sort_rows(rows)


def _days_by_org(session: Session, period: Period) -> dict[int | None, dict[int, int]]:
    """Histograms of answer days per organisation over the period's appeals answered by its end."""
    org = _org_id().label("org_id")
    query = (
        select(org, a.sent_date, a.answer_date)
        .where(sent_in(period), _answered_by(period.end))
        .order_by(org, a.sent_date)
    )
    result: dict[int | None, dict[int, int]] = {}
    for org_id, sent, answered in session.execute(query):
        hist = result.setdefault(org_id, {})
        n = (answered - sent).days
        hist[n] = hist.get(n, 0) + 1
    return result


def centre_histogram(session: Session, period: Period) -> dict[str, int]:
    """Answer days of the appeals ANSWERED in the period (the population of ``appeals.median_answer_days``)."""
    pairs = session.execute(
        select(a.sent_date, a.answer_date).where(a.answer_date.between(period.start, period.end))
    )
    hist: dict[int, int] = {}
    for sent, answered in pairs:
        if sent is not None and answered is not None:
            n = (answered - sent).days
            hist[n] = hist.get(n, 0) + 1
    return histogram_json(hist)


def complete(row: dict[str, Any], hist: Mapping[int, int]) -> dict[str, Any]:
    """Add the histogram, the median, the 90th percentile and the positive share to a counted row."""
    row["answer_days"] = histogram_json(hist)
    row["median_answer_days"] = percentile(hist, 50)
    row["p90_answer_days"] = percentile(hist, 90)
    answered = row["answered_on_time"] + row["answered_late"]
    row["positive_share"] = round(100 * row["positive"] / answered, 1) if answered else None
    return row


def sort_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Most appeals first, then by name; the unknown addressee last."""
    return sorted(rows, key=lambda r: (r["authority"] == NO_AUTHORITY, -r["sent"], r["authority"]))


# --------------------------------------------------------------------------------- distributions


def histogram_json(hist: Mapping[int, int]) -> dict[str, int]:
    """A histogram as a JSON object: day counts as string keys, in day order."""
    return {str(k): int(hist[k]) for k in sorted(hist)}


def histogram_from_json(value: Mapping[str, Any]) -> dict[int, int]:
    return {int(k): int(v) for k, v in value.items()}


def add_histograms(hists: Iterable[Mapping[int, int]]) -> dict[int, int]:
    total: dict[int, int] = {}
    for h in hists:
        for k, n in h.items():
            total[k] = total.get(k, 0) + n
    return total


def percentile(hist: Mapping[int, int], p: float) -> int | float | None:
    """The ``p``-th percentile of the days in ``hist`` (linear interpolation between the two nearest
    ranks, as ``statistics.median`` for p=50); None for an empty histogram."""
    n = sum(hist.values())
    if n == 0:
        return None
    position = (n - 1) * p / 100
    low, high = _nth(hist, math.floor(position)), _nth(hist, math.ceil(position))
    value = low + (high - low) * (position - math.floor(position))
    return int(value) if float(value).is_integer() else round(float(value), 1)


def _nth(hist: Mapping[int, int], index: int) -> int:
    seen = 0
    for day in sorted(hist):
        seen += hist[day]
        if index < seen:
            return day
    raise IndexError(index)


# ------------------------------------------------------------------------------------ the package


def package_rows(rows: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Rows as the package carries them: without the database's organisation id."""
    return [{k: v for k, v in r.items() if k != "organisation_id"} for r in rows]


def checked_rows(source: str, value: Any) -> list[dict[str, Any]]:
    """``appeals.by_authority`` read from a package, every count checked (raises ValueError in Russian)."""
    if not isinstance(value, list):
        raise ValueError(f"{source}: показатель {BY_AUTHORITY} должен быть списком")
    rows = []
    for n, item in enumerate(value, start=1):
        where = f"{source}: {BY_AUTHORITY}, строка {n}"
        if not isinstance(item, Mapping) or not str(item.get("authority") or "").strip():
            raise ValueError(f"{where}: нет названия органа")
        row: dict[str, Any] = {"authority": str(item["authority"]).strip()}
        inn = item.get("inn_or_null")
        row["inn_or_null"] = str(inn).strip() or None if inn is not None else None
        for key in COUNTS:
            count = item.get(key, 0)
            if isinstance(count, bool) or not isinstance(count, int) or count < 0:
                raise ValueError(f"{where}: «{key}» должно быть неотрицательным целым")
            row[key] = count
        hist = checked_histogram(where, item.get("answer_days") or {})
        complete(row, hist)
        if not hist:  # an older package without the distribution: keep its own median
            row["median_answer_days"] = _number_or_none(item.get("median_answer_days"))
        rows.append(row)
    return rows


def checked_histogram(where: str, value: Any) -> dict[int, int]:
    if not isinstance(value, Mapping):
        raise ValueError(f"{where}: распределение сроков ответа должно быть объектом")
    try:
        hist = histogram_from_json(value)
    except (TypeError, ValueError):
        raise ValueError(f"{where}: распределение сроков ответа — целые дни и количества") from None
    if any(n < 0 for n in hist.values()):
        raise ValueError(f"{where}: отрицательное количество в распределении сроков ответа")
    return hist


def _number_or_none(value: Any) -> int | float | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        return None
    return value


def merge_rows(groups: Iterable[Sequence[Mapping[str, Any]]]) -> list[dict[str, Any]]:
    """Rows of several centres combined: the same ИНН is the same organisation; without one, the same
    normalised name. Counts and histograms are added; medians are recomputed from the histograms. The
    name shown is the one of the centre that wrote to it most (then the first alphabetically)."""
    merged: dict[str, dict[str, Any]] = {}
    hists: dict[str, dict[int, int]] = {}
    names: dict[str, tuple[int, str]] = {}
    for rows in groups:
        for r in rows:
            key = f"inn:{r['inn_or_null']}" if r.get("inn_or_null") else f"name:{fold_name(r['authority'])}"
            into = merged.setdefault(key, {"inn_or_null": r.get("inn_or_null"), **dict.fromkeys(COUNTS, 0)})
            for k in COUNTS:
                into[k] += int(r.get(k, 0))
            hists[key] = add_histograms([hists.get(key, {}), histogram_from_json(r.get("answer_days") or {})])
            best = names.get(key)
            candidate = (-int(r.get("sent", 0)), str(r["authority"]))
            if best is None or candidate < best:
                names[key] = candidate
    result = []
    for key, row in merged.items():
        result.append(complete({"authority": names[key][1], **row}, hists[key]))
    return sort_rows(result)


def fold_name(name: str) -> str:
    """Names compared case-insensitively, «ё» = «е», quotes and extra spaces ignored."""
    cleaned = name.lower().replace("ё", "е")
    for q in "«»\"'„“”":
        cleaned = cleaned.replace(q, "")
    return " ".join(cleaned.split())
