"""The working calendar's override table (DOMAIN.md A2 rule 3): regional days off and corrections.

Overrides are a setting of the centre, but an operational one (a regional holiday declared this week must
count at once, and the coordinator is the one who hears of it), so they need the coordinator role, not
the administrator's. Every change recomputes the stored due dates of the appeals it can affect.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from cal_desktop.db.models import CalendarOverride
from cal_desktop.domain.calendar import WorkingCalendar, official_is_working_day
from cal_desktop.domain.vocab import Role
from cal_desktop.errors import NotFound
from cal_desktop.services import audit
from cal_desktop.services.common import Checker
from cal_desktop.services.context import ServiceContext

# moved there (the appeals' clock reads it); re-exported for the callers of calendar._working_calendar
from cal_desktop.services.due_dates import _working_calendar as _working_calendar
from cal_desktop.services.due_dates import recompute_due_dates


@dataclass(frozen=True)
class OverrideDTO:
    day: date
    is_day_off: bool
    note: str | None
    official_day_off: bool  # what the holidays package alone says, to show what the override changes


@dataclass(frozen=True)
class OverrideChange:
    override: OverrideDTO | None
    appeals_recomputed: int  # how many stored due dates changed


def working_calendar(ctx: ServiceContext) -> WorkingCalendar:
    with ctx.db.read() as s:
        return _working_calendar(s)


def _dto(row: CalendarOverride) -> OverrideDTO:
    return OverrideDTO(row.day, bool(row.is_day_off), row.note, not official_is_working_day(row.day))


def list_overrides(ctx: ServiceContext, year: int | None = None) -> list[OverrideDTO]:
    """Overrides in date order, of one year or all."""
    stmt = select(CalendarOverride).order_by(CalendarOverride.day)
    if year is not None:
        stmt = stmt.where(
            CalendarOverride.day >= date(year, 1, 1), CalendarOverride.day <= date(year, 12, 31)
        )
    with ctx.db.read() as s:
        return [_dto(r) for r in s.scalars(stmt)]


def set_override(ctx: ServiceContext, day: date, is_day_off: bool, note: str | None = None) -> OverrideChange:
    """Add (or change) the override of ``day``: ``is_day_off`` True adds a day off, False a working day."""
    ctx.require(Role.COORDINATOR)
    c = Checker()
    if not isinstance(day, date):
        c.fail("day", "Дата", "обязательное поле")
    cleaned_note = c.optional("note", "Примечание", note, 300)
    c.done()
    with ctx.db.session() as s:
        row = s.get(CalendarOverride, day)
        if row is None:
            row = CalendarOverride(day=day, is_day_off=is_day_off, note=cleaned_note)
            s.add(row)
            action = "create"
        else:
            row.is_day_off = is_day_off
            row.note = cleaned_note
            action = "update"
        s.flush()
        audit.record(s, ctx, action, "calendar_override", None, day=day.isoformat(), is_day_off=is_day_off)
        changed = _recompute(s, day)
        return OverrideChange(_dto(row), changed)


def remove_override(ctx: ServiceContext, day: date) -> OverrideChange:
    """Drop the override of ``day``: the package's answer counts again."""
    ctx.require(Role.COORDINATOR)
    with ctx.db.session() as s:
        row = s.get(CalendarOverride, day)
        if row is None:
            raise NotFound(f"Для {day:%d.%m.%Y} нет исправления календаря.")
        s.delete(row)
        s.flush()
        audit.record(s, ctx, "delete", "calendar_override", None, day=day.isoformat())
        return OverrideChange(None, _recompute(s, day))


def _recompute(session: Session, day: date) -> int:
    return recompute_due_dates(session, since=day)
